package mail

import "testing"

// The slogan Dutch alcohol advertising must carry ("Geniet, maar drink met mate. Niet voor
// personen onder de 18.") under a brewer's signature is no cap on the approval above it;
// the same words typed by the approver still are.
func TestAlcoholSloganIsFooter(t *testing.T) {
	footer := "\n\nTom Verhoeven\nFinanciële administratie\nT 033 246 19 80\n\n" +
		"Brouwerij De Gistende Gans B.V. | Havenweg 14, 3861 NK Nijkerk | KvK 71234567\n"
	for _, tc := range []struct {
		text string
		want Decision
	}{
		{"akkoord" + footer + "Geniet, maar drink met mate. Niet voor personen onder de 18.", DecisionApprove},
		{"Akkoord, laat ze maar komen." + footer + "Geniet maar drink met mate. NIX18", DecisionApprove},
		{"Akkoord, niet voor personen onder de 18." + footer, DecisionNone},
		{"akkoord\n\nalleen onder de 500 euro" + footer + "Geniet, maar drink met mate.", DecisionNone},
	} {
		if got := ReadReply(tc.text, "", DefaultKeywords()); got.Decision != tc.want {
			t.Errorf("%q: got %s (%s), want %s", tc.text, got.Decision, got.Ambiguous, tc.want)
		}
	}
}
