package httpd_test

import (
	"bytes"
	"context"
	"image/png"
	"net"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/spocd/spocd/httpd"
	"github.com/spocd/spocd/mail"
	"github.com/spocd/spocd/workflow"
)

const chromiumPath = "/usr/bin/chromium"

// browser starts a headless Chromium with a fresh profile. The test skips when Chromium is
// not installed, unless SPOCD_E2E is set (CI): then it fails.
func browser(t *testing.T) context.Context {
	t.Helper()
	if _, err := os.Stat(chromiumPath); err != nil {
		if os.Getenv("SPOCD_E2E") != "" {
			t.Fatalf("SPOCD_E2E is set but %s is missing: %v", chromiumPath, err)
		}
		t.Skipf("%s not installed (apt-get install chromium); set SPOCD_E2E to make this a failure", chromiumPath)
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromiumPath),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("lang", "nl-NL"),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1000, 900),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(actx)
	ctx, cancelTimeout := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(func() { cancelTimeout(); cancelCtx(); cancelAlloc() })
	if err := chromedp.Do(ctx); err != nil { // starts the browser
		t.Fatalf("start chromium: %v", err)
	}
	return ctx
}

// liveEnv is a spocd whose one-click pages are served on a loopback port.
func liveEnv(t *testing.T) *webEnv {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	c := newClock()
	e := newEnv(t, envOpts{withdraw: "15m", clock: c, baseURL: "http://" + ln.Addr().String()})
	s, err := httpd.New(httpd.Config{Listen: ln.Addr().String(), BaseURL: e.cfg.HTTP.BaseURL, Web: e.eng, Health: e.health,
		Gatherer: e.reg, Metrics: e.met, Org: e.cfg.Organisation.Name, Lang: "nl", Location: e.cfg.Organisation.Location})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Serve(ctx, ln) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Serve: %v", err)
		}
	})
	return &webEnv{env: e, clock: c, h: s.Handler()}
}

// approveLink is the one-click link in the newest approval mail of the approver, read the
// way a mail client shows it.
func approveLink(t *testing.T, e *env, approver string) string {
	t.Helper()
	box := e.inboxRaw(approver)
	re := regexp.MustCompile(`http://127\.0\.0\.1:\d+/a/[a-z2-7]{26}`)
	for i := len(box) - 1; i >= 0; i-- {
		msg, err := mail.Parse(strings.NewReader(box[i]), mail.Options{RefPrefix: "SPOC"})
		if err != nil {
			continue
		}
		if l := re.FindString(msg.Text); l != "" {
			return l
		}
	}
	t.Fatalf("no one-click link in %d mails to %s", len(box), approver)
	return ""
}

