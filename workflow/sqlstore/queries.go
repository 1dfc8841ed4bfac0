package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/spocd/spocd/workflow"
)

// q runs queries on the pool or inside a transaction.
type q struct {
	ext     sqlx.ExtContext
	rebind  func(string) string
	dialect string
	tenant  string // "" is the single-mailbox installation
	blobs   *blobStore
	stmts   *stmtCache // nil: statements are not cached (PostgreSQL: pgx caches them itself)
	head    *chainHead // inside a transaction: the audit chain head, written once at commit
	kinds   map[string]*kindCount
}

// kindCount is a CountRecentKind result a transaction keeps: the next call in the same
// transaction counts only the rows that left the window since and adds the rows it queued,
// instead of counting the whole window again (the acknowledgement breaker asks for every
// incoming mail, and its window holds up to an hour of mail).
type kindCount struct {
	kinds []string
	since int64 // ms
	n     int
}

// chainHead is the audit chain's head as a transaction sees it: read (and on PostgreSQL
// locked) at the first event, kept in memory for the next ones, and written back once
// before the commit instead of after every event.
type chainHead struct {
	hash          string
	loaded, dirty bool
}

// qualify scopes a per-mailbox key (mailbox names, failure keys, counters, digest weeks)
// to the tenant; the single-mailbox installation keeps its keys as they were.
func (t *q) qualify(key string) string {
	if t.tenant == "" {
		return key
	}
	return t.tenant + "/" + key
}

func (t *q) exec(ctx context.Context, op, query string, args ...any) (sql.Result, error) {
	ctx = t.stmtCtx(ctx)
	var (
		res sql.Result
		err error
	)
	if st, perr := t.prepared(ctx, query); perr != nil {
		err = perr
	} else if st != nil {
		res, err = st.ExecContext(ctx, args...)
	} else {
		res, err = t.ext.ExecContext(ctx, t.rebind(query), args...)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	return res, nil
}

// insertID runs an INSERT into a table whose id is an INTEGER PRIMARY KEY and returns
// the new row's id. SQLite reports it with the insert; a RETURNING clause cost a result set
// and a reflective scan per row, more than half of what an insert cost (issue 7).
func (t *q) insertID(ctx context.Context, op, query string, args ...any) (int64, error) {
	if t.dialect == "sqlite" {
		res, err := t.exec(ctx, op, query, args...)
		if err != nil {
			return 0, err
		}
		id, err := res.LastInsertId()
		if err != nil {
			return 0, fmt.Errorf("%s: %w", op, err)
		}
		return id, nil
	}
	var id int64
	if err := t.get(ctx, &id, query+" RETURNING id", args...); err != nil {
		return 0, fmt.Errorf("%s: %w", op, err)
	}
	return id, nil
}

// get is sqlx.GetContext with the statement prepared once per process (SQLite).
func (t *q) get(ctx context.Context, dest any, query string, args ...any) error {
	ctx = t.stmtCtx(ctx)
	st, err := t.prepared(ctx, query)
	if err != nil {
		return err
	}
	if st != nil {
		return st.GetContext(ctx, dest, args...)
	}
	return sqlx.GetContext(ctx, t.ext, dest, t.rebind(query), args...)
}

// sel is sqlx.SelectContext with the statement prepared once per process (SQLite).
func (t *q) sel(ctx context.Context, dest any, query string, args ...any) error {
	ctx = t.stmtCtx(ctx)
	st, err := t.prepared(ctx, query)
	if err != nil {
		return err
	}
	if st != nil {
		return st.SelectContext(ctx, dest, args...)
	}
	return sqlx.SelectContext(ctx, t.ext, dest, t.rebind(query), args...)
}

// stmtCtx is the context a statement runs under. Inside a SQLite transaction a statement
// runs to its end: for a context that can be cancelled the driver starts a goroutine and a
// progress handler per statement to watch it (about 0.4 s of CPU over the 150,000
// statements of a 10,000-message intake), and the transactions are short (a batch). Begin and commit still
// honour ctx, and PostgreSQL statements keep it.
func (t *q) stmtCtx(ctx context.Context) context.Context {
	if t.dialect != "sqlite" {
		return ctx
	}
	if _, inTx := t.ext.(*sqlx.Tx); !inTx || ctx.Done() == nil {
		return ctx
	}
	return context.WithoutCancel(ctx)
}

func notFound(op string, err error) error {
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("%s: %w", op, workflow.ErrNotFound)
	}
	return fmt.Errorf("%s: %w", op, err)
}

