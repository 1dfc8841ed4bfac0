package memserver

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

func start(t *testing.T, opts Options) *Server {
	t.Helper()
	s, err := Start(opts)
	if err != nil {
		t.Fatalf("Start() = %v", err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("Close() = %v", err)
		}
	})
	return s
}

func message(from, to, subject string) []byte {
	return []byte("From: " + from + "\r\nTo: " + to + "\r\nSubject: " + subject +
		"\r\nMessage-ID: <" + strings.ReplaceAll(subject, " ", ".") + "@test>\r\n\r\nHello.\r\n")
}

// send delivers one message over SMTP the way spocd's sender will, without TLS.
func send(t *testing.T, addr string, auth sasl.Client, from string, to []string, raw []byte) error {
	t.Helper()
	c, err := smtp.Dial(addr)
	if err != nil {
		t.Fatalf("smtp.Dial() = %v", err)
	}
	defer c.Close()
	if auth != nil {
		if err := c.Auth(auth); err != nil {
			return err
		}
	}
	if err := c.SendMail(from, to, bytes.NewReader(raw)); err != nil {
		return err
	}
	return c.Quit()
}

func login(t *testing.T, s *Server, user string, opts *imapclient.Options) *imapclient.Client {
	t.Helper()
	c, err := imapclient.DialInsecure(s.IMAPAddr, opts)
	if err != nil {
		t.Fatalf("imapclient.DialInsecure() = %v", err)
	}
	t.Cleanup(func() { c.Close() })
	if err := c.Login(user, s.Password()).Wait(); err != nil {
		t.Fatalf("Login(%q) = %v", user, err)
	}
	return c
}

func TestSMTPDeliversToINBOX(t *testing.T) {
	s := start(t, Options{Domain: "example.test"})
	raw := message("jan@example.test", "spoc@example.test", "koffie")
	if err := send(t, s.SMTPAddr, nil, "jan@example.test", []string{"spoc@example.test"}, raw); err != nil {
		t.Fatalf("send() = %v", err)
	}

	c := login(t, s, "spoc@example.test", nil)
	msgs, err := FetchAll(c, "INBOX")
	if err != nil {
		t.Fatalf("FetchAll() = %v", err)
	}
	if len(msgs) != 1 {
		t.Fatalf("len(INBOX) = %d, want 1", len(msgs))
	}
	got := string(msgs[0])
	for _, want := range []string{"Return-Path: <jan@example.test>\r\n", "Delivered-To: spoc@example.test\r\n", "Subject: koffie\r\n", "Hello.\r\n"} {
		if !strings.Contains(got, want) {
			t.Errorf("message = %q, want it to contain %q", got, want)
		}
	}
	if !strings.HasSuffix(got, string(raw)) {
		t.Errorf("message = %q, want it to end with the sent bytes", got)
	}
}

func TestPlusAddressing(t *testing.T) {
	s := start(t, Options{Domain: "example.test"})
	to := []string{"Spoc+Abc123@Example.Test", "spoc+@example.test"}
	if err := send(t, s.SMTPAddr, nil, "rianne@example.test", to, message("rianne@example.test", to[0], "akkoord")); err != nil {
		t.Fatalf("send() = %v", err)
	}
	msgs, err := s.Messages("spoc@example.test", "INBOX")
	if err != nil {
		t.Fatalf("Messages() = %v", err)
	}
	if len(msgs) != 2 {
		t.Fatalf("len(INBOX) = %d, want 2 (one per recipient)", len(msgs))
	}
	if !bytes.Contains(msgs[0], []byte("Delivered-To: Spoc+Abc123@Example.Test\r\n")) {
		t.Errorf("message = %q, want the plus address in Delivered-To", msgs[0])
	}
	if len(s.Outside()) != 0 {
		t.Errorf("Outside() = %v, want none", s.Outside())
	}
	// The plus address is not a login name.
	c, err := imapclient.DialInsecure(s.IMAPAddr, nil)
	if err != nil {
		t.Fatalf("DialInsecure() = %v", err)
	}
	defer c.Close()
	if err := c.Login("spoc+abc123@example.test", s.Password()).Wait(); err == nil {
		t.Errorf("Login(plus address) = nil, want an error")
	}
}

