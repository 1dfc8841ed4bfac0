package templates

import (
	"errors"
	"flag"
	"html"
	htmltemplate "html/template"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

var dumpDir = flag.String("dump", "", "write every rendered template to this directory")

func sample() Data {
	return Data{
		Org:         "Gemeente Voorbeeld",
		SPOCAddress: "spoc@gemeente-voorbeeld.nl",
		Request: Request{
			Ref:           "SPOC-0042",
			Subject:       "Extra werkplek kamer 2.14",
			Requester:     "jan@gemeente-voorbeeld.nl",
			RequesterName: "Jan de Vries",
			Category:      "facilitair",
			Status:        "awaiting_approval",
			SupplierRef:   "INC-778812",
			Text:          "Graag een extra bureau en stoel.\nLiefst voor 1 maart.",
			ExtraWork:     true,
			EstimateEUR:   "€ 150,00",
			CreatedAt:     time.Date(2026, 2, 16, 9, 5, 0, 0, time.UTC),
		},
		Approver:      "Petra Jansen",
		Approvers:     []string{"Petra Jansen", "Karel Smit"},
		Token:         "abcdefghijklmnopqrstuvwxyz",
		ReplyTo:       "spoc+abcdefghijklmnopqrstuvwxyz@gemeente-voorbeeld.nl",
		MailtoApprove: "mailto:spoc+abcdefghijklmnopqrstuvwxyz@gemeente-voorbeeld.nl?subject=Re%3A%20%5BSPOC-0042%5D&body=akkoord",
		MailtoReject:  "mailto:spoc+abcdefghijklmnopqrstuvwxyz@gemeente-voorbeeld.nl?subject=Re%3A%20%5BSPOC-0042%5D&body=niet%20akkoord%20",
		ApproveURL:    "https://spoc.gemeente-voorbeeld.nl/a/abcdefghijklmnopqrstuvwxyz",
		Decision:      "approve",
		DecidedBy:     "Petra Jansen",
		Remark:        "prima, binnen budget",
		Reason:        "550 5.1.1 mailbox unknown",
		Note:          "Wij plannen dit in week 10.",
		Date:          "3 maart 2026",
		Status:        "scheduled",
		Quoted:        "oude tekst",
		Lines:         []string{"regel een", "regel twee"},
	}
}

// facts lists, per template, what the rendered text and HTML must contain
// (besides the reference, which every template must show).
var facts = map[string][]string{
	"ack":               {"Extra werkplek kamer 2.14", "€ 150,00"},
	"forward":           {"Extra werkplek kamer 2.14", "INC-778812", "jan@gemeente-voorbeeld.nl", "facilitair", "€ 150,00", "Petra Jansen", "prima, binnen budget", "Graag een extra bureau en stoel."},
	"approval_request":  {"Extra werkplek kamer 2.14", "Jan de Vries", "€ 150,00", "facilitair", "Graag een extra bureau en stoel.", "akkoord", "niet akkoord", "spocd-token: abcdefghijklmnopqrstuvwxyz", "https://spoc.gemeente-voorbeeld.nl/a/abcdefghijklmnopqrstuvwxyz"},
	"approval_receipt":  {"prima, binnen budget"},
	"clarification":     {"Wij plannen dit in week 10.", "550 5.1.1 mailbox unknown", "akkoord", "niet akkoord"},
	"reminder":          {"Extra werkplek kamer 2.14", "spocd-token: abcdefghijklmnopqrstuvwxyz"},
	"escalation":        {"Petra Jansen", "Karel Smit", "3 maart 2026"},
	"rejected":          {"Petra Jansen", "prima, binnen budget"},
	"approved":          {"Petra Jansen", "prima, binnen budget"},
	"status":            {"3 maart 2026", "Wij plannen dit in week 10."},
	"note_spoc":         {"Wij plannen dit in week 10.", "Petra Jansen", "regel een"},
	"followup":          {"Wij plannen dit in week 10.", "INC-778812"},
	"cancelled":         {"Petra Jansen", "INC-778812"},
	"refused":           {"550 5.1.1 mailbox unknown", "Petra Jansen", "Wij plannen dit in week 10.", "regel twee"},
	"triage":            {"550 5.1.1 mailbox unknown", "Wij plannen dit in week 10.", "regel een"},
	"send_failed":       {"550 5.1.1 mailbox unknown", "regel een"},
	"supplier_reminder": {"INC-778812", "3 maart 2026", "Extra werkplek kamer 2.14"},
	"too_large":         {"550 5.1.1 mailbox unknown", "Extra werkplek kamer 2.14"},
}

// tokenTemplates carry the approval token in the subject tag and footer.
var tokenTemplates = map[string]bool{"approval_request": true, "reminder": true, "clarification": true}

var mailtoTemplates = map[string]bool{"approval_request": true, "reminder": true, "clarification": true}

func TestNewParsesEverything(t *testing.T) {
	s, err := New()
	if err != nil {
		t.Fatalf("New() error = %v", err)
	}
	for _, lang := range Langs() {
		if got := len(s.t[lang]); got != len(Names()) {
			t.Errorf("lang %s: %d templates, want %d", lang, got, len(Names()))
		}
	}
}

func TestRenderAll(t *testing.T) {
	s, err := New()
	if err != nil {
		t.Fatalf("New() error = %v", err)
	}
	d := sample()
	for _, lang := range Langs() {
		for _, name := range Names() {
			t.Run(lang+"/"+name, func(t *testing.T) {
				r, err := s.Render(lang, name, d)
				if err != nil {
					t.Fatalf("Render() error = %v", err)
				}
				if *dumpDir != "" {
					dump(t, lang, name, r)
				}
				if r.Subject == "" || r.Text == "" || r.HTML == "" {
					t.Fatalf("Render() left a part empty: %+v", r)
				}
				if strings.ContainsAny(r.Subject, "\r\n") {
					t.Errorf("Subject contains a line break: %q", r.Subject)
				}
				if !strings.Contains(r.Subject, "[SPOC-0042") {
					t.Errorf("Subject = %q, want the reference tag", r.Subject)
				}
				htmlText := html.UnescapeString(r.HTML)
				for _, want := range append([]string{"SPOC-0042"}, facts[name]...) {
					if !strings.Contains(r.Text, want) {
						t.Errorf("Text lacks %q:\n%s", want, r.Text)
					}
					if !strings.Contains(htmlText, want) {
						t.Errorf("HTML lacks %q", want)
					}
				}
				if tokenTemplates[name] {
					tag := "[SPOC-0042 a:abcdefghijklmnopqrstuvwxyz]"
					if !strings.HasPrefix(r.Subject, tag) {
						t.Errorf("Subject = %q, want prefix %q", r.Subject, tag)
					}
					lines := strings.Split(strings.TrimSpace(r.Text), "\n")
					if last := lines[len(lines)-1]; last != "spocd-token: abcdefghijklmnopqrstuvwxyz" {
						t.Errorf("last text line = %q, want the token footer", last)
					}
				}
				if mailtoTemplates[name] {
					for _, u := range []string{d.MailtoApprove, d.MailtoReject} {
						if !strings.Contains(r.Text, u) {
							t.Errorf("Text lacks mailto link %q", u)
						}
						if !strings.Contains(htmlText, `href="`+u+`"`) {
							t.Errorf("HTML lacks href for %q", u)
						}
					}
				}
				if !strings.HasPrefix(r.HTML, "<!DOCTYPE html>") || !strings.Contains(r.HTML, `<html lang="`+lang+`">`) {
					t.Errorf("HTML does not use the layout: %.80q", r.HTML)
				}
				for _, bad := range []string{"<script", "<img", "<link", "http://", "<no value>"} {
					if strings.Contains(r.HTML, bad) || strings.Contains(r.Text, bad) {
						t.Errorf("output contains %q", bad)
					}
				}
				if strings.Contains(r.Text, "\n\n\n") {
					t.Errorf("Text has runs of blank lines")
				}
			})
		}
	}
}

func TestRenderEmptyData(t *testing.T) {
	// Optional fields left empty must not break rendering or leave artefacts.
	s, err := New()
	if err != nil {
		t.Fatal(err)
	}
	d := Data{Org: "Org", SPOCAddress: "spoc@org.example", Request: Request{Ref: "SPOC-0001", Subject: "x", Requester: "a@org.example"}}
	for _, lang := range Langs() {
		for _, name := range Names() {
			r, err := s.Render(lang, name, d)
			if err != nil {
				t.Errorf("Render(%s, %s, minimal) error = %v", lang, name, err)
				continue
			}
			for _, bad := range []string{"<no value>", "a:]", "spocd-token:", "()", "[]"} {
				if strings.Contains(r.Subject+r.Text+r.HTML, bad) {
					t.Errorf("Render(%s, %s, minimal) contains %q:\n%s\n%s", lang, name, bad, r.Subject, r.Text)
				}
			}
		}
	}
}

func TestRenderEscapesHTML(t *testing.T) {
	s, err := New()
	if err != nil {
		t.Fatal(err)
	}
	d := sample()
	d.Request.Subject = `<script>alert("x")</script>`
	d.Request.RequesterName = `<b onmouseover="x">Eve</b>`
	d.Request.Text = "<img src=x onerror=alert(1)>\nline two"
	d.Note = "<iframe src=evil>"
	d.Remark = `"><script>`
	d.MailtoApprove = "javascript:alert(1)"
	d.ApproveURL = "javascript:alert(2)"
	for _, lang := range Langs() {
		for _, name := range Names() {
			r, err := s.Render(lang, name, d)
			if err != nil {
				t.Fatalf("Render(%s, %s) error = %v", lang, name, err)
			}
			for _, bad := range []string{"<script", "<img", "<iframe", "<b onmouseover", "javascript:"} {
				if strings.Contains(r.HTML, bad) {
					t.Errorf("Render(%s, %s) HTML contains unescaped %q", lang, name, bad)
				}
			}
			if name == "ack" && !strings.Contains(r.HTML, "&lt;script&gt;") {
				t.Errorf("Render(%s, ack) HTML lacks the escaped subject", lang)
			}
			// The plain text shows what was written, unchanged.
			if name == "ack" && !strings.Contains(r.Text, `<script>alert("x")</script>`) {
				t.Errorf("Render(%s, ack) text altered the subject:\n%s", lang, r.Text)
			}
		}
	}
}

func TestRenderLanguages(t *testing.T) {
	s, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ lang, want string }{
		{"nl", "Met vriendelijke groet"},
		{"", "Met vriendelijke groet"},
		{"fr", "Met vriendelijke groet"},
		{"en", "Kind regards"},
		{"EN-gb", "Kind regards"},
		{"nl_NL", "Met vriendelijke groet"},
	}
	for _, tt := range tests {
		r, err := s.Render(tt.lang, "ack", sample())
		if err != nil {
			t.Fatalf("Render(%q) error = %v", tt.lang, err)
		}
		if !strings.Contains(r.Text, tt.want) {
			t.Errorf("Render(%q) text lacks %q", tt.lang, tt.want)
		}
	}
	if _, err := s.Render("nl", "nope", sample()); !errors.Is(err, ErrUnknownTemplate) {
		t.Errorf("Render(unknown) error = %v, want ErrUnknownTemplate", err)
	}
}

