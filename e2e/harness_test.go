package e2e

import (
	"bytes"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-smtp"

	"github.com/spocd/spocd/config"
	"github.com/spocd/spocd/mail/memserver"
)

// checkDelivery sends one mail to a unique user's plus address and finds it
// in that user's INBOX, then checks mail to the supplier domain arrives too.
func checkDelivery(t *testing.T, e Env) {
	t.Helper()
	user := e.Unique(t, "spoc")
	local, domain, _ := strings.Cut(user, "@")
	plus := local + "+tok123@" + domain
	from := e.Unique(t, "jan")
	raw := []byte("From: " + from + "\r\nTo: " + plus + "\r\nSubject: harness " + user +
		"\r\nMessage-ID: <" + local + "@harness.test>\r\nDate: Mon, 23 Nov 2026 10:00:00 +0100\r\n\r\nkoffie graag\r\n")

	if got := e.Mailbox(t, user, "INBOX"); len(got) != 0 {
		t.Fatalf("Mailbox(fresh user) = %d messages, want 0", len(got))
	}
	e.Send(t, from, []string{plus}, raw)
	msgs := e.WaitCount(t, user, "INBOX", 1, 20*time.Second)
	if len(msgs) != 1 {
		t.Fatalf("WaitCount() = %d messages, want 1", len(msgs))
	}
	if !bytes.Contains(msgs[0], []byte("Subject: harness "+user+"\r\n")) || !bytes.Contains(msgs[0], []byte("koffie graag")) {
		t.Errorf("message = %q, want the sent subject and body", msgs[0])
	}

	fetched := e.Fetch(t, user, "INBOX")
	if len(fetched) != 1 || fetched[0].UID == 0 {
		t.Fatalf("Fetch() = %+v, want one message with a UID", fetched)
	}
	m := fetched[0]
	if got := m.Header("Return-Path"); got != "<"+from+">" {
		t.Errorf("Header(Return-Path) = %q, want %q", got, "<"+from+">")
	}
	if got := m.Header("delivered-to"); !strings.EqualFold(got, plus) {
		t.Errorf("Header(Delivered-To) = %q, want %q", got, plus)
	}
	if m.HasFlag(`\Seen`) {
		t.Errorf("flags = %v: reading must not set \\Seen", m.Flags)
	}

	supplier := strings.Replace(e.Unique(t, "ssc"), "@"+e.Domain, "@example.net", 1)
	e.Send(t, from, []string{supplier}, raw)
	if got := e.WaitCount(t, supplier, "INBOX", 1, 20*time.Second); len(got) != 1 {
		t.Errorf("supplier INBOX = %d messages, want 1", len(got))
	}

	// A mailbox that does not exist is an error for Mailbox, empty for WaitCount.
	if _, err := e.fetch(user, "Processed"); err == nil || !isNonExistent(err) {
		t.Errorf("fetch(missing mailbox) = %v, want a NONEXISTENT error", err)
	}
	if got := e.WaitCount(t, user, "Processed", 0, time.Second); len(got) != 0 {
		t.Errorf("WaitCount(missing, 0) = %d messages, want 0", len(got))
	}
}

