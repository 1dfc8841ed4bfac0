package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-smtp"

	"github.com/spocd/spocd/config"
	"github.com/spocd/spocd/mail/memserver"
)

func freePort(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

func get(url string) (int, string, error) {
	resp, err := http.Get(url)
	if err != nil {
		return 0, "", err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b), err
}

// TestRunServesHTTP runs the daemon with [http] on and checks /healthz, /metrics and a
// one-click page, then stops it.
func TestRunServesHTTP(t *testing.T) {
	srv, err := memserver.Start(memserver.Options{Domain: "gemeente.test", OtherDomains: []string{"leverancier.test"}, Password: "pw"})
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	dir := t.TempDir()
	listen := freePort(t)
	cfg := writeTestConfig(t, dir, srv.IMAPAddr, srv.SMTPAddr, memIMAP+"\npoll_interval = \"1s\"", "",
		fmt.Sprintf("[http]\nlisten = %q\nbase_url = \"http://%s\"", listen, listen))
	c, err := smtp.Dial(srv.SMTPAddr)
	if err != nil {
		t.Fatal(err)
	}
	raw := "From: bob@gemeente.test\r\nTo: spoc@gemeente.test\r\nSubject: Extra koffie\r\nMessage-ID: <k1@gemeente.test>\r\nDate: " + time.Now().Format(time.RFC1123Z) + "\r\n\r\nVoor 40 personen.\r\n"
	if err := c.SendMail("bob@gemeente.test", []string{"spoc@gemeente.test"}, strings.NewReader(raw)); err != nil {
		t.Fatal(err)
	}
	c.Close()

	if _, out, _ := runApp(t, nil, "--config", cfg, "check"); !strings.Contains(out, "✓ HTTP "+listen+": free") {
		t.Errorf("check before run:\n%s", out)
	}
	ctx, cancel := context.WithCancel(context.Background())
	var out, errb bytes.Buffer
	a := &app{stdout: &out, stderr: &errb, getenv: func(string) string { return "" }}
	done := make(chan int, 1)
	go func() { done <- a.main(ctx, []string{"--config", cfg, "run"}) }()

	base := "http://" + listen
	deadline := time.Now().Add(20 * time.Second)
	var metrics string
	for {
		code, body, err := get(base + "/metrics")
		if err == nil && code == 200 && strings.Contains(body, `spocd_mails_ingested_total{action="new_request"} 1`) &&
			strings.Contains(body, `spocd_outbox_depth{status="pending"} 0`) {
			metrics = body
			break
		}
		if time.Now().After(deadline) {
			cancel()
			t.Fatalf("metrics never showed the request: %v %d\n%s\nlog:\n%s", err, code, body, errb.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
	for _, want := range []string{"spocd_seconds_since_last_poll", "go_goroutines", "spocd_imap_reconnects_total 0"} {
		if !strings.Contains(metrics, want) {
			t.Errorf("metrics lack %q", want)
		}
	}
	if code, body, err := get(base + "/healthz"); err != nil || code != 200 || !strings.Contains(body, `"ok"`) {
		t.Errorf("/healthz = %d %q %v", code, body, err)
	}
	if code, out, _ := runApp(t, nil, "--config", cfg, "check"); code != exitOK || !strings.Contains(out, "✓ HTTP "+listen+": a running spocd answers /healthz: ok") {
		t.Errorf("check while running = %d:\n%s", code, out)
	}
	// The approval mail links to this server's page. The metrics above are set by a
	// periodic health check, so the mail may still be on its way: wait for it.
	var all string
	i := -1
	for i < 0 {
		raws, _ := srv.Messages("rianne@gemeente.test", "INBOX")
		all = strings.ReplaceAll(string(bytes.Join(raws, nil)), "=\r\n", "")
		if i = strings.Index(all, base+"/a/"); i < 0 {
			if time.Now().After(deadline) {
				t.Fatalf("no one-click link to %s in the approval mail (%d mails)\n%s", base, len(raws), all)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	link := all[i : i+len(base)+3+26]
	if code, body, err := get(link); err != nil || code != 200 || !strings.Contains(body, "SPOC-0001") {
		t.Errorf("GET %s = %d %v\n%s", link, code, err, body)
	}
	cancel()
	select {
	case code := <-done:
		if code != exitOK {
			t.Fatalf("run = %d\n%s", code, errb.String())
		}
	case <-time.After(20 * time.Second):
		t.Fatal("run did not stop")
	}
	if _, _, err := get(base + "/healthz"); err == nil {
		t.Error("the http server still answers after run stopped")
	}
}

func TestCheckHTTPPortTaken(t *testing.T) {
	other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "<html>not spocd</html>") }))
	defer other.Close()
	addr := strings.TrimPrefix(other.URL, "http://")
	r := checkHTTP(context.Background(), &config.Config{HTTP: config.HTTP{Listen: addr}})
	if r.ok || !strings.Contains(r.hint, "not as spocd") {
		t.Fatalf("checkHTTP on a port of another program = %+v", r)
	}
}
