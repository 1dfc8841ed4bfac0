package workflow_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/spocd/spocd/config"
	"github.com/spocd/spocd/templates"
	"github.com/spocd/spocd/workflow"
	"github.com/spocd/spocd/workflow/sqlstore/storetest"
)

// FuzzIngest feeds arbitrary mail through the whole engine — parse, match, the approval
// and supplier paths, the outbox — against a request awaiting approval. "TOKEN" in the
// input is replaced by a live approval token and "MSGID" by the approval mail's
// Message-ID, so the fuzzer reaches the decision path. Whatever the input, IngestBatch
// must not fail or panic, and every outcome must be one of the known actions.
func FuzzIngest(f *testing.F) {
	for _, dir := range []string{"../mail/testdata", "../mail/testdata/replies"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.eml"))
		for _, p := range files {
			if b, err := os.ReadFile(p); err == nil && len(b) < 16<<10 {
				f.Add(b)
			}
		}
	}
	f.Add([]byte("From: rianne@gemeente.test\r\nTo: spoc+TOKEN@gemeente.test\r\nSubject: Re: [SPOC-0001 a:TOKEN] Koffie\r\nIn-Reply-To: <MSGID>\r\n\r\nakkoord\r\n"))
	f.Add([]byte("From: piet@gemeente.test\r\nSubject: Re: [SPOC-0001] Koffie\r\n\r\nniet akkoord, te duur\r\n\r\nspocd-token: TOKEN\r\n"))
	f.Add([]byte("From: servicedesk@leverancier.test\r\nSubject: [SSC#1] [SPOC-0002] gereed\r\n\r\nGereed.\r\n"))

	cfg, err := config.Parse("test.toml", []byte(fmt.Sprintf(testConfig, "any")), nil)
	if err != nil {
		f.Fatal(err)
	}
	db := storetest.SQLite(f)
	now := time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)
	tmpl, err := templates.New()
	if err != nil {
		f.Fatal(err)
	}
	eng := workflow.New(cfg, db, tmpl, workflow.WithClock(func() time.Time { return now }))
	ctx := context.Background()
	if _, err := eng.Intake(ctx, "INBOX"); err != nil {
		f.Fatal(err)
	}
	seed := []workflow.Inbound{
		{UID: 1, InternalDate: now, Raw: []byte(strings.ReplaceAll(request("Bob <bob@gemeente.test>", "Koffie", "x"), "\n", "\r\n"))},
		{UID: 2, InternalDate: now, Raw: []byte(strings.ReplaceAll(request("Alice <alice@gemeente.test>", "Lamp kapot", "x"), "\n", "\r\n"))},
	}
	if _, err := eng.IngestBatch(ctx, "INBOX", 1, seed); err != nil {
		f.Fatal(err)
	}
	var token, msgid string
	if _, _, err := eng.RenderQueued(ctx, 0); err != nil {
		f.Fatal(err)
	}
	rows, err := db.Outbox(ctx, "")
	if err != nil {
		f.Fatal(err)
	}
	for _, r := range rows {
		if r.Kind == "approval" && r.Recipients[0] == rianne {
			msgid = r.MessageID
			if _, after, ok := strings.Cut(string(r.Raw), "spocd-token: "); ok && len(after) >= 26 {
				token = after[:26]
			}
		}
	}
	if token == "" {
		f.Fatal("no approval token in the outbox")
	}
	known := map[string]bool{"new_request": true, "update_request": true, "ignore": true, "history": true,
		"triage": true, "refused": true, "duplicate": true, "quarantined": true}
	uid := uint32(2)
	f.Fuzz(func(t *testing.T, raw []byte) {
		s := strings.ReplaceAll(string(raw), "TOKEN", token)
		s = strings.ReplaceAll(s, "MSGID", msgid)
		uid++
		outs, err := eng.IngestBatch(ctx, "INBOX", 1, []workflow.Inbound{{UID: uid, InternalDate: now, Raw: []byte(s), Size: int64(len(s))}})
		if err != nil {
			t.Fatalf("IngestBatch: %v", err)
		}
		if len(outs) != 1 || !known[outs[0].Action] {
			t.Fatalf("outcomes = %+v", outs)
		}
	})
}
