package metrics_test

import (
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/spocd/spocd/metrics"
)

func TestNilMetricsCountNothing(t *testing.T) {
	var m *metrics.Metrics
	m.Ingested("new_request", "")
	m.Decision("approve", "mail")
	m.Refusal("other")
	m.Outbox(1, 2)
	m.SendFailure(true)
	m.IMAPReconnect()
	m.WebVisit("view")
}

func TestSeries(t *testing.T) {
	reg := prometheus.NewRegistry()
	now := time.Date(2026, 11, 27, 10, 0, 0, 0, time.UTC)
	last := time.Time{}
	m, err := metrics.New(reg, metrics.Options{LastPoll: func() time.Time { return last }, Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := metrics.New(reg, metrics.Options{}); err == nil {
		t.Fatal("registering twice on one registry succeeded")
	}
	m.Ingested("ignore", "bounce")
	m.Ingested("ignore", "")
	m.Ingested("duplicate", "")
	m.Ingested("new_request", "")
	m.SendFailure(false)
	m.IMAPReconnect()
	last = now.Add(-90 * time.Second)
	const want = `
# HELP spocd_mails_ignored_total Inbound messages ignored as automatic mail, by reason (auto-reply, bounce, list, own-mail).
# TYPE spocd_mails_ignored_total counter
spocd_mails_ignored_total{reason="bounce"} 1
spocd_mails_ignored_total{reason="other"} 1
# HELP spocd_mails_ingested_total Inbound messages processed, by what became of them (new_request, update_request, ignore, history, triage, refused, quarantined).
# TYPE spocd_mails_ingested_total counter
spocd_mails_ingested_total{action="ignore"} 2
spocd_mails_ingested_total{action="new_request"} 1
# HELP spocd_send_failures_total Failed delivery attempts, by kind (temporary: retried, permanent: given up).
# TYPE spocd_send_failures_total counter
spocd_send_failures_total{kind="permanent"} 0
spocd_send_failures_total{kind="temporary"} 1
# HELP spocd_imap_reconnects_total IMAP sessions that failed or ended and were opened again.
# TYPE spocd_imap_reconnects_total counter
spocd_imap_reconnects_total 1
# HELP spocd_seconds_since_last_poll Seconds since the mailbox was last read successfully (-1: not yet).
# TYPE spocd_seconds_since_last_poll gauge
spocd_seconds_since_last_poll 90
`
	if err := testutil.GatherAndCompare(reg, strings.NewReader(want), "spocd_mails_ignored_total", "spocd_mails_ingested_total",
		"spocd_send_failures_total", "spocd_imap_reconnects_total", "spocd_seconds_since_last_poll"); err != nil {
		t.Fatal(err)
	}
}
