package httpd_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-smtp"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/spocd/spocd/config"
	"github.com/spocd/spocd/daemon"
	"github.com/spocd/spocd/mail/imapin"
	"github.com/spocd/spocd/mail/memserver"
	"github.com/spocd/spocd/mail/smtpout"
	"github.com/spocd/spocd/metrics"
	"github.com/spocd/spocd/templates"
	"github.com/spocd/spocd/workflow"
	"github.com/spocd/spocd/workflow/sqlstore"
	"github.com/spocd/spocd/workflow/sqlstore/storetest"
)

const cfgText = `
[organisation]
name = "Gemeente Test"
language = "%s"
[imap]
address = "%s"
tls = "none"
username = "spoc@gemeente.test"
password = "secret"
poll_interval = "2s"
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
[http]
listen = "127.0.0.1:0"
base_url = "http://127.0.0.1:1"
withdraw_window = "%s"
[[rule]]
match_subject = "(?i)kapot"
extra_work = false
`

// env is a whole spocd on in-process servers: mail server, SQLite, engine, daemon deps with
// health and metrics.
type env struct {
	t      *testing.T
	srv    *memserver.Server
	cfg    *config.Config
	db     *sqlstore.DB
	eng    *workflow.Engine
	reg    *prometheus.Registry
	met    *metrics.Metrics
	health *daemon.Health
	d      daemon.Deps
}

type envOpts struct {
	lang     string
	withdraw string
	baseURL  string
	hook     func(from string, rcpts []string) error
	clock    *clock
	db       *sqlstore.DB // SQLite when nil
}

// clock is a settable clock for the engine and the daemon.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func newClock() *clock { return &clock{t: time.Now()} }

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

func newEnv(t *testing.T, o envOpts) *env {
	t.Helper()
	if o.lang == "" {
		o.lang = "nl"
	}
	if o.withdraw == "" {
		o.withdraw = "15m"
	}
	srv, err := memserver.Start(memserver.Options{Domain: "gemeente.test", OtherDomains: []string{"leverancier.test"}, Password: "secret", SMTPHook: o.hook})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Close() })
	text := fmt.Sprintf(cfgText, o.lang, srv.IMAPAddr, srv.SMTPAddr, o.withdraw)
	if o.baseURL != "" {
		text = strings.Replace(text, "http://127.0.0.1:1", o.baseURL, 1)
	}
	cfg, err := config.Parse("t.toml", []byte(text), nil)
	if err != nil {
		t.Fatal(err)
	}
	db := o.db
	if db == nil {
		db = storetest.SQLite(t)
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
	health := daemon.NewHealth(time.Now())
	reg := prometheus.NewRegistry()
	met, err := metrics.New(reg, metrics.Options{LastPoll: health.LastPoll})
	if err != nil {
		t.Fatal(err)
	}
	opts := []workflow.Option{workflow.WithLogger(log), workflow.WithMetrics(met)}
	var now func() time.Time
	if o.clock != nil {
		now = o.clock.Now
		opts = append(opts, workflow.WithClock(now))
	}
	eng := workflow.New(cfg, db, tmpl, opts...)
	ic := imapin.Config{Addr: cfg.IMAP.Address, TLS: "none", Username: cfg.IMAP.Username, Password: "secret",
		PollInterval: 2 * time.Second, BatchSize: 50, Keyword: cfg.IMAP.Keyword}
	d := daemon.Deps{Config: cfg, Store: db, Engine: eng, Sender: snd, Log: log, Health: health, Metrics: met, Now: now,
		DialIMAP: func(ctx context.Context) (*imapin.Session, error) { return imapin.Dial(ctx, ic) }}
	return &env{t: t, srv: srv, cfg: cfg, db: db, eng: eng, reg: reg, met: met, health: health, d: d}
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

func (e *env) once() daemon.Summary {
	e.t.Helper()
	sum, err := daemon.Once(context.Background(), e.d)
	if err != nil {
		e.t.Fatalf("Once: %v", err)
	}
	return sum
}

func (e *env) inboxRaw(user string) []string {
	e.t.Helper()
	raws, err := e.srv.Messages(user, "INBOX")
	if err != nil {
		e.t.Fatal(err)
	}
	out := make([]string, len(raws))
	for i, r := range raws {
		out[i] = string(r)
	}
	return out
}

func (e *env) request(ref string) *workflow.Request {
	e.t.Helper()
	r, err := e.db.RequestByRef(context.Background(), ref)
	if err != nil {
		e.t.Fatalf("request %s: %v", ref, err)
	}
	return r
}
