package sqlstore_test

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/spocd/spocd/workflow"
	"github.com/spocd/spocd/workflow/sqlstore"
	"github.com/spocd/spocd/workflow/sqlstore/storetest"
)

func forEachBackend(t *testing.T, fn func(t *testing.T, s *sqlstore.DB)) { storetest.Each(t, fn) }

func TestMigrateTwice(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *sqlstore.DB) {
		ctx := context.Background()
		n, err := s.Migrate(ctx)
		if err != nil || n != 0 {
			t.Fatalf("second Migrate = %d, %v; want 0, nil", n, err)
		}
		if err := s.CheckSchema(ctx); err != nil {
			t.Fatalf("CheckSchema = %v", err)
		}
	})
}

func TestUnmigratedRefused(t *testing.T) {
	s, err := sqlstore.Open(context.Background(), "sqlite", filepath.Join(t.TempDir(), "x.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.CheckSchema(context.Background()); !errors.Is(err, sqlstore.ErrSchema) {
		t.Fatalf("CheckSchema on empty db = %v, want ErrSchema", err)
	}
}

func newRequest(t *testing.T, ctx context.Context, tx workflow.Tx, subject string) *workflow.Request {
	t.Helper()
	ref, err := tx.NextRef(ctx, "SPOC")
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	est := int64(15000)
	r := &workflow.Request{Ref: ref, Status: workflow.StatusReceived, Subject: subject, Requester: "jan@x.nl",
		ExtraWork: true, EstimateCents: &est, NeedsApproval: true, CreatedAt: now, UpdatedAt: now}
	if err := tx.CreateRequest(ctx, r); err != nil {
		t.Fatal(err)
	}
	return r
}

func TestRequests(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *sqlstore.DB) {
		ctx := context.Background()
		var r1, r2 *workflow.Request
		err := s.InTx(ctx, func(tx workflow.Tx) error {
			r1 = newRequest(t, ctx, tx, "Koffie voor de raad")
			r2 = newRequest(t, ctx, tx, "Printer kapot")
			return tx.AddThreadID(ctx, "abc@x.nl", r2.ID, false)
		})
		if err != nil {
			t.Fatal(err)
		}
		if r1.Ref != "SPOC-0001" || r2.Ref != "SPOC-0002" {
			t.Fatalf("refs = %s, %s; want SPOC-0001, SPOC-0002", r1.Ref, r2.Ref)
		}
		got, err := s.RequestByRef(ctx, "spoc-0001")
		if err != nil || got.Subject != "Koffie voor de raad" || !got.ExtraWork || *got.EstimateCents != 15000 || !got.NeedsApproval {
			t.Fatalf("RequestByRef = %+v, %v", got, err)
		}
		if got, err := s.RequestByThreadID(ctx, []string{"nope@x", "abc@x.nl"}); err != nil || got.ID != r2.ID {
			t.Fatalf("RequestByThreadID = %+v, %v", got, err)
		}
		if _, err := s.RequestByRef(ctx, "SPOC-9999"); !errors.Is(err, workflow.ErrNotFound) {
			t.Fatalf("missing ref: %v, want ErrNotFound", err)
		}
		// A rolled-back transaction leaves no request behind.
		boom := errors.New("boom")
		if err := s.InTx(ctx, func(tx workflow.Tx) error { newRequest(t, ctx, tx, "lost"); return boom }); !errors.Is(err, boom) {
			t.Fatal(err)
		}
		list, err := s.ListRequests(ctx, workflow.ListFilter{})
		if err != nil || len(list) != 2 {
			t.Fatalf("ListRequests = %d, %v; want 2", len(list), err)
		}
		now := time.Now()
		r1.Status, r1.SupplierRef, r1.ForwardedAt, r1.UpdatedAt = workflow.StatusForwarded, "SSC#12345", &now, now
		if err := s.InTx(ctx, func(tx workflow.Tx) error { return tx.UpdateRequest(ctx, r1) }); err != nil {
			t.Fatal(err)
		}
		if got, err := s.RequestBySupplierRef(ctx, "SSC#12345"); err != nil || got.ID != r1.ID || got.ForwardedAt == nil || got.Status != workflow.StatusForwarded {
			t.Fatalf("RequestBySupplierRef = %+v, %v", got, err)
		}
		fw, err := s.ListRequests(ctx, workflow.ListFilter{Status: workflow.StatusForwarded})
		if err != nil || len(fw) != 1 {
			t.Fatalf("ListRequests(forwarded) = %d, %v", len(fw), err)
		}
	})
}

