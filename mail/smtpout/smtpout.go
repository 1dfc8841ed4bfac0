// Package smtpout delivers stored mail bytes to the submission server.
//
// The bytes are sent exactly as given: the outbox stores the rendered mail with
// its fixed Message-ID, and a retry must send the same message. Errors are
// classified for the outbox worker: ErrTemporary (retry later), ErrPermanent
// (give up and tell a human) and ErrUnknownOutcome (the connection broke after
// the message was handed over and before the server answered: it may have been
// delivered).
package smtpout

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"net/textproto"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/wneessen/go-mail/smtp"
)

// TLS modes for Config.TLS.
const (
	TLSImplicit = "implicit"
	TLSStartTLS = "starttls"
	TLSNone     = "none"
)

// Auth mechanisms for Config.Auth.
const (
	AuthPlain   = "plain"
	AuthLogin   = "login"
	AuthXOAuth2 = "xoauth2"
	AuthNone    = "none"
)

// DefaultTimeout bounds every network step when Config.Timeout is zero.
const DefaultTimeout = 60 * time.Second

// reuseIdle is how long an idle connection is trusted without a check; after
// that a NOOP tells whether the server still listens.
const reuseIdle = 30 * time.Second

// Config describes how to reach the submission server.
type Config struct {
	Addr               string // host:port
	TLS                string // implicit | starttls | none (none only for loopback hosts)
	InsecureSkipVerify bool
	ServerName         string // TLS server name; default: the host of Addr
	Username, Password string
	Auth               string // plain | login | xoauth2 | none; "" = plain if Username is set, else none
	OAuth2Token        func(ctx context.Context) (string, error)
	HELO               string        // name sent in EHLO; default "localhost"
	Timeout            time.Duration // per network step; default 60s
}

// Error categories; every error Send and Check return wraps exactly one of them.
var (
	ErrTemporary      = errors.New("smtp: temporary failure")
	ErrPermanent      = errors.New("smtp: permanent failure")
	ErrUnknownOutcome = errors.New("smtp: outcome unknown, the message may have been delivered")
)

// RecipientError is one recipient the server refused.
type RecipientError struct {
	Rcpt      string
	Code      int
	Msg       string
	Temporary bool
}

func (e RecipientError) String() string {
	return fmt.Sprintf("%s: %d %s", e.Rcpt, e.Code, e.Msg)
}

// PartialError reports that the message was delivered to some recipients and
// refused for others. It wraps ErrTemporary when any refusal was temporary and
// ErrPermanent otherwise. A retry must only address the refused recipients.
type PartialError struct {
	Delivered []string
	Refused   []RecipientError
}

func (e *PartialError) Error() string {
	parts := make([]string, len(e.Refused))
	for i, r := range e.Refused {
		parts[i] = r.String()
	}
	return fmt.Sprintf("smtp: delivered to %d recipient(s), refused %d: %s",
		len(e.Delivered), len(e.Refused), strings.Join(parts, "; "))
}

func (e *PartialError) Unwrap() error {
	for _, r := range e.Refused {
		if r.Temporary {
			return ErrTemporary
		}
	}
	return ErrPermanent
}

// Sender sends mail over one reused SMTP connection. It is safe for concurrent
// use; sends are serialised.
type Sender struct {
	cfg        Config
	host       string
	serverName string
	dialer     net.Dialer

	mu       sync.Mutex
	client   *smtp.Client
	guard    *guard // the raw connection, for deadlines and cancellation
	lastUsed time.Time
}

// errAborted is returned by a step on a connection whose context ended.
var errAborted = errors.New("connection aborted")

// guard owns the deadline of one connection. Once aborted (its context ended)
// no later step may move the deadline back into the future.
type guard struct {
	mu      sync.Mutex
	conn    net.Conn
	timeout time.Duration
	aborted bool
}

func (g *guard) abort() {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.aborted = true
	_ = g.conn.SetDeadline(time.Unix(1, 0))
}

