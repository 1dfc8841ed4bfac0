package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"path/filepath"
	"slices"
	"time"

	"github.com/spocd/spocd/mail/imapin"
	"github.com/spocd/spocd/mail/smtpout"
	"github.com/spocd/spocd/templates"
	"github.com/spocd/spocd/workflow/sqlstore"
)

func (a *app) cmdCheck(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	probe := fs.Bool("probe", false, "send a probe to spoc+check-…@ and look for it in the mailbox (probe.go)")
	probeWait := fs.Duration("probe-timeout", time.Minute, "how long to wait for the probe")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	cfg, err := a.loadConfig()
	if err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "✓ config %s\n", a.configPath)
	failed := 0
	line := func(ok bool, what, hint string) {
		mark := "✓"
		if !ok {
			mark = "✗"
			failed++
		}
		if hint != "" {
			fmt.Fprintf(a.stdout, "%s %s\n    %s\n", mark, what, hint)
		} else {
			fmt.Fprintf(a.stdout, "%s %s\n", mark, what)
		}
	}
	cctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()

	// Database.
	if db, err := sqlstore.Open(cctx, cfg.Database.Driver, cfg.Database.DSN); err != nil {
		line(false, "database "+cfg.Database.Driver, err.Error())
	} else {
		n, err := db.Pending(cctx)
		switch {
		case err != nil:
			line(false, "database "+cfg.Database.Driver, err.Error())
		case n > 0:
			line(true, "database "+cfg.Database.Driver, fmt.Sprintf("%d migration(s) pending: 'spocd migrate' or 'spocd run' applies them", n))
		default:
			line(true, "database "+cfg.Database.Driver+" (schema up to date)", "")
		}
		db.Close()
	}

	// IMAP.
	ic := imapConfig(cfg, a.logger(cfg))
	sess, err := imapin.Dial(cctx, ic)
	if err != nil {
		line(false, "IMAP "+cfg.IMAP.Address, imapHint(err))
	} else {
		line(true, fmt.Sprintf("IMAP %s: logged in as %s, mailbox %s (%d messages)", cfg.IMAP.Address, cfg.IMAP.Username, cfg.IMAP.Mailbox, sess.State().Messages), "")
		if cfg.IMAP.ProcessedFolder != "" {
			boxes, err := sess.Mailboxes(cctx)
			switch {
			case err != nil:
				line(false, "IMAP processed folder", err.Error())
			case !slices.Contains(boxes, cfg.IMAP.ProcessedFolder):
				line(false, "IMAP processed folder "+cfg.IMAP.ProcessedFolder, "the folder does not exist: create it in your mail client or fix imap.processed_folder")
			default:
				line(true, "IMAP processed folder "+cfg.IMAP.ProcessedFolder, "")
			}
		}
		if cfg.IMAP.Idle {
			if sess.CanIdle() {
				line(true, "IMAP IDLE offered: new mail is handled within seconds", "")
			} else {
				line(true, "IMAP IDLE not offered", fmt.Sprintf("spocd polls every %s", cfg.IMAP.PollInterval))
			}
		}
		sess.Close()
	}

	// SMTP.
	snd, err := smtpout.New(smtpConfig(cfg))
	if err != nil {
		line(false, "SMTP "+cfg.SMTP.Address, err.Error())
	} else {
		if err := snd.Check(cctx, cfg.SMTP.From, cfg.SPOC.Customer); err != nil {
			line(false, "SMTP "+cfg.SMTP.Address, smtpHint(err))
		} else {
			line(true, fmt.Sprintf("SMTP %s: accepts mail from %s to %s", cfg.SMTP.Address, cfg.SMTP.From, cfg.SPOC.Customer), "")
		}
		snd.Close()
	}

	if *probe {
		r := probePlus(ctx, cfg, a.logger(cfg), *probeWait)
		line(r.ok, r.what, r.hint)
	}
	if cfg.HTTP.Listen != "" {
		r := checkHTTP(cctx, cfg) // checkhttp.go
		line(r.ok, r.what, r.hint)
	}

	// Templates (with the office's overrides).
	if set, problems, err := templates.NewWithOverrides(cfg.Templates.Dir, nil); err != nil {
		line(false, "templates", err.Error())
	} else {
		for _, p := range problems {
			line(false, "template override "+filepath.Join(cfg.Templates.Dir, p.String()),
				"mail uses the built-in template until this is fixed; 'spocd templates preview' shows the result")
		}
		bad := 0
		for _, lang := range []string{"nl", "en"} {
			for _, n := range templates.Names() {
				if _, err := set.Render(lang, n, templates.Data{Org: cfg.Organisation.Name}); err != nil {
					bad++
					line(false, "template "+lang+"/"+n, err.Error())
				}
			}
		}
		if bad == 0 {
			line(true, fmt.Sprintf("templates: %d render in nl and en", len(templates.Names())), "")
		}
	}
	if failed > 0 {
		return fmt.Errorf("%d check(s) failed", failed)
	}
	fmt.Fprintln(a.stdout, "all checks passed")
	return nil
}

func imapHint(err error) string {
	switch {
	case errors.Is(err, imapin.ErrAuth):
		return err.Error() + "\n    check imap.username and the password (imap.password_env / imap.password_file)"
	case errors.Is(err, imapin.ErrTLS):
		return err.Error() + "\n    check imap.tls: implicit for port 993, starttls for 143"
	case errors.Is(err, imapin.ErrDial):
		return err.Error() + "\n    check imap.address (host:port) and that the server is reachable"
	case errors.Is(err, imapin.ErrMailbox):
		return err.Error() + "\n    check imap.mailbox"
	}
	return err.Error()
}

func smtpHint(err error) string {
	switch {
	case errors.Is(err, smtpout.ErrPermanent):
		return err.Error() + "\n    the server refused: check smtp.username, the password and smtp.from"
	case errors.Is(err, smtpout.ErrTemporary):
		return err.Error() + "\n    check smtp.address, smtp.tls (starttls for 587, implicit for 465) and the network"
	}
	return err.Error()
}