// NextRef hands out the next reference number. The counter row is updated in the caller's
// transaction, so references are unique across instances; a rolled-back transaction leaves
// no gap-filling duty (gaps are tolerated).
func (t *q) NextRef(ctx context.Context, prefix string) (string, error) {
	var n int64
	name := "request_ref"
	if t.tenant != "" {
		name += ":" + t.tenant
		if _, err := t.exec(ctx, "next reference", `INSERT INTO counters (name, value) VALUES (?, 0) ON CONFLICT (name) DO NOTHING`, name); err != nil {
			return "", err
		}
	}
	if err := t.get(ctx, &n, `UPDATE counters SET value = value + 1 WHERE name = ? RETURNING value`, name); err != nil {
		return "", fmt.Errorf("next reference: %w", err)
	}
	return fmt.Sprintf("%s-%04d", prefix, n), nil
}

type requestRow struct {
	workflow.Request
	CreatedMS   int64         `db:"created_at"`
	UpdatedMS   int64         `db:"updated_at"`
	ForwardedMS sql.NullInt64 `db:"forwarded_at"`
	DecidedMS   sql.NullInt64 `db:"decided_at"`
	DoneMS      sql.NullInt64 `db:"done_at"`
	EscalatedMS sql.NullInt64 `db:"escalated_at"`
	SupRemMS    sql.NullInt64 `db:"supplier_reminded_at"`
}

func (r *requestRow) out() *workflow.Request {
	x := r.Request
	x.CreatedAt = fromMS(r.CreatedMS)
	x.UpdatedAt = fromMS(r.UpdatedMS)
	x.ForwardedAt = fromNullMS(r.ForwardedMS)
	x.DecidedAt = fromNullMS(r.DecidedMS)
	x.DoneAt = fromNullMS(r.DoneMS)
	x.EscalatedAt = fromNullMS(r.EscalatedMS)
	x.SupplierRemindedAt = fromNullMS(r.SupRemMS)
	return &x
}

const requestCols = `id, ref, status, subject, requester, requester_name, category, extra_work, estimate_cents,
	needs_approval, approval_round, supplier_ref, body, origin_message, origin_msg_row, scheduled_for,
	created_at, updated_at, forwarded_at, decided_at, done_at, escalated_at, supplier_reminded_at, shadow`

