package config

import (
	"strings"
	"testing"
)

const twoTenants = `
[database]
driver = "sqlite"
dsn = "shared.db"

[smtp]
address = "127.0.0.1:25"
tls = "none"

[organisation]
timezone = "Europe/Amsterdam"

[[mailbox]]
name = "gemeente-a"
[mailbox.organisation]
name = "Gemeente A"
ref_prefix = "GEMA"
[mailbox.imap]
address = "127.0.0.1:143"
tls = "none"
username = "spoc@a.nl"
password = "x"
[mailbox.spoc]
address = "spoc@a.nl"
customer = "c@a.nl"
supplier = "s@ssc.nl"
[mailbox.approval]
approvers = ["r@a.nl"]
[[mailbox.rule]]
match_subject = "kapot"
extra_work = false

[[mailbox]]
name = "gemeente-b"
[mailbox.organisation]
name = "Gemeente B"
ref_prefix = "GEMB"
language = "en"
[mailbox.imap]
address = "127.0.0.1:143"
tls = "none"
username = "spoc@b.nl"
password = "y"
[mailbox.spoc]
address = "spoc@b.nl"
customer = "c@b.nl"
supplier = "s@ssc.nl"
`

func TestTenants(t *testing.T) {
	c, err := Parse("t.toml", []byte(twoTenants), env(nil))
	if err != nil {
		t.Fatal(err)
	}
	ts := c.Tenants()
	if len(ts) != 2 || ts[0].Tenant != "gemeente-a" || ts[1].Tenant != "gemeente-b" {
		t.Fatalf("tenants = %+v", ts)
	}
	a, b := ts[0], ts[1]
	if a.Organisation.RefPrefix != "GEMA" || b.Organisation.Language != "en" || a.Organisation.Language != "nl" {
		t.Errorf("organisation not per tenant: %+v / %+v", a.Organisation, b.Organisation)
	}
	if a.SMTP.Address != "127.0.0.1:25" || b.Database.DSN != "shared.db" || a.Organisation.Timezone != "Europe/Amsterdam" {
		t.Errorf("shared settings not inherited")
	}
	if len(a.Rules) != 1 || len(b.Rules) != 0 || len(b.Approval.Approvers) != 0 {
		t.Errorf("rules/approvers leaked between tenants: %d %d %v", len(a.Rules), len(b.Rules), b.Approval.Approvers)
	}
	if got, err := c.TenantByName("gemeente-b"); err != nil || got.SPOC.Address != "spoc@b.nl" {
		t.Errorf("TenantByName = %v, %v", got, err)
	}
	if _, err := c.TenantByName(""); err == nil || !strings.Contains(err.Error(), "--tenant") {
		t.Errorf("TenantByName(\"\") = %v", err)
	}
	single, _ := Parse("m.toml", []byte(minimal), env(nil))
	if ts := single.Tenants(); len(ts) != 1 || ts[0] != single {
		t.Errorf("single-mailbox Tenants() = %v", ts)
	}
}

func TestTenantProblems(t *testing.T) {
	bad := strings.Replace(twoTenants, `ref_prefix = "GEMB"`, `ref_prefix = "GEMA"`, 1)
	bad = strings.Replace(bad, `name = "gemeente-b"`, `name = "Gemeente B!"`, 1)
	bad += "\n[[mailbox]]\nname = \"c\"\n[mailbox.database]\ndsn = \"other.db\"\n"
	_, err := Parse("t.toml", []byte(bad), env(nil))
	if err == nil {
		t.Fatal("no error")
	}
	for _, want := range []string{"mailbox[2] (c).imap.username", "mailbox[1] (Gemeente B!).name", "ref_prefix", "mailbox[2] (c).database"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q:\n%v", want, err)
		}
	}
}
