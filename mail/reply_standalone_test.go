package mail

import "testing"

// A motto that puts a value first ("safety first") is no step before the work; a step before
// the work stays one, also with "before".
func TestMottoFirst(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Akkoord! (I'm learning...)\nApproved, of course — safety first with the fly system.", DecisionApprove},
		{"Approved, safety comes first.", DecisionApprove},
		{"Akkoord, veiligheid eerst.", DecisionApprove},
		{"Approved, safety first: get the quote checked first.", DecisionNone},
		{"Approved. Safety first, so send me the quote first.", DecisionNone},
		{"Approved. Send me the quote before you order.", DecisionNone},
		{"Akkoord, wel eerst de offerte.", DecisionNone},
		{"Approved. Please have it done before Friday.", DecisionApprove},
	})
}
