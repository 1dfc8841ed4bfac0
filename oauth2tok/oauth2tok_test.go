package oauth2tok_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"
	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"

	"github.com/spocd/spocd/mail/imapin"
	"github.com/spocd/spocd/mail/smtpout"
	"github.com/spocd/spocd/oauth2tok"
)

// tokenEndpoint is a fake identity provider on loopback: the client-credentials grant with
// a fixed client, handing out tok-1, tok-2, ...
type tokenEndpoint struct {
	*httptest.Server
	calls   atomic.Int32
	expires int
	fail    atomic.Bool
	mu      sync.Mutex
	current string
}

func newTokenEndpoint(t *testing.T, expires int) *tokenEndpoint {
	te := &tokenEndpoint{expires: expires}
	te.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := r.ParseForm(); err != nil || r.Method != http.MethodPost {
			http.Error(w, "bad request", 400)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		if te.fail.Load() || r.PostFormValue("grant_type") != "client_credentials" || r.PostFormValue("client_id") != "spocd" ||
			r.PostFormValue("client_secret") != "s3cret" || r.PostFormValue("scope") != "https://outlook.office365.com/.default" {
			w.WriteHeader(401)
			io.WriteString(w, `{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided."}`)
			return
		}
		n := te.calls.Add(1)
		tok := fmt.Sprintf("tok-%d", n)
		te.mu.Lock()
		te.current = tok
		te.mu.Unlock()
		json.NewEncoder(w).Encode(map[string]any{"access_token": tok, "token_type": "Bearer", "expires_in": te.expires})
	}))
	t.Cleanup(te.Close)
	return te
}

func (te *tokenEndpoint) valid(tok string) bool {
	te.mu.Lock()
	defer te.mu.Unlock()
	return tok != "" && tok == te.current
}

