package mail

import "testing"

// An approval taken back later in the same reply is a refusal when the refusal is clear;
// hesitation ("Of toch niet"), a question, a condition, a scoped approval or a refusal taken
// back stay none.
func TestRetractedApproval(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Akkoord.\n\nWacht, ik zie nu dat Vos diezelfde kozijnen vorig jaar al heeft geschilderd. Dan toch niet akkoord – dit moet onder de garantie vallen. Graag Vos daarop aanspreken.\n\nHenk", DecisionReject},
		{"Approved. On second thought, no — the budget is gone.", DecisionReject},
		{"Akkoord.\n\nNee, toch niet akkoord.", DecisionReject},
		{"Akkoord. Of toch niet akkoord.", DecisionNone},
		{"Akkoord. Of toch niet akkoord?", DecisionNone},
		{"Akkoord. Toch niet akkoord als het meer dan 500 kost.", DecisionNone},
		{"Akkoord voor de koffie. Toch niet akkoord voor de lunch.", DecisionNone},
		{"Niet akkoord. Wacht, toch akkoord.", DecisionNone},
		{"Akkoord. Niet akkoord.", DecisionNone},
		{"Akkoord. Wacht, toch niet.", DecisionNone},
		{"Akkoord. Wacht even, Piet zei: niet akkoord.", DecisionNone},
	})
}