// CreateRequest inserts r and sets r.ID.
func (t *q) CreateRequest(ctx context.Context, r *workflow.Request) error {
	id, err := t.insertID(ctx, "create request", `INSERT INTO requests (ref, status, subject, requester, requester_name, category,
		extra_work, estimate_cents, needs_approval, approval_round, supplier_ref, body, origin_message, origin_msg_row, scheduled_for,
		created_at, updated_at, forwarded_at, decided_at, done_at, escalated_at, supplier_reminded_at, shadow, tenant)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		r.Ref, string(r.Status), r.Subject, r.Requester, r.RequesterName, r.Category, b2i(r.ExtraWork), r.EstimateCents,
		b2i(r.NeedsApproval), r.ApprovalRound, r.SupplierRef, r.Body, r.OriginMessage, r.OriginMsgRow, r.ScheduledFor,
		ms(r.CreatedAt), ms(r.UpdatedAt), nullMS(r.ForwardedAt), nullMS(r.DecidedAt), nullMS(r.DoneAt),
		nullMS(r.EscalatedAt), nullMS(r.SupplierRemindedAt), b2i(r.Shadow), t.tenant)
	if err != nil {
		return err
	}
	r.ID = id
	return nil
}

// UpdateRequest writes every mutable field of r.
func (t *q) UpdateRequest(ctx context.Context, r *workflow.Request) error {
	_, err := t.exec(ctx, "update request", `UPDATE requests SET status = ?, subject = ?, category = ?, extra_work = ?,
		estimate_cents = ?, needs_approval = ?, approval_round = ?, supplier_ref = ?, scheduled_for = ?, updated_at = ?,
		forwarded_at = ?, decided_at = ?, done_at = ?, escalated_at = ?, supplier_reminded_at = ?, origin_msg_row = ? WHERE id = ? AND tenant = ?`,
		string(r.Status), r.Subject, r.Category, b2i(r.ExtraWork), r.EstimateCents, b2i(r.NeedsApproval), r.ApprovalRound,
		r.SupplierRef, r.ScheduledFor, ms(r.UpdatedAt), nullMS(r.ForwardedAt), nullMS(r.DecidedAt), nullMS(r.DoneAt),
		nullMS(r.EscalatedAt), nullMS(r.SupplierRemindedAt), r.OriginMsgRow, r.ID, t.tenant)
	return err
}

func (t *q) requestWhere(ctx context.Context, op, where string, args ...any) (*workflow.Request, error) {
	var row requestRow
	args = append([]any{t.tenant}, args...)
	if err := t.get(ctx, &row, `SELECT `+requestCols+` FROM requests WHERE tenant = ? AND `+where, args...); err != nil {
		return nil, notFound(op, err)
	}
	return row.out(), nil
}

// RequestByRef finds a request by its reference (case-insensitive prefix).
func (t *q) RequestByRef(ctx context.Context, ref string) (*workflow.Request, error) {
	return t.requestWhere(ctx, "request "+ref, `ref = ?`, strings.ToUpper(ref))
}

// RequestByID finds a request by id.
func (t *q) RequestByID(ctx context.Context, id int64) (*workflow.Request, error) {
	return t.requestWhere(ctx, "request by id", `id = ?`, id)
}

// RequestBySupplierRef finds a request by the supplier's ticket number.
func (t *q) RequestBySupplierRef(ctx context.Context, supplierRef string) (*workflow.Request, error) {
	if supplierRef == "" {
		return nil, fmt.Errorf("request by supplier ref: %w", workflow.ErrNotFound)
	}
	return t.requestWhere(ctx, "request by supplier ref", `supplier_ref = ? ORDER BY id DESC LIMIT 1`, supplierRef)
}

// RequestByThreadID finds the request that any of the given Message-IDs belongs to.
func (t *q) RequestByThreadID(ctx context.Context, ids []string) (*workflow.Request, error) {
	if len(ids) == 0 {
		return nil, fmt.Errorf("request by thread: %w", workflow.ErrNotFound)
	}
	if len(ids) > 200 {
		ids = ids[len(ids)-200:]
	}
	query, args, err := sqlx.In(`SELECT thread_ids.request_id FROM thread_ids JOIN requests ON requests.id = thread_ids.request_id
		WHERE requests.tenant = ? AND thread_ids.message_id IN (?) ORDER BY thread_ids.outgoing DESC, thread_ids.request_id DESC LIMIT 1`, t.tenant, ids)
	if err != nil {
		return nil, fmt.Errorf("request by thread: %w", err)
	}
	var id int64
	if err := t.get(ctx, &id, query, args...); err != nil {
		return nil, notFound("request by thread", err)
	}
	return t.RequestByID(ctx, id)
}

// ListRequests lists requests, newest first.
func (t *q) ListRequests(ctx context.Context, f workflow.ListFilter) ([]workflow.Request, error) {
	query := `SELECT ` + requestCols + ` FROM requests WHERE tenant = ?`
	args := []any{t.tenant}
	if f.Status != "" {
		query += ` AND status = ?`
		args = append(args, string(f.Status))
	}
	query += ` ORDER BY id`
	if f.Limit > 0 {
		query += fmt.Sprintf(` LIMIT %d`, f.Limit)
	}
	var rows []requestRow
	if err := t.sel(ctx, &rows, query, args...); err != nil {
		return nil, fmt.Errorf("list requests: %w", err)
	}
	out := make([]workflow.Request, len(rows))
	for i := range rows {
		out[i] = *rows[i].out()
	}
	return out, nil
}

// AddThreadID links a Message-ID to a request (idempotent).
func (t *q) AddThreadID(ctx context.Context, messageID string, requestID int64, outgoing bool) error {
	if messageID == "" {
		return nil
	}
	_, err := t.exec(ctx, "add thread id", `INSERT INTO thread_ids (message_id, request_id, outgoing) VALUES (?, ?, ?) ON CONFLICT (message_id) DO NOTHING`,
		messageID, requestID, b2i(outgoing))
	return err
}

// SeenMessage reports whether this exact message was recorded before.
func (t *q) SeenMessage(ctx context.Context, messageID, sha string) (bool, error) {
	var n int
	if err := t.get(ctx, &n, `SELECT COUNT(*) FROM messages WHERE tenant = ? AND message_id = ? AND sha256 = ?`, t.tenant, messageID, sha); err != nil {
		return false, fmt.Errorf("seen message: %w", err)
	}
	return n > 0, nil
}

// RecordMessage stores an inbound message with its raw bytes.
func (t *q) RecordMessage(ctx context.Context, m *workflow.InboundRecord) error {
	raw, blob, err := t.storeRaw(m.Raw, m.SHA256)
	if err != nil {
		return fmt.Errorf("record message: %w", err)
	}
	id, err := t.insertID(ctx, "record message", `INSERT INTO messages (mailbox, uidvalidity, uid, message_id, sha256, request_id,
		from_addr, subject, action, reason, size, received_at, raw, raw_blob, tenant) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		m.Mailbox, int64(m.UIDValidity), int64(m.UID), m.MessageID, m.SHA256, m.RequestID, m.From, clip(m.Subject, 1000),
		m.Action, m.Reason, m.Size, ms(m.ReceivedAt), raw, blob, t.tenant)
	if err != nil {
		if isUniqueViolation(err) {
			return fmt.Errorf("record message: %w", workflow.ErrDuplicate)
		}
		return err
	}
	m.ID = id
	return nil
}

