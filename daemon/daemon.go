// Package daemon runs spocd: the intake loop (IDLE with a poll fallback), the outbox sender
// and the timers, until its context ends; or, with Once, everything pending and then return.
package daemon

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/spocd/spocd/config"
	"github.com/spocd/spocd/mail/imapin"
	"github.com/spocd/spocd/mail/smtpout"
	"github.com/spocd/spocd/metrics"
	"github.com/spocd/spocd/workflow"
)

// Sender delivers one rendered mail (smtpout.Sender).
type Sender interface {
	Send(ctx context.Context, from string, to []string, raw []byte) error
}

// Deps are the concrete parts the daemon drives.
type Deps struct {
	Config *config.Config
	Store  workflow.Store
	Engine *workflow.Engine
	Sender Sender
	// DialIMAP opens a session on the SPOC mailbox (imapin.Dial with the config).
	DialIMAP func(ctx context.Context) (*imapin.Session, error)
	Log      *slog.Logger
	// Shadow: read and record, but never send, flag or move anything.
	Shadow bool
	// Progress, when set, is told how far a long intake is.
	Progress func(done, total int)
	// Now is the clock (tests); time.Now when nil.
	Now func() time.Time
	// Leases and Instance coordinate instances sharing one database (nil: no coordination).
	Leases        Leaser
	Turns         Turns // daily reconciliation (nil: off)
	Instance      string
	LeaseDuration time.Duration // default DefaultLeaseDuration
	// Health and Metrics, when set, record how the daemon is doing (health.go).
	Health  *Health
	Metrics *metrics.Metrics
}

// Summary counts what one pass did.
type Summary struct {
	Fetched     int
	Outcomes    map[string]int
	Sent        int
	SendFailed  int
	Retrying    int
	TimersFired int
}

func (d *Deps) now() time.Time {
	if d.Now != nil {
		return d.Now()
	}
	return time.Now()
}

// QuarantineKeyword flags a message spocd gave up on.
const QuarantineKeyword = "$SPOCdQuarantine"

// Outbox rows are claimed a few at a time for twice the lease duration: another instance
// (or this one after a crash) takes a row over only when the claim has run out, so a mail is
// never sent by two instances at once, and a crashed sender delays a mail by at most that.
const claimBatch = 10

// maxSendAttempts is how often a mail is tried before it is given up on.
const maxSendAttempts = 12

// Once processes everything pending — new mail, due timers, the outbox — and returns.
func Once(ctx context.Context, d Deps) (Summary, error) {
	sum := Summary{Outcomes: map[string]int{}}
	held, err := holdLease(ctx, d, mailboxLease(d))
	if err != nil {
		return sum, err
	}
	// A failing mailbox does not stop the rest: timers, the reconciliation (which reports
	// the failing login) and the outbox still run; the intake error is returned at the end.
	var intakeErr error
	if held {
		defer releaseLease(d, mailboxLease(d))
		start := time.Now()
		sess, err := d.DialIMAP(ctx)
		if err != nil {
			intakeErr = fmt.Errorf("imap: %w", err)
		} else {
			defer sess.Close()
			intakeErr = intakePass(ctx, d, sess, &sum)
			// Wall time of connect + intake, without timers and sending (bench/run.sh reads it).
			d.Log.Info("intake done", "messages", sum.Fetched, "seconds", time.Since(start).Seconds())
		}
	} else {
		d.Log.Info("another instance polls the mailbox: intake skipped", "mailbox", d.Config.IMAP.Mailbox)
	}
	if held, err := holdLease(ctx, d, timersLease(d)); err != nil {
		return sum, err
	} else if held {
		n, err := d.Engine.Tick(ctx)
		if err != nil {
			return sum, fmt.Errorf("timers: %w", err)
		}
		sum.TimersFired = n
		if digestPass(ctx, d) {
			sum.TimersFired++
		}
		reconcilePass(ctx, d)
		releaseLease(d, timersLease(d))
	}
	if d.Shadow {
		_, _, _, err := sendDue(ctx, d) // renders, sends nothing
		return sum, errors.Join(intakeErr, err)
	}
	for {
		sent, failed, retry, err := sendDue(ctx, d)
		sum.Sent += sent
		sum.SendFailed += failed
		sum.Retrying += retry
		if err != nil {
			return sum, errors.Join(intakeErr, err)
		}
		if sent+failed+retry == 0 {
			break
		}
		if retry > 0 && sent+failed == 0 {
			break // what is left waits for its backoff: a later run sends it
		}
	}
	return sum, intakeErr
}

