// Package metrics defines spocd's Prometheus series. Nothing here is global: New registers
// the series on the registry it is given, and every method is safe on a nil *Metrics, so the
// parts that count (daemon, workflow, httpd) need no check when metrics are off.
package metrics

import (
	"fmt"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Options are the values that are read at scrape time rather than counted.
type Options struct {
	// LastPoll returns when the mailbox was last read successfully (zero: never).
	LastPoll func() time.Time
	// Now is the clock; time.Now when nil.
	Now func() time.Time
}

// Metrics holds every spocd series.
type Metrics struct {
	ingested       *prometheus.CounterVec
	ignored        *prometheus.CounterVec
	decisions      *prometheus.CounterVec
	refusals       *prometheus.CounterVec
	outboxDepth    *prometheus.GaugeVec
	sendFailures   *prometheus.CounterVec
	imapReconnects prometheus.Counter
	webVisits      *prometheus.CounterVec
	gatherer       prometheus.Gatherer
}

// New creates the series and registers them on reg.
func New(reg prometheus.Registerer, opts Options) (*Metrics, error) {
	now := opts.Now
	if now == nil {
		now = time.Now
	}
	m := &Metrics{
		ingested: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "spocd_mails_ingested_total",
			Help: "Inbound messages processed, by what became of them (new_request, update_request, ignore, history, triage, refused, quarantined)."}, []string{"action"}),
		ignored: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "spocd_mails_ignored_total",
			Help: "Inbound messages ignored as automatic mail, by reason (auto-reply, bounce, list, own-mail)."}, []string{"reason"}),
		decisions: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "spocd_decisions_total",
			Help: "Approver decisions, by outcome (approve, reject, unclear, withdrawn) and channel (mail, web)."}, []string{"outcome", "via"}),
		refusals: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "spocd_refusals_total",
			Help: "Refused decisions and replies, by reason."}, []string{"reason"}),
		outboxDepth: prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "spocd_outbox_depth",
			Help: "Mails in the outbox, by status (pending, failed)."}, []string{"status"}),
		sendFailures: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "spocd_send_failures_total",
			Help: "Failed delivery attempts, by kind (temporary: retried, permanent: given up)."}, []string{"kind"}),
		imapReconnects: prometheus.NewCounter(prometheus.CounterOpts{Name: "spocd_imap_reconnects_total",
			Help: "IMAP sessions that failed or ended and were opened again."}),
		webVisits: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "spocd_web_visits_total",
			Help: "Visits of the one-click pages, by kind (view, scanner, decide, withdraw, refused)."}, []string{"kind"}),
	}
	since := prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "spocd_seconds_since_last_poll",
		Help: "Seconds since the mailbox was last read successfully (-1: not yet)."}, func() float64 {
		if opts.LastPoll == nil {
			return -1
		}
		t := opts.LastPoll()
		if t.IsZero() {
			return -1
		}
		return now().Sub(t).Seconds()
	})
	m.gatherer, _ = reg.(prometheus.Gatherer)
	for _, c := range []prometheus.Collector{m.ingested, m.ignored, m.decisions, m.refusals, m.outboxDepth,
		m.sendFailures, m.imapReconnects, m.webVisits, since} {
		if err := reg.Register(c); err != nil {
			return nil, fmt.Errorf("metrics: register: %w", err)
		}
	}
	// Series that exist before anything happened, so that dashboards and alerts see zeros.
	for _, s := range []string{"pending", "failed"} {
		m.outboxDepth.WithLabelValues(s)
	}
	for _, k := range []string{"temporary", "permanent"} {
		m.sendFailures.WithLabelValues(k)
	}
	return m, nil
}

// Ingested counts one processed inbound message; reason is the ignore reason for "ignore".
func (m *Metrics) Ingested(action, reason string) {
	if m == nil || action == "" || action == "duplicate" {
		return
	}
	m.ingested.WithLabelValues(action).Inc()
	if action == "ignore" {
		if reason == "" {
			reason = "other"
		}
		m.ignored.WithLabelValues(reason).Inc()
	}
}

// Decision counts an approver's decision: outcome approve, reject, unclear or withdrawn; via
// mail or web.
func (m *Metrics) Decision(outcome, via string) {
	if m == nil {
		return
	}
	m.decisions.WithLabelValues(outcome, via).Inc()
}

// Refusal counts a refused decision or reply; reason is a short class (see
// workflow.RefusalClass), never free text.
func (m *Metrics) Refusal(reason string) {
	if m == nil {
		return
	}
	m.refusals.WithLabelValues(reason).Inc()
}

// Outbox sets the outbox depth.
func (m *Metrics) Outbox(pending, failed int) {
	if m == nil {
		return
	}
	m.outboxDepth.WithLabelValues("pending").Set(float64(pending))
	m.outboxDepth.WithLabelValues("failed").Set(float64(failed))
}

// SendFailure counts a failed delivery attempt; permanent when it was given up.
func (m *Metrics) SendFailure(permanent bool) {
	if m == nil {
		return
	}
	kind := "temporary"
	if permanent {
		kind = "permanent"
	}
	m.sendFailures.WithLabelValues(kind).Inc()
}

// IMAPReconnect counts a new attempt to open the IMAP session after a failure.
func (m *Metrics) IMAPReconnect() {
	if m == nil {
		return
	}
	m.imapReconnects.Inc()
}

// WebVisit counts a visit of a one-click page.
func (m *Metrics) WebVisit(kind string) {
	if m == nil {
		return
	}
	m.webVisits.WithLabelValues(kind).Inc()
}

// Gatherer is the registry the series were registered on, when it can be gathered (a
// *prometheus.Registry can); nil otherwise.
func (m *Metrics) Gatherer() prometheus.Gatherer {
	if m == nil {
		return nil
	}
	return m.gatherer
}
