// Package templates holds the embedded mail templates, Dutch by default and
// English as well, and renders them into a subject, a plain text and an HTML
// body.
//
// For every template name and language there are three files:
// <lang>/<name>.subject.tmpl and <lang>/<name>.txt.tmpl (text/template) and
// <lang>/<name>.html.tmpl (html/template). The HTML templates define a
// "content" block that the shared layout base.html.tmpl wraps; the files
// <lang>/_partials.txt.tmpl and <lang>/_layout.html.tmpl hold the pieces the
// templates of one language share. Everything is parsed by New, so a missing
// or broken template stops start-up instead of a mail.
package templates

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	htmltemplate "html/template"
	"io/fs"
	"log/slog"
	"path"
	"slices"
	"strings"
	texttemplate "text/template"
	"time"
)

//go:embed base.html.tmpl nl/*.tmpl en/*.tmpl
var files embed.FS

// DefaultLang is used for an empty or unknown language.
const DefaultLang = "nl"

// Langs lists the available languages, the default first.
var langs = []string{"nl", "en"}

// names lists every template; each exists in every language.
var names = []string{
	"ack",
	"forward",
	"approval_request",
	"approval_receipt",
	"clarification",
	"reminder",
	"escalation",
	"rejected",
	"approved",
	"status",
	"note_spoc",
	"followup",
	"cancelled",
	"refused",
	"triage",
	"send_failed",
	"supplier_reminder",
	"too_large",
}

// reportNames are the templates that are not about one request (see digest.go); they are
// parsed and rendered like the others but kept out of Names.
var reportNames = []string{"digest", "digest_reply", "reconcile"}

// Request is what the templates know about a request.
//
// The JSON names are the field names; empty fields are left out (an outbox row holds its
// mail's Data as JSON until the mail is rendered).
type Request struct {
	Ref           string    `json:",omitempty"`
	Subject       string    `json:",omitempty"`
	Requester     string    `json:",omitempty"`
	RequesterName string    `json:",omitempty"`
	Category      string    `json:",omitempty"`
	Status        string    `json:",omitempty"`
	SupplierRef   string    `json:",omitempty"`
	Text          string    `json:",omitempty"`
	ExtraWork     bool      `json:",omitempty"`
	EstimateEUR   string    `json:",omitempty"` // formatted by the caller, e.g. "€ 150,00"; "" when unknown
	CreatedAt     time.Time `json:",omitzero"`
}

// Data is the input of every template; each template uses the fields it needs.
//
// Field use that is not obvious from the names:
//   - ack: Request.Status says what happens next ("awaiting_approval" names the
//     Approvers, "forwarded" says it went to the supplier, anything else: the SPOC looks at it).
//   - approval_request, reminder, clarification: Token goes into the subject tag
//     "[SPOC-0042 a:<token>]" and the last line "spocd-token: <token>";
//     MailtoApprove, MailtoReject and ApproveURL become links/buttons when set.
//   - clarification: Note is what was read, Reason why it is not a decision.
//   - escalation, supplier_reminder: Date is since when it waits / when it was forwarded
//     (escalation falls back to Request.CreatedAt).
//   - status: Status is the new state ("scheduled" uses Date); Note is the supplier's text.
//   - DecidedBy is also the actor in note_spoc (who wrote; default "the supplier"),
//     cancelled and status "cancelled" (who cancelled) and refused (whose mail).
//   - send_failed: Lines are the recipients, Note the subject of the failed mail,
//     Reason the server's answer.
//   - refused, triage, note_spoc: Lines is an optional list shown as bullets.
//   - too_large: Reason is the size and the limit, e.g. "30 MB, the limit is 25 MB".
//   - reconcile: Reason is the finding in a few words, Lines the details, Note a hint.
//   - refused, triage, reconcile: ReasonCode and ReasonArgs say Reason in the mail's
//     language ({{reason .}}, reasons.go); Reason is the English text, shown when there is
//     no code.
type Data struct {
	Org           string   `json:",omitempty"` // organisation name
	SPOCAddress   string   `json:",omitempty"`
	Request       Request  `json:",omitzero"`
	Approver      string   `json:",omitempty"` // the approver addressed
	ApproverName  string   `json:",omitempty"` // their name from [approval] approvers, if given
	Approvers     []string `json:",omitempty"`
	Token         string   `json:",omitempty"`
	ReplyTo       string   `json:",omitempty"` // plus address for the approval reply
	MailtoApprove string   `json:",omitempty"` // full mailto: URLs, built by the caller
	MailtoReject  string   `json:",omitempty"`
	ApproveURL    string   `json:",omitempty"` // optional one-click page
	WithdrawURL   string   `json:",omitempty"` // approval_receipt of a one-click decision: withdraw before Date
	Decision      string   `json:",omitempty"` // "approve" or "reject"
	DecidedBy     string   `json:",omitempty"`
	Remark        string   `json:",omitempty"`
	Reason        string   `json:",omitempty"` // why something was refused or failed
	ReasonCode    string   `json:",omitempty"` // the same as a code of reasons.go; mails say it with {{reason .}}
	ReasonArgs    []string `json:",omitempty"` // the arguments of ReasonCode
	Note          string   `json:",omitempty"` // free text: supplier note, follow-up, what was read
	Date          string   `json:",omitempty"` // scheduled date
	Status        string   `json:",omitempty"` // new status
	Quoted        string   `json:",omitempty"` // original text to quote
	Lines         []string `json:",omitempty"` // generic list, e.g. what was applied
	Digest        *Digest  `json:",omitempty"` // digest and digest_reply only (digest.go)
}

