// Package e2e is the harness for spocd's end-to-end tests: real mail servers
// (Dovecot + Postfix started by .ci/mailservers.sh, or the in-process
// mail/memserver), the spocd binary, and helpers to send mail and read
// mailboxes.
//
// Tests against the real servers call Load: without SPOCD_E2E they skip;
// with SPOCD_E2E set but the servers unreachable they fail. Tests that should
// run in a plain `go test` use StartMem, which gives the same Env backed by
// an in-process server.
package e2e

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-smtp"

	"github.com/spocd/spocd/mail/memserver"
)

// Environment variables read by Load (written by .ci/mailservers.sh to DIR/env).
const (
	EnvEnable   = "SPOCD_E2E"          // non-empty and not "0": run end-to-end tests
	EnvIMAP     = "SPOCD_E2E_IMAP"     // 127.0.0.1:14143
	EnvSMTP     = "SPOCD_E2E_SMTP"     // 127.0.0.1:14025
	EnvPassword = "SPOCD_E2E_PASSWORD" // default "secret"
	EnvDomain   = "SPOCD_E2E_DOMAIN"   // default "example.test"
)

// dialTimeout bounds every connection the harness opens.
const dialTimeout = 10 * time.Second

// Env describes a mail setup where every address in Domain exists, logs in
// with its full address and Password, and receives mail sent to SMTPAddr
// (plus addressing: local+tag@Domain lands in local@Domain's INBOX). The
// Dovecot setup also treats example.net (the supplier side) as local.
type Env struct {
	IMAPAddr, SMTPAddr, Password, Domain string
}

// Load reads the SPOCD_E2E* variables. Without SPOCD_E2E it skips the test;
// with SPOCD_E2E set it fails the test when a variable is missing or a server
// does not answer.
func Load(t testing.TB) Env {
	t.Helper()
	if v := os.Getenv(EnvEnable); v == "" || v == "0" {
		t.Skipf("end-to-end test: set %s=1 and the %s* variables (see .ci/run)", EnvEnable, EnvEnable)
	}
	e := Env{
		IMAPAddr: os.Getenv(EnvIMAP),
		SMTPAddr: os.Getenv(EnvSMTP),
		Password: os.Getenv(EnvPassword),
		Domain:   os.Getenv(EnvDomain),
	}
	if e.Password == "" {
		e.Password = memserver.DefaultPassword
	}
	if e.Domain == "" {
		e.Domain = memserver.DefaultDomain
	}
	if e.IMAPAddr == "" || e.SMTPAddr == "" {
		t.Fatalf("e2e: %s is set but %s=%q and %s=%q; both are needed", EnvEnable, EnvIMAP, e.IMAPAddr, EnvSMTP, e.SMTPAddr)
	}
	for _, addr := range []string{e.IMAPAddr, e.SMTPAddr} {
		conn, err := net.DialTimeout("tcp", addr, dialTimeout)
		if err != nil {
			t.Fatalf("e2e: mail server %s unreachable (start it with .ci/mailservers.sh start DIR): %v", addr, err)
		}
		conn.Close()
	}
	return e
}

// FromMemServer returns the Env of a running memserver.
func FromMemServer(s *memserver.Server) Env {
	return Env{IMAPAddr: s.IMAPAddr, SMTPAddr: s.SMTPAddr, Password: s.Password(), Domain: s.Domain()}
}

// StartMem starts a memserver for the test, closed when the test ends, and
// returns its Env. opts.Domain defaults to example.test and OtherDomains to
// example.net, like the Dovecot setup.
func StartMem(t testing.TB, opts memserver.Options) (Env, *memserver.Server) {
	t.Helper()
	if opts.OtherDomains == nil {
		opts.OtherDomains = []string{"example.net"}
	}
	s, err := memserver.Start(opts)
	if err != nil {
		t.Fatalf("e2e: start memserver: %v", err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("e2e: close memserver: %v", err)
		}
	})
	return FromMemServer(s), s
}

// Addr returns local@Domain.
func (e Env) Addr(local string) string { return local + "@" + e.Domain }

var uniqueSeq atomic.Uint64

