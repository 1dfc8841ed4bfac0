package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-smtp"

	"github.com/spocd/spocd/mail/memserver"
)

// memIMAP are the [imap] lines of most tests against the in-process servers.
const memIMAP = "tls = \"none\"\npassword = \"pw\"\nsince = \"2020-01-01\""

// writeTestConfig writes dir/spocd.toml for the mail servers at imapAddr and smtpAddr
// (plain, user spoc@gemeente.test) with its database in dir, and returns its path. imap and
// smtp are further lines for those sections; extra is appended after [approval].
func writeTestConfig(t *testing.T, dir, imapAddr, smtpAddr, imap, smtp, extra string) string {
	t.Helper()
	cfg := filepath.Join(dir, "spocd.toml")
	body := fmt.Sprintf(`
[organisation]
name = "Gemeente Test"
[database]
dsn = %q
[imap]
address = %q
username = "spoc@gemeente.test"
%s
[smtp]
address = %q
tls = "none"
%s
[spoc]
address = "spoc@gemeente.test"
customer = "facilitair@gemeente.test"
supplier = "spoc@leverancier.test"
[approval]
approvers = ["rianne@gemeente.test"]
%s
`, filepath.Join(dir, "db.sqlite"), imapAddr, imap, smtpAddr, smtp, extra)
	if err := os.WriteFile(cfg, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return cfg
}

func runApp(t *testing.T, env map[string]string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	a := &app{stdout: &out, stderr: &errb, getenv: func(k string) string { return env[k] }}
	code = a.main(context.Background(), args)
	return code, out.String(), errb.String()
}

func TestUsageAndConfigErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.toml")
	os.WriteFile(bad, []byte("[organisation]\nlanguage = \"fr\"\n[imap]\nbatch_size = 0\n"), 0o600)
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{nil, exitUsage, "Usage"},
		{[]string{"frobnicate"}, exitUsage, "unknown command"},
		{[]string{"--config", filepath.Join(dir, "missing.toml"), "list"}, exitUsage, "missing.toml"},
		{[]string{"--config", bad, "run", "--once"}, exitUsage, "organisation.language"},
		{[]string{"--config", bad, "check"}, exitUsage, "imap.batch_size"},
		{[]string{"list", "--status", "bogus"}, exitUsage, "unknown status"},
		{[]string{"show"}, exitUsage, "exactly one reference"},
		{[]string{"parse", "--json"}, exitUsage, "at least one"},
		{[]string{"run", "--bogus"}, exitUsage, "bogus"},
		{[]string{"version"}, exitOK, "spocd"},
	} {
		code, out, errs := runApp(t, nil, tc.args...)
		if code != tc.code || !strings.Contains(out+errs, tc.want) {
			t.Errorf("spocd %v = %d, %q%q; want %d and %q", tc.args, code, out, errs, tc.code, tc.want)
		}
	}
}

func TestParseJSON(t *testing.T) {
	dir := t.TempDir()
	reply := filepath.Join(dir, "reply.eml")
	os.WriteFile(reply, []byte("From: Rianne <rianne@x.nl>\r\nTo: spoc+abcdefghijklmnopqrstuvwxyz@x.nl\r\nSubject: RE: [SPOC-0042] Koffie\r\nMessage-ID: <r1@x.nl>\r\n\r\nNiet akkoord, te duur.\r\n\r\n-----Oorspronkelijk bericht-----\r\nVan: SPOC <spoc@x.nl>\r\nOnderwerp: Koffie\r\n\r\nAntwoord akkoord of niet akkoord.\r\n"), 0o600)
	oof := filepath.Join(dir, "oof.eml")
	os.WriteFile(oof, []byte("From: a@x.nl\r\nSubject: Automatisch antwoord: weg\r\nAuto-Submitted: auto-replied\r\nMessage-ID: <o@x>\r\n\r\nWeg.\r\n"), 0o600)
	code, out, errs := runApp(t, nil, "--config", filepath.Join(dir, "none.toml"), "parse", "--json", reply, oof)
	if code != exitOK {
		t.Fatalf("parse = %d: %s", code, errs)
	}
	var got []map[string]any
	if err := json.Unmarshal([]byte(out), &got); err != nil || len(got) != 2 {
		t.Fatalf("parse output is not a JSON array of 2: %v\n%s", err, out)
	}
	r := got[0]
	for k, want := range map[string]any{"action": "update_request", "ref": "SPOC-0042", "token": "abcdefghijklmnopqrstuvwxyz",
		"decision": "reject", "remark": "te duur.", "subject": "Koffie", "from": "rianne@x.nl", "message_id": "r1@x.nl", "ignore_reason": nil} {
		if r[k] != want && !(k == "remark" && r[k] == "te duur") {
			t.Errorf("reply %s = %#v, want %#v", k, r[k], want)
		}
	}
	if strings.Contains(r["text"].(string), "Oorspronkelijk") {
		t.Errorf("text keeps the quote: %q", r["text"])
	}
	if got[1]["action"] != "ignore" || got[1]["ignore_reason"] != "auto-reply" {
		t.Errorf("out-of-office = %v", got[1])
	}
	for _, k := range []string{"file", "action", "ignore_reason", "ref", "token", "decision", "status", "remark", "subject", "text", "from", "message_id", "attachments"} {
		if _, ok := r[k]; !ok {
			t.Errorf("parse JSON lacks %q", k)
		}
	}
	// An unreadable file: a clear error, exit 1, the others still printed.
	code, out, _ = runApp(t, nil, "parse", "--json", reply, filepath.Join(dir, "nope.eml"))
	if code != exitFailure || !strings.Contains(out, "no such file") {
		t.Errorf("missing file: code %d, %s", code, out)
	}
}

