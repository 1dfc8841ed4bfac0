package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/emersion/go-smtp"

	"github.com/spocd/spocd/config"
	"github.com/spocd/spocd/daemon"
	"github.com/spocd/spocd/mail"
	"github.com/spocd/spocd/mail/memserver"
	"github.com/spocd/spocd/workflow"
)

const demoConfig = `
[organisation]
name = "Gemeente Voorbeeld"
language = "%s"

[database]
dsn = "%s"

[imap]
address = "%s"
tls = "none"
username = "spoc@gemeente.test"
password = "demo"
idle = false
poll_interval = "1s"
since = "2000-01-01"

[smtp]
address = "%s"
tls = "none"

[spoc]
address = "spoc@gemeente.test"
customer = "facilitair@gemeente.test"
supplier = "spoc@leverancier.test"
supplier_ref_pattern = '\[SSC#(\d+)\]'

[approval]
approvers = ["Rianne Visser <rianne@gemeente.test>", "Piet Jansen <piet@gemeente.test>"]
policy = "any"

[[rule]]
name = "storing"
match_subject = "(?i)storing|kapot|defect"
category = "storing"
extra_work = false

[[rule]]
name = "catering"
match_subject = "(?i)koffie|lunch|catering"
category = "catering"
extra_work = true
estimate_eur = 150
`

