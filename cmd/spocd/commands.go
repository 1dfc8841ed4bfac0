package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/spocd/spocd/daemon"
	"github.com/spocd/spocd/workflow"
	"github.com/spocd/spocd/workflow/sqlstore"
)

func (a *app) cmdRun(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	once := fs.Bool("once", false, "process what is pending and exit")
	shadow := fs.Bool("shadow", false, "record what would happen; send and mark nothing")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{"run takes no arguments"}
	}
	cfg, err := a.loadConfig()
	if err != nil {
		return err
	}
	log := a.logger(cfg)
	scaleMemoryLimit(a.getenv, len(cfg.Tenants()))
	deps, closeFn, err := wire(ctx, cfg, cfg.Tenants(), log, *shadow)
	if err != nil {
		return err
	}
	defer closeFn()
	if *once {
		var errs []error
		for _, d := range deps {
			if f, ok := a.stderr.(*os.File); ok && isTerminal(f) {
				d.Progress = newProgress(f)
			} else {
				d.Progress = logProgress(d.Log, 10*time.Second)
			}
			sum, err := daemon.Once(ctx, d)
			d.Log.Info("run --once done", "fetched", sum.Fetched, "outcomes", sum.Outcomes, "sent", sum.Sent,
				"failed", sum.SendFailed, "retrying", sum.Retrying, "timers", sum.TimersFired, "shadow", *shadow)
			if err != nil {
				errs = append(errs, fmt.Errorf("%s: %w", orDefault(d.Config.Tenant), err))
			}
		}
		return errors.Join(errs...)
	}
	stopHTTP, err := startHTTP(ctx, cfg, log, deps, webEngines(deps)) // httpwire.go
	if err != nil {
		return err
	}
	defer stopHTTP()
	g, gctx := errgroup.WithContext(ctx)
	for _, d := range deps {
		d.Log.Info("spocd running", "mailbox", d.Config.IMAP.Mailbox, "imap", d.Config.IMAP.Address, "smtp", d.Config.SMTP.Address, "shadow", *shadow)
		g.Go(func() error { return daemon.Run(gctx, d) })
	}
	err = g.Wait()
	log.Info("spocd stopped")
	return err
}

func orDefault(tenant string) string {
	if tenant == "" {
		return "mailbox"
	}
	return "mailbox " + tenant
}

func (a *app) cmdMigrate(ctx context.Context, args []string) error {
	if len(args) > 0 {
		return usageError{"migrate takes no arguments"}
	}
	cfg, err := a.loadConfig()
	if err != nil {
		return err
	}
	db, err := sqlstore.Open(ctx, cfg.Database.Driver, cfg.Database.DSN)
	if err != nil {
		return err
	}
	defer db.Close()
	n, err := db.Migrate(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "database %s: %d migration(s) applied, schema up to date\n", cfg.Database.Driver, n)
	return nil
}

// requestJSON is the contract of SPEC §7.
type requestJSON struct {
	Ref         string         `json:"ref"`
	Status      string         `json:"status"`
	Subject     string         `json:"subject"`
	Requester   string         `json:"requester"`
	Category    string         `json:"category"`
	ExtraWork   bool           `json:"extra_work"`
	EstimateEUR *float64       `json:"estimate_eur"`
	SupplierRef string         `json:"supplier_ref,omitempty"`
	Shadow      bool           `json:"shadow,omitempty"` // recorded by run --shadow: nothing was sent
	CreatedAt   time.Time      `json:"created_at"`
	UpdatedAt   time.Time      `json:"updated_at"`
	Approvals   []approvalJSON `json:"approvals"`
	Events      []eventJSON    `json:"events,omitempty"`
}

type approvalJSON struct {
	Approver  string     `json:"approver"`
	Round     int        `json:"round"`
	Decision  string     `json:"decision"`
	DecidedAt *time.Time `json:"decided_at"`
	Remark    string     `json:"remark"`
}

type eventJSON struct {
	At        time.Time `json:"at"`
	Kind      string    `json:"kind"`
	Actor     string    `json:"actor"`
	MessageID string    `json:"message_id"`
	Detail    string    `json:"detail"`
}