// MessageRawByKey returns the stored raw original by Message-ID and hash.
func (t *q) MessageRawByKey(ctx context.Context, messageID, sha string) ([]byte, error) {
	var r rawRow
	if err := t.get(ctx, &r, `SELECT raw, raw_blob FROM messages WHERE message_id = ? AND sha256 = ? LIMIT 1`, messageID, sha); err != nil {
		return nil, notFound("message raw", err)
	}
	return t.loadRaw(r.Raw, r.Blob)
}

type rawRow struct {
	Raw  []byte `db:"raw"`
	Blob string `db:"raw_blob"`
}

// MessageRaw returns the stored raw original of an inbound message.
func (t *q) MessageRaw(ctx context.Context, id int64) ([]byte, error) {
	var r rawRow
	if err := t.get(ctx, &r, `SELECT raw, raw_blob FROM messages WHERE id = ?`, id); err != nil {
		return nil, notFound("message raw", err)
	}
	return t.loadRaw(r.Raw, r.Blob)
}

func isUniqueViolation(err error) bool {
	s := err.Error()
	return strings.Contains(s, "UNIQUE constraint") || strings.Contains(s, "SQLSTATE 23505") || strings.Contains(s, "duplicate key")
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8Start(s[n]) {
		n--
	}
	return s[:n]
}

func utf8Start(b byte) bool { return b&0xC0 != 0x80 }