func TestSMTPHookRejects(t *testing.T) {
	var calls [][]string
	s := start(t, Options{
		Domain: "example.test",
		SMTPHook: func(from string, rcpts []string) error {
			calls = append(calls, append([]string{from}, rcpts...))
			if from == "fail@example.test" {
				return &smtp.SMTPError{Code: 451, EnhancedCode: smtp.EnhancedCode{4, 3, 0}, Message: "try again later"}
			}
			return nil
		},
	})
	err := send(t, s.SMTPAddr, nil, "fail@example.test", []string{"spoc@example.test", "x@example.net"}, message("fail@example.test", "spoc@example.test", "one"))
	var smtpErr *smtp.SMTPError
	if !errors.As(err, &smtpErr) || smtpErr.Code != 451 {
		t.Fatalf("send() = %v, want SMTP error 451", err)
	}
	if !smtpErr.Temporary() {
		t.Errorf("SMTPError.Temporary() = false, want true")
	}
	if err := send(t, s.SMTPAddr, nil, "ok@example.test", []string{"spoc@example.test"}, message("ok@example.test", "spoc@example.test", "two")); err != nil {
		t.Fatalf("send() = %v, want nil", err)
	}
	msgs, err := s.Messages("spoc@example.test", "INBOX")
	if err != nil {
		t.Fatalf("Messages() = %v", err)
	}
	if len(msgs) != 1 || !bytes.Contains(msgs[0], []byte("Subject: two")) {
		t.Errorf("INBOX = %q, want only message two", msgs)
	}
	if len(s.Outside()) != 0 {
		t.Errorf("Outside() = %v, want nothing from the rejected message", s.Outside())
	}
	want := [][]string{{"fail@example.test", "spoc@example.test", "x@example.net"}, {"ok@example.test", "spoc@example.test"}}
	if !slices.EqualFunc(calls, want, slices.Equal) {
		t.Errorf("hook calls = %v, want %v", calls, want)
	}
}

func TestOutsideRecorded(t *testing.T) {
	s := start(t, Options{Domain: "example.test", OtherDomains: []string{"example.net"}})
	raw := message("spoc@example.test", "spoc@leverancier.nl", "forward")
	to := []string{"spoc@leverancier.nl", "facilitair@example.test", "ssc@example.net", "b@other.org"}
	if err := send(t, s.SMTPAddr, nil, "", to, raw); err != nil {
		t.Fatalf("send() = %v", err)
	}
	out := s.Outside()
	if len(out) != 1 {
		t.Fatalf("len(Outside()) = %d, want 1", len(out))
	}
	if out[0].From != "" || !slices.Equal(out[0].To, []string{"spoc@leverancier.nl", "b@other.org"}) || !bytes.Equal(out[0].Raw, raw) {
		t.Errorf("Outside()[0] = {%q %v %q}, want {\"\" [spoc@leverancier.nl b@other.org] raw}", out[0].From, out[0].To, out[0].Raw)
	}
	// The copy is the caller's.
	out[0].To[0] = "changed"
	if s.Outside()[0].To[0] != "spoc@leverancier.nl" {
		t.Errorf("Outside() shares memory with the server")
	}
	for _, user := range []string{"facilitair@example.test", "ssc@example.net"} {
		msgs, err := s.Messages(user, "INBOX")
		if err != nil {
			t.Fatalf("Messages(%q) = %v", user, err)
		}
		if len(msgs) != 1 || !bytes.Contains(msgs[0], []byte("Return-Path: <>\r\n")) {
			t.Errorf("Messages(%q) = %q, want one message with an empty Return-Path", user, msgs)
		}
	}
}

func TestAuthPlain(t *testing.T) {
	s := start(t, Options{Password: "pw"})
	raw := message("a@example.test", "b@example.test", "auth")
	if err := send(t, s.SMTPAddr, sasl.NewPlainClient("", "a@example.test", "pw"), "a@example.test", []string{"b@example.test"}, raw); err != nil {
		t.Errorf("send with good password = %v, want nil", err)
	}
	err := send(t, s.SMTPAddr, sasl.NewPlainClient("", "a@example.test", "wrong"), "a@example.test", []string{"b@example.test"}, raw)
	var smtpErr *smtp.SMTPError
	if !errors.As(err, &smtpErr) || smtpErr.Code != 535 {
		t.Errorf("send with bad password = %v, want 535", err)
	}
}

