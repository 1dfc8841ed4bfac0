package mail

import (
	"strings"
	"testing"
	"time"
)

// GMX and web.de: the header block opens with the date ("Gesendet: …" above "Von: …"),
// the request follows without '>' in the text part and in a <div name="quote"> in the
// HTML part; a bottom post is below the request's token.
const gmxQuoteText = `Gesendet: Mittwoch, 18. November 2026 um 09:15 Uhr
Von: "Sportclub Oost" <spoc@sportcluboost.test>
An: petra.vogel@web.test
Betreff: [SPOC-0101] Goedkeuring gevraagd: Nieuwe netten

Hallo,

Kees vraagt het volgende meerwerk aan. Daarvoor is jouw akkoord nodig.

- Akkoord: antwoord met "akkoord".
- Afwijzen: antwoord met "niet akkoord".

spocd-token: abcdef
`

const gmxQuoteHTML = `<html><body><div style="font-family: Verdana;font-size: 12.0px;"><div name="quote" style="margin:10px 5px 5px 10px; border-left:2px solid #C3D9E5;">
<div style="margin:0 0 10px 0;"><b>Gesendet:</b>&nbsp;Mittwoch, 18. November 2026 um 09:15 Uhr<br/>
<b>Von:</b>&nbsp;"Sportclub Oost" &lt;spoc@sportcluboost.test&gt;<br/>
<b>An:</b>&nbsp;petra.vogel@web.test<br/>
<b>Betreff:</b>&nbsp;[SPOC-0101] Goedkeuring gevraagd: Nieuwe netten</div>
<div name="quoted-content"><p>Hallo,</p><p>Kees vraagt het volgende meerwerk aan. Daarvoor is jouw akkoord nodig.</p>
<ul><li>Akkoord: antwoord met "akkoord".</li><li>Afwijzen: antwoord met "niet akkoord".</li></ul>
<p>spocd-token: abcdef</p></div></div>`

func TestGMXBottomPost(t *testing.T) {
	kw := DefaultKeywords()
	ref := time.Date(2026, 11, 18, 12, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name       string
		text, html string
		want       Decision
		newText    string
	}{
		{"approve", "Prima, doe maar. De oude netten zijn op.\n\nPetra",
			"<div>Prima, doe maar. De oude netten zijn op.</div><div><br></div><div>Petra</div>", DecisionApprove, "Prima"},
		{"reject", "Niet akkoord, die netten gaan nog een seizoen mee.\n\nPetra",
			"<div>Niet akkoord, die netten gaan nog een seizoen mee.</div><div>Petra</div>", DecisionReject, "Niet akkoord"},
		{"condition", "Akkoord, mits Kees drie offertes vraagt.\n\nPetra",
			"<div>Akkoord, mits Kees drie offertes vraagt.</div><div>Petra</div>", DecisionNone, "mits"},
		// The client's own signature below the answer is in both parts; the text part
		// loses it to cleanLines, the HTML part keeps it (Mail for Windows).
		{"client signature", "Geachte mevrouw Claassen,\n\nIk ga akkoord met de kosten.\n\nG. van der Veen\n\nVerzonden vanuit Mail voor Windows\n",
			"<p>Geachte mevrouw Claassen,</p><p>Ik ga akkoord met de kosten.</p><p>G. van der Veen</p><p>Verzonden vanuit <a href=\"https://go.microsoft.test/\">Mail</a> voor Windows</p>", DecisionApprove, "Ik ga akkoord"},
		// The parts disagree below the request: neither is read.
		{"disagree", "Akkoord.\n", "<div>Niet akkoord.</div>", DecisionNone, ""},
		// Nothing below the request: its own instructions are no answer.
		{"empty", "", "", DecisionNone, ""},
	} {
		text := gmxQuoteText + "\n" + tc.text
		html := gmxQuoteHTML + tc.html + "</div></body></html>"
		r := ReadReplyAt(text, html, kw, ref)
		if r.Decision != tc.want || !strings.Contains(r.NewText, tc.newText) {
			t.Errorf("%s: got %s (%s) new text %q, want %s with %q", tc.name, r.Decision, r.Ambiguous, r.NewText, tc.want, tc.newText)
		}
		if strings.Contains(r.NewText, "Gesendet") {
			t.Errorf("%s: the header block's date line read as new text: %q", tc.name, r.NewText)
		}
	}
	// English GMX: "Sent: … at 12:30 PM" above "From:"; a top post stays a top post.
	top := "Approved.\n\nSent: Wednesday, November 18, 2026 at 9:15 AM\nFrom: \"Sportclub Oost\" <spoc@sportcluboost.test>\nTo: petra.vogel@web.test\nSubject: [SPOC-0101] Nieuwe netten\n\nHallo,\n\nspocd-token: abcdef\n"
	if got := StripReply(top); got != "Approved." {
		t.Errorf("GMX top post stripped to %q", got)
	}
}
