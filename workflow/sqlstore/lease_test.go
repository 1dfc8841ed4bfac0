package sqlstore_test

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/spocd/spocd/workflow/sqlstore"
)

func TestLeases(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *sqlstore.DB) {
		ctx := context.Background()
		now := time.Now()
		ok, err := s.AcquireLease(ctx, "mailbox:INBOX", "a", now, time.Minute)
		if err != nil || !ok {
			t.Fatalf("first acquire = %v, %v", ok, err)
		}
		if ok, _ := s.AcquireLease(ctx, "mailbox:INBOX", "b", now.Add(30*time.Second), time.Minute); ok {
			t.Fatal("b took a lease a holds")
		}
		if ok, _ := s.AcquireLease(ctx, "mailbox:INBOX", "a", now.Add(30*time.Second), time.Minute); !ok {
			t.Fatal("a could not renew its lease")
		}
		// After the renewed lease runs out, b takes over.
		if ok, _ := s.AcquireLease(ctx, "mailbox:INBOX", "b", now.Add(91*time.Second), time.Minute); !ok {
			t.Fatal("b could not take over an expired lease")
		}
		if owner, _, _ := s.LeaseHolder(ctx, "mailbox:INBOX"); owner != "b" {
			t.Fatalf("holder = %q, want b", owner)
		}
		if err := s.ReleaseLease(ctx, "mailbox:INBOX", "b"); err != nil {
			t.Fatal(err)
		}
		if ok, _ := s.AcquireLease(ctx, "mailbox:INBOX", "c", now.Add(92*time.Second), time.Minute); !ok {
			t.Fatal("released lease not free")
		}
		// Many contenders at once: exactly one wins.
		var wins atomic.Int32
		var wg sync.WaitGroup
		for i := 0; i < 8; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				ok, err := s.AcquireLease(ctx, "timers", fmt.Sprint("owner", i), now, time.Minute)
				if err != nil {
					t.Error(err)
				}
				if ok {
					wins.Add(1)
				}
			}()
		}
		wg.Wait()
		if wins.Load() != 1 {
			t.Fatalf("%d contenders won the lease", wins.Load())
		}
	})
}

func TestTakeTurn(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *sqlstore.DB) {
		ctx := context.Background()
		now := time.Now()
		for i, tc := range []struct {
			at   time.Duration
			want bool
		}{{0, true}, {time.Minute, false}, {23 * time.Hour, false}, {24 * time.Hour, true}, {25 * time.Hour, false}} {
			got, err := s.TakeTurn(ctx, "reconcile:", now.Add(tc.at), 24*time.Hour)
			if err != nil || got != tc.want {
				t.Fatalf("turn %d at +%v = %v, %v; want %v", i, tc.at, got, err, tc.want)
			}
		}
	})
}
