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
		PollInterval: c.PollInterval.Duration, BatchSize: c.BatchSize, MaxMessageBytes: c.MaxMessageBytes, Logger: log}
}

func smtpConfig(cfg *config.Config) smtpout.Config {
	c := cfg.SMTP
	return smtpout.Config{Addr: c.Address, TLS: c.TLS, InsecureSkipVerify: c.InsecureSkipVerify, Username: c.Username,
		Password: c.Password, Auth: c.Auth, Timeout: 60 * time.Second}
}

// deps wires the daemon's parts together; close releases them.
func buildDeps(ctx context.Context, cfg *config.Config, log *slog.Logger, shadow bool) (d daemon.Deps, closeFn func(), err error) {
	db, err := openStore(ctx, cfg, true)
	if err != nil {
		return d, nil, err
	}
	tmpl, err := templates.New()
	if err != nil {
		db.Close()
		return d, nil, fmt.Errorf("templates: %w", err)
	}
	sender, err := smtpout.New(smtpConfig(cfg))
	if err != nil {
		db.Close()
		return d, nil, fmt.Errorf("smtp: %w", err)
	}
	health, met, err := newObservability() // httpwire.go
	if err != nil {
		sender.Close()
		db.Close()
		return d, nil, err
	}
	eng := workflow.New(cfg, db, tmpl, workflow.WithLogger(log), workflow.WithShadow(shadow), workflow.WithMetrics(met))
	ic := imapConfig(cfg, log)
	d = daemon.Deps{Config: cfg, Store: db, Engine: eng, Sender: sender, Log: log, Shadow: shadow, Health: health, Metrics: met,
		Leases: db, Instance: daemon.InstanceID(),
		DialIMAP: func(ctx context.Context) (*imapin.Session, error) { return imapin.Dial(ctx, ic) }}
	return d, func() { sender.Close(); db.Close() }, nil
}
