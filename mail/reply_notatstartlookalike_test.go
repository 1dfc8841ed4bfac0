package mail

import "testing"

// Lookalikes of a yes that does not open the reply, which must stay no approval whatever
// the readings of a later yes do (reply_formalgrant.go, reply_concludedyes.go).
func TestNotAtStartLookalikes(t *testing.T) {
	noApproval(t, DefaultKeywords(),
		"Ik ga akkoord als de vloer voor de kerst klaar is.",
		"Na overleg met de koster: akkoord, mits het onder de 700 euro blijft.",
		"Hierbij mijn akkoord voor de banken, niet voor de kasten.",
		"Ik zou wel akkoord gaan, maar de kerkenraad moet nog beslissen.",
		"Akkoord van de voorzitter is nog nodig.",
		"Marieke geeft haar akkoord zodra ze terug is van vakantie.",
		"The trustees will approve this at their next meeting.",
		"I would be glad to approve this once the survey is in.",
		"Daar ga ik helaas niet mee akkoord.",
		"Hoi Karin,\n\nAlles goed daar? Akkoord?",
		"Goedemorgen,\n\nNa ontvangst van de tweede offerte geef ik mijn akkoord.",
		"Dear Sam,\n\nAfter receiving the revised quote I am happy to approve it.",
	)
}
