package templates

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

// sampleReasonArgs are arguments for every code of the catalogue.
var sampleReasonArgs = map[string][]string{
	"token-other-sender":       {"rianne@gemeente.test", "mallory@evil.test"},
	"not-awaiting":             {"forwarded"},
	"auth-wrong-server":        {"evil.test", "mx.gemeente.test"},
	"auth-no-pass":             {"gemeente.test"},
	"no-open-approval":         {"piet@gemeente.test"},
	"bad-status":               {"done", "cancelled"},
	"cannot-cancel":            {"done"},
	"unclear-answer":           {"rianne@gemeente.test", "question"},
	"unprocessed":              {"2"},
	"connection-problems":      {"1"},
	"unprocessed-and-problems": {"2", "1"},
}

// Every code says itself in Dutch and English, with all its arguments and no format
// left over, and the Dutch is not the English.
func TestReasonCatalogue(t *testing.T) {
	verb := regexp.MustCompile(`%[a-zA-Z!]`)
	for _, code := range reasonCodes() {
		args := sampleReasonArgs[code]
		if len(args) != len(reasons[code].args) {
			t.Errorf("%s: %d sample arguments, the catalogue takes %d", code, len(args), len(reasons[code].args))
			continue
		}
		nl, en := ReasonText("nl", code, args...), ReasonText("en", code, args...)
		for lang, s := range map[string]string{"nl": nl, "en": en} {
			if s == "" || verb.MatchString(s) || strings.Contains(s, "%!") {
				t.Errorf("%s/%s: %q", lang, code, s)
			}
			for _, a := range args {
				if strings.Contains(a, "@") && !strings.Contains(s, a) {
					t.Errorf("%s/%s: %q lacks the address %q", lang, code, s, a)
				}
			}
		}
		if nl == en {
			t.Errorf("%s: Dutch is the English: %q", code, nl)
		}
		if ReasonText("", code, args...) != nl || ReasonText("en-GB", code, args...) != en {
			t.Errorf("%s: the default language is not Dutch, or en-GB not English", code)
		}
		// The English text is the audit log's: ParseReason finds the code and arguments back.
		if c, a := ParseReason(en); c != code || !slices.Equal(a, args) {
			t.Errorf("ParseReason(%q) = %q %q, want %q %q", en, c, a, code, args)
		}
	}
}

func TestReasonTextWords(t *testing.T) {
	for _, tt := range []struct {
		lang, code string
		args       []string
		want       string
	}{
		{"nl", "four-eyes", nil, "de aanvrager kan het eigen verzoek niet goedkeuren (vier-ogenprincipe)"},
		{"en", "four-eyes", nil, "the requester cannot approve their own request (four-eyes)"},
		{"nl", "token-other-sender", []string{"a@x.nl", "b@y.nl"}, "de akkoordcode was voor a@x.nl, het antwoord kwam van b@y.nl"},
		{"nl", "token-other-sender", []string{"a@x.nl", ""}, "de akkoordcode was voor a@x.nl, het antwoord kwam van een onbekende afzender"},
		{"en", "token-other-sender", []string{"a@x.nl", ""}, "token was issued to a@x.nl, the reply came from an unknown sender"},
		{"nl", "not-awaiting", []string{"forwarded"}, "het verzoek is doorgestuurd naar de leverancier en wacht niet op akkoord"},
		{"en", "not-awaiting", []string{"forwarded"}, "the request is forwarded, not awaiting approval"},
		{"nl", "bad-status", []string{"done", "cancelled"}, `de status "gereed" kan niet worden gezet: het verzoek is geannuleerd`},
		{"en", "bad-status", []string{"done", "cancelled"}, `status "done" cannot be set on a request that is cancelled`},
		{"en", "auth-wrong-server", []string{"", "mx.x.nl"}, `sender not authenticated: the topmost Authentication-Results header is from "(none)", not the trusted "mx.x.nl"`},
		{"nl", "unclear-answer", []string{"a@x.nl", "question"}, "onduidelijk antwoord van a@x.nl: er staat een vraag in"},
		{"en", "unclear-answer", []string{"a@x.nl", "question"}, "unclear answer from a@x.nl (question)"},
		{"nl", "unclear-answer", []string{"a@x.nl", "something new"}, "onduidelijk antwoord van a@x.nl: something new"},
		// The English is the audit log's text of before the catalogue, word for word.
		{"en", "auth-no-pass", []string{"x.nl"}, "sender not authenticated: no dmarc=pass or aligned dkim=pass for x.nl in the trusted Authentication-Results header"},
		{"en", "no-open-approval", []string{"x@y.nl"}, "no open approval for x@y.nl on this request"},
		{"en", "cannot-cancel", []string{"done"}, "cannot cancel a request that is done"},
		{"en", "no-token", nil, "decision without an approval token (reply to the approval mail itself)"},
		{"en", "quarantined", nil, "quarantined"},
		{"en", "unprocessed-and-problems", []string{"2", "1"}, "2 message(s) not processed after an hour, 1 connection problem(s)"},
		{"nl", "cannot-cancel", []string{"done"}, "het verzoek kan niet worden geannuleerd: het is al gereed"},
		// Not in the catalogue (an old outbox row, a free-form reason): as it is.
		{"nl", "some free text", nil, "some free text"},
		{"nl", "some-code", []string{"a", "b"}, "some-code: a, b"},
		{"nl", "four-eyes", []string{"unexpected"}, "four-eyes: unexpected"},
	} {
		if got := ReasonText(tt.lang, tt.code, tt.args...); got != tt.want {
			t.Errorf("ReasonText(%s, %s, %q) = %q, want %q", tt.lang, tt.code, tt.args, got, tt.want)
		}
	}
	if c, a := ParseReason("mailbox full"); c != "mailbox full" || a != nil {
		t.Errorf("ParseReason of a free text = %q %q", c, a)
	}
}

// The refused, triage and reconcile mails say the reason in their language; without a
// code they show Reason as it is.
func TestRenderReason(t *testing.T) {
	s, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"refused", "triage", "reconcile"} {
		for _, tt := range []struct{ lang, want, not string }{
			{"nl", "de akkoordcode was voor a@x.nl, het antwoord kwam van b@y.nl", "token was issued"},
			{"en", "token was issued to a@x.nl, the reply came from b@y.nl", "akkoordcode"},
		} {
			d := sample()
			d.Reason = "token was issued to a@x.nl, the reply came from b@y.nl"
			d.ReasonCode, d.ReasonArgs = "token-other-sender", []string{"a@x.nl", "b@y.nl"}
			r, err := s.Render(tt.lang, name, d)
			if err != nil {
				t.Fatal(err)
			}
			for _, part := range []string{r.Text, r.HTML} {
				if !strings.Contains(part, tt.want) || strings.Contains(part, tt.not) {
					t.Errorf("%s/%s: want %q and not %q in\n%s", tt.lang, name, tt.want, tt.not, part)
				}
			}
		}
	}
	d := sample()
	d.Reason = "unprocessed mail"
	r, err := s.Render("nl", "reconcile", d)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Subject, "unprocessed mail") || !strings.Contains(r.Text, "unprocessed mail") {
		t.Errorf("reconcile without a code does not show Reason:\n%s\n%s", r.Subject, r.Text)
	}
}

// Every reader code the clarification mail can name has a short form for the SPOC too.
func TestAnswerLabels(t *testing.T) {
	for code := range reasonLabels["nl"] {
		if answerLabels["nl"][code] == "" {
			t.Errorf("no short Dutch label for the reader code %q", code)
		}
	}
}
