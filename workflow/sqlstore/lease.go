package sqlstore

import (
	"context"
	"fmt"
	"time"
)

// AcquireLease takes or renews the named lease for owner until now+d. It succeeds when the
// lease is free, expired, or already held by owner; the check and the write are one
// statement, so two instances can never both hold it.
func (s *DB) AcquireLease(ctx context.Context, name, owner string, now time.Time, d time.Duration) (bool, error) {
	res, err := s.db.ExecContext(ctx, s.db.Rebind(`INSERT INTO leases (name, owner, until) VALUES (?, ?, ?)
		ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, until = excluded.until
		WHERE leases.owner = excluded.owner OR leases.until < ?`), name, owner, ms(now.Add(d)), ms(now))
	if err != nil {
		return false, fmt.Errorf("lease %s: %w", name, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("lease %s: %w", name, err)
	}
	return n == 1, nil
}

// ReleaseLease gives the lease up if owner holds it.
func (s *DB) ReleaseLease(ctx context.Context, name, owner string) error {
	_, err := s.db.ExecContext(ctx, s.db.Rebind(`DELETE FROM leases WHERE name = ? AND owner = ?`), name, owner)
	if err != nil {
		return fmt.Errorf("release lease %s: %w", name, err)
	}
	return nil
}

// LeaseHolder says who holds a lease and until when ("" when nobody).
func (s *DB) LeaseHolder(ctx context.Context, name string) (owner string, until time.Time, err error) {
	var r struct {
		Owner string `db:"owner"`
		Until int64  `db:"until"`
	}
	err = s.db.GetContext(ctx, &r, s.db.Rebind(`SELECT owner, until FROM leases WHERE name = ?`), name)
	if err != nil {
		return "", time.Time{}, nil
	}
	return r.Owner, fromMS(r.Until), nil
}

// TakeTurn reports whether it is time for the named periodic job (a daily reconciliation,
// say): true at most once per every, across restarts and across instances.
func (s *DB) TakeTurn(ctx context.Context, name string, now time.Time, every time.Duration) (bool, error) {
	res, err := s.db.ExecContext(ctx, s.db.Rebind(`INSERT INTO leases (name, owner, until) VALUES (?, 'turn', ?)
		ON CONFLICT (name) DO UPDATE SET until = excluded.until WHERE leases.until <= ?`), name, ms(now.Add(every)), ms(now))
	if err != nil {
		return false, fmt.Errorf("turn %s: %w", name, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("turn %s: %w", name, err)
	}
	return n == 1, nil
}
