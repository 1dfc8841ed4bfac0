package templates

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// The reasons why spocd refused a mail or handed it to the customer SPOC, by code, in
// every language. The workflow passes a code and its arguments (Data.ReasonCode and
// Data.ReasonArgs); the refused, triage and reconcile mails and the one-click page say it
// with ReasonText. The English text is also what the audit log and the metrics keep
// (workflow.RefusalClass matches its start), so it must not change.
var reasons = map[string]reasonFormat{
	"four-eyes": {
		en: "the requester cannot approve their own request (four-eyes)",
		nl: "de aanvrager kan het eigen verzoek niet goedkeuren (vier-ogenprincipe)"},
	"token-other-sender": {args: []argKind{argPlain, argSender},
		en: "token was issued to %s, the reply came from %s",
		nl: "de akkoordcode was voor %s, het antwoord kwam van %s"},
	"not-awaiting": {args: []argKind{argStatus},
		en: "the request is %s, not awaiting approval",
		nl: "het verzoek is %s en wacht niet op akkoord"},
	"earlier-round": {
		en: "token of an earlier approval round",
		nl: "de akkoordcode hoort bij een eerdere akkoordronde"},
	"token-used": {
		en: "token already used",
		nl: "de akkoordcode is al gebruikt"},
	"token-expired": {
		en: "token expired",
		nl: "de akkoordcode is verlopen"},
	"unknown-token": {
		en: "unknown approval token",
		nl: "onbekende akkoordcode"},
	"no-token": {
		en: "decision without an approval token (reply to the approval mail itself)",
		nl: "besluit zonder akkoordcode (het antwoord moet op de akkoordmail zelf)"},
	"auth-no-header": {
		en: "sender not authenticated: no Authentication-Results header from the trusted server",
		nl: "niet na te gaan of de mail echt van de afzender komt: de ontvangende server heeft er geen controle-uitslag (Authentication-Results) bij gezet"},
	"auth-wrong-server": {args: []argKind{argServer, argPlain},
		en: "sender not authenticated: the topmost Authentication-Results header is from %q, not the trusted %q",
		nl: "niet na te gaan of de mail echt van de afzender komt: de bovenste controle-uitslag (Authentication-Results) is van %q, niet van de vertrouwde server %q"},
	"auth-no-domain": {
		en: "sender not authenticated: no sender domain",
		nl: "niet na te gaan of de mail echt van de afzender komt: het afzenderadres heeft geen domein"},
	"auth-no-pass": {args: []argKind{argPlain},
		en: "sender not authenticated: no dmarc=pass or aligned dkim=pass for %s in the trusted Authentication-Results header",
		nl: "de ontvangende server bevestigt niet dat de mail echt van %s komt (geen dmarc=pass of dkim=pass)"},
	"no-open-approval": {args: []argKind{argPlain},
		en: "no open approval for %s on this request",
		nl: "voor %s staat op dit verzoek geen akkoord open"},
	"supplier-unmatched": {
		en: "supplier mail that matches no request",
		nl: "mail van de leverancier die bij geen enkel verzoek hoort"},
	"unknown-sender-ref": {
		en: "mail from an unknown sender with the reference in the subject",
		nl: "mail van een onbekende afzender met de referentie in het onderwerp"},
	"no-approvers": {
		en: "approval needed but no approvers are configured",
		nl: "akkoord nodig, maar er zijn geen goedkeurders ingesteld"},
	"no-other-approver": {
		en: "no approver other than the requester",
		nl: "er is geen goedkeurder behalve de aanvrager zelf"},
	"bad-status": {args: []argKind{argStatus, argStatus},
		en: "status %q cannot be set on a request that is %s",
		nl: "de status %q kan niet worden gezet: het verzoek is %s"},
	"cannot-cancel": {args: []argKind{argStatus},
		en: "cannot cancel a request that is %s",
		nl: "het verzoek kan niet worden geannuleerd: het is al %s"},
	"unclear-answer": {args: []argKind{argPlain, argAnswer},
		en: "unclear answer from %s (%s)",
		nl: "onduidelijk antwoord van %s: %s"},
	"quarantined": {
		en: "quarantined",
		nl: "het bericht kon herhaaldelijk niet worden verwerkt en is apart gezet (quarantaine)"},
	"web-applied": {
		en: "the decision has taken effect",
		nl: "het besluit is al ingegaan"},
	"web-withdrawn": {
		en: "the decision was withdrawn",
		nl: "het besluit is ingetrokken"},
	"unprocessed": {args: []argKind{argPlain},
		en: "%s message(s) not processed after an hour",
		nl: "%s bericht(en) na een uur nog niet verwerkt"},
	"connection-problems": {args: []argKind{argPlain},
		en: "%s connection problem(s)",
		nl: "%s keer een verbindingsprobleem"},
	"unprocessed-and-problems": {args: []argKind{argPlain, argPlain},
		en: "%s message(s) not processed after an hour, %s connection problem(s)",
		nl: "%s bericht(en) na een uur nog niet verwerkt, %s keer een verbindingsprobleem"},
}

type reasonFormat struct {
	en, nl string    // fmt formats: one %s or %q per argument
	args   []argKind // how each argument is said
}

