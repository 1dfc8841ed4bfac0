// Command multi measures spocd across instances (issue 8): ten SPOC mailboxes in one
// installation on PostgreSQL, served by one and by two `spocd run` instances, against a real
// Dovecot + Postfix on loopback. bench/multi.sh builds everything, starts the mail servers
// and the SMTP sink, and runs it.
//
//  1. Seed: N generated request mails (bench/benchmail) spread round-robin over the
//     mailboxes by IMAP APPEND. The same mails serve both ingest rounds: each round gets a
//     fresh PostgreSQL schema, so spocd's watermarks start at zero.
//  2. Limit: bench/cmd/plainfetch on every mailbox in parallel (also warms the caches).
//  3. Ingest (a) with one instance, (b) with two started together, both serving all
//     mailboxes, (c) with two whose configs split the mailboxes in halves (the best spread
//     leases could reach): the time from starting the processes until
//     `SELECT COUNT(*) FROM requests` reaches N. Outbox mail goes to the sink. Reports which
//     instance polled how many mailboxes, lease moves, CPU time, and checks that there are
//     exactly N requests once the instances have stopped.
//  4. Latency with a takeover: a fresh schema, [database] lease = 5s, two instances, mail
//     through the real Postfix. Requests are mailed at a fixed pace to the mailboxes of one
//     instance (the victim) and timed until the acknowledgement is in the requester's
//     INBOX — once undisturbed, once while the victim is killed with SIGKILL a fifth into
//     the window, so that the other instance must take its mailboxes over.
//
// It prints the result table on stdout and progress on stderr.
package main

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // registers "pgx"
	"golang.org/x/sync/errgroup"

	"github.com/spocd/spocd/bench/benchmail"
)

type options struct {
	spocd, plainfetch, dir          string
	imap, smtp, sink                string
	pg, password, domain, supplierD string
	n, samples, boxes               int
	noSplit                         bool
	lease                           time.Duration
	roundTimeout                    time.Duration
}

