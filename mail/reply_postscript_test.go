package mail

import "testing"

// A postscript below the closing and name is new text: a limit in it counts.
func TestGuardPostscriptAfterSignature(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Akkoord.\n\nGroet, Piet\n\nPS: niet voor de lunch.", DecisionNone},
		{"Akkoord.\n\nGroet,\nPiet\nTeamleider Facilitair\n\nP.S. Alleen de koffie graag.", DecisionNone},
		{"Approved.\n\nThanks,\nSam\n\nPS: only up to 500 euro.", DecisionNone},
		{"Akkoord.\n\nGroet, Piet\n\nPS: fijn weekend!", DecisionApprove},
		// A correction or addendum set off below the name, with or without a separator line.
		{"Prima, akkoord.\n\nGr. Ans\n\n--\nAanvulling: alleen als het voor de kerst klaar is.", DecisionNone},
		{"Akkoord.\n\nHenk\n\n---\nCorrectie: de tweede offerte bedoel ik, niet deze.", DecisionNone},
		{"Approved.\n\nTom\n\nEdit: only the two chairs, not the desk.", DecisionNone},
		{"Akkoord.\n\nHenk\n\n---\nUpdate: de leverancier kan al maandag.", DecisionApprove},
	})
	if got := StripReply("Akkoord.\n\nGroet, Piet\n\nPS: niet voor de lunch.\n\nPiet\nTeamleider"); got != "Akkoord.\n\nPS: niet voor de lunch." {
		t.Errorf("StripReply kept %q", got)
	}
}
