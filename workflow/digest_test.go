package workflow_test

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/spocd/spocd/config"
	"github.com/spocd/spocd/mail"
	"github.com/spocd/spocd/templates"
	"github.com/spocd/spocd/workflow"
	"github.com/spocd/spocd/workflow/sqlstore"
	"github.com/spocd/spocd/workflow/sqlstore/storetest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

const digestConfig = `
[organisation]
name = "Gemeente Test"
language = "%s"
timezone = "Europe/Amsterdam"
[imap]
address = "127.0.0.1:143"
tls = "none"
username = "spoc@gemeente.test"
password = "x"
since = "2020-01-01"
[smtp]
address = "127.0.0.1:25"
tls = "none"
[spoc]
address = "spoc@gemeente.test"
customer = "facilitair@gemeente.test"
supplier = "spoc@leverancier.test"
supplier_ref_pattern = '\[SSC#(\d+)\]'
response_time = "72h"
[approval]
approvers = ["rianne@gemeente.test", "piet@gemeente.test"]
policy = "all"
[digest]
schedule = "Mon 08:00"
extra_recipients = ["directie@gemeente.test", "Facilitair@gemeente.test"]
`

var ams = mustLoc("Europe/Amsterdam")

func mustLoc(name string) *time.Location {
	l, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return l
}

// at is a moment in Amsterdam.
func at(month time.Month, day, hour, minute int) time.Time {
	return time.Date(2026, month, day, hour, minute, 0, 0, ams)
}

func tp(t time.Time) *time.Time { return &t }

func cents(eur int64) *int64 { c := eur * 100; return &c }

type digestEnv struct {
	db    *sqlstore.DB
	cfg   *config.Config
	eng   *workflow.Engine
	clock *clock
}

func newDigestEnv(t *testing.T, db *sqlstore.DB, lang string, now time.Time) *digestEnv {
	t.Helper()
	cfg, err := config.Parse("test.toml", []byte(fmt.Sprintf(digestConfig, lang)), nil)
	if err != nil {
		t.Fatal(err)
	}
	tmpl, err := templates.New()
	if err != nil {
		t.Fatal(err)
	}
	c := &clock{}
	c.t.Store(now.UnixMilli())
	return &digestEnv{db: db, cfg: cfg, clock: c, eng: workflow.New(cfg, db, tmpl, workflow.WithClock(c.now))}
}

// digestNow is when the digest of 2026-W48 is due: Monday 30 November 2026, 08:00.
var digestNow = at(time.November, 30, 8, 0)

