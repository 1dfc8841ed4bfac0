// Package memserver runs an in-process IMAP and SMTP server pair on loopback
// for the demo (spocd demo) and for tests.
//
// It is a test double for a real Dovecot + Postfix setup: every address in the
// configured domains exists on first use, everyone shares one password, SMTP
// delivers straight into the recipient's INBOX with plus addressing
// (spoc+abc@example.test lands in spoc@example.test's INBOX), and mail for
// other domains is accepted and recorded instead of relayed.
//
// The IMAP side is go-imap v2's imapserver backed by imapmemserver. It offers
// IMAP4rev1 with IDLE, MOVE, UIDPLUS, NAMESPACE, ESEARCH and friends, and
// allows any keyword flag (PERMANENTFLAGS contains \*). Unlike Dovecot,
// imapmemserver reports flags in lower case ($SPOCdProcessed comes back as
// $spocdprocessed), so clients must compare flags case-insensitively.
package memserver

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"strings"
	"sync"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"
	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

// DefaultPassword is every user's password when Options.Password is empty.
const DefaultPassword = "secret"

// DefaultDomain is the local domain when Options.Domain is empty.
const DefaultDomain = "example.test"

// maxMessageBytes limits one SMTP message; far above what spocd accepts.
const maxMessageBytes = 64 << 20

// Options configures Start.
type Options struct {
	// Domain is the local mail domain, e.g. "example.test" (default DefaultDomain).
	Domain string
	// OtherDomains are further local domains, e.g. the supplier's "example.net",
	// so a test can read the supplier's mailbox too. Optional.
	OtherDomains []string
	// Password is every user's password (default DefaultPassword).
	Password string
	// Logger receives server errors and deliveries; nil discards them.
	Logger *slog.Logger
	// SMTPHook is an optional fault injection, called at DATA with the envelope
	// sender and all recipients of the message. A non-nil error rejects the
	// message; return an *smtp.SMTPError (e.g. Code 451) to choose the reply.
	SMTPHook func(from string, rcpts []string) error
}

// Delivery is a message accepted by SMTP for recipients outside the local domains.
type Delivery struct {
	From string   // envelope sender ("" for a null sender)
	To   []string // the recipients outside the local domains
	Raw  []byte   // the message as received
}

// Server is a running IMAP + SMTP pair. Its address fields are 127.0.0.1:port.
type Server struct {
	IMAPAddr string
	SMTPAddr string

	domain   string
	domains  map[string]bool
	password string
	log      *slog.Logger
	hook     func(from string, rcpts []string) error

	imap     *imapserver.Server
	smtp     *smtp.Server
	imapLn   net.Listener
	smtpLn   net.Listener
	serveWG  sync.WaitGroup
	closeMu  sync.Mutex
	isClosed bool

	mu      sync.Mutex
	users   map[string]*imapmemserver.User
	outside []Delivery
	changed chan struct{} // closed and replaced on every delivery (wakes IDLE)
}

// Start listens on two free loopback ports and serves IMAP and SMTP until Close.
func Start(opts Options) (*Server, error) {
	domain := strings.ToLower(strings.TrimSpace(opts.Domain))
	if domain == "" {
		domain = DefaultDomain
	}
	password := opts.Password
	if password == "" {
		password = DefaultPassword
	}
	logger := opts.Logger
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	s := &Server{
		domain:   domain,
		domains:  map[string]bool{domain: true},
		password: password,
		log:      logger,
		hook:     opts.SMTPHook,
		users:    make(map[string]*imapmemserver.User),
		changed:  make(chan struct{}),
	}
	for _, d := range opts.OtherDomains {
		if d = strings.ToLower(strings.TrimSpace(d)); d != "" {
			s.domains[d] = true
		}
	}

	imapLn, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("memserver: listen imap: %w", err)
	}
	smtpLn, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		imapLn.Close()
		return nil, fmt.Errorf("memserver: listen smtp: %w", err)
	}
	s.imapLn, s.smtpLn = imapLn, smtpLn
	s.IMAPAddr = imapLn.Addr().String()
	s.SMTPAddr = smtpLn.Addr().String()

	s.imap = imapserver.New(&imapserver.Options{
		NewSession: func(*imapserver.Conn) (imapserver.Session, *imapserver.GreetingData, error) {
			return &imapSession{server: s}, nil, nil
		},
		Caps: imap.CapSet{
			imap.CapIMAP4rev1:    {},
			imap.CapNamespace:    {},
			imap.CapUIDPlus:      {},
			imap.CapMove:         {},
			imap.CapESearch:      {},
			imap.CapListStatus:   {},
			imap.CapStatusSize:   {},
			imap.CapChildren:     {},
			imap.CapLiteralPlus:  {},
			imap.CapSpecialUse:   {},
			imap.CapListExtended: {},
		},
		Logger:       printfLogger{log: logger, proto: "imap"},
		InsecureAuth: true,
	})

	s.smtp = smtp.NewServer(smtp.BackendFunc(func(*smtp.Conn) (smtp.Session, error) {
		return &smtpSession{server: s}, nil
	}))
	s.smtp.Domain = "localhost"
	s.smtp.AllowInsecureAuth = true
	s.smtp.MaxMessageBytes = maxMessageBytes
	s.smtp.MaxRecipients = 1000
	s.smtp.ReadTimeout = 5 * time.Minute
	s.smtp.WriteTimeout = time.Minute
	s.smtp.ErrorLog = printfLogger{log: logger, proto: "smtp"}

	s.serveWG.Add(2)
	go func() {
		defer s.serveWG.Done()
		if err := s.imap.Serve(imapLn); err != nil && !s.closed() {
			logger.Error("memserver: imap serve", slog.Any("err", err))
		}
	}()
	go func() {
		defer s.serveWG.Done()
		if err := s.smtp.Serve(smtpLn); err != nil && !s.closed() {
			logger.Error("memserver: smtp serve", slog.Any("err", err))
		}
	}()
	return s, nil
}