func toJSON(r workflow.Request, apps []workflow.Approval, evs []workflow.Event) requestJSON {
	out := requestJSON{Ref: r.Ref, Status: string(r.Status), Subject: r.Subject, Requester: r.Requester, Category: r.Category,
		ExtraWork: r.ExtraWork, SupplierRef: r.SupplierRef, Shadow: r.Shadow, CreatedAt: r.CreatedAt, UpdatedAt: r.UpdatedAt, Approvals: []approvalJSON{}}
	if r.EstimateCents != nil {
		v := float64(*r.EstimateCents) / 100
		out.EstimateEUR = &v
	}
	for _, a := range apps {
		d := a.Decision
		if d == "" {
			d = "pending"
		}
		out.Approvals = append(out.Approvals, approvalJSON{Approver: a.Approver, Round: a.Round, Decision: d, DecidedAt: a.DecidedAt, Remark: a.Remark})
	}
	if evs != nil {
		out.Events = []eventJSON{}
	}
	for _, e := range evs {
		out.Events = append(out.Events, eventJSON{At: e.At, Kind: e.Kind, Actor: e.Actor, MessageID: e.MessageID, Detail: e.Detail})
	}
	return out
}

func (a *app) cmdList(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("list", flag.ContinueOnError)
	status := fs.String("status", "", "only requests in this state")
	asJSON := fs.Bool("json", false, "JSON output")
	tenant := fs.String("tenant", "", "the mailbox, in an installation with [[mailbox]] blocks")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{"list takes no arguments"}
	}
	if *status != "" && !workflow.Status(*status).Valid() {
		var names []string
		for _, s := range workflow.Statuses {
			names = append(names, string(s))
		}
		return usageError{fmt.Sprintf("unknown status %q (one of %s)", *status, strings.Join(names, ", "))}
	}
	root, err := a.loadConfig()
	if err != nil {
		return err
	}
	cfg, db, err := tenantStore(ctx, root, *tenant)
	if err != nil {
		return err
	}
	defer db.Close()
	reqs, err := db.ListRequests(ctx, workflow.ListFilter{Status: workflow.Status(*status)})
	if err != nil {
		return err
	}
	if *asJSON {
		out := make([]requestJSON, 0, len(reqs))
		for _, r := range reqs {
			apps, err := db.Approvals(ctx, r.ID)
			if err != nil {
				return err
			}
			out = append(out, toJSON(r, apps, nil))
		}
		enc := json.NewEncoder(a.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	tw := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "REF\tSTATUS\tCREATED\tREQUESTER\tESTIMATE\tSUBJECT")
	for _, r := range reqs {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", r.Ref, r.Status, r.CreatedAt.In(cfg.Organisation.Location).Format("2006-01-02 15:04"),
			r.Requester, workflow.FormatEUR(r.EstimateCents), clip(r.Subject, 60))
	}
	tw.Flush()
	counts := map[workflow.Status]int{}
	for _, r := range reqs {
		counts[r.Status]++
	}
	var parts []string
	for _, s := range workflow.Statuses {
		if counts[s] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", counts[s], s))
		}
	}
	sort.Strings(parts)
	fmt.Fprintf(a.stdout, "%d request(s)", len(reqs))
	if len(parts) > 0 {
		fmt.Fprintf(a.stdout, ": %s", strings.Join(parts, ", "))
	}
	fmt.Fprintln(a.stdout)
	shadow, err := db.Outbox(ctx, "shadow")
	if err != nil {
		return err
	}
	if len(shadow) > 0 {
		kinds := map[string]int{}
		for _, m := range shadow {
			kinds[m.Kind]++
		}
		var ks []string
		for k, n := range kinds {
			ks = append(ks, fmt.Sprintf("%d %s", n, k))
		}
		sort.Strings(ks)
		fmt.Fprintf(a.stdout, "shadow mode: %d mail(s) spocd would have sent (%s); none was sent. 'spocd show REF' lists them.\n", len(shadow), strings.Join(ks, ", "))
	}
	return nil
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

