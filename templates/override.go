package templates

import (
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Problem is a broken override file: the embedded template is used instead.
type Problem struct {
	File string // relative to the override directory, e.g. "nl/ack.txt.tmpl"
	Line int    // 0 when unknown
	Err  error
}

func (p Problem) String() string {
	if p.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", p.File, p.Line, p.Err)
	}
	return fmt.Sprintf("%s: %v", p.File, p.Err)
}

// overlayFS reads a file from the override directory when it is there, else from the
// embedded files.
type overlayFS struct {
	dir  fs.FS
	base fs.FS
}

func (o overlayFS) Open(name string) (fs.File, error) {
	if f, err := o.dir.Open(name); err == nil {
		return f, nil
	}
	return o.base.Open(name)
}

// ReadDir lists the embedded directory: override files count only under known names.
func (o overlayFS) ReadDir(name string) ([]fs.DirEntry, error) { return fs.ReadDir(o.base, name) }

// templateFiles lists the files template name in lang is made of (the shared ones too).
func templateFiles(lang, name string) []string {
	return []string{
		path.Join(lang, name+".subject.tmpl"), path.Join(lang, name+".txt.tmpl"), path.Join(lang, name+".html.tmpl"),
		path.Join(lang, "_partials.txt.tmpl"), path.Join(lang, "_layout.html.tmpl"), "base.html.tmpl",
	}
}

// NewWithOverrides parses the embedded templates and then the files in dir that replace
// some of them (same names: nl/ack.txt.tmpl, en/_layout.html.tmpl, base.html.tmpl, ...).
// A template whose override files parse and render the sample data replaces the embedded
// one; a broken one is reported as a Problem (with file and line) and the embedded template
// stays in use, so a mistake in an override never stops mail. An empty dir is New. log (may
// be nil) is told when a render falls back to the embedded template later.
func NewWithOverrides(dir string, log *slog.Logger) (*Set, []Problem, error) {
	s, err := New()
	if err != nil || dir == "" {
		return s, nil, err
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	s.log = log
	st, err := os.Stat(dir)
	if err != nil || !st.IsDir() {
		return s, []Problem{{File: dir, Err: errors.New("not a readable directory")}}, nil
	}
	dfs := os.DirFS(dir)
	present, problems := overrideFiles(dfs)
	if len(present) == 0 {
		return s, problems, nil
	}
	ofs := overlayFS{dir: dfs, base: files}
	bad := map[string]bool{}
	report := func(err error, candidates []string) {
		p := problemOf(err, candidates, present)
		if !bad[p.String()] {
			bad[p.String()] = true
			problems = append(problems, p)
		}
	}
	s.fallback = map[string]map[string]parsed{}
	for _, lang := range langs {
		s.fallback[lang] = map[string]parsed{}
		for _, name := range slices.Concat(names, reportNames) {
			fl := templateFiles(lang, name)
			if !slices.ContainsFunc(fl, func(f string) bool { return present[f] }) {
				continue
			}
			p, err := parseOne(ofs, lang, name)
			if err == nil {
				err = trialRender(p, lang, name)
			}
			if err != nil {
				report(err, fl)
				continue
			}
			m := s.t
			if slices.Contains(reportNames, name) {
				m = s.reports
			}
			s.fallback[lang][name] = m[lang][name]
			m[lang][name] = p
		}
	}
	sort.Slice(problems, func(i, j int) bool { return problems[i].String() < problems[j].String() })
	return s, problems, nil
}

// overrideFiles lists the template files in the override directory; files that are not
// template files are problems.
func overrideFiles(dfs fs.FS) (map[string]bool, []Problem) {
	present := map[string]bool{}
	var problems []Problem
	_ = fs.WalkDir(dfs, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			problems = append(problems, Problem{File: p, Err: err})
			return nil
		}
		if d.IsDir() || strings.HasPrefix(d.Name(), ".") {
			return nil
		}
		if _, err := fs.Stat(files, p); err != nil || !strings.HasSuffix(p, ".tmpl") {
			if strings.HasSuffix(p, ".tmpl") {
				problems = append(problems, Problem{File: p, Err: errors.New("not a template spocd knows: it is ignored (see 'spocd templates preview' for the names)")})
			}
			return nil
		}
		present[p] = true
		return nil
	})
	return present, problems
}

var tmplErrRE = regexp.MustCompile(`template: (?:[^:]*/)?([A-Za-z0-9_.\-]+\.tmpl):(\d+)`)

// problemOf finds the file and line an error of text/template or html/template points at.
func problemOf(err error, candidates []string, present map[string]bool) Problem {
	msg := err.Error()
	if loc := tmplErrRE.FindStringSubmatchIndex(msg); loc != nil {
		base := msg[loc[2]:loc[3]]
		line, _ := strconv.Atoi(msg[loc[4]:loc[5]])
		rest := strings.TrimLeft(msg[loc[1]:], ":0123456789 ")
		for _, c := range candidates {
			if path.Base(c) == base {
				return Problem{File: c, Line: line, Err: errors.New(rest)}
			}
		}
	}
	for _, c := range candidates {
		if present[c] && strings.Contains(msg, c) {
			return Problem{File: c, Err: errors.New(cleanErr(msg))}
		}
	}
	var overridden []string
	for _, c := range candidates {
		if present[c] {
			overridden = append(overridden, c)
		}
	}
	return Problem{File: strings.Join(overridden, ", "), Err: errors.New(cleanErr(msg))}
}

