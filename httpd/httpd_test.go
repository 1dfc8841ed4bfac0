package httpd_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-smtp"

	"github.com/spocd/spocd/httpd"
)

type fakeHealth struct {
	ok       bool
	problems []string
}

func (f fakeHealth) Check(time.Time, time.Duration) (bool, []string) { return f.ok, f.problems }

func TestHealthz(t *testing.T) {
	tests := []struct {
		name     string
		health   httpd.Health
		code     int
		status   string
		problems int
	}{
		{"healthy", fakeHealth{ok: true}, 200, "ok", 0},
		{"unhealthy", fakeHealth{ok: false, problems: []string{"mailbox last read 10m0s ago"}}, 503, "unhealthy", 1},
		{"no daemon", nil, 503, "unknown", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := httpd.New(httpd.Config{Listen: "127.0.0.1:0", Health: tt.health})
			if err != nil {
				t.Fatal(err)
			}
			rec := httptest.NewRecorder()
			s.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/healthz", nil))
			if rec.Code != tt.code {
				t.Fatalf("GET /healthz = %d, want %d", rec.Code, tt.code)
			}
			var body struct {
				Status   string   `json:"status"`
				Problems []string `json:"problems"`
			}
			if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
				t.Fatalf("body %q: %v", rec.Body.String(), err)
			}
			if body.Status != tt.status || len(body.Problems) != tt.problems {
				t.Fatalf("body = %+v, want status %s and %d problem(s)", body, tt.status, tt.problems)
			}
		})
	}
}

func TestHealthFromDaemon(t *testing.T) {
	e := newEnv(t, envOpts{})
	now := time.Now()
	if ok, _ := e.health.Check(now, time.Minute); !ok {
		t.Fatal("a daemon that just started is healthy")
	}
	if ok, p := e.health.Check(now.Add(2*time.Minute), time.Minute); ok || len(p) != 1 || !strings.Contains(p[0], "not read since the start") {
		t.Fatalf("no poll after 2m: ok=%v problems=%v", ok, p)
	}
	e.once()
	if ok, p := e.health.Check(time.Now(), time.Minute); !ok {
		t.Fatalf("after a successful pass: problems %v", p)
	}
	if ok, _ := e.health.Check(time.Now().Add(2*time.Minute), time.Minute); ok {
		t.Fatal("a poll 2m old with a 1m limit is unhealthy")
	}
	for range 5 {
		e.health.Sent(false)
	}
	if ok, p := e.health.Check(time.Now(), time.Minute); ok || !strings.Contains(strings.Join(p, ";"), "delivery attempts failed") {
		t.Fatalf("5 failed deliveries: ok=%v problems=%v", ok, p)
	}
	e.health.Sent(true)
	if ok, p := e.health.Check(time.Now(), time.Minute); !ok {
		t.Fatalf("a delivery succeeded again: problems %v", p)
	}
}

// scrape returns the value of one series line ("name{labels}") from /metrics.
func scrape(t *testing.T, h http.Handler) map[string]float64 {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	if rec.Code != 200 {
		t.Fatalf("GET /metrics = %d", rec.Code)
	}
	out := map[string]float64{}
	for _, line := range strings.Split(rec.Body.String(), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		i := strings.LastIndexByte(line, ' ')
		v, err := strconv.ParseFloat(line[i+1:], 64)
		if err != nil {
			t.Fatalf("metrics line %q: %v", line, err)
		}
		out[line[:i]] = v
	}
	return out
}

var tokenRE = regexp.MustCompile(`spocd-token: ([a-z2-7]{26})`)

// approvalToken returns the token of the newest approval mail in the approver's inbox.
func approvalToken(t *testing.T, e *env, approver string) string {
	t.Helper()
	box := e.inboxRaw(approver)
	for i := len(box) - 1; i >= 0; i-- {
		if m := tokenRE.FindStringSubmatch(box[i]); m != nil {
			return m[1]
		}
	}
	t.Fatalf("no approval mail for %s among %d mails", approver, len(box))
	return ""
}

func (e *env) sendRaw(from string, to []string, raw string) {
	e.t.Helper()
	c, err := smtp.Dial(e.srv.SMTPAddr)
	if err != nil {
		e.t.Fatal(err)
	}
	defer c.Close()
	if err := c.SendMail(from, to, strings.NewReader(raw)); err != nil {
		e.t.Fatal(err)
	}
}

