package mail

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
)

// Address is one mailbox from an address header.
type Address struct {
	Name string
	Addr string // lower-cased
}

// String formats the address for logs ("Name <addr>" or "addr").
func (a Address) String() string {
	if a.Name == "" {
		return a.Addr
	}
	return a.Name + " <" + a.Addr + ">"
}

// Attachment describes one attachment (or inline part that is not body text).
type Attachment struct {
	Filename    string `json:"filename"`
	ContentType string `json:"content_type"`
	Size        int64  `json:"size"` // decoded size in bytes
	ContentID   string `json:"-"`
	Inline      bool   `json:"-"`
}

// IgnoreReason says why a message must not be answered or processed as a request.
type IgnoreReason string

// Ignore reasons. The string values are part of the `spocd parse --json` contract.
const (
	IgnoreNone      IgnoreReason = ""
	IgnoreAutoReply IgnoreReason = "auto-reply"
	IgnoreBounce    IgnoreReason = "bounce"
	IgnoreList      IgnoreReason = "list"
	IgnoreOwnMail   IgnoreReason = "own-mail"
)

// Default limits used when the corresponding Options field is zero or negative.
const (
	DefaultMaxDepth       = 20
	DefaultMaxParts       = 200
	DefaultMaxTextBytes   = 1 << 20
	DefaultMaxHeaderBytes = 1 << 20
	DefaultRefPrefix      = "SPOC"
)

// maxProblems caps Message.Problems so hostile input cannot grow it without bound.
const maxProblems = 50

// Options configure Parse and ExtractAttachments. The zero value is usable.
type Options struct {
	// RefPrefix is the reference prefix, e.g. "SPOC": subject tags look like
	// [SPOC-0042]. Matched case-insensitively; Message.Ref is normalised to the
	// upper-case prefix and the digits as written. Default "SPOC".
	RefPrefix string
	// OwnAddresses are the SPOC mailbox address(es); mail From one of them is own mail.
	OwnAddresses []string
	// OwnDomain is the domain of the Message-IDs spocd generates (see IsOwnMessageID).
	OwnDomain string
	// PlusLocal is the local part of the SPOC address, e.g. "spoc": a token is
	// found in spoc+<token>@domain in To, Cc, Delivered-To, X-Original-To and Envelope-To.
	PlusLocal string
	// MaxDepth limits multipart nesting; deeper parts are not read. Default 20.
	MaxDepth int
	// MaxParts limits the number of MIME parts read. Default 200.
	MaxParts int
	// MaxTextBytes limits the decoded body text (and HTML) kept. Default 1 MiB.
	MaxTextBytes int
	// MaxHeaderBytes limits the size of the top-level header. Default 1 MiB.
	MaxHeaderBytes int
}

func (o Options) withDefaults() Options {
	if o.MaxDepth <= 0 {
		o.MaxDepth = DefaultMaxDepth
	}
	if o.MaxParts <= 0 {
		o.MaxParts = DefaultMaxParts
	}
	if o.MaxTextBytes <= 0 {
		o.MaxTextBytes = DefaultMaxTextBytes
	}
	if o.MaxHeaderBytes <= 0 {
		o.MaxHeaderBytes = DefaultMaxHeaderBytes
	}
	o.RefPrefix = strings.TrimSpace(o.RefPrefix)
	if o.RefPrefix == "" {
		o.RefPrefix = DefaultRefPrefix
	}
	o.PlusLocal = strings.ToLower(strings.TrimSpace(o.PlusLocal))
	o.OwnDomain = strings.ToLower(strings.TrimSpace(o.OwnDomain))
	return o
}

// Message is one parsed inbound mail.
type Message struct {
	MessageID     string   // without <>; empty if missing (the caller synthesises one)
	InReplyTo     []string // ids without <>
	References    []string // ids without <>, oldest first
	From          Address
	ReplyTo       []Address
	To, Cc        []Address
	Date          time.Time // zero if missing or unparseable
	Subject       string    // decoded full subject
	CleanSubject  string    // without reply/forward prefixes and reference/token tags
	Ref           string    // reference from the subject tag, e.g. "SPOC-0042", or ""
	Token         string    // approval token: plus address, then subject tag, then footer line
	TokenFrom     string    // where Token was found: "plus", "subject" or "footer"; "" without one
	Text          string    // body text: text/plain, or HTML converted to text when there is none
	HTML          string    // the HTML part if any (raw, not sanitised; capped)
	NewText       string    // the new text of a reply; Parse sets it to Text
	Attachments   []Attachment
	Ignore        IgnoreReason
	AuthResults   []string // raw Authentication-Results values, topmost first
	AutoSubmitted string   // raw value of Auto-Submitted
	Problems      []string // what could not be decoded
}

// ErrNoMessage is returned by Parse and ExtractAttachments when the input holds
// no message at all (empty input, or no header field could be read).
var ErrNoMessage = errors.New("no message header")

// TokenLen is the length of an approval token: 26 characters of lower-case
// base32 (RFC 4648 alphabet a-z2-7, no padding), 128 bits.
const TokenLen = 26