// intakePass reads all new mail from the session and hands it to the workflow.
func intakePass(ctx context.Context, d Deps, sess *imapin.Session, sum *Summary) error {
	mailbox := d.Config.IMAP.Mailbox
	st, err := d.Engine.Intake(ctx, mailbox)
	if err != nil {
		return err
	}
	uv := sess.State().UIDValidity
	if st.UIDValidity != 0 && st.UIDValidity != uv {
		if err := d.Engine.ResetUIDValidity(ctx, mailbox, uv); err != nil {
			return err
		}
		st.LastUID = 0
	}
	if !d.Shadow && st.LastUID > 0 && st.UIDValidity == uv {
		// Finish the marking that a crash between commit and marking may have left undone.
		left, err := sess.Unprocessed(ctx, st.LastUID)
		if err != nil {
			return fmt.Errorf("imap: %w", err)
		}
		if len(left) > 0 {
			d.Log.Info("marking messages committed before a restart", "count", len(left))
			if err := sess.MarkProcessed(ctx, left); err != nil {
				return fmt.Errorf("imap: %w", err)
			}
		}
	}
	total := int(sess.State().Messages)
	var renewed time.Time
	err = sess.Fetch(ctx, st.LastUID, func(batch []imapin.Fetched) error {
		// A long first import must not outlive the mailbox lease: renew it between
		// batches once a quarter of it has passed (a renewal is a commit of its own), and
		// stop when another instance has taken the mailbox over. A process that was
		// stopped for longer than the lease finds out at its next batch.
		if now := d.now(); now.Sub(renewed) >= d.leaseDuration()/4 {
			if err := renewMailboxLease(ctx, d); err != nil {
				return err
			}
			renewed = now
		}
		in := make([]workflow.Inbound, len(batch))
		for i, f := range batch {
			in[i] = workflow.Inbound{UID: f.UID, InternalDate: f.InternalDate, Raw: f.Raw, Size: f.Size, Truncated: f.Truncated}
			in[i].Prepared, _ = f.Prepared.(*workflow.Prepared)
		}
		outs, err := d.Engine.IngestBatch(ctx, mailbox, uv, in)
		var done, quarantined []uint32
		for _, o := range outs {
			sum.Outcomes[o.Action]++
			d.observeOutcome(o)
			done = append(done, o.UID)
			if o.Action == "quarantined" {
				quarantined = append(quarantined, o.UID)
			}
			if o.Action != "duplicate" {
				d.Log.Debug("message", "uid", o.UID, "action", o.Action, "ref", o.Ref, "reason", o.Reason)
			}
		}
		sum.Fetched += len(outs)
		if d.Progress != nil {
			d.Progress(sum.Fetched, total)
		}
		if !d.Shadow && len(done) > 0 {
			if len(quarantined) > 0 {
				if ferr := sess.Flag(ctx, quarantined, QuarantineKeyword); ferr != nil {
					return fmt.Errorf("imap: %w", ferr)
				}
			}
			// Marked only now that the effects are committed, by the fetching goroutine
			// before its next command: this handler does not wait for the fetch in flight.
			if merr := sess.QueueProcessed(ctx, done); merr != nil {
				return fmt.Errorf("imap: %w", merr)
			}
		}
		return err
	})
	if err != nil {
		return fmt.Errorf("intake: %w", err)
	}
	d.Health.PollOK(d.now())
	return nil
}