// AppendEvent adds an event to the chain. The chain head row is updated in the same
// transaction, which serialises writers (also across instances on PostgreSQL).
func (t *q) AppendEvent(ctx context.Context, e *workflow.Event) error {
	lock := ``
	if t.dialect == "postgres" {
		lock = ` FOR UPDATE`
	}
	var prev string
	if t.head != nil && t.head.loaded {
		prev = t.head.hash
	} else if err := t.get(ctx, &prev, `SELECT hash FROM chain_head WHERE id = 1`+lock); err != nil {
		return fmt.Errorf("append event: %w", err)
	}
	e.At = e.At.UTC().Truncate(time.Millisecond)
	e.PrevHash = prev
	e.Hash = workflow.EventHash(prev, e)
	id, err := t.insertID(ctx, "append event", `INSERT INTO events (request_id, at, kind, actor, message_id, detail, raw_sha256, prev_hash, hash, tenant)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, e.RequestID, ms(e.At), e.Kind, e.Actor, e.MessageID, e.Detail, e.RawSHA256, e.PrevHash, e.Hash, t.tenant)
	if err != nil {
		return err
	}
	e.ID = id
	if t.head != nil {
		t.head.hash, t.head.loaded, t.head.dirty = e.Hash, true, true
		return nil
	}
	return t.writeHead(ctx, e.Hash)
}

func (t *q) writeHead(ctx context.Context, hash string) error {
	_, err := t.exec(ctx, "append event", `UPDATE chain_head SET hash = ? WHERE id = 1`, hash)
	return err
}

type eventRow struct {
	ID        int64         `db:"id"`
	RequestID sql.NullInt64 `db:"request_id"`
	At        int64         `db:"at"`
	Kind      string        `db:"kind"`
	Actor     string        `db:"actor"`
	MessageID string        `db:"message_id"`
	Detail    string        `db:"detail"`
	RawSHA256 string        `db:"raw_sha256"`
	PrevHash  string        `db:"prev_hash"`
	Hash      string        `db:"hash"`
}

func (r eventRow) out() workflow.Event {
	e := workflow.Event{ID: r.ID, At: fromMS(r.At), Kind: r.Kind, Actor: r.Actor, MessageID: r.MessageID,
		Detail: r.Detail, RawSHA256: r.RawSHA256, PrevHash: r.PrevHash, Hash: r.Hash}
	if r.RequestID.Valid {
		id := r.RequestID.Int64
		e.RequestID = &id
	}
	return e
}

const eventCols = `id, request_id, at, kind, actor, message_id, detail, raw_sha256, prev_hash, hash`

// Events lists a request's events in order.
func (t *q) Events(ctx context.Context, requestID int64) ([]workflow.Event, error) {
	var rows []eventRow
	if err := t.sel(ctx, &rows, `SELECT `+eventCols+` FROM events WHERE request_id = ? ORDER BY id`, requestID); err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	out := make([]workflow.Event, len(rows))
	for i, r := range rows {
		out[i] = r.out()
	}
	return out, nil
}

// AllEvents streams the whole log in order (for audit verification). It reads in pages
// and holds no cursor while fn runs, so fn may query the store (SQLite has one connection).
func (t *q) AllEvents(ctx context.Context, fn func(workflow.Event) error) error {
	var after int64
	for {
		var rows []eventRow
		if err := t.sel(ctx, &rows, `SELECT `+eventCols+` FROM events WHERE id > ? ORDER BY id LIMIT 1000`, after); err != nil {
			return fmt.Errorf("all events: %w", err)
		}
		for _, r := range rows {
			if err := fn(r.out()); err != nil {
				return err
			}
			after = r.ID
		}
		if len(rows) < 1000 {
			return nil
		}
	}
}

type approvalRow struct {
	ID          int64         `db:"id"`
	RequestID   int64         `db:"request_id"`
	Round       int           `db:"round"`
	Approver    string        `db:"approver"`
	TokenHash   string        `db:"token_hash"`
	ExpiresAt   int64         `db:"expires_at"`
	AmountCents *int64        `db:"amount_cents"`
	Decision    string        `db:"decision"`
	DecidedBy   string        `db:"decided_by"`
	DecidedAt   sql.NullInt64 `db:"decided_at"`
	Remark      string        `db:"remark"`
	MessageID   string        `db:"message_id"`
	RemindedAt  sql.NullInt64 `db:"reminded_at"`
	CreatedAt   int64         `db:"created_at"`
}

func (r approvalRow) out() workflow.Approval {
	return workflow.Approval{ID: r.ID, RequestID: r.RequestID, Round: r.Round, Approver: r.Approver, TokenHash: r.TokenHash,
		ExpiresAt: fromMS(r.ExpiresAt), AmountCents: r.AmountCents, Decision: r.Decision, DecidedBy: r.DecidedBy,
		DecidedAt: fromNullMS(r.DecidedAt), Remark: r.Remark, MessageID: r.MessageID, RemindedAt: fromNullMS(r.RemindedAt),
		CreatedAt: fromMS(r.CreatedAt)}
}

const approvalCols = `id, request_id, round, approver, token_hash, expires_at, amount_cents, decision, decided_by, decided_at, remark, message_id, reminded_at, created_at`

const qualifiedApprovalCols = `approvals.id, approvals.request_id, approvals.round, approvals.approver, approvals.token_hash, approvals.expires_at,
	approvals.amount_cents, approvals.decision, approvals.decided_by, approvals.decided_at, approvals.remark, approvals.message_id,
	approvals.reminded_at, approvals.created_at`

// CreateApproval inserts a.
func (t *q) CreateApproval(ctx context.Context, a *workflow.Approval) error {
	id, err := t.insertID(ctx, "create approval", `INSERT INTO approvals (request_id, round, approver, token_hash, expires_at, amount_cents,
		decision, decided_by, decided_at, remark, message_id, reminded_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		a.RequestID, a.Round, a.Approver, a.TokenHash, ms(a.ExpiresAt), a.AmountCents, a.Decision, a.DecidedBy,
		nullMS(a.DecidedAt), a.Remark, a.MessageID, nullMS(a.RemindedAt), ms(a.CreatedAt))
	if err != nil {
		return err
	}
	a.ID = id
	return nil
}

// ApprovalByTokenHash finds the approval a token was issued for.
func (t *q) ApprovalByTokenHash(ctx context.Context, hash string) (*workflow.Approval, error) {
	var r approvalRow
	if err := t.get(ctx, &r, `SELECT `+qualifiedApprovalCols+` FROM approvals JOIN requests ON requests.id = approvals.request_id
		WHERE requests.tenant = ? AND approvals.token_hash = ?`, t.tenant, hash); err != nil {
		return nil, notFound("approval by token", err)
	}
	a := r.out()
	return &a, nil
}

// Approvals lists every approval of a request, all rounds.
func (t *q) Approvals(ctx context.Context, requestID int64) ([]workflow.Approval, error) {
	var rows []approvalRow
	if err := t.sel(ctx, &rows, `SELECT `+approvalCols+` FROM approvals WHERE request_id = ? ORDER BY round, id`, requestID); err != nil {
		return nil, fmt.Errorf("approvals: %w", err)
	}
	out := make([]workflow.Approval, len(rows))
	for i, r := range rows {
		out[i] = r.out()
	}
	return out, nil
}

// UpdateApproval writes the decision fields of a.
func (t *q) UpdateApproval(ctx context.Context, a *workflow.Approval) error {
	_, err := t.exec(ctx, "update approval", `UPDATE approvals SET decision = ?, decided_by = ?, decided_at = ?, remark = ?, message_id = ?, reminded_at = ?, expires_at = ? WHERE id = ?`,
		a.Decision, a.DecidedBy, nullMS(a.DecidedAt), a.Remark, a.MessageID, nullMS(a.RemindedAt), ms(a.ExpiresAt), a.ID)
	return err
}

// Enqueue writes an outbox row.
func (t *q) Enqueue(ctx context.Context, m *workflow.OutboxMail) error {
	if m.Status == "" {
		m.Status = "pending"
	}
	raw, blob, err := t.storeRaw(m.Raw, "")
	if err != nil {
		return fmt.Errorf("enqueue: %w", err)
	}
	if raw == nil {
		raw = []byte{} // the column is NOT NULL
	}
	if len(m.Spec) > 0 {
		// Not due until rendered: no sender claims a row without its mail, not even a
		// spocd from before render specs that shares (or is rolled back onto) this database.
		m.NextAttemptAt = notDueUntilRendered
	}
	id, err := t.insertID(ctx, "enqueue", `INSERT INTO outbox (request_id, kind, message_id, env_from, recipients, raw, raw_blob, spec, status, attempts,
		next_attempt_at, last_error, created_at, tenant) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, '', ?, ?)`,
		m.RequestID, m.Kind, m.MessageID, m.From, strings.Join(m.Recipients, ","), raw, blob, string(m.Spec), m.Status, ms(m.NextAttemptAt), ms(m.CreatedAt), t.tenant)
	if err != nil {
		return err
	}
	m.ID = id
	for _, c := range t.kinds {
		if slices.Contains(c.kinds, m.Kind) && ms(m.CreatedAt) >= c.since {
			c.n++
		}
	}
	return nil
}

// notDueUntilRendered is the next attempt of a row queued as a render spec.
var notDueUntilRendered = time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)