func TestRenderStatusVariants(t *testing.T) {
	s, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		lang, status, wantSubject, wantText string
	}{
		{"nl", "scheduled", "[SPOC-0042] Ingepland: ", "ingepland op 3 maart 2026"},
		{"nl", "done", "[SPOC-0042] Gereed: ", "is afgerond"},
		{"nl", "cancelled", "[SPOC-0042] Geannuleerd: ", "is geannuleerd"},
		{"en", "scheduled", "[SPOC-0042] Scheduled: ", "scheduled your request SPOC-0042 for 3 maart 2026"},
		{"en", "done", "[SPOC-0042] Done: ", "is done"},
	}
	for _, tt := range tests {
		d := sample()
		d.Status = tt.status
		r, err := s.Render(tt.lang, "status", d)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(r.Subject, tt.wantSubject) {
			t.Errorf("%s/%s: Subject = %q, want prefix %q", tt.lang, tt.status, r.Subject, tt.wantSubject)
		}
		if !strings.Contains(r.Text, tt.wantText) {
			t.Errorf("%s/%s: Text lacks %q:\n%s", tt.lang, tt.status, tt.wantText, r.Text)
		}
	}
}

func TestRenderAckNextStep(t *testing.T) {
	s, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for status, want := range map[string]string{
		"awaiting_approval": "akkoord nodig van Petra Jansen, Karel Smit",
		"forwarded":         "doorgestuurd naar de leverancier",
		"received":          "De SPOC bekijkt je verzoek",
	} {
		d := sample()
		d.Request.Status = status
		r, err := s.Render("nl", "ack", d)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(r.Text, want) {
			t.Errorf("ack with status %s lacks %q:\n%s", status, want, r.Text)
		}
		if !strings.Contains(r.Text, `"annuleren"`) {
			t.Errorf("ack lacks the cancel instruction")
		}
	}
}