// seedDigest fills a database with requests whose figures for 2026-W48 are counted by
// hand in TestDigestFigures.
func seedDigest(t *testing.T, db *sqlstore.DB) {
	t.Helper()
	ctx := context.Background()
	type approval struct {
		who      string
		decision string
		at       time.Time
	}
	type seed struct {
		r         workflow.Request
		approvals []approval
		events    []workflow.Event
	}
	seeds := []seed{
		{r: workflow.Request{Subject: "Printer kapot", Status: workflow.StatusDone, Category: "storing", CreatedAt: at(11, 10, 9, 0),
			ForwardedAt: tp(at(11, 10, 9, 1)), DoneAt: tp(at(11, 24, 15, 0))}},
		{r: workflow.Request{Subject: "Koffie raadsvergadering", Status: workflow.StatusScheduled, Category: "catering", ExtraWork: true,
			NeedsApproval: true, EstimateCents: cents(150), ApprovalRound: 1, CreatedAt: at(11, 23, 10, 0), DecidedAt: tp(at(11, 24, 9, 0)),
			ForwardedAt: tp(at(11, 24, 9, 0)), ScheduledFor: "2026-12-03"}},
		{r: workflow.Request{Subject: "Extra werkplek kamer 2.14", Status: workflow.StatusAwaitingApproval, ExtraWork: true, NeedsApproval: true,
			EstimateCents: cents(1250), ApprovalRound: 1, CreatedAt: at(11, 19, 11, 0), EscalatedAt: tp(at(11, 24, 11, 0))},
			approvals: []approval{{who: "rianne@gemeente.test", at: at(11, 19, 11, 0)}, {who: "piet@gemeente.test", at: at(11, 19, 11, 0)}},
			events:    []workflow.Event{{At: at(11, 27, 14, 0), Kind: "refused", Actor: "piet@gemeente.test", Detail: "token already used"}}},
		{r: workflow.Request{Subject: "Verhuizing kast", Status: workflow.StatusRejected, ExtraWork: true, NeedsApproval: true,
			EstimateCents: cents(400), ApprovalRound: 1, CreatedAt: at(11, 25, 9, 0), DecidedAt: tp(at(11, 26, 10, 0))}},
		{r: workflow.Request{Subject: "Lamp kapot", Status: workflow.StatusForwarded, Category: "storing", CreatedAt: at(11, 20, 8, 0),
			ForwardedAt: tp(at(11, 20, 8, 0)), SupplierRef: "48213"}},
		{r: workflow.Request{Subject: "Sleutel kwijt", Status: workflow.StatusTriage, CreatedAt: at(11, 26, 12, 0)},
			events: []workflow.Event{{At: at(11, 26, 12, 0), Kind: "triage", Actor: "spocd", Detail: "no approver other than the requester"}}},
		{r: workflow.Request{Subject: "Stoelen vergaderzaal", Status: workflow.StatusCancelled, CreatedAt: at(11, 24, 9, 0)},
			events: []workflow.Event{{At: at(11, 25, 16, 0), Kind: "cancelled", Actor: "jan@gemeente.test", Detail: "requester"}}},
		{r: workflow.Request{Subject: "Gordijnen raadzaal", Status: workflow.StatusDone, ExtraWork: true, NeedsApproval: true,
			EstimateCents: cents(300), ApprovalRound: 1, CreatedAt: at(11, 2, 9, 0), DecidedAt: tp(at(11, 3, 9, 0)),
			ForwardedAt: tp(at(11, 3, 9, 0)), DoneAt: tp(at(11, 12, 9, 0))}},
		{r: workflow.Request{Subject: "Schilderwerk hal", Status: workflow.StatusDone, ExtraWork: true, NeedsApproval: true,
			EstimateCents: cents(1000), ApprovalRound: 1, CreatedAt: at(3, 2, 9, 0), DecidedAt: tp(at(3, 3, 9, 0)),
			ForwardedAt: tp(at(3, 3, 9, 0)), DoneAt: tp(at(3, 10, 9, 0))}},
		{r: workflow.Request{Subject: "Nieuwe muis", Status: workflow.StatusReceived, CreatedAt: at(11, 30, 7, 30)}},
		{r: workflow.Request{Subject: "Bloemen receptie", Status: workflow.StatusAwaitingApproval, ExtraWork: true, NeedsApproval: true,
			EstimateCents: cents(80), ApprovalRound: 1, CreatedAt: at(11, 25, 14, 0)},
			approvals: []approval{{who: "rianne@gemeente.test", decision: "approve", at: at(11, 25, 14, 0)}, {who: "piet@gemeente.test", at: at(11, 25, 14, 0)}}},
	}
	err := db.InTx(ctx, func(tx workflow.Tx) error {
		for i, s := range seeds {
			r := s.r
			r.Ref = fmt.Sprintf("SPOC-%04d", i+1)
			r.Requester = "jan@gemeente.test"
			r.RequesterName = "Jan de Vries"
			r.UpdatedAt = r.CreatedAt
			if err := tx.CreateRequest(ctx, &r); err != nil {
				return err
			}
			for j, a := range s.approvals {
				ap := &workflow.Approval{RequestID: r.ID, Round: 1, Approver: a.who, TokenHash: fmt.Sprintf("hash-%d-%d", i, j),
					ExpiresAt: a.at.Add(30 * 24 * time.Hour), AmountCents: r.EstimateCents, CreatedAt: a.at, Decision: a.decision}
				if a.decision != "" {
					ap.DecidedBy, ap.DecidedAt = a.who, tp(a.at.Add(time.Hour))
				}
				if err := tx.CreateApproval(ctx, ap); err != nil {
					return err
				}
			}
			for _, ev := range s.events {
				ev.RequestID = &r.ID
				if err := tx.AppendEvent(ctx, &ev); err != nil {
					return err
				}
			}
		}
		// A triage case without a request: supplier mail that matched nothing.
		return tx.AppendEvent(ctx, &workflow.Event{At: at(11, 28, 10, 0), Kind: "triage", Actor: "noreply@elders.test",
			Detail: "supplier mail that matches no request"})
	})
	if err != nil {
		t.Fatalf("seed: %v", err)
	}
}

