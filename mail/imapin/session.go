package imapin

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
)

// Session is one authenticated IMAP connection with cfg.Mailbox selected.
type Session struct {
	cfg    Config
	log    *slog.Logger
	client *imapclient.Client
	conn   *deadlineConn

	// mu serialises commands. Close only takes it when free, so it can
	// abort a session that is busy in another goroutine.
	mu sync.Mutex

	stateMu   sync.Mutex
	state     State
	lastCheck time.Time

	// notify receives a value when the server reports EXISTS: the mailbox
	// may have new mail. It is buffered so the client never blocks.
	notify chan struct{}

	// fetching is set while fetchUIDs runs; queued holds what QueueProcessed left for
	// the fetching goroutine to mark (under markMu).
	fetching    atomic.Bool
	markMu      sync.Mutex
	queued      []uint32
	queuedSince time.Time
	// markEvery and markDelay say when queued marks are sent (0: the defaults; tests set
	// them).
	markEvery int
	markDelay time.Duration

	caps       imap.CapSet
	canKeyword bool
	noIdle     atomic.Bool // the server refused IDLE once: poll instead
	closeOnce  sync.Once
	closed     chan struct{}

	slabs slabPool // the buffers batches of bodies are read into
}

// Dial connects, (STARTTLS), authenticates and SELECTs cfg.Mailbox. Errors
// wrap ErrConfig, ErrDial, ErrTLS, ErrAuth or ErrMailbox.
func Dial(ctx context.Context, cfg Config) (*Session, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, fmt.Errorf("imapin: dial: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("imapin: dial %s: %w: %w", cfg.Addr, ErrDial, err)
	}
	s := &Session{
		cfg:    cfg,
		log:    cfg.Logger.With(slog.String("imap_addr", cfg.Addr), slog.String("mailbox", cfg.Mailbox)),
		notify: make(chan struct{}, 1),
		closed: make(chan struct{}),
	}

	dialer := &net.Dialer{Timeout: cfg.DialTimeout, KeepAlive: 30 * time.Second}
	raw, err := dialer.DialContext(ctx, "tcp", cfg.Addr)
	if err != nil {
		return nil, fmt.Errorf("imapin: dial %s: %w: %w", cfg.Addr, ErrDial, err)
	}
	// The whole set-up (TLS, greeting, login, select) must make progress
	// within the dial timeout at each step, and ends when ctx ends.
	s.conn = newDeadlineConn(raw, cfg.DialTimeout)
	s.conn.setActive(true)
	stop := context.AfterFunc(ctx, func() { raw.Close() })
	defer stop()

	if err := s.connect(ctx); err != nil {
		raw.Close()
		if s.client != nil {
			s.client.Close()
		}
		if ctxErr := ctx.Err(); ctxErr != nil && !errors.Is(err, ctxErr) {
			err = fmt.Errorf("%w (%w)", err, ctxErr)
		}
		return nil, fmt.Errorf("imapin: dial %s: %w", cfg.Addr, err)
	}
	s.conn.setActive(false)
	s.conn.setTimeout(cfg.IOTimeout)
	return s, nil
}

