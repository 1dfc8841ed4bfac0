package mail

import "testing"

// A note telling a colleague, for information, of the writer's own approval, then a
// practical request to them: approve. A request to decide, a hedge or a condition: none.
func TestFYIOwnApproval(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Hoi Femke,\n\nTer info: ik heb dit meerwerk goedgekeurd, de akkoordmail zit in de cc. Kun jij het in de begroting bijwerken?", DecisionApprove},
		{"Ter info: ik heb hiervoor akkoord gegeven (SPOC staat in de cc), dus ze kunnen volgende week beginnen. Wil jij Naima even laten weten dat de monteur een sleutel nodig heeft?", DecisionApprove},
		{"FYI - I've approved this one (SPOC is cc'd), so they can schedule the work. Could you make sure someone is around to let the engineer in?", DecisionApprove},
		{"Ter info: ik heb hier zojuist akkoord op gegeven, dus dit wordt deze week uitgevoerd. Zou jij Sandra even laten weten dat ze langskomen?", DecisionApprove},
		{"Els, ter info: ik heb dit goedgekeurd, SPOC staat in de cc. Kun jij het aan Martin doorgeven als hij belt?", DecisionApprove},
		{"Ter kennisname: we hebben de offerte goedgekeurd, de opdracht is verstuurd. Kun jij de planning aanpassen?", DecisionApprove},
		{"For your information, I have approved the request. Could you let the caretaker know that the painters need the hall on Monday?", DecisionApprove},
		// Not the writer's, not plain, or the colleague decides: none.
		{"Ter info: ik heb dit goedgekeurd, maar wat vind jij?", DecisionNone},
		{"FYI I'd approve this — can you check the budget first?", DecisionNone},
		{"Ik heb het goedgekeurd als jij ook akkoord bent.", DecisionNone},
		{"Ter info: Piet heeft dit goedgekeurd. Kun jij het inplannen?", DecisionNone},
		{"Ter info: ik heb dit goedgekeurd. Wil jij beslissen of het doorgaat?", DecisionNone},
		{"FYI - I've approved this one. Could you decide whether we need the second visit?", DecisionNone},
		{"Ter info: ik heb dit goedgekeurd. Wil jij Naima laten weten dat het pas in januari kan?", DecisionNone},
		{"Ter info: ik heb dit goedgekeurd tot 500 euro. Kun jij het bijwerken?", DecisionNone},
		{"Ter info: ik heb dit nog niet goedgekeurd. Kun jij even kijken?", DecisionNone},
		{"Ter info: ik heb dit goedgekeurd, wat is jouw mening?", DecisionNone},
	})
}
