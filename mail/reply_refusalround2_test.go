package mail

import "testing"

// A refusal followed by the writer's own past approval of another thing — a simple past
// ("was", "had") with "wel" in contrast and a time word — stands: that yes is no yes now.
// A yes brought to now, or one in the present, keeps the reply open as before.
func TestRefusalThenOwnPastApproval(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Niet akkoord. Ik was in september wel akkoord met het schilderen van de gang, en dat zat al in de offerte. Dit is dubbel.", DecisionReject},
		{"Afgewezen. Ik had in juni wel akkoord gegeven voor de nieuwe banken, niet voor een tweede set.", DecisionReject},
		{"Niet akkoord. Vorig jaar was ik wel akkoord met de huur van de bus, maar dit is te veel.", DecisionReject},
		{"Niet akkoord. In maart waren we wel akkoord met het vervangen van de cv-ketel, de leidingen zaten daar al in.", DecisionReject},
		{"Not approved. I did approve the new boiler in March, and the pipes were part of that quote. This is a double charge.", DecisionReject},
		// a yes now
		{"Niet akkoord. Ik zie nu dat ik het vorige week toch al goedgekeurd heb.", DecisionNone},
		{"Niet akkoord. Ik ben wel akkoord met het ontvochtigen van de kelder.", DecisionNone},
		{"Niet akkoord. Ik was wel akkoord met het idee, dus toch maar akkoord.", DecisionNone},
		{"Nee. Inmiddels heb ik het gisteren alsnog goedgekeurd.", DecisionNone},
	})
}