// connect runs the protocol set-up on s.conn; errors carry their class.
func (s *Session) connect(ctx context.Context) error {
	cfg := s.cfg
	opts := &imapclient.Options{
		TLSConfig: &tls.Config{
			ServerName:         cfg.ServerName,
			InsecureSkipVerify: cfg.InsecureSkipVerify,
			MinVersion:         tls.VersionTLS12,
		},
		UnilateralDataHandler: &imapclient.UnilateralDataHandler{
			Mailbox: s.onMailboxUpdate,
		},
	}

	switch cfg.TLS {
	case TLSImplicit:
		tlsCfg := opts.TLSConfig.Clone()
		tlsCfg.NextProtos = []string{"imap"}
		tc := tls.Client(s.conn, tlsCfg)
		if err := tc.HandshakeContext(ctx); err != nil {
			return fmt.Errorf("%w: handshake: %w", ErrTLS, err)
		}
		s.client = imapclient.New(tc, opts)
	case TLSStartTLS:
		c, err := imapclient.NewStartTLS(s.conn, opts)
		if err != nil {
			var imapErr *imap.Error
			if errors.As(err, &imapErr) {
				return fmt.Errorf("%w: server refused STARTTLS: %w", ErrTLS, err)
			}
			return fmt.Errorf("%w: starttls: %w", ErrTLS, err)
		}
		s.client = c
	default:
		s.client = imapclient.New(s.conn, opts)
	}
	if err := s.client.WaitGreeting(); err != nil {
		return fmt.Errorf("%w: greeting: %w", ErrDial, err)
	}

	if s.client.State() == imap.ConnStateNotAuthenticated {
		if err := s.authenticate(ctx); err != nil {
			return err
		}
	} // else PREAUTH: the server authenticated us already (never over STARTTLS)

	data, err := s.client.Select(cfg.Mailbox, nil).Wait()
	if err != nil {
		return classify(ErrMailbox, fmt.Sprintf("select %q", cfg.Mailbox), err)
	}
	s.setSelectState(data)
	s.caps = s.client.Caps()
	// Without PERMANENTFLAGS all flags are permanent (RFC 3501 7.1).
	s.canKeyword = data.PermanentFlags == nil || keywordAllowed(data.PermanentFlags, cfg.Keyword)
	if !s.canKeyword {
		s.log.Warn("imap server does not store the processed keyword permanently",
			slog.String("keyword", cfg.Keyword), slog.Bool("processed_folder", cfg.ProcessedFolder != ""))
	}
	s.log.Debug("imap session ready",
		slog.Uint64("uidvalidity", uint64(data.UIDValidity)),
		slog.Uint64("uidnext", uint64(data.UIDNext)),
		slog.Uint64("messages", uint64(data.NumMessages)),
		slog.Bool("idle", s.CanIdle()))
	return nil
}

func (s *Session) authenticate(ctx context.Context) error {
	cfg := s.cfg
	if cfg.OAuth2Token != nil {
		token, err := cfg.OAuth2Token(ctx)
		if err != nil {
			return fmt.Errorf("%w: get oauth2 token: %w", ErrAuth, err)
		}
		sc, err := newXOAuth2Client(cfg.Username, token)
		if err != nil {
			return fmt.Errorf("%w: %w", ErrAuth, err)
		}
		if caps := s.client.Caps(); caps != nil && !caps.Has(imap.Cap("AUTH=XOAUTH2")) {
			return fmt.Errorf("%w: server does not offer AUTH=XOAUTH2", ErrAuth)
		}
		if err := s.client.Authenticate(sc); err != nil {
			return classify(ErrAuth, "authenticate xoauth2", err)
		}
		return nil
	}
	if caps := s.client.Caps(); caps != nil && caps.Has(imap.CapLoginDisabled) {
		return fmt.Errorf("%w: server refuses LOGIN on this connection (LOGINDISABLED; use TLS)", ErrAuth)
	}
	if err := s.client.Login(cfg.Username, cfg.Password).Wait(); err != nil {
		return classify(ErrAuth, "login as "+cfg.Username, err)
	}
	return nil
}

// classify wraps err in class when the server answered NO or BAD, and in
// ErrDial when the connection itself failed.
func classify(class error, op string, err error) error {
	var imapErr *imap.Error
	if errors.As(err, &imapErr) {
		return fmt.Errorf("%w: %s: %w", class, op, err)
	}
	return fmt.Errorf("%w: %s: %w", ErrDial, op, err)
}

func keywordAllowed(permanent []imap.Flag, keyword string) bool {
	for _, f := range permanent {
		if f == imap.FlagWildcard || strings.EqualFold(string(f), keyword) {
			return true
		}
	}
	return false
}

// onMailboxUpdate runs in the client's reader goroutine: it must not block.
func (s *Session) onMailboxUpdate(data *imapclient.UnilateralDataMailbox) {
	if data.NumMessages == nil {
		return
	}
	s.stateMu.Lock()
	s.state.Messages = *data.NumMessages
	s.stateMu.Unlock()
	select {
	case s.notify <- struct{}{}:
	default:
	}
}

func (s *Session) setSelectState(data *imap.SelectData) {
	s.stateMu.Lock()
	defer s.stateMu.Unlock()
	s.state = State{UIDValidity: data.UIDValidity, UIDNext: uint32(data.UIDNext), Messages: data.NumMessages}
	s.lastCheck = time.Now()
}

