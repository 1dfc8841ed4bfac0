package mail

import "testing"

// Doubt or a maybe after a refusal read by the analysis keeps it none (guardRefusal), as
// after an opening refusal; a plain refusal with reasons stays one.
func TestRefusalDoubtAfter(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Het is te duur. Niet akkoord dus. Of misschien toch wel, ik twijfel.", DecisionNone},
		{"De zaal is te klein. Dus niet akkoord. Of toch wel?", DecisionNone},
		{"Too expensive. So: rejected. Or maybe yes after all, I'm not sure.", DecisionNone},
		{"Niet akkoord, sorry. Hmm, ik weet het eigenlijk niet meer.", DecisionNone},
		// No doubt: a refusal.
		{"Het is te duur. Dus niet akkoord. De oude stoelen kunnen nog prima mee.", DecisionReject},
		{"Too expensive. So: rejected. The old chairs will do for another year.", DecisionReject},
	})
}
