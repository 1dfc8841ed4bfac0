package mail

import "testing"

// Outlook 2010 answers below "Zie hieronder." between the '>' quoted lines of the request,
// below its "-----Oorspronkelijk bericht-----" header block; the block's "Van:" line may be
// wrapped before its "[mailto:…]" address.
func TestInlineBelowHeaderBlock(t *testing.T) {
	quoted := "> Hallo Tom,\n>\n> Rick vraagt het volgende meerwerk aan. Daarvoor is jouw akkoord nodig.\n>\n" +
		"> Meerwerk:    ja, geschat € 145,00\n"
	for _, tc := range []struct {
		name, from, answer string
		want               Decision
	}{
		{"one line", "Van: Brouwerij [mailto:spoc@brouwerij.test] \n", "Akkoord. Bewaar de oude koppelingen.", DecisionApprove},
		{"wrapped", "Van: Brouwerij De Gistende Gans Nijkerk\n[mailto:spoc@brouwerij.test] \n", "Akkoord. Bewaar de oude koppelingen.", DecisionApprove},
		{"a refusal", "Van: Brouwerij [mailto:spoc@brouwerij.test] \n", "Niet akkoord, de oude slang kan nog mee.", DecisionReject},
		{"a question", "Van: Brouwerij [mailto:spoc@brouwerij.test] \n", "Waarom is dit nodig?", DecisionNone},
	} {
		text := "Zie hieronder.\n\n-----Oorspronkelijk bericht-----\n" + tc.from +
			"Verzonden: dinsdag 27 oktober 2026 11:31\nAan: Tom\nOnderwerp: [SPOC-0810] Akkoord gevraagd: pompslang\n\n" +
			quoted + "\n" + tc.answer + "\n\n> Het verzoek:\n> De pompslang is gescheurd.\n\nTom\n"
		if got := ReadReply(text, "", DefaultKeywords()); got.Decision != tc.want {
			t.Errorf("%s: got %s (%s) from %q, want %s", tc.name, got.Decision, got.Ambiguous, got.NewText, tc.want)
		}
	}
}
