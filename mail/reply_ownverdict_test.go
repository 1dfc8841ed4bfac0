package mail

import "testing"

// The writer's own decision after a lead-in of the writer's own consideration, or as the
// conclusion of reasons; and a second greeting before the first sentence.
func TestOwnVerdict(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Ik heb het verzoek bekeken en ga akkoord. Het is hoog tijd dat dit gebeurt, de klachten blijven binnenkomen.", DecisionApprove},
		{"Ik heb de offerte doorgenomen en keur hem goed.", DecisionApprove},
		{"We hebben het in het bestuur besproken en gaan akkoord.", DecisionApprove},
		{"I've read the request and I approve it. It's long overdue.", DecisionApprove},
		{"Die 560,00 euro is best fors, maar we hebben het al in de begroting opgenomen dus akkoord van mijn kant.", DecisionApprove},
		{"Ik heb er even met Piet over gebeld maar we vinden het allebei nodig, dus: akkoord.", DecisionApprove},
		{"We hebben het al begroot, dus akkoord.", DecisionApprove},
		{"Beste Piet, beste Ria,\n\nIk ga akkoord met de offerte.", DecisionApprove},
		// Refusals.
		{"Beste Annemiek, beste SPOC,\n\nIk ben niet akkoord met deze aanvraag. Het gaat om een nieuwe printer terwijl de oude het nog prima doet.", DecisionReject},
		{"Hi Tom, hi team,\n\nI'm not going to approve this one. The old printer still works.", DecisionReject},
		{"Ik heb het bekeken en we gaan niet akkoord. Dit kan goedkoper.", DecisionReject},
		{"We won't be going ahead with this. We're moving out of the building next spring, so there's no point in fixing the heating now.", DecisionReject},
		{"Sorry, we will not be going ahead with the new fence this year.", DecisionReject},
		// Conditions, parts, deferrals, doubt, someone else: none.
		{"Ik heb het verzoek bekeken en ga akkoord als de prijs klopt.", DecisionNone},
		{"We hebben het besproken en gaan akkoord als het onder de 500 blijft.", DecisionNone},
		{"Ik ben niet akkoord met het bedrag, wel met de helft.", DecisionNone},
		{"Ik heb het bekeken en ga pas akkoord als de tweede offerte binnen is.", DecisionNone},
		{"Het is nodig, dus akkoord?", DecisionNone},
		{"Ik heb het aan Piet voorgelegd en hij gaat akkoord.", DecisionNone},
		{"Ik heb het bekeken maar ik twijfel nog, dus akkoord voor nu.", DecisionNone},
		{"Ik heb het bekeken en ga akkoord, maar alleen voor de verf.", DecisionNone},
		{"We hebben het besproken maar alleen de kleine kast is nodig, dus akkoord.", DecisionNone},
		{"Ik heb het bekeken en ga akkoord met de helft van het bedrag.", DecisionNone},
		{"Misschien is het nodig, dus akkoord.", DecisionNone},
		{"Ik wil eerst de offerte zien en ga dan akkoord.", DecisionNone},
		{"Ik heb het bekeken en ga akkoord. Piet moet het ook nog goedkeuren.", DecisionNone},
		{"Ik heb met Piet gebeld en hij zegt dat het moet, dus akkoord.", DecisionNone},
		{"I've read the request and will approve it if the price holds.", DecisionNone},
		{"We discussed it, so approved?", DecisionNone},
		{"Jan heeft het bekeken en gaat akkoord.", DecisionNone},
		{"Ik heb het bekeken en ga akkoord zodra Piet tekent.", DecisionNone},
		{"We hebben het besproken en gaan akkoord. Wel eerst een tweede offerte opvragen.", DecisionNone},
	})
}

// Not going ahead, said by the writer, refuses; a permission word inside the refusal is no
// second, approving answer.
func TestNotGoingAhead(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"We will not proceed with this. The roof will be replaced next year anyway.", DecisionReject},
		{"We will not proceed.", DecisionReject},
		{"We won't proceed with this one, sorry.", DecisionReject},
		{"We gaan hier niet mee door. Het dak wordt volgend jaar vervangen.", DecisionReject},
		{"Daar gaan we niet mee verder, het budget is op.", DecisionReject},
		{"We gaan hier niet mee door, tenzij het goedkoper kan.", DecisionNone},
		{"We gaan hier nog niet mee door.", DecisionNone},
		{"Gaan we hier niet mee door?", DecisionNone},
		{"We will not proceed unless the price drops.", DecisionNone},
		{"Nee, geen bezwaar. Ga je gang.", DecisionApprove},
		{"No objection, go ahead.", DecisionApprove},
	})
}
