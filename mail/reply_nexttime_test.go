package mail

import "testing"

// A concession about the price, then a wish for next time with "eerst".
func TestYesShapePriceThenNextTime(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"akkoord, al vind ik € 260,00 wel fors voor zoiets. Volgende keer graag eerst even overleggen voordat het via dit systeem komt.", DecisionApprove},
		{"Akkoord, al vind ik € 1.260,00 wel erg fors voor zoiets. Volgende keer graag eerst even bellen voordat er een monteur komt kijken.", DecisionApprove},
		{"Goedgekeurd, al vind ik het wel duur. In het vervolg graag eerst even een seintje voordat er iets besteld wordt.", DecisionApprove},
		{"Approved, though I find € 400 quite steep for this. Next time please check with me first before it goes through the system.", DecisionApprove},
		{"Akkoord, al vind ik 300 euro best veel. Volgende keer eerst even overleggen graag.", DecisionApprove},

		{"Akkoord, al wil ik eerst de offerte zien.", DecisionNone},
		{"Akkoord, maar eerst even overleggen.", DecisionNone},
		{"Akkoord als het onder de 200 blijft, al vind ik dat nog fors.", DecisionNone},
		{"Akkoord, al vind ik het fors. Graag eerst even overleggen voordat het besteld wordt.", DecisionNone},
		{"Approved, though it's steep. Please check with me first before ordering.", DecisionNone},
	})
}