func (s *Server) closed() bool {
	s.closeMu.Lock()
	defer s.closeMu.Unlock()
	return s.isClosed
}

// Close stops both servers and drops every open connection. It is safe to
// call more than once.
func (s *Server) Close() error {
	s.closeMu.Lock()
	if s.isClosed {
		s.closeMu.Unlock()
		return nil
	}
	s.isClosed = true
	s.closeMu.Unlock()

	var errs []error
	if err := s.imap.Close(); err != nil && !errors.Is(err, net.ErrClosed) {
		errs = append(errs, fmt.Errorf("memserver: close imap: %w", err))
	}
	if err := s.smtp.Close(); err != nil && !errors.Is(err, net.ErrClosed) && !errors.Is(err, smtp.ErrServerClosed) {
		errs = append(errs, fmt.Errorf("memserver: close smtp: %w", err))
	}
	// The servers only close listeners their Serve has registered; a Close
	// right after Start can come first, so close ours too.
	s.imapLn.Close()
	s.smtpLn.Close()
	s.serveWG.Wait()
	return errors.Join(errs...)
}

// Domain returns the primary local domain.
func (s *Server) Domain() string { return s.domain }

// Password returns the password every user logs in with.
func (s *Server) Password() string { return s.password }

// Deliver appends raw to the INBOX of the user rcpt resolves to (plus
// addressing applies), creating the user when needed. rcpt must be in a local
// domain.
func (s *Server) Deliver(rcpt string, raw []byte) error {
	name, ok := s.localUser(rcpt)
	if !ok {
		return fmt.Errorf("memserver: deliver to %q: not a local address", rcpt)
	}
	if err := s.appendRaw(name, "INBOX", raw); err != nil {
		return fmt.Errorf("memserver: deliver to %q: %w", rcpt, err)
	}
	return nil
}

// Messages returns the raw bytes of every message in a user's mailbox, in
// mailbox order. user is a full address; the messages are read over IMAP
// (EXAMINE + BODY.PEEK[]), so flags are left untouched.
func (s *Server) Messages(user, mailbox string) ([][]byte, error) {
	name, ok := s.localUser(user)
	if !ok {
		return nil, fmt.Errorf("memserver: messages of %q: not a local address", user)
	}
	c, err := imapclient.DialInsecure(s.IMAPAddr, nil)
	if err != nil {
		return nil, fmt.Errorf("memserver: messages: dial: %w", err)
	}
	defer c.Close()
	if err := c.Login(name, s.password).Wait(); err != nil {
		return nil, fmt.Errorf("memserver: messages: login %q: %w", name, err)
	}
	msgs, err := FetchAll(c, mailbox)
	if err != nil {
		return nil, fmt.Errorf("memserver: messages of %q in %q: %w", name, mailbox, err)
	}
	_ = c.Logout().Wait()
	return msgs, nil
}

