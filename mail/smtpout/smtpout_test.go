package smtpout

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
	"io"
	"log"
	"math/big"
	"net"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

// received is one message as the test server saw it.
type received struct {
	from string
	to   []string
	data []byte
}

// backend is a go-smtp backend whose behaviour each test sets.
type backend struct {
	user, pass string // when set, AUTH is offered and required
	token      string // XOAUTH2 bearer token accepted

	mailErr  error
	rcptErr  map[string]error
	dataErr  error
	dropData bool          // close the connection after reading DATA, before the reply
	hold     chan struct{} // block in Data until closed

	mu    sync.Mutex
	msgs  []received
	conns []*smtp.Conn
}

func (b *backend) NewSession(c *smtp.Conn) (smtp.Session, error) {
	b.mu.Lock()
	b.conns = append(b.conns, c)
	b.mu.Unlock()
	return &session{b: b, c: c}, nil
}

func (b *backend) messages() []received {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]received(nil), b.msgs...)
}

type session struct {
	b      *backend
	c      *smtp.Conn
	authed bool
	cur    received
}

func (s *session) AuthMechanisms() []string {
	if s.b.user == "" && s.b.token == "" {
		return nil
	}
	return []string{"PLAIN", "LOGIN", "XOAUTH2"}
}

func (s *session) Auth(mech string) (sasl.Server, error) {
	check := func(user, pass string) error {
		if user != s.b.user || pass != s.b.pass {
			return smtp.ErrAuthFailed
		}
		s.authed = true
		return nil
	}
	switch mech {
	case "PLAIN":
		return sasl.NewPlainServer(func(_, user, pass string) error { return check(user, pass) }), nil
	case "LOGIN":
		return &loginServer{check: check}, nil
	case "XOAUTH2":
		return &xoauth2Server{s: s}, nil
	}
	return nil, smtp.ErrAuthUnknownMechanism
}

func (s *session) Mail(from string, _ *smtp.MailOptions) error {
	if (s.b.user != "" || s.b.token != "") && !s.authed {
		return smtp.ErrAuthRequired
	}
	s.b.mu.Lock()
	mailErr := s.b.mailErr
	s.b.mu.Unlock()
	if mailErr != nil {
		return mailErr
	}
	s.cur = received{from: from}
	return nil
}

func (s *session) Rcpt(to string, _ *smtp.RcptOptions) error {
	s.b.mu.Lock()
	err := s.b.rcptErr[to]
	s.b.mu.Unlock()
	if err != nil {
		return err
	}
	s.cur.to = append(s.cur.to, to)
	return nil
}

func (s *session) Data(r io.Reader) error {
	data, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	s.b.mu.Lock()
	hold, dropData, dataErr := s.b.hold, s.b.dropData, s.b.dataErr
	s.b.mu.Unlock()
	if hold != nil {
		<-hold
	}
	if dropData {
		_ = s.c.Conn().Close()
		return nil
	}
	if dataErr != nil {
		return dataErr
	}
	s.cur.data = data
	s.b.mu.Lock()
	s.b.msgs = append(s.b.msgs, s.cur)
	s.b.mu.Unlock()
	return nil
}

func (s *session) Reset()        { s.cur = received{} }
func (s *session) Logout() error { return nil }

type loginServer struct {
	check func(user, pass string) error
	step  int
	user  string
}

func (l *loginServer) Next(resp []byte) ([]byte, bool, error) {
	switch l.step {
	case 0:
		l.step++
		return []byte("Username:"), false, nil
	case 1:
		l.step++
		l.user = string(resp)
		return []byte("Password:"), false, nil
	default:
		return nil, true, l.check(l.user, string(resp))
	}
}

type xoauth2Server struct{ s *session }

func (x *xoauth2Server) Next(resp []byte) ([]byte, bool, error) {
	want := "user=" + x.s.b.user + "\x01auth=Bearer " + x.s.b.token + "\x01\x01"
	if string(resp) != want {
		return nil, true, smtp.ErrAuthFailed
	}
	x.s.authed = true
	return nil, true, nil
}

// countingListener counts accepted connections.
type countingListener struct {
	net.Listener
	n atomic.Int32
}

func (l *countingListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err == nil {
		l.n.Add(1)
	}
	return c, err
}

