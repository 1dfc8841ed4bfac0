package main

import (
	"context"
	"fmt"

	"github.com/spocd/spocd/templates"
	"github.com/spocd/spocd/workflow"
)

func (a *app) cmdAudit(ctx context.Context, args []string) error {
	if len(args) != 1 || args[0] != "verify" {
		return usageError{"usage: spocd audit verify"}
	}
	cfg, err := a.loadConfig()
	if err != nil {
		return err
	}
	db, err := openStore(ctx, cfg, false)
	if err != nil {
		return err
	}
	defer db.Close()
	tmpl, err := templates.New()
	if err != nil {
		return err
	}
	rep, err := workflow.New(cfg, db, tmpl).VerifyAudit(ctx)
	if err != nil {
		return err
	}
	if rep.BrokenAt != nil {
		ev := rep.BrokenAt
		ref := ""
		if ev.RequestID != nil {
			if r, err := db.RequestByID(ctx, *ev.RequestID); err == nil {
				ref = " on " + r.Ref
			}
		}
		return fmt.Errorf("audit log broken at event %d (%s%s, %s): %s; %d event(s) before it verify",
			ev.ID, ev.Kind, ref, ev.At.Format("2006-01-02 15:04:05"), rep.Problem, rep.Events-1)
	}
	fmt.Fprintf(a.stdout, "audit log intact: %d event(s) chained, %d raw mail(s) match their recorded hash\n", rep.Events, rep.Messages)
	return nil
}