func TestIMAPLogin(t *testing.T) {
	s := start(t, Options{Domain: "Example.Test", Password: "pw"})
	tests := []struct {
		user, pass string
		ok         bool
	}{
		{"spoc@example.test", "pw", true},
		{"SPOC@EXAMPLE.TEST", "pw", true},
		{"spoc@example.test", "wrong", false},
		{"spoc@example.org", "pw", false},
		{"spoc", "pw", false},
		{"@example.test", "pw", false},
		{"", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.user, func(t *testing.T) {
			c, err := imapclient.DialInsecure(s.IMAPAddr, nil)
			if err != nil {
				t.Fatalf("DialInsecure() = %v", err)
			}
			defer c.Close()
			err = c.Login(tt.user, tt.pass).Wait()
			if (err == nil) != tt.ok {
				t.Errorf("Login(%q, %q) = %v, want ok=%v", tt.user, tt.pass, err, tt.ok)
			}
		})
	}
}

func TestDeliverAndMessages(t *testing.T) {
	s := start(t, Options{})
	if s.Domain() != DefaultDomain || s.Password() != DefaultPassword {
		t.Errorf("defaults = %q %q, want %q %q", s.Domain(), s.Password(), DefaultDomain, DefaultPassword)
	}
	msgs, err := s.Messages("nobody@example.test", "INBOX")
	if err != nil || len(msgs) != 0 {
		t.Errorf("Messages(new user) = %d, %v; want 0, nil", len(msgs), err)
	}
	for i := range 3 {
		if err := s.Deliver("spoc+t@example.test", []byte(fmt.Sprintf("Subject: %d\r\n\r\nx\r\n", i))); err != nil {
			t.Fatalf("Deliver() = %v", err)
		}
	}
	msgs, err = s.Messages("spoc@example.test", "INBOX")
	if err != nil {
		t.Fatalf("Messages() = %v", err)
	}
	if len(msgs) != 3 {
		t.Fatalf("len(INBOX) = %d, want 3", len(msgs))
	}
	for i, m := range msgs {
		if want := fmt.Sprintf("Subject: %d\r\n\r\nx\r\n", i); string(m) != want {
			t.Errorf("message %d = %q, want %q", i, m, want)
		}
	}
	if err := s.Deliver("someone@elsewhere.org", []byte("x")); err == nil {
		t.Errorf("Deliver(outside) = nil, want error")
	}
	if _, err := s.Messages("spoc@example.test", "Nope"); err == nil {
		t.Errorf("Messages(missing mailbox) = nil error, want error")
	}
	if _, err := s.Messages("not an address", "INBOX"); err == nil {
		t.Errorf("Messages(bad address) = nil error, want error")
	}
}

