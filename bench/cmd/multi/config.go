package main

import (
	"fmt"
	"strings"
	"time"
)

// installation describes the spocd config one round runs with: one PostgreSQL schema,
// one shared SMTP server and a [[mailbox]] block per SPOC mailbox.
type installation struct {
	DSN          string        // PostgreSQL DSN including ?search_path=
	Lease        time.Duration // [database] lease; 0 keeps spocd's default
	SMTP         string        // host:port, plain text
	PasswordFile string        // password of every mailbox and of the SMTP login
	IMAP         string        // host:port, plain text
	Mailboxes    []string      // SPOC addresses = IMAP login names
	First        int           // index of Mailboxes[0] among all mailboxes (names, prefixes)
	Domain       string        // the organisations' domain (approvers, customer SPOCs)
	Supplier     string        // the supplier's SPOC address
}

// boxName is the [[mailbox]] name of mailbox i: m00, m01, ...
func boxName(i int) string { return fmt.Sprintf("m%02d", i) }

// refPrefix is mailbox i's reference prefix: GMA, GMB, ... GMZ, GMAA, ...
func refPrefix(i int) string {
	s := ""
	for n := i; ; n = n/26 - 1 {
		s = string(rune('A'+n%26)) + s
		if n < 26 {
			break
		}
	}
	return "GM" + s
}

// render returns the TOML config of the installation. Nothing is history (since 2000),
// acknowledgement limits are out of the way, and the rules are those of bench/run.sh: a
// "storing" is forwarded at once, catering needs approval.
func (in installation) render() string {
	var b strings.Builder
	fmt.Fprintf(&b, "[database]\ndriver = \"postgres\"\ndsn = %q\n", in.DSN)
	if in.Lease > 0 {
		fmt.Fprintf(&b, "lease = %q\n", in.Lease.String())
	}
	fmt.Fprintf(&b, `
[smtp]
address = %q
tls = "none"
username = "spocd-bench"
password_file = %q
auth = "plain"

[acknowledgement]
max_per_hour = 100000
max_per_day = 100000
max_total_per_hour = 1000000

[log]
format = "json"
`, in.SMTP, in.PasswordFile)
	for k, spoc := range in.Mailboxes {
		i := in.First + k
		fmt.Fprintf(&b, `
[[mailbox]]
name = %q
[mailbox.organisation]
name = "Gemeente %02d"
ref_prefix = %q
[mailbox.imap]
address = %q
tls = "none"
username = %q
password_file = %q
since = "2000-01-01"
[mailbox.spoc]
address = %q
customer = "facilitair-%s@%s"
supplier = %q
[mailbox.approval]
approvers = ["rianne-%s@%s"]
[[mailbox.rule]]
name = "storing"
match_subject = "(?i)storing|kapot|defect|werkt niet|geen beeld"
category = "storing"
extra_work = false
needs_approval = false
[[mailbox.rule]]
name = "catering"
match_subject = "(?i)koffie|lunch|catering"
category = "catering"
extra_work = true
estimate_eur = 150
needs_approval = true
`, boxName(i), i, refPrefix(i), in.IMAP, spoc, in.PasswordFile, spoc, boxName(i), in.Domain, in.Supplier, boxName(i), in.Domain)
	}
	return b.String()
}

// leaseName is the lease spocd takes to poll the INBOX of an IMAP login (daemon/lease.go).
func leaseName(login string) string { return "mailbox:" + login + "/INBOX" }

// ownerPID returns the process id in a lease owner "host/pid/random".
func ownerPID(owner string) (int, bool) {
	parts := strings.Split(owner, "/")
	if len(parts) != 3 {
		return 0, false
	}
	var pid int
	if _, err := fmt.Sscanf(parts[1], "%d", &pid); err != nil || pid <= 0 {
		return 0, false
	}
	return pid, true
}
