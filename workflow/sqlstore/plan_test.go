package sqlstore_test

import (
	"strings"
	"testing"

	"github.com/spocd/spocd/workflow/sqlstore/storetest"
)

// TestPerMessageQueriesUseIndexes: the lookups intake does for every incoming mail, and
// those of the sender and the digest, are index searches on SQLite, never scans of a table
// that grows with the mailbox (issue 7).
// The statements mirror those in queries.go.
func TestPerMessageQueriesUseIndexes(t *testing.T) {
	s := storetest.SQLite(t)
	for _, tt := range []struct{ name, query, index string }{
		{"SeenMessage", `SELECT COUNT(*) FROM messages WHERE tenant = '' AND message_id = 'a' AND sha256 = 'b'`, "messages_dedupe"},
		{"CountRecentMail", `SELECT COUNT(*) FROM outbox WHERE tenant = '' AND kind = 'ack' AND recipients = 'x' AND created_at >= 0`, "COVERING INDEX outbox_tenant_kind_rcpt"},
		{"CountRecentKind", `SELECT COUNT(*) FROM outbox WHERE tenant = '' AND kind IN ('refused', 'triage') AND created_at >= 0`, "COVERING INDEX outbox_tenant_kind_created"},
		{"ClaimOutbox", `SELECT id FROM outbox WHERE tenant = '' AND status = 'pending' AND next_attempt_at <= 0 AND claimed_until <= 0 ORDER BY next_attempt_at, id LIMIT 10`, "outbox_tenant_due"},
		{"OutboxStats", `SELECT COUNT(*) FROM outbox WHERE tenant = '' AND status = 'pending'`, "COVERING INDEX outbox_tenant_due"},
		{"Unrendered", `SELECT id FROM outbox WHERE tenant = '' AND spec <> '' AND status IN ('pending', 'shadow') ORDER BY id LIMIT 200`, "outbox_unrendered"},
		{"OutboxOfKinds", `SELECT id FROM outbox WHERE tenant = '' AND request_id = 1 AND kind IN ('approval', 'reminder', 'clarification') ORDER BY id`, "outbox_tenant_request"},
		{"DigestEvents", `SELECT id FROM events WHERE tenant = '' AND at >= 0 AND at < 10 ORDER BY id`, "events_tenant_at"},
		{"ListRequests", `SELECT id FROM requests WHERE tenant = '' AND status = 'received' ORDER BY id`, "requests_tenant"},
		{"RequestByThreadID", `SELECT thread_ids.request_id FROM thread_ids JOIN requests ON requests.id = thread_ids.request_id
			WHERE requests.tenant = '' AND thread_ids.message_id IN ('a', 'b') ORDER BY thread_ids.outgoing DESC, thread_ids.request_id DESC LIMIT 1`, "thread_ids"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			rows, err := s.SQL().Queryx("EXPLAIN QUERY PLAN " + tt.query)
			if err != nil {
				t.Fatalf("explain: %v", err)
			}
			defer rows.Close()
			var plan []string
			for rows.Next() {
				cols, err := rows.SliceScan()
				if err != nil {
					t.Fatal(err)
				}
				if d, ok := cols[len(cols)-1].(string); ok {
					plan = append(plan, d)
				}
			}
			joined := strings.Join(plan, "; ")
			if strings.Contains(joined, "SCAN ") || !strings.Contains(joined, tt.index) {
				t.Errorf("plan = %q, want index searches (using %s), no SCAN", joined, tt.index)
			}
		})
	}
}