func TestNewFailsOnBrokenOrMissing(t *testing.T) {
	good := fstest.MapFS{}
	err := fsWalk(good)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := parseFS(good); err != nil {
		t.Fatalf("parseFS(copy of embedded) error = %v", err)
	}

	missing := clone(good)
	delete(missing, "en/ack.html.tmpl")
	if _, err := parseFS(missing); err == nil || !strings.Contains(err.Error(), "en/ack.html.tmpl") {
		t.Errorf("parseFS(missing file) error = %v, want it to name en/ack.html.tmpl", err)
	}

	broken := clone(good)
	broken["nl/status.txt.tmpl"] = &fstest.MapFile{Data: []byte("{{if .Status}")}
	if _, err := parseFS(broken); err == nil || !strings.Contains(err.Error(), "nl/status.txt.tmpl") {
		t.Errorf("parseFS(broken file) error = %v, want it to name nl/status.txt.tmpl", err)
	}

	unknownField := clone(good)
	unknownField["nl/ack.subject.tmpl"] = &fstest.MapFile{Data: []byte("{{.Nope}}")}
	if _, err := parseFS(unknownField); err != nil {
		// text/template only finds unknown fields at execution; Render must report it.
		t.Fatalf("parseFS error = %v", err)
	}
	s, _ := parseFS(unknownField)
	if _, err := s.Render("nl", "ack", sample()); err == nil {
		t.Errorf("Render with unknown field: no error")
	}

	stray := clone(good)
	stray["nl/ackk.txt.tmpl"] = &fstest.MapFile{Data: []byte("typo")}
	if _, err := parseFS(stray); err == nil || !strings.Contains(err.Error(), "ackk") {
		t.Errorf("parseFS(stray file) error = %v, want it to name the stray file", err)
	}

	noContent := clone(good)
	noContent["en/ack.html.tmpl"] = &fstest.MapFile{Data: []byte("<p>no block</p>")}
	if _, err := parseFS(noContent); err == nil {
		t.Errorf("parseFS(html without content block): no error")
	}
}