// Unique returns an address in Domain that no other test, test run or
// process has used, such as "tmailflow-1a2b3c4d1-spoc@example.test", so tests
// sharing one Dovecot never see each other's mail. The test name is part of
// it to ease reading the server logs.
func (e Env) Unique(t testing.TB, local string) string {
	t.Helper()
	var b [4]byte
	if _, err := rand.Read(b[:]); err != nil {
		t.Fatalf("e2e: random: %v", err)
	}
	return fmt.Sprintf("t%s-%s%d-%s@%s", testSlug(t.Name()), hex.EncodeToString(b[:]), uniqueSeq.Add(1), local, e.Domain)
}

// testSlug keeps up to 16 lower-case letters and digits of a test name.
func testSlug(name string) string {
	var sb strings.Builder
	for _, r := range strings.ToLower(strings.TrimPrefix(name, "Test")) {
		if sb.Len() >= 16 {
			break
		}
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

// TrySend submits raw over SMTP without TLS or authentication (the servers
// accept mail from loopback) and returns the server's error, e.g. an
// *smtp.SMTPError.
func (e Env) TrySend(from string, to []string, raw []byte) error {
	conn, err := net.DialTimeout("tcp", e.SMTPAddr, dialTimeout)
	if err != nil {
		return fmt.Errorf("e2e: send: dial %s: %w", e.SMTPAddr, err)
	}
	c := smtp.NewClient(conn)
	defer c.Close()
	c.CommandTimeout = time.Minute
	c.SubmissionTimeout = time.Minute
	if err := c.SendMail(from, to, bytes.NewReader(raw)); err != nil {
		return fmt.Errorf("e2e: send from %q to %v: %w", from, to, err)
	}
	if err := c.Quit(); err != nil {
		return fmt.Errorf("e2e: send: quit: %w", err)
	}
	return nil
}

// Send submits raw over SMTP and fails the test on any error.
func (e Env) Send(t testing.TB, from string, to []string, raw []byte) {
	t.Helper()
	if err := e.TrySend(from, to, raw); err != nil {
		t.Fatal(err)
	}
}

// Message is one message of a mailbox as Fetch returns it.
type Message struct {
	UID   uint32
	Flags []string
	Raw   []byte
}

// HasFlag reports whether the message carries flag, compared
// case-insensitively (imapmemserver lower-cases keywords, Dovecot does not).
func (m Message) HasFlag(flag string) bool {
	for _, f := range m.Flags {
		if strings.EqualFold(f, flag) {
			return true
		}
	}
	return false
}

// Header returns the first value of a header field in the raw message, or ""
// (a plain scan of the header block, enough for test assertions).
func (m Message) Header(name string) string {
	return headerValue(m.Raw, name)
}

// Mailbox returns the raw bytes of every message in a user's mailbox, read
// without setting \Seen. A mailbox that does not exist fails the test.
func (e Env) Mailbox(t testing.TB, user, mailbox string) [][]byte {
	t.Helper()
	msgs := e.Fetch(t, user, mailbox)
	out := make([][]byte, len(msgs))
	for i, m := range msgs {
		out[i] = m.Raw
	}
	return out
}

// Fetch returns every message of a user's mailbox with UID and flags.
func (e Env) Fetch(t testing.TB, user, mailbox string) []Message {
	t.Helper()
	msgs, err := e.fetch(user, mailbox)
	if err != nil {
		t.Fatal(err)
	}
	return msgs
}

// WaitCount polls a user's mailbox until it holds at least n messages and
// returns them; after timeout it fails the test. A mailbox that does not
// exist yet counts as empty.
func (e Env) WaitCount(t testing.TB, user, mailbox string, n int, timeout time.Duration) [][]byte {
	t.Helper()
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	for {
		msgs, err := e.fetch(user, mailbox)
		if err != nil && !isNonExistent(err) {
			t.Fatal(err)
		}
		if len(msgs) >= n {
			out := make([][]byte, len(msgs))
			for i, m := range msgs {
				out[i] = m.Raw
			}
			return out
		}
		select {
		case <-deadline.C:
			t.Fatalf("e2e: %s %s holds %d messages after %v, want at least %d", user, mailbox, len(msgs), timeout, n)
			return nil
		case <-tick.C:
		}
	}
}

// ErrNoMailbox is returned (wrapped) when the mailbox to read does not exist.
var ErrNoMailbox = errors.New("mailbox does not exist")

func isNonExistent(err error) bool { return errors.Is(err, ErrNoMailbox) }

// login opens an IMAP connection logged in as user.
func (e Env) login(user string, opts *imapclient.Options) (*imapclient.Client, error) {
	conn, err := net.DialTimeout("tcp", e.IMAPAddr, dialTimeout)
	if err != nil {
		return nil, fmt.Errorf("e2e: imap dial %s: %w", e.IMAPAddr, err)
	}
	c := imapclient.New(conn, opts)
	if err := c.Login(user, e.Password).Wait(); err != nil {
		c.Close()
		return nil, fmt.Errorf("e2e: imap login %q: %w", user, err)
	}
	return c, nil
}

// IMAP returns a client logged in as user, closed when the test ends, for
// checks the other helpers do not cover. opts may be nil.
func (e Env) IMAP(t testing.TB, user string, opts *imapclient.Options) *imapclient.Client {
	t.Helper()
	c, err := e.login(user, opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// Append stores messages straight into a user's mailbox over IMAP (no SMTP,
// no Return-Path added), creating the mailbox when missing: the fast way to
// fill a mailbox for a benchmark or a first-import test.
func (e Env) Append(t testing.TB, user, mailbox string, raws ...[]byte) {
	t.Helper()
	c, err := e.login(user, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if mailbox != "INBOX" {
		if list, err := c.List("", mailbox, nil).Collect(); err != nil {
			t.Fatalf("e2e: list %q of %q: %v", mailbox, user, err)
		} else if len(list) == 0 {
			if err := c.Create(mailbox, nil).Wait(); err != nil {
				t.Fatalf("e2e: create %q of %q: %v", mailbox, user, err)
			}
		}
	}
	for i, raw := range raws {
		cmd := c.Append(mailbox, int64(len(raw)), nil)
		_, werr := cmd.Write(raw)
		cerr := cmd.Close()
		if _, err := cmd.Wait(); err != nil || werr != nil || cerr != nil {
			t.Fatalf("e2e: append message %d to %q of %q: %v", i, mailbox, user, errors.Join(err, werr, cerr))
		}
	}
	_ = c.Logout().Wait()
}

// fetch logs in as user and reads mailbox read-only (EXAMINE, BODY.PEEK[]).
func (e Env) fetch(user, mailbox string) ([]Message, error) {
	c, err := e.login(user, nil)
	if err != nil {
		return nil, err
	}
	defer c.Close()
	sel, err := c.Select(mailbox, &imap.SelectOptions{ReadOnly: true}).Wait()
	if err != nil {
		// Dovecot 2.3 answers a missing mailbox without [NONEXISTENT]: ask LIST.
		if list, lerr := c.List("", mailbox, nil).Collect(); lerr == nil && len(list) == 0 {
			return nil, fmt.Errorf("e2e: examine %q of %q: %w (%v)", mailbox, user, ErrNoMailbox, err)
		}
		return nil, fmt.Errorf("e2e: examine %q of %q: %w", mailbox, user, err)
	}
	msgs := []Message{}
	if sel.NumMessages > 0 {
		section := &imap.FetchItemBodySection{Peek: true}
		var seq imap.SeqSet
		seq.AddRange(1, 0) // 1:*
		bufs, err := c.Fetch(seq, &imap.FetchOptions{
			UID:         true,
			Flags:       true,
			BodySection: []*imap.FetchItemBodySection{section},
		}).Collect()
		if err != nil {
			return nil, fmt.Errorf("e2e: fetch %q of %q: %w", mailbox, user, err)
		}
		for _, b := range bufs {
			m := Message{UID: uint32(b.UID), Raw: b.FindBodySection(section)}
			for _, f := range b.Flags {
				m.Flags = append(m.Flags, string(f))
			}
			msgs = append(msgs, m)
		}
	}
	_ = c.Logout().Wait()
	return msgs, nil
}

// headerValue scans the header block of raw for name (case-insensitive),
// unfolding continuation lines. It never fails: broken input gives "".
func headerValue(raw []byte, name string) string {
	lines := strings.Split(strings.ReplaceAll(string(raw), "\r\n", "\n"), "\n")
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		if line == "" {
			return ""
		}
		k, v, ok := strings.Cut(line, ":")
		if !ok || !strings.EqualFold(strings.TrimSpace(k), name) || strings.HasPrefix(k, " ") || strings.HasPrefix(k, "\t") {
			continue
		}
		for i+1 < len(lines) && (strings.HasPrefix(lines[i+1], " ") || strings.HasPrefix(lines[i+1], "\t")) {
			i++
			v += " " + strings.TrimSpace(lines[i])
		}
		return strings.TrimSpace(v)
	}
	return ""
}
