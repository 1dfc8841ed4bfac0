package workflow

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/spocd/spocd/config"
	"github.com/spocd/spocd/mail"
	"github.com/spocd/spocd/templates"
)

// Engine decides what inbound mail means and records the outcome together with the mail
// it causes (the outbox) in one transaction.
type Engine struct {
	cfg    *config.Config
	store  Store
	tmpl   *templates.Set
	now    func() time.Time
	log    *slog.Logger
	mopt   mail.Options
	kw     mail.Keywords
	shadow bool
	obs    Observer // metrics.go
}

// Option configures an Engine.
type Option func(*Engine)

// WithClock sets the clock (tests).
func WithClock(now func() time.Time) Option { return func(e *Engine) { e.now = now } }

// WithLogger sets the logger.
func WithLogger(l *slog.Logger) Option { return func(e *Engine) { e.log = l } }

// WithShadow records what would happen without ever sending: outbox rows are stored with
// status "shadow" and the sender never picks them up.
func WithShadow(on bool) Option { return func(e *Engine) { e.shadow = on } }

// New returns an Engine.
func New(cfg *config.Config, store Store, tmpl *templates.Set, opts ...Option) *Engine {
	e := &Engine{cfg: cfg, store: store, tmpl: tmpl, now: time.Now, log: slog.Default()}
	for _, o := range opts {
		o(e)
	}
	e.mopt = MailOptions(cfg)
	e.kw = mail.DefaultKeywords()
	e.kw.Approve = append(e.kw.Approve, cfg.Approval.Approve...)
	e.kw.Reject = append(e.kw.Reject, cfg.Approval.Reject...)
	return e
}

// MailOptions derives the parser options from the config.
func MailOptions(cfg *config.Config) mail.Options {
	local := cfg.SPOC.Address
	if i := strings.LastIndex(local, "@"); i >= 0 {
		local = local[:i]
	}
	own := []string{cfg.SPOC.Address}
	if cfg.SMTP.From != "" && cfg.SMTP.From != cfg.SPOC.Address {
		own = append(own, cfg.SMTP.From)
	}
	return mail.Options{RefPrefix: cfg.Organisation.RefPrefix, OwnAddresses: own, OwnDomain: cfg.Organisation.Domain, PlusLocal: local}
}

// Inbound is one message fetched from the SPOC mailbox.
type Inbound struct {
	UID          uint32
	InternalDate time.Time
	Raw          []byte
	Size         int64
	Truncated    bool
	// Prepared is the message already parsed and hashed (Engine.Prepare, run while the
	// previous batch was handled), or nil to do it here.
	Prepared *Prepared
}

// Prepared is what can be read from a message before any decision: its hash and its
// parsed form. It depends on nothing in the database.
type Prepared struct {
	raw  []byte // what was parsed (a check that it belongs to the Inbound)
	sha  string
	msg  *mail.Message
	perr error
	// staged is closed once the store's write of raw ahead of its transaction is done
	// (nil: nothing was staged). raw must stay valid until then: wait before recording the
	// message and before handing the batch's memory back.
	staged chan struct{}
}

// wait returns once the staging write of p (if any) is done.
func (p *Prepared) wait() {
	if p != nil && p.staged != nil {
		<-p.staged
	}
}

// Prepare parses and hashes raw. It is safe to call from any goroutine; IngestBatch uses
// the result instead of parsing again.
func (e *Engine) Prepare(raw []byte) *Prepared {
	sum := sha256.Sum256(raw)
	sha := hex.EncodeToString(sum[:])
	p := &Prepared{raw: raw, sha: sha}
	if st, ok := e.store.(rawStager); ok && st.StagesRaw(len(raw)) {
		// The file write (direct I/O: the goroutine waits for the disk) runs while the
		// message is parsed. Errors are left to RecordMessage, which stores it again.
		p.staged = make(chan struct{})
		go func() {
			defer close(p.staged)
			_ = st.StageRaw(raw, sha)
		}()
	}
	p.msg, p.perr = mail.Parse(bytes.NewReader(raw), e.mopt)
	return p
}

