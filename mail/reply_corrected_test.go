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

// A decision put right after a mistake with the right value named ("moet zijn:", "ik
// bedoelde", "should be", "I meant", "Het moet … AKKOORD zijn") is that value; the wrong
// button or its mention before it decides nothing.
func TestCorrectedDecisionNamed(t *testing.T) {
	checkDecisions(t, []decisionCase{
		// heldout23, heldout27, heldout29
		{"Per ongeluk op akkoord gedrukt in de vorige mail, dat klopt niet. Het moet zijn: NIET akkoord. Sorry voor de verwarring.\n\nJan", DecisionReject},
		{"Sorry, verkeerd geklikt op niet akkoord, moet natuurlijk zijn: AKKOORD.\n\nHenk", DecisionApprove},
		{"Niet akkoord\n\nSorry, verkeerde knop!! Moet natuurlijk zijn: AKKOORD. Excuus voor de verwarring.", DecisionApprove},
		{"Akkoord\n\nOeps, sorry, moet zijn: NIET akkoord. Dit hoort de gemeente te betalen, niet wij.\n\nRob", DecisionReject},
		// unseen variants
		{"Ik heb per ongeluk op niet akkoord geklikt. Het moet natuurlijk AKKOORD zijn.", DecisionApprove},
		{"Verkeerde knop gedrukt, sorry. Bedoeld was: akkoord.", DecisionApprove},
		{"Oeps, per ongeluk akkoord gegeven. Moest zijn: niet akkoord, dit past niet in de begroting.", DecisionReject},
		{"Sorry, I clicked approve by mistake. It should be: rejected. We have no budget left this year.", DecisionReject},
		{"Rejected\n\nOops, wrong button. I meant approved. Sorry for the confusion.", DecisionApprove},
		{"Misclick on my side, sorry - should have been approved.", DecisionApprove},
		{"Approved\n\nSorry, that was a mistake, it should say: not approved.", DecisionReject},
		// near-misses: no mistake said, the right value conditional, asked or undone
		{"Het moet zijn: akkoord.", DecisionApprove}, // a plain statement of the decision stays what it was
		{"Sorry, verkeerd geklikt. Moet zijn: akkoord als het onder de 500 euro blijft.", DecisionNone},
		{"Sorry, verkeerd geklikt op niet akkoord. Moet het akkoord zijn?", DecisionNone},
		{"Per ongeluk op akkoord gedrukt.", DecisionNone},
		{"Oeps, verkeerde knop. Moet zijn: akkoord. Of toch niet, ik twijfel.", DecisionNone},
		{"Sorry, wrong button. It should be approved only after the board meeting.", DecisionNone},
		{"Oops, I clicked approve by mistake.", DecisionNone},
		{"Niet akkoord. Het moet zijn: akkoord?", DecisionNone},
		{"Sorry, verkeerd geklikt, moet zijn: akkoord tot 300 euro.", DecisionNone},
		{"Oeps verkeerde knop, ik bedoelde akkoord maar wacht nog even met bestellen.", DecisionNone},
		{"Sorry, mistake. I meant rejected? Not sure, let's discuss.", DecisionNone},
	})
}
