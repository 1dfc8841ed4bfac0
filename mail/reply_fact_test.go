package mail

import "testing"

// A refusal followed by a fact about a thing with "nog niet"/"nog geen" stays a refusal:
// the fact is the reason. A sentence about the decision, a person, a duty, a question or a
// return to the request later keeps it put off.
func TestRefusalWithNotYetFact(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Afgewezen. De huidige printers zijn nog geen drie jaar oud.", DecisionReject},
		{"Ik kan hier helaas geen toestemming voor geven. De subsidie voor het zomerkamp is nog niet toegekend en we gaan als gemeente geen geld voorschieten.", DecisionReject},
		{"Rejected. The printers are not yet three years old.", DecisionReject},
		{"Afgewezen? Nog niet besloten.", DecisionNone},
		{"Afgewezen. De beslissing is nog niet genomen.", DecisionNone},
		{"Afgewezen. Het besluit valt nog niet.", DecisionNone},
		{"Afgewezen. Dit is nog niet besproken.", DecisionNone},
		{"Afgewezen. Het is nog niet duidelijk wat het kost.", DecisionNone},
		{"Niet akkoord. Ik weet het nog niet.", DecisionNone},
		{"Niet akkoord. De offerte is nog niet goedgekeurd door de directie.", DecisionNone},
		{"Afgewezen. De offerte is nog niet binnen, daarna kijk ik er opnieuw naar.", DecisionNone},
		{"Afgewezen. De offerte is nog niet binnen. Als die er is, kijk ik opnieuw.", DecisionNone},
		{"Afgewezen. De subsidie is nog niet toegekend. Wat vind jij?", DecisionNone},
		{"Niet akkoord. De begroting is nog niet rond, we bespreken het later.", DecisionNone},
		{"Ik kan hier geen toestemming voor geven. De subsidie is nog niet toegekend, als die er is kijk ik opnieuw.", DecisionNone},
	})
}
