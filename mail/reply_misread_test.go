package mail

import "testing"

// A refusal put right as a misreading of the request ("ik las het verkeerd", "I misread
// it", "oh wacht") and followed by a clear yes is the yes; a question, a condition or the
// refusal said again after it keep it none or a refusal.
func TestRefusalPutRightAsMisreading(t *testing.T) {
	kw := DefaultKeywords()
	for _, tc := range []struct {
		text string
		want Decision
	}{
		{"Afgekeurd.\n\nO wacht, ik had het verkeerd gelezen, het gaat om de kleine zaal. Akkoord.", DecisionApprove},
		{"Rejected.\n\nOh wait, I misread it - I thought this was the printer again. Approved.", DecisionApprove},
		{"Niet akkoord.\n\nIk las het verkeerd, dacht dat het de hele gevel was. Is goed, akkoord dus.", DecisionApprove},
		// Still none or a refusal.
		{"Niet akkoord.\n\nOh wacht, is dit voor de kleine zaal? Akkoord?", DecisionNone},
		{"Niet akkoord.\n\nOh wacht, ik las het verkeerd. Toch niet akkoord.", DecisionReject},
		{"Niet akkoord. Oh wacht, akkoord mits het onder de 300 blijft.", DecisionNone},
		{"Rejected. Oh wait, I misread it. Approved if Finance agrees.", DecisionNone},
		{"Niet akkoord. Akkoord dus?", DecisionNone},
	} {
		if r := ReadReply(tc.text, "", kw); r.Decision != tc.want {
			t.Errorf("%q: got %s (%s), want %s", tc.text, r.Decision, r.Ambiguous, tc.want)
		}
	}
}
