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
