package mail

import "testing"

// A postscript below the closing and name is new text: a limit in it counts.
func TestGuardPostscriptAfterSignature(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Akkoord.\n\nGroet, Piet\n\nPS: niet voor de lunch.", DecisionNone},
		{"Akkoord.\n\nGroet,\nPiet\nTeamleider Facilitair\n\nP.S. Alleen de koffie graag.", DecisionNone},
		{"Approved.\n\nThanks,\nSam\n\nPS: only up to 500 euro.", DecisionNone},
		{"Akkoord.\n\nGroet, Piet\n\nPS: fijn weekend!", DecisionApprove},
	})
	if got := StripReply("Akkoord.\n\nGroet, Piet\n\nPS: niet voor de lunch.\n\nPiet\nTeamleider"); got != "Akkoord.\n\nPS: niet voor de lunch." {
		t.Errorf("StripReply kept %q", got)
	}
}
