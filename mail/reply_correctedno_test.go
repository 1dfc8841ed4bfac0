package mail

import "testing"

// An approval sent by mistake and put right as a refusal is a refusal
// (reply_correctedno.go); without mistake words, with a condition, doubt, a question about
// it or a part kept it stays none.
func TestCorrectedToRefusal(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"goedgekeurd\n\nCorrectie: NIET goedgekeurd, ik zat op de verkeerde knop. Die radiatoren zijn in september al vervangen. Joost, wil je dat nog even nagaan bij de installateur?\n\nAnnet", DecisionReject},
		{"Approved\n\nCorrection: rejected, I hit the wrong button. We replaced those blinds in the spring.", DecisionReject},
		{"Akkoord.\n\nOeps, per ongeluk verstuurd. Correctie: geen akkoord. Het budget voor meubilair is op.", DecisionReject},
	})
	checkDecisions(t, []decisionCase{
		{"Akkoord.\n\nOeps, verkeerde knop: niet akkoord, tenzij het onder de 300 blijft.", DecisionNone},
		{"Akkoord.\n\nOeps, verkeerde knop: niet akkoord? Ik weet het niet.", DecisionNone},
		{"Akkoord. Correctie: niet akkoord voor de verf, wel voor de kwasten.", DecisionNone},
		{"Akkoord. Niet akkoord. Het is te duur.", DecisionNone},
		{"Goedgekeurd.\n\nSorry, verkeerd geklikt. Niet goedgekeurd.", DecisionNone}, // which button was wrong?
		{"Akkoord. Correctie: niet akkoord, verkeerde knop. Of mag het toch?", DecisionNone},
		{"Approved. Correction: rejected, wrong button. Actually, I'm not sure, let me think about it.", DecisionNone},
	})
	noApproval(t, DefaultKeywords(),
		"Akkoord.\n\nOeps, verkeerde knop: niet akkoord. Of toch wel akkoord?",
		"akkoord\n\nCorrectie: niet akkoord, verkeerde knop, ik bedoel akkoord voor de helft.",
	)
}
