package daemon

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"time"
)

// Leaser coordinates instances that share one database (sqlstore.DB): exactly one
// instance polls a mailbox, and one runs the timers, at a time.
type Leaser interface {
	AcquireLease(ctx context.Context, name, owner string, now time.Time, d time.Duration) (bool, error)
	ReleaseLease(ctx context.Context, name, owner string) error
}

// DefaultLeaseDuration is how long a lease lasts without renewal: the longest a mailbox or
// the timers stay unattended after their instance died.
const DefaultLeaseDuration = 60 * time.Second

func (d *Deps) leaseDuration() time.Duration {
	if d.LeaseDuration > 0 {
		return d.LeaseDuration
	}
	return DefaultLeaseDuration
}

// InstanceID names this process among the instances sharing a database.
func InstanceID() string {
	host, _ := os.Hostname()
	b := make([]byte, 4)
	rand.Read(b)
	return fmt.Sprintf("%s/%d/%s", host, os.Getpid(), hex.EncodeToString(b))
}

// holdLease takes or renews a lease; without a Leaser every instance holds every lease.
func holdLease(ctx context.Context, d Deps, name string) (bool, error) {
	if d.Leases == nil {
		return true, nil
	}
	return d.Leases.AcquireLease(ctx, name, d.Instance, d.now(), d.leaseDuration())
}

func releaseLease(d Deps, name string) {
	if d.Leases == nil {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := d.Leases.ReleaseLease(ctx, name, d.Instance); err != nil {
		d.Log.Warn("release lease", "lease", name, "err", err)
	}
}

func mailboxLease(d Deps) string {
	return "mailbox:" + d.Config.IMAP.Username + "/" + d.Config.IMAP.Mailbox
}

func timersLease(d Deps) string { return "timers:" + d.Config.Tenant }

// errLeaseLost stops an intake pass whose mailbox another instance has taken over.
var errLeaseLost = errors.New("mailbox lease lost to another instance")

// renewMailboxLease renews this instance's hold on the mailbox, or says it is gone.
func renewMailboxLease(ctx context.Context, d Deps) error {
	held, err := holdLease(ctx, d, mailboxLease(d))
	switch {
	case err != nil:
		return fmt.Errorf("mailbox lease: %w", err)
	case !held:
		return errLeaseLost
	}
	return nil
}