// step gives the next command a fresh deadline.
func (g *guard) step() error { return g.stepFor(0) }

// stepFor gives the next step the usual timeout plus extra time.
func (g *guard) stepFor(extra time.Duration) error {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.aborted {
		return errAborted
	}
	if err := g.conn.SetDeadline(time.Now().Add(g.timeout + extra)); err != nil {
		return fmt.Errorf("set deadline: %w", err)
	}
	return nil
}

// New checks cfg and returns a Sender. It does not connect.
func New(cfg Config) (*Sender, error) {
	host, port, err := net.SplitHostPort(cfg.Addr)
	if err != nil || host == "" || port == "" {
		return nil, fmt.Errorf("smtpout: addr %q: want host:port", cfg.Addr)
	}
	cfg.TLS = strings.ToLower(strings.TrimSpace(cfg.TLS))
	switch cfg.TLS {
	case TLSImplicit, TLSStartTLS:
	case TLSNone:
		if !isLoopback(host) {
			return nil, fmt.Errorf("smtpout: tls %q is only allowed for a loopback host, not %q", cfg.TLS, host)
		}
	case "":
		return nil, fmt.Errorf("smtpout: tls mode missing: want %s, %s or %s", TLSImplicit, TLSStartTLS, TLSNone)
	default:
		return nil, fmt.Errorf("smtpout: tls mode %q: want %s, %s or %s", cfg.TLS, TLSImplicit, TLSStartTLS, TLSNone)
	}
	cfg.Auth = strings.ToLower(strings.TrimSpace(cfg.Auth))
	if cfg.Auth == "" {
		cfg.Auth = AuthNone
		if cfg.Username != "" {
			cfg.Auth = AuthPlain
		}
	}
	switch cfg.Auth {
	case AuthNone:
	case AuthPlain, AuthLogin:
		if cfg.Username == "" {
			return nil, fmt.Errorf("smtpout: auth %q needs a username", cfg.Auth)
		}
	case AuthXOAuth2:
		if cfg.Username == "" || cfg.OAuth2Token == nil {
			return nil, fmt.Errorf("smtpout: auth %q needs a username and a token source", cfg.Auth)
		}
	default:
		return nil, fmt.Errorf("smtpout: auth %q: want %s, %s, %s or %s", cfg.Auth, AuthPlain, AuthLogin, AuthXOAuth2, AuthNone)
	}
	if strings.ContainsAny(cfg.HELO, " \r\n\t") {
		return nil, fmt.Errorf("smtpout: helo %q contains white space", cfg.HELO)
	}
	if cfg.HELO == "" {
		cfg.HELO = "localhost"
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = DefaultTimeout
	}
	serverName := cfg.ServerName
	if serverName == "" {
		serverName = host
	}
	return &Sender{cfg: cfg, host: host, serverName: serverName}, nil
}