func TestTidyText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"\n\na\n\n\n\nb  \n\n", "a\n\nb\n"},
		{"a\r\nb", "a\nb\n"},
		{"", "\n"},
	}
	for _, tt := range tests {
		if got := tidyText(tt.in); got != tt.want {
			t.Errorf("tidyText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFuncs(t *testing.T) {
	nl, en := funcs("nl"), funcs("en")
	ts := time.Date(2026, 3, 1, 14, 7, 0, 0, time.UTC)
	if got := nl["datetime"].(func(time.Time) string)(ts); got != "1 maart 2026, 14:07" {
		t.Errorf("nl datetime = %q", got)
	}
	if got := en["datetime"].(func(time.Time) string)(ts); got != "1 March 2026, 14:07" {
		t.Errorf("en datetime = %q", got)
	}
	if got := nl["quote"].(func(string) string)("a\nb\n"); got != "> a\n> b" {
		t.Errorf("quote = %q", got)
	}
	if got := nl["ucfirst"].(func(string) string)("één"); got != "Één" {
		t.Errorf("ucfirst = %q", got)
	}
	if got := nl["statusLabel"].(func(string) string)("weird"); got != "weird" {
		t.Errorf("statusLabel(unknown) = %q", got)
	}
	if got := htmlFuncs["nl2br"].(func(string) htmltemplate.HTML)("<a>\nb"); string(got) != "&lt;a&gt;<br>\nb" {
		t.Errorf("nl2br = %q", got)
	}
}

func fsWalk(dst fstest.MapFS) error {
	var paths []string
	for _, dir := range []string{".", "nl", "en"} {
		entries, err := files.ReadDir(dir)
		if err != nil {
			return err
		}
		for _, e := range entries {
			if !e.IsDir() {
				paths = append(paths, filepath.ToSlash(filepath.Join(dir, e.Name())))
			}
		}
	}
	for _, p := range paths {
		b, err := files.ReadFile(p)
		if err != nil {
			return err
		}
		dst[p] = &fstest.MapFile{Data: b}
	}
	return nil
}

func clone(m fstest.MapFS) fstest.MapFS {
	out := fstest.MapFS{}
	for k, v := range m {
		out[k] = v
	}
	return out
}

var slug = regexp.MustCompile(`[^a-z_]+`)

func dump(t *testing.T, lang, name string, r Rendered) {
	t.Helper()
	base := filepath.Join(*dumpDir, lang+"_"+slug.ReplaceAllString(name, ""))
	if err := os.MkdirAll(*dumpDir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(base+".txt", []byte("Subject: "+r.Subject+"\n\n"+r.Text), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(base+".html", []byte(r.HTML), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestRenderQuoted(t *testing.T) {
	s, err := New()
	if err != nil {
		t.Fatal(err)
	}
	d := sample()
	d.Quoted = "originele regel\n<b>vet</b>"
	for _, lang := range Langs() {
		for _, name := range Names() {
			r, err := s.Render(lang, name, d)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(r.Text, "> originele regel\n> <b>vet</b>") {
				t.Errorf("%s/%s: text lacks the quoted original:\n%s", lang, name, r.Text)
			}
			if !strings.Contains(r.HTML, "originele regel<br>\n&lt;b&gt;vet&lt;/b&gt;") {
				t.Errorf("%s/%s: HTML lacks the escaped quoted original", lang, name)
			}
		}
	}
}

// The clarification mail says why in words, not in the reader's reason code; a reason
// without a label is shown as it is.
func TestClarificationReasonInWords(t *testing.T) {
	s, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ lang, reason, want string }{
		{"nl", "conditional", "voorwaarde"},
		{"en", "conditional", "condition"},
		{"nl", "question", "een vraag"},
		{"en", "mixed", "does not fit"},
		{"nl", "other-request", "ander verzoek"},
		{"nl", "token expired", "token expired"},
	} {
		d := sample()
		d.Reason = tt.reason
		r, err := s.Render(tt.lang, "clarification", d)
		if err != nil {
			t.Fatal(err)
		}
		for _, part := range []string{r.Text, r.HTML} {
			if !strings.Contains(part, tt.want) {
				t.Errorf("%s clarification with reason %q lacks %q", tt.lang, tt.reason, tt.want)
			}
			if tt.reason != tt.want && strings.Contains(part, ": "+tt.reason) {
				t.Errorf("%s clarification shows the code %q", tt.lang, tt.reason)
			}
		}
	}
}
