package mail

import "testing"

// A yes on top with more typed below the quote, between its lines or after a mobile
// footer stays open; a disclaimer, a signature, spocd's own footer or a bottom post does
// not count (reply_typedbelow.go).
func TestTypedOutsideTop(t *testing.T) {
	kw := DefaultKeywords()
	header := "Van: SPOC Gemeente <spoc@gemeente.nl>\nVerzonden: woensdag 25 november 2026 10:12\nAan: Jan <jan@gemeente.nl>\nOnderwerp: [SPOC-0042] Akkoord gevraagd\n\n"
	attribution := "Op 25 nov 2026 om 10:12 schreef SPOC Gemeente <spoc@gemeente.nl>:\n"
	noApproval(t, kw,
		// Below a '>' quote.
		"Akkoord.\n\n"+attribution+quoteGT(quotedRequestNL)+"\nPS: alleen als het onder de € 300 blijft.\n",
		// Between the quoted lines.
		"Approved.\n\n"+attribution+"> Goedkeuring gevraagd voor SPOC-0042\n\nOnly 20 people, not 40.\n\n> Geschatte kosten: € 450,00\n",
		// Below the request's token line, in a client that does not quote with '>'.
		"Akkoord\n\n"+header+quotedRequestNL+"\n\nMaar niet voor de lunch.\n",
		// After a mobile footer, above iOS Mail's quoted attribution.
		"Akkoord\n\nVerstuurd vanaf mijn iPhone\n\nAlleen koffie, geen lunch.\n\n> Op 25 nov 2026 om 10:12 heeft SPOC het volgende geschreven:\n>\n"+quoteGT(quotedRequestNL),
		"Approved\n\nSent from my iPhone\n\nActually no - please hold off until I talk to finance.\n\n> On 25 Nov 2026, at 10:12, SPOC wrote:\n"+quoteGT(quotedRequestNL),
	)
	approves(t, kw,
		"Akkoord.\n\n"+attribution+quoteGT(quotedRequestNL)+"\nDisclaimer: de informatie in dit bericht is vertrouwelijk en niet bestemd voor derden.\n",
		"Akkoord.\n\n"+attribution+quoteGT(quotedRequestNL)+"\n--\nJan de Vries\nTeamleider, niet bereikbaar op woensdag\n",
		"Akkoord\n\n"+header+quotedRequestNL+"\n\nDit bericht is automatisch verstuurd door spocd voor Gemeente Voorbeeld. Houd [SPOC-0042] in het onderwerp als je antwoordt.\n",
		"Akkoord\n\n"+header+quotedRequestNL+"\n\nJan de Vries\nHoofd Facilitair\n06 12 34 56 78\n",
		"Akkoord\n\nVerstuurd vanaf mijn iPhone\n\n> Op 25 nov 2026 om 10:12 heeft SPOC het volgende geschreven:\n>\n"+quoteGT(quotedRequestNL),
		// A bottom post: nothing on top, the answer below is what is read.
		attribution+quoteGT(quotedRequestNL)+"\nAkkoord, graag voor vrijdag.\n",
	)
}

// The text and HTML parts of one reply, each read alone where it marks its own quote, must
// not disagree in words and decision: "Akkoord." in one, "Akkoord, mits maximaal 20
// personen." or "Niet akkoord" in the other stays open.
func TestTextAndHTMLPartsDisagree(t *testing.T) {
	kw := DefaultKeywords()
	quote := "\n\nOp 25 nov 2026 om 10:12 schreef SPOC <spoc@gemeente.nl>:\n" + quoteGT(quotedRequestNL)
	htmlOf := func(answer string) string {
		return `<html><body><div dir="ltr">` + answer + `</div><div class="gmail_quote"><div class="gmail_attr">Op 25 nov 2026 om 10:12 schreef SPOC</div><blockquote class="gmail_quote">Antwoord "akkoord" of "niet akkoord".</blockquote></div></body></html>`
	}
	for _, c := range []struct{ text, html string }{
		{"Akkoord." + quote, htmlOf("Akkoord, mits maximaal 20 personen.")},
		{"Akkoord" + quote, htmlOf("Niet akkoord")},
		{"Akkoord, alleen de koffie." + quote, htmlOf("Akkoord.")},
	} {
		if r := ReadReply(c.text, c.html, kw); r.Decision == DecisionApprove {
			t.Errorf("text %q, html %q: got approve, want none", c.text, c.html)
		}
	}
	// The same answer in both parts, with other line breaks, approves.
	if r := ReadReply("Hello Fleur,\n\napproved.\n\nThanks."+quote, htmlOf("Hello Fleur,<br>approved.<br>Thanks."), kw); r.Decision != DecisionApprove {
		t.Errorf("same answer in both parts: got %s (%s), want approve", r.Decision, r.Ambiguous)
	}
}
