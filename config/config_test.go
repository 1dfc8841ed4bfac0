package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func env(m map[string]string) func(string) string { return func(k string) string { return m[k] } }

func TestExampleLoads(t *testing.T) {
	c, err := Load("../config.example.toml", env(map[string]string{"SPOCD_IMAP_PASSWORD": "x", "SPOCD_SMTP_PASSWORD": "y"}))
	if err != nil {
		t.Fatalf("Load(config.example.toml) = %v", err)
	}
	if c.IMAP.Password != "x" || c.SMTP.Password != "y" {
		t.Errorf("passwords from env = %q, %q; want x, y", c.IMAP.Password, c.SMTP.Password)
	}
	if c.Organisation.Domain != "gemeente-voorbeeld.nl" {
		t.Errorf("domain = %q", c.Organisation.Domain)
	}
	if c.IMAP.PollInterval.Duration != time.Minute || c.Approval.TokenTTL.Duration != 14*24*time.Hour {
		t.Errorf("durations = %v, %v", c.IMAP.PollInterval, c.Approval.TokenTTL)
	}
	if len(c.Rules) != 2 || c.Rules[1].SubjectRE == nil || *c.Rules[1].EstimateEUR != 150 {
		t.Errorf("rules not compiled: %+v", c.Rules)
	}
}

const minimal = `
[organisation]
name = "X"
[imap]
address = "127.0.0.1:143"
tls = "none"
username = "spoc@x.nl"
password = "p"
[smtp]
address = "127.0.0.1:25"
tls = "none"
[spoc]
address = "spoc@x.nl"
customer = "c@x.nl"
supplier = "s@y.nl"
`

func TestMinimalDefaults(t *testing.T) {
	c, err := Parse("m.toml", []byte(minimal), env(nil))
	if err != nil {
		t.Fatal(err)
	}
	if c.SMTP.From != "spoc@x.nl" || c.SMTP.Auth != "none" || c.Database.Driver != "sqlite" || c.Organisation.RefPrefix != "SPOC" {
		t.Errorf("defaults wrong: %+v %+v", c.SMTP, c.Database)
	}
}

func TestEveryProblemReported(t *testing.T) {
	bad := `
[organisation]
ref_prefix = "spoc-"
language = "fr"
timezone = "Mars/Olympus"
[database]
driver = "oracle"
[imap]
address = "imap.example.nl"
tls = "none"
poll_interval = "soon"
[smtp]
address = "smtp.example.nl:25"
tls = "none"
auth = "plain"
[spoc]
address = "not an address"
supplier_ref_pattern = "(a)(b)"
[approval]
approvers = ["a@x.nl", "A@x.nl"]
policy = "quorum"
quorum = 5
[[rule]]
match_subject = "("
[digest]
schedule = "Someday 25:00"
[bogus]
x = 1
`
	_, err := Parse("bad.toml", []byte(bad), env(nil))
	var ce *Error
	if !errors.As(err, &ce) || !errors.Is(err, ErrInvalid) {
		t.Fatalf("Parse = %v, want *Error", err)
	}
	msg := err.Error()
	for _, key := range []string{"organisation.name", "organisation.ref_prefix", "organisation.language",
		"organisation.timezone", "database.driver", "imap.address", "imap.tls", "imap.username",
		"smtp.tls", "smtp.username", "spoc.address", "spoc.customer", "spoc.supplier",
		"spoc.supplier_ref_pattern", "approval.approvers[1]", "approval.quorum", "rule[0].match_subject",
		"digest.schedule", "bogus", "poll_interval"} {
		if !strings.Contains(msg, key) {
			t.Errorf("error does not name %s:\n%s", key, msg)
		}
	}
}

func TestSecretSources(t *testing.T) {
	dir := t.TempDir()
	pf := filepath.Join(dir, "pw")
	if err := os.WriteFile(pf, []byte("from-file\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	txt := strings.Replace(minimal, `password = "p"`, `password_file = "`+pf+`"`, 1)
	c, err := Parse("m.toml", []byte(txt), env(nil))
	if err != nil || c.IMAP.Password != "from-file" {
		t.Fatalf("password_file: %v %q", err, c.IMAP.Password)
	}
	txt = strings.Replace(minimal, `password = "p"`, `password_env = "PW"`, 1)
	if _, err := Parse("m.toml", []byte(txt), env(nil)); err == nil || !strings.Contains(err.Error(), "imap.password_env") {
		t.Fatalf("missing env var not reported: %v", err)
	}
	txt = strings.Replace(minimal, `password = "p"`, `password_file = "`+filepath.Join(dir, "nope")+`"`, 1)
	if _, err := Parse("m.toml", []byte(txt), env(nil)); err == nil || !strings.Contains(err.Error(), "imap.password_file") {
		t.Fatalf("missing file not reported: %v", err)
	}
}

func TestSchedule(t *testing.T) {
	for _, tc := range []struct {
		in   string
		day  time.Weekday
		h, m int
		ok   bool
	}{{"Mon 08:00", time.Monday, 8, 0, true}, {"maandag 7:30", time.Monday, 7, 30, true}, {"Fri 17:45", time.Friday, 17, 45, true},
		{"Mon", 0, 0, 0, false}, {"Xyz 08:00", 0, 0, 0, false}, {"Mon 8am", 0, 0, 0, false}} {
		d, h, m, err := ParseSchedule(tc.in)
		if (err == nil) != tc.ok || (tc.ok && (d != tc.day || h != tc.h || m != tc.m)) {
			t.Errorf("ParseSchedule(%q) = %v %d %d %v", tc.in, d, h, m, err)
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(minimal))
	if b, err := os.ReadFile("../config.example.toml"); err == nil {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Parse("fuzz.toml", data, env(nil))
		if err == nil && c == nil {
			t.Fatal("nil config without error")
		}
	})
}