// ValidToken reports whether s is a well-formed approval token.
func ValidToken(s string) bool {
	if len(s) != TokenLen {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isTokenByte(s[i]) {
			return false
		}
	}
	return true
}

func isTokenByte(c byte) bool {
	return (c >= 'a' && c <= 'z') || (c >= '2' && c <= '7')
}

// IsOwnMessageID reports whether id (without <>) was generated by spocd for
// domain: spocd generates ids like "<spocd.<random>@domain>".
func IsOwnMessageID(id, domain string) bool {
	id = strings.TrimSpace(id)
	id = strings.TrimPrefix(id, "<")
	id = strings.TrimSuffix(id, ">")
	domain = strings.TrimSpace(domain)
	if domain == "" || len(id) <= len("spocd.")+1+len(domain) {
		return false
	}
	if !strings.HasPrefix(strings.ToLower(id), "spocd.") {
		return false
	}
	at := strings.LastIndexByte(id, '@')
	if at < 0 {
		return false
	}
	return strings.EqualFold(id[at+1:], domain) && at > len("spocd.")
}

// problems collects human-readable notes, capped at maxProblems.
type problems struct {
	list    []string
	dropped int
}

func (p *problems) addf(format string, args ...any) {
	if len(p.list) >= maxProblems {
		p.dropped++
		return
	}
	s := fmt.Sprintf(format, args...)
	for _, old := range p.list {
		if old == s {
			return
		}
	}
	p.list = append(p.list, s)
}

func (p *problems) result() []string {
	if p.dropped > 0 {
		return append(p.list, fmt.Sprintf("%d more problems not listed", p.dropped))
	}
	return p.list
}

// Parse reads one RFC 5322 message. It never panics and returns an error only
// when nothing at all could be read (empty input, no header); broken parts are
// recorded in Problems and what could be recovered is returned.
func Parse(r io.Reader, opt Options) (*Message, error) {
	opt = opt.withDefaults()
	var probs problems
	h, body, err := readTopHeader(r, opt, &probs)
	if err != nil {
		return nil, fmt.Errorf("parse message: %w", err)
	}
	defer releaseTopReader(body)

	m := &Message{}
	parseHeaderFields(m, h, &probs)

	c := newCollector(opt)
	w := &walker{opt: opt, probs: &probs, leaf: c.leaf}
	w.walk(h, body, 0, "")
	c.finish(m, &probs)

	m.Ref, m.Token = subjectTag(m.Subject, opt.RefPrefix)
	if m.Token != "" {
		m.TokenFrom = "subject"
	}
	m.CleanSubject = cleanSubject(m.Subject, opt.RefPrefix)
	if tok := plusToken(h, opt.PlusLocal); tok != "" {
		m.Token, m.TokenFrom = tok, "plus"
	}
	if m.Token == "" {
		m.Token = footerToken(m.Text)
	}
	if m.Token == "" && c.textFromPlain && indexFold(m.HTML, "spocd-token") >= 0 {
		m.Token = footerToken(HTMLToText(m.HTML))
	}
	if m.Token != "" && m.TokenFrom == "" {
		m.TokenFrom = "footer"
	}
	m.NewText = m.Text
	m.Ignore = classify(m, h, c, opt)
	m.Problems = probs.result()
	return m, nil
}

// ExtractAttachments streams the attachments of a raw message to fn, in
// message order, with the same limits as Parse. The Attachment passed to fn
// has Size 0 because the size is only known once body has been read; body is
// the decoded content and is drained after fn returns. An error from fn stops
// the walk and is returned wrapped. Undecodable parts are skipped or passed
// with what could be decoded, as in Parse.
func ExtractAttachments(r io.Reader, opt Options, fn func(a Attachment, body io.Reader) error) error {
	return extractAttachments(r, opt, func(a Attachment, l *leafPart) error { return fn(a, l.body) })
}

// ExtractAttachmentsEncoded is ExtractAttachments for forwarding: fn gets each
// attachment's Content-Transfer-Encoding (lower case, "" when missing) and its body as
// it stands in the message, still encoded.
func ExtractAttachmentsEncoded(r io.Reader, opt Options, fn func(a Attachment, cte string, encoded io.Reader) error) error {
	return extractAttachments(r, opt, func(a Attachment, l *leafPart) error { return fn(a, l.cte, l.raw) })
}

func extractAttachments(r io.Reader, opt Options, fn func(a Attachment, l *leafPart) error) error {
	opt = opt.withDefaults()
	var probs problems
	h, body, err := readTopHeader(r, opt, &probs)
	if err != nil {
		return fmt.Errorf("extract attachments: %w", err)
	}
	defer releaseTopReader(body)
	var fnErr error
	w := &walker{opt: opt, probs: &probs}
	w.leaf = func(l *leafPart) error {
		if l.isBodyText() {
			return nil
		}
		a := l.attachment()
		if a == nil {
			return nil
		}
		a.Size = 0
		if err := fn(*a, l); err != nil {
			fnErr = err
			return errStopWalk
		}
		return nil
	}
	w.walk(h, body, 0, "")
	if fnErr != nil {
		return fmt.Errorf("extract attachments: %w", fnErr)
	}
	return nil
}
