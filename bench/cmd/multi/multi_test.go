package main

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/spocd/spocd/config"
)

// The generated installation is one spocd accepts: ten mailboxes, the lease, the DSN.
func TestRenderIsAValidInstallation(t *testing.T) {
	dir := t.TempDir()
	pw := filepath.Join(dir, "pw")
	if err := os.WriteFile(pw, []byte("secret\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	var boxes []string
	for i := range 10 {
		boxes = append(boxes, "spoc-"+boxName(i)+"@example.test")
	}
	dsn := "postgres://postgres@127.0.0.1:5432/test?sslmode=disable&search_path=spocd_bench_x"
	for _, lease := range []time.Duration{0, 5 * time.Second} {
		in := installation{DSN: dsn, Lease: lease, SMTP: "127.0.0.1:2525", PasswordFile: pw, IMAP: "127.0.0.1:16143",
			Mailboxes: boxes, Domain: "example.test", Supplier: "leverancier@example.net"}
		cfg, err := config.Parse("bench.toml", []byte(in.render()), func(string) string { return "" })
		if err != nil {
			t.Fatalf("lease %v: %v\n%s", lease, err, in.render())
		}
		tenants := cfg.Tenants()
		if len(tenants) != 10 {
			t.Fatalf("%d tenants, want 10", len(tenants))
		}
		prefixes := map[string]bool{}
		for i, tn := range tenants {
			if tn.Tenant != boxName(i) || tn.IMAP.Username != boxes[i] || tn.SPOC.Address != boxes[i] {
				t.Errorf("tenant %d: name %q, login %q, spoc %q", i, tn.Tenant, tn.IMAP.Username, tn.SPOC.Address)
			}
			prefixes[tn.Organisation.RefPrefix] = true
		}
		if len(prefixes) != 10 {
			t.Errorf("reference prefixes are not distinct: %v", prefixes)
		}
		if cfg.Database.Driver != "postgres" || cfg.Database.DSN != dsn {
			t.Errorf("database %q %q", cfg.Database.Driver, cfg.Database.DSN)
		}
		want := lease
		if want == 0 {
			want = 60 * time.Second // spocd's default
		}
		if cfg.Database.Lease.Duration != want {
			t.Errorf("lease %v, want %v", cfg.Database.Lease.Duration, want)
		}
	}
}

// A static split names each half by its place among all mailboxes, so that the two configs
// of round (c) agree on names and reference prefixes.
func TestRenderSecondHalf(t *testing.T) {
	dir := t.TempDir()
	pw := filepath.Join(dir, "pw")
	os.WriteFile(pw, []byte("secret\n"), 0o600)
	in := installation{DSN: "postgres://x@127.0.0.1/test", SMTP: "127.0.0.1:2525", PasswordFile: pw, IMAP: "127.0.0.1:16143",
		Mailboxes: []string{"spoc-5@example.test", "spoc-6@example.test"}, First: 5, Domain: "example.test", Supplier: "l@example.net"}
	cfg, err := config.Parse("half.toml", []byte(in.render()), func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	tenants := cfg.Tenants()
	if len(tenants) != 2 || tenants[0].Tenant != "m05" || tenants[1].Tenant != "m06" ||
		tenants[0].Organisation.RefPrefix != "GMF" || tenants[1].IMAP.Username != "spoc-6@example.test" {
		t.Fatalf("second half: %d tenants, first %q %q", len(tenants), tenants[0].Tenant, tenants[0].Organisation.RefPrefix)
	}
}

func TestRefPrefix(t *testing.T) {
	for i, want := range map[int]string{0: "GMA", 9: "GMJ", 25: "GMZ", 26: "GMAA", 27: "GMAB", 701: "GMZZ", 702: "GMAAA"} {
		if got := refPrefix(i); got != want {
			t.Errorf("refPrefix(%d) = %q, want %q", i, got, want)
		}
	}
}

func TestOwnerPID(t *testing.T) {
	for _, c := range []struct {
		owner string
		pid   int
		ok    bool
	}{
		{"host/1234/abcd", 1234, true},
		{"a.b.c/1/x", 1, true},
		{"turn", 0, false},
		{"host/x/abcd", 0, false},
		{"host/-5/abcd", 0, false},
		{"host/12/ab/cd", 0, false},
		{"", 0, false},
	} {
		pid, ok := ownerPID(c.owner)
		if pid != c.pid || ok != c.ok {
			t.Errorf("ownerPID(%q) = %d, %v; want %d, %v", c.owner, pid, ok, c.pid, c.ok)
		}
	}
	if got := leaseName("spoc@example.test"); got != "mailbox:spoc@example.test/INBOX" {
		t.Errorf("leaseName = %q", got)
	}
}

func TestPct(t *testing.T) {
	ms := func(v ...int) []time.Duration {
		var d []time.Duration
		for _, x := range v {
			d = append(d, time.Duration(x)*time.Millisecond)
		}
		return d
	}
	for _, c := range []struct {
		d    []time.Duration
		p    int
		want time.Duration
	}{
		{nil, 50, 0},
		{ms(7), 95, 7 * time.Millisecond},
		{ms(5, 1, 4, 2, 3), 50, 3 * time.Millisecond},
		{ms(10, 9, 8, 7, 6, 5, 4, 3, 2, 1), 50, 5 * time.Millisecond},
		{ms(10, 9, 8, 7, 6, 5, 4, 3, 2, 1), 95, 10 * time.Millisecond},
		{ms(10, 9, 8, 7, 6, 5, 4, 3, 2, 1), 100, 10 * time.Millisecond},
		{ms(3, 1, 2), 1, 1 * time.Millisecond},
	} {
		if got := pct(c.d, c.p); got != c.want {
			t.Errorf("pct(%v, %d) = %v, want %v", c.d, c.p, got, c.want)
		}
	}
}

func TestParseCPULine(t *testing.T) {
	a, err := parseCPULine("cpu  100 0 50 800 50 0 0 0 0 0")
	if err != nil {
		t.Fatal(err)
	}
	if a.busy != 150 || a.total != 1000 {
		t.Fatalf("busy %d total %d", a.busy, a.total)
	}
	b, _ := parseCPULine("cpu  250 0 100 900 50 0 0 0 30 0") // guest time is part of user already
	if got := busyShare(a, b); got < 0.666 || got > 0.667 {  // 200 busy of 300 ticks
		t.Errorf("busyShare = %v, want 2/3", got)
	}
	if got := busyShare(b, a); got != 0 {
		t.Errorf("busyShare backwards = %v, want 0", got)
	}
	for _, bad := range []string{"", "cpu0 1 2 3 4 5", "cpu 1 2 3", "cpu 1 x 3 4 5", "intr 1 2 3 4 5"} {
		if _, err := parseCPULine(bad); err == nil {
			t.Errorf("parseCPULine(%q) accepted", bad)
		}
	}
}