// FetchAll reads every message of mailbox read-only (EXAMINE, BODY.PEEK[])
// with a logged-in client. It is shared with the e2e harness.
func FetchAll(c *imapclient.Client, mailbox string) ([][]byte, error) {
	sel, err := c.Select(mailbox, &imap.SelectOptions{ReadOnly: true}).Wait()
	if err != nil {
		return nil, fmt.Errorf("examine: %w", err)
	}
	if sel.NumMessages == 0 {
		return [][]byte{}, nil
	}
	section := &imap.FetchItemBodySection{Peek: true}
	var seq imap.SeqSet
	seq.AddRange(1, 0) // 1:*
	bufs, err := c.Fetch(seq, &imap.FetchOptions{BodySection: []*imap.FetchItemBodySection{section}}).Collect()
	if err != nil {
		return nil, fmt.Errorf("fetch: %w", err)
	}
	out := make([][]byte, 0, len(bufs))
	for _, b := range bufs {
		out = append(out, b.FindBodySection(section))
	}
	return out, nil
}

// Outside returns a copy of the messages accepted for recipients outside the
// local domains, in arrival order.
func (s *Server) Outside() []Delivery {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Delivery, len(s.outside))
	for i, d := range s.outside {
		out[i] = Delivery{From: d.From, To: append([]string(nil), d.To...), Raw: bytes.Clone(d.Raw)}
	}
	return out
}

// localUser resolves an address to its canonical user name: lower case, the
// "+detail" part removed, domain one of the local domains.
func (s *Server) localUser(addr string) (string, bool) {
	local, domain, ok := splitAddress(addr)
	if !ok || !s.domains[domain] {
		return "", false
	}
	if i := strings.IndexByte(local, '+'); i >= 0 {
		local = local[:i]
	}
	if local == "" {
		return "", false
	}
	return local + "@" + domain, true
}

// splitAddress splits "Local@Domain" (optionally in angle brackets) into a
// lower-cased local part and domain.
func splitAddress(addr string) (local, domain string, ok bool) {
	addr = strings.TrimSpace(addr)
	addr = strings.TrimSuffix(strings.TrimPrefix(addr, "<"), ">")
	i := strings.LastIndexByte(addr, '@')
	if i <= 0 || i == len(addr)-1 {
		return "", "", false
	}
	local, domain = strings.ToLower(addr[:i]), strings.ToLower(addr[i+1:])
	if strings.ContainsAny(local+domain, " \t\r\n<>") || strings.Contains(domain, "@") {
		return "", "", false
	}
	return local, domain, true
}

// user returns the user with that canonical name, creating it with an INBOX.
func (s *Server) user(name string) *imapmemserver.User {
	s.mu.Lock()
	defer s.mu.Unlock()
	u := s.users[name]
	if u == nil {
		u = imapmemserver.NewUser(name, s.password)
		// Create cannot fail on a fresh user.
		_ = u.Create("INBOX", nil)
		_ = u.Subscribe("INBOX")
		s.users[name] = u
	}
	return u
}

func (s *Server) appendRaw(name, mailbox string, raw []byte) error {
	u := s.user(name)
	_, err := u.Append(mailbox, &literal{Reader: bytes.NewReader(raw), size: int64(len(raw))}, &imap.AppendOptions{Time: time.Now()})
	if err == nil {
		s.mu.Lock()
		close(s.changed)
		s.changed = make(chan struct{})
		s.mu.Unlock()
	}
	return err
}

// changes returns a channel closed at the next delivery.
func (s *Server) changes() <-chan struct{} {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.changed
}

// idleRecheck bounds how late IDLE reports changes made by other IMAP
// sessions (APPEND, COPY, flags); deliveries are reported at once.
const idleRecheck = 250 * time.Millisecond

// literal adapts a bytes.Reader to imap.LiteralReader.
type literal struct {
	*bytes.Reader
	size int64
}

func (l *literal) Size() int64 { return l.size }

// imapSession overrides Login so users exist on first use, and Idle (below).
type imapSession struct {
	*imapmemserver.UserSession // nil until logged in
	server                     *Server
	selected                   bool // a mailbox view exists in UserSession
}

func (sess *imapSession) Select(name string, options *imap.SelectOptions) (*imap.SelectData, error) {
	data, err := sess.UserSession.Select(name, options)
	if err == nil {
		sess.selected = true
	}
	return data, err
}

func (sess *imapSession) Unselect() error {
	sess.selected = false
	return sess.UserSession.Unselect()
}

// Idle replaces imapmemserver's, which misses an update queued between the
// "+ idling" reply and its own registration (a delivery right as IDLE starts
// would wait for the next one). This one reports what is pending first, then
// wakes on every delivery and rechecks every idleRecheck.
func (sess *imapSession) Idle(w *imapserver.UpdateWriter, stop <-chan struct{}) error {
	if !sess.selected {
		<-stop
		return nil
	}
	tick := time.NewTicker(idleRecheck)
	defer tick.Stop()
	for {
		changed := sess.server.changes()
		if err := sess.UserSession.Poll(w, true); err != nil {
			return err
		}
		select {
		case <-stop:
			return nil
		case <-changed:
		case <-tick.C:
		}
	}
}

