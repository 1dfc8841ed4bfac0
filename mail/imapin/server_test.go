package imapin

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"errors"
	"fmt"
	"math/big"
	"net"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"
	"github.com/emersion/go-sasl"
)

const (
	testUser     = "spoc@example.org"
	testPassword = "secret"
	testToken    = "good-token"
)

// testServer is an in-process IMAP server (imapserver + imapmemserver).
type testServer struct {
	addr string
	user *imapmemserver.User
}

type serverOptions struct {
	caps      imap.CapSet // default IMAP4rev1 + MOVE
	implicit  bool        // serve implicit TLS
	startTLS  bool        // offer STARTTLS
	folders   []string    // extra mailboxes besides INBOX
	noInsecAu bool        // refuse LOGIN without TLS
}

func newTestServer(t testing.TB, o serverOptions) *testServer {
	t.Helper()
	mem := imapmemserver.New()
	user := imapmemserver.NewUser(testUser, testPassword)
	for _, name := range append([]string{"INBOX"}, o.folders...) {
		if err := user.Create(name, nil); err != nil {
			t.Fatalf("Create(%q) = %v", name, err)
		}
	}
	mem.AddUser(user)

	caps := o.caps
	if caps == nil {
		caps = imap.CapSet{imap.CapIMAP4rev1: {}, imap.CapMove: {}}
	}
	var tlsCfg *tls.Config
	if o.implicit || o.startTLS {
		tlsCfg = &tls.Config{Certificates: []tls.Certificate{testCert(t)}}
	}
	opts := &imapserver.Options{
		NewSession: func(*imapserver.Conn) (imapserver.Session, *imapserver.GreetingData, error) {
			return &saslSession{Session: mem.NewSession()}, nil, nil
		},
		Caps:         caps,
		InsecureAuth: !o.noInsecAu,
		Logger:       tLogger{t},
	}
	if o.startTLS {
		opts.TLSConfig = tlsCfg
	}
	srv := imapserver.New(opts)

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("Listen() = %v", err)
	}
	if o.implicit {
		ln = tls.NewListener(ln, tlsCfg)
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = srv.Serve(ln)
	}()
	t.Cleanup(func() {
		srv.Close()
		<-done
	})
	return &testServer{addr: ln.Addr().String(), user: user}
}

type discardLogger struct{}

func (discardLogger) Printf(string, ...any) {}

// saslSession adds SASL XOAUTH2 to the memory server's session.
type saslSession struct {
	imapserver.Session
}

// Move forwards to the memory server (embedding hides its optional interfaces).
func (s *saslSession) Move(w *imapserver.MoveWriter, numSet imap.NumSet, dest string) error {
	return s.Session.(imapserver.SessionMove).Move(w, numSet, dest)
}

func (s *saslSession) AuthenticateMechanisms() []string { return []string{"PLAIN", "XOAUTH2"} }

func (s *saslSession) Authenticate(mech string) (sasl.Server, error) {
	switch mech {
	case "PLAIN":
		return sasl.NewPlainServer(func(identity, username, password string) error {
			return s.Login(username, password)
		}), nil
	case "XOAUTH2":
		return xoauth2Server(func(user, token string) error {
			if token != testToken {
				return imapserver.ErrAuthFailed
			}
			return s.Login(user, testPassword)
		}), nil
	}
	return nil, fmt.Errorf("unsupported mechanism %q", mech)
}

type xoauth2Server func(user, token string) error

func (f xoauth2Server) Next(resp []byte) ([]byte, bool, error) {
	if resp == nil {
		return []byte{}, false, nil // ask for the initial response
	}
	var user, token string
	for _, field := range strings.Split(string(resp), "\x01") {
		if v, ok := strings.CutPrefix(field, "user="); ok {
			user = v
		}
		if v, ok := strings.CutPrefix(field, "auth=Bearer "); ok {
			token = v
		}
	}
	return nil, true, f(user, token)
}

func testCert(t testing.TB) tls.Certificate {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatalf("GenerateKey() = %v", err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1),
		Subject:      pkix.Name{CommonName: "localhost"},
		DNSNames:     []string{"localhost"},
		IPAddresses:  []net.IP{net.IPv4(127, 0, 0, 1)},
		NotBefore:    time.Now().Add(-time.Hour),
		NotAfter:     time.Now().Add(time.Hour),
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatalf("CreateCertificate() = %v", err)
	}
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key}
}

// config returns a working plain-text Config for the server.
func (ts *testServer) config() Config {
	return Config{
		Addr:        ts.addr,
		TLS:         TLSNone,
		Username:    testUser,
		Password:    testPassword,
		DialTimeout: 5 * time.Second,
		IOTimeout:   5 * time.Second,
	}
}

