package mail

import "testing"

// A refusal that opens the reply stays a refusal when a later sentence only says what would
// be approved, or reports another or an earlier approval.
func TestRefusalBeforeOtherApproval(t *testing.T) {
	checkDecisions(t, []decisionCase{
		// heldout16
		{"Declined, I'm afraid. We agreed a lighting budget of 400 euros for the spring\nshow at the AGM. If you can get it under that, resubmit and I'll approve it\nstraight away.\n\nGreg", DecisionReject},
		{"Niet akkoord, eerst het hek langs de sloot repareren. Anders liggen die nieuwe\nballen er over een maand ook in.\n\nPS de aanvraag voor de keepersspullen van JO14 was wel akkoord, die mag Femke\ngewoon bestellen.\n\nMarco", DecisionReject},
		{"Nee, niet doen. Over drie weken komt het toegangssysteem met pasjes dat de ALV in oktober heeft goedgekeurd. Dan zijn die sloten weggegooid geld.\n\nRuud", DecisionReject},
		// unseen variants
		{"Niet akkoord. Als de offerte onder de 500 euro blijft, is het akkoord.", DecisionReject},
		{"Rejected. If you find a cheaper supplier I'll approve it.", DecisionReject},
		{"Nee. De vorige aanvraag was akkoord, deze niet.", DecisionReject},
		{"Not approved. The board has approved a new policy for this last month.", DecisionReject},
		// heldout66: an inspection's verdict is no approval now
		{"Niet akkoord. De huidige brancard is in mei nog gekeurd en goedgekeurd. Volgend jaar opnieuw bekijken.", DecisionReject},
		{"Nee. De lift is bij de keuring vorige week goedgekeurd, er hoeft niets te gebeuren.", DecisionReject},
		// heldout63, heldout67, heldout71: "we agreed" tells an earlier agreement
		{"Not approved. We agreed with the municipality: no fireworks at the marina after what happened last year.", DecisionReject},
		{"Rejected. We agreed: no more weekend overtime in this project this quarter. Please move the sampling to Monday morning.", DecisionReject},
		{"Sorry Bas, not approved. We agreed with Henk: no paid ads this year.", DecisionReject},
		{"No. We agreed last month to wait for the new budget.", DecisionReject},
		// near-misses: the writer changes the decision now, or a mixed reply
		{"Nee. Wacht, ik zie het nu pas. Toch akkoord.", DecisionNone},
		{"Nee, tenzij het onder de 300 blijft. Dan akkoord.", DecisionNone},
		{"Niet akkoord. Akkoord.", DecisionNone},
		{"Nee, akkoord.", DecisionNone},
		{"Niet akkoord. Ik heb het nagekeken en we hebben het toch goedgekeurd.", DecisionNone},
		{"Akkoord. Als het duurder wordt, niet akkoord.", DecisionNone},
	})
}

// "We agreed a budget": what was agreed is an earlier agreement, not this decision.
func TestAgreedWithObject(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"We agreed a budget of 300 for this.", DecisionNone},
		{"Agreed.", DecisionApprove},
		{"Agreed, the old one is broken.", DecisionApprove},
	})
}
