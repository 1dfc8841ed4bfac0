package daemon_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/emersion/go-smtp"

	"github.com/spocd/spocd/config"
	"github.com/spocd/spocd/daemon"
	"github.com/spocd/spocd/mail"
	"github.com/spocd/spocd/mail/imapin"
	"github.com/spocd/spocd/mail/memserver"
	"github.com/spocd/spocd/mail/smtpout"
	"github.com/spocd/spocd/templates"
	"github.com/spocd/spocd/workflow"
	"github.com/spocd/spocd/workflow/sqlstore"
	"github.com/spocd/spocd/workflow/sqlstore/storetest"
)

const cfgText = `
[organisation]
name = "Gemeente Test"
[imap]
address = "%s"
tls = "none"
username = "spoc@gemeente.test"
password = "secret"
idle = true
poll_interval = "2s"
batch_size = 7
since = "2020-01-01"
[smtp]
address = "%s"
tls = "none"
[spoc]
address = "spoc@gemeente.test"
customer = "facilitair@gemeente.test"
supplier = "spoc@leverancier.test"
[approval]
approvers = ["rianne@gemeente.test"]
[acknowledgement]
max_per_hour = 100
max_per_day = 100
[[rule]]
match_subject = "(?i)kapot"
extra_work = false
`

type env struct {
	t   *testing.T
	srv *memserver.Server
	cfg *config.Config
	db  *sqlstore.DB
	d   daemon.Deps
}

func newEnv(t *testing.T, db *sqlstore.DB, hook func(from string, rcpts []string) error) *env {
	t.Helper()
	srv, err := memserver.Start(memserver.Options{Domain: "gemeente.test", OtherDomains: []string{"leverancier.test"}, Password: "secret", SMTPHook: hook})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Close() })
	cfg, err := config.Parse("t.toml", []byte(fmt.Sprintf(cfgText, srv.IMAPAddr, srv.SMTPAddr)), nil)
	if err != nil {
		t.Fatal(err)
	}
	tmpl, err := templates.New()
	if err != nil {
		t.Fatal(err)
	}
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	snd, err := smtpout.New(smtpout.Config{Addr: cfg.SMTP.Address, TLS: "none", Auth: "none"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { snd.Close() })
	ic := imapin.Config{Addr: cfg.IMAP.Address, TLS: "none", Username: cfg.IMAP.Username, Password: "secret", Idle: true,
		PollInterval: 2 * time.Second, BatchSize: cfg.IMAP.BatchSize, Keyword: cfg.IMAP.Keyword}
	d := daemon.Deps{Config: cfg, Store: db, Engine: workflow.New(cfg, db, tmpl, workflow.WithLogger(log)), Sender: snd, Log: log,
		DialIMAP: func(ctx context.Context) (*imapin.Session, error) { return imapin.Dial(ctx, ic) }}
	return &env{t: t, srv: srv, cfg: cfg, db: db, d: d}
}

func (e *env) send(from, to, subject, body string) {
	e.t.Helper()
	c, err := smtp.Dial(e.srv.SMTPAddr)
	if err != nil {
		e.t.Fatal(err)
	}
	defer c.Close()
	raw := fmt.Sprintf("From: %s\r\nTo: %s\r\nSubject: %s\r\nMessage-ID: <%d.%s>\r\nDate: %s\r\n\r\n%s\r\n",
		from, to, subject, time.Now().UnixNano(), from, time.Now().Format(time.RFC1123Z), body)
	if err := c.SendMail(from, []string{to}, strings.NewReader(raw)); err != nil {
		e.t.Fatal(err)
	}
}

func (e *env) inbox(user string) []*mail.Message {
	e.t.Helper()
	raws, err := e.srv.Messages(user, "INBOX")
	if err != nil {
		e.t.Fatal(err)
	}
	var out []*mail.Message
	for _, r := range raws {
		m, err := mail.Parse(bytes.NewReader(r), mail.Options{RefPrefix: "SPOC"})
		if err != nil {
			e.t.Fatal(err)
		}
		out = append(out, m)
	}
	return out
}

