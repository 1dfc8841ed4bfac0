package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spocd/spocd/config"
	"github.com/spocd/spocd/daemon"
	"github.com/spocd/spocd/templates"
	"github.com/spocd/spocd/workflow"
	"github.com/spocd/spocd/workflow/sqlstore"
)

func (a *app) cmdDigest(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("digest", flag.ContinueOnError)
	week := fs.String("week", "", "ISO week such as 2026-W48 (default: the week the schedule sends now)")
	dry := fs.Bool("dry-run", false, "render only: send and record nothing")
	out := fs.String("out", "", "write digest.html, digest.txt, chart.png and digest.eml to this folder")
	force := fs.Bool("force", false, "send even when the week's digest was sent already")
	tenant := fs.String("tenant", "", "the mailbox, in an installation with [[mailbox]] blocks")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{"digest takes no arguments (use --week 2026-W48)"}
	}
	if *dry && *force {
		return usageError{"--force sends: it cannot go with --dry-run"}
	}
	root, err := a.loadConfig()
	if err != nil {
		return err
	}
	cfg, err := root.TenantByName(*tenant)
	if err != nil {
		return usageError{err.Error()}
	}
	log := a.logger(cfg)
	w := *week
	if w != "" {
		if _, _, err := workflow.ParseWeek(w, cfg.Organisation.Location); err != nil {
			return usageError{err.Error()}
		}
	}

	if *dry {
		_, db, err := tenantStore(ctx, root, *tenant)
		if err != nil {
			return err
		}
		defer db.Close()
		eng, err := newEngine(cfg, db, log)
		if err != nil {
			return err
		}
		if w == "" {
			w, _ = eng.DueDigest(time.Now())
		}
		r, err := eng.Digest(ctx, w, time.Now())
		if err != nil {
			return err
		}
		o, err := eng.BuildDigest(r)
		if err != nil {
			return err
		}
		a.digestSummary(r, o, "dry run: nothing sent")
		return a.writeDigest(*out, o)
	}

	deps, closeFn, err := wire(ctx, root, []*config.Config{cfg}, log, false)
	if err != nil {
		return err
	}
	defer closeFn()
	d := deps[0]
	if w == "" {
		w, _ = d.Engine.DueDigest(time.Now())
	}
	o, sent, err := d.Engine.SendDigestMail(ctx, w, true, *force)
	if err != nil {
		return err
	}
	if !sent {
		rec, err := d.Store.DigestRecord(ctx, strings.ToUpper(w))
		when := "before"
		if err == nil {
			when = "on " + rec.SentAt.In(cfg.Organisation.Location).Format("2006-01-02 15:04")
		}
		fmt.Fprintf(a.stdout, "The digest of %s was sent %s: nothing sent (--force sends it again).\n", strings.ToUpper(w), when)
		return nil
	}
	r, err := d.Engine.Digest(ctx, w, time.Now())
	if err != nil {
		return err
	}
	n, failed, err := daemon.SendOutbox(ctx, d)
	if err != nil {
		return fmt.Errorf("digest written to the outbox, but sending failed (the daemon retries): %w", err)
	}
	status := fmt.Sprintf("sent to %s", strings.Join(o.Recipients, ", "))
	if failed > 0 || n == 0 {
		status = fmt.Sprintf("written to the outbox; %d mail(s) sent, %d failed: see 'spocd run' for retries", n, failed)
	}
	a.digestSummary(r, o, status)
	return a.writeDigest(*out, o)
}

func newEngine(cfg *config.Config, db *sqlstore.DB, log *slog.Logger) (*workflow.Engine, error) {
	tmpl, err := templates.New()
	if err != nil {
		return nil, fmt.Errorf("templates: %w", err)
	}
	return workflow.New(cfg, db, tmpl, workflow.WithLogger(log)), nil
}

// digestSummary prints the main figures of a digest.
func (a *app) digestSummary(r *workflow.DigestReport, o *workflow.DigestOutput, status string) {
	fmt.Fprintf(a.stdout, "%s\n", o.Subject)
	fmt.Fprintf(a.stdout, "  %d requests; this week %d new, %d decided, %d forwarded, %d done, %d cancelled\n",
		r.Total, len(r.New), len(r.Decided), len(r.Forwarded), len(r.Completed), len(r.Cancelled))
	fmt.Fprintf(a.stdout, "  %d awaiting approval, %d forwarded past the response time, %d agenda point(s)\n",
		len(r.Waiting), len(r.Overdue), len(r.Agenda))
	fmt.Fprintf(a.stdout, "  extra work: %s this week, %s this month, %s this year\n",
		workflow.FormatEUR(&r.CostWeek), workflow.FormatEUR(&r.CostMonth), workflow.FormatEUR(&r.CostYear))
	fmt.Fprintf(a.stdout, "  %s\n", status)
}

// writeDigest writes the parts of a digest to dir (nothing when dir is "").
func (a *app) writeDigest(dir string, o *workflow.DigestOutput) error {
	if dir == "" {
		return nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("digest --out: %w", err)
	}
	files := []struct {
		name string
		data []byte
	}{
		{"digest.html", []byte(o.HTML)},
		{"digest.txt", []byte(o.Text)},
		{"chart.png", o.Chart},
		{"digest.eml", o.Raw},
	}
	var errs []error
	for _, f := range files {
		if f.data == nil {
			continue
		}
		p := filepath.Join(dir, f.name)
		if err := os.WriteFile(p, f.data, 0o644); err != nil {
			errs = append(errs, err)
			continue
		}
		fmt.Fprintf(a.stdout, "  wrote %s\n", p)
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("digest --out: %w", err)
	}
	return nil
}

// demoDigest sends this week's digest by hand, delivers it and writes its parts to dir.
func (a *app) demoDigest(ctx context.Context, d daemon.Deps, dir string) error {
	week := workflow.WeekOf(time.Now(), d.Config.Organisation.Location)
	o, _, err := d.Engine.SendDigestMail(ctx, week, true, true)
	if err != nil {
		return err
	}
	r, err := d.Engine.Digest(ctx, week, time.Now())
	if err != nil {
		return err
	}
	if _, _, err := daemon.SendOutbox(ctx, d); err != nil {
		return err
	}
	a.digestSummary(r, o, "sent to "+strings.Join(o.Recipients, ", "))
	return a.writeDigest(dir, o)
}
