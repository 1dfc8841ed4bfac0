package sqlstore

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/spocd/spocd/workflow"
)

type webDecisionRow struct {
	ID           int64         `db:"id"`
	ApprovalID   int64         `db:"approval_id"`
	RequestID    int64         `db:"request_id"`
	Decision     string        `db:"decision"`
	Remark       string        `db:"remark"`
	WithdrawHash string        `db:"withdraw_hash"`
	State        string        `db:"state"`
	Client       string        `db:"client"`
	Note         string        `db:"note"`
	CreatedAt    int64         `db:"created_at"`
	DueAt        int64         `db:"due_at"`
	ClosedAt     sql.NullInt64 `db:"closed_at"`
}

const webDecisionCols = `id, approval_id, request_id, decision, remark, withdraw_hash, state, client, note, created_at, due_at, closed_at`

func (r webDecisionRow) out() workflow.WebDecision {
	return workflow.WebDecision{ID: r.ID, ApprovalID: r.ApprovalID, RequestID: r.RequestID, Decision: r.Decision, Remark: r.Remark,
		WithdrawHash: r.WithdrawHash, State: r.State, Client: r.Client, Note: r.Note, CreatedAt: fromMS(r.CreatedAt),
		DueAt: fromMS(r.DueAt), ClosedAt: fromNullMS(r.ClosedAt)}
}

// CreateWebDecision stores a pending web decision. A second pending decision for the same
// approval violates the unique index and returns workflow.ErrDuplicate.
func (t *q) CreateWebDecision(ctx context.Context, d *workflow.WebDecision) error {
	if d.State == "" {
		d.State = workflow.WebPending
	}
	id, err := t.insertID(ctx, "create web decision", `INSERT INTO web_decisions (approval_id, request_id, decision, remark, withdraw_hash, state, client, note, created_at, due_at, closed_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, d.ApprovalID, d.RequestID, d.Decision, d.Remark, d.WithdrawHash, d.State, d.Client, d.Note,
		ms(d.CreatedAt), ms(d.DueAt), nullMS(d.ClosedAt))
	if err != nil {
		if isUniqueViolation(err) {
			return fmt.Errorf("create web decision: %w", workflow.ErrDuplicate)
		}
		return err
	}
	d.ID = id
	return nil
}

// LatestWebDecision returns the newest web decision of an approval (any state), or
// workflow.ErrNotFound.
func (t *q) LatestWebDecision(ctx context.Context, approvalID int64) (*workflow.WebDecision, error) {
	var r webDecisionRow
	if err := sqlx.GetContext(ctx, t.ext, &r, t.rebind(`SELECT `+webDecisionCols+` FROM web_decisions WHERE approval_id = ? ORDER BY id DESC LIMIT 1`), approvalID); err != nil {
		return nil, notFound("web decision", err)
	}
	d := r.out()
	return &d, nil
}

// WebDecisionByWithdrawHash finds a web decision by the hash of its withdraw token.
func (t *q) WebDecisionByWithdrawHash(ctx context.Context, hash string) (*workflow.WebDecision, error) {
	var r webDecisionRow
	if err := sqlx.GetContext(ctx, t.ext, &r, t.rebind(`SELECT `+webDecisionCols+` FROM web_decisions WHERE withdraw_hash = ?`), hash); err != nil {
		return nil, notFound("web decision by withdraw token", err)
	}
	d := r.out()
	return &d, nil
}

// DueWebDecisions lists pending web decisions due at now, oldest first.
func (t *q) DueWebDecisions(ctx context.Context, now time.Time, limit int) ([]workflow.WebDecision, error) {
	var rows []webDecisionRow
	if err := sqlx.SelectContext(ctx, t.ext, &rows, t.rebind(`SELECT `+webDecisionCols+` FROM web_decisions WHERE state = 'pending' AND due_at <= ? ORDER BY due_at, id LIMIT ?`), ms(now), limit); err != nil {
		return nil, fmt.Errorf("due web decisions: %w", err)
	}
	out := make([]workflow.WebDecision, len(rows))
	for i, r := range rows {
		out[i] = r.out()
	}
	return out, nil
}

// CloseWebDecision moves a pending web decision to state (applied, withdrawn, void). It
// reports workflow.ErrNotFound when the decision is not pending any more, so that two
// instances never close it twice.
func (t *q) CloseWebDecision(ctx context.Context, id int64, state, note string, at time.Time) error {
	res, err := t.exec(ctx, "close web decision", `UPDATE web_decisions SET state = ?, note = ?, closed_at = ? WHERE id = ? AND state = 'pending'`, state, note, ms(at), id)
	if err != nil {
		return err
	}
	n, err := res.RowsAffected()
	if err != nil {
		return fmt.Errorf("close web decision: %w", err)
	}
	if n == 0 {
		return fmt.Errorf("close web decision %d: %w", id, workflow.ErrNotFound)
	}
	return nil
}
