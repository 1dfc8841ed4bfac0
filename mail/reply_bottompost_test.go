package mail

import (
	"strings"
	"testing"
	"time"
)

// An HTML reply written below the quote (Apple Mail): nothing before the <blockquote
// type="cite">, the answer after it; the text part has the quote as '>' lines with the
// attribution inside it.
const bottomPostQuoteText = `> Op 16 nov 2026, om 15:04 heeft Gemeente Voorbeeld <spoc@gemeente-voorbeeld.test> het volgende geschreven:
> 
> Hallo,
> 
> Lotte vraagt het volgende meerwerk aan. Daarvoor is jouw akkoord nodig.
> 
> Akkoord <mailto:spoc+abc@gemeente-voorbeeld.test?body=akkoord>	Niet akkoord <mailto:spoc+abc@gemeente-voorbeeld.test?body=niet%20akkoord>
> 
> spocd-token: abc
`

const bottomPostQuoteHTML = `<html><body><div><br><blockquote type="cite"><div>Op 16 nov 2026, om 15:04 heeft Gemeente Voorbeeld &lt;spoc@gemeente-voorbeeld.test&gt; het volgende geschreven:</div><br>
<p>Hallo,</p><p>Lotte vraagt het volgende meerwerk aan. Daarvoor is jouw akkoord nodig.</p>
<p><a href="mailto:spoc+abc@gemeente-voorbeeld.test?body=akkoord">Akkoord</a> <a href="mailto:spoc+abc@gemeente-voorbeeld.test?body=niet%20akkoord">Niet akkoord</a></p>
<p>spocd-token: abc</p></blockquote></div><br>`

func bottomPostMail(answerText, answerHTML string) (string, string) {
	return bottomPostQuoteText + "\n" + answerText, bottomPostQuoteHTML + answerHTML + "</body></html>"
}

func TestBottomPostBelowHTMLQuote(t *testing.T) {
	kw := DefaultKeywords()
	ref := time.Date(2026, 11, 16, 17, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name       string
		text, html string
		want       Decision
		newText    string
	}{
		{"approve", "Goedgekeurd. Die oude stoelen zijn echt versleten.\n\nMonique",
			"Goedgekeurd. Die oude stoelen zijn echt versleten.<div><br></div><div>Monique</div>", DecisionApprove, "Goedgekeurd."},
		{"reject", "Niet akkoord, te duur.\n\nMonique", "Niet akkoord, te duur.<div><br></div><div>Monique</div>", DecisionReject, "Niet akkoord"},
		{"conditional", "Akkoord, mits het onder de 2.000 euro blijft.\n\nMonique",
			"Akkoord, mits het onder de 2.000 euro blijft.<div><br></div><div>Monique</div>", DecisionNone, "mits"},
		{"question", "Is dit echt nodig?\n\nMonique", "Is dit echt nodig?<div><br></div><div>Monique</div>", DecisionNone, "nodig"},
		// Nothing below the quote: the request's own buttons are no answer.
		{"empty", "", "", DecisionNone, ""},
	} {
		text, html := bottomPostMail(tc.text, tc.html)
		r := ReadReplyAt(text, html, kw, ref)
		if r.Decision != tc.want || !strings.Contains(r.NewText, tc.newText) {
			t.Errorf("%s: got %s (%s) new text %q, want %s with %q", tc.name, r.Decision, r.Ambiguous, r.NewText, tc.want, tc.newText)
		}
	}
}

// When the text part and the HTML part do not agree on what is below the quote, nothing
// is read from the text part: a quoted line that lost its '>' (here the request's
// buttons) must never be read as the answer.
func TestBottomPostPartsDisagree(t *testing.T) {
	kw := DefaultKeywords()
	ref := time.Date(2026, 11, 16, 17, 0, 0, 0, time.UTC)
	text := strings.Replace(bottomPostQuoteText, "> Akkoord <mailto:", "Akkoord <mailto:", 1) + "\nMonique"
	html := bottomPostQuoteHTML + "<div>Monique</div></body></html>"
	if r := ReadReplyAt(text, html, kw, ref); r.Decision != DecisionNone {
		t.Errorf("a leaked quote line read as %s (%q)", r.Decision, r.NewText)
	}
	// The two parts say different things below the quote: neither is read.
	text = bottomPostQuoteText + "\nAkkoord.\n"
	html = bottomPostQuoteHTML + "Niet akkoord.</body></html>"
	if r := ReadReplyAt(text, html, kw, ref); r.Decision != DecisionNone {
		t.Errorf("parts that disagree read as %s (%q)", r.Decision, r.NewText)
	}
}
