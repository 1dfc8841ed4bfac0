// Command spocd runs the shared SPOC mailbox: see README.md.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"

	"github.com/spocd/spocd/config"
)

// Exit codes.
const (
	exitOK      = 0
	exitFailure = 1
	exitUsage   = 2
)

var version = "dev"

// usageError is a command-line mistake (exit 2).
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

type app struct {
	stdout, stderr io.Writer
	getenv         func(string) string
	configPath     string
}

const usage = `spocd — a shared SPOC mailbox for requests, approvals by reply and the supplier

Usage: spocd [--config FILE] COMMAND [flags]

Commands:
  run [--once] [--shadow]       the daemon (--once: process what is pending and exit)
  migrate                       create or upgrade the database schema
  migrate-db --from sqlite:PATH --to postgres://...
                                copy everything into a new database
  parse --json [--sent A.eml] FILE.eml...
                                how spocd reads a message (touches nothing); --sent: the
                                approval mail it answers, to find words typed into its copy
  list [--status S] [--json]    requests
  show REF [--json]             one request with approvals and events
  check                         validate the config and test database, IMAP and SMTP
  digest [--week 2026-W48] [--dry-run] [--out DIR] [--force]
                                the weekly digest: render, and unless --dry-run send it
  audit verify                  check the tamper-evident audit log and name the first broken link
  demo [--out DIR]              a self-contained demonstration
  templates preview [--out DIR] render every mail template with sample data (.html/.txt/.eml)
  version                       version and build info

The config file is --config, else $SPOCD_CONFIG, else spocd.toml.
`

func main() {
	a := &app{stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv}
	setMemoryLimit(os.Getenv)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	stopProfile := startProfile(os.Getenv)
	code := a.main(ctx, os.Args[1:])
	stopProfile()
	stop()
	os.Exit(code)
}

func (a *app) main(ctx context.Context, args []string) int {
	fs := flag.NewFlagSet("spocd", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&a.configPath, "config", "", "config file")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprint(a.stdout, usage)
			return exitOK
		}
		fmt.Fprintf(a.stderr, "spocd: %v\n\n%s", err, usage)
		return exitUsage
	}
	if a.configPath == "" {
		a.configPath = a.getenv("SPOCD_CONFIG")
	}
	if a.configPath == "" {
		a.configPath = "spocd.toml"
	}
	rest := fs.Args()
	if len(rest) == 0 {
		fmt.Fprint(a.stderr, usage)
		return exitUsage
	}
	cmds := map[string]func(context.Context, []string) error{
		"run": a.cmdRun, "migrate": a.cmdMigrate, "parse": a.cmdParse, "list": a.cmdList, "show": a.cmdShow,
		"check": a.cmdCheck, "digest": a.cmdDigest, "audit": a.cmdAudit, "migrate-db": a.cmdMigrateDB, "demo": a.cmdDemo, "version": a.cmdVersion,
		"templates": a.cmdTemplates, "help": func(context.Context, []string) error { fmt.Fprint(a.stdout, usage); return nil },
	}
	cmd, ok := cmds[rest[0]]
	if !ok {
		fmt.Fprintf(a.stderr, "spocd: unknown command %q\n\n%s", rest[0], usage)
		return exitUsage
	}
	err := cmd(ctx, rest[1:])
	var ue usageError
	var ce *config.Error
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &ue):
		fmt.Fprintf(a.stderr, "spocd %s: %v\n", rest[0], err)
		return exitUsage
	case errors.As(err, &ce):
		fmt.Fprintf(a.stderr, "spocd: %v\n", err)
		return exitUsage
	default:
		fmt.Fprintf(a.stderr, "spocd %s: %v\n", rest[0], err)
		return exitFailure
	}
}

// flags parses a subcommand's flags; errors are usage errors.
func parseFlags(fs *flag.FlagSet, args []string) error {
	fs.SetOutput(io.Discard)
	if err := fs.Parse(args); err != nil {
		return usageError{err.Error()}
	}
	return nil
}

func (a *app) loadConfig() (*config.Config, error) {
	return config.Load(a.configPath, a.getenv)
}

func (a *app) logger(cfg *config.Config) *slog.Logger {
	lvl := slog.LevelInfo
	format := "text"
	if cfg != nil {
		_ = lvl.UnmarshalText([]byte(cfg.Log.Level))
		format = cfg.Log.Format
	}
	opts := &slog.HandlerOptions{Level: lvl}
	if format == "json" {
		return slog.New(slog.NewJSONHandler(a.stderr, opts))
	}
	return slog.New(slog.NewTextHandler(a.stderr, opts))
}

func (a *app) cmdVersion(_ context.Context, args []string) error {
	if len(args) > 0 {
		return usageError{"version takes no arguments"}
	}
	v := version
	goVer := ""
	if bi, ok := debug.ReadBuildInfo(); ok {
		goVer = bi.GoVersion
		if v == "dev" && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
			v = bi.Main.Version
		}
		for _, s := range bi.Settings {
			if s.Key == "vcs.revision" {
				v += " (" + s.Value + ")"
			}
		}
	}
	fmt.Fprintf(a.stdout, "spocd %s %s\n", v, goVer)
	return nil
}
