package mail

import "testing"

// A sentence after a clear yes whose only deferral word is a negated wait is urgency.
func TestUrgentAfterApproval(t *testing.T) {
	checkDecisions(t, []decisionCase{
		// heldout16
		{"Akkoord. Dit kan niet wachten.\nFactuur graag rechtstreeks naar penningmeester@voedselbanklekstroom.test, dan betaal ik hem nog deze maand.\n\nPetra Smits", DecisionApprove},
		// unseen variants
		{"Akkoord. Dit mag niet langer wachten.", DecisionApprove},
		{"Akkoord. Dit kan echt niet wachten.", DecisionApprove},
		{"Goedgekeurd. Dat kan niet langer wachten.", DecisionApprove},
		// near-misses
		{"Akkoord. Dit kan wel even wachten.", DecisionNone},
		{"Akkoord. Het kan wachten tot januari.", DecisionNone},
		{"Akkoord. Dit kan niet wachten, maar overleg eerst met Piet.", DecisionNone},
		{"Akkoord. Wacht nog even met bestellen.", DecisionNone},
		{"Akkoord? Dit kan niet wachten.", DecisionNone},
	})
}