func TestRunOnceListShow(t *testing.T) {
	srv, err := memserver.Start(memserver.Options{Domain: "gemeente.test", OtherDomains: []string{"leverancier.test"}, Password: "pw"})
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	dir := t.TempDir()
	cfg := writeTestConfig(t, dir, srv.IMAPAddr, srv.SMTPAddr, "tls = \"none\"\npassword_env = \"IMAP_PW\"\nsince = \"2020-01-01\"", "", "")
	env := map[string]string{"IMAP_PW": "pw"}
	c, err := smtp.Dial(srv.SMTPAddr)
	if err != nil {
		t.Fatal(err)
	}
	raw := "From: Bob <bob@gemeente.test>\r\nTo: spoc@gemeente.test\r\nSubject: Nieuwe bureaustoel\r\nMessage-ID: <b1@gemeente.test>\r\nDate: " + time.Now().Format(time.RFC1123Z) + "\r\n\r\nMijn stoel is versleten.\r\n"
	if err := c.SendMail("bob@gemeente.test", []string{"spoc@gemeente.test"}, strings.NewReader(raw)); err != nil {
		t.Fatal(err)
	}
	c.Close()
	if code, _, errs := runApp(t, env, "--config", cfg, "run", "--once"); code != exitOK {
		t.Fatalf("run --once = %d: %s", code, errs)
	}
	code, out, errs := runApp(t, env, "--config", cfg, "list", "--json")
	if code != exitOK {
		t.Fatalf("list = %d %s", code, errs)
	}
	var list []map[string]any
	if err := json.Unmarshal([]byte(out), &list); err != nil || len(list) != 1 {
		t.Fatalf("list --json: %v\n%s", err, out)
	}
	if list[0]["ref"] != "SPOC-0001" || list[0]["status"] != "awaiting_approval" || list[0]["requester"] != "bob@gemeente.test" || list[0]["extra_work"] != true {
		t.Fatalf("list[0] = %v", list[0])
	}
	if _, ok := list[0]["events"]; ok {
		t.Error("list --json carries events")
	}
	code, out, _ = runApp(t, env, "--config", cfg, "show", "spoc-0001", "--json")
	var one map[string]any
	if code != exitOK || json.Unmarshal([]byte(out), &one) != nil {
		t.Fatalf("show --json = %d\n%s", code, out)
	}
	evs, _ := one["events"].([]any)
	apps, _ := one["approvals"].([]any)
	if len(evs) < 2 || len(apps) != 1 {
		t.Fatalf("show: %d events, %d approvals", len(evs), len(apps))
	}
	if code, _, errs := runApp(t, env, "--config", cfg, "show", "SPOC-0999"); code != exitFailure || !strings.Contains(errs, "no request SPOC-0999") {
		t.Fatalf("show missing = %d %s", code, errs)
	}
	// check against the same servers passes.
	if code, out, _ := runApp(t, env, "--config", cfg, "check"); code != exitOK || !strings.Contains(out, "all checks passed") {
		t.Fatalf("check = %d\n%s", code, out)
	}
	// and names a wrong password.
	if code, out, _ := runApp(t, map[string]string{"IMAP_PW": "wrong"}, "--config", cfg, "check"); code != exitFailure || !strings.Contains(out, "✗ IMAP") {
		t.Fatalf("check with a wrong password = %d\n%s", code, out)
	}
}