// State returns what is known about the selected mailbox from the last
// SELECT, STATUS or NOOP (and UIDs seen by Fetch).
func (s *Session) State() State {
	s.stateMu.Lock()
	defer s.stateMu.Unlock()
	return s.state
}

// CanIdle reports whether Wait uses IDLE: cfg.Idle is set and the server
// advertises IDLE.
func (s *Session) CanIdle() bool {
	return s.cfg.Idle && !s.noIdle.Load() && s.caps.Has(imap.CapIdle)
}

// KeywordSupported reports whether the server stores cfg.Keyword
// permanently (PERMANENTFLAGS lists it or \*).
func (s *Session) KeywordSupported() bool { return s.canKeyword }

// do runs f as one protocol exchange: s.mu must be held. While f runs, the
// connection must make progress within IOTimeout, and when ctx ends the
// connection is closed (go-imap takes no context), which ends the session.
func (s *Session) do(ctx context.Context, op string, f func() error) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("imapin: %s: %w", op, err)
	}
	if s.isClosed() {
		return fmt.Errorf("imapin: %s: %w", op, ErrClosed)
	}
	s.conn.setActive(true)
	stop := context.AfterFunc(ctx, func() { s.client.Close() })
	err := f()
	if !stop() {
		// ctx ended while f ran: the connection was closed under it.
		return fmt.Errorf("imapin: %s: %w: %w", op, ErrClosed, ctx.Err())
	}
	s.conn.setActive(false)
	if err != nil {
		var imapErr *imap.Error
		if !errors.As(err, &imapErr) || s.isClosed() {
			// A transport error: the session is unusable.
			return fmt.Errorf("imapin: %s: %w: %w", op, ErrClosed, err)
		}
		return fmt.Errorf("imapin: %s: %w", op, err)
	}
	return nil
}

// isClosed reports whether Close was called or the connection has ended.
func (s *Session) isClosed() bool {
	select {
	case <-s.closed:
		return true
	case <-s.client.Closed():
		return true
	default:
		return false
	}
}

// Append stores a raw message in a mailbox (used by tests, demo and
// `spocd check --probe`).
func (s *Session) Append(ctx context.Context, mailbox string, raw []byte, flags ...string) error {
	imapFlags := make([]imap.Flag, 0, len(flags))
	for _, f := range flags {
		if err := validKeyword(f); err != nil {
			return fmt.Errorf("imapin: append: %w", err)
		}
		imapFlags = append(imapFlags, imap.Flag(f))
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.do(ctx, "append to "+mailbox, func() error {
		cmd := s.client.Append(mailbox, int64(len(raw)), &imap.AppendOptions{Flags: imapFlags})
		_, werr := cmd.Write(raw)
		cerr := cmd.Close()
		if _, err := cmd.Wait(); err != nil {
			return err
		}
		return errors.Join(werr, cerr)
	})
}

// Mailboxes lists the names of all mailboxes (for `spocd check`), sorted.
func (s *Session) Mailboxes(ctx context.Context) ([]string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var names []string
	err := s.do(ctx, "list mailboxes", func() error {
		list, err := s.client.List("", "*", nil).Collect()
		if err != nil {
			return err
		}
		for _, l := range list {
			if l != nil {
				names = append(names, l.Mailbox)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	return names, nil
}

// Close sends LOGOUT (when the session is idle and healthy) and closes the
// connection. It is safe to call twice and from another goroutine, where it
// aborts what the session is doing.
func (s *Session) Close() error {
	var err error
	s.closeOnce.Do(func() {
		healthy := !s.isClosed()
		if s.mu.TryLock() {
			if healthy {
				s.conn.setTimeout(min(s.cfg.IOTimeout, 5*time.Second))
				s.conn.setActive(true)
				// LOGOUT's answer is best effort: some servers just hang up.
				_ = s.client.Logout().Wait()
			}
			s.mu.Unlock()
		}
		close(s.closed)
		if cerr := s.client.Close(); healthy && cerr != nil && !errors.Is(cerr, net.ErrClosed) {
			err = fmt.Errorf("imapin: close: %w", cerr)
		}
	})
	return err
}
