package workflow_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/spocd/spocd/workflow"
	"github.com/spocd/spocd/workflow/sqlstore"
	"github.com/spocd/spocd/workflow/sqlstore/storetest"
)

// Approvers configured with a name ("Rianne Visser <rianne@…>") are greeted and named by
// it: in the approval mail's To header and greeting, in the acknowledgement's list of who
// must approve, in the forward to the supplier, the requester's notice and the
// escalation. Decisions, events and tokens stay bound to the address.
func TestApproverNames(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *sqlstore.DB) {
		cfg := strings.Replace(fmt.Sprintf(testConfig, "any"),
			`approvers = ["rianne@gemeente.test", "piet@gemeente.test"]`,
			`approvers = ["Rianne Visser <Rianne@Gemeente.test>", "piet@gemeente.test"]`, 1)
		h := newHarnessFrom(t, db, cfg)
		h.deliver(request("Bob <bob@gemeente.test>", "Koffie voor de raad", "Graag koffie voor 25 personen."))

		asks := h.mailsTo("rianne@gemeente.test", "approval")
		if len(asks) != 1 {
			t.Fatalf("approval mails to rianne: %d", len(asks))
		}
		if to := asks[0].msg.To; len(to) != 1 || to[0].Name != "Rianne Visser" || to[0].Addr != "rianne@gemeente.test" {
			t.Errorf("approval To = %+v, want Rianne Visser <rianne@gemeente.test>", to)
		}
		if !strings.HasPrefix(asks[0].msg.Text, "Hallo Rianne Visser,") {
			t.Errorf("approval greeting: %q", firstLine(asks[0].msg.Text))
		}
		// Without a name the greeting names nobody rather than an address.
		piet := h.mailsTo("piet@gemeente.test", "approval")
		if len(piet) != 1 || !strings.HasPrefix(piet[0].msg.Text, "Hallo,") {
			t.Fatalf("approval mail to piet: %d, %q", len(piet), firstLine(piet[0].msg.Text))
		}
		acks := h.mailsTo("bob@gemeente.test", "ack")
		if len(acks) != 1 || !strings.Contains(acks[0].msg.Text, "akkoord nodig van Rianne Visser, piet@gemeente.test") {
			t.Errorf("acknowledgement does not say who must approve:\n%s", acks[0].msg.Text)
		}

		// The escalation names who has not answered yet.
		h.clock.advance(121 * time.Hour)
		if _, err := h.eng.Tick(h.ctx); err != nil {
			t.Fatal(err)
		}
		esc := h.mailsTo("facilitair@gemeente.test", "escalation")
		if len(esc) != 1 || !strings.Contains(esc[0].msg.Text, "op akkoord van Rianne Visser, piet@gemeente.test") {
			t.Fatalf("escalation does not name the open approvers:\n%v", esc)
		}

		h.deliver(replyTo(asks[0], "Rianne <rianne@gemeente.test>", "Akkoord."))
		r := h.request("SPOC-0001")
		if r.Status != workflow.StatusForwarded {
			t.Fatalf("status after akkoord = %s", r.Status)
		}
		apps, _ := h.db.Approvals(h.ctx, r.ID)
		for _, a := range apps {
			if a.Decision != "" && a.DecidedBy != "rianne@gemeente.test" {
				t.Errorf("decision recorded for %q, want the address", a.DecidedBy)
			}
		}
		fw := h.mailsTo("spoc@leverancier.test", "forward")
		if len(fw) != 1 || !strings.Contains(fw[0].msg.Text, "Rianne Visser") {
			t.Errorf("forward does not name the approver:\n%v", fw)
		}
		ok := h.mailsTo("bob@gemeente.test", "approved")
		if len(ok) != 1 || !strings.Contains(ok[0].msg.Text, "goedgekeurd door Rianne Visser") {
			t.Errorf("approved notice does not name the approver:\n%v", ok)
		}
		rc := h.mailsTo("rianne@gemeente.test", "approval_receipt")
		if len(rc) != 1 || !strings.HasPrefix(rc[0].msg.Text, "Hallo Rianne Visser,") {
			t.Errorf("receipt greeting: %v", rc)
		}
	})
}

func firstLine(s string) string {
	l, _, _ := strings.Cut(s, "\n")
	return l
}