func refs(rs []workflow.Request) string {
	var out []string
	for _, r := range rs {
		out = append(out, r.Ref)
	}
	return strings.Join(out, " ")
}

// TestDigestFigures checks every figure of the seeded week against a hand count.
func TestDigestFigures(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *sqlstore.DB) {
		seedDigest(t, db)
		env := newDigestEnv(t, db, "nl", digestNow)
		r, err := env.eng.Digest(context.Background(), "2026-W48", digestNow)
		if err != nil {
			t.Fatal(err)
		}
		checks := []struct {
			name      string
			got, want any
		}{
			{"Start", r.Start.UTC(), at(11, 23, 0, 0).UTC()},
			{"End", r.End.UTC(), at(11, 30, 0, 0).UTC()},
			{"Total", r.Total, 11},
			{"received", r.Counts[workflow.StatusReceived], 1},
			{"awaiting_approval", r.Counts[workflow.StatusAwaitingApproval], 2},
			{"forwarded", r.Counts[workflow.StatusForwarded], 1},
			{"scheduled", r.Counts[workflow.StatusScheduled], 1},
			{"done", r.Counts[workflow.StatusDone], 3},
			{"rejected", r.Counts[workflow.StatusRejected], 1},
			{"cancelled", r.Counts[workflow.StatusCancelled], 1},
			{"triage", r.Counts[workflow.StatusTriage], 1},
			{"New", refs(r.New), "SPOC-0002 SPOC-0004 SPOC-0006 SPOC-0007 SPOC-0011"},
			{"Decided", refs(r.Decided), "SPOC-0002 SPOC-0004"},
			{"Forwarded", refs(r.Forwarded), "SPOC-0002"},
			{"Completed", refs(r.Completed), "SPOC-0001"},
			{"Cancelled", refs(r.Cancelled), "SPOC-0007"},
			{"CostWeek", r.CostWeek, int64(15000)},
			{"CostMonth", r.CostMonth, int64(45000)},
			{"CostYear", r.CostYear, int64(145000)},
			{"MedianLead", r.MedianLead, 14*24*time.Hour + 6*time.Hour},
			{"LeadCount", r.LeadCount, 1},
			{"MedianLead12", r.MedianLead12, (14*24*time.Hour + 6*time.Hour + 10*24*time.Hour) / 2},
			{"LeadCount12", r.LeadCount12, 2},
			{"len(Waiting)", len(r.Waiting), 2},
			{"len(Overdue)", len(r.Overdue), 1},
			{"len(Trend)", len(r.Trend), 12},
			{"first trend week", r.Trend[0].Week, "2026-W37"},
			{"last trend week", r.Trend[11].Week, "2026-W48"},
		}
		for _, c := range checks {
			if c.got != c.want {
				t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
			}
		}
		if len(r.Waiting) == 2 {
			w := r.Waiting
			if w[0].Request.Ref != "SPOC-0003" || w[1].Request.Ref != "SPOC-0011" {
				t.Errorf("Waiting = %s, %s; want SPOC-0003 (oldest) then SPOC-0011", w[0].Request.Ref, w[1].Request.Ref)
			}
			if got := strings.Join(w[0].Approvers, ","); got != "rianne@gemeente.test,piet@gemeente.test" {
				t.Errorf("Waiting[0].Approvers = %s", got)
			}
			if got := strings.Join(w[1].Approvers, ","); got != "piet@gemeente.test" {
				t.Errorf("Waiting[1].Approvers = %s, want only piet (rianne approved)", got)
			}
			if want := digestNow.Sub(at(11, 19, 11, 0)); w[0].Age != want {
				t.Errorf("Waiting[0].Age = %v, want %v", w[0].Age, want)
			}
		}
		if len(r.Overdue) == 1 && r.Overdue[0].Request.Ref != "SPOC-0005" {
			t.Errorf("Overdue = %s, want SPOC-0005", r.Overdue[0].Request.Ref)
		}
		wantTrend := map[string]workflow.WeekPoint{
			"2026-W45": {In: 1, CostCents: 30000},
			"2026-W46": {In: 1, Done: 1},
			"2026-W47": {In: 2},
			"2026-W48": {In: 5, Done: 1, CostCents: 15000},
		}
		for _, p := range r.Trend {
			want := wantTrend[p.Week]
			want.Week = p.Week
			if p != want {
				t.Errorf("Trend %s = %+v, want %+v", p.Week, p, want)
			}
		}
		var agenda []string
		for _, a := range r.Agenda {
			agenda = append(agenda, a.Kind+":"+a.Ref)
		}
		if got, want := strings.Join(agenda, " "), "escalation:SPOC-0003 triage:SPOC-0006 overdue:SPOC-0005 rejected:SPOC-0004 refused:SPOC-0003 triage:"; got != want {
			t.Errorf("Agenda = %s\nwant     %s", got, want)
		}
	})
}

