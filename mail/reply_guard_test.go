package mail

import "testing"

// The guard rules are general: these phrasings are not in any corpus.
func TestGuardApproval(t *testing.T) {
	kw := DefaultKeywords()
	for _, tc := range []struct {
		text string
		want Decision
	}{
		{"Akkoord, maar niet voor de extra lunch.", DecisionNone},
		{"OK, approved except the lunch.", DecisionNone},
		{"Akkoord, alleen voor de koffie.", DecisionNone},
		{"Approved only after the budget review.", DecisionNone},
		{"Is dit al besteld? Dan akkoord.", DecisionNone},
		{"Akkoord, dat hangt wel af van de prijs.", DecisionNone},
		{"Approval depends on the final quote: approved for now.", DecisionNone},
		{"Akkoord kan pas per 1 januari.", DecisionNone},
		{"Akkoord, geen probleem.", DecisionApprove},
		{"Akkoord. Kun je het voor vrijdag regelen?", DecisionApprove},
		{"Akkoord voor het hele bedrag.", DecisionApprove},
		{"Approved. Not urgent though.", DecisionApprove},
		{"Akkoord, dank voor het regelen.", DecisionApprove},
	} {
		if got := ReadReply(tc.text, "", kw); got.Decision != tc.want {
			t.Errorf("ReadReply(%q) = %s (%s), want %s", tc.text, got.Decision, got.Ambiguous, tc.want)
		}
	}
}
