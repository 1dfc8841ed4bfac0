package sqlstore_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/spocd/spocd/workflow"
	"github.com/spocd/spocd/workflow/sqlstore"
)

func TestTenantsAreIsolated(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *sqlstore.DB) {
		ctx := context.Background()
		a, b := s.Tenant("gemeente-a"), s.Tenant("gemeente-b")
		now := time.Now()
		mk := func(st *sqlstore.DB, prefix, mid string) *workflow.Request {
			var r *workflow.Request
			err := st.InTx(ctx, func(tx workflow.Tx) error {
				ref, err := tx.NextRef(ctx, prefix)
				if err != nil {
					return err
				}
				r = &workflow.Request{Ref: ref, Status: workflow.StatusReceived, Subject: "x", Requester: "j@x.nl", CreatedAt: now, UpdatedAt: now}
				if err := tx.CreateRequest(ctx, r); err != nil {
					return err
				}
				if err := tx.RecordMessage(ctx, &workflow.InboundRecord{Mailbox: "INBOX", MessageID: mid, SHA256: "s", Action: "new_request", ReceivedAt: now, RequestID: &r.ID}); err != nil {
					return err
				}
				if err := tx.AddThreadID(ctx, "out-"+ref+"@x", r.ID, true); err != nil {
					return err
				}
				if err := tx.SaveMailbox(ctx, &workflow.MailboxState{Name: "INBOX", LastUID: uint32(len(ref)), Since: now}); err != nil {
					return err
				}
				return tx.Enqueue(ctx, &workflow.OutboxMail{Kind: "ack", MessageID: "m-" + ref, From: "spoc@x", Recipients: []string{"j@x.nl"}, Raw: []byte("x"), NextAttemptAt: now, CreatedAt: now})
			})
			if err != nil {
				t.Fatal(err)
			}
			return r
		}
		ra := mk(a, "GEMA", "same@x") // the same mail reached both mailboxes
		rb := mk(b, "GEMB", "same@x")
		mk(b, "GEMB", "other@x")
		if ra.Ref != "GEMA-0001" || rb.Ref != "GEMB-0001" {
			t.Fatalf("refs %s, %s", ra.Ref, rb.Ref)
		}
		if _, err := a.RequestByRef(ctx, "GEMB-0001"); !errors.Is(err, workflow.ErrNotFound) {
			t.Fatalf("tenant a sees b's request: %v", err)
		}
		if _, err := b.RequestByID(ctx, ra.ID); !errors.Is(err, workflow.ErrNotFound) {
			t.Fatalf("tenant b sees a's request by id: %v", err)
		}
		if _, err := a.RequestByThreadID(ctx, []string{"out-GEMB-0001@x"}); !errors.Is(err, workflow.ErrNotFound) {
			t.Fatalf("a thread of tenant b matched in tenant a: %v", err)
		}
		la, _ := a.ListRequests(ctx, workflow.ListFilter{})
		lb, _ := b.ListRequests(ctx, workflow.ListFilter{})
		ld, _ := s.ListRequests(ctx, workflow.ListFilter{})
		if len(la) != 1 || len(lb) != 2 || len(ld) != 0 {
			t.Fatalf("lists: a %d, b %d, default %d", len(la), len(lb), len(ld))
		}
		if seen, _ := s.SeenMessage(ctx, "same@x", "s"); seen {
			t.Fatal("the default tenant sees another tenant's message as seen")
		}
		ma, _ := a.Mailbox(ctx, "INBOX")
		mb, _ := b.Mailbox(ctx, "INBOX")
		if ma.LastUID != 9 || mb.LastUID != 9 || ma.Name != "INBOX" {
			t.Fatalf("mailboxes: %+v %+v", ma, mb)
		}
		if _, err := s.Mailbox(ctx, "INBOX"); !errors.Is(err, workflow.ErrNotFound) {
			t.Fatalf("default tenant sees a tenant's mailbox: %v", err)
		}
		ca, _ := a.ClaimOutbox(ctx, now, 10, time.Minute)
		cb, _ := b.ClaimOutbox(ctx, now, 10, time.Minute)
		if len(ca) != 1 || len(cb) != 2 {
			t.Fatalf("claims: a %d, b %d", len(ca), len(cb))
		}
	})
}
