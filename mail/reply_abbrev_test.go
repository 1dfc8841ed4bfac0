package mail

import "testing"

// Abbreviations and common typos of the keywords ("Akk", "acoord", "appoved") are read as
// the keyword, their negations as refusals; "als het kan"/"if possible" about how soon is no
// condition, anywhere else it still is.
func TestKeywordAbbreviationsAndIfPossibleSoon(t *testing.T) {
	kw := DefaultKeywords()
	for _, tc := range []struct {
		text string
		want Decision
	}{
		{"Akk. Ze mogen morgen al beginnen als het lukt.", DecisionApprove},
		{"Acoord, graag snel inplannen.", DecisionApprove},
		{"Appoved. Please book them for next week if at all possible.", DecisionApprove},
		{"Akk hoor, bestel ze zo snel als het kan.", DecisionApprove},
		{"Niet akk, veel te duur.", DecisionReject},
		{"Geen akk.", DecisionReject},
		{"Not aproved, we have a stock of them.", DecisionReject},
		// Still none: a real condition, a cap, or "if possible" not about time.
		{"Akk, mits de oude worden ingeruild.", DecisionNone},
		{"Akk, als het kan.", DecisionNone},
		{"Akk als het kan voor minder dan 300 euro, vandaag nog.", DecisionNone},
		{"Appoved, provided the quote stays as it is.", DecisionNone},
		{"Appoved, but only if the board agrees.", DecisionNone},
		{"Akk. Alleen als ze morgen kunnen.", DecisionNone},
		{"Akk? Weet iemand wat het kost?", DecisionNone},
	} {
		if r := ReadReply(tc.text, "", kw); r.Decision != tc.want {
			t.Errorf("%q: got %s (%s), want %s", tc.text, r.Decision, r.Ambiguous, tc.want)
		}
	}
}