// rawStager is a store that can write a raw mail ahead of the transaction recording it
// (sqlstore: a SQLite blob file).
type rawStager interface {
	StagesRaw(size int) bool // whether StageRaw writes a mail of this size
	StageRaw(raw []byte, sha string) error
}

// prepared returns in's Prepared, computing it when it is missing or for other bytes. The
// parsed message is copied: a batch that fails is handled again message by message.
func (e *Engine) prepared(in Inbound) (sha string, msg *mail.Message, perr error) {
	p := in.Prepared
	if p == nil || len(p.raw) != len(in.Raw) || (len(p.raw) > 0 && &p.raw[0] != &in.Raw[0]) {
		p.wait()
		p = e.Prepare(in.Raw)
	}
	p.wait() // recording finds the staged file in place
	if p.msg != nil {
		c := *p.msg
		c.Problems = append([]string(nil), p.msg.Problems...)
		msg = &c
	}
	return p.sha, msg, p.perr
}

// Outcome says what became of one inbound message.
type Outcome struct {
	UID    uint32
	Action string // new_request | update_request | ignore | history | triage | refused | duplicate | quarantined
	Ref    string
	Reason string
}

// historyGrace allows for IMAP dates rounded to the second and for clock skew between the
// mail server and spocd: mail that arrives just around the first start is answered.
const historyGrace = time.Minute

// maxAttempts is how often a message may fail before it is quarantined.
const maxAttempts = 3