// TestIMAPFeatures checks what spocd relies on: IDLE and MOVE advertised,
// keyword flags that stick, a Processed folder, UID MOVE, IDLE updates.
func TestIMAPFeatures(t *testing.T) {
	s := start(t, Options{})
	const user = "spoc@example.test"
	if err := s.Deliver(user, []byte("Subject: first\r\n\r\n1\r\n")); err != nil {
		t.Fatalf("Deliver() = %v", err)
	}

	newMessages := make(chan uint32, 10)
	c := login(t, s, user, &imapclient.Options{
		UnilateralDataHandler: &imapclient.UnilateralDataHandler{
			Mailbox: func(data *imapclient.UnilateralDataMailbox) {
				if data.NumMessages != nil {
					newMessages <- *data.NumMessages
				}
			},
		},
	})
	caps := c.Caps()
	for _, cp := range []imap.Cap{imap.CapIdle, imap.CapMove, imap.CapUIDPlus} {
		if !caps.Has(cp) {
			t.Errorf("Caps() lacks %v", cp)
		}
	}
	if err := c.Create("Processed", nil).Wait(); err != nil {
		t.Fatalf("Create(Processed) = %v", err)
	}
	sel, err := c.Select("INBOX", nil).Wait()
	if err != nil {
		t.Fatalf("Select() = %v", err)
	}
	if !slices.Contains(sel.PermanentFlags, imap.FlagWildcard) {
		t.Errorf("PermanentFlags = %v, want \\*", sel.PermanentFlags)
	}

	const keyword = imap.Flag("$SPOCdProcessed")
	uids := imap.UIDSetNum(1)
	if err := c.Store(uids, &imap.StoreFlags{Op: imap.StoreFlagsAdd, Flags: []imap.Flag{keyword}, Silent: true}, nil).Close(); err != nil {
		t.Fatalf("Store() = %v", err)
	}
	bufs, err := c.Fetch(uids, &imap.FetchOptions{Flags: true, UID: true}).Collect()
	if err != nil || len(bufs) != 1 {
		t.Fatalf("Fetch(flags) = %d, %v", len(bufs), err)
	}
	// imapmemserver reports flags in lower case (Dovecot keeps the case):
	// clients must compare flags case-insensitively, as IMAP says.
	if !slices.ContainsFunc(bufs[0].Flags, func(f imap.Flag) bool { return strings.EqualFold(string(f), string(keyword)) }) {
		t.Errorf("flags = %v, want %v", bufs[0].Flags, keyword)
	}
	// Unprocessed search, as the intake will do.
	search, err := c.UIDSearch(&imap.SearchCriteria{NotFlag: []imap.Flag{keyword}}, nil).Wait()
	if err != nil {
		t.Fatalf("UIDSearch() = %v", err)
	}
	if got := search.AllUIDs(); len(got) != 0 {
		t.Errorf("UIDSearch(unkeyworded) = %v, want none", got)
	}

	// IDLE sees a new delivery.
	idle, err := c.Idle()
	if err != nil {
		t.Fatalf("Idle() = %v", err)
	}
	if err := send(t, s.SMTPAddr, nil, "jan@example.test", []string{"spoc+x@example.test"}, message("jan@example.test", user, "second")); err != nil {
		t.Fatalf("send() = %v", err)
	}
	select {
	case n := <-newMessages:
		if n != 2 {
			t.Errorf("IDLE EXISTS = %d, want 2", n)
		}
	case <-time.After(5 * time.Second):
		t.Errorf("no EXISTS update during IDLE within 5s")
	}
	if err := idle.Close(); err != nil {
		t.Fatalf("idle.Close() = %v", err)
	}
	if err := idle.Wait(); err != nil {
		t.Fatalf("idle.Wait() = %v", err)
	}

	if _, err := c.Move(uids, "Processed").Wait(); err != nil {
		t.Fatalf("Move() = %v", err)
	}
	processed, err := s.Messages(user, "Processed")
	if err != nil {
		t.Fatalf("Messages(Processed) = %v", err)
	}
	if len(processed) != 1 || !bytes.Contains(processed[0], []byte("Subject: first")) {
		t.Errorf("Processed = %q, want the first message", processed)
	}
	inbox, err := s.Messages(user, "INBOX")
	if err != nil {
		t.Fatalf("Messages(INBOX) = %v", err)
	}
	if len(inbox) != 1 || !bytes.Contains(inbox[0], []byte("Subject: second")) {
		t.Errorf("INBOX = %q, want the second message only", inbox)
	}
}

func TestSplitAddress(t *testing.T) {
	tests := []struct {
		in, local, domain string
		ok                bool
	}{
		{"spoc@example.test", "spoc", "example.test", true},
		{"<Spoc+X@Example.Test>", "spoc+x", "example.test", true},
		{" a@b ", "a", "b", true},
		{"a@b@c", "a@b", "c", true},
		{"", "", "", false},
		{"@", "", "", false},
		{"a@", "", "", false},
		{"@b", "", "", false},
		{"<>", "", "", false},
		{"a b@c", "", "", false},
		{"a@c\r\nX: y", "", "", false},
		{"\x00@x\xff", "\x00", "x\ufffd", true},
	}
	for _, tt := range tests {
		local, domain, ok := splitAddress(tt.in)
		if local != tt.local || domain != tt.domain || ok != tt.ok {
			t.Errorf("splitAddress(%q) = %q, %q, %v; want %q, %q, %v", tt.in, local, domain, ok, tt.local, tt.domain, tt.ok)
		}
	}
}

func TestCloseTwice(t *testing.T) {
	s, err := Start(Options{})
	if err != nil {
		t.Fatalf("Start() = %v", err)
	}
	if err := s.Close(); err != nil {
		t.Errorf("Close() = %v", err)
	}
	if err := s.Close(); err != nil {
		t.Errorf("second Close() = %v", err)
	}
	if _, err := smtp.Dial(s.SMTPAddr); err == nil {
		t.Errorf("smtp.Dial() after Close = nil error, want refused")
	}
}

