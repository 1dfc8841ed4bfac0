package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spocd/spocd/mail/memserver"
	"github.com/spocd/spocd/templates"
)

func TestTemplatesPreview(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out")
	code, stdout, stderr := runApp(t, nil, "--config", filepath.Join(dir, "none.toml"), "templates", "preview", "--out", out)
	if code != exitOK {
		t.Fatalf("preview = %d: %s%s", code, stdout, stderr)
	}
	n := 0
	for _, lang := range templates.Langs() {
		for _, name := range append(templates.Names(), templates.ReportNames()...) {
			for _, ext := range []string{".html", ".txt", ".eml"} {
				b, err := os.ReadFile(filepath.Join(out, lang, name+ext))
				if err != nil || len(b) < 50 {
					t.Errorf("%s/%s%s: %v (%d bytes)", lang, name, ext, err, len(b))
				}
			}
			n++
		}
	}
	if !strings.Contains(stdout, fmt.Sprintf("%d previews", n)) {
		t.Errorf("stdout = %q, want %d previews", stdout, n)
	}
	if b, _ := os.ReadFile(filepath.Join(out, "nl", "approval_request.eml")); !strings.Contains(string(b), "Content-Type: multipart/alternative") {
		t.Error("the .eml is not a multipart mail")
	}
	// Each preview is addressed as the real mail is: the approval request to the approver
	// with the token's plus address as Reply-To, the forward to the supplier, the
	// acknowledgement to the requester.
	for _, c := range []struct{ name, want, not string }{
		{"approval_request", "To: <rianne@gemeente-voorbeeld.nl>\r\nReply-To: <spoc+zpyc4qtocvgufjczj22oige6bq@gemeente-voorbeeld.nl>", ""},
		{"reminder", "Reply-To: <spoc+zpyc4qtocvgufjczj22oige6bq@", ""},
		{"forward", "To: <" + previewSupplierSPOC + ">", "Reply-To"},
		{"escalation", "To: <" + previewCustomerSPOC + ">", "Reply-To"},
		{"ack", "To: <jan@gemeente-voorbeeld.nl>", "Reply-To"},
	} {
		b, _ := os.ReadFile(filepath.Join(out, "nl", c.name+".eml"))
		head, _, _ := strings.Cut(string(b), "\r\n\r\n")
		if !strings.Contains(head, c.want) || (c.not != "" && strings.Contains(head, c.not)) {
			t.Errorf("%s.eml header: want %q without %q:\n%s", c.name, c.want, c.not, head)
		}
	}

	// A broken override is reported with its file and line; the rest is still written.
	ov := filepath.Join(dir, "ov", "nl")
	os.MkdirAll(ov, 0o755)
	os.WriteFile(filepath.Join(ov, "ack.txt.tmpl"), []byte("Hallo\n{{.Request.Ref\n"), 0o644)
	os.WriteFile(filepath.Join(ov, "forward.subject.tmpl"), []byte("Opdracht {{.Request.Ref}}"), 0o644)
	code, stdout, _ = runApp(t, nil, "--config", filepath.Join(dir, "none.toml"), "templates", "preview", "--out", out, "--dir", filepath.Join(dir, "ov"))
	if code != exitFailure || !strings.Contains(stdout, filepath.Join("nl", "ack.txt.tmpl")+":3: unclosed action") {
		t.Fatalf("broken override: code %d\n%s", code, stdout)
	}
	if b, _ := os.ReadFile(filepath.Join(out, "nl", "forward.txt")); !strings.HasPrefix(string(b), "Subject: Opdracht SPOC-0042") {
		t.Errorf("the good override is not used: %q", b[:min(60, len(b))])
	}
	// The override directory comes from the config; its secrets are not needed.
	cfgPath := filepath.Join(dir, "spocd.toml")
	os.WriteFile(cfgPath, []byte(fmt.Sprintf("[organisation]\nname = \"Gemeente Oost\"\n[imap]\npassword_env = \"UNSET\"\n[templates]\ndir = %q\n", filepath.Join(dir, "ov"))), 0o600)
	code, stdout, _ = runApp(t, nil, "--config", cfgPath, "templates", "preview", "--out", out)
	if code != exitFailure || !strings.Contains(stdout, "ack.txt.tmpl:3") {
		t.Fatalf("preview with the config's templates.dir: code %d\n%s", code, stdout)
	}
	if b, _ := os.ReadFile(filepath.Join(out, "en", "ack.txt")); !strings.Contains(string(b), "Gemeente Oost") {
		t.Errorf("the organisation name from the config is not used")
	}
	if code, _, stderr := runApp(t, nil, "templates"); code != exitUsage || !strings.Contains(stderr, "preview") {
		t.Errorf("templates without preview = %d %q", code, stderr)
	}
}

func TestCheckReportsBrokenOverride(t *testing.T) {
	srv, err := memserver.Start(memserver.Options{Domain: "gemeente.test", OtherDomains: []string{"leverancier.test"}, Password: "pw"})
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	dir := t.TempDir()
	ov := filepath.Join(dir, "ov")
	os.MkdirAll(filepath.Join(ov, "en"), 0o755)
	os.WriteFile(filepath.Join(ov, "en", "rejected.subject.tmpl"), []byte("[{{.Request.Ref}}] {{.Bogus}}"), 0o644)
	cfg := writeTestConfig(t, dir, srv.IMAPAddr, srv.SMTPAddr, "tls = \"none\"\npassword = \"pw\"", "", fmt.Sprintf("[templates]\ndir = %q", ov))
	code, out, errs := runApp(t, nil, "--config", cfg, "check")
	want := "✗ template override " + filepath.Join(ov, "en", "rejected.subject.tmpl") + ":1:"
	if code != exitFailure || !strings.Contains(out, want) || !strings.Contains(out, "Bogus") {
		t.Fatalf("check = %d, want 1 and %q:\n%s%s", code, want, out, errs)
	}
	os.Remove(filepath.Join(ov, "en", "rejected.subject.tmpl"))
	code, out, errs = runApp(t, nil, "--config", cfg, "check")
	if strings.Contains(out, "template override") {
		t.Fatalf("fixed override still reported (code %d):\n%s%s", code, out, errs)
	}
}
