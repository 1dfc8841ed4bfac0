package daemon_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/spocd/spocd/daemon"
	"github.com/spocd/spocd/templates"
	"github.com/spocd/spocd/workflow"
	"github.com/spocd/spocd/workflow/sqlstore/storetest"
)

// poisonStore fails every transaction that records a mail from poison@…, as a bug or a
// database constraint might for one particular message.
type poisonStore struct{ workflow.Store }

type poisonTx struct{ workflow.Tx }

func (p poisonStore) InTx(ctx context.Context, fn func(workflow.Tx) error) error {
	return p.Store.InTx(ctx, func(tx workflow.Tx) error { return fn(poisonTx{tx}) })
}

func (t poisonTx) RecordMessage(ctx context.Context, m *workflow.InboundRecord) error {
	if strings.HasPrefix(m.From, "poison@") {
		return errors.New("simulated failure for this message")
	}
	return t.Tx.RecordMessage(ctx, m)
}

func TestPoisonMessageQuarantinedOnTheServer(t *testing.T) {
	db := storetest.SQLite(t)
	e := newEnv(t, db, nil)
	tmpl, _ := templates.New()
	e.d.Engine = workflow.New(e.cfg, poisonStore{db}, tmpl, workflow.WithLogger(e.d.Log))
	e.send("alice@gemeente.test", "spoc@gemeente.test", "Deur kapot", "x")
	e.send("poison@gemeente.test", "spoc@gemeente.test", "Lamp kapot", "x")
	e.send("carol@gemeente.test", "spoc@gemeente.test", "Raam kapot", "x")

	for attempt := 1; attempt <= 3; attempt++ {
		_, err := daemon.Once(context.Background(), e.d)
		if attempt < 3 && err == nil {
			t.Fatalf("attempt %d: the poison message gave no error", attempt)
		}
		if attempt == 3 && err != nil {
			t.Fatalf("attempt 3: %v", err)
		}
	}
	reqs, _ := db.ListRequests(context.Background(), workflow.ListFilter{})
	if len(reqs) != 2 {
		t.Fatalf("requests = %d, want alice's and carol's", len(reqs))
	}
	msgs := fetchFlags(t, e)
	if len(msgs) != 3 {
		t.Fatalf("mailbox has %d messages", len(msgs))
	}
	for uid, flags := range msgs {
		if !hasFlagFold(flags, "$SPOCdProcessed") {
			t.Errorf("uid %d not marked processed: %v", uid, flags)
		}
		if (uid == 2) != hasFlagFold(flags, daemon.QuarantineKeyword) {
			t.Errorf("uid %d quarantine flag wrong: %v", uid, flags)
		}
	}
	told := false
	for _, m := range e.inbox("facilitair@gemeente.test") {
		if strings.Contains(m.Text, "quarantined") || strings.Contains(m.Text, "3 attempts") {
			told = true
		}
	}
	if !told {
		t.Fatal("the customer SPOC was not told about the quarantined message")
	}
}