type testServer struct {
	addr string
	ln   *countingListener
	be   *backend
}

// mode: "plain" (no TLS), "starttls" or "implicit".
func startServer(t *testing.T, be *backend, mode string) *testServer {
	t.Helper()
	srv := smtp.NewServer(be)
	srv.Domain = "localhost"
	srv.AllowInsecureAuth = true
	srv.ErrorLog = log.New(io.Discard, "", 0)
	srv.ReadTimeout = 10 * time.Second
	srv.WriteTimeout = 10 * time.Second
	var inner net.Listener
	var err error
	switch mode {
	case "plain":
		inner, err = net.Listen("tcp", "127.0.0.1:0")
	case "starttls":
		srv.TLSConfig = selfSigned(t)
		inner, err = net.Listen("tcp", "127.0.0.1:0")
	case "implicit":
		inner, err = tls.Listen("tcp", "127.0.0.1:0", selfSigned(t))
	}
	if err != nil {
		t.Fatalf("listen: %v", err)
	}
	ln := &countingListener{Listener: inner}
	go func() { _ = srv.Serve(ln) }()
	t.Cleanup(func() { _ = srv.Close() })
	return &testServer{addr: ln.Addr().String(), ln: ln, be: be}
}

func selfSigned(t *testing.T) *tls.Config {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1),
		Subject:      pkix.Name{CommonName: "localhost"},
		DNSNames:     []string{"localhost"},
		IPAddresses:  []net.IP{net.ParseIP("127.0.0.1")},
		NotBefore:    time.Now().Add(-time.Hour),
		NotAfter:     time.Now().Add(time.Hour),
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	return &tls.Config{Certificates: []tls.Certificate{{Certificate: [][]byte{der}, PrivateKey: key}}}
}

