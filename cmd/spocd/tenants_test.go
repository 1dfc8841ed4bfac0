package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-smtp"

	"github.com/spocd/spocd/mail/memserver"
)

func TestTwoMailboxesOneDatabase(t *testing.T) {
	srv, err := memserver.Start(memserver.Options{Domain: "a.test", OtherDomains: []string{"b.test", "ssc.test"}, Password: "pw"})
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	dir := t.TempDir()
	cfg := filepath.Join(dir, "spocd.toml")
	block := func(name, prefix, domain string) string {
		return fmt.Sprintf(`
[[mailbox]]
name = %q
[mailbox.organisation]
name = "Gemeente %s"
ref_prefix = %q
[mailbox.imap]
address = %q
tls = "none"
username = "spoc@%s"
password = "pw"
since = "2020-01-01"
[mailbox.spoc]
address = "spoc@%s"
customer = "facilitair@%s"
supplier = "spoc@ssc.test"
[[mailbox.rule]]
match_subject = "kapot"
extra_work = false
`, name, strings.ToUpper(name), prefix, srv.IMAPAddr, domain, domain, domain)
	}
	os.WriteFile(cfg, []byte(fmt.Sprintf("[database]\ndsn = %q\n[smtp]\naddress = %q\ntls = \"none\"\n", filepath.Join(dir, "shared.db"), srv.SMTPAddr)+
		block("a", "GEMA", "a.test")+block("b", "GEMB", "b.test")), 0o600)
	send := func(from, to, subject string) {
		c, err := smtp.Dial(srv.SMTPAddr)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		raw := fmt.Sprintf("From: %s\r\nTo: %s\r\nSubject: %s\r\nMessage-ID: <%d@x>\r\nDate: %s\r\n\r\nx\r\n", from, to, subject, time.Now().UnixNano(), time.Now().Format(time.RFC1123Z))
		if err := c.SendMail(from, []string{to}, strings.NewReader(raw)); err != nil {
			t.Fatal(err)
		}
	}
	send("jan@a.test", "spoc@a.test", "Lamp kapot")
	send("piet@b.test", "spoc@b.test", "Deur kapot")
	send("kees@b.test", "spoc@b.test", "Raam kapot")
	if code, _, errs := runApp(t, nil, "--config", cfg, "run", "--once"); code != exitOK {
		t.Fatalf("run --once = %d: %s", code, errs)
	}
	list := func(tenant string) []map[string]any {
		code, out, errs := runApp(t, nil, "--config", cfg, "list", "--json", "--tenant", tenant)
		if code != exitOK {
			t.Fatalf("list --tenant %s = %d: %s", tenant, code, errs)
		}
		var l []map[string]any
		json.Unmarshal([]byte(out), &l)
		return l
	}
	la, lb := list("a"), list("b")
	if len(la) != 1 || la[0]["ref"] != "GEMA-0001" || len(lb) != 2 || lb[0]["ref"] != "GEMB-0001" {
		t.Fatalf("lists: a %v, b %v", la, lb)
	}
	if code, _, errs := runApp(t, nil, "--config", cfg, "list"); code != exitUsage || !strings.Contains(errs, "--tenant") {
		t.Fatalf("list without --tenant = %d: %s", code, errs)
	}
	if code, _, errs := runApp(t, nil, "--config", cfg, "show", "GEMA-0001", "--tenant", "b"); code != exitFailure || !strings.Contains(errs, "no request") {
		t.Fatalf("show another tenant's request = %d: %s", code, errs)
	}
	// A stranger in b who puts a's reference in the subject gets a new request in b; a's
	// request is untouched.
	send("mallory@b.test", "spoc@b.test", "[GEMA-0001] annuleren")
	runApp(t, nil, "--config", cfg, "run", "--once")
	if la = list("a"); la[0]["status"] != "forwarded" {
		t.Fatalf("a's request changed: %v", la[0])
	}
	if lb = list("b"); len(lb) != 3 {
		t.Fatalf("b has %d requests", len(lb))
	}
	// Each requester heard from their own organisation.
	for user, org := range map[string]string{"jan@a.test": "Gemeente A", "piet@b.test": "Gemeente B"} {
		msgs, _ := srv.Messages(user, "INBOX")
		if len(msgs) != 1 || !strings.Contains(string(msgs[0]), org) {
			t.Fatalf("%s got %d mails (want one from %s)", user, len(msgs), org)
		}
	}
}