// SetOutboxRaw stores the rendered mail of a row queued as a render spec, clears the spec
// and makes the row due at due. It reports false, storing nothing, when the row was
// rendered already: the bytes first stored are the ones sent.
func (t *q) SetOutboxRaw(ctx context.Context, id int64, raw []byte, due time.Time) (bool, error) {
	stored, blob, err := t.storeRaw(raw, "")
	if err != nil {
		return false, fmt.Errorf("store rendered mail: %w", err)
	}
	if stored == nil {
		stored = []byte{}
	}
	res, err := t.exec(ctx, "store rendered mail", `UPDATE outbox SET raw = ?, raw_blob = ?, spec = '', next_attempt_at = ? WHERE id = ? AND spec <> ''`, stored, blob, ms(due), id)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("store rendered mail: %w", err)
	}
	return n == 1, nil
}

// OutboxMail reads one outbox row.
func (t *q) OutboxMail(ctx context.Context, id int64) (*workflow.OutboxMail, error) {
	return t.outboxByID(ctx, id)
}

// Unrendered lists up to limit rows still queued as a render spec, oldest first.
func (t *q) Unrendered(ctx context.Context, limit int) ([]workflow.OutboxMail, error) {
	rows, err := t.outboxRows(ctx, "unrendered outbox", `SELECT id FROM outbox WHERE tenant = ? AND spec <> '' AND status IN ('pending', 'shadow') ORDER BY id LIMIT ?`, t.tenant, limit)
	// Another instance may have rendered a row between the listing and its reading.
	return slices.DeleteFunc(rows, func(m workflow.OutboxMail) bool { return len(m.Spec) == 0 }), err
}

// outboxRows reads the outbox rows whose ids query selects, in its order.
func (t *q) outboxRows(ctx context.Context, op, query string, args ...any) ([]workflow.OutboxMail, error) {
	var ids []int64
	if err := t.sel(ctx, &ids, query, args...); err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	out := make([]workflow.OutboxMail, 0, len(ids))
	for _, id := range ids {
		m, err := t.outboxByID(ctx, id)
		if err != nil {
			return nil, err
		}
		out = append(out, *m)
	}
	return out, nil
}

func specBytes(s string) []byte {
	if s == "" {
		return nil
	}
	return []byte(s)
}

// CountRecentMail counts outbox rows of kind to recipient since a moment (rate limits).
func (t *q) CountRecentMail(ctx context.Context, kind, recipient string, since time.Time) (int, error) {
	var n int
	if err := t.get(ctx, &n, `SELECT COUNT(*) FROM outbox WHERE tenant = ? AND kind = ? AND recipients = ? AND created_at >= ?`, t.tenant, kind, recipient, ms(since)); err != nil {
		return 0, fmt.Errorf("count recent mail: %w", err)
	}
	return n, nil
}

// CountRecentKind counts outbox rows of any of kinds since a moment (breakers).
func (t *q) CountRecentKind(ctx context.Context, kinds []string, since time.Time) (int, error) {
	key := strings.Join(kinds, ",")
	if c := t.kinds[key]; c != nil && ms(since) >= c.since {
		left, err := t.countKinds(ctx, kinds, `created_at >= ? AND created_at < ?`, c.since, ms(since))
		if err != nil {
			return 0, err
		}
		c.n -= left
		c.since = ms(since)
		return c.n, nil
	}
	n, err := t.countKinds(ctx, kinds, `created_at >= ?`, ms(since))
	if err != nil {
		return 0, err
	}
	if t.head != nil { // inside a transaction
		if t.kinds == nil {
			t.kinds = map[string]*kindCount{}
		}
		t.kinds[key] = &kindCount{kinds: slices.Clone(kinds), since: ms(since), n: n}
	}
	return n, nil
}