func newSender(t *testing.T, cfg Config) *Sender {
	t.Helper()
	if cfg.Timeout == 0 {
		cfg.Timeout = 5 * time.Second
	}
	s, err := New(cfg)
	if err != nil {
		t.Fatalf("New() error = %v", err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

var rawMail = []byte("From: <spoc@gemeente.example>\r\nTo: <jan@gemeente.example>\r\n" +
	"Subject: [SPOC-0042] test\r\nMessage-ID: <spocd.x@gemeente.example>\r\n\r\n" +
	"Hallo,\r\n.leading dot line\r\n..two dots\r\nlast line without newline")

func TestSendBytesUnchanged(t *testing.T) {
	for _, mode := range []string{"plain", "starttls", "implicit"} {
		t.Run(mode, func(t *testing.T) {
			be := &backend{}
			ts := startServer(t, be, mode)
			tlsMode := map[string]string{"plain": TLSNone, "starttls": TLSStartTLS, "implicit": TLSImplicit}[mode]
			s := newSender(t, Config{Addr: ts.addr, TLS: tlsMode, InsecureSkipVerify: true, HELO: "spocd.test"})
			err := s.Send(context.Background(), "spoc@gemeente.example", []string{"jan@gemeente.example"}, rawMail)
			if err != nil {
				t.Fatalf("Send() error = %v", err)
			}
			msgs := be.messages()
			if len(msgs) != 1 {
				t.Fatalf("server got %d messages, want 1", len(msgs))
			}
			// The dot-stuffing round trip adds a final CRLF to a message without one.
			want := append(append([]byte(nil), rawMail...), "\r\n"...)
			if !bytes.Equal(msgs[0].data, want) {
				t.Errorf("data = %q, want %q", msgs[0].data, want)
			}
			if msgs[0].from != "spoc@gemeente.example" || strings.Join(msgs[0].to, ",") != "jan@gemeente.example" {
				t.Errorf("envelope = %q -> %v", msgs[0].from, msgs[0].to)
			}
		})
	}
}

func TestSendErrors(t *testing.T) {
	tests := []struct {
		name string
		be   *backend
		want error
	}{
		{"mail 4xx", &backend{mailErr: &smtp.SMTPError{Code: 451, EnhancedCode: smtp.EnhancedCode{4, 3, 0}, Message: "try later"}}, ErrTemporary},
		{"mail 5xx", &backend{mailErr: &smtp.SMTPError{Code: 550, EnhancedCode: smtp.EnhancedCode{5, 7, 1}, Message: "not allowed"}}, ErrPermanent},
		{"rcpt 4xx", &backend{rcptErr: map[string]error{"jan@gemeente.example": &smtp.SMTPError{Code: 450, Message: "mailbox busy"}}}, ErrTemporary},
		{"rcpt 5xx", &backend{rcptErr: map[string]error{"jan@gemeente.example": &smtp.SMTPError{Code: 550, Message: "no such user"}}}, ErrPermanent},
		{"data 4xx", &backend{dataErr: &smtp.SMTPError{Code: 452, Message: "disk full"}}, ErrTemporary},
		{"data 5xx", &backend{dataErr: &smtp.SMTPError{Code: 554, Message: "spam"}}, ErrPermanent},
		{"closed after data", &backend{dropData: true}, ErrUnknownOutcome},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ts := startServer(t, tt.be, "plain")
			s := newSender(t, Config{Addr: ts.addr, TLS: TLSNone})
			err := s.Send(context.Background(), "spoc@gemeente.example", []string{"jan@gemeente.example"}, rawMail)
			if !errors.Is(err, tt.want) {
				t.Fatalf("Send() error = %v, want %v", err, tt.want)
			}
			for _, other := range []error{ErrTemporary, ErrPermanent, ErrUnknownOutcome} {
				if other != tt.want && errors.Is(err, other) {
					t.Errorf("Send() error = %v also matches %v", err, other)
				}
			}
			if len(tt.be.messages()) != 0 {
				t.Errorf("server stored a message despite the error")
			}
		})
	}
}

func TestSendNetworkErrorIsTemporary(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	_ = ln.Close()
	s := newSender(t, Config{Addr: addr, TLS: TLSNone})
	err = s.Send(context.Background(), "a@b.example", []string{"c@d.example"}, rawMail)
	if !errors.Is(err, ErrTemporary) {
		t.Fatalf("Send() to closed port error = %v, want ErrTemporary", err)
	}
}

func TestSendPartial(t *testing.T) {
	be := &backend{rcptErr: map[string]error{
		"bad@gemeente.example":  &smtp.SMTPError{Code: 550, Message: "no such user"},
		"busy@gemeente.example": &smtp.SMTPError{Code: 450, Message: "busy"},
	}}
	ts := startServer(t, be, "plain")
	s := newSender(t, Config{Addr: ts.addr, TLS: TLSNone})

	err := s.Send(context.Background(), "spoc@gemeente.example",
		[]string{"jan@gemeente.example", "bad@gemeente.example", "piet@gemeente.example"}, rawMail)
	var pe *PartialError
	if !errors.As(err, &pe) {
		t.Fatalf("Send() error = %v, want *PartialError", err)
	}
	if !errors.Is(err, ErrPermanent) || errors.Is(err, ErrTemporary) {
		t.Errorf("Send() error = %v, want it to wrap ErrPermanent only", err)
	}
	if strings.Join(pe.Delivered, ",") != "jan@gemeente.example,piet@gemeente.example" {
		t.Errorf("Delivered = %v", pe.Delivered)
	}
	if len(pe.Refused) != 1 || pe.Refused[0].Rcpt != "bad@gemeente.example" || pe.Refused[0].Code != 550 || pe.Refused[0].Temporary {
		t.Errorf("Refused = %+v", pe.Refused)
	}
	msgs := be.messages()
	if len(msgs) != 1 || strings.Join(msgs[0].to, ",") != "jan@gemeente.example,piet@gemeente.example" {
		t.Fatalf("server got %+v, want one message to the accepted recipients", msgs)
	}

	err = s.Send(context.Background(), "spoc@gemeente.example",
		[]string{"jan@gemeente.example", "busy@gemeente.example"}, rawMail)
	if !errors.As(err, &pe) || !errors.Is(err, ErrTemporary) {
		t.Errorf("Send() with a 450 recipient error = %v, want *PartialError wrapping ErrTemporary", err)
	}

	err = s.Send(context.Background(), "spoc@gemeente.example",
		[]string{"bad@gemeente.example", "busy@gemeente.example"}, rawMail)
	if errors.As(err, &pe) || !errors.Is(err, ErrTemporary) {
		t.Errorf("Send() with all recipients refused error = %v, want plain ErrTemporary", err)
	}
	if n := ts.ln.n.Load(); n != 1 {
		t.Errorf("connections = %d, want 1 (refusals keep the session)", n)
	}
}

func TestAuth(t *testing.T) {
	tests := []struct {
		name string
		cfg  Config
		want error // nil = success
	}{
		{"plain ok", Config{Username: "spoc", Password: "geheim"}, nil},
		{"default is plain", Config{Username: "spoc", Password: "geheim", Auth: ""}, nil},
		{"login ok", Config{Username: "spoc", Password: "geheim", Auth: AuthLogin}, nil},
		{"plain wrong password", Config{Username: "spoc", Password: "fout", Auth: AuthPlain}, ErrPermanent},
		{"login wrong password", Config{Username: "spoc", Password: "fout", Auth: AuthLogin}, ErrPermanent},
		{"xoauth2 ok", Config{Username: "spoc", Auth: AuthXOAuth2,
			OAuth2Token: func(context.Context) (string, error) { return "tok-1", nil }}, nil},
		{"xoauth2 bad token", Config{Username: "spoc", Auth: AuthXOAuth2,
			OAuth2Token: func(context.Context) (string, error) { return "expired", nil }}, ErrPermanent},
		{"xoauth2 token source fails", Config{Username: "spoc", Auth: AuthXOAuth2,
			OAuth2Token: func(context.Context) (string, error) { return "", errors.New("idp down") }}, ErrTemporary},
		{"no auth but required", Config{}, ErrPermanent},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			be := &backend{user: "spoc", pass: "geheim", token: "tok-1"}
			ts := startServer(t, be, "plain")
			cfg := tt.cfg
			cfg.Addr, cfg.TLS = ts.addr, TLSNone
			s := newSender(t, cfg)
			err := s.Send(context.Background(), "spoc@gemeente.example", []string{"jan@gemeente.example"}, rawMail)
			if tt.want == nil {
				if err != nil {
					t.Fatalf("Send() error = %v", err)
				}
				if len(be.messages()) != 1 {
					t.Errorf("server got %d messages, want 1", len(be.messages()))
				}
				return
			}
			if !errors.Is(err, tt.want) {
				t.Fatalf("Send() error = %v, want %v", err, tt.want)
			}
		})
	}
}

