package mail

import (
	"testing"
	"time"
)

// A plain-text Outlook answer typed at the bottom: the header block opens the mail, the
// request follows without '>', and the answer is below the request's token line.
func TestPlainOutlookBottomPost(t *testing.T) {
	const request = "-----Oorspronkelijk bericht-----\n" +
		"Van: SPOC Gemeente <spoc@gemeente.test>\n" +
		"Verzonden: dinsdag 19 januari 2027 13:19\n" +
		"Aan: Hester Noordam <hester@gemeente.test>\n" +
		"Onderwerp: [SPOC-0917 a:q2gtlnnuwfq54c5zchtrffmk37] Akkoord gevraagd: Extra zaalhuur\n\n" +
		"Hallo Hester,\n\nIvo vraagt het volgende meerwerk aan. Daarvoor is jouw akkoord nodig.\n\n" +
		"Hoe besluit je?\n- Akkoord: antwoord op deze mail met \"akkoord\".\n" +
		"- Niet akkoord: antwoord met \"niet akkoord\" en de reden.\n\n" +
		"Met vriendelijke groet,\nSPOC Gemeente\n\nspocd-token: q2gtlnnuwfq54c5zchtrffmk37\n\n"
	ref := time.Date(2027, 1, 19, 14, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		below string
		want  Decision
	}{
		{"Akkoord, ga je gang.\n\nHester\n", DecisionApprove},
		{"Niet akkoord, eerst de vorige factuur uitzoeken.\n\nGr Rob\n", DecisionReject},
		{"Akkoord.\n\nMet vriendelijke groet,\nHanneke\n-- \nDeze e-mail is uitsluitend bestemd voor de geadresseerde.\n", DecisionApprove},
		{"Akkoord?\n", DecisionNone},
		{"", DecisionNone},
		// Something quoted again below the token is an older message, not the answer.
		{"> akkoord\n", DecisionNone},
		{"-----Oorspronkelijk bericht-----\nVan: Piet <piet@gemeente.test>\nOnderwerp: Re: zaalhuur\n\nAkkoord.\n", DecisionNone},
	} {
		r := ReadReplyAt(request+c.below, "", Keywords{}, ref)
		if r.Decision != c.want {
			t.Errorf("below %q: %s (%s), want %s", c.below, r.Decision, r.Ambiguous, c.want)
		}
	}
}

// Yahoo Mail for Android below its quote: an attribution line opens the text part, the
// request follows indented by a space (no '>'), the answer is below the request's token;
// the HTML part has the request in a yahoo_quoted div and the answer after it.
func TestYahooAndroidBottomPost(t *testing.T) {
	const request = "\n    Op woensdag 3 februari 2027 om 11:52:15 CET schreef SPOC Gemeente <spoc@gemeente.test>:  \n \n \n" +
		" Hallo Trudy,\n \n Nina vraagt het volgende meerwerk aan. Daarvoor is jouw akkoord nodig.\n \n" +
		" - Akkoord: antwoord op deze mail met \"akkoord\".\n - Niet akkoord: antwoord met \"niet akkoord\" en de reden.\n \n" +
		" spocd-token: cxye72nzlnhd2kpohm3eprceqj\n\n"
	const quoteHTML = `<html><body><div class="yahoo_quoted"><div>Op woensdag 3 februari 2027 om 11:52:15 CET schreef SPOC Gemeente:</div>` +
		`<div><p>Hallo Trudy,</p><p>Nina vraagt het volgende meerwerk aan. Daarvoor is jouw akkoord nodig.</p>` +
		`<p>- Akkoord: antwoord op deze mail met "akkoord".</p><p>- Niet akkoord: antwoord met "niet akkoord" en de reden.</p>` +
		`<p>spocd-token: cxye72nzlnhd2kpohm3eprceqj</p></div></div><div class="yahoo-style-wrap">`
	ref := time.Date(2027, 2, 3, 14, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		below, belowHTML string
		want             Decision
	}{
		{"Lieve Nina,\n\nVan mij mag het, ik ga akkoord!\n\nGroetjes,\nTrudy\n\nVerzonden vanaf Yahoo Mail op Android\n",
			`<div>Lieve Nina,</div><div><br></div><div>Van mij mag het, ik ga akkoord!</div><div><br></div><div>Groetjes,</div><div>Trudy</div><div><br></div><div>Verzonden vanaf Yahoo Mail op Android</div>`, DecisionApprove},
		{"Niet akkoord, dat doen de vrijwilligers zelf.\n\nTrudy\n",
			`<div>Niet akkoord, dat doen de vrijwilligers zelf.</div><div>Trudy</div>`, DecisionReject},
		// The parts disagree below the request: neither is read.
		{"Akkoord.\n", `<div>Niet akkoord.</div>`, DecisionNone},
	} {
		r := ReadReplyAt(request+c.below, quoteHTML+c.belowHTML+"</div></body></html>", Keywords{}, ref)
		if r.Decision != c.want {
			t.Errorf("below %q: %s (%s) new text %q, want %s", c.below, r.Decision, r.Ambiguous, r.NewText, c.want)
		}
	}
}
