package mail

import "testing"

// Whose yes it is after a plain word of assent: "Ok van mij.", "That's fine by me."; a
// condition, somebody else still deciding, a question or a negation keeps them none.
func TestAssentWhoseYes(t *testing.T) {
	kw := DefaultKeywords()
	for _, tc := range []struct {
		in   string
		want Decision
	}{
		{"Ok van mij.", DecisionApprove},
		{"Ok van mij.\nBea", DecisionApprove},
		{"That's fine by me.", DecisionApprove},
		{"That's fine by me, please go ahead and book them.", DecisionApprove},
		{"Ok van mij, als Piet het ook goed vindt.", DecisionNone},
		{"Ok van mij?", DecisionNone},
		{"Ok van mij, maar Karin moet nog tekenen.", DecisionNone},
		{"That's fine by me if it stays under 300.", DecisionNone},
		{"Is that fine by me?", DecisionNone},
		{"That's not fine by me.", DecisionNone},
		{"Not ok van mij.", DecisionNone},
	} {
		if got := ReadReply(tc.in, "", kw); got.Decision != tc.want {
			t.Errorf("%q: got %q (%s), want %q", tc.in, got.Decision, got.Ambiguous, tc.want)
		}
	}
}