// waitText waits until the page's <main> contains want and returns its text.
func waitText(t *testing.T, ctx context.Context, want string) string {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	var text string
	for time.Now().Before(deadline) {
		var err error
		text, err = chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector("main") ? document.querySelector("main").innerText : ""`))
		if err == nil && strings.Contains(text, want) {
			return text
		}
		select {
		case <-ctx.Done():
			t.Fatalf("waiting for %q: %v", want, ctx.Err())
		case <-time.After(100 * time.Millisecond):
		}
	}
	t.Fatalf("page never showed %q; it shows:\n%s", want, text)
	return ""
}

func TestChromiumGetDecidesNothingClickApprovesOnce(t *testing.T) {
	w := liveEnv(t)
	root := browser(t)
	tok := w.askApproval()
	link := approveLink(t, w.env, "rianne@gemeente.test")
	if !strings.HasSuffix(link, "/a/"+tok) {
		t.Fatalf("link %s is not for token %s", link, tok)
	}

	// Tab 1: a GET-only visit, the way a scanner with a real browser engine sees it.
	tab1, cancel1 := chromedp.NewContext(root)
	defer cancel1()
	if err := chromedp.Do(tab1, chromedp.Navigate(link)); err != nil {
		t.Fatal(err)
	}
	text := waitText(t, tab1, "Akkoord voor dit verzoek?")
	for _, want := range []string{"SPOC-0001", "Extra koffie voor de raad", "bob@gemeente.test"} {
		if !strings.Contains(text, want) {
			t.Errorf("page lacks %q:\n%s", want, text)
		}
	}
	w.tick()
	w.once()
	if r := w.request("SPOC-0001"); r.Status != workflow.StatusAwaitingApproval {
		t.Fatalf("after a GET the request is %s", r.Status)
	}
	if s := w.state(tok); s != workflow.PageOpen {
		t.Fatalf("after a GET the page is %s, want open", s)
	}
	if kinds := w.eventKinds("SPOC-0001"); count(kinds, "web_scanner_visit") != 1 {
		t.Errorf("headless Chromium's visit is not noted as evidence: %v", kinds)
	}

	// Tab 2 opens the page too, before anything is decided.
	tab2, cancel2 := chromedp.NewContext(root)
	defer cancel2()
	if err := chromedp.Do(tab2, chromedp.Navigate(link)); err != nil {
		t.Fatal(err)
	}
	waitText(t, tab2, "Akkoord voor dit verzoek?")

	// A click in tab 1 approves (pending the withdraw window).
	if err := chromedp.Do(tab1,
		chromedp.SendKeys(chromedp.CSS("#remark"), "graag voor donderdag"),
		chromedp.Click(chromedp.CSS("button.approve"))); err != nil {
		t.Fatal(err)
	}
	text = waitText(t, tab1, "Besluit vastgelegd")
	if !strings.Contains(text, "gaat in om") {
		t.Errorf("the page does not say when the decision takes effect:\n%s", text)
	}
	// The click in tab 2 is told it was already decided.
	if err := chromedp.Do(tab2, chromedp.Click(chromedp.CSS("button.reject"))); err != nil {
		t.Fatal(err)
	}
	waitText(t, tab2, "Al besloten")

	w.once() // the receipt with the withdraw link
	if r := w.request("SPOC-0001"); r.Status != workflow.StatusAwaitingApproval {
		t.Fatalf("within the withdraw window the request is %s", r.Status)
	}
	w.clock.Advance(16 * time.Minute)
	w.tick()
	w.once()
	r := w.request("SPOC-0001")
	if r.Status != workflow.StatusForwarded {
		t.Fatalf("after the window the request is %s, want forwarded", r.Status)
	}
	apps, err := w.db.Approvals(context.Background(), r.ID)
	if err != nil || len(apps) != 1 || apps[0].Decision != "approve" || apps[0].Remark != "graag voor donderdag" {
		t.Fatalf("approvals = %+v, %v", apps, err)
	}
	if n := count(w.eventKinds("SPOC-0001"), "approved"); n != 1 {
		t.Fatalf("approved %d times", n)
	}
	// Visiting again: already decided, no form.
	if err := chromedp.Do(tab1, chromedp.Navigate(link)); err != nil {
		t.Fatal(err)
	}
	waitText(t, tab1, "Al besloten")
	if forms, err := chromedp.Run(tab1, chromedp.Evaluate[int](`document.forms.length`)); err != nil || forms != 0 {
		t.Fatalf("decided page has %d forms (%v)", forms, err)
	}
}

func TestChromiumScreenshot(t *testing.T) {
	w := liveEnv(t)
	root := browser(t)
	w.askApproval()
	link := approveLink(t, w.env, "rianne@gemeente.test")
	if err := chromedp.Do(root, chromedp.Navigate(link)); err != nil {
		t.Fatal(err)
	}
	waitText(t, root, "Akkoord voor dit verzoek?")
	buf, err := chromedp.Run(root, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	dir := os.Getenv("SPOCD_ARTIFACTS")
	if dir == "" {
		dir = t.TempDir()
	}
	out := filepath.Join(dir, "one-click-page.png")
	if err := os.WriteFile(out, buf, 0o644); err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(buf))
	if err != nil {
		t.Fatalf("screenshot is not a PNG: %v", err)
	}
	b := img.Bounds()
	if b.Dx() < 300 || b.Dy() < 300 {
		t.Fatalf("screenshot is %dx%d", b.Dx(), b.Dy())
	}
	colors := map[uint32]bool{}
	green := false
	for y := b.Min.Y; y < b.Max.Y; y += 2 {
		for x := b.Min.X; x < b.Max.X; x += 2 {
			r, g, bl, _ := img.At(x, y).RGBA()
			colors[(r>>8)<<16|(g>>8)<<8|bl>>8] = true
			// The approve button: #1a7f37.
			if r>>8 < 0x30 && g>>8 > 0x70 && g>>8 < 0x90 && bl>>8 > 0x28 && bl>>8 < 0x48 {
				green = true
			}
		}
	}
	if len(colors) < 20 {
		t.Fatalf("screenshot has %d colours: blank?", len(colors))
	}
	if !green {
		t.Fatal("screenshot shows no green approve button")
	}
	t.Logf("screenshot %s: %dx%d, %d colours", out, b.Dx(), b.Dy(), len(colors))
}