type argKind int

const (
	argPlain  argKind = iota // as it is: an address, a domain, a number
	argSender                // an address; "" is an unknown sender
	argServer                // an authserv-id; "" is none
	argStatus                // a workflow state (statusLabels)
	argAnswer                // a reason code of the reply reader (answerLabels)
)

// answerLabels say a reason code of the reply reader (mail.Ambiguous*, and the workflow's
// "no decision keyword", "other-request" and "copy-edited") in a few words about the approver's answer, for
// the customer SPOC. English keeps the codes: its text is also the audit log's.
var answerLabels = map[string]map[string]string{
	"nl": {
		"question":            "er staat een vraag in",
		"conditional":         "akkoord met een voorwaarde of opmerking",
		"mixed":               "akkoord met iets wat er niet bij past",
		"negated":             "er staat een ontkenning bij het besluit",
		"not-yet":             "nog niet akkoord",
		"deferred":            "het besluit wordt uitgesteld",
		"hedged":              "klinkt niet zeker",
		"request":             "vraagt iemand anders om akkoord",
		"not-at-start":        "het besluit staat er niet duidelijk in",
		"future":              "gaat over iets wat nog moet gebeuren",
		"unclear":             "geen akkoord of niet akkoord gevonden",
		"no decision keyword": "geen akkoord of niet akkoord gevonden",
		"forward":             "stuurt het verzoek door aan iemand anders",
		"ignored":             "een automatisch bericht",
		"other-request":       "lijkt over een ander verzoek of een andere mail te gaan",
		"copy-edited":         "er is getypt of veranderd in de kopie van het verzoek onder het antwoord",
	},
}

// say gives argument a of kind k in lang.
func (k argKind) say(lang, a string) string {
	switch k {
	case argSender:
		if a == "" {
			return map[string]string{"nl": "een onbekende afzender", "en": "an unknown sender"}[lang]
		}
	case argServer:
		if a == "" {
			return map[string]string{"nl": "(geen)", "en": "(none)"}[lang]
		}
	case argStatus:
		if l, ok := statusLabels[lang][a]; ok && lang != "en" {
			return l // English keeps the state's name: its text is also the audit log's
		}
	case argAnswer:
		if l, ok := answerLabels[lang][a]; ok {
			return l
		}
	}
	return a
}

// ReasonText says reason code with its arguments in lang (an unknown or empty lang is
// Dutch). A code that is not in the catalogue is shown as it is, followed by its arguments,
// so that a free-form reason still reads.
func ReasonText(lang, code string, args ...string) string {
	lang = normLang(lang)
	f, ok := reasons[code]
	if !ok || len(args) != len(f.args) {
		if len(args) == 0 {
			return code
		}
		return code + ": " + strings.Join(args, ", ")
	}
	format := f.nl
	if lang == "en" {
		format = f.en
	}
	vals := make([]any, len(args))
	for i, a := range args {
		vals[i] = f.args[i].say(lang, a)
	}
	return fmt.Sprintf(format, vals...)
}

// reasonCodes lists the codes of the catalogue, sorted.
func reasonCodes() []string {
	codes := make([]string, 0, len(reasons))
	for c := range reasons {
		codes = append(codes, c)
	}
	slices.Sort(codes)
	return codes
}

// reasonPattern matches the English text of a code and gives back its arguments.
type reasonPattern struct {
	code   string
	re     *regexp.Regexp
	quoted []bool // the argument was written with %q
}

// reasonPatterns are tried longest English text first, so that a text that holds another
// ("… not processed after an hour, 2 connection problem(s)") finds its own code.
var reasonPatterns = func() []reasonPattern {
	var out []reasonPattern
	verb := regexp.MustCompile(`%[sq]`)
	for _, code := range reasonCodes() {
		en := reasons[code].en
		p := reasonPattern{code: code}
		for _, v := range verb.FindAllString(en, -1) {
			p.quoted = append(p.quoted, v == "%q")
		}
		re := strings.ReplaceAll(regexp.QuoteMeta(en), "%s", `(.*)`)
		re = strings.ReplaceAll(re, "%q", `("(?:[^"\\]|\\.)*")`)
		p.re = regexp.MustCompile("^" + re + "$")
		out = append(out, p)
	}
	slices.SortStableFunc(out, func(a, b reasonPattern) int { return len(reasons[b.code].en) - len(reasons[a.code].en) })
	return out
}()

// ParseReason finds the code and arguments of an English reason text that ReasonText
// made (a stored reason, such as the note of a void one-click decision). A text it does
// not know comes back as the code, without arguments.
func ParseReason(text string) (code string, args []string) {
	for _, p := range reasonPatterns {
		m := p.re.FindStringSubmatch(text)
		if m == nil {
			continue
		}
		kinds := reasons[p.code].args
		args = m[1:]
		for i, a := range args {
			if u, err := strconv.Unquote(a); err == nil && p.quoted[i] {
				a = u
			}
			if kinds[i] == argSender && a == "an unknown sender" || kinds[i] == argServer && a == "(none)" {
				a = ""
			}
			args[i] = a
		}
		return p.code, args
	}
	return text, nil
}
