package mail

import "testing"

// The keyword echoed in disbelief, then a refusal.
func TestEchoedDisbeliefThenRefusal(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Akkoord? Nee dus. Niet akkoord. Bel me maar als je erover wilt praten.", DecisionReject},
		{"Akkoord?? Nee natuurlijk niet, dit is precies waar we vorige maand over geklaagd hebben. Niet akkoord.", DecisionReject},
		{"Approved? No way. Not approved. This was cut from the budget.", DecisionReject},
		{"Akkoord? Echt niet. Niet akkoord, dit hebben we vorig jaar al gedaan.", DecisionReject},

		{"Akkoord? Ik weet het niet.", DecisionNone},
		{"Akkoord? Nee, wacht, ik moet het eerst nakijken.", DecisionNone},
		{"Akkoord?", DecisionNone},
		{"Approved? I'm not sure.", DecisionNone},
	})
}
