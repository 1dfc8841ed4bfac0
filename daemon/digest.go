package daemon

import (
	"context"
)

// digestPass sends the weekly digest when it is due and was not sent yet (the database
// decides, so restarts and other instances never send it twice). Errors are logged: the
// digest is tried again on the next pass and must not hold up the rest of the work.
func digestPass(ctx context.Context, d Deps) (sent bool) {
	week, sent, err := d.Engine.ScheduledDigest(ctx, d.now())
	switch {
	case err != nil && ctx.Err() == nil:
		d.Log.Error("digest", "week", week, "err", err)
	case sent:
		d.Log.Info("weekly digest written to the outbox", "week", week)
	}
	return sent
}

// SendOutbox delivers what is due in the outbox now (for commands such as 'spocd digest'
// that write a mail and want it sent without a running daemon). Rows that fail with a
// temporary error stay for the daemon's retry.
func SendOutbox(ctx context.Context, d Deps) (sent, failed int, err error) {
	for {
		s, f, r, err := sendDue(ctx, d)
		sent += s
		failed += f
		if err != nil || s+f+r == 0 || (r > 0 && s+f == 0) {
			return sent, failed, err
		}
	}
}