func TestAuthOverStartTLS(t *testing.T) {
	be := &backend{user: "spoc", pass: "geheim"}
	ts := startServer(t, be, "starttls")
	s := newSender(t, Config{Addr: ts.addr, TLS: TLSStartTLS, InsecureSkipVerify: true, Username: "spoc", Password: "geheim"})
	if err := s.Send(context.Background(), "spoc@gemeente.example", []string{"jan@gemeente.example"}, rawMail); err != nil {
		t.Fatalf("Send() error = %v", err)
	}
}

func TestStartTLSVerifiesCertificate(t *testing.T) {
	ts := startServer(t, &backend{}, "starttls")
	s := newSender(t, Config{Addr: ts.addr, TLS: TLSStartTLS})
	err := s.Send(context.Background(), "spoc@gemeente.example", []string{"jan@gemeente.example"}, rawMail)
	if err == nil || !errors.Is(err, ErrTemporary) {
		t.Fatalf("Send() to self-signed server error = %v, want a certificate failure (ErrTemporary)", err)
	}
}

func TestStartTLSMissing(t *testing.T) {
	ts := startServer(t, &backend{}, "plain")
	s := newSender(t, Config{Addr: ts.addr, TLS: TLSStartTLS, InsecureSkipVerify: true})
	err := s.Send(context.Background(), "spoc@gemeente.example", []string{"jan@gemeente.example"}, rawMail)
	if !errors.Is(err, ErrTemporary) || !strings.Contains(err.Error(), "STARTTLS") {
		t.Fatalf("Send() error = %v, want STARTTLS missing as ErrTemporary", err)
	}
}