// Rendered is one rendered mail.
type Rendered struct{ Subject, Text, HTML string }

// ErrUnknownTemplate is returned by Render for a name not in Names.
var ErrUnknownTemplate = errors.New("unknown template")

type parsed struct {
	subject *texttemplate.Template
	text    *texttemplate.Template
	html    *htmltemplate.Template
}

// Set is the parsed templates of every language. It is safe for concurrent use.
type Set struct {
	t       map[string]map[string]parsed // lang -> name -> templates
	reports map[string]map[string]parsed // the same for reportNames
	// fallback holds the embedded templates that an override replaced (override.go).
	fallback map[string]map[string]parsed
	log      *slog.Logger
}

// Names returns the template names, in a fixed order.
func Names() []string { return slices.Clone(names) }

// Langs returns the languages, the default first.
func Langs() []string { return slices.Clone(langs) }

// New parses all embedded templates. It fails when a template is missing,
// does not parse, or when a file does not belong to a known template.
func New() (*Set, error) {
	return parseFS(files)
}

func parseFS(fsys fs.FS) (*Set, error) {
	s := &Set{t: map[string]map[string]parsed{}, reports: map[string]map[string]parsed{}}
	var errs []error
	for _, lang := range langs {
		if err := checkFiles(fsys, lang); err != nil {
			errs = append(errs, err)
		}
		s.t[lang] = map[string]parsed{}
		for _, name := range slices.Concat(names, reportNames) {
			p, err := parseOne(fsys, lang, name)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			if slices.Contains(reportNames, name) {
				if s.reports[lang] == nil {
					s.reports[lang] = map[string]parsed{}
				}
				s.reports[lang][name] = p
				continue
			}
			s.t[lang][name] = p
		}
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("templates: parse: %w", errors.Join(errs...))
	}
	return s, nil
}

// checkFiles refuses files that no template uses (a typo in a file name would
// otherwise go unnoticed while New reports the "missing" one).
func checkFiles(fsys fs.FS, lang string) error {
	entries, err := fs.ReadDir(fsys, lang)
	if err != nil {
		return fmt.Errorf("%s: %w", lang, err)
	}
	var errs []error
	for _, e := range entries {
		n := e.Name()
		if n == "_partials.txt.tmpl" || n == "_layout.html.tmpl" {
			continue
		}
		base := strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(n, ".subject.tmpl"), ".txt.tmpl"), ".html.tmpl")
		if base == n || (!slices.Contains(names, base) && !slices.Contains(reportNames, base)) {
			errs = append(errs, fmt.Errorf("%s/%s: not a known template", lang, n))
		}
	}
	return errors.Join(errs...)
}