func (e *env) once() daemon.Summary {
	e.t.Helper()
	sum, err := daemon.Once(context.Background(), e.d)
	if err != nil {
		e.t.Fatalf("Once: %v", err)
	}
	return sum
}

func TestOnceNothingLostNothingTwice(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *sqlstore.DB) {
		e := newEnv(t, db, nil)
		const n = 20
		for i := 0; i < n; i++ {
			e.send(fmt.Sprintf("user%02d@gemeente.test", i), "spoc@gemeente.test", fmt.Sprintf("Lamp %d kapot", i), "Graag vervangen.")
		}
		sum := e.once()
		if sum.Fetched != n || sum.Outcomes["new_request"] != n || sum.Sent != 2*n {
			t.Fatalf("first run = %+v", sum)
		}
		reqs, _ := db.ListRequests(context.Background(), workflow.ListFilter{})
		if len(reqs) != n {
			t.Fatalf("requests = %d, want %d", len(reqs), n)
		}
		for i := 0; i < n; i++ {
			box := e.inbox(fmt.Sprintf("user%02d@gemeente.test", i))
			if len(box) != 1 || !strings.Contains(box[0].Subject, "[SPOC-") {
				t.Fatalf("user%02d has %d acknowledgements", i, len(box))
			}
		}
		if fw := e.inbox("spoc@leverancier.test"); len(fw) != n {
			t.Fatalf("supplier has %d forwards, want %d", len(fw), n)
		}
		// A second run changes nothing.
		sum = e.once()
		if sum.Fetched != 0 || sum.Sent != 0 {
			t.Fatalf("second run = %+v", sum)
		}
		reqs, _ = db.ListRequests(context.Background(), workflow.ListFilter{})
		if len(reqs) != n || len(e.inbox("spoc@leverancier.test")) != n {
			t.Fatal("second run changed something")
		}
	})
}

func TestCrashBetweenCommitAndMarking(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *sqlstore.DB) {
		e := newEnv(t, db, nil)
		e.send("alice@gemeente.test", "spoc@gemeente.test", "Deur kapot", "x")
		e.once()
		// Simulate a crash after the commit but before the marking: the watermark is lost
		// (as after a UIDVALIDITY change) and the keyword is gone.
		ctx := context.Background()
		if err := e.d.Store.InTx(ctx, func(tx workflow.Tx) error {
			m, err := tx.Mailbox(ctx, "INBOX")
			if err != nil {
				return err
			}
			m.LastUID = 0
			return tx.SaveMailbox(ctx, m)
		}); err != nil {
			t.Fatal(err)
		}
		sum := e.once()
		if sum.Outcomes["duplicate"] != 1 || sum.Sent != 0 {
			t.Fatalf("re-read after crash = %+v, want 1 duplicate and nothing sent", sum)
		}
		if n := len(e.inbox("alice@gemeente.test")); n != 1 {
			t.Fatalf("alice has %d acknowledgements", n)
		}
	})
}

func TestTemporaryFailureRetried(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *sqlstore.DB) {
		var refuse atomic.Bool
		refuse.Store(true)
		hook := func(from string, rcpts []string) error {
			if refuse.Load() && from == "spoc@gemeente.test" {
				return &smtp.SMTPError{Code: 451, EnhancedCode: smtp.EnhancedCode{4, 3, 0}, Message: "try later"}
			}
			return nil
		}
		e := newEnv(t, db, hook)
		clock := time.Now().Add(time.Minute) // the sender's clock, a little ahead of the engine's
		e.d.Now = func() time.Time { return clock }
		e.send("alice@gemeente.test", "spoc@gemeente.test", "Deur kapot", "x")
		sum := e.once()
		if sum.Sent != 0 || sum.Retrying != 2 {
			t.Fatalf("with 451: %+v", sum)
		}
		refuse.Store(false)
		clock = clock.Add(time.Hour)
		sum = e.once()
		if sum.Sent != 2 {
			t.Fatalf("after 451 cleared: %+v", sum)
		}
		if n := len(e.inbox("alice@gemeente.test")); n != 1 {
			t.Fatalf("alice has %d acknowledgements", n)
		}
		pending, failed, _ := db.OutboxStats(context.Background())
		if pending != 0 || failed != 0 {
			t.Fatalf("outbox pending %d failed %d", pending, failed)
		}
	})
}

