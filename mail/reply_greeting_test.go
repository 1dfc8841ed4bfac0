package mail

import "testing"

// A regional or informal greeting ("Moin Hanneke,", "Goeiemorgen Jan,", "Hiya Sam,") opens
// the reply like "Hoi"; what follows it on the same line is read as the first sentence.
func TestInformalGreeting(t *testing.T) {
	tests := []struct {
		text string
		want Decision
	}{
		{"Moin Hanneke, prima, akkoord. Ik ben volgende week op vakantie.", DecisionApprove},
		{"Goeiemorgen Jan, akkoord hoor.", DecisionApprove},
		{"Hiya Sam, approved.", DecisionApprove},
		{"Moi Gert, niet akkoord, veel te duur.", DecisionReject},
		// the greeting changes nothing in what follows it
		{"Moin Hanneke, akkoord mits het onder de 300 euro blijft.", DecisionNone},
		{"Goeiedag Piet, wat kost het precies?", DecisionNone},
		{"Hee Anouk, ik moet er nog even over nadenken.", DecisionNone},
		{"Hiya Sam, approved as long as it stays under budget.", DecisionNone},
	}
	for _, tt := range tests {
		if got := ReadReply(tt.text, "", DefaultKeywords()); got.Decision != tt.want {
			t.Errorf("ReadReply(%q) = %s (ambiguous %q), want %s", tt.text, got.Decision, got.Ambiguous, tt.want)
		}
	}
}