// TestDigestGolden renders the seeded week in both languages and compares text and HTML
// with testdata/digest_<lang>.{txt,html} (go test -run Golden -update rewrites them).
func TestDigestGolden(t *testing.T) {
	db := storetest.SQLite(t)
	seedDigest(t, db)
	for _, lang := range []string{"nl", "en"} {
		t.Run(lang, func(t *testing.T) {
			env := newDigestEnv(t, db, lang, digestNow)
			r, err := env.eng.Digest(context.Background(), "2026-W48", digestNow)
			if err != nil {
				t.Fatal(err)
			}
			subject, text, html, chart, err := env.eng.RenderDigest(r)
			if err != nil {
				t.Fatal(err)
			}
			if len(chart) == 0 || !strings.Contains(html, `src="cid:chart"`) {
				t.Errorf("chart missing: %d bytes, html has cid:chart = %t", len(chart), strings.Contains(html, "cid:chart"))
			}
			for _, bad := range []string{"<script", "http://", "https://", "<svg"} {
				if strings.Contains(strings.ToLower(html), bad) {
					t.Errorf("HTML contains %q", bad)
				}
			}
			golden(t, "digest_"+lang+".txt", "Subject: "+subject+"\n\n"+text)
			golden(t, "digest_"+lang+".html", html)
		})
	}
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -run Golden -update)", err)
	}
	if got != string(want) {
		gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
		for i := 0; i < len(gl) || i < len(wl); i++ {
			var g, w string
			if i < len(gl) {
				g = gl[i]
			}
			if i < len(wl) {
				w = wl[i]
			}
			if g != w {
				t.Fatalf("%s differs at line %d:\n got: %q\nwant: %q\n(run go test -run Golden -update after checking)", name, i+1, g, w)
			}
		}
	}
}

