// Package imapin is spocd's IMAP intake session: it connects to the SPOC
// mailbox, fetches new messages by UID (BODY.PEEK[], never setting \Seen),
// marks them processed once the caller has committed their effects, and waits
// for new mail with IDLE or polling.
//
// The package knows nothing about the database: the caller owns the UID
// watermark (together with UIDVALIDITY) and decides what to fetch and when to
// mark. A Session is not safe for concurrent use, except that Close may be
// called from another goroutine to abort whatever the session is doing.
package imapin

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net"
	"strings"
	"time"
)

// Error classes returned by Dial and the Session methods. Errors wrap one of
// these so the caller can tell the user what is wrong (errors.Is works).
var (
	// ErrConfig: the Config is invalid (for example TLS "none" to a remote host).
	ErrConfig = errors.New("invalid IMAP configuration")
	// ErrDial: the server could not be reached or the connection broke.
	ErrDial = errors.New("IMAP connection failed")
	// ErrTLS: the TLS handshake or STARTTLS failed.
	ErrTLS = errors.New("IMAP TLS failed")
	// ErrAuth: the server refused the credentials.
	ErrAuth = errors.New("IMAP authentication failed")
	// ErrMailbox: the mailbox (or the processed folder) does not exist or cannot be selected.
	ErrMailbox = errors.New("IMAP mailbox unavailable")
	// ErrClosed: the session is closed (by Close, a cancelled context or a
	// broken connection); the caller must Dial again.
	ErrClosed = errors.New("IMAP session closed")
	// ErrKeyword: the server does not store the processed keyword and no
	// processed folder is configured, so messages cannot be marked.
	ErrKeyword = errors.New("IMAP server does not allow the processed keyword")
)

// TLS modes for Config.TLS.
const (
	TLSImplicit = "implicit"
	TLSStartTLS = "starttls"
	TLSNone     = "none"
)

// Defaults applied by Dial for zero Config fields.
const (
	DefaultMailbox         = "INBOX"
	DefaultKeyword         = "$SPOCdProcessed"
	DefaultPollInterval    = 60 * time.Second
	DefaultDialTimeout     = 15 * time.Second
	DefaultIOTimeout       = 60 * time.Second
	DefaultBatchSize       = 100
	DefaultMaxMessageBytes = 25 << 20

	// maxIdle caps one IDLE command well below the 29 minutes after which
	// servers may drop an idle client (RFC 2177).
	maxIdle = 25 * time.Minute
	// maxBatchBytes bounds the message bytes held in one batch: a batch is cut
	// short when the next message would exceed it (it holds at least one).
	// Fetch holds two batches (one being fetched while the other is
	// processed), and processing a batch costs a few times its size, so this
	// keeps intake's memory flat well below 100 MB (issue 7).
	maxBatchBytes = 4 << 20
	// maxUIDsPerCommand bounds the UID set in one STORE/MOVE/COPY command line.
	maxUIDsPerCommand = 1000
	// maxSearchUIDs bounds how many UIDs a (possibly hostile) SEARCH answer may expand to.
	maxSearchUIDs = 10_000_000
)

// Config describes the IMAP account and how to use it.
type Config struct {
	Addr               string // host:port
	TLS                string // "implicit" (default) | "starttls" | "none" ("none" refused unless host is loopback)
	InsecureSkipVerify bool   // for tests/self-signed certificates
	ServerName         string // TLS SNI; default host of Addr
	Username           string
	Password           string
	// OAuth2Token, when set, makes Dial authenticate with SASL XOAUTH2
	// instead of LOGIN.
	OAuth2Token func(ctx context.Context) (string, error)
	Mailbox     string // default "INBOX"
	// ProcessedFolder, when set, receives processed messages (UID MOVE after
	// marking). It is never created: Mailboxes lets `spocd check` report a
	// missing folder, and MarkProcessed fails with ErrMailbox.
	ProcessedFolder string
	Keyword         string        // default "$SPOCdProcessed"
	Idle            bool          // use IDLE when the server advertises it
	PollInterval    time.Duration // default 60s; also the max time between checks while idling
	DialTimeout     time.Duration // default 15s
	IOTimeout       time.Duration // max time without progress on a command, default 60s
	BatchSize       int           // default 100
	// MaxMessageBytes limits what is fetched of one message (default 25 MiB);
	// larger messages come back with Truncated set.
	MaxMessageBytes int64
	// Prepare, when set, is called for every fetched message before its batch
	// is handed over, on goroutines of their own (several at once, one message
	// each): work done there (parsing, hashing) overlaps with fetching the next
	// batch and handling the previous one. It must be safe for concurrent use.
	// It may set Fetched.Prepared.
	Prepare func(*Fetched)
	// Durable, when set, is called before messages are marked processed (MarkProcessed,
	// and the marks QueueProcessed queued): the handler may have committed their effects
	// without waiting for the disk, and a mark must never get ahead of what survives a
	// crash. An error leaves the messages unmarked.
	Durable func(ctx context.Context) error
	Logger  *slog.Logger
}