// cleanErr drops the prefixes that repeat the file name.
func cleanErr(s string) string {
	if i := strings.LastIndex(s, ": template: "); i >= 0 {
		s = s[i+2:]
	}
	return s
}

func trialRender(p parsed, lang, name string) error {
	s := &Set{t: map[string]map[string]parsed{lang: {name: p}}}
	_, err := s.Render(lang, name, SampleData(lang, name))
	return err
}

// SampleData is example input for template name in lang: what 'spocd templates preview'
// renders and what an override must render without error.
func SampleData(lang, name string) Data {
	nlang := normLang(lang)
	created := time.Date(2026, 11, 23, 9, 5, 0, 0, time.UTC)
	d := Data{
		Org:         "Gemeente Voorbeeld",
		SPOCAddress: "spoc@gemeente-voorbeeld.nl",
		Request: Request{Ref: "SPOC-0042", Subject: "Extra koffie en lunch voor de raadsvergadering", Requester: "jan@gemeente-voorbeeld.nl",
			RequesterName: "Jan de Vries", Category: "catering", Status: "awaiting_approval", SupplierRef: "SSC#48213",
			Text: "Graag koffie, thee en broodjes voor 40 personen,\ndonderdag 12:00 in de raadzaal.", ExtraWork: true,
			EstimateEUR: "€ 480,00", CreatedAt: created},
		Approver:      "rianne@gemeente-voorbeeld.nl",
		ApproverName:  "Rianne Visser",
		Approvers:     []string{"Rianne Visser", "karel@gemeente-voorbeeld.nl"},
		Token:         "zpyc4qtocvgufjczj22oige6bq",
		ReplyTo:       "spoc+zpyc4qtocvgufjczj22oige6bq@gemeente-voorbeeld.nl",
		MailtoApprove: "mailto:spoc+zpyc4qtocvgufjczj22oige6bq@gemeente-voorbeeld.nl?subject=Re%3A%20%5BSPOC-0042%5D&body=akkoord",
		MailtoReject:  "mailto:spoc+zpyc4qtocvgufjczj22oige6bq@gemeente-voorbeeld.nl?subject=Re%3A%20%5BSPOC-0042%5D&body=niet%20akkoord",
		ApproveURL:    "https://spoc.gemeente-voorbeeld.nl/a/zpyc4qtocvgufjczj22oige6bq",
		Decision:      "approve",
		DecidedBy:     "Rianne Visser",
		Remark:        "graag voor donderdag",
		Reason:        "550 5.1.1 mailbox unknown",
		Note:          "Wij plannen dit in voor donderdag.",
		Date:          FormatDate(nlang, created.AddDate(0, 0, 3)),
		Status:        "scheduled",
		Lines:         []string{"SPOC-0041 gereed", "SPOC-0043 ingepland 2026-12-03"},
	}
	switch name {
	case "ack":
		d.Request.Status = "awaiting_approval"
	case "approval_receipt":
		d.WithdrawURL = "https://spoc.gemeente-voorbeeld.nl/w/b6hkdsl2xq3ma7ypfzr4wuvcte"
		d.Date = FormatDateTime(nlang, created.Add(15*time.Minute))
	case "digest", "digest_reply":
		d.Digest = sampleDigest()
	case "refused":
		d.ReasonCode, d.ReasonArgs = "token-other-sender", []string{"rianne@gemeente-voorbeeld.nl", "piet@gemeente-voorbeeld.nl"}
	case "triage":
		d.ReasonCode, d.ReasonArgs = "unclear-answer", []string{"rianne@gemeente-voorbeeld.nl", "conditional"}
	}
	if d.ReasonCode != "" {
		d.Reason = ReasonText("en", d.ReasonCode, d.ReasonArgs...)
	}
	return d
}

func sampleDigest() *Digest {
	return &Digest{Week: "2026-W48", WeekNum: 48, Period: "23–29 november 2026", AsOf: "30 november 2026, 08:00", RefPrefix: "SPOC",
		Counts: []DigestCount{{"received", 0}, {"awaiting_approval", 1}, {"forwarded", 2}, {"scheduled", 1}, {"done", 3}}, Total: 7,
		New:       []DigestItem{{Ref: "SPOC-0042", Subject: "Extra koffie en lunch", Requester: "jan@gemeente-voorbeeld.nl", Estimate: "€ 480,00"}},
		Completed: []DigestItem{{Ref: "SPOC-0039", Subject: "Printer 2e verdieping", SupplierRef: "SSC#48190"}},
		Waiting:   []DigestItem{{Ref: "SPOC-0042", Subject: "Extra koffie en lunch", Since: "23 november", Age: "3 dagen", Approvers: []string{"Rianne Visser"}}},
		Agenda:    []DigestItem{{Ref: "SPOC-0040", Subject: "Verhuizing kamer 2.14", Kind: "overdue", SupplierRef: "SSC#48201"}},
		CostWeek:  "€ 480,00", CostMonth: "€ 1.250,00", CostYear: "€ 9.870,00", Month: "november", Year: 2026,
		MedianLead: "2 dagen", LeadCount: 3, ResponseTime: "72 uur",
		Trend:   []DigestWeek{{Week: "W47", In: 5, Done: 4, Cost: "€ 770,00"}, {Week: "W48", In: 3, Done: 3, Cost: "€ 480,00"}},
		Applied: []string{"SPOC-0039 gereed"}, NotApplied: []string{"SPOC-0099 gereed — onbekende referentie"}}
}