func TestParseWeekDST(t *testing.T) {
	tests := []struct {
		week       string
		start, end time.Time
		hours      float64
	}{
		{"2026-W13", at(3, 23, 0, 0), at(3, 30, 0, 0), 167},   // summer time starts Sunday 29 March
		{"2026-W43", at(10, 19, 0, 0), at(10, 26, 0, 0), 169}, // winter time starts Sunday 25 October
		{"2026-W48", at(11, 23, 0, 0), at(11, 30, 0, 0), 168},
		{"2026-W01", time.Date(2025, 12, 29, 0, 0, 0, 0, ams), at(1, 5, 0, 0), 168},
		{"2026-W53", time.Date(2026, 12, 28, 0, 0, 0, 0, ams), time.Date(2027, 1, 4, 0, 0, 0, 0, ams), 168},
		{"2020-w53", time.Date(2020, 12, 28, 0, 0, 0, 0, ams), time.Date(2021, 1, 4, 0, 0, 0, 0, ams), 168},
	}
	for _, tt := range tests {
		start, end, err := workflow.ParseWeek(tt.week, ams)
		if err != nil {
			t.Errorf("ParseWeek(%q) error = %v", tt.week, err)
			continue
		}
		if !start.Equal(tt.start) || !end.Equal(tt.end) {
			t.Errorf("ParseWeek(%q) = %v, %v; want %v, %v", tt.week, start, end, tt.start, tt.end)
		}
		if h := end.Sub(start).Hours(); h != tt.hours {
			t.Errorf("ParseWeek(%q) spans %v hours, want %v", tt.week, h, tt.hours)
		}
		if got := workflow.WeekOf(start, ams); !strings.EqualFold(got, tt.week) {
			t.Errorf("WeekOf(%v) = %s, want %s", start, got, tt.week)
		}
		if got := workflow.WeekOf(end.Add(-time.Second), ams); !strings.EqualFold(got, tt.week) {
			t.Errorf("WeekOf(last second of %s) = %s", tt.week, got)
		}
	}
	for _, bad := range []string{"", "2026", "2026-48", "2026-W0", "2026-W54", "2025-W53", "abcd-W10", "2026-W1x", "2026-W-1", "12026-W01"} {
		if _, _, err := workflow.ParseWeek(bad, ams); err == nil {
			t.Errorf("ParseWeek(%q) succeeded, want an error", bad)
		}
	}
}

func TestDueDigest(t *testing.T) {
	env := newDigestEnv(t, storetest.SQLite(t), "nl", digestNow)
	tests := []struct {
		now  time.Time
		want string
	}{
		{at(11, 30, 7, 59), "2026-W47"},
		{at(11, 30, 8, 0), "2026-W48"},
		{at(12, 6, 23, 59), "2026-W48"}, // still due (late) the whole week
		{at(3, 30, 7, 59), "2026-W12"},  // the Monday after summer time started
		{at(3, 30, 8, 0), "2026-W13"},
		{at(10, 26, 7, 59), "2026-W42"}, // the Monday after winter time started
		{at(10, 26, 8, 0), "2026-W43"},
		{time.Date(2027, 1, 4, 8, 0, 0, 0, ams), "2026-W53"},
		{time.Date(2026, 1, 5, 8, 30, 0, 0, ams), "2026-W01"},
	}
	for _, tt := range tests {
		got, due := env.eng.DueDigest(tt.now)
		if !due || got != tt.want {
			t.Errorf("DueDigest(%v) = %s, %t; want %s, true", tt.now, got, due, tt.want)
		}
	}
	// 08:00 local is 07:00 UTC in winter and 06:00 UTC in summer.
	if got, _ := env.eng.DueDigest(time.Date(2026, 3, 30, 6, 0, 0, 0, time.UTC)); got != "2026-W13" {
		t.Errorf("DueDigest(06:00 UTC on 30 March) = %s, want 2026-W13", got)
	}
	if got, _ := env.eng.DueDigest(time.Date(2026, 11, 30, 6, 30, 0, 0, time.UTC)); got != "2026-W47" {
		t.Errorf("DueDigest(06:30 UTC on 30 November) = %s, want 2026-W47", got)
	}
}

