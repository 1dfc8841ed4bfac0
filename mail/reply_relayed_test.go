package mail

import "testing"

// A decision relayed from someone else is not the writer's; a decision the writer gives on
// a body's behalf is, and "volgens mij" (I think) is doubt.
func TestRelayedDecision(t *testing.T) {
	checkDecisions(t, []decisionCase{
		// Relayed: none.
		{"Akkoord volgens Piet.", DecisionNone},
		{"Dit is akkoord volgens Piet.", DecisionNone},
		{"Approved according to Sarah.", DecisionNone},
		{"Volgens de penningmeester is het akkoord", DecisionNone},
		{"Akkoord, zegt Jan.", DecisionNone},
		{"Akkoord, aldus de voorzitter.", DecisionNone},
		{"Approved, says the treasurer.", DecisionNone},
		{"According to my manager this is approved.", DecisionNone},
		{"Piet zegt: akkoord.", DecisionNone},
		{"De penningmeester zegt akkoord.", DecisionNone},
		{"Approved as per Sarah.", DecisionNone},
		{"Goedgekeurd volgens het bestuur.", DecisionNone},
		{"Hoi Kees,\n\nAkkoord volgens haar, ze belde net.", DecisionNone},
		{"Go ahead, according to Sarah.", DecisionNone},
		// "volgens mij" is doubt.
		{"Volgens mij is het akkoord", DecisionNone},
		{"Akkoord volgens mij.", DecisionNone},
		{"Approved, I think.", DecisionNone},
		// The writer's own decision, with "volgens"/"per" about something else: approve.
		{"Namens het bestuur akkoord.", DecisionApprove},
		{"Akkoord, ook namens Piet.", DecisionApprove},
		{"Akkoord volgens afspraak.", DecisionApprove},
		{"Akkoord, volgens de offerte is dit het goedkoopst.", DecisionApprove},
		{"Akkoord. Volgens Piet komen ze dinsdag.", DecisionApprove},
		{"Akkoord, volgens de planning kunnen ze maandag.", DecisionApprove},
		{"Akkoord, zoals ik al zei.", DecisionApprove},
		{"Approved. As I said, it's needed.", DecisionApprove},
		{"Approved as per the quote.", DecisionApprove},
		{"Akkoord, per direct.", DecisionApprove},
	})
}

// A body or role as the subject of the decision reports its decision, unless the writer is
// in it too.
func TestRelayedBodyDecision(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Het bestuur heeft het besproken en gaat akkoord.", DecisionNone},
		{"Het MT heeft het besproken en is akkoord.", DecisionNone},
		{"De penningmeester heeft het bekeken en gaat akkoord.", DecisionNone},
		{"Het bestuur heeft het besproken: akkoord.", DecisionNone},
		{"The board has discussed it and approves.", DecisionNone},
		{"De directie gaat akkoord met de offerte.", DecisionNone},
		{"Het bestuur heeft het besproken en ik ga akkoord.", DecisionApprove},
		{"Namens het bestuur akkoord.", DecisionApprove},
		{"De offerte is akkoord.", DecisionApprove},
		{"Het team mag beginnen, akkoord.", DecisionApprove},
		{"Het dak lekt, dus akkoord.", DecisionApprove},
	})
}