func TestConcurrentRefsUnique(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *sqlstore.DB) {
		ctx := context.Background()
		var mu sync.Mutex
		seen := map[string]bool{}
		var wg sync.WaitGroup
		for i := 0; i < 8; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for j := 0; j < 10; j++ {
					var ref string
					err := s.InTx(ctx, func(tx workflow.Tx) error {
						var err error
						ref, err = tx.NextRef(ctx, "SPOC")
						return err
					})
					if err != nil {
						t.Error(err)
						return
					}
					mu.Lock()
					if seen[ref] {
						t.Errorf("reference %s handed out twice", ref)
					}
					seen[ref] = true
					mu.Unlock()
				}
			}()
		}
		wg.Wait()
		if len(seen) != 80 {
			t.Fatalf("got %d distinct refs, want 80", len(seen))
		}
	})
}

func TestMessagesDedupe(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *sqlstore.DB) {
		ctx := context.Background()
		rec := func() error {
			return s.InTx(ctx, func(tx workflow.Tx) error {
				return tx.RecordMessage(ctx, &workflow.InboundRecord{Mailbox: "INBOX", UID: 7, MessageID: "m1@x", SHA256: "aa",
					Action: "new_request", ReceivedAt: time.Now(), Raw: []byte("raw\x00bytes\xff")})
			})
		}
		if err := rec(); err != nil {
			t.Fatal(err)
		}
		if err := rec(); !errors.Is(err, workflow.ErrDuplicate) {
			t.Fatalf("second RecordMessage = %v, want ErrDuplicate", err)
		}
		seen, err := s.SeenMessage(ctx, "m1@x", "aa")
		if err != nil || !seen {
			t.Fatalf("SeenMessage = %v, %v", seen, err)
		}
		if seen, _ := s.SeenMessage(ctx, "m1@x", "bb"); seen {
			t.Fatal("same Message-ID with other content counted as seen")
		}
		raw, err := s.MessageRaw(ctx, 1)
		if err != nil || string(raw) != "raw\x00bytes\xff" {
			t.Fatalf("MessageRaw = %q, %v", raw, err)
		}
	})
}