func TestConnectionReuse(t *testing.T) {
	be := &backend{}
	ts := startServer(t, be, "plain")
	s := newSender(t, Config{Addr: ts.addr, TLS: TLSNone})
	ctx := context.Background()
	for i := 0; i < 3; i++ {
		if err := s.Send(ctx, "spoc@gemeente.example", []string{"jan@gemeente.example"}, rawMail); err != nil {
			t.Fatalf("Send() #%d error = %v", i, err)
		}
	}
	if n := ts.ln.n.Load(); n != 1 {
		t.Errorf("connections = %d, want 1", n)
	}
	if got := len(be.messages()); got != 3 {
		t.Errorf("messages = %d, want 3", got)
	}

	// The server drops the connection: the next send reconnects.
	be.mu.Lock()
	for _, c := range be.conns {
		_ = c.Close()
	}
	be.mu.Unlock()
	if err := s.Send(ctx, "spoc@gemeente.example", []string{"jan@gemeente.example"}, rawMail); err != nil {
		t.Fatalf("Send() after server close error = %v", err)
	}
	if n := ts.ln.n.Load(); n != 2 {
		t.Errorf("connections = %d, want 2 after reconnect", n)
	}

	// A permanent refusal keeps the session usable.
	be.mu.Lock()
	be.rcptErr = map[string]error{"bad@gemeente.example": &smtp.SMTPError{Code: 550, Message: "unknown"}}
	be.mu.Unlock()
	if err := s.Send(ctx, "spoc@gemeente.example", []string{"bad@gemeente.example"}, rawMail); !errors.Is(err, ErrPermanent) {
		t.Fatalf("Send() error = %v, want ErrPermanent", err)
	}
	if err := s.Send(ctx, "spoc@gemeente.example", []string{"jan@gemeente.example"}, rawMail); err != nil {
		t.Fatalf("Send() after refusal error = %v", err)
	}
	if n := ts.ln.n.Load(); n != 2 {
		t.Errorf("connections = %d, want still 2", n)
	}
}

func TestSendAfterUnknownOutcomeReconnects(t *testing.T) {
	be := &backend{dropData: true}
	ts := startServer(t, be, "plain")
	s := newSender(t, Config{Addr: ts.addr, TLS: TLSNone})
	ctx := context.Background()
	if err := s.Send(ctx, "a@b.example", []string{"c@d.example"}, rawMail); !errors.Is(err, ErrUnknownOutcome) {
		t.Fatalf("Send() error = %v, want ErrUnknownOutcome", err)
	}
	be.mu.Lock()
	be.dropData = false
	be.mu.Unlock()
	if err := s.Send(ctx, "a@b.example", []string{"c@d.example"}, rawMail); err != nil {
		t.Fatalf("second Send() error = %v", err)
	}
}

func TestSendContextCancel(t *testing.T) {
	hold := make(chan struct{})
	defer close(hold)
	ts := startServer(t, &backend{hold: hold}, "plain")
	s := newSender(t, Config{Addr: ts.addr, TLS: TLSNone, Timeout: 30 * time.Second})
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	start := time.Now()
	err := s.Send(ctx, "a@b.example", []string{"c@d.example"}, rawMail)
	if !errors.Is(err, ErrUnknownOutcome) || !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Send() error = %v, want ErrUnknownOutcome and context.DeadlineExceeded", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("Send() took %v after the context ended", d)
	}
	if err := s.Send(ctx, "a@b.example", []string{"c@d.example"}, rawMail); !errors.Is(err, ErrTemporary) {
		t.Errorf("Send() with ended context error = %v, want ErrTemporary", err)
	}
}

func TestCheck(t *testing.T) {
	be := &backend{user: "spoc", pass: "geheim",
		rcptErr: map[string]error{"bad@gemeente.example": &smtp.SMTPError{Code: 550, Message: "unknown"}}}
	ts := startServer(t, be, "starttls")
	s := newSender(t, Config{Addr: ts.addr, TLS: TLSStartTLS, InsecureSkipVerify: true, Username: "spoc", Password: "geheim"})
	ctx := context.Background()
	if err := s.Check(ctx, "spoc@gemeente.example", "jan@gemeente.example"); err != nil {
		t.Fatalf("Check() error = %v", err)
	}
	if err := s.Check(ctx, "spoc@gemeente.example", "bad@gemeente.example"); !errors.Is(err, ErrPermanent) {
		t.Errorf("Check(bad rcpt) error = %v, want ErrPermanent", err)
	}
	if len(be.messages()) != 0 {
		t.Errorf("Check() delivered a message")
	}

	bad := newSender(t, Config{Addr: ts.addr, TLS: TLSStartTLS, InsecureSkipVerify: true, Username: "spoc", Password: "fout"})
	if err := bad.Check(ctx, "spoc@gemeente.example", "jan@gemeente.example"); !errors.Is(err, ErrPermanent) || !strings.Contains(err.Error(), "535") {
		t.Errorf("Check(wrong password) error = %v, want 535 ErrPermanent", err)
	}
}

