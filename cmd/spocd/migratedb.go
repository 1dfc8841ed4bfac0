package main

import (
	"context"
	"flag"
	"fmt"
	"sort"
	"strings"

	"github.com/spocd/spocd/workflow/sqlstore"
)

// parseDB reads "sqlite:PATH" or "postgres:DSN" (a bare postgres:// URL works too).
func parseDB(s string) (driver, dsn string, err error) {
	switch {
	case strings.HasPrefix(s, "postgres://") || strings.HasPrefix(s, "postgresql://"):
		return "postgres", s, nil
	case strings.HasPrefix(s, "sqlite:"):
		return "sqlite", strings.TrimPrefix(s, "sqlite:"), nil
	case strings.HasPrefix(s, "postgres:"):
		return "postgres", strings.TrimPrefix(s, "postgres:"), nil
	}
	return "", "", usageError{fmt.Sprintf("%q: write sqlite:PATH or postgres://user@host/db", s)}
}

func (a *app) cmdMigrateDB(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("migrate-db", flag.ContinueOnError)
	from := fs.String("from", "", "source database, e.g. sqlite:spocd.db")
	to := fs.String("to", "", "target database, e.g. postgres://spocd@db/spocd")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *from == "" || *to == "" || fs.NArg() > 0 {
		return usageError{"usage: spocd migrate-db --from sqlite:PATH --to postgres://..."}
	}
	fd, fdsn, err := parseDB(*from)
	if err != nil {
		return err
	}
	td, tdsn, err := parseDB(*to)
	if err != nil {
		return err
	}
	src, err := sqlstore.Open(ctx, fd, fdsn)
	if err != nil {
		return fmt.Errorf("source: %w", err)
	}
	defer src.Close()
	dst, err := sqlstore.Open(ctx, td, tdsn)
	if err != nil {
		return fmt.Errorf("target: %w", err)
	}
	defer dst.Close()
	if _, err := dst.Migrate(ctx); err != nil {
		return fmt.Errorf("target: %w", err)
	}
	stats, err := src.Copy(ctx, dst)
	if err != nil {
		return err
	}
	var names []string
	for t := range stats {
		names = append(names, t)
	}
	sort.Strings(names)
	for _, t := range names {
		fmt.Fprintf(a.stdout, "  %-18s %d row(s)\n", t, stats[t])
	}
	fmt.Fprintf(a.stdout, "copied %s to %s; point [database] at the new one before starting spocd\n", fd, td)
	return nil
}
