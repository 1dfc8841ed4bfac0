package mail

import "testing"

// A yes, then a grumble about the price or delay with "but it needs doing".
func TestYesShapeGrumbleNeedsDoing(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Yes, go ahead. Not thrilled about the price but it needs doing.", DecisionApprove},
		{"Fine, go ahead. It's pricier than I'd hoped, but we can't have water coming into the vestry all winter.", DecisionApprove},
		{"Gaat akkoord. Had eigenlijk al veel eerder gemoeten, die klacht ligt er al sinds de zomer.", DecisionApprove},
		{"Akkoord. Niet blij met de prijs, maar het moet gebeuren.", DecisionApprove},
		{"Gaat akkoord.", DecisionApprove},
		{"Approved. It's more expensive than we'd hoped, but it has to be done.", DecisionApprove},

		{"Yes, go ahead. Not thrilled about the price, can they do it cheaper?", DecisionNone},
		{"Go ahead, but not at that price.", DecisionNone},
		{"Akkoord. Niet blij met de prijs, kan het goedkoper?", DecisionNone},
		{"Gaat akkoord als het onder de 500 blijft.", DecisionNone},
		{"Piet gaat akkoord.", DecisionNone},
		{"Yes, go ahead. Not thrilled about the price but it needs doing if they can start this week.", DecisionNone},
		{"Akkoord. Niet blij met de prijs, maar het moet gebeuren, eerst wel een tweede offerte.", DecisionNone},
	})
}