func TestPermanentFailureTellsSPOC(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *sqlstore.DB) {
		hook := func(from string, rcpts []string) error {
			for _, r := range rcpts {
				if r == "spoc@leverancier.test" {
					return &smtp.SMTPError{Code: 550, EnhancedCode: smtp.EnhancedCode{5, 1, 1}, Message: "no such user"}
				}
			}
			return nil
		}
		e := newEnv(t, db, hook)
		e.send("alice@gemeente.test", "spoc@gemeente.test", "Deur kapot", "x")
		sum := e.once()
		if sum.SendFailed != 1 {
			t.Fatalf("summary = %+v", sum)
		}
		var told bool
		for _, m := range e.inbox("facilitair@gemeente.test") {
			if strings.Contains(m.Text, "550") || strings.Contains(m.Text, "no such user") {
				told = true
			}
		}
		if !told {
			t.Fatal("customer SPOC was not told about the failed forward")
		}
	})
}

func TestRunAnswersWithinSecondsAndStops(t *testing.T) {
	db := storetest.SQLite(t)
	e := newEnv(t, db, nil)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- daemon.Run(ctx, e.d) }()
	time.Sleep(300 * time.Millisecond) // let the intake reach IDLE
	e.send("alice@gemeente.test", "spoc@gemeente.test", "Deur kapot", "x")
	deadline := time.Now().Add(20 * time.Second)
	for len(e.inbox("alice@gemeente.test")) == 0 {
		if time.Now().After(deadline) {
			t.Fatal("no acknowledgement within 20s with IDLE on")
		}
		time.Sleep(50 * time.Millisecond)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("Run = %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Run did not stop within 10s of cancel")
	}
}

// Mails are queued as render specs and rendered by the sender. One that cannot be
// rendered fails at once (no attempt, no retries), and the customer SPOC hears of it by
// mail; the others go out as usual.
func TestSenderRendersQueuedMail(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *sqlstore.DB) {
		e := newEnv(t, db, nil)
		e.send("alice@gemeente.test", "spoc@gemeente.test", "Lamp kapot", "De lamp in kamer 2 is kapot.")
		bad := &workflow.OutboxMail{Kind: "ack", MessageID: "<bad@gemeente.test>", From: "spoc@gemeente.test",
			Recipients: []string{"bob@gemeente.test"}, Spec: []byte(`{"v":1,"template":"no_such_template"}`),
			NextAttemptAt: time.Now(), CreatedAt: time.Now()}
		if err := db.InTx(context.Background(), func(tx workflow.Tx) error { return tx.Enqueue(context.Background(), bad) }); err != nil {
			t.Fatal(err)
		}
		sum := e.once()
		if sum.SendFailed != 1 {
			t.Fatalf("summary %+v: want the unrenderable mail failed", sum)
		}
		if n := len(e.inbox("alice@gemeente.test")); n != 1 {
			t.Fatalf("alice has %d mails, want her acknowledgement", n)
		}
		if n := len(e.inbox("bob@gemeente.test")); n != 0 {
			t.Fatalf("bob got %d mails from an unrenderable row", n)
		}
		var told bool
		for _, m := range e.inbox("facilitair@gemeente.test") {
			told = told || strings.Contains(m.Text, "cannot render")
		}
		if !told {
			t.Fatal("the customer SPOC was not told about the unrenderable mail")
		}
		rows, err := db.Outbox(context.Background(), "")
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rows {
			if r.MessageID == "<bad@gemeente.test>" && (r.Status != "failed" || r.Attempts != 0) {
				t.Fatalf("bad row: status %s after %d attempts; want failed before any attempt", r.Status, r.Attempts)
			}
			if r.Status == "sent" && (len(r.Raw) == 0 || len(r.Spec) != 0) {
				t.Fatalf("sent row %d (%s) kept no rendered mail", r.ID, r.Kind)
			}
		}
	})
}