// checkIMAPFeatures checks what spocd's intake relies on, on either server:
// IDLE, MOVE and UIDPLUS, a keyword that sticks and survives a UID MOVE into
// a Processed folder, NOT KEYWORD searches, and IDLE reporting a delivery.
func checkIMAPFeatures(t *testing.T, e Env) {
	t.Helper()
	user := e.Unique(t, "spoc")
	e.Append(t, user, "INBOX", []byte("Subject: one\r\n\r\n1\r\n"), []byte("Subject: two\r\n\r\n2\r\n"))
	e.Append(t, user, "Archive", []byte("Subject: archived\r\n\r\n3\r\n"))
	if got := e.Mailbox(t, user, "Archive"); len(got) != 1 {
		t.Errorf("Archive = %d messages, want 1", len(got))
	}

	exists := make(chan uint32, 10)
	c := e.IMAP(t, user, &imapclient.Options{
		UnilateralDataHandler: &imapclient.UnilateralDataHandler{
			Mailbox: func(data *imapclient.UnilateralDataMailbox) {
				if data.NumMessages != nil {
					exists <- *data.NumMessages
				}
			},
		},
	})
	for _, cp := range []imap.Cap{imap.CapIdle, imap.CapMove, imap.CapUIDPlus} {
		if !c.Caps().Has(cp) {
			t.Errorf("server lacks %s", cp)
		}
	}
	if err := c.Create("Processed", nil).Wait(); err != nil {
		t.Fatalf("Create(Processed) = %v", err)
	}
	sel, err := c.Select("INBOX", nil).Wait()
	if err != nil {
		t.Fatalf("Select(INBOX) = %v", err)
	}
	if sel.NumMessages != 2 || !slices.Contains(sel.PermanentFlags, imap.FlagWildcard) {
		t.Fatalf("Select(INBOX) = %d messages, permanent flags %v; want 2 and \\*", sel.NumMessages, sel.PermanentFlags)
	}
	msgs := e.Fetch(t, user, "INBOX")
	first := imap.UIDSetNum(imap.UID(msgs[0].UID))
	const keyword = "$SPOCdProcessed"
	if err := c.Store(first, &imap.StoreFlags{Op: imap.StoreFlagsAdd, Flags: []imap.Flag{keyword}, Silent: true}, nil).Close(); err != nil {
		t.Fatalf("Store(+%s) = %v", keyword, err)
	}
	if m := e.Fetch(t, user, "INBOX")[0]; !m.HasFlag(keyword) {
		t.Errorf("flags after STORE = %v, want %s", m.Flags, keyword)
	}
	found, err := c.UIDSearch(&imap.SearchCriteria{NotFlag: []imap.Flag{keyword}}, nil).Wait()
	if err != nil {
		t.Fatalf("UIDSearch(NOT KEYWORD) = %v", err)
	}
	if got := found.AllUIDs(); len(got) != 1 || uint32(got[0]) != msgs[1].UID {
		t.Errorf("UIDSearch(NOT KEYWORD) = %v, want [%d]", got, msgs[1].UID)
	}
	if _, err := c.Move(first, "Processed").Wait(); err != nil {
		t.Fatalf("UID MOVE = %v", err)
	}
	if got := e.Fetch(t, user, "Processed"); len(got) != 1 || !got[0].HasFlag(keyword) || !bytes.Contains(got[0].Raw, []byte("Subject: one")) {
		t.Errorf("Processed = %+v, want message one with %s", got, keyword)
	}

	idle, err := c.Idle()
	if err != nil {
		t.Fatalf("Idle() = %v", err)
	}
	local, domain, _ := strings.Cut(user, "@")
	e.Send(t, e.Addr("jan"), []string{local + "+idle@" + domain}, []byte("Subject: idle\r\n\r\nx\r\n"))
	select {
	case n := <-exists:
		if n != 2 {
			t.Errorf("EXISTS during IDLE = %d, want 2", n)
		}
	case <-time.After(10 * time.Second):
		t.Errorf("no EXISTS during IDLE within 10s of a delivery")
	}
	if err := idle.Close(); err != nil {
		t.Fatalf("idle.Close() = %v", err)
	}
	if err := idle.Wait(); err != nil {
		t.Fatalf("idle.Wait() = %v", err)
	}
}

// TestHarnessReal runs against Dovecot + Postfix (SPOCD_E2E=1, see .ci/run).
func TestHarnessReal(t *testing.T) {
	e := Load(t)
	checkDelivery(t, e)
	checkIMAPFeatures(t, e)

	// Other domains never leave the host: Postfix refuses them.
	err := e.TrySend(e.Addr("jan"), []string{"someone@example.org"}, []byte("Subject: x\r\n\r\nx\r\n"))
	var smtpErr *smtp.SMTPError
	if !errors.As(err, &smtpErr) || smtpErr.Code/100 != 5 {
		t.Errorf("TrySend(outside) = %v, want a 5xx refusal", err)
	}
}

// TestHarnessMem runs the same checks against the in-process memserver.
func TestHarnessMem(t *testing.T) {
	e, s := StartMem(t, memserver.Options{})
	checkDelivery(t, e)
	checkIMAPFeatures(t, e)

	if err := e.TrySend(e.Addr("jan"), []string{"someone@example.org"}, []byte("Subject: x\r\n\r\nx\r\n")); err != nil {
		t.Errorf("TrySend(outside) = %v, want accepted", err)
	}
	if out := s.Outside(); len(out) != 1 || out[0].To[0] != "someone@example.org" {
		t.Errorf("Outside() = %+v, want the one outside message", out)
	}
}

func TestWaitCountTimeout(t *testing.T) {
	e, _ := StartMem(t, memserver.Options{})
	ft := &fakeTB{TB: t}
	done := make(chan struct{})
	go func() {
		defer close(done)
		e.WaitCount(ft, e.Addr("nobody"), "INBOX", 1, 300*time.Millisecond)
	}()
	<-done
	if !ft.failed || !strings.Contains(ft.msg, "holds 0 messages") {
		t.Errorf("WaitCount on an empty mailbox: failed=%v msg=%q, want a failure naming the count", ft.failed, ft.msg)
	}
}

func TestLoadSkipsWithoutEnv(t *testing.T) {
	t.Setenv(EnvEnable, "")
	ft := &fakeTB{TB: t}
	done := make(chan struct{})
	go func() {
		defer close(done)
		Load(ft)
	}()
	<-done
	if !ft.skipped || ft.failed {
		t.Errorf("Load without %s: skipped=%v failed=%v, want a skip", EnvEnable, ft.skipped, ft.failed)
	}
}