func TestDemo(t *testing.T) {
	out := t.TempDir()
	code, stdout, errs := runApp(t, nil, "demo", "--out", out)
	if code != exitOK {
		t.Fatalf("demo = %d: %s\n%s", code, errs, stdout)
	}
	for _, want := range []string{"SPOC-0001  forwarded", "SPOC-0002  awaiting_approval", "SPOC-0002  done", "mail(s) written"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("demo output lacks %q:\n%s", want, stdout)
		}
	}
	files, _ := filepath.Glob(filepath.Join(out, "*.eml"))
	if len(files) < 10 {
		t.Errorf("demo wrote %d .eml files", len(files))
	}
}

func TestShadowRunListsWhatWouldHappen(t *testing.T) {
	srv, err := memserver.Start(memserver.Options{Domain: "gemeente.test", OtherDomains: []string{"leverancier.test"}, Password: "pw"})
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	dir := t.TempDir()
	cfg := filepath.Join(dir, "spocd.toml")
	os.WriteFile(cfg, []byte(fmt.Sprintf("[organisation]\nname = \"G\"\n[database]\ndsn = %q\n[imap]\naddress = %q\ntls = \"none\"\nusername = \"spoc@gemeente.test\"\npassword = \"pw\"\nsince = \"2020-01-01\"\n[smtp]\naddress = %q\ntls = \"none\"\n[spoc]\naddress = \"spoc@gemeente.test\"\ncustomer = \"f@gemeente.test\"\nsupplier = \"spoc@leverancier.test\"\n[approval]\napprovers = [\"r@gemeente.test\"]\n",
		filepath.Join(dir, "db.sqlite"), srv.IMAPAddr, srv.SMTPAddr)), 0o600)
	if err := srv.Deliver("spoc@gemeente.test", []byte("From: bob@gemeente.test\r\nTo: spoc@gemeente.test\r\nSubject: Stoel\r\nMessage-ID: <s1@x>\r\n\r\nx\r\n")); err != nil {
		t.Fatal(err)
	}
	if code, _, errs := runApp(t, nil, "--config", cfg, "run", "--once", "--shadow"); code != exitOK {
		t.Fatalf("run --shadow = %d: %s", code, errs)
	}
	_, out, _ := runApp(t, nil, "--config", cfg, "list")
	if !strings.Contains(out, "SPOC-0001") || !strings.Contains(out, "would have sent (1 ack, 1 approval)") {
		t.Fatalf("list after a shadow run:\n%s", out)
	}
	_, out, _ = runApp(t, nil, "--config", cfg, "show", "SPOC-0001")
	if !strings.Contains(out, "not sent (shadow mode)") {
		t.Fatalf("show after a shadow run:\n%s", out)
	}
	for _, user := range []string{"bob@gemeente.test", "r@gemeente.test"} {
		if msgs, _ := srv.Messages(user, "INBOX"); len(msgs) != 0 {
			t.Fatalf("shadow run sent %d mail(s) to %s", len(msgs), user)
		}
	}
	// Nothing was marked on the server either.
	c, _ := imapclientLogin(t, srv.IMAPAddr, "spoc@gemeente.test", "pw")
	defer c.Close()
	msgs, err := c.Fetch(imap.SeqSetNum(1), &imap.FetchOptions{Flags: true}).Collect()
	if err != nil || len(msgs) != 1 {
		t.Fatalf("fetch: %v", err)
	}
	for _, f := range msgs[0].Flags {
		if strings.EqualFold(string(f), "$SPOCdProcessed") {
			t.Fatal("shadow run marked the message processed")
		}
	}
}

