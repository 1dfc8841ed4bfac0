package mail

import "testing"

// A pictograph between two words ends the sentence before it, as a full stop would:
// "Prima akkoord 👍 zet je de bon in de map?" is a yes and then a question about carrying
// it out. What follows the emoji is read like any sentence after a yes: a condition, a cap,
// a question about the request or a first step keeps it unclear.
func TestEmojiEndsSentence(t *testing.T) {
	tests := []struct {
		text string
		want Decision
	}{
		{"Prima akkoord 👍 zet je de bon in de map van de penningmeester?", DecisionApprove},
		{"Goedgekeurd 😊 regel jij de bezorging met de leverancier?", DecisionApprove},
		{"Approved 👍 could you put the receipt in the shared folder?", DecisionApprove},
		{"niet akkoord 👎 veel te duur", DecisionReject},
		// what follows the emoji still counts
		{"Akkoord 👍 mits het onder de 300 euro blijft", DecisionNone},
		{"Akkoord 👍 alleen als de gemeente de helft betaalt", DecisionNone},
		{"Akkoord 😊 kan het niet ergens goedkoper?", DecisionNone},
		{"Akkoord 👍 maar eerst een tweede offerte graag", DecisionNone},
		{"Approved 👍 as long as it stays under 200", DecisionNone},
		{"Prima 👍 wat kost het precies?", DecisionNone},
		{"Akkoord 👍 wacht nog even tot ik met Jan gesproken heb", DecisionNone},
		{"Het kost 20 € per stuk, akkoord mits we er tien nemen", DecisionNone},
	}
	for _, tt := range tests {
		if got := ReadReply(tt.text, "", DefaultKeywords()); got.Decision != tt.want {
			t.Errorf("ReadReply(%q) = %s (ambiguous %q), want %s", tt.text, got.Decision, got.Ambiguous, tt.want)
		}
	}
}