func parseOne(fsys fs.FS, lang, name string) (parsed, error) {
	f := funcs(lang)
	var p parsed
	subj := path.Join(lang, name+".subject.tmpl")
	b, err := fs.ReadFile(fsys, subj)
	if err != nil {
		return p, fmt.Errorf("%s: %w", subj, err)
	}
	p.subject, err = texttemplate.New(name + ".subject.tmpl").Funcs(f).Option("missingkey=error").Parse(string(b))
	if err != nil {
		return p, fmt.Errorf("%s: %w", subj, err)
	}

	txt := path.Join(lang, name+".txt.tmpl")
	p.text, err = texttemplate.New("").Funcs(f).Option("missingkey=error").
		ParseFS(fsys, path.Join(lang, "_partials.txt.tmpl"), txt)
	if err != nil {
		return p, fmt.Errorf("%s: %w", txt, err)
	}

	html := path.Join(lang, name+".html.tmpl")
	p.html, err = htmltemplate.New("").Funcs(htmltemplate.FuncMap(f)).Funcs(htmlFuncs).Option("missingkey=error").
		ParseFS(fsys, "base.html.tmpl", path.Join(lang, "_layout.html.tmpl"), html)
	if err != nil {
		return p, fmt.Errorf("%s: %w", html, err)
	}
	if p.html.Lookup("content") == nil {
		return p, fmt.Errorf("%s: no \"content\" block", html)
	}
	return p, nil
}

// Render renders template name in lang (an unknown or empty lang falls back to
// Dutch; "en-GB" counts as "en").
func (s *Set) Render(lang, name string, d Data) (Rendered, error) {
	lang = normLang(lang)
	p, ok := s.t[lang][name]
	if !ok {
		p, ok = s.reports[lang][name]
	}
	if !ok {
		return Rendered{}, fmt.Errorf("templates: render %q: %w", name, ErrUnknownTemplate)
	}
	r, err := render(p, lang, name, d)
	if fb, ok := s.fallback[lang][name]; ok && err != nil {
		// A broken override never stops mail: use the embedded template (override.go).
		s.log.Warn("template override failed, using the built-in template", "lang", lang, "template", name, "err", err)
		return render(fb, lang, name, d)
	}
	return r, err
}

func render(p parsed, lang, name string, d Data) (Rendered, error) {
	var r Rendered
	var buf bytes.Buffer
	if err := p.subject.Execute(&buf, d); err != nil {
		return r, fmt.Errorf("templates: render %s/%s subject: %w", lang, name, err)
	}
	r.Subject = strings.Join(strings.Fields(buf.String()), " ")

	buf.Reset()
	if err := p.text.ExecuteTemplate(&buf, name+".txt.tmpl", d); err != nil {
		return r, fmt.Errorf("templates: render %s/%s text: %w", lang, name, err)
	}
	r.Text = tidyText(buf.String())

	buf.Reset()
	if err := p.html.ExecuteTemplate(&buf, "base", page{Lang: lang, Name: name, Subject: r.Subject, Data: d}); err != nil {
		return r, fmt.Errorf("templates: render %s/%s html: %w", lang, name, err)
	}
	r.HTML = buf.String()
	return r, nil
}

// page is the dot of the HTML layout; the content block gets .Data.
type page struct {
	Lang, Name, Subject string
	Data                Data
}

func normLang(lang string) string {
	lang = strings.ToLower(strings.TrimSpace(lang))
	if i := strings.IndexAny(lang, "-_"); i >= 0 {
		lang = lang[:i]
	}
	if slices.Contains(langs, lang) {
		return lang
	}
	return DefaultLang
}

// tidyText trims trailing spaces, collapses runs of blank lines (templates
// with optional parts leave them) and ends the text with one newline.
func tidyText(s string) string {
	lines := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	out := make([]string, 0, len(lines))
	blank := true // drop leading blank lines
	for _, l := range lines {
		l = strings.TrimRight(l, " \t")
		if l == "" {
			if blank {
				continue
			}
			blank = true
		} else {
			blank = false
		}
		out = append(out, l)
	}
	return strings.TrimRight(strings.Join(out, "\n"), "\n") + "\n"
}