// sendDue claims due outbox rows and delivers them.
func sendDue(ctx context.Context, d Deps) (sent, failed, retry int, err error) {
	defer func() { d.observeOutbox(ctx, err) }()
	if d.Shadow {
		// Nothing is sent in shadow mode, but the mails are rendered all the same: what
		// spocd would have sent can be read, and a template that cannot render shows up
		// before going live.
		if _, _, err := d.Engine.RenderQueued(ctx, 0); err != nil {
			return 0, 0, 0, fmt.Errorf("outbox: %w", err)
		}
		return 0, 0, 0, nil
	}
	// Mails are queued as render specs and become due once rendered: render a batch, then
	// send what is due. A mail that cannot be rendered counts as failed.
	_, failed, err = d.Engine.RenderQueued(ctx, claimBatch)
	if err != nil {
		return 0, failed, 0, fmt.Errorf("outbox: %w", err)
	}
	for range failed {
		d.observeSend(false, true)
	}
	rows, err := d.Store.ClaimOutbox(ctx, d.now(), claimBatch, 2*d.leaseDuration())
	if err != nil {
		return 0, failed, 0, fmt.Errorf("outbox: %w", err)
	}
	for _, m := range rows {
		if ctx.Err() != nil {
			return sent, failed, retry, ctx.Err()
		}
		// A process that was paused (or slow) past its claim must not send what another
		// instance has claimed or sent since.
		if ok, err := d.Store.OutboxStillClaimed(ctx, m); err != nil {
			return sent, failed, retry, err
		} else if !ok {
			d.Log.Warn("outbox claim lost: another instance has this mail", "message_id", m.MessageID)
			continue
		}
		// Rows queued as a render spec are due only once rendered (above); this renders
		// one that was claimed without its mail all the same.
		if err := d.Engine.Render(ctx, &m); err != nil {
			if !errors.Is(err, workflow.ErrRender) {
				return sent, failed, retry, err
			}
			if err := d.Engine.OutboxFailed(ctx, m, err); err != nil {
				return sent, failed, retry, err
			}
			failed++
			d.observeSend(false, true)
			d.Log.Error("mail failed", "kind", m.Kind, "to", m.Recipients, "err", err)
			continue
		}
		serr := d.Sender.Send(ctx, m.From, m.Recipients, m.Raw)
		var partial *smtpout.PartialError
		if errors.As(serr, &partial) && len(partial.Delivered) > 0 {
			// Some recipients have it: never send it to them again. The mail counts as
			// sent and the refused recipients are reported.
			if err := d.Store.OutboxSent(ctx, m.ID, d.now()); err != nil {
				return sent, failed, retry, err
			}
			sent++
			if err := d.Engine.OutboxPartlyRefused(ctx, m, fmt.Errorf("not delivered to %v: %w", partial.Refused, serr)); err != nil {
				return sent, failed, retry, err
			}
			continue
		}
		switch {
		case serr == nil:
			if err := d.Store.OutboxSent(ctx, m.ID, d.now()); err != nil {
				return sent, failed, retry, err
			}
			sent++
			d.observeSend(true, false)
			d.Log.Info("mail sent", "kind", m.Kind, "to", m.Recipients, "message_id", m.MessageID)
		case errors.Is(serr, smtpout.ErrPermanent) || m.Attempts >= maxSendAttempts:
			if err := d.Engine.OutboxFailed(ctx, m, serr); err != nil {
				return sent, failed, retry, err
			}
			failed++
			d.observeSend(false, true)
			d.Log.Error("mail failed", "kind", m.Kind, "to", m.Recipients, "attempts", m.Attempts, "err", serr)
		default:
			unknown := errors.Is(serr, smtpout.ErrUnknownOutcome)
			next := d.now().Add(backoff(m.Attempts))
			if err := d.Store.OutboxRetry(ctx, m.ID, next, serr.Error(), unknown); err != nil {
				return sent, failed, retry, err
			}
			retry++
			d.observeSend(false, false)
			d.Log.Warn("mail deferred", "kind", m.Kind, "to", m.Recipients, "attempt", m.Attempts, "next", next, "unknown_outcome", unknown, "err", serr)
		}
	}
	return sent, failed, retry, nil
}

// backoff is exponential with jitter: about 2s, 4s, 8s ... capped at 30 minutes.
func backoff(attempt int) time.Duration {
	if attempt < 1 {
		attempt = 1
	}
	d := 2 * time.Second << min(attempt-1, 10)
	if d > 30*time.Minute {
		d = 30 * time.Minute
	}
	return d/2 + time.Duration(rand.Int64N(int64(d/2)+1))
}

