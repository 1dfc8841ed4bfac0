package mail

import "testing"

// The request not going ahead, said by the writer or relayed from whoever decides with the
// writer's regret, opening the reply, is a refusal (laterRefusal, notGoingAhead).
func TestNotGoingAheadRead(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Beste Henk,\n\nHelaas, de directeur heeft laten weten dat dit niet doorgaat. De oude kopieerder moet nog een jaar mee.", DecisionReject},
		{"Helaas gaat dit niet door, de kas van de speeltuinvereniging is leeg.", DecisionReject},
		{"Hi Sam,\n\nUnfortunately the trustees have decided this can't go ahead. The roof repairs come first this year.", DecisionReject},
	})
}

// Without regret, as a question, with a condition, a maybe or a decision still to come it
// stays none.
func TestNotGoingAheadKeptOpen(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"De directeur heeft gezegd dat dit niet doorgaat.", DecisionNone},
		{"Gaat dit niet door?", DecisionNone},
		{"Helaas gaat dit niet door, tenzij de sponsor het betaalt.", DecisionNone},
		{"Helaas gaat het niet door als de prijs nog stijgt.", DecisionNone},
		{"Helaas, de directeur heeft gezegd dat dit niet doorgaat. Maar misschien wel volgend jaar?", DecisionNone},
		{"Unfortunately the director has decided this can't go ahead. We will discuss it again next month and decide then.", DecisionNone},
		{"Helaas gaat dit niet door voor de kantine, de kleedkamers mogen wel.", DecisionNone},
	})
}