// TestIdleRace delivers right as IDLE starts, many times: every delivery must
// be reported during that IDLE (imapmemserver's own Idle could miss it).
func TestIdleRace(t *testing.T) {
	s := start(t, Options{})
	const user = "race@example.test"
	exists := make(chan uint32, 100)
	c := login(t, s, user, &imapclient.Options{
		UnilateralDataHandler: &imapclient.UnilateralDataHandler{
			Mailbox: func(data *imapclient.UnilateralDataMailbox) {
				if data.NumMessages != nil {
					exists <- *data.NumMessages
				}
			},
		},
	})
	if _, err := c.Select("INBOX", nil).Wait(); err != nil {
		t.Fatalf("Select() = %v", err)
	}
	for i := 1; i <= 50; i++ {
		idle, err := c.Idle()
		if err != nil {
			t.Fatalf("Idle() = %v", err)
		}
		if err := s.Deliver(user, []byte("Subject: race\r\n\r\nx\r\n")); err != nil {
			t.Fatalf("Deliver() = %v", err)
		}
		select {
		case n := <-exists:
			if n != uint32(i) {
				t.Errorf("round %d: EXISTS %d, want %d", i, n, i)
			}
		case <-time.After(2 * time.Second):
			t.Fatalf("round %d: no EXISTS within 2s", i)
		}
		if err := idle.Close(); err != nil {
			t.Fatalf("idle.Close() = %v", err)
		}
		if err := idle.Wait(); err != nil {
			t.Fatalf("idle.Wait() = %v", err)
		}
	}
}

// TestIdleOtherSession: an APPEND from another connection reaches an idling
// client too (within the recheck interval).
func TestIdleOtherSession(t *testing.T) {
	s := start(t, Options{})
	const user = "other@example.test"
	exists := make(chan uint32, 10)
	c := login(t, s, user, &imapclient.Options{
		UnilateralDataHandler: &imapclient.UnilateralDataHandler{
			Mailbox: func(data *imapclient.UnilateralDataMailbox) {
				if data.NumMessages != nil {
					exists <- *data.NumMessages
				}
			},
		},
	})
	if _, err := c.Select("INBOX", nil).Wait(); err != nil {
		t.Fatalf("Select() = %v", err)
	}
	idle, err := c.Idle()
	if err != nil {
		t.Fatalf("Idle() = %v", err)
	}
	other := login(t, s, user, nil)
	raw := []byte("Subject: appended\r\n\r\nx\r\n")
	app := other.Append("INBOX", int64(len(raw)), nil)
	if _, err := app.Write(raw); err != nil {
		t.Fatalf("Append.Write() = %v", err)
	}
	if err := app.Close(); err != nil {
		t.Fatalf("Append.Close() = %v", err)
	}
	if _, err := app.Wait(); err != nil {
		t.Fatalf("Append.Wait() = %v", err)
	}
	select {
	case n := <-exists:
		if n != 1 {
			t.Errorf("EXISTS %d, want 1", n)
		}
	case <-time.After(3 * time.Second):
		t.Fatalf("no EXISTS within 3s after another session's APPEND")
	}
	if err := idle.Close(); err != nil {
		t.Fatalf("idle.Close() = %v", err)
	}
	if err := idle.Wait(); err != nil {
		t.Fatalf("idle.Wait() = %v", err)
	}
}

// TestIdleWithoutSelect must not crash the server (imapmemserver's own Idle
// dereferences the missing mailbox).
func TestIdleWithoutSelect(t *testing.T) {
	s := start(t, Options{})
	c := login(t, s, "noselect@example.test", nil)
	idle, err := c.Idle()
	if err != nil {
		t.Fatalf("Idle() = %v", err)
	}
	if err := idle.Close(); err != nil {
		t.Fatalf("idle.Close() = %v", err)
	}
	if err := idle.Wait(); err != nil {
		t.Fatalf("idle.Wait() = %v", err)
	}
	if err := c.Noop().Wait(); err != nil {
		t.Errorf("Noop() after IDLE = %v", err)
	}
}