func TestLoadFailsWhenUnreachable(t *testing.T) {
	e, s := StartMem(t, memserver.Options{})
	if err := s.Close(); err != nil {
		t.Fatalf("Close() = %v", err)
	}
	t.Setenv(EnvEnable, "1")
	t.Setenv(EnvIMAP, e.IMAPAddr)
	t.Setenv(EnvSMTP, e.SMTPAddr)
	ft := &fakeTB{TB: t}
	done := make(chan struct{})
	go func() {
		defer close(done)
		Load(ft)
	}()
	<-done
	if ft.skipped || !ft.failed || !strings.Contains(ft.msg, "unreachable") {
		t.Errorf("Load with servers down: skipped=%v failed=%v msg=%q, want a failure", ft.skipped, ft.failed, ft.msg)
	}
}

func TestUnique(t *testing.T) {
	e := Env{Domain: "example.test"}
	seen := map[string]bool{}
	for range 100 {
		a := e.Unique(t, "spoc")
		if seen[a] {
			t.Fatalf("Unique() = %q twice", a)
		}
		seen[a] = true
		local, domain, ok := strings.Cut(a, "@")
		if !ok || domain != "example.test" || !strings.HasSuffix(local, "-spoc") || len(local) > 64 {
			t.Errorf("Unique() = %q, want <=64-char local part ending in -spoc @example.test", a)
		}
		if strings.ContainsAny(local, "+ ") || local != strings.ToLower(local) {
			t.Errorf("Unique() = %q, want lower case without '+' or spaces", a)
		}
	}
	if got, want := e.Addr("spoc"), "spoc@example.test"; got != want {
		t.Errorf("Addr() = %q, want %q", got, want)
	}
}

func TestHeaderValue(t *testing.T) {
	raw := []byte("Subject: one\r\nX-Folded: a\r\n\tb\r\n c\r\nEmpty:\r\nbroken line\r\n\r\nSubject: body\r\n")
	tests := []struct{ name, want string }{
		{"subject", "one"},
		{"X-Folded", "a b c"},
		{"Empty", ""},
		{"Missing", ""},
		{"broken line", ""},
	}
	for _, tt := range tests {
		if got := headerValue(raw, tt.name); got != tt.want {
			t.Errorf("headerValue(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
	for _, in := range []string{"", ":", "\r\n", "a:b\n\n c", "\x00\xff:\xfe"} {
		_ = headerValue([]byte(in), "a") // must not panic
	}
}

// TestWriteConfig checks the generated config passes spocd's own validation.
func TestWriteConfig(t *testing.T) {
	e, _ := StartMem(t, memserver.Options{})
	dir := t.TempDir()
	path := e.WriteConfig(t, dir, Setup{
		Spoc:  e.Addr("spoc"),
		Extra: "[[rule]]\nname = \"koffie\"\nmatch_subject = \"(?i)koffie\"\nneeds_approval = true\n",
	})
	cfg, err := config.Load(path, func(string) string { return "" })
	if err != nil {
		t.Fatalf("config.Load(WriteConfig()) = %v", err)
	}
	if cfg.IMAP.Address != e.IMAPAddr || cfg.SMTP.Address != e.SMTPAddr || cfg.SPOC.Address != e.Addr("spoc") {
		t.Errorf("config = imap %q smtp %q spoc %q, want %q %q %q", cfg.IMAP.Address, cfg.SMTP.Address, cfg.SPOC.Address, e.IMAPAddr, e.SMTPAddr, e.Addr("spoc"))
	}
	if len(cfg.Rules) != 1 || cfg.Rules[0].Name != "koffie" {
		t.Errorf("rules = %+v, want the koffie rule from Extra", cfg.Rules)
	}
}

// TestSpocdBinary builds spocd and runs `check` against the real servers.
func TestSpocdBinary(t *testing.T) {
	e := Load(t)
	bin := BuildSpocd(t)
	if res := Run(t, bin, time.Minute, "version"); res.Code != 0 || res.Stdout == "" {
		t.Fatalf("spocd version = %d, %q, %q; want 0 and output", res.Code, res.Stdout, res.Stderr)
	}
	dir := t.TempDir()
	path := e.WriteConfig(t, dir, Setup{Spoc: e.Unique(t, "spoc")})
	res := Run(t, bin, 2*time.Minute, "--config", path, "check")
	if res.Code != 0 {
		t.Errorf("spocd check = exit %d\nstdout:\n%s\nstderr:\n%s", res.Code, res.Stdout, res.Stderr)
	}
	if again := BuildSpocd(t); again != bin {
		t.Errorf("BuildSpocd() second call = %q, want the same %q", again, bin)
	}
}

// fakeTB records Fatal/Skip without ending the real test; its Fatal and Skip
// end the calling goroutine like the real ones.
type fakeTB struct {
	testing.TB
	failed, skipped bool
	msg             string
}

func (f *fakeTB) Helper() {}
func (f *fakeTB) Fatalf(format string, args ...any) {
	f.failed, f.msg = true, fmt.Sprintf(format, args...)
	runtime.Goexit()
}
func (f *fakeTB) Fatal(args ...any) {
	f.failed, f.msg = true, fmt.Sprint(args...)
	runtime.Goexit()
}
func (f *fakeTB) Skipf(format string, args ...any) {
	f.skipped, f.msg = true, fmt.Sprintf(format, args...)
	runtime.Goexit()
}
