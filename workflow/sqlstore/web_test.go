package sqlstore_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/spocd/spocd/workflow"
	"github.com/spocd/spocd/workflow/sqlstore"
	"github.com/spocd/spocd/workflow/sqlstore/storetest"
)

func TestWebDecisions(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *sqlstore.DB) {
		ctx := context.Background()
		now := time.Now().Truncate(time.Millisecond).UTC()
		var a workflow.Approval
		var req *workflow.Request
		if err := s.InTx(ctx, func(tx workflow.Tx) error {
			req = newRequest(t, ctx, tx, "web")
			a = workflow.Approval{RequestID: req.ID, Round: 1, Approver: "a@x.nl", TokenHash: "tokhash", ExpiresAt: now.Add(time.Hour), CreatedAt: now}
			return tx.CreateApproval(ctx, &a)
		}); err != nil {
			t.Fatal(err)
		}
		if _, err := s.LatestWebDecision(ctx, a.ID); !errors.Is(err, workflow.ErrNotFound) {
			t.Fatalf("LatestWebDecision before any = %v, want ErrNotFound", err)
		}
		d := &workflow.WebDecision{ApprovalID: a.ID, RequestID: req.ID, Decision: "approve", Remark: "ok", WithdrawHash: "w1",
			Client: "127.0.0.1", CreatedAt: now, DueAt: now.Add(15 * time.Minute)}
		if err := s.InTx(ctx, func(tx workflow.Tx) error { return tx.CreateWebDecision(ctx, d) }); err != nil {
			t.Fatal(err)
		}
		if d.ID == 0 || d.State != workflow.WebPending {
			t.Fatalf("created = %+v", d)
		}
		// A second pending decision for the same approval is refused by the database.
		err := s.InTx(ctx, func(tx workflow.Tx) error {
			return tx.CreateWebDecision(ctx, &workflow.WebDecision{ApprovalID: a.ID, RequestID: req.ID, Decision: "reject", WithdrawHash: "w2", CreatedAt: now, DueAt: now})
		})
		if !errors.Is(err, workflow.ErrDuplicate) {
			t.Fatalf("second pending decision = %v, want ErrDuplicate", err)
		}
		got, err := s.WebDecisionByWithdrawHash(ctx, "w1")
		if err != nil || got.ID != d.ID || got.Remark != "ok" || !got.DueAt.Equal(d.DueAt) || got.ClosedAt != nil {
			t.Fatalf("by withdraw hash = %+v, %v", got, err)
		}
		if due, err := s.DueWebDecisions(ctx, now, 10); err != nil || len(due) != 0 {
			t.Fatalf("due before the window = %v, %v", due, err)
		}
		due, err := s.DueWebDecisions(ctx, now.Add(time.Hour), 10)
		if err != nil || len(due) != 1 || due[0].ID != d.ID {
			t.Fatalf("due after the window = %v, %v", due, err)
		}
		if err := s.InTx(ctx, func(tx workflow.Tx) error {
			return tx.CloseWebDecision(ctx, d.ID, workflow.WebWithdrawn, "by hand", now)
		}); err != nil {
			t.Fatal(err)
		}
		// Closing twice: not pending any more.
		err = s.InTx(ctx, func(tx workflow.Tx) error { return tx.CloseWebDecision(ctx, d.ID, workflow.WebApplied, "", now) })
		if !errors.Is(err, workflow.ErrNotFound) {
			t.Fatalf("closing a closed decision = %v, want ErrNotFound", err)
		}
		latest, err := s.LatestWebDecision(ctx, a.ID)
		if err != nil || latest.State != workflow.WebWithdrawn || latest.Note != "by hand" || latest.ClosedAt == nil {
			t.Fatalf("latest = %+v, %v", latest, err)
		}
		// After the withdrawal a new pending decision is allowed.
		if err := s.InTx(ctx, func(tx workflow.Tx) error {
			return tx.CreateWebDecision(ctx, &workflow.WebDecision{ApprovalID: a.ID, RequestID: req.ID, Decision: "reject", WithdrawHash: "w3", CreatedAt: now, DueAt: now})
		}); err != nil {
			t.Fatalf("new decision after withdrawal: %v", err)
		}
		if _, err := s.WebDecisionByWithdrawHash(ctx, "nope"); !errors.Is(err, workflow.ErrNotFound) {
			t.Fatalf("unknown withdraw hash = %v", err)
		}
	})
}
