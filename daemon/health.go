package daemon

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/spocd/spocd/workflow"
)

// Health records how the daemon is doing, for /healthz and the metrics: when the mailbox
// was last read successfully and whether the outbox is being delivered. It is safe for
// concurrent use; a nil *Health records nothing.
type Health struct {
	mu           sync.Mutex
	started      time.Time
	lastPoll     time.Time
	pollErr      string
	outboxErr    string
	sendFailures int // consecutive failed delivery attempts
	pending      int
	failed       int
}

// NewHealth returns a recorder; started is when the daemon started (a poll is not yet
// overdue just after the start).
func NewHealth(started time.Time) *Health { return &Health{started: started} }

// maxSendFailures is how many delivery attempts in a row may fail before the outbox is
// reported unhealthy.
const maxSendFailures = 5

// PollOK records a successful read of the mailbox.
func (h *Health) PollOK(at time.Time) {
	if h == nil {
		return
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	h.lastPoll, h.pollErr = at, ""
}

// PollFailed records a failed connection or read.
func (h *Health) PollFailed(err error) {
	if h == nil || err == nil {
		return
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	h.pollErr = err.Error()
}

// LastPoll is when the mailbox was last read successfully (zero: never).
func (h *Health) LastPoll() time.Time {
	if h == nil {
		return time.Time{}
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.lastPoll
}

// Sent records a delivery attempt: ok resets the failure count.
func (h *Health) Sent(ok bool) {
	if h == nil {
		return
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	if ok {
		h.sendFailures = 0
	} else {
		h.sendFailures++
	}
}

// Outbox records the outbox depth after a pass, or the error that stopped the pass.
func (h *Health) Outbox(pending, failed int, err error) {
	if h == nil {
		return
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	if err != nil {
		h.outboxErr = err.Error()
		return
	}
	h.outboxErr, h.pending, h.failed = "", pending, failed
}

// Check reports whether the daemon is healthy at now: the mailbox was read within
// maxPollAge (or the daemon started less than maxPollAge ago) and the outbox is delivered.
// problems says what is wrong, one line each.
func (h *Health) Check(now time.Time, maxPollAge time.Duration) (ok bool, problems []string) {
	if h == nil {
		return false, []string{"no health recorder"}
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	switch {
	case h.lastPoll.IsZero() && now.Sub(h.started) > maxPollAge:
		problems = append(problems, fmt.Sprintf("mailbox not read since the start %s ago", now.Sub(h.started).Round(time.Second)))
	case !h.lastPoll.IsZero() && now.Sub(h.lastPoll) > maxPollAge:
		problems = append(problems, fmt.Sprintf("mailbox last read %s ago", now.Sub(h.lastPoll).Round(time.Second)))
	}
	if len(problems) > 0 && h.pollErr != "" {
		problems[len(problems)-1] += ": " + h.pollErr
	}
	if h.outboxErr != "" {
		problems = append(problems, "outbox: "+h.outboxErr)
	}
	if h.sendFailures >= maxSendFailures {
		problems = append(problems, fmt.Sprintf("outbox: the last %d delivery attempts failed", h.sendFailures))
	}
	return len(problems) == 0, problems
}

// Status is a snapshot for display.
type Status struct {
	LastPoll        time.Time
	PollError       string
	OutboxPending   int
	OutboxFailed    int
	OutboxError     string
	SendFailuresRow int
}

// Status returns a snapshot.
func (h *Health) Status() Status {
	if h == nil {
		return Status{}
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	return Status{LastPoll: h.lastPoll, PollError: h.pollErr, OutboxPending: h.pending, OutboxFailed: h.failed,
		OutboxError: h.outboxErr, SendFailuresRow: h.sendFailures}
}

// observeOutcome counts one processed inbound message.
func (d *Deps) observeOutcome(o workflow.Outcome) {
	d.Metrics.Ingested(o.Action, o.Reason)
}

// observeSend records one delivery attempt.
func (d *Deps) observeSend(ok, permanent bool) {
	d.Health.Sent(ok)
	if !ok {
		d.Metrics.SendFailure(permanent)
	}
}

// observeOutbox records the outbox depth after a send pass (or the error that ended it).
func (d *Deps) observeOutbox(ctx context.Context, passErr error) {
	if d.Health == nil && d.Metrics == nil {
		return
	}
	if passErr != nil {
		if ctx.Err() == nil {
			d.Health.Outbox(0, 0, passErr)
		}
		return
	}
	pending, failed, err := d.Store.OutboxStats(ctx)
	d.Health.Outbox(pending, failed, err)
	if err == nil {
		d.Metrics.Outbox(pending, failed)
	}
}
