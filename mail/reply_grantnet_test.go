package mail

import "testing"

// The safety net under every reading (reply_grantnet.go): a cap after the yes, advice or
// somebody else's reaction as its label, a suggestion to wait without its question mark, a
// grant after a step still to come.
func TestGrantNet(t *testing.T) {
	kw := DefaultKeywords()
	noApproval(t, kw,
		"Hierbij verleen ik akkoord voor het snoeiwerk onder de 250 euro.",
		"Akkoord voor de nieuwe tafels tot € 600.",
		"Approved up to € 350.",
		"Mijn advies aan de kerkenraad: akkoord.",
		"My recommendation to the board: approved.",
		"Reactie van de voorzitter: akkoord.",
		"Answer from the treasurer: approved.",
		"Moeten we niet wachten tot na de zomer. Akkoord.",
		"Zullen we eerst de tweede offerte afwachten. Akkoord.",
		"Shouldn't we wait for the second quote. Approved.",
		"Na de ledenvergadering van volgende week geef ik mijn akkoord voor de schilder.",
		"After tomorrow's board meeting I approve the new laptops.",
		"Ik heb met de werkgroep gebeld en hun oordeel is: akkoord.",
		"I called the wardens and their view is: approved.",
		"Voor de eerste drie lokalen: akkoord.",
		"Wat betreft de verlichting in de hal: akkoord.",
		"For the ground floor rooms: approved.",
		// A decision still to come before the closing yes.
		"Geef me twee dagen bedenktijd. Akkoord.",
		"Ik kom hier na het weekend op terug. Akkoord.",
		"Dit agenderen we voor het volgende overleg. Akkoord.",
		"Eerst het rapport van de keurmeester afwachten, dan: akkoord.",
		"Give me a few days to think it over. Approved.",
		"Let me sleep on it please. Approved.",
	)
	approves(t, kw,
		"Akkoord. Het advies van de monteur was duidelijk genoeg.",
		"Antwoord van mij: akkoord.",
		"Akkoord voor de reparatie van de twee deuren.",
		"Approved. The engineer's advice was clear enough.",
		"Voor de duidelijkheid: akkoord.",
		"For the record: approved.",
		"Ik heb er een nacht over geslapen en mijn besluit: akkoord.",
		// A deferral denied is urgency.
		"Niet langer uitstellen graag. Akkoord.",
		"We hoeven echt niet af te wachten. Akkoord.",
	)
}