func (a *app) cmdDemo(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	out := fs.String("out", "spocd-demo", "folder for the mails (.eml) and the database")
	lang := fs.String("lang", "nl", "language of the mails: nl or en")
	verbose := fs.Bool("v", false, "show the daemon's log")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *lang != "nl" && *lang != "en" {
		return usageError{"--lang must be nl or en"}
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return err
	}
	srv, err := memserver.Start(memserver.Options{Domain: "gemeente.test", OtherDomains: []string{"leverancier.test"}, Password: "demo"})
	if err != nil {
		return fmt.Errorf("demo servers: %w", err)
	}
	defer srv.Close()
	dbPath := filepath.Join(*out, "spocd-demo.db")
	for _, suffix := range []string{"", "-wal", "-shm"} {
		os.Remove(dbPath + suffix)
	}
	cfg, err := config.Parse("demo.toml", []byte(fmt.Sprintf(demoConfig, *lang, dbPath, srv.IMAPAddr, srv.SMTPAddr)), a.getenv)
	if err != nil {
		return err
	}
	logw := io.Discard
	if *verbose {
		logw = a.stderr
	}
	log := slog.New(slog.NewTextHandler(logw, nil))
	d, closeFn, err := buildDeps(ctx, cfg, log, false)
	if err != nil {
		return err
	}
	defer closeFn()
	w := a.stdout
	step := func(n int, s string) { fmt.Fprintf(w, "\n%d. %s\n", n, s) }
	run := func() error {
		sum, err := daemon.Once(ctx, d)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "   spocd run --once: %d message(s) read, %d mail(s) sent\n", sum.Fetched, sum.Sent)
		return nil
	}
	send := func(from string, to string, raw string) error {
		c, err := smtp.Dial(srv.SMTPAddr)
		if err != nil {
			return err
		}
		defer c.Close()
		return c.SendMail(from, []string{to}, strings.NewReader(strings.ReplaceAll(raw, "\n", "\r\n")))
	}
	fmt.Fprintf(w, "spocd demo — in-process IMAP %s and SMTP %s, database %s\n", srv.IMAPAddr, srv.SMTPAddr, dbPath)

	step(1, "Two colleagues mail the SPOC address spoc@gemeente.test")
	now := time.Now().Format(time.RFC1123Z)
	if err := send("alice@gemeente.test", "spoc@gemeente.test", "From: Alice de Vries <alice@gemeente.test>\nTo: spoc@gemeente.test\nSubject: Printer 2e verdieping kapot\nDate: "+now+"\nMessage-ID: <demo-1@gemeente.test>\n\nDe printer bij de balie geeft een papierstoring.\nKan iemand ernaar kijken?\n\nAlice\n"); err != nil {
		return err
	}
	if err := send("bob@gemeente.test", "spoc@gemeente.test", "From: Bob Jansen <bob@gemeente.test>\nTo: spoc@gemeente.test\nSubject: Extra koffie en lunch voor de raadsvergadering\nDate: "+now+"\nMessage-ID: <demo-2@gemeente.test>\n\nDonderdag vergadert de raad tot laat: graag koffie en lunch voor 25 personen.\n\nBob\n"); err != nil {
		return err
	}
	fmt.Fprintln(w, "   alice: \"Printer 2e verdieping kapot\"  (a fault: rule 'storing', no approval needed)")
	fmt.Fprintln(w, "   bob:   \"Extra koffie en lunch ...\"    (extra work: rule 'catering', € 150, needs approval)")
	if err := run(); err != nil {
		return err
	}
	if err := a.demoList(ctx, d); err != nil {
		return err
	}

	step(2, "Rianne (approver) answers her approval mail with \"akkoord, graag voor donderdag\"")
	box, err := srv.Messages("rianne@gemeente.test", "INBOX")
	if err != nil || len(box) == 0 {
		return fmt.Errorf("demo: no approval mail for rianne (%v)", err)
	}
	ask, err := mail.Parse(bytes.NewReader(box[len(box)-1]), mail.Options{RefPrefix: "SPOC"})
	if err != nil {
		return err
	}
	replyTo := "spoc@gemeente.test"
	if len(ask.ReplyTo) > 0 {
		replyTo = ask.ReplyTo[0].Addr
	}
	fmt.Fprintf(w, "   the approval mail asks to reply to %s\n", replyTo)
	quoted := "> " + strings.ReplaceAll(strings.TrimSpace(ask.Text), "\n", "\n> ")
	reply := fmt.Sprintf("From: Rianne Bakker <rianne@gemeente.test>\nTo: %s\nSubject: Re: %s\nDate: %s\nMessage-ID: <demo-3@gemeente.test>\nIn-Reply-To: <%s>\nReferences: <%s>\nContent-Type: text/plain; charset=utf-8\n\nakkoord, graag voor donderdag\n\nOp %s schreef Gemeente Voorbeeld <spoc@gemeente.test>:\n%s\n",
		replyTo, ask.Subject, time.Now().Format(time.RFC1123Z), ask.MessageID, ask.MessageID, time.Now().Format("2 Jan 2006 15:04"), quoted)
	if err := send("rianne@gemeente.test", replyTo, reply); err != nil {
		return err
	}
	if err := run(); err != nil {
		return err
	}
	if err := a.demoList(ctx, d); err != nil {
		return err
	}

	step(3, "The supplier's ticket system answers the forward: \"[SSC#48213] ... gereed\"")
	sup, err := srv.Messages("spoc@leverancier.test", "INBOX")
	if err != nil || len(sup) == 0 {
		return fmt.Errorf("demo: nothing reached the supplier (%v)", err)
	}
	for _, raw := range sup {
		fw, err := mail.Parse(bytes.NewReader(raw), mail.Options{RefPrefix: "SPOC"})
		if err != nil || !strings.Contains(fw.Subject, "koffie") {
			continue
		}
		done := fmt.Sprintf("From: SSC Servicedesk <servicedesk@leverancier.test>\nTo: spoc@gemeente.test\nSubject: RE: %s [SSC#48213]\nDate: %s\nMessage-ID: <demo-4@leverancier.test>\nIn-Reply-To: <%s>\n\nGereed: koffie en lunch zijn besteld voor donderdag.\n\nMet vriendelijke groet,\nSSC Servicedesk\n",
			fw.Subject, time.Now().Format(time.RFC1123Z), fw.MessageID)
		if err := send("servicedesk@leverancier.test", "spoc@gemeente.test", done); err != nil {
			return err
		}
	}
	if err := run(); err != nil {
		return err
	}
	if err := a.demoList(ctx, d); err != nil {
		return err
	}

	step(4, "The weekly digest for both SPOCs (spocd digest), also written to "+*out)
	if err := a.demoDigest(ctx, d, *out); err != nil {
		return err
	}

	step(5, "Every mail that was sent, written to "+*out)
	n := 0
	for _, user := range []string{"alice", "bob", "rianne", "piet", "facilitair", "spoc"} {
		msgs, _ := srv.Messages(user+"@gemeente.test", "INBOX")
		n += writeMails(w, *out, user, msgs)
	}
	msgs, _ := srv.Messages("spoc@leverancier.test", "INBOX")
	n += writeMails(w, *out, "leverancier", msgs)
	fmt.Fprintf(w, "\n%d mail(s) written. Look at one request in full with:\n  go run ./cmd/spocd --config %s show SPOC-0002\n",
		n, filepath.Join(*out, "spocd-demo.toml"))
	cfgText := fmt.Sprintf(demoConfig, *lang, dbPath, srv.IMAPAddr, srv.SMTPAddr)
	return os.WriteFile(filepath.Join(*out, "spocd-demo.toml"), []byte("# The demo's config (its servers are gone once the demo ends; list/show still work).\n"+cfgText), 0o644)
}

func (a *app) demoList(ctx context.Context, d daemon.Deps) error {
	reqs, err := d.Store.ListRequests(ctx, workflow.ListFilter{})
	if err != nil {
		return err
	}
	for _, r := range reqs {
		fmt.Fprintf(a.stdout, "   %s  %-18s %s\n", r.Ref, r.Status, r.Subject)
	}
	return nil
}

func writeMails(w io.Writer, dir, who string, msgs [][]byte) int {
	for i, raw := range msgs {
		m, err := mail.Parse(bytes.NewReader(raw), mail.Options{RefPrefix: "SPOC"})
		subj := ""
		if err == nil {
			subj = m.Subject
		}
		name := fmt.Sprintf("%s-%02d.eml", who, i+1)
		if err := os.WriteFile(filepath.Join(dir, name), raw, 0o644); err != nil {
			fmt.Fprintf(w, "   %s: %v\n", name, err)
			continue
		}
		fmt.Fprintf(w, "   %-18s %s\n", name, clip(subj, 90))
	}
	return len(msgs)
}
