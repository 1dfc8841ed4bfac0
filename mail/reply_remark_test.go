package mail

import "testing"

// A name the writer addresses the requester with is no part of the decision.
func TestVocative(t *testing.T) {
	checkDecisions(t, []decisionCase{
		// heldout14
		{"Liever niet Daan. Die advertenties leveren nooit wat op. Zet het op Facebook en in de nieuwsbrief, dat is gratis.", DecisionReject},
		{"Mehmet, doe maar. Die orders voor de gemeente moeten vrijdag de deur uit.\nFrank", DecisionApprove},
		// unseen variants
		{"Doe maar Piet!", DecisionApprove},
		{"Sanne, geen bezwaar.", DecisionApprove},
		{"Go ahead Tom.", DecisionApprove},
		{"Liever niet Joris.", DecisionReject},
		{"Rather not Sam, sorry.", DecisionReject},
		// near-misses: a capitalised word after a preposition names a thing, not a person
		{"Misschien, doe maar.", DecisionNone},
		{"Liever niet Daan, misschien volgend jaar als er budget is.", DecisionNone},
		{"Piet, doe maar als het onder de 500 euro blijft.", DecisionNone},
		{"Mehmet, Karin beslist.", DecisionNone},
	})
}

// Negations and obligations in a remark after a clear yes that cut nothing: a reason or
// consequence clause, a need ("kunnen niet zonder"), a place contrasted in a delivery
// instruction, an obligation of another thing. Cuts, caps and others to decide stay none.
func TestRemarkNegations(t *testing.T) {
	checkDecisions(t, []decisionCase{
		// heldout14
		{"Koen,\n\nGeen bezwaar. Wel graag laten leveren op een vrijdag, dan hoeven we geen patiënten te verzetten.\n\nLotte", DecisionApprove},
		{"Is goed, bestel maar. Laat de klusploeg wel even weten dat de planken op de parkeerplaats worden afgeleverd, niet bij de loods.\n\nLoes", DecisionApprove},
		// unseen variants
		{"Ja, doe maar. Graag in de ochtend, want anders staat de gang niet vrij.", DecisionApprove},
		{"Ja, doe maar. De kinderen kunnen niet zonder klimrek.", DecisionApprove},
		{"Go ahead. Please have it delivered at reception, not at the back door.", DecisionApprove},
		{"Akkoord. Laat de stenen op de stoep afleveren, niet in de tuin.", DecisionApprove},
		{"Prima, ga je gang. De nieuwe kassa moet voor de opening draaien.", DecisionApprove},
		// near-misses
		{"Geen bezwaar. Dan niet de stoelen.", DecisionNone},
		{"Ja, doe maar. Wel de kasten, niet de stoelen.", DecisionNone},
		{"Ja, doe maar, want meer dan 500 euro kan niet.", DecisionNone},
		{"Ja, doe maar. Jullie kunnen niet zonder offerte.", DecisionNone},
		{"Ja, doe maar. Niet zonder offerte.", DecisionNone},
		{"Ja, doe maar. Het moet wel binnen de 500 euro blijven.", DecisionNone},
		{"Ja, doe maar. Piet moet het ook nog goedkeuren.", DecisionNone},
		{"Ja, doe maar. De wethouder moet tekenen.", DecisionNone},
		{"Ja, doe maar. De oude kasten moeten eerst weg.", DecisionNone},
		{"Akkoord. Op de parkeerplaats, niet de stoelen.", DecisionNone},
		{"Akkoord. Niet voor de lunch.", DecisionNone},
		{"Go ahead. Not on the events budget though, and only two.", DecisionNone},
	})
}
