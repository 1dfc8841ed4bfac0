package mail

import (
	"strings"
	"testing"
)

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

// Outlook 2010 wraps a long subject in its header block without indenting the rest; the
// rest is part of the block, and the answers typed into the quote below it are read.
func TestWrappedSubjectInHeaderBlock(t *testing.T) {
	text := "\n\n-----Oorspronkelijk bericht-----\nVan: Coöperatie Maasdelta [mailto:spoc@maasdelta.test] \n" +
		"Verzonden: donderdag 23 april 2026 11:26\nAan: ria@maasdelta.test\n" +
		"Onderwerp: [SPOC-0524 a:y6lgf5ohb53dcgok3yf6k3mtlc] Akkoord gevraagd: Pilot\nbrandstofmonitoring bij 5 leden\n\n" +
		"> Hallo Ria,\n>\n> Bart vraagt het volgende meerwerk aan. Daarvoor is jouw akkoord nodig.\n>\n> Meerwerk ja, geschat € 4.200,00\n\n" +
		"[Ria] Niet akkoord. Er is vorig jaar al zo'n pilot gedaan.\n\n> Het verzoek:\n> Een pilot met brandstofmonitoring.\n"
	if got := ReadReply(text, "", DefaultKeywords()); got.Decision != DecisionReject {
		t.Errorf("got %s (%s) from %q, want reject", got.Decision, got.Ambiguous, got.NewText)
	}
	lines := strings.Split("Van: X [mailto:x@y.test]\nOnderwerp: [SPOC-1] Akkoord gevraagd: een lang\nonderwerp over twee regels\n\n> Hallo", "\n")
	if got := headerBlockEnd(lines); got != 3 {
		t.Errorf("headerBlockEnd = %d, want 3 (the subject's rest is part of the block)", got)
	}
}

// Roundcube's forward header block in Dutch: the subject wrapped without indenting, then
// "Afzender:" and "Antwoord aan:" (heldout73, where the copy check took the block for words
// typed into the copy). The block ends at the blank line; a proton "On … wrote:" line under
// a separator is skipped to reach the quote.
func TestHeaderBlockRoundcubeForward(t *testing.T) {
	lines := strings.Split("Onderwerp: [SPOC-0466] Akkoord gevraagd:\nProfessionele geluidsopname jubileumconcert\nDatum: 2027-05-04 19:05\nAfzender: SPOC <spoc@example.test>\nAan: penningmeester@example.test\nAntwoord aan: spoc+abc@example.test\n\nHallo Henriëtte,", "\n")
	if got := headerBlockEnd(lines); got != 6 {
		t.Errorf("headerBlockEnd = %d, want 6", got)
	}
	if got := attributionAfterHeader([]string{"On Tuesday, February 2nd, 2027 at 9:40 PM, SPOC <spoc@example.test> wrote:", "", "> Hallo"}); got != 1 {
		t.Errorf("attributionAfterHeader = %d, want 1", got)
	}
	if got := attributionAfterHeader([]string{"> Hallo"}); got != 0 {
		t.Errorf("attributionAfterHeader on a quote = %d, want 0", got)
	}
}
