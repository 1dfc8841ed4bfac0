package e2e

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/spocd/spocd/workflow/sqlstore/storetest"
)

// TestFailoverThreeInstancesThreeMailboxes runs three spocd instances on one PostgreSQL
// database serving three mailboxes. While mail arrives, the instance that polls one mailbox
// is killed with SIGKILL and the one that then polls another is paused (SIGSTOP) for longer
// than the lease and resumed. At the end every mail is exactly one request in the right
// mailbox, no mail went out twice, every mailbox was picked up again within the lease, and
// each mailbox sent one weekly digest.
//
// SPOCD_FAILOVER_MAILS sets the number of mails per mailbox (default 1,000).
func TestFailoverThreeInstancesThreeMailboxes(t *testing.T) {
	env := Load(t)
	pg := storetest.PostgresDSN(t)
	perTenant := 1000
	if v, err := strconv.Atoi(os.Getenv("SPOCD_FAILOVER_MAILS")); err == nil && v > 0 {
		perTenant = v
	}
	const lease = 5 * time.Second
	bin := BuildSpocd(t)
	dir := t.TempDir()
	pw := filepath.Join(dir, "pw")
	os.WriteFile(pw, []byte(env.Password+"\n"), 0o600)

	// The digest is due a little after the start, so that it fires during the test.
	loc, _ := time.LoadLocation("Europe/Amsterdam")
	due := time.Now().In(loc).Add(90 * time.Second)
	schedule := fmt.Sprintf("%s %s", due.Weekday().String()[:3], due.Format("15:04"))

	type tenant struct{ name, spoc, customer, supplier string }
	var tenants []tenant
	var cfg strings.Builder
	fmt.Fprintf(&cfg, "[database]\ndriver = \"postgres\"\ndsn = %q\nlease = %q\n\n[smtp]\naddress = %q\ntls = \"none\"\nusername = \"x\"\npassword_file = %q\n\n[acknowledgement]\nmax_per_hour = 100000\nmax_per_day = 100000\nmax_total_per_hour = 100000\n\n[digest]\nschedule = %q\n",
		pg, lease.String(), env.SMTPAddr, pw, schedule)
	for _, name := range []string{"aa", "bb", "cc"} {
		tn := tenant{name: name, spoc: env.Unique(t, name+"-spoc"), customer: env.Unique(t, name+"-spoc-klant"), supplier: env.Unique(t, name+"-ssc")}
		tenants = append(tenants, tn)
		fmt.Fprintf(&cfg, `
[[mailbox]]
name = %q
[mailbox.organisation]
name = "Gemeente %s"
ref_prefix = %q
[mailbox.imap]
address = %q
tls = "none"
username = %q
password_file = %q
poll_interval = "2s"
since = "2020-01-01"
[mailbox.spoc]
address = %q
customer = %q
supplier = %q
[[mailbox.rule]]
match_subject = "kapot"
extra_work = false
`, name, strings.ToUpper(name), strings.ToUpper(name), env.IMAPAddr, tn.spoc, pw, tn.spoc, tn.customer, tn.supplier)
	}
	cfgPath := filepath.Join(dir, "spocd.toml")
	os.WriteFile(cfgPath, []byte(cfg.String()), 0o600)
	if r := Run(t, bin, time.Minute, "--config", cfgPath, "migrate"); r.Code != 0 {
		t.Fatalf("migrate: %s", r.Stderr)
	}

	// Three instances.
	type instance struct {
		cmd     *exec.Cmd
		stopped bool
	}
	var mu sync.Mutex
	procs := map[int]*instance{}
	start := func() {
		cmd := exec.Command(bin, "--config", cfgPath, "run")
		logf, _ := os.Create(filepath.Join(dir, fmt.Sprintf("instance-%d.log", len(procs))))
		cmd.Stdout, cmd.Stderr = logf, logf
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		mu.Lock()
		procs[cmd.Process.Pid] = &instance{cmd: cmd}
		mu.Unlock()
	}
	for i := 0; i < 3; i++ {
		start()
	}
	defer func() {
		for _, p := range procs {
			p.cmd.Process.Signal(syscall.SIGCONT)
			p.cmd.Process.Kill()
			p.cmd.Wait()
		}
	}()

	db, err := sql.Open("pgx", pg)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	holder := func(tn tenant) (pid int, ok bool) {
		var owner string
		if err := db.QueryRow(`SELECT owner FROM leases WHERE name = $1 AND until > $2`, "mailbox:"+tn.spoc+"/INBOX", time.Now().UnixMilli()).Scan(&owner); err != nil {
			return 0, false
		}
		parts := strings.Split(owner, "/")
		if len(parts) != 3 {
			return 0, false
		}
		pid, err := strconv.Atoi(parts[1])
		return pid, err == nil
	}
	waitHolder := func(tn tenant, not int, timeout time.Duration) (int, time.Duration) {
		t.Helper()
		t0 := time.Now()
		for time.Since(t0) < timeout {
			if pid, ok := holder(tn); ok && pid != not {
				return pid, time.Since(t0)
			}
			time.Sleep(100 * time.Millisecond)
		}
		t.Fatalf("mailbox %s not picked up within %v", tn.name, timeout)
		return 0, 0
	}

	// Mail arrives throughout.
	requesters := map[string][]string{}
	sendBatch := func(from, to int) {
		for i := from; i < to; i++ {
			for _, tn := range tenants {
				rq := env.Unique(t, fmt.Sprintf("%s-u%04d", tn.name, i))
				requesters[tn.name] = append(requesters[tn.name], rq)
				raw := fmt.Sprintf("From: %s\r\nTo: %s\r\nSubject: Lamp %d kapot\r\nDate: %s\r\nMessage-ID: <%s.%d@client.test>\r\n\r\nGraag vervangen.\r\n",
					rq, tn.spoc, i, time.Now().Format(time.RFC1123Z), tn.name, i)
				env.Send(t, rq, []string{tn.spoc}, []byte(raw))
			}
		}
	}
	for _, tn := range tenants {
		waitHolder(tn, 0, 30*time.Second)
	}
	sendBatch(0, perTenant/3)

	// SIGKILL the instance that polls the first mailbox.
	victim, _ := holder(tenants[0])
	procs[victim].cmd.Process.Signal(syscall.SIGKILL)
	procs[victim].cmd.Wait()
	procs[victim].stopped = true
	_, took := waitHolder(tenants[0], victim, 4*lease)
	killTakeover := took
	t.Logf("SIGKILL of pid %d: mailbox %s picked up again after %v (lease %v)", victim, tenants[0].name, took.Round(time.Millisecond), lease)
	if took > 2*lease {
		t.Errorf("takeover after SIGKILL took %v, more than twice the lease", took)
	}
	sendBatch(perTenant/3, 2*perTenant/3)

	// SIGSTOP the instance that now polls the second mailbox for three leases, then resume it.
	paused, _ := waitHolder(tenants[1], victim, 4*lease) // a live instance
	procs[paused].cmd.Process.Signal(syscall.SIGSTOP)
	_, took = waitHolder(tenants[1], paused, 4*lease)
	stopTakeover := took
	t.Logf("SIGSTOP of pid %d: mailbox %s picked up again after %v", paused, tenants[1].name, took.Round(time.Millisecond))
	if took > 2*lease {
		t.Errorf("takeover after SIGSTOP took %v, more than twice the lease", took)
	}
	sendBatch(2*perTenant/3, perTenant)
	time.Sleep(3 * lease)
	procs[paused].cmd.Process.Signal(syscall.SIGCONT)

	// Wait for every acknowledgement and forward, and for the digest time to pass.
	deadline := 10 * time.Minute
	for _, tn := range tenants {
		for _, rq := range requesters[tn.name] {
			env.WaitCount(t, rq, "INBOX", 1, deadline)
		}
		env.WaitCount(t, tn.supplier, "INBOX", perTenant, deadline) // forwards (the digest comes on top)
	}
	for time.Now().Before(due.Add(20 * time.Second)) {
		time.Sleep(time.Second)
	}
	for _, tn := range tenants {
		env.WaitCount(t, tn.customer, "INBOX", 1, 2*time.Minute)
	}
	time.Sleep(5 * time.Second)
	for _, p := range procs {
		if !p.stopped {
			p.cmd.Process.Signal(syscall.SIGTERM)
		}
	}
	for _, p := range procs {
		if !p.stopped {
			done := make(chan struct{})
			go func() { p.cmd.Wait(); close(done) }()
			select {
			case <-done:
			case <-time.After(15 * time.Second):
				t.Errorf("an instance did not stop within 15s of SIGTERM")
			}
			p.stopped = true
		}
	}

	// The figures.
	var resent int
	for _, tn := range tenants {
		r := Run(t, bin, time.Minute, "--config", cfgPath, "list", "--json", "--tenant", tn.name)
		var reqs []struct{ Ref, Requester string }
		if err := json.Unmarshal([]byte(r.Stdout), &reqs); err != nil {
			t.Fatalf("list %s: %v\n%s", tn.name, err, r.Stderr)
		}
		seen := map[string]bool{}
		for _, rq := range reqs {
			if !strings.HasPrefix(rq.Ref, strings.ToUpper(tn.name)+"-") || seen[rq.Requester] || !strings.Contains(rq.Requester, "-"+tn.name+"-u") {
				t.Fatalf("mailbox %s: request %s from %s is wrong or twice", tn.name, rq.Ref, rq.Requester)
			}
			seen[rq.Requester] = true
		}
		if len(reqs) != perTenant {
			t.Fatalf("mailbox %s: %d requests, want %d", tn.name, len(reqs), perTenant)
		}
		for _, rq := range requesters[tn.name] {
			box := env.Mailbox(t, rq, "INBOX")
			ids := map[string]bool{}
			for _, raw := range box {
				ids[headerValue(raw, "Message-Id")] = true
			}
			if len(ids) != 1 {
				t.Fatalf("%s has %d different acknowledgements", rq, len(ids))
			}
			resent += len(box) - 1
		}
		ids := map[string]bool{}
		forwards, supplierDigests := 0, 0
		for _, raw := range env.Mailbox(t, tn.supplier, "INBOX") {
			switch headerValue(raw, "X-Spocd-Kind") {
			case "forward":
				forwards++
				ids[headerValue(raw, "Message-Id")] = true
			case "digest":
				supplierDigests++
			}
		}
		if len(ids) != perTenant {
			t.Fatalf("mailbox %s: supplier has %d distinct forwards, want %d", tn.name, len(ids), perTenant)
		}
		resent += forwards - len(ids)
		digests := 0
		for _, raw := range env.Mailbox(t, tn.customer, "INBOX") {
			if headerValue(raw, "X-Spocd-Kind") == "digest" {
				digests++
			}
		}
		if digests != 1 || supplierDigests != 1 {
			t.Fatalf("mailbox %s: the customer SPOC has %d digests and the supplier %d, want 1 each", tn.name, digests, supplierDigests)
		}
	}
	var pending int
	db.QueryRowContext(context.Background(), `SELECT COUNT(*) FROM outbox WHERE status = 'pending'`).Scan(&pending)
	if pending != 0 {
		t.Fatalf("%d mails still in the outbox", pending)
	}
	Figures(t, fmt.Sprintf("3 instances, 3 mailboxes, %d mails: %d requests, 0 lost, 0 duplicated, %d resent copies with the same Message-ID, 3 digests, outbox empty; takeover after SIGKILL %v, after SIGSTOP %v (lease %v)",
		3*perTenant, 3*perTenant, resent, killTakeover.Round(time.Millisecond), stopTakeover.Round(time.Millisecond), lease))
}
