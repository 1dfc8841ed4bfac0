package mail

import "testing"

// A decision told as taken to refuse, and the approval withheld from the addressee, are
// refusals (reply_refusalround2.go, laterRefusal).
func TestDecidedRefusalRead(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Beste Karin,\n\nDe directie heeft uw aanvraag gisteren besproken en heeft besloten het verzoek af te wijzen. Het budget voor dit jaar is volledig besteed.\n\nMet vriendelijke groet,\nPaul", DecisionReject},
		{"Dear Tom,\n\nThe committee discussed the request on Monday and has decided not to approve it. The current laptops are only two years old.\n\nRegards,\nSue", DecisionReject},
		{"Mijn goedkeuring krijg je hier niet voor. Een tweede koffiemachine voor één afdeling is echt onzin.", DecisionReject},
		{"You won't get my approval for this. We refurbished that room last year and it is still in good shape.", DecisionReject},
		{"Toestemming gaat u van mij hiervoor niet krijgen. Een nieuwe vlaggenmast voor 3000 euro staat in geen verhouding.", DecisionReject},
	})
}

// Similar wording that tells no decision taken to refuse stays none.
func TestDecidedRefusalKeptOpen(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Het bestuur heeft nog niet besloten of we hier mee akkoord gaan.", DecisionNone},
		{"We have not yet decided whether to approve it. The board meets on Thursday.", DecisionNone},
		{"Het bestuur heeft besloten het verzoek af te wijzen, maar we bespreken het volgende week opnieuw.", DecisionNone},
		{"Heeft het bestuur besloten het verzoek af te wijzen? Dan hoor ik het graag.", DecisionNone},
		{"Akkoord gaat u van mij niet krijgen?", DecisionNone},
		{"We have decided not to approve it yet, let's wait for the second quote.", DecisionNone},
		{"Mijn goedkeuring krijg je pas als de offerte binnen is.", DecisionNone},
		{"Het bestuur heeft besloten het verzoek af te wijzen. Of eigenlijk weet ik het niet zeker, ik check het even.", DecisionNone},
		{"We hebben besloten niet akkoord te gaan met de eerste offerte, de tweede is goedgekeurd.", DecisionNone},
		{"Het bestuur heeft besloten het verzoek af te wijzen voor de verf, maar de kwasten zijn wel goedgekeurd.", DecisionNone},
		{"Akkoord gaat u van mij niet krijgen voor de eerste fase, de rest mag wel.", DecisionNone},
	})
	noApproval(t, DefaultKeywords(),
		"Het bestuur heeft besloten hier niet mee akkoord te gaan, maar ik ga wel akkoord.",
		"You won't get my approval for this unless the price drops.",
	)
}