func digestRows(t *testing.T, db *sqlstore.DB) []workflow.OutboxMail {
	t.Helper()
	rows, err := db.Outbox(context.Background(), "")
	if err != nil {
		t.Fatal(err)
	}
	var out []workflow.OutboxMail
	for _, r := range rows {
		if r.Kind == "digest" {
			out = append(out, r)
		}
	}
	return out
}

// TestSendDigestOnce: one digest per week across restarts (a new engine on the same
// database) and concurrent senders; --force sends again.
func TestSendDigestOnce(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *sqlstore.DB) {
		ctx := context.Background()
		seedDigest(t, db)
		env := newDigestEnv(t, db, "nl", digestNow.Add(time.Minute))
		var wg sync.WaitGroup
		var mu sync.Mutex
		sentN := 0
		for range 8 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				// Each goroutine is an instance of its own.
				e := newDigestEnv(t, db, "nl", digestNow.Add(time.Minute))
				sent, err := e.eng.SendDigest(ctx, "2026-W48", false, false)
				if err != nil {
					t.Errorf("SendDigest: %v", err)
				}
				if sent {
					mu.Lock()
					sentN++
					mu.Unlock()
				}
			}()
		}
		wg.Wait()
		if sentN != 1 {
			t.Fatalf("concurrent SendDigest sent %d digests, want 1", sentN)
		}
		// A restart: a new engine on the same database.
		restarted := newDigestEnv(t, db, "nl", digestNow.Add(time.Hour))
		if sent, err := restarted.eng.SendDigest(ctx, "2026-w48", false, false); err != nil || sent {
			t.Fatalf("SendDigest after restart = %t, %v; want false, nil", sent, err)
		}
		rows := digestRows(t, db)
		if len(rows) != 1 {
			t.Fatalf("%d digest rows in the outbox, want 1", len(rows))
		}
		wantRcpt := "facilitair@gemeente.test,spoc@leverancier.test,directie@gemeente.test"
		if got := strings.Join(rows[0].Recipients, ","); got != wantRcpt {
			t.Errorf("Recipients = %s, want %s", got, wantRcpt)
		}
		msg, err := mail.Parse(bytes.NewReader(rows[0].Raw), mail.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(msg.Subject, "week 48") || strings.Contains(msg.Subject, "later") {
			t.Errorf("Subject = %q", msg.Subject)
		}
		if !bytes.Contains(rows[0].Raw, []byte("Content-Id: <chart>")) && !bytes.Contains(rows[0].Raw, []byte("Content-ID: <chart>")) {
			t.Errorf("the mail has no inline chart part")
		}
		rec, err := db.DigestRecord(ctx, "2026-W48")
		if err != nil || rec.Manual {
			t.Errorf("DigestRecord = %+v, %v", rec, err)
		}
		week, err := db.DigestWeekByMessageID(ctx, []string{"x@y", rows[0].MessageID})
		if err != nil || week != "2026-W48" {
			t.Errorf("DigestWeekByMessageID = %q, %v", week, err)
		}
		if sent, err := restarted.eng.SendDigest(ctx, "2026-W48", true, true); err != nil || !sent {
			t.Fatalf("SendDigest(force) = %t, %v; want true", sent, err)
		}
		if n := len(digestRows(t, db)); n != 2 {
			t.Errorf("%d digest rows after --force, want 2", n)
		}
		if sent, _ := env.eng.SendDigest(ctx, "2026-W48", false, false); sent {
			t.Errorf("SendDigest after --force sent again")
		}
	})
}