func isLoopback(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// Send delivers raw, unchanged, from the envelope sender from to the envelope
// recipients to. An empty from sends with the null reverse-path.
//
// 4xx replies and network errors before the end of the data give ErrTemporary,
// 5xx replies ErrPermanent. When the server accepts some recipients and refuses
// others, the message goes to the accepted ones and Send returns a *PartialError.
// A connection lost after the final dot and before the reply gives ErrUnknownOutcome.
func (s *Sender) Send(ctx context.Context, from string, to []string, raw []byte) error {
	if len(to) == 0 {
		return fmt.Errorf("smtpout: send: no recipients: %w", ErrPermanent)
	}
	if err := checkEnvelope(from, to); err != nil {
		return fmt.Errorf("smtpout: send: %w", err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()

	c, err := s.ready(ctx)
	if err != nil {
		return fmt.Errorf("smtpout: send: %w", err)
	}
	stop := context.AfterFunc(ctx, s.guard.abort)
	defer stop()

	err = s.transaction(ctx, c, from, to, raw)
	if err != nil {
		var pe *PartialError
		if errors.As(err, &pe) {
			s.lastUsed = time.Now()
		} else {
			s.dropAfter(err)
		}
		return fmt.Errorf("smtpout: send: %w", ctxErr(ctx, err))
	}
	s.lastUsed = time.Now()
	return nil
}

// transaction runs MAIL, RCPT, DATA on an established client.
func (s *Sender) transaction(ctx context.Context, c *smtp.Client, from string, to []string, raw []byte) error {
	if err := s.step(); err != nil {
		return err
	}
	if err := c.Mail("<" + from + ">"); err != nil {
		return classify("mail from", err)
	}
	var accepted []string
	var refused []RecipientError
	var last *textproto.Error
	for _, rcpt := range to {
		if err := s.step(); err != nil {
			return err
		}
		err := c.Rcpt("<" + rcpt + ">")
		if err == nil {
			accepted = append(accepted, rcpt)
			continue
		}
		var te *textproto.Error
		if !errors.As(err, &te) {
			return classify("rcpt to", err)
		}
		last = te
		refused = append(refused, RecipientError{Rcpt: rcpt, Code: te.Code, Msg: te.Msg, Temporary: te.Code < 500})
	}
	if len(accepted) == 0 {
		cat := ErrPermanent
		parts := make([]string, len(refused))
		for i, r := range refused {
			parts[i] = r.String()
			if r.Temporary {
				cat = ErrTemporary
			}
		}
		return fmt.Errorf("rcpt to: all recipients refused: %s: %w", strings.Join(parts, "; "), errors.Join(cat, last))
	}

	if err := s.step(); err != nil {
		return err
	}
	w, err := c.Data()
	if err != nil {
		return classify("data", err)
	}
	// A large message gets extra time to travel: one second per 32 KiB.
	if err := s.guard.stepFor(time.Duration(len(raw)/(32<<10)) * time.Second); err != nil {
		return fmt.Errorf("data: %w", errors.Join(ErrTemporary, err))
	}
	if _, err := w.Write(raw); err != nil {
		return fmt.Errorf("data: write: %w", errors.Join(ErrTemporary, err))
	}
	// Push everything but the final dot to the server: a failure here means the
	// server cannot have accepted the message.
	if err := c.Text.W.Flush(); err != nil {
		return fmt.Errorf("data: write: %w", errors.Join(ErrTemporary, err))
	}
	// The final dot and the server's verdict get a fresh deadline. From here
	// on a broken connection leaves the outcome unknown.
	if err := s.guard.step(); err != nil {
		return fmt.Errorf("data: %w", errors.Join(ErrTemporary, err))
	}
	if err := w.Close(); err != nil {
		var te *textproto.Error
		if errors.As(err, &te) {
			return classify("end of data", err)
		}
		if ctx.Err() != nil {
			return fmt.Errorf("end of data: %w", errors.Join(ErrUnknownOutcome, ctx.Err(), err))
		}
		return fmt.Errorf("end of data: %w", errors.Join(ErrUnknownOutcome, err))
	}
	if len(refused) > 0 {
		return &PartialError{Delivered: accepted, Refused: refused}
	}
	return nil
}

// Check connects, starts TLS, authenticates and tries MAIL FROM and RCPT TO
// without sending data, then resets the transaction. It always uses a fresh
// connection and closes it afterwards.
func (s *Sender) Check(ctx context.Context, from, rcpt string) error {
	if err := checkEnvelope(from, []string{rcpt}); err != nil {
		return fmt.Errorf("smtpout: check: %w", err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.drop()
	c, err := s.ready(ctx)
	if err != nil {
		return fmt.Errorf("smtpout: check: %w", err)
	}
	defer s.quit()
	stop := context.AfterFunc(ctx, s.guard.abort)
	defer stop()
	if err := s.step(); err != nil {
		return fmt.Errorf("smtpout: check: %w", ctxErr(ctx, err))
	}
	if err := c.Mail("<" + from + ">"); err != nil {
		return fmt.Errorf("smtpout: check: %w", ctxErr(ctx, classify("mail from", err)))
	}
	if err := c.Rcpt("<" + rcpt + ">"); err != nil {
		return fmt.Errorf("smtpout: check: %w", ctxErr(ctx, classify("rcpt to", err)))
	}
	if err := c.Reset(); err != nil {
		return fmt.Errorf("smtpout: check: %w", ctxErr(ctx, classify("rset", err)))
	}
	return nil
}

// Close ends the connection politely (QUIT) if one is open.
func (s *Sender) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.quit()
}

func (s *Sender) quit() error {
	if s.client == nil {
		return nil
	}
	_ = s.guard.conn.SetDeadline(time.Now().Add(5 * time.Second))
	err := s.client.Quit()
	s.drop()
	if err != nil {
		return fmt.Errorf("smtpout: quit: %w", err)
	}
	return nil
}

// ready returns a connected, authenticated client: the kept one when it still
// answers, else a new one.
func (s *Sender) ready(ctx context.Context) (*smtp.Client, error) {
	if err := ctx.Err(); err != nil {
		return nil, errors.Join(ErrTemporary, err)
	}
	if s.client != nil {
		if err := s.check(ctx); err == nil {
			return s.client, nil
		}
		s.drop()
	}
	if err := s.connect(ctx); err != nil {
		s.drop()
		return nil, ctxErr(ctx, err)
	}
	return s.client, nil
}

// check makes sure a kept connection is usable: RSET clears any half-finished
// transaction, and after a long idle time it also proves the server is there.
func (s *Sender) check(ctx context.Context) error {
	stop := context.AfterFunc(ctx, s.guard.abort)
	defer stop()
	if err := s.step(); err != nil {
		return err
	}
	if time.Since(s.lastUsed) > reuseIdle {
		if err := s.client.Noop(); err != nil {
			return err
		}
	}
	return s.client.Reset()
}

func (s *Sender) connect(ctx context.Context) error {
	dctx, cancel := context.WithTimeout(ctx, s.cfg.Timeout)
	defer cancel()
	tlsConfig := &tls.Config{
		ServerName:         s.serverName,
		InsecureSkipVerify: s.cfg.InsecureSkipVerify, //nolint:gosec // explicit operator choice
		MinVersion:         tls.VersionTLS12,
	}
	var conn net.Conn
	var err error
	if s.cfg.TLS == TLSImplicit {
		d := tls.Dialer{NetDialer: &s.dialer, Config: tlsConfig}
		conn, err = d.DialContext(dctx, "tcp", s.cfg.Addr)
	} else {
		conn, err = s.dialer.DialContext(dctx, "tcp", s.cfg.Addr)
	}
	if err != nil {
		return fmt.Errorf("connect %s: %w", s.cfg.Addr, errors.Join(ErrTemporary, err))
	}
	s.guard = &guard{conn: conn, timeout: s.cfg.Timeout}
	stop := context.AfterFunc(ctx, s.guard.abort)
	defer stop()
	// One deadline for the whole greeting, TLS and authentication.
	if err := s.step(); err != nil {
		return fmt.Errorf("connect %s: %w", s.cfg.Addr, err)
	}
	c, err := smtp.NewClient(conn, s.host)
	if err != nil {
		return classify("greeting", err)
	}
	s.client = c
	if err := c.Hello(s.cfg.HELO); err != nil {
		return classify("ehlo", err)
	}
	if s.cfg.TLS == TLSStartTLS {
		if ok, _ := c.Extension("STARTTLS"); !ok {
			// A server or a man in the middle that hides STARTTLS: retrying later is
			// safer than failing every queued message at once.
			return fmt.Errorf("starttls: server %s does not offer STARTTLS: %w", s.cfg.Addr, ErrTemporary)
		}
		if err := c.StartTLS(tlsConfig); err != nil {
			return classify("starttls", err)
		}
	}
	if err := s.auth(ctx, c); err != nil {
		return err
	}
	s.lastUsed = time.Now()
	return nil
}

func (s *Sender) auth(ctx context.Context, c *smtp.Client) error {
	var a smtp.Auth
	// Plain-text auth is only possible with tls "none", which New allows on
	// loopback hosts only.
	allowUnenc := s.cfg.TLS == TLSNone
	switch s.cfg.Auth {
	case AuthNone:
		return nil
	case AuthPlain:
		a = smtp.PlainAuth("", s.cfg.Username, s.cfg.Password, s.host, allowUnenc)
	case AuthLogin:
		a = smtp.LoginAuth(s.cfg.Username, s.cfg.Password, s.host, allowUnenc)
	case AuthXOAuth2:
		token, err := s.cfg.OAuth2Token(ctx)
		if err != nil {
			return fmt.Errorf("auth: oauth2 token: %w", errors.Join(ErrTemporary, err))
		}
		a = smtp.XOAuth2Auth(s.cfg.Username, token)
	}
	if ok, _ := c.Extension("AUTH"); !ok {
		return fmt.Errorf("auth: server does not offer AUTH: %w", ErrPermanent)
	}
	if err := c.Auth(a); err != nil {
		var te *textproto.Error
		if errors.As(err, &te) {
			return classify("auth", err)
		}
		if errors.Is(err, smtp.ErrUnencrypted) || errors.Is(err, smtp.ErrWrongHostname) {
			return fmt.Errorf("auth: %w", errors.Join(ErrPermanent, err))
		}
		return classify("auth", err)
	}
	return nil
}

// step refreshes the deadline of the connection before each command.
func (s *Sender) step() error {
	if err := s.guard.step(); err != nil {
		return errors.Join(ErrTemporary, err)
	}
	return nil
}

// drop closes and forgets the connection.
func (s *Sender) drop() {
	if s.guard != nil {
		_ = s.guard.conn.Close()
	}
	s.client, s.guard = nil, nil
}

// dropAfter forgets the connection after err unless the server answered
// cleanly and the session is still usable; the next Send checks it with RSET.
func (s *Sender) dropAfter(err error) {
	var te *textproto.Error
	if errors.Is(err, ErrUnknownOutcome) || !errors.As(err, &te) || te.Code == 421 {
		s.drop()
	}
}

// classify wraps an error from the SMTP client with its category.
func classify(op string, err error) error {
	var te *textproto.Error
	if errors.As(err, &te) {
		cat := ErrPermanent
		if te.Code >= 400 && te.Code < 500 {
			cat = ErrTemporary
		}
		return fmt.Errorf("%s: %d %s: %w", op, te.Code, te.Msg, cat)
	}
	var code int
	if msg := err.Error(); len(msg) >= 3 {
		code, _ = strconv.Atoi(msg[:3])
	}
	if code >= 500 && code < 600 {
		return fmt.Errorf("%s: %w", op, errors.Join(ErrPermanent, err))
	}
	return fmt.Errorf("%s: %w", op, errors.Join(ErrTemporary, err))
}

// ctxErr adds the context's error when it ended, so a caller sees why.
func ctxErr(ctx context.Context, err error) error {
	if cerr := ctx.Err(); cerr != nil && !errors.Is(err, cerr) {
		return fmt.Errorf("%w (%w)", err, cerr)
	}
	return err
}

func checkEnvelope(from string, to []string) error {
	bad := func(a string) bool {
		return strings.ContainsAny(a, "<>\r\n\t ") || len(a) > 320
	}
	if bad(from) {
		return fmt.Errorf("envelope sender %q: %w", from, ErrPermanent)
	}
	for _, r := range to {
		if r == "" || bad(r) || !strings.Contains(r, "@") {
			return fmt.Errorf("envelope recipient %q: %w", r, ErrPermanent)
		}
	}
	return nil
}
