package mail

import "testing"

// After a yes, an assumption about timing as a question, or a request for
// information for later.
func TestYesShapeAssumeTimingInfoLater(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Is akkoord. Ik neem aan dat ze het in de vakantie doen? Dan hebben we er het minste last van.", DecisionApprove},
		{"Fine, approved. Could you also tell me who our contact person at the supplier is these days? Just for future reference.", DecisionApprove},
		{"Akkoord. Ik neem aan dat het na de zomer gebeurt?", DecisionApprove},
		{"Approved. I assume they'll do it during the holidays?", DecisionApprove},
		{"Akkoord. Kun je me ook laten weten wie nu onze contactpersoon bij de leverancier is? Voor later.", DecisionApprove},

		{"Akkoord. Ik neem aan dat het onder de 500 blijft?", DecisionNone},
		{"Approved. I assume this is covered by the warranty?", DecisionNone},
		{"Piet is akkoord. Ik neem aan dat ze het in de vakantie doen?", DecisionNone},
		{"Akkoord. Ik neem aan dat de garantie dit dekt?", DecisionNone},
		{"Akkoord. Ik neem aan dat ze het in de vakantie doen als het onder de 500 blijft?", DecisionNone},
		{"Approved. I assume they will do it first thing Monday morning, before the invoice?", DecisionNone},
	})
}