// Run is the daemon: it returns when ctx ends (nil) or a part fails beyond recovery.
func Run(ctx context.Context, d Deps) error {
	kick := make(chan struct{}, 1)
	poke := func() {
		select {
		case kick <- struct{}{}:
		default:
		}
	}
	g, ctx := errgroup.WithContext(ctx)
	g.Go(func() error { return intakeLoop(ctx, d, poke) })
	g.Go(func() error { return senderLoop(ctx, d, kick) }) // in shadow mode it only renders
	g.Go(func() error { return timerLoop(ctx, d, poke) })
	err := g.Wait()
	if errors.Is(err, context.Canceled) {
		return nil
	}
	return err
}

func intakeLoop(ctx context.Context, d Deps, poke func()) error {
	attempt := 0
	defer releaseLease(d, mailboxLease(d))
	for ctx.Err() == nil {
		held, err := holdLease(ctx, d, mailboxLease(d))
		if err != nil || !held {
			if err != nil && ctx.Err() == nil {
				d.Log.Error("mailbox lease", "err", err)
			}
			// Another instance polls this mailbox; take over when its lease runs out.
			if !sleep(ctx, d.leaseDuration()/3) {
				return nil
			}
			continue
		}
		sess, err := d.DialIMAP(ctx)
		if err != nil {
			attempt++
			d.Health.PollFailed(err)
			d.Metrics.IMAPReconnect()
			wait := imapin.Backoff(attempt)
			d.Log.Error("imap connect failed", "err", err, "retry_in", wait)
			if !sleep(ctx, wait) {
				return nil
			}
			continue
		}
		attempt = 0
		err = serveSession(ctx, d, sess, poke)
		sess.Close()
		if ctx.Err() != nil {
			return nil
		}
		attempt++
		d.Health.PollFailed(err)
		d.Metrics.IMAPReconnect()
		wait := imapin.Backoff(attempt)
		d.Log.Warn("imap session ended, reconnecting", "err", err, "retry_in", wait)
		if !sleep(ctx, wait) {
			return nil
		}
	}
	return nil
}

func serveSession(ctx context.Context, d Deps, sess *imapin.Session, poke func()) error {
	for {
		if err := renewMailboxLease(ctx, d); err != nil {
			return err
		}
		sum := Summary{Outcomes: map[string]int{}}
		if err := intakePass(ctx, d, sess, &sum); err != nil {
			return err
		}
		if sum.Fetched > 0 {
			d.Log.Info("intake", "messages", sum.Fetched, "outcomes", sum.Outcomes)
			poke()
		}
		if _, err := sess.Wait(ctx, min(d.Config.IMAP.PollInterval.Duration, d.leaseDuration()/3)); err != nil {
			return err
		}
		if ctx.Err() != nil {
			return nil
		}
	}
}

func senderLoop(ctx context.Context, d Deps, kick <-chan struct{}) error {
	t := time.NewTimer(0)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-kick:
		case <-t.C:
		}
		for {
			sent, failed, _, err := sendDue(ctx, d)
			if err != nil {
				if ctx.Err() != nil {
					return nil
				}
				d.Log.Error("outbox", "err", err)
				break
			}
			if sent+failed == 0 {
				break
			}
		}
		t.Reset(5 * time.Second)
	}
}

func timerLoop(ctx context.Context, d Deps, poke func()) error {
	t := time.NewTicker(min(time.Minute, d.leaseDuration()/3))
	defer t.Stop()
	defer releaseLease(d, timersLease(d))
	for {
		n := 0
		held, err := holdLease(ctx, d, timersLease(d))
		if err != nil && ctx.Err() == nil {
			d.Log.Error("timers lease", "err", err)
		}
		if held {
			// Only the holder runs reminders, escalations and the digest.
			n, err = d.Engine.Tick(ctx)
			if err != nil && ctx.Err() == nil {
				d.Log.Error("timers", "err", err)
			}
			if digestPass(ctx, d) {
				n++
			}
			reconcilePass(ctx, d)
		}
		if n > 0 {
			poke()
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

func sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}
