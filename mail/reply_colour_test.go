package mail

import (
	"strings"
	"testing"
)

// An Outlook reply that points at answers in a colour ("Zie mijn reactie hieronder in het
// rood.") and writes them unmarked into the quoted request: only the text in the announced
// colour is read, nested markup included; the request itself never counts.
func TestColouredInlineAnswers(t *testing.T) {
	const top = "Zie mijn reactie hieronder in het rood.\n\nKarim de Boer\nTeamleider\n\nDit bericht kan informatie bevatten die niet voor u is bestemd.\n\n"
	text := func(answer string) string {
		return top + "Van: SPOC <spoc@gemeente.test>\nVerzonden: dinsdag 3 maart 2026 10:12\nAan: Karim de Boer\nOnderwerp: Akkoord gevraagd: spellen\n\n" +
			"Hoi Karim,\n\nSanne vraagt het volgende meerwerk aan. Daarvoor is jouw akkoord nodig.\n\n" + answer +
			"\n\nAntwoord op deze mail met akkoord, of met niet akkoord en de reden.\n"
	}
	html := func(announce, answerHTML string) string {
		return `<html><body><p class=MsoNormal>` + announce + `</p><p>Karim de Boer</p>` +
			`<div id=divRplyFwdMsg><b>Van:</b> SPOC<br><b>Onderwerp:</b> Akkoord gevraagd: spellen</div>` +
			`<div><p>Hoi Karim,</p><p>Sanne vraagt het volgende meerwerk aan. Daarvoor is jouw akkoord nodig.</p>` +
			`<p style="color:#a40e26">Let op: niet akkoord betekent dat de aanvraag vervalt.</p>` +
			answerHTML +
			`<p>Antwoord op deze mail met <strong>akkoord</strong>, of met <strong>niet akkoord</strong> en de reden.</p></div></body></html>`
	}
	const red = "Zie mijn reactie hieronder in het rood."
	kw := DefaultKeywords()
	for _, tc := range []struct {
		announce, answer string
		want             Decision
	}{
		{red, `<p><b><i><span style='color:#C00000'>Akkoord, dit valt binnen het budget jongerenwerk 2026. - KdB</span></i></b></p>`, DecisionApprove},
		{red, `<p><span style="font-size:11pt;color:red">Niet akkoord, te duur.</span></p>`, DecisionReject},
		{red, `<p><span style="color:red">Akkoord<span style="font-weight:bold">,</span> maar alleen de tafelvoetbal.</span></p>`, DecisionNone},
		{red, `<p><span style="color:red">Akkoord mits het binnen het budget past.</span></p>`, DecisionNone},
		{red, `<p><span style="color:red">Akkoord.</span></p><p><span style="color:red">Is dit inclusief btw?</span></p>`, DecisionNone},
		{red, `<p><span style="color:#0070C0">Akkoord.</span></p>`, DecisionNone},
		{red, `<p><span style="background-color:red">Akkoord.</span></p>`, DecisionNone},
		{red, `<p>Akkoord.</p>`, DecisionNone},
		{"Zie mijn reactie hieronder in rood en blauw.", `<p><span style="color:red">Akkoord.</span></p>`, DecisionNone},
		{"Zie hieronder.", `<p><span style="color:red">Akkoord.</span></p>`, DecisionNone},
		{"Akkoord, zie mijn opmerkingen hieronder in het rood.", `<p><span style="color:red">Wel graag eerst een offerte.</span></p>`, DecisionNone},
	} {
		plain := strings.Replace(text(stripTags(tc.answer)), "Zie mijn reactie hieronder in het rood.", tc.announce, 1)
		if got := ReadReply(plain, html(tc.announce, tc.answer), kw); got.Decision != tc.want {
			t.Errorf("%q / %q: got %s (%s), want %s", tc.announce, tc.answer, got.Decision, got.Ambiguous, tc.want)
		}
	}
}

func stripTags(s string) string {
	return strings.TrimSpace(HTMLToText(s))
}
