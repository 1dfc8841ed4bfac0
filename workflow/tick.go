package workflow

import (
	"context"
	"fmt"

	"github.com/spocd/spocd/templates"
)

// Tick sends what is due by time: reminders to approvers, escalations to the customer SPOC,
// and reminders to the supplier when a forwarded request has no status after the agreed
// response time. It is idempotent: what was sent is recorded on the rows.
func (e *Engine) Tick(ctx context.Context) (sent int, err error) {
	applied, err := e.applyDueWebDecisions(ctx) // web.go
	if err != nil {
		return applied, err
	}
	defer func() { sent += applied }()
	now := e.now()
	err = e.store.InTx(ctx, func(tx Tx) error {
		sent = 0
		waiting, err := tx.ListRequests(ctx, ListFilter{Status: StatusAwaitingApproval})
		if err != nil {
			return err
		}
		// Nothing is due for a request younger than both delays: its approvals and its round
		// start are no older than the request itself. Skipping those keeps a tick after a
		// large first import from reading every request's approvals (issue 7).
		youngest := min(e.cfg.Approval.RemindAfter.Duration, e.cfg.Approval.EscalateAfter.Duration)
		for i := range waiting {
			req := &waiting[i]
			if now.Sub(req.CreatedAt) < youngest {
				continue
			}
			apps, err := tx.Approvals(ctx, req.ID)
			if err != nil {
				return err
			}
			roundStart := req.UpdatedAt
			for _, a := range apps {
				if a.Round != req.ApprovalRound {
					continue
				}
				if a.CreatedAt.Before(roundStart) {
					roundStart = a.CreatedAt
				}
				if a.Decision != "" || a.RemindedAt != nil || now.Sub(a.CreatedAt) < e.cfg.Approval.RemindAfter.Duration {
					continue
				}
				a := a
				a.RemindedAt = &now
				if err := tx.UpdateApproval(ctx, &a); err != nil {
					return err
				}
				// A reminder carries a fresh token for the same approver and round.
				if err := e.issueToken(ctx, tx, req, a.Approver, "reminder", "reminder"); err != nil {
					return err
				}
				if err := e.event(ctx, tx, req, "reminded", "spocd", nil, a.Approver); err != nil {
					return err
				}
				sent++
			}
			if req.EscalatedAt == nil && now.Sub(roundStart) >= e.cfg.Approval.EscalateAfter.Duration {
				req.EscalatedAt = &now
				if err := tx.UpdateRequest(ctx, req); err != nil {
					return err
				}
				w, err := e.waitingItem(ctx, tx, req, now)
				if err != nil {
					return err
				}
				if err := e.notifySPOC(ctx, tx, req, "escalation", templates.Data{Approvers: e.cfg.Approval.DisplayAll(w.Approvers)}, ""); err != nil {
					return err
				}
				if err := e.event(ctx, tx, req, "escalated", "spocd", nil, fmt.Sprintf("waiting for approval since %s", roundStart.Format("2006-01-02 15:04"))); err != nil {
					return err
				}
				sent++
			}
		}
		fwd, err := tx.ListRequests(ctx, ListFilter{Status: StatusForwarded})
		if err != nil {
			return err
		}
		for i := range fwd {
			req := &fwd[i]
			if req.SupplierRemindedAt != nil || req.ForwardedAt == nil || now.Sub(*req.ForwardedAt) < e.cfg.SPOC.ResponseTime.Duration {
				continue
			}
			req.SupplierRemindedAt = &now
			if err := tx.UpdateRequest(ctx, req); err != nil {
				return err
			}
			if err := e.send(ctx, tx, req, outMail{kind: "supplier_reminder", tmpl: "supplier_reminder", to: []string{e.cfg.SPOC.Supplier}}); err != nil {
				return err
			}
			if err := e.event(ctx, tx, req, "supplier_reminded", "spocd", nil, "no status after "+e.cfg.SPOC.ResponseTime.String()); err != nil {
				return err
			}
			sent++
		}
		return nil
	})
	return sent, err
}

// OutboxFailed gives up on a mail after a permanent error and tells the customer SPOC (unless
// the failed mail was itself such a notice, which would loop).
func (e *Engine) OutboxFailed(ctx context.Context, m OutboxMail, cause error) error {
	return e.reportSendFailure(ctx, m, cause, true)
}

// OutboxPartlyRefused reports recipients that refused a mail the others received.
func (e *Engine) OutboxPartlyRefused(ctx context.Context, m OutboxMail, cause error) error {
	return e.reportSendFailure(ctx, m, cause, false)
}

func (e *Engine) reportSendFailure(ctx context.Context, m OutboxMail, cause error, markFailed bool) error {
	return e.store.InTx(ctx, func(tx Tx) error {
		if markFailed {
			if err := tx.MarkOutboxFailed(ctx, m.ID, cause.Error()); err != nil {
				return err
			}
		}
		var req *Request
		if m.RequestID != nil {
			r, err := tx.RequestByID(ctx, *m.RequestID)
			if err != nil {
				return err
			}
			req = r
		}
		detail := fmt.Sprintf("%s to %v: %v", m.Kind, m.Recipients, cause)
		if err := e.event(ctx, tx, req, "send_failed", "spocd", nil, detail); err != nil {
			return err
		}
		if m.Kind == "send_failed" {
			return nil
		}
		return e.send(ctx, tx, req, outMail{kind: "send_failed", tmpl: "send_failed", to: []string{e.cfg.SPOC.Customer},
			data: templates.Data{Reason: cause.Error(), Note: fmt.Sprintf("%s → %v", m.Kind, m.Recipients)}})
	})
}