// Fetched is one fetched message.
type Fetched struct {
	UID          uint32
	UIDValidity  uint32
	InternalDate time.Time
	Size         int64  // RFC822.SIZE as reported by the server
	Raw          []byte // the message bytes (BODY.PEEK[], never sets \Seen)
	Truncated    bool   // Raw holds only the first MaxMessageBytes
	Processed    bool   // already carries Keyword on the server
	Prepared     any    // what Config.Prepare left, or nil
}

// State is what the session knows about the selected mailbox, from the last
// SELECT, STATUS or NOOP.
type State struct{ UIDValidity, UIDNext, Messages uint32 }

// withDefaults returns cfg with defaults filled in, or an ErrConfig error.
func (cfg Config) withDefaults() (Config, error) {
	host, port, err := net.SplitHostPort(cfg.Addr)
	if err != nil || host == "" || port == "" {
		return cfg, fmt.Errorf("imap address %q: want host:port: %w", cfg.Addr, ErrConfig)
	}
	switch cfg.TLS = strings.ToLower(strings.TrimSpace(cfg.TLS)); cfg.TLS {
	case "":
		cfg.TLS = TLSImplicit
	case TLSImplicit, TLSStartTLS:
	case TLSNone:
		if !isLoopback(host) {
			return cfg, fmt.Errorf("imap tls %q refused for non-loopback host %q (credentials would travel in clear text): %w", TLSNone, host, ErrConfig)
		}
	default:
		return cfg, fmt.Errorf("imap tls %q: want implicit, starttls or none: %w", cfg.TLS, ErrConfig)
	}
	if cfg.ServerName == "" {
		cfg.ServerName = host
	}
	if cfg.Mailbox == "" {
		cfg.Mailbox = DefaultMailbox
	}
	if cfg.ProcessedFolder != "" && strings.EqualFold(cfg.ProcessedFolder, cfg.Mailbox) {
		return cfg, fmt.Errorf("imap processed folder %q is the mailbox itself: %w", cfg.ProcessedFolder, ErrConfig)
	}
	if cfg.Keyword == "" {
		cfg.Keyword = DefaultKeyword
	}
	if err := validKeyword(cfg.Keyword); err != nil {
		return cfg, fmt.Errorf("imap keyword: %w: %w", err, ErrConfig)
	}
	if cfg.Username == "" {
		return cfg, fmt.Errorf("imap username is empty: %w", ErrConfig)
	}
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = DefaultPollInterval
	}
	if cfg.DialTimeout <= 0 {
		cfg.DialTimeout = DefaultDialTimeout
	}
	if cfg.IOTimeout <= 0 {
		cfg.IOTimeout = DefaultIOTimeout
	}
	if cfg.BatchSize <= 0 {
		cfg.BatchSize = DefaultBatchSize
	}
	if cfg.MaxMessageBytes <= 0 {
		cfg.MaxMessageBytes = DefaultMaxMessageBytes
	}
	// A partial fetch <0.N> carries N as a 32-bit number on many servers.
	if cfg.MaxMessageBytes > 1<<31-1 {
		cfg.MaxMessageBytes = 1<<31 - 1
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	return cfg, nil
}

// isLoopback reports whether host names the local machine: 127.0.0.0/8, ::1
// or "localhost".
func isLoopback(host string) bool {
	if strings.EqualFold(strings.TrimSuffix(host, "."), "localhost") {
		return true
	}
	ip := net.ParseIP(strings.Trim(host, "[]"))
	return ip != nil && ip.IsLoopback()
}

// validKeyword checks that kw can be sent as an IMAP flag keyword (an atom,
// RFC 3501 flag-keyword), or is a system flag.
func validKeyword(kw string) error {
	if kw == "" {
		return errors.New("empty keyword")
	}
	if len(kw) > 200 {
		return fmt.Errorf("keyword %.20q... is too long", kw)
	}
	body := kw
	if strings.HasPrefix(kw, `\`) {
		body = kw[1:]
		if body == "" {
			return fmt.Errorf("keyword %q is not an atom", kw)
		}
	}
	for i := 0; i < len(body); i++ {
		c := body[i]
		if c <= ' ' || c >= 0x7f || strings.IndexByte(`(){%*"\]`, c) >= 0 {
			return fmt.Errorf("keyword %q contains the invalid character %q", kw, c)
		}
	}
	return nil
}

// Backoff returns how long to wait before reconnect attempt number attempt
// (0-based): exponential from 1s, capped at 5 minutes, with jitter (the
// result lies in [d/2, d] for the nominal delay d, and never below 1s).
func Backoff(attempt int) time.Duration {
	const (
		minDelay = time.Second
		maxDelay = 5 * time.Minute
	)
	if attempt < 0 {
		attempt = 0
	}
	d := maxDelay
	if attempt < 9 { // 1s<<9 = 512s > 5m
		d = min(minDelay<<attempt, maxDelay)
	}
	half := d / 2
	j := half + rand.N(half+1)
	return max(j, minDelay)
}
