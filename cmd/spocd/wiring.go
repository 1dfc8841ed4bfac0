package main

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/spocd/spocd/config"
	"github.com/spocd/spocd/daemon"
	"github.com/spocd/spocd/mail/imapin"
	"github.com/spocd/spocd/mail/smtpout"
	"github.com/spocd/spocd/templates"
	"github.com/spocd/spocd/workflow"
	"github.com/spocd/spocd/workflow/sqlstore"
)

// openStore opens the database; migrate says whether to apply migrations first.
func openStore(ctx context.Context, cfg *config.Config, migrate bool) (*sqlstore.DB, error) {
	db, err := sqlstore.Open(ctx, cfg.Database.Driver, cfg.Database.DSN)
	if err != nil {
		return nil, err
	}
	if migrate {
		if _, err := db.Migrate(ctx); err != nil {
			db.Close()
			return nil, err
		}
	} else if err := db.CheckSchema(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

func imapConfig(cfg *config.Config, log *slog.Logger) imapin.Config {
	c := cfg.IMAP
	return imapin.Config{Addr: c.Address, TLS: c.TLS, InsecureSkipVerify: c.InsecureSkipVerify, Username: c.Username,
		Password: c.Password, Mailbox: c.Mailbox, ProcessedFolder: c.ProcessedFolder, Keyword: c.Keyword, Idle: c.Idle,
		PollInterval: c.PollInterval.Duration, BatchSize: c.BatchSize, MaxMessageBytes: c.MaxMessageBytes, Logger: log,
		OAuth2Token: oauth2Token(cfg, c.Auth)} // oauth2.go
}

func smtpConfig(cfg *config.Config) smtpout.Config {
	c := cfg.SMTP
	return smtpout.Config{Addr: c.Address, TLS: c.TLS, InsecureSkipVerify: c.InsecureSkipVerify, Username: c.Username,
		Password: c.Password, Auth: c.Auth, Timeout: 60 * time.Second, OAuth2Token: oauth2Token(cfg, c.Auth)}
}

// buildDeps wires one mailbox's daemon (cfg is a single-mailbox config or one tenant of an
// installation); close releases what it opened.
func buildDeps(ctx context.Context, cfg *config.Config, log *slog.Logger, shadow bool) (d daemon.Deps, closeFn func(), err error) {
	deps, closeFn, err := wire(ctx, cfg, []*config.Config{cfg}, log, shadow)
	if err != nil {
		return d, nil, err
	}
	return deps[0], closeFn, nil
}

// wire opens the shared database once (migrating it) and wires a daemon for each mailbox,
// each with the store scoped to its tenant.
func wire(ctx context.Context, shared *config.Config, tenants []*config.Config, log *slog.Logger, shadow bool) (deps []daemon.Deps, closeFn func(), err error) {
	db, err := openStore(ctx, shared, true)
	if err != nil {
		return nil, nil, err
	}
	var closers []func()
	closeFn = func() {
		for _, c := range closers {
			c()
		}
		db.Close()
	}
	defer func() {
		if err != nil {
			closeFn()
		}
	}()
	tmpl, problems, err := templates.NewWithOverrides(shared.Templates.Dir, log)
	if err != nil {
		return nil, nil, fmt.Errorf("templates: %w", err)
	}
	for _, p := range problems {
		log.Error("broken template override: the built-in template is used", "dir", shared.Templates.Dir, "problem", p.String())
	}
	healths, met, err := newObservability(len(tenants)) // httpwire.go
	if err != nil {
		return nil, nil, err
	}
	instance := daemon.InstanceID()
	for i, cfg := range tenants {
		health := healths[i]
		tlog := log
		if cfg.Tenant != "" {
			tlog = log.With("tenant", cfg.Tenant)
		}
		sender, err := smtpout.New(smtpConfig(cfg))
		if err != nil {
			return nil, nil, fmt.Errorf("smtp: %w", err)
		}
		closers = append(closers, func() { sender.Close() })
		store := db.Tenant(cfg.Tenant)
		eng := workflow.New(cfg, store, tmpl, workflow.WithLogger(tlog), workflow.WithShadow(shadow), workflow.WithMetrics(met))
		ic := imapConfig(cfg, tlog)
		// Parse and hash each message while the previous batch is being handled.
		ic.Prepare = func(f *imapin.Fetched) { f.Prepared = eng.Prepare(f.Raw) }
		ic.Durable = eng.Sync
		deps = append(deps, daemon.Deps{Config: cfg, Store: store, Engine: eng, Sender: sender, Log: tlog, Shadow: shadow, Health: health, Metrics: met,
			Leases: db, Turns: db, Instance: instance, LeaseDuration: shared.Database.Lease.Duration,
			DialIMAP: func(ctx context.Context) (*imapin.Session, error) { return imapin.Dial(ctx, ic) }})
	}
	return deps, closeFn, nil
}

// tenantStore opens the database for a read command, scoped to the mailbox named by
// --tenant (required when the installation serves several).
func tenantStore(ctx context.Context, root *config.Config, tenant string) (*config.Config, *sqlstore.DB, error) {
	cfg, err := root.TenantByName(tenant)
	if err != nil {
		return nil, nil, usageError{err.Error()}
	}
	db, err := openStore(ctx, root, false)
	if err != nil {
		return nil, nil, err
	}
	return cfg, db.Tenant(cfg.Tenant), nil
}
