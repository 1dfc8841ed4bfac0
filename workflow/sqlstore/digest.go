package sqlstore

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/spocd/spocd/workflow"
)

// MarkDigest records that the digest of week is sent. Without force it inserts the week only
// when it is not there yet and reports whether it did: the unique key makes this exactly
// once across restarts and instances (a concurrent transaction on PostgreSQL waits for the
// first and then inserts nothing). With force the record is overwritten and sent is true.
func (t *q) MarkDigest(ctx context.Context, week string, at time.Time, manual, force bool) (bool, error) {
	query := `INSERT INTO digests (week, sent_at, manual) VALUES (?, ?, ?) ON CONFLICT (week) DO NOTHING`
	if force {
		query = `INSERT INTO digests (week, sent_at, manual) VALUES (?, ?, ?)
			ON CONFLICT (week) DO UPDATE SET sent_at = excluded.sent_at, manual = excluded.manual`
	}
	res, err := t.exec(ctx, "mark digest", query, t.qualify(week), ms(at), b2i(manual))
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("mark digest: %w", err)
	}
	return n > 0 || force, nil
}

// DigestRecord returns when the digest of week was sent, or ErrNotFound.
func (t *q) DigestRecord(ctx context.Context, week string) (*workflow.DigestRecord, error) {
	var r struct {
		Week   string `db:"week"`
		SentAt int64  `db:"sent_at"`
		Manual int64  `db:"manual"`
	}
	if err := sqlx.GetContext(ctx, t.ext, &r, t.rebind(`SELECT week, sent_at, manual FROM digests WHERE week = ?`), t.qualify(week)); err != nil {
		return nil, notFound("digest "+week, err)
	}
	return &workflow.DigestRecord{Week: week, SentAt: fromMS(r.SentAt), Manual: r.Manual != 0}, nil
}

// AddDigestMessage remembers the Message-ID of a sent digest, so that replies to it are
// recognised (idempotent).
func (t *q) AddDigestMessage(ctx context.Context, messageID, week string, at time.Time) error {
	if messageID == "" {
		return nil
	}
	_, err := t.exec(ctx, "add digest message", `INSERT INTO digest_messages (message_id, week, created_at) VALUES (?, ?, ?)
		ON CONFLICT (message_id) DO NOTHING`, messageID, t.qualify(week), ms(at))
	return err
}

// DigestWeekByMessageID returns the week of the digest any of ids belongs to, or ErrNotFound.
func (t *q) DigestWeekByMessageID(ctx context.Context, ids []string) (string, error) {
	if len(ids) == 0 {
		return "", fmt.Errorf("digest by message id: %w", workflow.ErrNotFound)
	}
	if len(ids) > 200 {
		ids = ids[len(ids)-200:]
	}
	query, args, err := sqlx.In(`SELECT week FROM digest_messages WHERE message_id IN (?) ORDER BY created_at DESC LIMIT 1`, ids)
	if err != nil {
		return "", fmt.Errorf("digest by message id: %w", err)
	}
	var week string
	if err := sqlx.GetContext(ctx, t.ext, &week, t.rebind(query), args...); err != nil {
		return "", notFound("digest by message id", err)
	}
	// A digest of another mailbox is not this tenant's.
	prefix := t.qualify("")
	if !strings.HasPrefix(week, prefix) || strings.Contains(strings.TrimPrefix(week, prefix), "/") {
		return "", fmt.Errorf("digest by message id: %w", workflow.ErrNotFound)
	}
	return strings.TrimPrefix(week, prefix), nil
}

// DigestRequests lists every request without its body (the digest needs the dates and
// states of all of them, not their text), oldest first.
func (t *q) DigestRequests(ctx context.Context) ([]workflow.Request, error) {
	cols := `id, ref, status, subject, requester, requester_name, category, extra_work, estimate_cents,
	needs_approval, approval_round, supplier_ref, '' AS body, origin_message, origin_msg_row, scheduled_for,
	created_at, updated_at, forwarded_at, decided_at, done_at, escalated_at, supplier_reminded_at, shadow`
	var rows []requestRow
	if err := sqlx.SelectContext(ctx, t.ext, &rows, t.rebind(`SELECT `+cols+` FROM requests WHERE tenant = ? ORDER BY id`), t.tenant); err != nil {
		return nil, fmt.Errorf("digest requests: %w", err)
	}
	out := make([]workflow.Request, len(rows))
	for i := range rows {
		out[i] = *rows[i].out()
	}
	return out, nil
}

// EventsBetween lists the events in [from, to), in order.
func (t *q) EventsBetween(ctx context.Context, from, to time.Time) ([]workflow.Event, error) {
	var rows []eventRow
	if err := sqlx.SelectContext(ctx, t.ext, &rows, t.rebind(`SELECT `+eventCols+` FROM events WHERE tenant = ? AND at >= ? AND at < ? ORDER BY id`),
		t.tenant, ms(from), ms(to)); err != nil {
		return nil, fmt.Errorf("events between: %w", err)
	}
	out := make([]workflow.Event, len(rows))
	for i, r := range rows {
		out[i] = r.out()
	}
	return out, nil
}

// FirstEventAt returns the time of the oldest audit event, or ErrNotFound when there is none.
func (t *q) FirstEventAt(ctx context.Context) (time.Time, error) {
	var v sql.NullInt64
	if err := sqlx.GetContext(ctx, t.ext, &v, t.rebind(`SELECT MIN(at) FROM events WHERE tenant = ?`), t.tenant); err != nil {
		return time.Time{}, fmt.Errorf("first event: %w", err)
	}
	if !v.Valid {
		return time.Time{}, fmt.Errorf("first event: %w", workflow.ErrNotFound)
	}
	return fromMS(v.Int64), nil
}