// appendMessages stores n test messages in mailbox directly on the server.
func (ts *testServer) appendMessages(t testing.TB, mailbox string, n int) [][]byte {
	t.Helper()
	var msgs [][]byte
	for i := 0; i < n; i++ {
		raw := testMessage(i, "Hello number "+fmt.Sprint(i))
		ts.appendRaw(t, mailbox, raw)
		msgs = append(msgs, raw)
	}
	return msgs
}

func (ts *testServer) appendRaw(t testing.TB, mailbox string, raw []byte) {
	t.Helper()
	if _, err := ts.user.Append(mailbox, bytes.NewReader(raw), &imap.AppendOptions{Time: time.Now()}); err != nil {
		t.Fatalf("Append(%q) = %v", mailbox, err)
	}
}

func testMessage(i int, body string) []byte {
	return []byte(fmt.Sprintf("From: Piet <piet%d@example.org>\r\n"+
		"To: spoc@example.org\r\n"+
		"Subject: Request %d\r\n"+
		"Message-ID: <msg%d@example.org>\r\n"+
		"Date: Mon, 02 Mar 2026 10:00:00 +0100\r\n"+
		"Content-Type: text/plain; charset=utf-8\r\n"+
		"\r\n%s\r\n", i, i, i, body))
}

// flagsOf reads the flags of uid in mailbox with a plain imapclient, to check
// the server side independently of the code under test.
func (ts *testServer) flagsOf(t testing.TB, mailbox string, uid uint32) []imap.Flag {
	t.Helper()
	c, err := imapclient.DialInsecure(ts.addr, nil)
	if err != nil {
		t.Fatalf("DialInsecure() = %v", err)
	}
	defer c.Close()
	if err := c.Login(testUser, testPassword).Wait(); err != nil {
		t.Fatalf("Login() = %v", err)
	}
	if _, err := c.Select(mailbox, &imap.SelectOptions{ReadOnly: true}).Wait(); err != nil {
		t.Fatalf("Select(%q) = %v", mailbox, err)
	}
	msgs, err := c.Fetch(imap.UIDSetNum(imap.UID(uid)), &imap.FetchOptions{Flags: true}).Collect()
	if err != nil {
		t.Fatalf("Fetch(flags) = %v", err)
	}
	if len(msgs) != 1 {
		t.Fatalf("Fetch(uid %d in %s) returned %d messages, want 1", uid, mailbox, len(msgs))
	}
	return msgs[0].Flags
}

// count returns the number of messages in mailbox.
func (ts *testServer) count(t testing.TB, mailbox string) uint32 {
	t.Helper()
	data, err := ts.user.Status(mailbox, &imap.StatusOptions{NumMessages: true})
	if err != nil {
		t.Fatalf("Status(%q) = %v", mailbox, err)
	}
	return *data.NumMessages
}

func dialTest(t testing.TB, cfg Config) *Session {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	s, err := Dial(ctx, cfg)
	if err != nil {
		t.Fatalf("Dial() = %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// collect runs Fetch (or FetchUIDs) and returns the batches.
func collect(t testing.TB, run func(fn func([]Fetched) error) error) [][]Fetched {
	t.Helper()
	var batches [][]Fetched
	if err := run(func(b []Fetched) error {
		// The batch and its bodies are Fetch's again once fn returns: keep copies.
		kept := slices.Clone(b)
		for i := range kept {
			kept[i].Raw = bytes.Clone(kept[i].Raw)
		}
		batches = append(batches, kept)
		return nil
	}); err != nil {
		t.Fatalf("fetch = %v", err)
	}
	return batches
}

func flatten(batches [][]Fetched) []Fetched {
	var out []Fetched
	for _, b := range batches {
		out = append(out, b...)
	}
	return out
}

func uidsOf(msgs []Fetched) []uint32 {
	out := []uint32{}
	for _, m := range msgs {
		out = append(out, m.UID)
	}
	return out
}

func hasFlagT(flags []imap.Flag, f string) bool { return hasFlag(flags, f) }

var errStop = errors.New("stop")

// closedAddr returns a loopback address where nothing listens.
func closedAddr(t testing.TB) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("Listen() = %v", err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr
}

type tLogger struct{ t testing.TB }

func (l tLogger) Printf(f string, a ...any) { l.t.Logf("imapserver: "+f, a...) }

func TestInternalDates(t *testing.T) {
	ts := newTestServer(t, serverOptions{})
	ts.appendMessages(t, "INBOX", 3)
	s := dialTest(t, ts.config())
	dates, err := s.InternalDates(context.Background(), []uint32{1, 3, 99})
	if err != nil {
		t.Fatal(err)
	}
	if len(dates) != 2 || dates[1].IsZero() || dates[3].IsZero() || time.Since(dates[3]) > time.Hour {
		t.Fatalf("InternalDates = %v", dates)
	}
}