func TestNewValidation(t *testing.T) {
	tests := []struct {
		name    string
		cfg     Config
		wantErr bool
	}{
		{"none on loopback ip", Config{Addr: "127.0.0.1:25", TLS: "none"}, false},
		{"none on localhost", Config{Addr: "localhost:25", TLS: "none"}, false},
		{"none on ipv6 loopback", Config{Addr: "[::1]:25", TLS: "none"}, false},
		{"none on remote host", Config{Addr: "mail.example.com:25", TLS: "none"}, true},
		{"none on remote ip", Config{Addr: "192.0.2.1:25", TLS: "none"}, true},
		{"starttls remote", Config{Addr: "mail.example.com:587", TLS: "STARTTLS"}, false},
		{"implicit remote", Config{Addr: "mail.example.com:465", TLS: "implicit"}, false},
		{"missing tls", Config{Addr: "mail.example.com:587"}, true},
		{"unknown tls", Config{Addr: "mail.example.com:587", TLS: "maybe"}, true},
		{"no port", Config{Addr: "mail.example.com", TLS: "implicit"}, true},
		{"plain without user", Config{Addr: "mail.example.com:465", TLS: "implicit", Auth: "plain"}, true},
		{"xoauth2 without token", Config{Addr: "mail.example.com:465", TLS: "implicit", Auth: "xoauth2", Username: "u"}, true},
		{"unknown auth", Config{Addr: "mail.example.com:465", TLS: "implicit", Auth: "cram-md5"}, true},
		{"helo with space", Config{Addr: "mail.example.com:465", TLS: "implicit", HELO: "a b"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := New(tt.cfg)
			if (err != nil) != tt.wantErr {
				t.Errorf("New(%+v) error = %v, wantErr %v", tt.cfg, err, tt.wantErr)
			}
		})
	}
}

func TestSendBadEnvelope(t *testing.T) {
	s := newSender(t, Config{Addr: "127.0.0.1:1", TLS: TLSNone})
	tests := []struct {
		from string
		to   []string
	}{
		{"a@b.example", nil},
		{"a@b.example\r\nRCPT TO:<x@y>", []string{"c@d.example"}},
		{"a@b.example", []string{"c@d.example>"}},
		{"a@b.example", []string{"no-at-sign"}},
	}
	for _, tt := range tests {
		if err := s.Send(context.Background(), tt.from, tt.to, rawMail); !errors.Is(err, ErrPermanent) {
			t.Errorf("Send(%q, %q) error = %v, want ErrPermanent", tt.from, tt.to, err)
		}
	}
}

func TestSendLargeAndConcurrent(t *testing.T) {
	be := &backend{}
	ts := startServer(t, be, "plain")
	s := newSender(t, Config{Addr: ts.addr, TLS: TLSNone})

	var body strings.Builder
	body.WriteString("Subject: big\r\n\r\n")
	for body.Len() < 1<<20 {
		body.WriteString(".dot at line start and a long line of text to fill the message up\r\n")
	}
	big := []byte(body.String())

	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs <- s.Send(context.Background(), "spoc@gemeente.example", []string{"jan@gemeente.example"}, big)
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatalf("Send() error = %v", err)
		}
	}
	msgs := be.messages()
	if len(msgs) != 4 {
		t.Fatalf("server got %d messages, want 4", len(msgs))
	}
	for _, m := range msgs {
		if !bytes.Equal(m.data, big) {
			t.Fatalf("large message changed in transit (%d bytes, want %d)", len(m.data), len(big))
		}
	}
	if n := ts.ln.n.Load(); n != 1 {
		t.Errorf("connections = %d, want 1", n)
	}
}
