package mail

import "testing"

// A long clause that gives the reason before a first-person decision ("Gezien …, ga ik
// akkoord met …") is context; a limit, condition, hedge, question or someone else's words
// in it or after it are not.
func TestReasonLeadIn(t *testing.T) {
	const reason = "Gezien de leeftijd van de ketel en het risico dat de school midden in de winter koud zit, "
	checkDecisions(t, []decisionCase{
		{"Beste Joost,\n\nDank voor je heldere toelichting. " + reason + "ga ik akkoord met de vervanging van de cv-ketel in De Bron.\n\nWil je de planning afstemmen met Marloes?", DecisionApprove},
		{"Given the age of the boiler and the risk that the school is cold in the middle of winter, I approve the replacement of the boiler.", DecisionApprove},
		{reason + "ga ik akkoord met de helft van de kosten.", DecisionNone},
		{reason + "ga ik akkoord met de vervanging, mits de prijs klopt.", DecisionNone},
		{reason + "ga ik akkoord met de vervanging van de ketel?", DecisionNone},
		{reason + "zou ik akkoord gaan met de vervanging.", DecisionNone},
		{"Omdat de leverancier de onderdelen pas in januari kan leveren en de school tot die tijd koud zit, ga ik akkoord met de vervanging.", DecisionNone},
		{"Als de leeftijd van de ketel en het risico dat de school midden in de winter koud zit kloppen, ga ik akkoord met de vervanging.", DecisionNone},
		{"Gezien de leeftijd van de ketel en wat Piet erover zei over de winter en de kinderen, ga ik akkoord met de vervanging.", DecisionNone},
	})
}
