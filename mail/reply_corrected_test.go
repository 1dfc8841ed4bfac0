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

// A refusal put right as a mistake with the approval said twice ("Ik bedoel natuurlijk
// AKKOORD. Het is goedgekeurd, …"): every approval after the mistake words; a condition or
// a second refusal after them keeps it unclear.
func TestCorrectedRefusalApprovedTwice(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Niet akkoord.\n\nSorry, foutje van mij. Ik bedoelde akkoord. Het is goedgekeurd hoor!", DecisionApprove},
		{"Afgewezen\n\nOeps, per ongeluk verkeerd getikt. Akkoord dus. Goedgekeurd, excuus voor de verwarring.", DecisionApprove},
		{"Rejected.\n\nOops, wrong button. I meant approved. It's approved, sorry for the confusion!", DecisionApprove},

		{"Niet akkoord.\n\nOeps, verkeerde knop. Akkoord. Het is goedgekeurd als het onder de 500 blijft.", DecisionNone},
		{"Niet akkoord.\n\nOeps, verkeerde knop. Akkoord. Of toch niet akkoord?", DecisionNone},
		{"Niet akkoord. Akkoord. Goedgekeurd.", DecisionNone},
		{"Rejected.\n\nOops. Approved? Approved if Mark agrees.", DecisionNone},
	})
}
