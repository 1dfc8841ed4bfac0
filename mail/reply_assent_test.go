package mail

import "testing"

// A bare "No." in a sentence of its own, then a proposal to talk it over, refuses; a
// question, a no in the same sentence as the proposal, or a proposal that puts the decision
// off ("first", "and then decide") decides nothing.
func TestNoThenTalk(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"No. Let's discuss Monday.", DecisionReject},
		{"Nee. Laten we het maandag bespreken.", DecisionReject},
		{"No. Let us talk about it at the team meeting.", DecisionReject},
		{"No? Let's discuss Monday.", DecisionNone},
		{"No. Let's discuss Monday?", DecisionNone},
		{"No, let's discuss Monday.", DecisionNone},
		{"No. Let's discuss it first.", DecisionNone},
		{"No. Let's discuss Monday and then decide.", DecisionNone},
		{"Nee. Laten we eerst overleggen.", DecisionNone},
		{"No. Let's discuss Monday if needed.", DecisionNone},
		{"No. Maybe let's discuss Monday.", DecisionNone},
	})
}
