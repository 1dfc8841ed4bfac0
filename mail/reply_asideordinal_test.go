package mail

import "testing"

// In a question said to be about another matter, "als laatste", "als eerste" and "als
// enige" give an order, not a condition: "Trouwens, wie heeft de beamer als laatste
// gebruikt?" after a clear yes leaves the yes standing. A real "als" in it still doubts.
func TestAsideOrdinalIsNoCondition(t *testing.T) {
	tests := []struct {
		text string
		want Decision
	}{
		{"Akkoord.\n\nTrouwens: wie heeft de beamer als laatste gebruikt?", DecisionApprove},
		{"Prima, akkoord.\n\nLos daarvan: wie was er als eerste bij de vergadering?", DecisionApprove},
		{"Akkoord.\n\nTrouwens: kan het goedkoper als we er twee nemen?", DecisionNone},
		{"Akkoord.\n\nOverigens: is dit als enige optie bekeken?", DecisionNone},
	}
	for _, tt := range tests {
		if got := ReadReply(tt.text, "", DefaultKeywords()); got.Decision != tt.want {
			t.Errorf("ReadReply(%q) = %s (ambiguous %q), want %s", tt.text, got.Decision, got.Ambiguous, tt.want)
		}
	}
}