func TestEventChain(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *sqlstore.DB) {
		ctx := context.Background()
		var rid int64
		err := s.InTx(ctx, func(tx workflow.Tx) error {
			r := newRequest(t, ctx, tx, "x")
			rid = r.ID
			for _, k := range []string{"received", "acknowledged", "forwarded"} {
				if err := tx.AppendEvent(ctx, &workflow.Event{RequestID: &r.ID, At: time.Now(), Kind: k, Actor: "jan@x.nl"}); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		ev, err := s.Events(ctx, rid)
		if err != nil || len(ev) != 3 {
			t.Fatalf("Events = %d, %v", len(ev), err)
		}
		if ev[0].PrevHash != "" || ev[1].PrevHash != ev[0].Hash || ev[2].PrevHash != ev[1].Hash {
			t.Fatal("events are not chained")
		}
		for _, e := range ev {
			if workflow.EventHash(e.PrevHash, &e) != e.Hash {
				t.Fatalf("event %d hash does not verify", e.ID)
			}
		}
		// The head, kept in memory during the transaction, was written at its end: the
		// next transaction and an event outside any transaction continue the chain.
		var head string
		if err := s.SQL().GetContext(ctx, &head, `SELECT hash FROM chain_head WHERE id = 1`); err != nil || head != ev[2].Hash {
			t.Fatalf("chain head %q, %v; want the last event's hash", head, err)
		}
		if err := s.InTx(ctx, func(tx workflow.Tx) error {
			return tx.AppendEvent(ctx, &workflow.Event{RequestID: &rid, At: time.Now(), Kind: "done"})
		}); err != nil {
			t.Fatal(err)
		}
		if err := s.AppendEvent(ctx, &workflow.Event{RequestID: &rid, At: time.Now(), Kind: "note"}); err != nil {
			t.Fatal(err)
		}
		// A rolled-back transaction leaves the head where it was.
		_ = s.InTx(ctx, func(tx workflow.Tx) error {
			tx.AppendEvent(ctx, &workflow.Event{RequestID: &rid, At: time.Now(), Kind: "lost"})
			return errors.New("roll back")
		})
		ev, _ = s.Events(ctx, rid)
		if len(ev) != 5 || ev[3].PrevHash != ev[2].Hash || ev[4].PrevHash != ev[3].Hash {
			t.Fatalf("chain across transactions: %d events", len(ev))
		}
		if err := s.SQL().GetContext(ctx, &head, `SELECT hash FROM chain_head WHERE id = 1`); err != nil || head != ev[4].Hash {
			t.Fatalf("chain head after a rollback %q, %v; want the last event's hash", head, err)
		}
	})
}

func TestApprovals(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *sqlstore.DB) {
		ctx := context.Background()
		err := s.InTx(ctx, func(tx workflow.Tx) error {
			r := newRequest(t, ctx, tx, "x")
			for i, ap := range []string{"a@x.nl", "b@x.nl"} {
				if err := tx.CreateApproval(ctx, &workflow.Approval{RequestID: r.ID, Round: 1, Approver: ap, TokenHash: "h" + string(rune('0'+i)),
					ExpiresAt: time.Now().Add(time.Hour), CreatedAt: time.Now()}); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		a, err := s.ApprovalByTokenHash(ctx, "h1")
		if err != nil || a.Approver != "b@x.nl" || a.Decision != "" {
			t.Fatalf("ApprovalByTokenHash = %+v, %v", a, err)
		}
		now := time.Now()
		a.Decision, a.DecidedAt, a.Remark, a.DecidedBy = "approve", &now, "graag snel", "b@x.nl"
		if err := s.InTx(ctx, func(tx workflow.Tx) error { return tx.UpdateApproval(ctx, a) }); err != nil {
			t.Fatal(err)
		}
		all, err := s.Approvals(ctx, a.RequestID)
		if err != nil || len(all) != 2 || all[1].Decision != "approve" || all[1].Remark != "graag snel" || all[1].DecidedAt == nil {
			t.Fatalf("Approvals = %+v, %v", all, err)
		}
		if _, err := s.ApprovalByTokenHash(ctx, "nope"); !errors.Is(err, workflow.ErrNotFound) {
			t.Fatalf("unknown token = %v", err)
		}
	})
}

func TestOutboxClaim(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *sqlstore.DB) {
		ctx := context.Background()
		now := time.Now()
		err := s.InTx(ctx, func(tx workflow.Tx) error {
			for i, id := range []string{"a@x", "b@x", "c@x"} {
				if err := tx.Enqueue(ctx, &workflow.OutboxMail{Kind: "ack", MessageID: id, From: "spoc@x.nl", Recipients: []string{"jan@x.nl"},
					Raw: []byte("mail " + id), NextAttemptAt: now.Add(time.Duration(i-1) * time.Hour), CreatedAt: now}); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		got, err := s.ClaimOutbox(ctx, now, 10, time.Minute)
		if err != nil || len(got) != 2 {
			t.Fatalf("ClaimOutbox = %d rows, %v; want the 2 due", len(got), err)
		}
		if got[0].Attempts != 1 || string(got[0].Raw) != "mail a@x" || got[0].Recipients[0] != "jan@x.nl" {
			t.Fatalf("claimed row = %+v", got[0])
		}
		// Leased rows are not claimed again.
		if again, _ := s.ClaimOutbox(ctx, now, 10, time.Minute); len(again) != 0 {
			t.Fatalf("leased rows claimed again: %d", len(again))
		}
		if err := s.OutboxSent(ctx, got[0].ID, now); err != nil {
			t.Fatal(err)
		}
		if err := s.OutboxRetry(ctx, got[1].ID, now.Add(-time.Second), "451 try later", true); err != nil {
			t.Fatal(err)
		}
		again, err := s.ClaimOutbox(ctx, now, 10, time.Minute)
		if err != nil || len(again) != 1 || again[0].ID != got[1].ID || again[0].Attempts != 2 || !again[0].UnknownOutcome {
			t.Fatalf("retry claim = %+v, %v", again, err)
		}
		if err := s.InTx(ctx, func(tx workflow.Tx) error { return tx.MarkOutboxFailed(ctx, again[0].ID, "550 no such user") }); err != nil {
			t.Fatal(err)
		}
		pending, failed, err := s.OutboxStats(ctx)
		if err != nil || pending != 1 || failed != 1 {
			t.Fatalf("OutboxStats = %d, %d, %v; want 1, 1", pending, failed, err)
		}
		n, err := s.CountRecentMail(ctx, "ack", "jan@x.nl", now.Add(-time.Minute))
		if err != nil || n != 3 {
			t.Fatalf("CountRecentMail = %d, %v", n, err)
		}
	})
}

func TestMailboxAndFailures(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *sqlstore.DB) {
		ctx := context.Background()
		if _, err := s.Mailbox(ctx, "INBOX"); !errors.Is(err, workflow.ErrNotFound) {
			t.Fatalf("Mailbox before save = %v", err)
		}
		since := time.Now().Truncate(time.Millisecond)
		for _, uid := range []uint32{10, 42} {
			if err := s.InTx(ctx, func(tx workflow.Tx) error {
				return tx.SaveMailbox(ctx, &workflow.MailboxState{Name: "INBOX", UIDValidity: 4000000000, LastUID: uid, Since: since})
			}); err != nil {
				t.Fatal(err)
			}
		}
		m, err := s.Mailbox(ctx, "INBOX")
		if err != nil || m.LastUID != 42 || m.UIDValidity != 4000000000 || !m.Since.Equal(since) {
			t.Fatalf("Mailbox = %+v, %v", m, err)
		}
		for want := 1; want <= 3; want++ {
			var n int
			if err := s.InTx(ctx, func(tx workflow.Tx) (err error) { n, err = tx.RecordFailure(ctx, "k", "bad", time.Now()); return }); err != nil || n != want {
				t.Fatalf("RecordFailure = %d, %v; want %d", n, err, want)
			}
		}
	})
}

// CountRecentKind inside a transaction keeps its count and moves it along with the window
// (rows leaving it, rows queued in the transaction); every answer must equal a count of
// the rows written so far.
func TestCountRecentKindMovingWindow(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *sqlstore.DB) {
		ctx := context.Background()
		base := time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)
		type row struct {
			kind string
			at   time.Time
		}
		var written []row
		enqueue := func(tx workflow.Tx, kind string, at time.Time) {
			t.Helper()
			written = append(written, row{kind, at})
			m := &workflow.OutboxMail{Kind: kind, MessageID: fmt.Sprintf("<k%d@x>", len(written)), From: "spoc@x", Recipients: []string{"a@x"},
				Raw: []byte("x"), NextAttemptAt: at, CreatedAt: at}
			if err := tx.Enqueue(ctx, m); err != nil {
				t.Fatal(err)
			}
		}
		want := func(kinds []string, since time.Time) int {
			n := 0
			for _, r := range written {
				if slices.Contains(kinds, r.kind) && !r.at.Before(since) {
					n++
				}
			}
			return n
		}
		// Before the transaction: an ack every 5 minutes for an hour and a half, some triage.
		if err := s.InTx(ctx, func(tx workflow.Tx) error {
			for i := 0; i < 18; i++ {
				enqueue(tx, "ack", base.Add(time.Duration(i)*5*time.Minute))
				if i%4 == 0 {
					enqueue(tx, "triage", base.Add(time.Duration(i)*5*time.Minute))
				}
			}
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		now := base.Add(90 * time.Minute)
		if err := s.InTx(ctx, func(tx workflow.Tx) error {
			for step := 0; step < 12; step++ {
				now = now.Add(4 * time.Minute)
				if step%3 != 2 {
					enqueue(tx, "ack", now)
				}
				if step == 5 {
					enqueue(tx, "triage", now)
				}
				for _, kinds := range [][]string{{"ack"}, {"ack", "triage"}, {"triage"}} {
					since := now.Add(-time.Hour)
					if step == 7 {
						since = now.Add(-2 * time.Hour) // a wider window: counted afresh
					}
					got, err := tx.CountRecentKind(ctx, kinds, since)
					if err != nil {
						return err
					}
					if w := want(kinds, since); got != w {
						t.Errorf("step %d: CountRecentKind(%v, %s) = %d, want %d", step, kinds, since.Format("15:04"), got, w)
					}
				}
			}
			return nil
		}); err != nil {
			t.Fatal(err)
		}
	})
}

