package workflow_test

import (
	"testing"
	"time"

	"github.com/spocd/spocd/workflow/sqlstore"
	"github.com/spocd/spocd/workflow/sqlstore/storetest"
)

// TestTickReminderBoundary: Tick skips requests younger than the reminder and escalation
// delays without reading their approvals; the reminder still goes out the moment the delay
// (remind_after = 48h in the test config) has passed, and not a minute before.
func TestTickReminderBoundary(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *sqlstore.DB) {
		h := newHarness(t, db, "any")
		h.deliver(request("Bob <bob@gemeente.test>", "Koffie", "x"))
		for _, tt := range []struct {
			advance time.Duration
			want    int
		}{
			{47*time.Hour + 59*time.Minute, 0},
			{time.Minute, 2}, // 48h exactly: one reminder per approver
			{time.Hour, 0},
		} {
			h.clock.advance(tt.advance)
			if n, err := h.eng.Tick(h.ctx); err != nil || n != tt.want {
				t.Fatalf("Tick() after +%v = %d, %v; want %d", tt.advance, n, err, tt.want)
			}
		}
	})
}
