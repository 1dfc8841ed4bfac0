package e2e

import (
	"bytes"
	"fmt"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	gomail "github.com/emersion/go-message/mail"
)

// TestDigestOnceAcrossRestarts: with the digest due a minute from now, spocd run is stopped
// before the time, started again after it, and restarted once more; both SPOC mailboxes
// get exactly one digest, with the chart as an inline image.
func TestDigestOnceAcrossRestarts(t *testing.T) {
	env := Load(t)
	w := &world{t: t, env: env, bin: BuildSpocd(t)}
	w.spoc, w.customer, w.supplier = env.Unique(t, "spoc"), env.Unique(t, "facilitair"), env.Unique(t, "supplier")
	w.approvers = []string{env.Unique(t, "rianne")}
	loc, _ := time.LoadLocation("Europe/Amsterdam")
	due := time.Now().In(loc).Add(70 * time.Second).Truncate(time.Minute).Add(time.Minute)
	schedule := fmt.Sprintf("%s %s", due.Weekday().String()[:3], due.Format("15:04"))
	w.cfg = env.WriteConfig(t, t.TempDir(), Setup{Spoc: w.spoc, Customer: w.customer, Supplier: w.supplier, Approvers: w.approvers,
		Extra: "[digest]\nschedule = \"" + schedule + "\"\n\n[[rule]]\nmatch_subject = \"kapot\"\nextra_work = false\n"})
	w.spocd("run", "--once")
	rq := env.Unique(t, "jan")
	env.Send(t, rq, []string{w.spoc}, w.request(rq, "Lamp kapot", "x"))

	run := func(until time.Time) {
		cmd := exec.Command(w.bin, "--config", w.cfg, "run")
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Until(until))
		cmd.Process.Signal(syscall.SIGTERM)
		cmd.Wait()
	}
	run(due.Add(-20 * time.Second)) // stopped before the digest is due
	if n := countDigests(t, env, w.customer); n != 0 {
		t.Fatalf("%d digests before the scheduled time", n)
	}
	time.Sleep(time.Until(due.Add(5 * time.Second))) // down at the scheduled time
	run(time.Now().Add(8 * time.Second))             // started after it: sends (late)
	run(time.Now().Add(5 * time.Second))             // restarted: sends nothing more
	w.spocd("run", "--once")
	for _, who := range []string{w.customer, w.supplier} {
		env.WaitCount(t, who, "INBOX", 1, 30*time.Second)
		if n := countDigests(t, env, who); n != 1 {
			t.Fatalf("%s has %d digests, want 1", who, n)
		}
	}
	for _, raw := range env.Mailbox(t, w.customer, "INBOX") {
		if headerValue(raw, "X-Spocd-Kind") != "digest" {
			continue
		}
		if !hasInlinePNG(t, raw) {
			t.Fatal("the digest has no inline PNG chart")
		}
	}
}

func countDigests(t *testing.T, env Env, user string) int {
	n := 0
	for _, raw := range env.Mailbox(t, user, "INBOX") {
		if headerValue(raw, "X-Spocd-Kind") == "digest" {
			n++
		}
	}
	return n
}

// hasInlinePNG reports whether a message has an inline image/png part with a Content-ID
// that its HTML refers to.
func hasInlinePNG(t *testing.T, raw []byte) bool {
	r, err := gomail.CreateReader(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("digest unreadable: %v", err)
	}
	var cid, html string
	for {
		p, err := r.NextPart()
		if err != nil {
			break
		}
		ct := p.Header.Get("Content-Type")
		var body bytes.Buffer
		body.ReadFrom(p.Body)
		switch {
		case strings.HasPrefix(ct, "image/png"):
			cid = strings.Trim(p.Header.Get("Content-Id"), "<>")
		case strings.HasPrefix(ct, "text/html"):
			html = body.String()
		}
	}
	return cid != "" && strings.Contains(html, "cid:"+cid)
}