func TestSendDigestLateAndManual(t *testing.T) {
	db := storetest.SQLite(t)
	ctx := context.Background()
	// The daemon comes back on Wednesday: the digest of last week goes out, with a note.
	env := newDigestEnv(t, db, "nl", at(12, 2, 10, 0))
	week, due := env.eng.DueDigest(at(12, 2, 10, 0))
	if !due || week != "2026-W48" {
		t.Fatalf("DueDigest = %s, %t", week, due)
	}
	out, sent, err := env.eng.SendDigestMail(ctx, week, false, false)
	if err != nil || !sent {
		t.Fatalf("SendDigestMail = %t, %v", sent, err)
	}
	if !strings.Contains(out.Subject, "later verstuurd") || !strings.Contains(out.Text, "spocd draaide toen niet") || !strings.Contains(out.Text, "30 november 2026, 08:00") {
		t.Errorf("late digest lacks the note:\n%s\n%s", out.Subject, out.Text)
	}
	// A digest sent by hand counts for the schedule.
	if sent, err := env.eng.SendDigest(ctx, "2026-W49", true, false); err != nil || !sent {
		t.Fatalf("manual SendDigest = %t, %v", sent, err)
	}
	if sent, _ := env.eng.SendDigest(ctx, "2026-W49", false, false); sent {
		t.Errorf("the schedule sent a second digest after a manual one")
	}
	rec, err := db.DigestRecord(ctx, "2026-W49")
	if err != nil || !rec.Manual {
		t.Errorf("DigestRecord(W49) = %+v, %v; want manual", rec, err)
	}
	if _, err := env.eng.SendDigest(ctx, "2026-W99", false, false); err == nil {
		t.Errorf("SendDigest(2026-W99) succeeded")
	}
}

func TestDigestChart(t *testing.T) {
	var trend []workflow.WeekPoint
	for i := range 12 {
		trend = append(trend, workflow.WeekPoint{Week: fmt.Sprintf("2026-W%02d", 37+i), In: i % 4, Done: (i + 1) % 3, CostCents: int64(i) * 5000})
	}
	for _, tr := range [][]workflow.WeekPoint{trend, make([]workflow.WeekPoint, 12)} {
		b, err := workflow.Chart(tr, "nl")
		if err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("chart is not a PNG: %v", err)
		}
		if got := img.Bounds().Size(); got.X != 2*workflow.ChartWidth || got.Y != 2*workflow.ChartHeight {
			t.Errorf("chart is %v, want %dx%d", got, 2*workflow.ChartWidth, 2*workflow.ChartHeight)
		}
	}
	if _, err := workflow.Chart(nil, "en"); err == nil {
		t.Errorf("Chart(nil) succeeded")
	}
	// One bar per week with requests in, one per week with requests done: count the runs
	// of bar colour on the lowest pixel row of the top panel that has any.
	b, _ := workflow.Chart(trend, "nl")
	img, _ := png.Decode(bytes.NewReader(b))
	wantIn, wantDone := 0, 0
	for _, p := range trend {
		if p.In > 0 {
			wantIn++
		}
		if p.Done > 0 {
			wantDone++
		}
	}
	for _, c := range []struct {
		name string
		rgb  [3]uint32
		want int
	}{{"in", [3]uint32{0x1f, 0x6f, 0xeb}, wantIn}, {"done", [3]uint32{0x1a, 0x7f, 0x37}, wantDone}} {
		is := func(x, y int) bool {
			r, g, bl, _ := img.At(x, y).RGBA()
			return r>>8 == c.rgb[0] && g>>8 == c.rgb[1] && bl>>8 == c.rgb[2]
		}
		bounds := img.Bounds()
		row := -1
		for y := bounds.Max.Y / 2; y >= 0 && row < 0; y-- {
			for x := 0; x < bounds.Max.X; x++ {
				if is(x, y) {
					row = y
					break
				}
			}
		}
		runs := 0
		for x, in := 0, false; x < bounds.Max.X; x++ {
			now := is(x, row)
			if now && !in {
				runs++
			}
			in = now
		}
		// The legend swatch sits higher up; the bottom row holds only bars.
		if runs != c.want {
			t.Errorf("chart shows %d %q bars on row %d, want %d", runs, c.name, row, c.want)
		}
	}
}