// Intake returns the watermark of a mailbox, creating it on the first start. The first start
// fixes "since": older mail is history.
func (e *Engine) Intake(ctx context.Context, mailbox string) (*MailboxState, error) {
	var st *MailboxState
	err := e.store.InTx(ctx, func(tx Tx) error {
		m, err := tx.Mailbox(ctx, mailbox)
		if errors.Is(err, ErrNotFound) {
			since := e.cfg.IMAP.SinceTime
			if since.IsZero() {
				since = e.now()
			}
			m = &MailboxState{Name: mailbox, Since: since}
			err = tx.SaveMailbox(ctx, m)
		}
		st = m
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("intake state: %w", err)
	}
	return st, nil
}

// ResetUIDValidity records a new UIDVALIDITY: the watermark starts again at 0 and dedupe
// keeps the re-read from doing anything twice.
func (e *Engine) ResetUIDValidity(ctx context.Context, mailbox string, uidvalidity uint32) error {
	return e.store.InTx(ctx, func(tx Tx) error {
		m, err := tx.Mailbox(ctx, mailbox)
		if err != nil {
			return err
		}
		e.log.Warn("UIDVALIDITY changed: reading the mailbox again", "mailbox", mailbox, "old", m.UIDValidity, "new", uidvalidity)
		m.UIDValidity, m.LastUID = uidvalidity, 0
		return tx.SaveMailbox(ctx, m)
	})
}

// IngestBatch processes a batch of messages and advances the watermark, all in one
// transaction. When the batch fails, each message is tried alone, so that one poison message
// cannot hold up the others; a message that keeps failing is quarantined.
func (e *Engine) IngestBatch(ctx context.Context, mailbox string, uidvalidity uint32, batch []Inbound) ([]Outcome, error) {
	if len(batch) == 0 {
		return nil, nil
	}
	// The batch's memory goes back to the fetcher after this returns: no staging write
	// may still read it, whatever happened.
	defer func() {
		for _, in := range batch {
			in.Prepared.wait()
		}
	}()
	outs, err := e.ingest(ctx, mailbox, uidvalidity, batch)
	if err == nil || ctx.Err() != nil {
		return outs, err
	}
	if len(batch) > 1 {
		e.log.Warn("batch failed, processing its messages one by one", "mailbox", mailbox, "err", err)
	}
	outs = outs[:0]
	for _, in := range batch {
		o, err := e.ingest(ctx, mailbox, uidvalidity, []Inbound{in})
		if err != nil {
			if ctx.Err() != nil {
				return outs, err
			}
			// Stop at the failing message: the watermark must not pass it until it is
			// processed or quarantined.
			o, err = e.failOne(ctx, mailbox, uidvalidity, in, err)
			if err != nil {
				return outs, err
			}
		}
		outs = append(outs, o...)
	}
	return outs, nil
}

// failOne counts a failure of one message; after maxAttempts it is quarantined: recorded,
// the watermark moves past it and the customer SPOC is told.
func (e *Engine) failOne(ctx context.Context, mailbox string, uidvalidity uint32, in Inbound, cause error) ([]Outcome, error) {
	key := fmt.Sprintf("%s/%d/%d", mailbox, uidvalidity, in.UID)
	if errors.Is(cause, ErrDuplicate) {
		// Another instance recorded the same message at the same moment: not this message's
		// fault. The next pass finds it recorded and moves on.
		return nil, fmt.Errorf("message %s: %w", key, cause)
	}
	var out []Outcome
	err := e.store.InTx(ctx, func(tx Tx) error {
		n, err := tx.RecordFailure(ctx, key, cause.Error(), e.now())
		if err != nil {
			return err
		}
		e.log.Error("message failed", "mailbox", mailbox, "uid", in.UID, "attempt", n, "err", cause)
		if n < maxAttempts {
			return nil
		}
		if err := tx.Quarantine(ctx, key); err != nil {
			return err
		}
		sum := sha256.Sum256(in.Raw)
		rec := &InboundRecord{Mailbox: mailbox, UIDValidity: uidvalidity, UID: in.UID, MessageID: "quarantine-" + key,
			SHA256: hex.EncodeToString(sum[:]), Action: "quarantined", Reason: clipText(cause.Error(), 500), Size: in.Size,
			ReceivedAt: e.now(), Raw: in.Raw}
		if err := tx.RecordMessage(ctx, rec); err != nil && !errors.Is(err, ErrDuplicate) {
			return err
		}
		if err := tx.AppendEvent(ctx, &Event{At: e.now(), Kind: "quarantined", Actor: "spocd", Detail: key + ": " + cause.Error(), RawSHA256: rec.SHA256}); err != nil {
			return err
		}
		if err := e.notifySPOC(ctx, tx, nil, "triage", reason("quarantined").data(templates.Data{Note: fmt.Sprintf("message %s could not be processed after %d attempts: %v", key, n, cause)}), ""); err != nil {
			return err
		}
		if err := e.advance(ctx, tx, mailbox, uidvalidity, in.UID); err != nil {
			return err
		}
		out = append(out, Outcome{UID: in.UID, Action: "quarantined", Reason: cause.Error()})
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("message %s: %w", key, cause)
	}
	return out, nil
}

func (e *Engine) advance(ctx context.Context, tx Tx, mailbox string, uidvalidity, uid uint32) error {
	m, err := tx.Mailbox(ctx, mailbox)
	if err != nil {
		return err
	}
	if m.UIDValidity != uidvalidity {
		m.UIDValidity, m.LastUID = uidvalidity, 0
	}
	if uid > m.LastUID {
		m.LastUID = uid
	}
	return tx.SaveMailbox(ctx, m)
}

func (e *Engine) ingest(ctx context.Context, mailbox string, uidvalidity uint32, batch []Inbound) ([]Outcome, error) {
	var outs []Outcome
	inTx := e.store.InTx
	if d, ok := e.store.(deferredStore); ok {
		// A batch lost in a crash is fetched and handled again: its messages are marked
		// processed on the server only after Sync, and its watermark is lost with it.
		inTx = d.InTxDeferred
	}
	err := inTx(ctx, func(tx Tx) error {
		outs = outs[:0]
		st, err := tx.Mailbox(ctx, mailbox)
		if err != nil {
			return err
		}
		var maxUID uint32
		for _, in := range batch {
			o, err := e.handle(ctx, tx, mailbox, uidvalidity, st.Since, in)
			if err != nil {
				return fmt.Errorf("uid %d: %w", in.UID, err)
			}
			outs = append(outs, o)
			if in.UID > maxUID {
				maxUID = in.UID
			}
		}
		return e.advance(ctx, tx, mailbox, uidvalidity, maxUID)
	})
	return outs, err
}

// deferredStore is a store whose commits can skip waiting for the disk (sqlstore on
// SQLite): InTxDeferred commits without it, Sync makes those commits durable.
type deferredStore interface {
	InTxDeferred(ctx context.Context, fn func(tx Tx) error) error
	Sync(ctx context.Context) error
}

// Sync makes every batch IngestBatch committed so far durable. Nothing outside the
// database may rely on an ingested batch before it: the intake marks messages processed
// on the IMAP server only after Sync. Mail queued by a batch is safe without it, since
// the outbox is claimed by a transaction that commits durably, and that makes every
// earlier commit durable too.
func (e *Engine) Sync(ctx context.Context) error {
	if d, ok := e.store.(deferredStore); ok {
		return d.Sync(ctx)
	}
	return nil
}

// msgCtx carries one inbound message through the decision.
type msgCtx struct {
	in  Inbound
	msg *mail.Message
	rec *InboundRecord
	mid string
	sha string
	ref string // the request made of it, when known without a lookup
}

func (e *Engine) handle(ctx context.Context, tx Tx, mailbox string, uidvalidity uint32, since time.Time, in Inbound) (Outcome, error) {
	sha, msg, perr := e.prepared(in)
	if perr != nil || msg == nil {
		msg = &mail.Message{Problems: []string{fmt.Sprintf("unreadable message: %v", perr)}, Subject: "(unreadable message)", CleanSubject: "(unreadable message)"}
	}
	mid := msg.MessageID
	if mid == "" {
		mid = "sha256-" + sha[:32] + "@spocd.invalid"
	}
	out := Outcome{UID: in.UID}
	seen, err := tx.SeenMessage(ctx, mid, sha)
	if err != nil {
		return out, err
	}
	if seen {
		out.Action = "duplicate"
		return out, nil
	}
	raw := in.Raw
	rec := &InboundRecord{Mailbox: mailbox, UIDValidity: uidvalidity, UID: in.UID, MessageID: mid, SHA256: sha,
		From: msg.From.Addr, Subject: msg.Subject, Size: in.Size, ReceivedAt: e.now(), Raw: raw}
	m := &msgCtx{in: in, msg: msg, rec: rec, mid: mid, sha: sha}
	if in.Truncated {
		msg.Problems = append(msg.Problems, fmt.Sprintf("message of %d bytes is above imap.max_message_bytes (%d): only the start was read", in.Size, e.cfg.IMAP.MaxMessageBytes))
	}

	if msg.Ignore == mail.IgnoreAutoReply && e.isSupplier(msg.From.Addr) && strings.HasPrefix(strings.ToLower(strings.TrimSpace(msg.AutoSubmitted)), "auto-generated") {
		// Supplier ticket systems (TOPdesk, ServiceNow, Jira) mark their status mail as
		// auto-generated. spocd never answers the supplier's status mail, so reading it
		// cannot start a loop.
		msg.Ignore = mail.IgnoreNone
	}
	date := in.InternalDate
	if date.IsZero() {
		date = msg.Date
	}
	switch {
	case msg.Ignore != mail.IgnoreNone:
		rec.Action, rec.Reason = "ignore", string(msg.Ignore)
		err = e.ignored(ctx, tx, m)
	case !date.IsZero() && date.Before(since.Add(-historyGrace)):
		rec.Action, rec.Reason = "history", "older than imap.since"
		err = tx.RecordMessage(ctx, rec)
	default:
		err = e.route(ctx, tx, m)
	}
	if err != nil {
		return out, err
	}
	out.Action, out.Reason = rec.Action, rec.Reason
	if m.ref != "" {
		out.Ref = m.ref
	} else if rec.RequestID != nil {
		if r, err := tx.RequestByID(ctx, *rec.RequestID); err == nil {
			out.Ref = r.Ref
		}
	}
	return out, nil
}

// ignored records automatic mail; a bounce of spocd's own mail is noted on its request.
func (e *Engine) ignored(ctx context.Context, tx Tx, m *msgCtx) error {
	req, err := tx.RequestByThreadID(ctx, threadIDs(m.msg))
	if errors.Is(err, ErrNotFound) && m.msg.Ignore == mail.IgnoreBounce {
		req, err = e.bouncedRequest(ctx, tx, m)
	}
	if err == nil {
		m.rec.RequestID = &req.ID
	} else if !errors.Is(err, ErrNotFound) {
		return err
	}
	if err := tx.RecordMessage(ctx, m.rec); err != nil {
		return err
	}
	switch {
	case req != nil && m.msg.Ignore == mail.IgnoreBounce:
		return e.event(ctx, tx, req, "bounce", m.msg.From.Addr, m, clipText(m.msg.Text, 500))
	case req != nil && m.msg.Ignore == mail.IgnoreAutoReply:
		return e.delegate(ctx, tx, m, req)
	}
	return nil
}

// bouncedRequest finds the request a bounce is about when the bounce does not thread: a
// DSN encloses the original (or its headers), whose Message-ID spocd generated; else the
// reference in the subject (Exchange keeps it).
func (e *Engine) bouncedRequest(ctx context.Context, tx Tx, m *msgCtx) (*Request, error) {
	if ids := enclosedMessageIDs(m.in.Raw); len(ids) > 0 {
		req, err := tx.RequestByThreadID(ctx, ids)
		if !errors.Is(err, ErrNotFound) {
			return req, err
		}
	}
	if m.msg.Ref != "" {
		return tx.RequestByRef(ctx, m.msg.Ref)
	}
	return nil, ErrNotFound
}

// enclosedMessageIDs returns the Message-ID header values found in the body of raw (the
// enclosed original of a DSN), at most 8, from the first 256 KB.
func enclosedMessageIDs(raw []byte) []string {
	raw = raw[:min(len(raw), 256<<10)]
	_, body, ok := bytes.Cut(raw, []byte("\r\n\r\n"))
	if !ok {
		_, body, _ = bytes.Cut(raw, []byte("\n\n"))
	}
	var ids []string
	for _, line := range bytes.Split(body, []byte("\n")) {
		k, v, ok := bytes.Cut(line, []byte(":"))
		if !ok || !strings.EqualFold(string(k), "message-id") {
			continue
		}
		id := strings.Trim(strings.TrimSpace(string(v)), "<>")
		if id != "" && len(id) < 250 {
			ids = append(ids, id)
		}
		if len(ids) == 8 {
			break
		}
	}
	return ids
}

func threadIDs(msg *mail.Message) []string {
	ids := append([]string{}, msg.References...)
	return append(ids, msg.InReplyTo...)
}

func (e *Engine) event(ctx context.Context, tx Tx, req *Request, kind, actor string, m *msgCtx, detail string) error {
	ev := &Event{At: e.now(), Kind: kind, Actor: actor, Detail: detail}
	if req != nil {
		ev.RequestID = &req.ID
	}
	if m != nil {
		ev.MessageID, ev.RawSHA256 = m.mid, m.sha
	}
	return tx.AppendEvent(ctx, ev)
}

func clipText(s string, n int) string {
	s = strings.TrimSpace(s)
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}