func (a *app) cmdShow(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("show", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "JSON output")
	tenant := fs.String("tenant", "", "the mailbox, in an installation with [[mailbox]] blocks")
	// Allow "show REF --json" as well as "show --json REF".
	var pos, flags []string
	for i := 0; i < len(args); i++ {
		x := args[i]
		switch {
		case x == "--tenant" || x == "-tenant":
			flags = append(flags, x)
			if i+1 < len(args) {
				i++
				flags = append(flags, args[i])
			}
		case strings.HasPrefix(x, "-"):
			flags = append(flags, x)
		default:
			pos = append(pos, x)
		}
	}
	if err := parseFlags(fs, flags); err != nil {
		return err
	}
	if len(pos) != 1 {
		return usageError{"show needs exactly one reference, e.g. spocd show SPOC-0042"}
	}
	root, err := a.loadConfig()
	if err != nil {
		return err
	}
	cfg, db, err := tenantStore(ctx, root, *tenant)
	if err != nil {
		return err
	}
	defer db.Close()
	r, err := db.RequestByRef(ctx, pos[0])
	if errors.Is(err, workflow.ErrNotFound) {
		return fmt.Errorf("no request %s", strings.ToUpper(pos[0]))
	}
	if err != nil {
		return err
	}
	apps, err := db.Approvals(ctx, r.ID)
	if err != nil {
		return err
	}
	evs, err := db.Events(ctx, r.ID)
	if err != nil {
		return err
	}
	j := toJSON(*r, apps, evs)
	if *asJSON {
		enc := json.NewEncoder(a.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(j)
	}
	loc := cfg.Organisation.Location
	w := a.stdout
	fmt.Fprintf(w, "%s  %s\n", r.Ref, r.Subject)
	fmt.Fprintf(w, "  status     %s\n  requester  %s\n  category   %s\n  extra work %t\n  estimate   %s\n  created    %s\n  updated    %s\n",
		r.Status, r.Requester, orDash(r.Category), r.ExtraWork, orDash(workflow.FormatEUR(r.EstimateCents)),
		r.CreatedAt.In(loc).Format("2006-01-02 15:04"), r.UpdatedAt.In(loc).Format("2006-01-02 15:04"))
	if r.SupplierRef != "" {
		fmt.Fprintf(w, "  supplier   %s\n", r.SupplierRef)
	}
	if len(apps) > 0 {
		fmt.Fprintln(w, "\nApprovals:")
		for _, ap := range j.Approvals {
			at := ""
			if ap.DecidedAt != nil {
				at = ap.DecidedAt.In(loc).Format("2006-01-02 15:04")
			}
			fmt.Fprintf(w, "  round %d  %-30s %-8s %s %s\n", ap.Round, ap.Approver, ap.Decision, at, ap.Remark)
		}
	}
	mails, err := db.OutboxByRequest(ctx, r.ID)
	if err != nil {
		return err
	}
	if len(mails) > 0 {
		fmt.Fprintln(w, "\nMails:")
		for _, m := range mails {
			state := m.Status
			if state == "shadow" {
				state = "not sent (shadow mode)"
			}
			fmt.Fprintf(w, "  %s  %-18s to %-30s %s\n", m.CreatedAt.In(loc).Format("2006-01-02 15:04"), m.Kind, strings.Join(m.Recipients, ", "), state)
		}
	}
	fmt.Fprintln(w, "\nEvents:")
	for _, e := range evs {
		fmt.Fprintf(w, "  %s  %-18s %-28s %s\n", e.At.In(loc).Format("2006-01-02 15:04:05"), e.Kind, e.Actor, clip(e.Detail, 100))
	}
	return nil
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// logProgress logs the progress of a long intake at most once per every (and at the end)
// when there is no terminal to draw a bar on.
func logProgress(log *slog.Logger, every time.Duration) func(done, total int) {
	start := time.Now()
	var last time.Time
	return func(done, total int) {
		if time.Since(last) < every && done < total {
			return
		}
		last = time.Now()
		rate := float64(done) / max(time.Since(start).Seconds(), 0.001)
		log.Info("intake progress", "done", done, "total", total, "per_second", int(rate))
	}
}

// newProgress draws a one-line progress bar with counts and rate on a terminal.
func newProgress(w io.Writer) func(done, total int) {
	start := time.Now()
	return func(done, total int) {
		rate := float64(done) / max(time.Since(start).Seconds(), 0.001)
		width := 30
		filled := 0
		if total > 0 {
			filled = min(width, done*width/total)
		}
		fmt.Fprintf(w, "\r[%s%s] %d/%d messages  %.0f/s ", strings.Repeat("#", filled), strings.Repeat(".", width-filled), done, total, rate)
		if total > 0 && done >= total {
			fmt.Fprintln(w)
		}
	}
}