func TestMetricsMoveWhenMailIsProcessed(t *testing.T) {
	e := newEnv(t, envOpts{hook: func(from string, rcpts []string) error {
		for _, r := range rcpts {
			if r == "gone@gemeente.test" {
				return &smtp.SMTPError{Code: 550, EnhancedCode: smtp.EnhancedCode{5, 1, 1}, Message: "no such user"}
			}
		}
		return nil
	}})
	s, err := httpd.New(httpd.Config{Listen: "127.0.0.1:0", Health: e.health, Gatherer: e.reg})
	if err != nil {
		t.Fatal(err)
	}
	h := s.Handler()
	before := scrape(t, h)
	for _, series := range []string{`spocd_outbox_depth{status="pending"}`, `spocd_outbox_depth{status="failed"}`,
		`spocd_send_failures_total{kind="permanent"}`, `spocd_imap_reconnects_total`, `spocd_seconds_since_last_poll`} {
		if _, ok := before[series]; !ok {
			t.Errorf("series %s missing before any mail", series)
		}
	}
	if v := before["spocd_seconds_since_last_poll"]; v != -1 {
		t.Errorf("seconds since last poll before any poll = %v, want -1", v)
	}

	e.send("alice@gemeente.test", "spoc@gemeente.test", "Lamp kapot", "Graag vervangen.")
	e.send("bob@gemeente.test", "spoc@gemeente.test", "Extra koffie voor de raad", "Voor 40 personen.")
	e.sendRaw("carol@gemeente.test", []string{"spoc@gemeente.test"}, fmt.Sprintf("From: carol@gemeente.test\r\nTo: spoc@gemeente.test\r\n"+
		"Subject: Automatisch antwoord: vakantie\r\nAuto-Submitted: auto-replied\r\nMessage-ID: <ooo.%d@gemeente.test>\r\n\r\nIk ben afwezig.\r\n", time.Now().UnixNano()))
	e.once()
	m := scrape(t, h)
	want := map[string]float64{
		`spocd_mails_ingested_total{action="new_request"}`: 2,
		`spocd_mails_ingested_total{action="ignore"}`:      1,
		`spocd_mails_ignored_total{reason="auto-reply"}`:   1,
		`spocd_outbox_depth{status="pending"}`:             0,
	}
	for k, v := range want {
		if m[k] != v {
			t.Errorf("%s = %v, want %v", k, m[k], v)
		}
	}
	if v := m["spocd_seconds_since_last_poll"]; v < 0 || v > 60 {
		t.Errorf("seconds since last poll after a pass = %v", v)
	}

	// The approver approves by mail; a second reply with the same token is refused.
	tok := approvalToken(t, e, "rianne@gemeente.test")
	for range 2 {
		e.send("rianne@gemeente.test", "spoc+"+tok+"@gemeente.test", "Re: [SPOC-0002 a:"+tok+"] Extra koffie", "akkoord")
		e.once()
	}
	// A mail to an address that does not exist fails permanently.
	e.send("gone@gemeente.test", "spoc@gemeente.test", "Stoel kapot", "x")
	e.once()
	m = scrape(t, h)
	want = map[string]float64{
		`spocd_decisions_total{outcome="approve",via="mail"}`:  1,
		`spocd_refusals_total{reason="not_awaiting_approval"}`: 1,
		`spocd_mails_ingested_total{action="new_request"}`:     3,
		`spocd_send_failures_total{kind="permanent"}`:          1,
		`spocd_outbox_depth{status="failed"}`:                  1,
	}
	for k, v := range want {
		if m[k] != v {
			t.Errorf("%s = %v, want %v", k, m[k], v)
		}
	}
}

func TestServeStopsWithContext(t *testing.T) {
	s, err := httpd.New(httpd.Config{Listen: "127.0.0.1:0", Health: fakeHealth{ok: true}})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Serve(ctx, ln) }()
	resp, err := http.Get("http://" + ln.Addr().String() + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("GET /healthz = %d", resp.StatusCode)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("Serve = %v, want nil after the context ends", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Serve did not stop")
	}
}
