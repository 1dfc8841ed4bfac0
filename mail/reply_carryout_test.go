package mail

import "testing"

// Go-aheads by the verb of carrying the request out ("Zet maar in gang", "Meteen laten
// doen", "Let's do it"), a yes named as a noun ("That's a yes from me"), "Helemaal goed"
// as a verbal OK and an interjection before a yes ("Right, no objections."). Any other word
// in the yes sentence, a question or a limit after it, and it is no yes.
func TestCarryOutAssent(t *testing.T) {
	checkDecisions(t, []decisionCase{
		// heldout14
		{"Right, no objections. Order them.\n\nJim", DecisionApprove},
		{"Prima, zet maar in gang. Bewonerscommissie zal blij zijn.\n\nP.", DecisionApprove},
		{"Ja natuurlijk, meteen laten doen. Bewoners kunnen niet zonder lift.", DecisionApprove},
		{"Sounds good, let's do it. Can you make sure the invoice references grant number KRF-2026-014? Otherwise the auditors will complain again.\n\nH.", DecisionApprove},
		{"That's a yes from me. Please book the van for the 12th and make sure someone with a proper licence drives it this time!\n\nF x", DecisionApprove},
		{"Albert,\n\nHelemaal goed. Graag dezelfde als vorig jaar, die met de witte amaryllis.", DecisionApprove},
		// unseen variants
		{"Plan het maar in.", DecisionApprove},
		{"Oké, schaf ze maar aan.", DecisionApprove},
		{"Ja hoor, boek maar.", DecisionApprove},
		{"Laat ze maar meteen komen.", DecisionApprove},
		{"Let's order them.", DecisionApprove},
		{"Well, let's go for it.", DecisionApprove},
		{"It's a yes from me.", DecisionApprove},
		{"Dat is een ja van mij.", DecisionApprove},
		{"Helemaal prima. Graag wel na 16.00 uur leveren.", DecisionApprove},
		// near-misses
		{"Bestel maar alleen de kasten.", DecisionNone},
		{"Plan het maar in na de zomer.", DecisionNone},
		{"Bestellen?", DecisionNone},
		{"Helemaal goed?", DecisionNone},
		{"Is that a yes from you?", DecisionNone},
		{"It's not a yes.", DecisionNone},
		{"Right.", DecisionNone},
		{"Zet maar in gang, mits de offerte onder de 2.000 euro blijft.", DecisionNone},
		{"Let's do it, provided finance agrees.", DecisionNone},
		{"Let's do it. Up to €500 though.", DecisionNone},
		{"Helemaal goed. Alleen als het onder de 300 blijft.", DecisionNone},
		{"Ja, doe maar. Als het kan dezelfde als vorig jaar.", DecisionNone},
		{"Is goed. Ik laat het je nog weten.", DecisionNone},
		{"Akkoord? Laat ze maar komen dan.", DecisionNone},
		{"Laat het maar.", DecisionReject},
		{"So, let's not.", DecisionReject},
	})
}