func main() {
	var o options
	flag.StringVar(&o.spocd, "spocd", "", "path of the spocd binary")
	flag.StringVar(&o.plainfetch, "plainfetch", "", "path of bench/cmd/plainfetch (empty: no limit row)")
	flag.StringVar(&o.dir, "dir", "", "work directory (configs, logs)")
	flag.StringVar(&o.imap, "imap", "127.0.0.1:14143", "IMAP server (plain text)")
	flag.StringVar(&o.smtp, "smtp", "127.0.0.1:14025", "the real SMTP server (latency)")
	flag.StringVar(&o.sink, "sink", "", "SMTP sink for the ingest rounds (bench/cmd/sink)")
	flag.StringVar(&o.pg, "pg", "postgres://postgres@127.0.0.1:5432/test?sslmode=disable", "PostgreSQL DSN; every round gets a fresh schema in it, dropped at the end")
	flag.StringVar(&o.password, "password", "secret", "password of every mailbox")
	flag.StringVar(&o.domain, "domain", "example.test", "the organisations' domain")
	flag.StringVar(&o.supplierD, "supplier-domain", "example.net", "the supplier's domain (a local domain of the mail server)")
	flag.IntVar(&o.n, "n", 5000, "mails to ingest, spread over the mailboxes")
	flag.IntVar(&o.samples, "samples", 30, "latency samples per round")
	flag.IntVar(&o.boxes, "mailboxes", 10, "SPOC mailboxes")
	flag.DurationVar(&o.lease, "lease", 5*time.Second, "[database] lease of the latency rounds")
	flag.BoolVar(&o.noSplit, "no-split", false, "skip round (c), the static split of the mailboxes")
	flag.DurationVar(&o.roundTimeout, "round-timeout", 4*time.Minute, "longest ingest round")
	flag.Parse()
	if o.spocd == "" || o.dir == "" || o.sink == "" || o.n < 1 || o.samples < 1 || o.boxes < 2 {
		fmt.Fprintln(os.Stderr, "multi: -spocd, -dir and -sink are required; -n >= 1, -samples >= 1, -mailboxes >= 2")
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	b := &bench{o: o, tag: fmt.Sprintf("%05d", time.Now().Unix()%100000)}
	err := b.run(ctx)
	stop()
	b.procs.killAll()
	b.dropSchemas()
	if err != nil {
		fmt.Fprintln(os.Stderr, "multi:", err)
		os.Exit(1)
	}
}

type bench struct {
	o       options
	tag     string
	procs   procs
	admin   *sql.DB
	mu      sync.Mutex
	schemas []string
	pwFile  string
}

func logf(format string, args ...any) { fmt.Fprintf(os.Stderr, "multi: "+format+"\n", args...) }

func (b *bench) run(ctx context.Context) error {
	o := b.o
	db, err := sql.Open("pgx", o.pg)
	if err != nil {
		return fmt.Errorf("postgres: %w", err)
	}
	b.admin = db
	if err := db.PingContext(ctx); err != nil {
		return fmt.Errorf("postgres: %w", err)
	}
	b.pwFile = filepath.Join(o.dir, "mail-password")
	if err := os.WriteFile(b.pwFile, []byte(o.password+"\n"), 0o600); err != nil {
		return fmt.Errorf("password file: %w", err)
	}

	boxes := make([]string, o.boxes)
	for i := range boxes {
		boxes[i] = fmt.Sprintf("spoc-%s-%s@%s", boxName(i), b.tag, o.domain)
	}
	logf("seeding %d mails over %d mailboxes", o.n, o.boxes)
	mb, seedTime, err := b.seed(ctx, boxes)
	if err != nil {
		return err
	}
	logf("seeded %.1f MB in %.1fs", mb, seedTime.Seconds())

	var limit time.Duration
	if o.plainfetch != "" {
		logf("limit: plain fetch + parse of every mailbox in parallel")
		if limit, err = b.plainFetch(ctx, boxes); err != nil {
			return err
		}
	}
	rounds := []struct {
		name, id  string
		instances int
		split     bool
		res       ingestResult
	}{
		{name: "(a) one instance", id: "a", instances: 1},
		{name: "(b) two instances", id: "b", instances: 2},
		{name: "(c) two, mailboxes split in config", id: "c", instances: 2, split: true},
	}
	if o.noSplit {
		rounds = rounds[:2]
	}
	for i := range rounds {
		r := &rounds[i]
		logf("ingest %s", r.name)
		if r.res, err = b.ingest(ctx, r.id, boxes, r.instances, r.split); err != nil {
			return err
		}
		logf("ingest %s: %.1fs, mailboxes %s, requests %d", r.name, r.res.elapsed.Seconds(), r.res.splitText(), r.res.requests)
	}

	logf("latency: two instances, lease %v, %d samples per round", o.lease, o.samples)
	lat, err := b.latency(ctx)
	if err != nil {
		return err
	}

	// The table.
	rate := func(d time.Duration) float64 { return float64(o.n) / d.Seconds() }
	fmt.Printf("Ingest: %d mails (%.0f MB) over %d mailboxes, PostgreSQL; from starting `spocd run` until every request exists\n", o.n, mb, o.boxes)
	fmt.Printf("  %-34s %9s %9s %14s %13s %9s\n", "", "time", "msg/s", "mailboxes", "CPU s", "CPU busy")
	if limit > 0 {
		fmt.Printf("  %-34s %7.2f s %9.0f %14s %13s %9s\n", fmt.Sprintf("limit: plain fetch+parse, %d clients", o.boxes), limit.Seconds(), rate(limit), "-", "-", "-")
	}
	var moves []string
	for _, r := range rounds {
		fmt.Printf("  %-34s %7.2f s %9.0f %14s %13s %8.0f%%\n", r.name, r.res.elapsed.Seconds(), rate(r.res.elapsed),
			r.res.splitText(), r.res.cpuText(), 100*r.res.busy)
		moves = append(moves, fmt.Sprintf("%s %d", r.id, r.res.moves))
		if r.res.requests != o.n {
			fmt.Printf("  %-34s %d requests for %d mails: a mail was taken twice\n", "", r.res.requests, o.n)
		}
	}
	for _, r := range rounds[1:] {
		fmt.Printf("  %-34s %9s %9.2f\n", fmt.Sprintf("ratio %s/(a)", r.name[:3]), "", rate(r.res.elapsed)/rate(rounds[0].res.elapsed))
	}
	fmt.Printf("  mailboxes: how many each instance polled at the end (lease moves during the round: %s)\n", strings.Join(moves, ", "))
	fmt.Printf("  CPU s: user+system of each spocd process; CPU busy: the whole machine (%d cores) during the round\n", cores())
	fmt.Printf("\nLatency: request -> acknowledgement in the requester's INBOX (real Postfix + Dovecot, IDLE)\n")
	fmt.Printf("  two instances, %d mailboxes, lease %v; %d requests per round, one every %v, to the %d mailboxes of one instance\n",
		o.boxes, o.lease, o.samples, lat.interval.Round(time.Millisecond), lat.victimBoxes)
	fmt.Printf("  %-50s %8s %8s %8s\n", "", "p50", "p95", "max")
	for _, r := range []struct {
		name string
		d    []time.Duration
	}{{"no takeover", lat.base}, {fmt.Sprintf("SIGKILL of that instance after %v", lat.killAfter.Round(time.Millisecond)), lat.takeover}} {
		fmt.Printf("  %-50s %5d ms %5d ms %5d ms\n", r.name, pct(r.d, 50).Milliseconds(), pct(r.d, 95).Milliseconds(), pct(r.d, 100).Milliseconds())
	}
	var seq []string
	for _, d := range lat.takeover {
		seq = append(seq, fmt.Sprintf("%.1f", d.Seconds()))
	}
	fmt.Printf("  takeover round, each request in the order mailed (s): %s\n", strings.Join(seq, " "))
	fmt.Printf("  its mailboxes were polled again %v after the SIGKILL (lease %v); %d of %d requests were mailed after the kill\n",
		lat.pickedUp.Round(100*time.Millisecond), o.lease, lat.afterKill, o.samples)
	return nil
}

func cores() int {
	out, err := exec.Command("nproc").Output()
	if err != nil {
		return 0
	}
	var n int
	fmt.Sscanf(strings.TrimSpace(string(out)), "%d", &n)
	return n
}

// seed appends mail i to mailbox i mod len(boxes), one connection per mailbox.
func (b *bench) seed(ctx context.Context, boxes []string) (mb float64, took time.Duration, err error) {
	start := time.Now()
	var mu sync.Mutex
	var total int64
	g, ctx := errgroup.WithContext(ctx)
	for k, box := range boxes {
		g.Go(func() error {
			c, err := benchmail.Login(b.o.imap, box, b.o.password)
			if err != nil {
				return fmt.Errorf("seed: %w", err)
			}
			defer c.Close()
			var n int64
			for i := k; i < b.o.n; i += len(boxes) {
				if ctx.Err() != nil {
					return ctx.Err()
				}
				raw := benchmail.Generate(uint64(1), i, b.o.domain, box)
				n += int64(len(raw))
				if err := benchmail.Append(c, "INBOX", raw); err != nil {
					return fmt.Errorf("seed %s message %d: %w", box, i, err)
				}
			}
			mu.Lock()
			total += n
			mu.Unlock()
			return c.Logout().Wait()
		})
	}
	if err := g.Wait(); err != nil {
		return 0, 0, err
	}
	return float64(total) / 1e6, time.Since(start), nil
}

// plainFetch runs bench/cmd/plainfetch on every mailbox at once and returns the wall time.
func (b *bench) plainFetch(ctx context.Context, boxes []string) (time.Duration, error) {
	start := time.Now()
	g, ctx := errgroup.WithContext(ctx)
	for _, box := range boxes {
		g.Go(func() error {
			out, err := exec.CommandContext(ctx, b.o.plainfetch, "-imap", b.o.imap, "-user", box, "-password", b.o.password).Output()
			if err != nil {
				return fmt.Errorf("plainfetch %s: %w", box, err)
			}
			var n int
			if _, err := fmt.Sscanf(string(out), "%d", &n); err != nil {
				return fmt.Errorf("plainfetch %s: output %q: %w", box, out, err)
			}
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return 0, err
	}
	return time.Since(start), nil
}

// newSchema creates a fresh schema and returns the DSN that uses it.
func (b *bench) newSchema(ctx context.Context, round string) (schema, dsn string, err error) {
	r := make([]byte, 4)
	rand.Read(r)
	schema = "spocd_bench_" + round + "_" + hex.EncodeToString(r)
	if _, err := b.admin.ExecContext(ctx, "CREATE SCHEMA "+schema); err != nil {
		return "", "", fmt.Errorf("create schema: %w", err)
	}
	b.mu.Lock()
	b.schemas = append(b.schemas, schema)
	b.mu.Unlock()
	sep := "?"
	if strings.Contains(b.o.pg, "?") {
		sep = "&"
	}
	return schema, b.o.pg + sep + "search_path=" + schema, nil
}

func (b *bench) dropSchema(schema string) {
	if b.admin == nil {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if _, err := b.admin.ExecContext(ctx, "DROP SCHEMA IF EXISTS "+schema+" CASCADE"); err != nil {
		logf("drop schema %s: %v", schema, err)
	}
}

func (b *bench) dropSchemas() {
	b.mu.Lock()
	list := b.schemas
	b.schemas = nil
	b.mu.Unlock()
	for _, s := range list {
		b.dropSchema(s)
	}
	if b.admin != nil {
		b.admin.Close()
	}
}

// install writes the config of a round and migrates its schema.
func (b *bench) install(ctx context.Context, round string, in installation) (cfg string, err error) {
	cfg = filepath.Join(b.o.dir, "spocd-"+round+".toml")
	if err := os.WriteFile(cfg, []byte(in.render()), 0o600); err != nil {
		return "", fmt.Errorf("config: %w", err)
	}
	out, err := exec.CommandContext(ctx, b.o.spocd, "--config", cfg, "migrate").CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("spocd migrate (%s): %w: %s", cfg, err, out)
	}
	return cfg, nil
}

// holders returns the pid polling each mailbox (by IMAP login) under a live lease.
func (b *bench) holders(ctx context.Context, schema string) (map[string]int, error) {
	rows, err := b.admin.QueryContext(ctx, "SELECT name, owner FROM "+schema+".leases WHERE name LIKE 'mailbox:%' AND until > $1", time.Now().UnixMilli())
	if err != nil {
		return nil, fmt.Errorf("leases: %w", err)
	}
	defer rows.Close()
	out := map[string]int{}
	for rows.Next() {
		var name, owner string
		if err := rows.Scan(&name, &owner); err != nil {
			return nil, fmt.Errorf("leases: %w", err)
		}
		if pid, ok := ownerPID(owner); ok {
			out[strings.TrimSuffix(strings.TrimPrefix(name, "mailbox:"), "/INBOX")] = pid
		}
	}
	return out, rows.Err()
}

// pause waits d or until ctx ends; false when ctx ended.
func pause(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}
