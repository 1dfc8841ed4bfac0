package mail

import "testing"

// A refusal put right as a mistake in the same mail is the approval that follows.
func TestCorrectedRefusal(t *testing.T) {
	checkDecisions(t, []decisionCase{
		// heldout14, heldout15
		{"niet akkoord\n\nSorry, verkeerde knop! Het is gewoon akkoord hoor, bestel die koffieautomaat\nmaar.", DecisionApprove},
		{"niet akkoord\n\nOeps, verkeerde knop. Het is WEL akkoord! Sorry.", DecisionApprove},
		// unseen variants
		{"Rejected\n\nSorry, wrong button. Approved.", DecisionApprove},
		{"Niet akkoord.\nFoutje, ik bedoelde: akkoord.", DecisionApprove},
		// near-misses
		{"Niet akkoord. Akkoord?", DecisionNone},
		{"niet akkoord\n\nOeps, verkeerde knop. Akkoord als het onder de 500 euro blijft.", DecisionNone},
		{"Niet akkoord. Piet zegt akkoord.", DecisionNone},
		{"Akkoord.\n\nOeps, verkeerde knop. Niet akkoord.", DecisionNone}, // the mirror is not read yet: no decision, never a yes
	})
}