// A row queued as a render spec is not due until its mail is stored: no sender claims a
// row without its mail, not even one that does not know render specs (an older spocd on
// the same database). Storing the mail makes it due; the first mail stored stays.
func TestSpecRowNotClaimedUntilRendered(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *sqlstore.DB) {
		ctx := context.Background()
		now := time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)
		m := &workflow.OutboxMail{Kind: "ack", MessageID: "<spec@x>", From: "spoc@x", Recipients: []string{"a@x"},
			Spec: []byte(`{"v":1}`), NextAttemptAt: now, CreatedAt: now}
		if err := s.InTx(ctx, func(tx workflow.Tx) error { return tx.Enqueue(ctx, m) }); err != nil {
			t.Fatal(err)
		}
		if rows, err := s.ClaimOutbox(ctx, now.Add(24*365*time.Hour), 10, time.Minute); err != nil || len(rows) != 0 {
			t.Fatalf("ClaimOutbox a year later = %d rows, %v; want none before the mail is stored", len(rows), err)
		}
		var ok bool
		if err := s.InTx(ctx, func(tx workflow.Tx) (err error) {
			ok, err = tx.SetOutboxRaw(ctx, m.ID, []byte("rendered"), now.Add(time.Minute))
			return err
		}); err != nil || !ok {
			t.Fatalf("SetOutboxRaw = %t, %v", ok, err)
		}
		if err := s.InTx(ctx, func(tx workflow.Tx) (err error) {
			ok, err = tx.SetOutboxRaw(ctx, m.ID, []byte("rendered again"), now)
			return err
		}); err != nil || ok {
			t.Fatalf("second SetOutboxRaw = %t, %v; want false", ok, err)
		}
		if rows, err := s.ClaimOutbox(ctx, now, 10, time.Minute); err != nil || len(rows) != 0 {
			t.Fatalf("ClaimOutbox before it is due = %d rows, %v", len(rows), err)
		}
		rows, err := s.ClaimOutbox(ctx, now.Add(time.Minute), 10, time.Minute)
		if err != nil || len(rows) != 1 || string(rows[0].Raw) != "rendered" || len(rows[0].Spec) != 0 {
			t.Fatalf("ClaimOutbox once due = %+v, %v; want the row with the first mail stored", rows, err)
		}
	})
}
