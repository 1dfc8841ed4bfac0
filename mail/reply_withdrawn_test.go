package mail

import "testing"

// A yes withdrawn with "laat maar" / "never mind" to check something first decides
// nothing; withdrawn with a reason, or a plain "laat maar", it refuses.
func TestWithdrawnToCheck(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Akkoord.\n\nHmm, wacht even. Ik zie net dat dit ook al in de offerte van september stond. Laat maar, ik wil eerst uitzoeken of we niet dubbel betalen.", DecisionNone},
		{"Approved.\n\nHold on. I just noticed this was in the September quote too. Never mind, I want to check first that we aren't paying twice.", DecisionNone},
		{"Akkoord. Oh wacht, laat maar. Ik ga eerst met Piet overleggen.", DecisionNone},
		{"Goedgekeurd.\n\nWacht even. Laat maar zitten, ik kijk eerst of het onder de garantie valt.", DecisionNone},
		{"Approved. Wait - forget it, let me look into the contract first.", DecisionNone},
		{"Prima, akkoord.\n\nWacht even. Laat maar, ik zoek eerst uit of dit onder het contract valt.", DecisionNone},
		// Refusals stay refusals.
		{"Laat maar.", DecisionReject},
		{"Laat maar, we doen het zelf.", DecisionReject},
		{"Akkoord. Hmm, wacht. Nee, niet akkoord. Te duur.", DecisionReject},
		{"Akkoord.\n\nOeps, verkeerde knop! Ik bedoelde NIET akkoord.", DecisionReject},
		{"Nee, laat maar. Dat kunnen we zelf.", DecisionReject},
	})
}