func (t *q) countKinds(ctx context.Context, kinds []string, cond string, args ...any) (int, error) {
	query, qargs, err := sqlx.In(`SELECT COUNT(*) FROM outbox WHERE tenant = ? AND kind IN (?) AND `+cond, append([]any{t.tenant, kinds}, args...)...)
	if err != nil {
		return 0, fmt.Errorf("count recent kind: %w", err)
	}
	var n int
	if err := t.get(ctx, &n, query, qargs...); err != nil {
		return 0, fmt.Errorf("count recent kind: %w", err)
	}
	return n, nil
}

// OutboxStats counts pending and failed rows.
func (t *q) OutboxStats(ctx context.Context) (pending, failed int, err error) {
	err = t.get(ctx, &pending, `SELECT COUNT(*) FROM outbox WHERE tenant = ? AND status = 'pending'`, t.tenant)
	if err == nil {
		err = t.get(ctx, &failed, `SELECT COUNT(*) FROM outbox WHERE tenant = ? AND status = 'failed'`, t.tenant)
	}
	if err != nil {
		return 0, 0, fmt.Errorf("outbox stats: %w", err)
	}
	return pending, failed, nil
}

// MarkOutboxFailed gives up on a row.
func (t *q) MarkOutboxFailed(ctx context.Context, id int64, errText string) error {
	_, err := t.exec(ctx, "outbox failed", `UPDATE outbox SET status = 'failed', claimed_until = 0, last_error = ? WHERE id = ?`, errText, id)
	return err
}

type outboxRow struct {
	ID             int64         `db:"id"`
	RequestID      *int64        `db:"request_id"`
	Kind           string        `db:"kind"`
	MessageID      string        `db:"message_id"`
	From           string        `db:"env_from"`
	Recipients     string        `db:"recipients"`
	Raw            []byte        `db:"raw"`
	RawBlob        string        `db:"raw_blob"`
	Spec           string        `db:"spec"`
	Status         string        `db:"status"`
	Attempts       int           `db:"attempts"`
	NextAttemptAt  int64         `db:"next_attempt_at"`
	ClaimedUntil   int64         `db:"claimed_until"`
	LastError      string        `db:"last_error"`
	UnknownOutcome bool          `db:"unknown_outcome"`
	CreatedAt      int64         `db:"created_at"`
	SentAt         sql.NullInt64 `db:"sent_at"`
	Tenant         string        `db:"tenant"`
}

func (t *q) outboxByID(ctx context.Context, id int64) (*workflow.OutboxMail, error) {
	var r outboxRow
	if err := t.get(ctx, &r, `SELECT * FROM outbox WHERE id = ?`, id); err != nil {
		return nil, notFound("outbox row", err)
	}
	raw, err := t.loadRaw(r.Raw, r.RawBlob)
	if err != nil {
		return nil, fmt.Errorf("outbox row %d: %w", id, err)
	}
	return &workflow.OutboxMail{ID: r.ID, RequestID: r.RequestID, Kind: r.Kind, MessageID: r.MessageID, From: r.From,
		Recipients: strings.Split(r.Recipients, ","), Raw: raw, Spec: specBytes(r.Spec), Status: r.Status, Attempts: r.Attempts,
		NextAttemptAt: fromMS(r.NextAttemptAt), LastError: r.LastError, UnknownOutcome: r.UnknownOutcome, ClaimedUntil: fromMS(r.ClaimedUntil),
		CreatedAt: fromMS(r.CreatedAt), SentAt: fromNullMS(r.SentAt)}, nil
}

// Outbox lists outbox rows (all, or one status), oldest first.
func (t *q) Outbox(ctx context.Context, status string) ([]workflow.OutboxMail, error) {
	query := `SELECT id FROM outbox WHERE tenant = ?`
	args := []any{t.tenant}
	if status != "" {
		query += ` AND status = ?`
		args = append(args, status)
	}
	return t.outboxRows(ctx, "outbox", query+` ORDER BY id`, args...)
}

// OutboxByRequest lists the mails written for one request, oldest first.
func (t *q) OutboxByRequest(ctx context.Context, requestID int64) ([]workflow.OutboxMail, error) {
	return t.outboxRows(ctx, "outbox of request", `SELECT id FROM outbox WHERE tenant = ? AND request_id = ? ORDER BY id`, t.tenant, requestID)
}

// OutboxOfKinds lists the outbox rows of a request of the given kinds, oldest first.
func (t *q) OutboxOfKinds(ctx context.Context, requestID int64, kinds []string) ([]workflow.OutboxMail, error) {
	query, args, err := sqlx.In(`SELECT id FROM outbox WHERE tenant = ? AND request_id = ? AND kind IN (?) ORDER BY id`, t.tenant, requestID, kinds)
	if err != nil {
		return nil, fmt.Errorf("outbox of kinds: %w", err)
	}
	return t.outboxRows(ctx, "outbox of kinds", query, args...)
}

