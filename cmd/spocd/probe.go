package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/spocd/spocd/config"
	"github.com/spocd/spocd/mail/compose"
	"github.com/spocd/spocd/mail/imapin"
	"github.com/spocd/spocd/mail/smtpout"
)

// probeResult is one line of 'spocd check --probe'.
type probeResult struct {
	ok         bool
	what, hint string
}

// plusAddress is spoc+tag@domain for the SPOC address.
func plusAddress(addr, tag string) string {
	at := strings.LastIndex(addr, "@")
	if at < 0 {
		return addr
	}
	return addr[:at] + "+" + tag + addr[at:]
}

// probePlus sends a probe to spoc+check-<random>@domain and waits up to timeout for it in
// the SPOC mailbox: it shows that plus-addressing reaches the mailbox, which the approval
// replies rely on. The probe is spocd's own mail, so the daemon later ignores it.
func probePlus(ctx context.Context, cfg *config.Config, log *slog.Logger, timeout time.Duration) probeResult {
	b := make([]byte, 5)
	_, _ = rand.Read(b)
	tag := "check-" + hex.EncodeToString(b)
	to := plusAddress(cfg.SPOC.Address, tag)
	what := "plus-addressing: a probe to " + to + " reaches " + cfg.IMAP.Mailbox
	ctx, cancel := context.WithTimeout(ctx, timeout+30*time.Second)
	defer cancel()

	sess, err := imapin.Dial(ctx, imapConfig(cfg, log))
	if err != nil {
		return probeResult{false, what, "IMAP: " + imapHint(err)}
	}
	defer sess.Close()
	after := uint32(0)
	if st := sess.State(); st.UIDNext > 0 {
		after = st.UIDNext - 1
	}
	raw, err := compose.Build(compose.Mail{MessageID: compose.NewMessageID(cfg.Organisation.Domain), Date: time.Now(),
		From: compose.Address{Name: cfg.Organisation.Name, Addr: cfg.SPOC.Address}, To: []compose.Address{{Addr: to}},
		Subject: "spocd check: probe " + tag, Text: "This mail tests that mail to " + to + " reaches the SPOC mailbox. spocd ignores it; you may delete it.\n",
		Headers: [][2]string{{"X-SPOCd-Kind", "probe"}}})
	if err != nil {
		return probeResult{false, what, err.Error()}
	}
	snd, err := smtpout.New(smtpConfig(cfg))
	if err != nil {
		return probeResult{false, what, "SMTP: " + err.Error()}
	}
	defer snd.Close()
	if err := snd.Send(ctx, cfg.SMTP.From, []string{to}, raw); err != nil {
		hint := "SMTP: " + smtpHint(err)
		if errors.Is(err, smtpout.ErrPermanent) {
			hint += "\n    the server refused the plus address: enable plus-addressing (docs/mail-servers.md) or set spoc.plus_addressing = false"
		}
		return probeResult{false, what, hint}
	}
	start := time.Now()
	deadline := start.Add(timeout)
	found := errors.New("found")
	for {
		err := sess.Fetch(ctx, after, func(batch []imapin.Fetched) error {
			for _, f := range batch {
				if f.UID > after {
					after = f.UID
				}
				if bytes.Contains(f.Raw, []byte(tag)) {
					return found
				}
			}
			return nil
		})
		switch {
		case errors.Is(err, found):
			return probeResult{true, fmt.Sprintf("%s (after %s)", what, time.Since(start).Round(100*time.Millisecond)), ""}
		case err != nil:
			return probeResult{false, what, "IMAP: " + err.Error()}
		}
		left := time.Until(deadline)
		if left <= 0 {
			return probeResult{false, what, fmt.Sprintf("the probe did not arrive in %s within %s: the server may not deliver plus addresses to the mailbox "+
				"(Microsoft 365: turn on plus addressing; Google Workspace and Dovecot/Postfix: see docs/mail-servers.md), or a rule moved it to another folder. "+
				"Without plus-addressing set spoc.plus_addressing = false: approvers then reply to the plain address and the token in the subject is used", cfg.IMAP.Mailbox, timeout)}
		}
		if _, err := sess.Wait(ctx, min(left, 5*time.Second)); err != nil {
			return probeResult{false, what, "IMAP: " + err.Error()}
		}
	}
}
