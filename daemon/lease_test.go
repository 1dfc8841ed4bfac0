package daemon_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/spocd/spocd/daemon"
	"github.com/spocd/spocd/workflow"
	"github.com/spocd/spocd/workflow/sqlstore"
	"github.com/spocd/spocd/workflow/sqlstore/storetest"
)

// crashLeaser never releases: an instance that stops with it behaves like one that died.
type crashLeaser struct{ *sqlstore.DB }

func (crashLeaser) ReleaseLease(context.Context, string, string) error { return nil }

func TestTwoInstancesOneMailboxTakeover(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *sqlstore.DB) {
		e := newEnv(t, db, nil)
		base := e.d
		base.Leases = crashLeaser{db}
		base.LeaseDuration = 2 * time.Second
		instances := map[string]context.CancelFunc{}
		var wg sync.WaitGroup
		for _, name := range []string{"a", "b"} {
			d := base
			d.Instance = name
			ctx, cancel := context.WithCancel(context.Background())
			instances[name] = cancel
			wg.Add(1)
			go func() { defer wg.Done(); daemon.Run(ctx, d) }()
		}
		defer func() {
			for _, c := range instances {
				c()
			}
			wg.Wait()
		}()
		waitAcks := func(from, to int) {
			t.Helper()
			deadline := time.Now().Add(30 * time.Second)
			for i := from; i < to; i++ {
				for len(e.inbox(fmt.Sprintf("u%02d@gemeente.test", i))) == 0 {
					if time.Now().After(deadline) {
						t.Fatalf("no acknowledgement for u%02d", i)
					}
					time.Sleep(50 * time.Millisecond)
				}
			}
		}
		for i := 0; i < 10; i++ {
			e.send(fmt.Sprintf("u%02d@gemeente.test", i), "spoc@gemeente.test", fmt.Sprintf("Lamp %d kapot", i), "x")
		}
		waitAcks(0, 10)
		holder, _, _ := db.LeaseHolder(context.Background(), "mailbox:spoc@gemeente.test/INBOX")
		if holder != "a" && holder != "b" {
			t.Fatalf("mailbox lease holder = %q", holder)
		}
		// The holder dies without releasing its lease; the other takes over.
		instances[holder]()
		died := time.Now()
		for i := 10; i < 20; i++ {
			e.send(fmt.Sprintf("u%02d@gemeente.test", i), "spoc@gemeente.test", fmt.Sprintf("Lamp %d kapot", i), "x")
		}
		waitAcks(10, 20)
		t.Logf("takeover: mail after the holder died answered within %v (lease %v)", time.Since(died).Round(time.Millisecond), base.LeaseDuration)
		newHolder, _, _ := db.LeaseHolder(context.Background(), "mailbox:spoc@gemeente.test/INBOX")
		if newHolder == holder {
			t.Fatalf("lease still with the dead instance %q", holder)
		}
		reqs, _ := db.ListRequests(context.Background(), workflow.ListFilter{})
		if len(reqs) != 20 {
			t.Fatalf("requests = %d, want 20", len(reqs))
		}
		for i := 0; i < 20; i++ {
			if n := len(e.inbox(fmt.Sprintf("u%02d@gemeente.test", i))); n != 1 {
				t.Fatalf("u%02d has %d acknowledgements", i, n)
			}
		}
		// Forwards follow the acknowledgements; one claimed by the dead instance waits for
		// its claim to run out (twice the lease).
		deadline := time.Now().Add(30 * time.Second)
		for len(e.inbox("spoc@leverancier.test")) < 20 && time.Now().Before(deadline) {
			time.Sleep(100 * time.Millisecond)
		}
		time.Sleep(500 * time.Millisecond)
		if n := len(e.inbox("spoc@leverancier.test")); n != 20 {
			t.Fatalf("supplier has %d forwards, want 20", n)
		}
	})
}

// flakyLeaser holds the lease for the first n acquisitions, then another instance has it.
type flakyLeaser struct {
	n     int
	calls int
}

func (f *flakyLeaser) AcquireLease(ctx context.Context, name, owner string, now time.Time, d time.Duration) (bool, error) {
	if !strings.HasPrefix(name, "mailbox:") {
		return true, nil
	}
	f.calls++
	return f.calls <= f.n, nil
}

func (f *flakyLeaser) ReleaseLease(context.Context, string, string) error { return nil }

func TestIntakeStopsWhenTheLeaseIsLost(t *testing.T) {
	db := storetest.SQLite(t)
	e := newEnv(t, db, nil)
	for i := 0; i < 20; i++ {
		e.send(fmt.Sprintf("u%02d@gemeente.test", i), "spoc@gemeente.test", fmt.Sprintf("Lamp %d kapot", i), "x")
	}
	// Held for the start of the pass and its first batch (7 mails), then lost. Another
	// instance can only take a lease that ran out: this clock moves a whole lease on at
	// every reading, so each batch finds its renewal due.
	e.d.Leases, e.d.Instance = &flakyLeaser{n: 2}, "a"
	clock := time.Now()
	e.d.Now = func() time.Time {
		clock = clock.Add(daemon.DefaultLeaseDuration)
		return clock
	}
	_, err := daemon.Once(context.Background(), e.d)
	e.d.Now = nil
	if err == nil || !strings.Contains(err.Error(), "lease lost") {
		t.Fatalf("Once after losing the lease = %v", err)
	}
	reqs, _ := db.ListRequests(context.Background(), workflow.ListFilter{})
	if len(reqs) != 7 {
		t.Fatalf("requests after losing the lease = %d, want the first batch of 7", len(reqs))
	}
	// The next holder takes it from there.
	e.d.Leases = nil
	e.once()
	reqs, _ = db.ListRequests(context.Background(), workflow.ListFilter{})
	if len(reqs) != 20 {
		t.Fatalf("requests after the takeover = %d, want 20", len(reqs))
	}
}

// Between batches the mailbox lease is renewed once a quarter of it has passed, not per
// batch: a renewal is a commit of its own.
func TestIntakeRenewsLeaseByTime(t *testing.T) {
	db := storetest.SQLite(t)
	e := newEnv(t, db, nil)
	for i := 0; i < 20; i++ {
		e.send(fmt.Sprintf("u%02d@gemeente.test", i), "spoc@gemeente.test", fmt.Sprintf("Lamp %d kapot", i), "x")
	}
	counter := &flakyLeaser{n: 1000}
	clock := time.Now()
	e.d.Leases, e.d.Instance = counter, "a"
	e.d.Now = func() time.Time { return clock } // no time passes
	if _, err := daemon.Once(context.Background(), e.d); err != nil {
		t.Fatal(err)
	}
	reqs, _ := db.ListRequests(context.Background(), workflow.ListFilter{})
	if len(reqs) != 20 {
		t.Fatalf("requests = %d, want 20", len(reqs))
	}
	// Once takes the lease, the first batch renews it; the two later batches do not.
	if counter.calls != 2 {
		t.Errorf("mailbox lease acquired %d times over 3 batches with no time passing, want 2", counter.calls)
	}
}
