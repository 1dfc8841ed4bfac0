package templates

import (
	htmltemplate "html/template"
	"strings"
	texttemplate "text/template"
	"time"
)

var monthsNL = [...]string{"januari", "februari", "maart", "april", "mei", "juni", "juli",
	"augustus", "september", "oktober", "november", "december"}

var statusLabels = map[string]map[string]string{
	"nl": {
		"received":          "ontvangen",
		"awaiting_approval": "wacht op akkoord",
		"forwarded":         "doorgestuurd naar de leverancier",
		"scheduled":         "ingepland",
		"done":              "gereed",
		"rejected":          "afgewezen",
		"cancelled":         "geannuleerd",
		"triage":            "ter beoordeling bij de SPOC",
	},
	"en": {
		"received":          "received",
		"awaiting_approval": "awaiting approval",
		"forwarded":         "forwarded to the supplier",
		"scheduled":         "scheduled",
		"done":              "done",
		"rejected":          "rejected",
		"cancelled":         "cancelled",
		"triage":            "under review by the SPOC",
	},
}

var decisionLabels = map[string]map[string]string{
	"nl": {"approve": "akkoord", "reject": "niet akkoord"},
	"en": {"approve": "approved", "reject": "rejected"},
}

// reasonLabels say in words why a reply is no clear decision, by the reader's reason codes
// (mail.Ambiguous*, and the workflow's "no decision keyword").
var reasonLabels = map[string]map[string]string{
	"nl": {
		"question":            "je antwoord bevat een vraag, en we weten niet of die eerst beantwoord moet worden.",
		"conditional":         "je akkoord lijkt een voorwaarde, een grens of een opmerking te hebben die het besluit kan veranderen.",
		"mixed":               "je antwoord noemt naast akkoord iets wat daar niet bij past: een deel, een ander bedrag, iets anders dan dit verzoek, of twee antwoorden die niet overeenkomen.",
		"negated":             "je antwoord bevat een ontkenning bij het besluit.",
		"not-yet":             "je schrijft dat het nog niet akkoord is.",
		"deferred":            "je antwoord lijkt het besluit uit te stellen of eerst iets anders te willen.",
		"hedged":              "je antwoord klinkt niet zeker.",
		"request":             "je vraagt iemand anders om akkoord te geven.",
		"not-at-start":        "het besluit staat niet duidelijk in je antwoord.",
		"future":              "je antwoord gaat over iets wat nog moet gebeuren.",
		"unclear":             "we vonden geen akkoord of niet akkoord in je antwoord.",
		"no decision keyword": "we vonden geen akkoord of niet akkoord in je antwoord.",
		"forward":             "je mail stuurt het verzoek door aan iemand anders.",
		"other-request":       "je antwoord lijkt over een ander verzoek of een andere mail te gaan dan dit verzoek.",
		"copy-edited":         "er is iets getypt of veranderd in de kopie van ons verzoek onder je antwoord, en dat kan het besluit veranderen; we lezen alleen je antwoord bovenaan.",
	},
	"en": {
		"question":            "your reply asks a question, and we cannot tell whether it must be answered first.",
		"conditional":         "your approval seems to come with a condition, a limit or a remark that may change the decision.",
		"mixed":               "besides approving, your reply names something that does not fit: a part, another amount, something other than this request, or two answers that do not agree.",
		"negated":             "your reply holds a negation next to the decision.",
		"not-yet":             "you write that it is not approved yet.",
		"deferred":            "your reply seems to put the decision off or to want something else first.",
		"hedged":              "your reply does not sound certain.",
		"request":             "you ask somebody else to approve.",
		"not-at-start":        "the decision is not clear in your reply.",
		"future":              "your reply is about something still to happen.",
		"unclear":             "we found no approve or reject in your reply.",
		"no decision keyword": "we found no approve or reject in your reply.",
		"forward":             "your mail forwards the request to somebody else.",
		"other-request":       "your reply seems to be about another request or another mail than this request.",
		"copy-edited":         "something was typed or changed in the copy of our request below your reply, and that may change the decision; we only read your answer on top.",
	},
}

// funcs returns the functions the templates of one language use; they work in
// text/template and html/template alike (html/template escapes their results).
func funcs(lang string) texttemplate.FuncMap {
	return texttemplate.FuncMap{
		// datetime formats a time for people; the zero time gives "".
		"datetime": func(t time.Time) string {
			if t.IsZero() {
				return ""
			}
			if lang == "nl" {
				return t.Format("2 ") + monthsNL[t.Month()-1] + t.Format(" 2006, 15:04")
			}
			return t.Format("2 January 2006, 15:04")
		},
		// statusLabel names a workflow state in the language; unknown states are shown as they are.
		"statusLabel": func(s string) string {
			if l, ok := statusLabels[lang][s]; ok {
				return l
			}
			return s
		},
		// reasonLabel says a reason code of the reply reader in words; any other reason is
		// shown as it is.
		"reasonLabel": func(s string) string {
			if l, ok := reasonLabels[lang][s]; ok {
				return l
			}
			return s
		},
		// reason says why in the language: the catalogue text of ReasonCode (reasons.go),
		// or Reason as it is when there is no code.
		"reason": func(d Data) string {
			if d.ReasonCode == "" {
				return d.Reason
			}
			return ReasonText(lang, d.ReasonCode, d.ReasonArgs...)
		},
		"decisionLabel": func(s string) string {
			if l, ok := decisionLabels[lang][s]; ok {
				return l
			}
			return s
		},
		// requester shows "Name <addr>", or whichever of the two is known.
		"requester": func(r Request) string {
			switch {
			case r.RequesterName != "" && r.Requester != "":
				return r.RequesterName + " <" + r.Requester + ">"
			case r.RequesterName != "":
				return r.RequesterName
			}
			return r.Requester
		},
		// quote prefixes every line with "> ".
		"quote": func(s string) string {
			s = strings.TrimRight(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
			if s == "" {
				return ""
			}
			return "> " + strings.ReplaceAll(s, "\n", "\n> ")
		},
		// indent prefixes every line with n spaces.
		"indent": func(n int, s string) string {
			s = strings.TrimRight(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
			pad := strings.Repeat(" ", n)
			return pad + strings.ReplaceAll(s, "\n", "\n"+pad)
		},
		"join": strings.Join,
		// ucfirst upper-cases the first letter.
		"ucfirst": func(s string) string {
			for i, r := range s {
				return strings.ToUpper(string(r)) + s[i+len(string(r)):]
			}
			return s
		},
	}
}

// htmlFuncs are only available in HTML templates.
var htmlFuncs = htmltemplate.FuncMap{
	// nl2br escapes s and turns its line breaks into <br>.
	"nl2br": func(s string) htmltemplate.HTML {
		s = strings.TrimRight(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
		return htmltemplate.HTML(strings.ReplaceAll(htmltemplate.HTMLEscapeString(s), "\n", "<br>\n")) //nolint:gosec // escaped above
	},
}
