package templates

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeOverrides(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestOverrides(t *testing.T) {
	dir := writeOverrides(t, map[string]string{
		"nl/ack.txt.tmpl":              "Beste collega,\n\nWe hebben je verzoek {{.Request.Ref}} ontvangen. Groet van het facilitair team.\n",
		"nl/approval_request.txt.tmpl": "Hallo,\n\nline two\n{{.Request.Ref\n",
		"en/rejected.subject.tmpl":     "[{{.Request.Ref}}] {{.Nope}}",
		"nl/ack.text.tmpl":             "typo in the name",
		"nl/escalation.txt.tmpl":       "{{template \"greeting\" .Approver}}\nLet op: {{index .Approvers 1}} wacht.\n",
		"README.txt":                   "not a template",
	})
	s, problems, err := NewWithOverrides(dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		file string
		line int
		text string
	}{
		{"en/rejected.subject.tmpl", 1, "Nope"},
		{"nl/ack.text.tmpl", 0, "not a template spocd knows"},
		{"nl/approval_request.txt.tmpl", 5, "unclosed action started at approval_request.txt.tmpl:4"},
	}
	if len(problems) != len(want) {
		t.Fatalf("problems = %v, want %d", problems, len(want))
	}
	for i, w := range want {
		p := problems[i]
		if p.File != w.file || p.Line != w.line || !strings.Contains(p.Err.Error(), w.text) {
			t.Errorf("problem %d = %q (file %s line %d), want %s:%d with %q", i, p.String(), p.File, p.Line, w.file, w.line, w.text)
		}
	}
	d := SampleData("nl", "ack")
	r, err := s.Render("nl", "ack", d)
	if err != nil || !strings.Contains(r.Text, "Groet van het facilitair team") {
		t.Fatalf("nl ack override not used: %v\n%s", err, r.Text)
	}
	if r, err := s.Render("en", "ack", d); err != nil || strings.Contains(r.Text, "facilitair team") {
		t.Fatalf("en ack changed by the nl override: %v", err)
	}
	// Broken overrides: the embedded template renders.
	r, err = s.Render("nl", "approval_request", SampleData("nl", "approval_request"))
	if err != nil || !strings.Contains(r.Text, "spocd-token: ") {
		t.Fatalf("broken override: embedded approval_request not used: %v\n%s", err, r.Text)
	}
	if r, err := s.Render("en", "rejected", SampleData("en", "rejected")); err != nil || strings.Contains(r.Subject, "no value") {
		t.Fatalf("broken subject override: %v %q", err, r.Subject)
	}
	// An override that renders the sample but fails on real data falls back at render time.
	r, err = s.Render("nl", "escalation", SampleData("nl", "escalation"))
	if err != nil || !strings.Contains(r.Text, "Let op:") {
		t.Fatalf("escalation override not used: %v\n%s", err, r.Text)
	}
	d = SampleData("nl", "escalation")
	d.Approvers = nil
	r, err = s.Render("nl", "escalation", d)
	if err != nil || strings.Contains(r.Text, "Let op:") {
		t.Fatalf("failing override did not fall back: %v\n%s", err, r.Text)
	}
}

func TestOverridesEmptyAndMissingDir(t *testing.T) {
	if s, p, err := NewWithOverrides("", nil); err != nil || s == nil || len(p) != 0 {
		t.Fatalf("no dir: %v %v", p, err)
	}
	s, p, err := NewWithOverrides(filepath.Join(t.TempDir(), "missing"), nil)
	if err != nil || s == nil || len(p) != 1 {
		t.Fatalf("missing dir: %v %v", p, err)
	}
	if _, err := s.Render("nl", "ack", SampleData("nl", "ack")); err != nil {
		t.Fatal(err)
	}
}

func TestSampleDataRendersEverything(t *testing.T) {
	s, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range Langs() {
		for _, name := range append(Names(), ReportNames()...) {
			r, err := s.Render(lang, name, SampleData(lang, name))
			if err != nil || r.Subject == "" || r.Text == "" || r.HTML == "" {
				t.Errorf("%s/%s: %v", lang, name, err)
			}
		}
	}
}
