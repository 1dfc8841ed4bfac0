package daemon

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/spocd/spocd/mail/smtpout"
	"github.com/spocd/spocd/workflow"
)

// Turns runs periodic jobs once per period across restarts and instances (sqlstore.DB).
type Turns interface {
	TakeTurn(ctx context.Context, name string, now time.Time, every time.Duration) (bool, error)
}

// smtpChecker is the SMTP sender's login test (smtpout.Sender).
type smtpChecker interface {
	Check(ctx context.Context, from, rcpt string) error
}

// reconcileEvery is how often the mailbox is compared with the database.
const reconcileEvery = 24 * time.Hour

// reconcilePass compares the mailbox with the database once a day: any message older than
// an hour without the processed keyword, and failing IMAP or SMTP logins, are reported to
// the customer SPOC.
func reconcilePass(ctx context.Context, d Deps) {
	if d.Turns == nil {
		return
	}
	ok, err := d.Turns.TakeTurn(ctx, "reconcile:"+d.Config.Tenant, d.now(), reconcileEvery)
	if err != nil || !ok {
		if err != nil && ctx.Err() == nil {
			d.Log.Error("reconcile", "err", err)
		}
		return
	}
	var rep workflow.ReconcileReport
	sess, err := d.DialIMAP(ctx)
	if err != nil {
		if ctx.Err() != nil {
			return
		}
		rep.Problems = append(rep.Problems, "IMAP "+d.Config.IMAP.Address+": "+err.Error())
	} else {
		uids, err := sess.Unprocessed(ctx, 0)
		if err == nil && len(uids) > 0 {
			var dates map[uint32]time.Time
			dates, err = sess.InternalDates(ctx, uids)
			for _, u := range uids {
				if at, ok := dates[u]; ok && d.now().Sub(at) > time.Hour {
					rep.Unprocessed = append(rep.Unprocessed, workflow.Unprocessed{UID: u, Received: at})
				}
			}
		}
		if err != nil {
			rep.Problems = append(rep.Problems, "IMAP: "+err.Error())
		}
		sess.Close()
	}
	if c, ok := d.Sender.(smtpChecker); ok {
		if err := c.Check(ctx, d.Config.SMTP.From, d.Config.SPOC.Customer); err != nil && ctx.Err() == nil {
			rep.Problems = append(rep.Problems, fmt.Sprintf("SMTP %s: %v", d.Config.SMTP.Address, err))
			if errors.Is(err, smtpout.ErrPermanent) {
				d.Log.Error("smtp login or sender refused", "err", err)
			}
		}
	}
	told, err := d.Engine.Reconcile(ctx, rep)
	switch {
	case err != nil:
		d.Log.Error("reconcile", "err", err)
	case told:
		d.Log.Warn("reconcile: the customer SPOC was told", "unprocessed", len(rep.Unprocessed), "problems", rep.Problems)
	default:
		d.Log.Info("reconcile: mailbox and database agree")
	}
}
