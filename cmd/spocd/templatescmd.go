package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"html"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/BurntSushi/toml"

	"github.com/spocd/spocd/config"
	"github.com/spocd/spocd/mail/compose"
	"github.com/spocd/spocd/templates"
)

// cmdTemplates is 'spocd templates preview [--out DIR] [--dir OVERRIDES]'.
func (a *app) cmdTemplates(ctx context.Context, args []string) error {
	if len(args) == 0 || args[0] != "preview" {
		return usageError{"usage: spocd templates preview [--out DIR] [--dir OVERRIDES]"}
	}
	fset := flag.NewFlagSet("templates preview", flag.ContinueOnError)
	out := fset.String("out", "spocd-templates", "write the previews here")
	dir := fset.String("dir", "", "override directory (default: templates.dir from the config)")
	if err := parseFlags(fset, args[1:]); err != nil {
		return err
	}
	if fset.NArg() > 0 {
		return usageError{"templates preview takes no arguments"}
	}
	org := "Gemeente Voorbeeld"
	if _, err := os.Stat(a.configPath); *dir == "" && !errors.Is(err, fs.ErrNotExist) {
		// Only two keys matter here: no secrets or servers are needed for a preview.
		var c struct {
			Organisation struct{ Name string } `toml:"organisation"`
			Templates    struct{ Dir string }  `toml:"templates"`
		}
		if _, err := toml.DecodeFile(a.configPath, &c); err != nil {
			return &config.Error{Path: a.configPath, Problems: []config.Problem{{Key: "(syntax)", Msg: err.Error()}}}
		}
		*dir = c.Templates.Dir
		if c.Organisation.Name != "" {
			org = c.Organisation.Name
		}
	}
	set, problems, err := templates.NewWithOverrides(*dir, a.logger(nil))
	if err != nil {
		return err
	}
	n, err := writePreviews(*out, set, org)
	if err != nil {
		return err
	}
	src := "built-in templates"
	if *dir != "" {
		src = "built-in templates with the overrides in " + *dir
	}
	fmt.Fprintf(a.stdout, "%d previews of the %s written to %s (open %s)\n", n, src, *out, filepath.Join(*out, "index.html"))
	for _, p := range problems {
		fmt.Fprintf(a.stdout, "✗ %s\n    mail uses the built-in template until this is fixed\n", filepath.Join(*dir, p.String()))
	}
	if len(problems) > 0 {
		return fmt.Errorf("%d broken override(s)", len(problems))
	}
	return nil
}

// Sample addresses of the two SPOCs in previews (templates.SampleData's SPOCAddress is
// the daemon's own mailbox).
const (
	previewCustomerSPOC = "facilitair@gemeente-voorbeeld.nl"
	previewSupplierSPOC = "spoc@leverancier-voorbeeld.nl"
)

// previewRecipients addresses a preview as the workflow addresses the real mail: approval
// mail to the approver with the token's plus address as Reply-To, supplier mail to the
// supplier SPOC, reports to the customer SPOC, the rest to the requester.
func previewRecipients(name string, d templates.Data) (to, replyTo []compose.Address) {
	addr := func(a ...string) []compose.Address {
		out := make([]compose.Address, len(a))
		for i, x := range a {
			out[i] = compose.Address{Addr: x}
		}
		return out
	}
	switch name {
	case "approval_request", "reminder":
		return addr(d.Approver), addr(d.ReplyTo)
	case "approval_receipt", "clarification":
		return addr(d.Approver), nil
	case "forward", "followup", "cancelled", "supplier_reminder":
		return addr(previewSupplierSPOC), nil
	case "digest":
		return addr(previewCustomerSPOC, previewSupplierSPOC), nil
	case "digest_reply", "escalation", "note_spoc", "reconcile", "refused", "send_failed", "triage":
		return addr(previewCustomerSPOC), nil
	}
	return addr(d.Request.Requester), nil
}

// writePreviews renders every template in every language with sample data to
// DIR/<lang>/<name>.{html,txt,eml} and an index.html.
func writePreviews(out string, set *templates.Set, org string) (int, error) {
	var index strings.Builder
	index.WriteString("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>spocd templates</title></head><body style=\"font-family:Arial,sans-serif\"><h1>spocd mail templates</h1>\n")
	n := 0
	for _, lang := range templates.Langs() {
		if err := os.MkdirAll(filepath.Join(out, lang), 0o755); err != nil {
			return n, fmt.Errorf("templates preview: %w", err)
		}
		fmt.Fprintf(&index, "<h2>%s</h2><table cellpadding=\"4\">\n", lang)
		for _, name := range append(templates.Names(), templates.ReportNames()...) {
			d := templates.SampleData(lang, name)
			d.Org = org
			r, err := set.Render(lang, name, d)
			if err != nil {
				return n, fmt.Errorf("templates preview: %s/%s: %w", lang, name, err)
			}
			to, replyTo := previewRecipients(name, d)
			raw, err := compose.Build(compose.Mail{MessageID: "preview-" + lang + "-" + name + "@spocd.invalid",
				Date: time.Date(2026, 11, 23, 9, 5, 0, 0, time.UTC), From: compose.Address{Name: org, Addr: d.SPOCAddress},
				To: to, ReplyTo: replyTo, Subject: r.Subject, Text: r.Text, HTML: r.HTML,
				Headers: [][2]string{{"X-SPOCd-Kind", name}}})
			if err != nil {
				return n, fmt.Errorf("templates preview: %s/%s: %w", lang, name, err)
			}
			base := filepath.Join(out, lang, name)
			for ext, body := range map[string]string{".html": r.HTML, ".txt": "Subject: " + r.Subject + "\n\n" + r.Text, ".eml": string(raw)} {
				if err := os.WriteFile(base+ext, []byte(body), 0o644); err != nil {
					return n, fmt.Errorf("templates preview: %w", err)
				}
			}
			fmt.Fprintf(&index, "<tr><td>%s</td><td><a href=\"%s/%s.html\">HTML</a></td><td><a href=\"%s/%s.txt\">text</a></td><td><a href=\"%s/%s.eml\">.eml</a></td><td>%s</td></tr>\n",
				name, lang, name, lang, name, lang, name, html.EscapeString(r.Subject))
			n++
		}
		index.WriteString("</table>\n")
	}
	index.WriteString("<p>Change a template by copying its file from the spocd source (templates/&lt;lang&gt;/&lt;name&gt;.{subject,txt,html}.tmpl) into the folder named by [templates] dir.</p></body></html>\n")
	if err := os.WriteFile(filepath.Join(out, "index.html"), []byte(index.String()), 0o644); err != nil {
		return n, fmt.Errorf("templates preview: %w", err)
	}
	return n, nil
}
