package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/emersion/go-smtp"

	"github.com/spocd/spocd/mail/memserver"
)

// TestCheckXOAuth2UsesTokenEndpoint: with auth = "xoauth2" the IMAP and SMTP logins ask the
// [oauth2] token endpoint, and check shows what it answered.
func TestCheckXOAuth2UsesTokenEndpoint(t *testing.T) {
	var calls atomic.Int32
	idp := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(401)
		io.WriteString(w, `{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided."}`)
	}))
	defer idp.Close()
	srv, err := memserver.Start(memserver.Options{Domain: "gemeente.test", OtherDomains: []string{"leverancier.test"}, Password: "pw"})
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	dir := t.TempDir()
	cfg := writeTestConfig(t, dir, srv.IMAPAddr, srv.SMTPAddr, memIMAP+"\nauth = \"xoauth2\"",
		"username = \"spoc@gemeente.test\"\nauth = \"xoauth2\"",
		fmt.Sprintf("[oauth2]\ntoken_url = %q\nclient_id = \"spocd\"\nclient_secret_env = \"SECRET\"\nscopes = [\"https://outlook.office365.com/.default\"]", idp.URL+"/token"))
	code, out, errs := runApp(t, map[string]string{"SECRET": "wrong"}, "--config", cfg, "check")
	if code != exitFailure || strings.Count(out, "invalid_client") < 2 || !strings.Contains(out, "✗ IMAP") || !strings.Contains(out, "✗ SMTP") {
		t.Fatalf("check = %d, want IMAP and SMTP failing with the endpoint's answer:\n%s%s", code, out, errs)
	}
	if calls.Load() < 2 {
		t.Fatalf("token endpoint called %d times", calls.Load())
	}
	// Without the secret the config is refused with the key's name.
	code, _, errs = runApp(t, nil, "--config", cfg, "check")
	if code != exitUsage || !strings.Contains(errs, "oauth2.client_secret_env") {
		t.Fatalf("check without the secret = %d:\n%s", code, errs)
	}
}

// TestRunUsesTemplateOverrides: the daemon renders mail with the office's override.
func TestRunUsesTemplateOverrides(t *testing.T) {
	srv, err := memserver.Start(memserver.Options{Domain: "gemeente.test", OtherDomains: []string{"leverancier.test"}, Password: "pw"})
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	dir := t.TempDir()
	ov := filepath.Join(dir, "sjablonen", "nl")
	os.MkdirAll(ov, 0o755)
	os.WriteFile(filepath.Join(ov, "ack.subject.tmpl"), []byte("Ontvangen door het facilitair team: {{.Request.Subject}}"), 0o644)
	os.WriteFile(filepath.Join(ov, "forward.txt.tmpl"), []byte("{{.Broken"), 0o644)
	cfg := writeTestConfig(t, dir, srv.IMAPAddr, srv.SMTPAddr, memIMAP, "",
		fmt.Sprintf("[templates]\ndir = %q\n[[rule]]\nmatch_subject = \"kapot\"\nextra_work = false", filepath.Dir(ov)))
	c, err := smtp.Dial(srv.SMTPAddr)
	if err != nil {
		t.Fatal(err)
	}
	raw := "From: bob@gemeente.test\r\nTo: spoc@gemeente.test\r\nSubject: Lamp kapot\r\nMessage-ID: <l1@gemeente.test>\r\nDate: " + time.Now().Format(time.RFC1123Z) + "\r\n\r\nIn kamer 2.\r\n"
	if err := c.SendMail("bob@gemeente.test", []string{"spoc@gemeente.test"}, strings.NewReader(raw)); err != nil {
		t.Fatal(err)
	}
	c.Close()
	code, out, errs := runApp(t, nil, "--config", cfg, "run", "--once")
	if code != exitOK {
		t.Fatalf("run --once = %d:\n%s%s", code, out, errs)
	}
	if !strings.Contains(errs, "broken template override") || !strings.Contains(errs, "forward.txt.tmpl") {
		t.Errorf("the broken override is not logged:\n%s", errs)
	}
	bob, _ := srv.Messages("bob@gemeente.test", "INBOX")
	if len(bob) != 1 || !strings.Contains(string(bob[0]), "Ontvangen door het facilitair team") {
		t.Fatalf("bob's acknowledgement does not use the override (%d mails)", len(bob))
	}
	// The broken forward override did not stop the forward.
	if sup, _ := srv.Messages("spoc@leverancier.test", "INBOX"); len(sup) != 1 {
		t.Fatalf("supplier got %d forwards, want 1", len(sup))
	}
}