var _ imapserver.SessionIMAP4rev2 = (*imapSession)(nil)

func (sess *imapSession) Login(username, password string) error {
	name, ok := sess.server.localUser(username)
	if !ok || password != sess.server.password {
		return imapserver.ErrAuthFailed
	}
	if !strings.EqualFold(strings.TrimSpace(username), name) {
		// Log in with the plain address, not a plus address.
		return imapserver.ErrAuthFailed
	}
	sess.UserSession = imapmemserver.NewUserSession(sess.server.user(name))
	return nil
}

func (sess *imapSession) Close() error {
	if sess.UserSession == nil {
		return nil
	}
	return sess.UserSession.Close()
}

// smtpSession collects one SMTP transaction.
type smtpSession struct {
	server *Server
	authed bool
	from   string
	rcpts  []string
}

var _ smtp.AuthSession = (*smtpSession)(nil)

func (sess *smtpSession) AuthMechanisms() []string { return []string{sasl.Plain} }

func (sess *smtpSession) Auth(mech string) (sasl.Server, error) {
	if mech != sasl.Plain {
		return nil, smtp.ErrAuthUnknownMechanism
	}
	return sasl.NewPlainServer(func(identity, username, password string) error {
		if password != sess.server.password {
			return smtp.ErrAuthFailed
		}
		sess.authed = true
		return nil
	}), nil
}

func (sess *smtpSession) Mail(from string, _ *smtp.MailOptions) error {
	sess.from = from
	sess.rcpts = nil
	return nil
}

func (sess *smtpSession) Rcpt(to string, _ *smtp.RcptOptions) error {
	if _, _, ok := splitAddress(to); !ok {
		return &smtp.SMTPError{Code: 553, EnhancedCode: smtp.EnhancedCode{5, 1, 3}, Message: "Bad recipient address syntax"}
	}
	sess.rcpts = append(sess.rcpts, to)
	return nil
}

func (sess *smtpSession) Data(r io.Reader) error {
	raw, err := io.ReadAll(r)
	if err != nil {
		return fmt.Errorf("memserver: read data: %w", err)
	}
	s := sess.server
	if s.hook != nil {
		if err := s.hook(sess.from, append([]string(nil), sess.rcpts...)); err != nil {
			s.log.Info("memserver: smtp hook rejected message", slog.String("from", sess.from), slog.Any("err", err))
			return err
		}
	}
	var outside []string
	for _, rcpt := range sess.rcpts {
		name, ok := s.localUser(rcpt)
		if !ok {
			outside = append(outside, rcpt)
			continue
		}
		// Like Dovecot LMTP: Return-Path and Delivered-To on top.
		var msg bytes.Buffer
		msg.Grow(len(raw) + 128)
		fmt.Fprintf(&msg, "Return-Path: <%s>\r\nDelivered-To: %s\r\n", sess.from, rcpt)
		msg.Write(raw)
		if err := s.appendRaw(name, "INBOX", msg.Bytes()); err != nil {
			return &smtp.SMTPError{Code: 451, EnhancedCode: smtp.EnhancedCode{4, 3, 0}, Message: "Delivery failed: " + err.Error()}
		}
		s.log.Debug("memserver: delivered", slog.String("from", sess.from), slog.String("rcpt", rcpt), slog.String("user", name))
	}
	if len(outside) > 0 {
		s.mu.Lock()
		s.outside = append(s.outside, Delivery{From: sess.from, To: outside, Raw: raw})
		s.mu.Unlock()
		s.log.Debug("memserver: recorded outside delivery", slog.String("from", sess.from), slog.Any("rcpts", outside))
	}
	return nil
}

func (sess *smtpSession) Reset() {
	sess.from = ""
	sess.rcpts = nil
}

func (sess *smtpSession) Logout() error { return nil }

// printfLogger adapts slog to the Printf/Println loggers of imapserver and go-smtp.
type printfLogger struct {
	log   *slog.Logger
	proto string
}

func (l printfLogger) Printf(format string, args ...any) {
	l.log.Warn("memserver: "+strings.TrimSpace(fmt.Sprintf(format, args...)), slog.String("proto", l.proto))
}

func (l printfLogger) Println(args ...any) {
	l.log.Warn("memserver: "+strings.TrimSpace(fmt.Sprintln(args...)), slog.String("proto", l.proto))
}