func imapclientLogin(t *testing.T, addr, user, pw string) (*imapclient.Client, error) {
	t.Helper()
	c, err := imapclient.DialInsecure(addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Login(user, pw).Wait(); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Select("INBOX", nil).Wait(); err != nil {
		t.Fatal(err)
	}
	return c, nil
}

// parse --sent holds the copy of the approval mail in a reply against that mail, as the
// daemon does: a yes with a word typed into the copy decides nothing.
func TestParseSent(t *testing.T) {
	dir := t.TempDir()
	body := "Hallo Rianne,\r\n\r\nBob vraagt het volgende meerwerk aan. Daarvoor is jouw akkoord nodig.\r\n\r\nReferentie:  SPOC-0042\r\nOnderwerp:   Koffie voor de raad\r\nMeerwerk:    ja, geschat 150,00 euro\r\n\r\nHet verzoek:\r\n> Graag koffie voor 25 personen.\r\n\r\nMet vriendelijke groet,\r\nSPOC Gemeente\r\n"
	sent := filepath.Join(dir, "approval.eml")
	os.WriteFile(sent, []byte("From: SPOC <spoc@x.nl>\r\nTo: rianne@x.nl\r\nSubject: [SPOC-0042] Koffie voor de raad\r\nMessage-ID: <a1@x.nl>\r\n\r\n"+body), 0o600)
	head := "From: Rianne <rianne@x.nl>\r\nTo: spoc+abcdefghijklmnopqrstuvwxyz@x.nl\r\nSubject: RE: [SPOC-0042] Koffie voor de raad\r\nMessage-ID: <r1@x.nl>\r\n\r\nAkkoord.\r\n\r\nVan: SPOC <spoc@x.nl>\r\nVerzonden: maandag 23 november 2026 09:00\r\nAan: Rianne <rianne@x.nl>\r\nOnderwerp: [SPOC-0042] Koffie voor de raad\r\n\r\n"
	clean, edited := filepath.Join(dir, "clean.eml"), filepath.Join(dir, "edited.eml")
	os.WriteFile(clean, []byte(head+body), 0o600)
	os.WriteFile(edited, []byte(head+strings.Replace(body, "150,00", "300,00", 1)), 0o600)
	for _, tc := range []struct {
		args     []string
		decision string
		edits    string
	}{
		{[]string{"parse", "--json", edited}, "approve", ""},
		{[]string{"parse", "--json", "--sent", sent, clean}, "approve", ""},
		{[]string{"parse", "--json", "--sent", sent, edited}, "none", "300,00"},
		{[]string{"parse", "--sent=" + sent, "--json", edited}, "none", "300,00"},
	} {
		code, out, errs := runApp(t, nil, append([]string{"--config", filepath.Join(dir, "none.toml")}, tc.args...)...)
		if code != exitOK {
			t.Fatalf("%v = %d: %s", tc.args, code, errs)
		}
		var got struct {
			Decision  string   `json:"decision"`
			CopyEdits []string `json:"copy_edits"`
		}
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Fatalf("%v: %v\n%s", tc.args, err, out)
		}
		if got.Decision != tc.decision || strings.Join(got.CopyEdits, " ") != tc.edits {
			t.Errorf("%v: decision %s, copy_edits %q; want %s, %q", tc.args, got.Decision, got.CopyEdits, tc.decision, tc.edits)
		}
	}
	if code, _, errs := runApp(t, nil, "--config", filepath.Join(dir, "none.toml"), "parse", "--json", "--sent", filepath.Join(dir, "nope.eml"), clean); code != exitUsage || !strings.Contains(errs, "nope.eml") {
		t.Errorf("a missing --sent file: code %d, %q", code, errs)
	}
}

// parse --json says when the remark model read the decision (read_by), and nothing when the
// rules did.
func TestParseReadBy(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		body, decision, readBy string
	}{
		// A reply of mail/testdata/heldout62 (h62-076) the rules leave open.
		{"Akkoord, dit stond al in de planning voor dit jaar. Joost, plan je de trainingsdagen niet op maandag? Dan is het hier altijd een gekkenhuis aan de telefoon.", "approve", "remark-model"},
		{"Akkoord.", "approve", ""},
		{"Akkoord, mits de oude ketel wordt meegenomen.", "none", ""},
	} {
		path := filepath.Join(dir, "reply.eml")
		os.WriteFile(path, []byte("From: Rianne <rianne@x.nl>\r\nTo: spoc+abcdefghijklmnopqrstuvwxyz@x.nl\r\nSubject: RE: [SPOC-0042] Koffie\r\nMessage-ID: <r1@x.nl>\r\n\r\n"+tc.body+"\r\n"), 0o600)
		code, out, errs := runApp(t, nil, "--config", filepath.Join(dir, "none.toml"), "parse", "--json", path)
		if code != exitOK {
			t.Fatalf("%q = %d: %s", tc.body, code, errs)
		}
		var got struct {
			Decision string `json:"decision"`
			ReadBy   string `json:"read_by"`
		}
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Fatalf("%q: %v\n%s", tc.body, err, out)
		}
		if got.Decision != tc.decision || got.ReadBy != tc.readBy {
			t.Errorf("%q: decision %q read_by %q, want %q %q", tc.body, got.Decision, got.ReadBy, tc.decision, tc.readBy)
		}
	}
}
