package mail

import "testing"

// A refusal denied ("geen reden om niet akkoord te gaan", "kan er moeilijk niet akkoord mee
// gaan", "niet akkoord gaan heeft weinig zin", "no reason not to approve", "I can't really
// say no") is no refusal: the yes the writer says with it stands. A denied approval, a
// denial with a condition or a step first, or one without a yes stays unclear.
func TestDeniedRefusalLeavesYes(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Ik zie echt geen reden om hier niet mee akkoord te gaan. Akkoord dus.", DecisionApprove},
		{"Nou, ik kan er moeilijk niet akkoord mee gaan, de lift staat al twee weken stil. Dus: akkoord.", DecisionApprove},
		{"Akkoord. Niet akkoord gaan heeft toch geen zin, het moet gewoon gebeuren voor de winter.", DecisionApprove},
		{"I see no reason not to approve this, so: approved. The boiler is older than I am.", DecisionApprove},
		{"I can't really say no to this. Approved, the old chairs are falling apart.", DecisionApprove},
		{"There is no point in refusing, the fence is down anyway. Approved.", DecisionApprove},
		{"Geen enkele reden om dit af te wijzen. Akkoord wat mij betreft.", DecisionApprove},

		{"Ik zie geen reden om akkoord te gaan.", DecisionNone},
		{"Niet akkoord gaan heeft weinig zin, maar ik wil eerst overleggen.", DecisionNone},
		{"I see no reason to approve this.", DecisionNone},
		{"Ik zie geen reden om niet akkoord te gaan.", DecisionNone},
		{"Als Piet geen reden ziet om niet akkoord te gaan, dan akkoord.", DecisionNone},
		{"Is er een reden om niet akkoord te gaan? Akkoord misschien.", DecisionNone},
		{"I can hardly refuse, but let me check with the board first.", DecisionNone},
		{"No reason not to approve, if the price stays under 400. Approved then?", DecisionNone},
		{"Ik kan er moeilijk niet akkoord mee gaan. Toch wil ik eerst met Piet overleggen.", DecisionNone},
	})
}
