package mail

import "testing"

// A reversed misclick with a plain "sorry".
func TestCorrectedSorryMisclick(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Akkoord\n\nEh nee sorry, ik bedoelde niet akkoord. Dit heeft de verhuurder in november al gedaan.", DecisionReject},
		{"Akkoord\n\nNee sorry, ik bedoel niet akkoord. Dit is al geregeld.", DecisionReject},
		{"Approved\n\nSorry, I meant not approved. This was done last year.", DecisionReject},
		{"Akkoord\n\nSorry, bedoelde niet akkoord.", DecisionReject},

		{"Akkoord. Sorry, ik bedoel: akkoord als het voor vrijdag kan.", DecisionNone},
		{"Akkoord\n\nSorry, ik bedoelde akkoord als het onder de 300 blijft.", DecisionNone},
		{"Akkoord\n\nSorry, ik bedoelde niet akkoord als het voor maart moet.", DecisionNone},
		{"Approved\n\nSorry, I meant approved if it's before Friday.", DecisionNone},
	})
}