func source(t *testing.T, te *tokenEndpoint, now func() time.Time) *oauth2tok.Source {
	t.Helper()
	s, err := oauth2tok.New(oauth2tok.Config{TokenURL: te.URL + "/oauth2/v2.0/token", ClientID: "spocd", ClientSecret: "s3cret",
		Scopes: []string{"https://outlook.office365.com/.default"}, Now: now})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestTokenCache(t *testing.T) {
	te := newTokenEndpoint(t, 3600)
	now := time.Now()
	var mu sync.Mutex
	clock := func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	s := source(t, te, clock)
	ctx := context.Background()
	for i := range 3 {
		tok, err := s.Token(ctx)
		if err != nil || tok != "tok-1" {
			t.Fatalf("Token() #%d = %q, %v; want tok-1 from the cache", i, tok, err)
		}
	}
	if n := te.calls.Load(); n != 1 {
		t.Fatalf("token endpoint called %d times, want 1", n)
	}
	// Close to the expiry a new token is fetched.
	mu.Lock()
	now = now.Add(59 * time.Minute)
	mu.Unlock()
	if tok, err := s.Token(ctx); err != nil || tok != "tok-2" {
		t.Fatalf("Token() near expiry = %q, %v; want tok-2", tok, err)
	}
	s.Invalidate()
	if tok, _ := s.Token(ctx); tok != "tok-3" {
		t.Fatalf("Token() after Invalidate = %q, want tok-3", tok)
	}
}

func TestTokenErrors(t *testing.T) {
	te := newTokenEndpoint(t, 3600)
	te.fail.Store(true)
	s := source(t, te, nil)
	_, err := s.Token(context.Background())
	if err == nil || !strings.Contains(err.Error(), "invalid_client") {
		t.Fatalf("Token() with a wrong secret = %v, want the endpoint's error", err)
	}
	te.fail.Store(false)
	if tok, err := s.Token(context.Background()); err != nil || tok != "tok-1" {
		t.Fatalf("Token() after the endpoint recovered = %q, %v (errors must not be cached)", tok, err)
	}
	if _, err := oauth2tok.New(oauth2tok.Config{TokenURL: te.URL}); !errors.Is(err, oauth2tok.ErrConfig) {
		t.Fatalf("New without client = %v, want ErrConfig", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	s2 := source(t, te, nil)
	if _, err := s2.Token(ctx); err == nil {
		t.Fatal("Token() with a cancelled context succeeded")
	}
}

// --- IMAP and SMTP servers that accept only the endpoint's current token ---

const user = "spoc@gemeente.test"

type saslSession struct {
	imapserver.Session
	valid func(string) bool
}

func (s *saslSession) AuthenticateMechanisms() []string { return []string{"XOAUTH2"} }

func (s *saslSession) Authenticate(mech string) (sasl.Server, error) {
	if mech != "XOAUTH2" {
		return nil, fmt.Errorf("unsupported mechanism %q", mech)
	}
	return xoauth2Server(func(u, token string) error {
		if u != user || !s.valid(token) {
			return imapserver.ErrAuthFailed
		}
		return s.Login(user, "unused-password")
	}), nil
}

type xoauth2Server func(user, token string) error

func (f xoauth2Server) Next(resp []byte) ([]byte, bool, error) {
	if resp == nil {
		return []byte{}, false, nil
	}
	var u, token string
	for _, field := range strings.Split(string(resp), "\x01") {
		if v, ok := strings.CutPrefix(field, "user="); ok {
			u = v
		}
		if v, ok := strings.CutPrefix(field, "auth=Bearer "); ok {
			token = v
		}
	}
	return nil, true, f(u, token)
}

func imapServer(t *testing.T, valid func(string) bool) string {
	t.Helper()
	mem := imapmemserver.New()
	u := imapmemserver.NewUser(user, "unused-password")
	if err := u.Create("INBOX", nil); err != nil {
		t.Fatal(err)
	}
	mem.AddUser(u)
	srv := imapserver.New(&imapserver.Options{
		NewSession: func(*imapserver.Conn) (imapserver.Session, *imapserver.GreetingData, error) {
			return &saslSession{Session: mem.NewSession(), valid: valid}, nil, nil
		},
		Caps:         imap.CapSet{imap.CapIMAP4rev1: {}},
		InsecureAuth: true,
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return ln.Addr().String()
}

type smtpBackend struct {
	valid func(string) bool
	mu    sync.Mutex
	got   []string
}

func (b *smtpBackend) NewSession(*smtp.Conn) (smtp.Session, error) { return &smtpSession{b: b}, nil }

type smtpSession struct {
	b      *smtpBackend
	authed bool
}

func (s *smtpSession) AuthMechanisms() []string { return []string{"XOAUTH2"} }

func (s *smtpSession) Auth(mech string) (sasl.Server, error) {
	return xoauth2Server(func(u, token string) error {
		if u != user || !s.b.valid(token) {
			return smtp.ErrAuthFailed
		}
		s.authed = true
		return nil
	}), nil
}

func (s *smtpSession) Mail(string, *smtp.MailOptions) error {
	if !s.authed {
		return smtp.ErrAuthRequired
	}
	return nil
}
func (s *smtpSession) Rcpt(string, *smtp.RcptOptions) error { return nil }
func (s *smtpSession) Data(r io.Reader) error {
	b, err := io.ReadAll(r)
	s.b.mu.Lock()
	s.b.got = append(s.b.got, string(b))
	s.b.mu.Unlock()
	return err
}
func (s *smtpSession) Reset()        {}
func (s *smtpSession) Logout() error { return nil }

func smtpServer(t *testing.T, valid func(string) bool) (string, *smtpBackend) {
	t.Helper()
	be := &smtpBackend{valid: valid}
	srv := smtp.NewServer(be)
	srv.AllowInsecureAuth = true
	srv.Domain = "localhost"
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return ln.Addr().String(), be
}

func TestXOAuth2AgainstInProcessServers(t *testing.T) {
	te := newTokenEndpoint(t, 3600)
	s := source(t, te, nil)
	ctx := context.Background()

	imapAddr := imapServer(t, te.valid)
	sess, err := imapin.Dial(ctx, imapin.Config{Addr: imapAddr, TLS: "none", Username: user, OAuth2Token: s.Token})
	if err != nil {
		t.Fatalf("IMAP XOAUTH2 login: %v", err)
	}
	sess.Close()

	smtpAddr, be := smtpServer(t, te.valid)
	snd, err := smtpout.New(smtpout.Config{Addr: smtpAddr, TLS: "none", Username: user, Auth: "xoauth2", OAuth2Token: s.Token, Timeout: 10 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer snd.Close()
	raw := "From: spoc@gemeente.test\r\nTo: jan@gemeente.test\r\nSubject: test\r\nMessage-ID: <x@gemeente.test>\r\n\r\nhallo\r\n"
	if err := snd.Send(ctx, user, []string{"jan@gemeente.test"}, []byte(raw)); err != nil {
		t.Fatalf("SMTP XOAUTH2 send: %v", err)
	}
	be.mu.Lock()
	n := len(be.got)
	be.mu.Unlock()
	if n != 1 {
		t.Fatalf("SMTP server received %d messages", n)
	}
	// One token served both logins.
	if c := te.calls.Load(); c != 1 {
		t.Fatalf("token endpoint called %d times, want 1", c)
	}
	// A token the server does not accept (revoked): the login fails with an auth error.
	bad := func(context.Context) (string, error) { return "revoked", nil }
	if _, err := imapin.Dial(ctx, imapin.Config{Addr: imapAddr, TLS: "none", Username: user, OAuth2Token: bad}); !errors.Is(err, imapin.ErrAuth) {
		t.Fatalf("IMAP with a bad token = %v, want ErrAuth", err)
	}
}