// Mailbox returns the intake state of a mailbox.
func (t *q) Mailbox(ctx context.Context, name string) (*workflow.MailboxState, error) {
	var r struct {
		Name        string `db:"name"`
		UIDValidity int64  `db:"uidvalidity"`
		LastUID     int64  `db:"last_uid"`
		Since       int64  `db:"since"`
	}
	if err := t.get(ctx, &r, `SELECT name, uidvalidity, last_uid, since FROM mailboxes WHERE name = ?`, t.qualify(name)); err != nil {
		return nil, notFound("mailbox "+name, err)
	}
	return &workflow.MailboxState{Name: name, UIDValidity: uint32(r.UIDValidity), LastUID: uint32(r.LastUID), Since: fromMS(r.Since)}, nil
}

// SaveMailbox upserts the intake state.
func (t *q) SaveMailbox(ctx context.Context, m *workflow.MailboxState) error {
	_, err := t.exec(ctx, "save mailbox", `INSERT INTO mailboxes (name, uidvalidity, last_uid, since) VALUES (?, ?, ?, ?)
		ON CONFLICT (name) DO UPDATE SET uidvalidity = excluded.uidvalidity, last_uid = excluded.last_uid`,
		t.qualify(m.Name), int64(m.UIDValidity), int64(m.LastUID), ms(m.Since))
	return err
}

// RecordFailure counts a failed processing attempt of one message.
func (t *q) RecordFailure(ctx context.Context, key, errText string, now time.Time) (int, error) {
	if _, err := t.exec(ctx, "record failure", `INSERT INTO failures (message_key, attempts, last_error, updated_at) VALUES (?, 1, ?, ?)
		ON CONFLICT (message_key) DO UPDATE SET attempts = failures.attempts + 1, last_error = excluded.last_error, updated_at = excluded.updated_at`,
		t.qualify(key), clip(errText, 2000), ms(now)); err != nil {
		return 0, err
	}
	var n int
	if err := t.get(ctx, &n, `SELECT attempts FROM failures WHERE message_key = ?`, t.qualify(key)); err != nil {
		return 0, fmt.Errorf("record failure: %w", err)
	}
	return n, nil
}

// Quarantine marks a failing message as given up on.
func (t *q) Quarantine(ctx context.Context, key string) error {
	_, err := t.exec(ctx, "quarantine", `UPDATE failures SET quarantined = 1 WHERE message_key = ?`, t.qualify(key))
	return err
}

// stmtCache holds the statements of a SQLite store, prepared once on its one connection:
// compiling SQL text was about 7 % of intake CPU (docs/performance.md). A statement first
// met inside a transaction cannot be prepared on the pool then (the transaction holds the
// only connection); it runs unprepared and is prepared after the transaction ends.
type stmtCache struct {
	db      *sqlx.DB
	mu      sync.Mutex
	m       map[string]*sqlx.Stmt
	pending map[string]bool
}

// prepared returns query prepared for t (inside t's transaction when there is one), or nil
// when the statement is not (yet) cached.
func (t *q) prepared(ctx context.Context, query string) (*sqlx.Stmt, error) {
	if t.stmts == nil {
		return nil, nil
	}
	c := t.stmts
	tx, inTx := t.ext.(*sqlx.Tx)
	c.mu.Lock()
	st, ok := c.m[query]
	if !ok && inTx {
		c.pending[query] = true
	}
	c.mu.Unlock()
	if !ok {
		if inTx {
			return nil, nil
		}
		// Never prepare under the lock: preparing waits for the connection, which a
		// transaction may hold while it asks for another statement.
		var err error
		if st, err = c.add(ctx, query); err != nil {
			return nil, err
		}
	}
	if inTx {
		return tx.StmtxContext(ctx, st), nil
	}
	return st, nil
}

// flush prepares the statements met inside transactions since the last flush. It runs
// outside any transaction; a statement that fails to prepare stays uncached.
func (c *stmtCache) flush(ctx context.Context) {
	if c == nil {
		return
	}
	c.mu.Lock()
	var todo []string
	for query := range c.pending {
		delete(c.pending, query)
		if _, ok := c.m[query]; !ok {
			todo = append(todo, query)
		}
	}
	c.mu.Unlock()
	for _, query := range todo {
		_, _ = c.add(ctx, query)
	}
}

// add prepares query on the pool and caches it (keeping the first of two racing copies).
func (c *stmtCache) add(ctx context.Context, query string) (*sqlx.Stmt, error) {
	st, err := c.db.PreparexContext(ctx, query)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if old, ok := c.m[query]; ok {
		st.Close()
		return old, nil
	}
	c.m[query] = st
	return st, nil
}
