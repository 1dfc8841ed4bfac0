package workflow

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/spocd/spocd/mail"
	"github.com/spocd/spocd/templates"
)

// A digest command is one line "SPOC-0042 gereed", "SPOC-0043 ingepland 2026-12-03",
// "SPOC-0044 annuleren" or "SPOC-0045 notitie: offerte volgt" (English words work too).
type digestCmd struct {
	line string
	ref  string
	verb string // done | scheduled | cancel | note | forward | approval
	date string // scheduled: YYYY-MM-DD or ""
	note string
}

var digestVerbs = map[string]string{
	"gereed": "done", "klaar": "done", "afgerond": "done", "opgelost": "done", "done": "done", "completed": "done",
	"ingepland": "scheduled", "gepland": "scheduled", "scheduled": "scheduled", "planned": "scheduled",
	"annuleren": "cancel", "annuleer": "cancel", "geannuleerd": "cancel", "cancel": "cancel", "cancelled": "cancel", "canceled": "cancel",
	"notitie": "note", "note": "note", "opmerking": "note",
	"doorsturen": "forward", "forward": "forward",
	"goedkeuring": "approval", "akkoord-vragen": "approval", "approval": "approval",
}

var (
	isoDateRE = regexp.MustCompile(`^(\d{4})-(\d{1,2})-(\d{1,2})$`)
	nlDateRE  = regexp.MustCompile(`^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$`)
)

// parseCmdDate reads 2026-12-03 or 3-12-2026 (also with / or .) into YYYY-MM-DD.
func parseCmdDate(s string) (string, bool) {
	var y, m, d string
	if p := isoDateRE.FindStringSubmatch(s); p != nil {
		y, m, d = p[1], p[2], p[3]
	} else if p := nlDateRE.FindStringSubmatch(s); p != nil {
		y, m, d = p[3], p[2], p[1]
	} else {
		return "", false
	}
	t, err := time.Parse("2006-1-2", y+"-"+m+"-"+d)
	if err != nil {
		return "", false
	}
	return t.Format("2006-01-02"), true
}

func (e *Engine) cmdLineRE() *regexp.Regexp {
	return regexp.MustCompile(`(?i)^(?:[-*•]\s*)?\[?(` + regexp.QuoteMeta(e.cfg.Organisation.RefPrefix) + `-\d{1,7})\]?[\s:,.]+(.*)$`)
}

// parseDigestLine reads one line. ok is false when the line is not a command; then why
// says what was wrong with a line that names a reference ("" for other text).
func parseDigestLine(re *regexp.Regexp, line string) (c digestCmd, ok bool, why string) {
	line = strings.TrimSpace(line)
	p := re.FindStringSubmatch(line)
	if p == nil {
		return c, false, ""
	}
	c = digestCmd{line: line, ref: strings.ToUpper(p[1])}
	rest := strings.TrimSpace(p[2])
	word, arg, _ := strings.Cut(rest, " ")
	word = strings.ToLower(strings.TrimRight(word, ":,."))
	if i := strings.Index(word, ":"); i > 0 { // "notitie:tekst"
		arg = word[i+1:] + " " + arg
		word = word[:i]
	}
	arg = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(arg), ":"))
	c.verb = digestVerbs[word]
	switch c.verb {
	case "":
		return c, false, "unknown command"
	case "note":
		if arg == "" {
			return c, false, "empty note"
		}
		c.note = clipText(arg, 2000)
	case "scheduled":
		if arg != "" {
			d, ok := parseCmdDate(strings.Fields(arg)[0])
			if !ok {
				return c, false, "date not understood (write 2026-12-03)"
			}
			c.date = d
		}
	default:
		if arg != "" {
			c.note = clipText(arg, 2000)
		}
	}
	return c, true, ""
}

// digestCommands handles a mail from either SPOC that answers a weekly digest, or that
// consists only of command lines: each line is applied when the sender may do it, and the
// sender gets a reply with what was applied and what was not. Only the new text of the mail
// counts: a quoted digest is never read as commands.
func (e *Engine) digestCommands(ctx context.Context, tx Tx, m *msgCtx) (handled bool, err error) {
	msg := m.msg
	from := strings.ToLower(strings.TrimSpace(msg.From.Addr))
	var who role
	switch {
	case from == "" || msg.Token != "":
		return false, nil
	case from == strings.ToLower(e.cfg.SPOC.Customer):
		who = roleCustomer
	case from == strings.ToLower(e.cfg.SPOC.Supplier):
		who = roleSupplier
	default:
		return false, nil
	}
	week, err := tx.DigestWeekByMessageID(ctx, threadIDs(msg))
	isReply := err == nil
	if err != nil && !errors.Is(err, ErrNotFound) {
		return false, err
	}
	reply := mail.ReadMessageReply(msg, e.kw)
	re := e.cmdLineRE()
	type entry struct {
		cmd digestCmd
		ok  bool
		why string
	}
	var entries []entry
	cmds, bad := 0, 0
	for _, line := range strings.Split(reply.NewText, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		c, ok, why := parseDigestLine(re, line)
		if !ok {
			bad++
			if why == "" {
				why = "not a command"
			}
			c.line = clipText(line, 200)
		} else {
			cmds++
		}
		entries = append(entries, entry{cmd: c, ok: ok, why: why})
	}
	if !isReply && (cmds == 0 || bad > 0) {
		return false, nil // an ordinary mail: the normal route handles it
	}
	m.rec.Action, m.rec.Reason = "update_request", "digest commands"
	if err := tx.RecordMessage(ctx, m.rec); err != nil {
		return true, err
	}
	lang := e.cfg.Organisation.Language
	authWhy := checkSenderAuth(e.cfg.Approval, msg.AuthResults, from)
	if authWhy.code != "" {
		if err := e.event(ctx, tx, nil, "refused", from, m, "digest commands: "+authWhy.String()); err != nil {
			return true, err
		}
	}
	var applied, notApplied []string
	for _, en := range entries {
		why := en.why
		if en.ok && authWhy.code != "" {
			why = "sender not authenticated"
		} else if en.ok {
			why, err = e.applyDigestCmd(ctx, tx, m, who, en.cmd)
			if err != nil {
				return true, err
			}
		}
		if why != "" {
			notApplied = append(notApplied, en.cmd.line+" — "+cmdText(lang, why))
			continue
		}
		applied = append(applied, en.cmd.line)
	}
	if err := e.event(ctx, tx, nil, "digest_commands", from, m, fmt.Sprintf("%d applied, %d not", len(applied), len(notApplied))); err != nil {
		return true, err
	}
	return true, e.send(ctx, tx, nil, outMail{kind: "digest_reply", tmpl: "digest_reply", to: []string{from}, inReplyTo: m.mid,
		autoReplied: true, data: templates.Data{Digest: &templates.Digest{Week: week, Applied: applied, NotApplied: notApplied,
			RefPrefix: e.cfg.Organisation.RefPrefix}}})
}

// applyDigestCmd applies one command, or says why not (a key of cmdTexts, or a message).
func (e *Engine) applyDigestCmd(ctx context.Context, tx Tx, m *msgCtx, who role, c digestCmd) (why string, err error) {
	req, err := tx.RequestByRef(ctx, c.ref)
	if errors.Is(err, ErrNotFound) {
		return "unknown reference", nil
	}
	if err != nil {
		return "", err
	}
	from := strings.ToLower(m.msg.From.Addr)
	if who == roleSupplier && req.ForwardedAt == nil {
		return "not forwarded to the supplier", nil
	}
	now := e.now()
	switch c.verb {
	case "done", "scheduled":
		if req.Status != StatusForwarded && req.Status != StatusScheduled {
			return "status is " + string(req.Status), nil
		}
		to := StatusScheduled
		if c.verb == "done" {
			to = StatusDone
			req.DoneAt = &now
		}
		req.Status, req.UpdatedAt = to, now
		if c.date != "" {
			req.ScheduledFor = c.date
		}
		if err := tx.UpdateRequest(ctx, req); err != nil {
			return "", err
		}
		detail := strings.TrimSpace(string(to) + " " + c.date)
		if c.note != "" {
			detail += ": " + c.note
		}
		if err := e.event(ctx, tx, req, "status", from, m, detail+" (digest reply by the "+string(who)+" SPOC)"); err != nil {
			return "", err
		}
		return "", e.send(ctx, tx, req, outMail{kind: "status", tmpl: "status", to: []string{req.Requester},
			data: templates.Data{Status: string(to), Date: c.date, Note: c.note}})
	case "cancel":
		if who != roleCustomer {
			return "only the customer SPOC can cancel", nil
		}
		if !req.Status.Open() {
			return "status is " + string(req.Status), nil
		}
		wasForwarded := req.Status == StatusForwarded || req.Status == StatusScheduled
		req.Status, req.UpdatedAt = StatusCancelled, now
		if err := tx.UpdateRequest(ctx, req); err != nil {
			return "", err
		}
		if err := e.event(ctx, tx, req, "cancelled", from, m, "customer SPOC (digest reply)"); err != nil {
			return "", err
		}
		d := templates.Data{Status: string(StatusCancelled), DecidedBy: from}
		if wasForwarded {
			if err := e.send(ctx, tx, req, outMail{kind: "cancelled", tmpl: "cancelled", to: []string{e.cfg.SPOC.Supplier}, data: d}); err != nil {
				return "", err
			}
		}
		return "", e.send(ctx, tx, req, outMail{kind: "status", tmpl: "status", to: []string{req.Requester}, data: d})
	case "forward", "approval":
		// The customer SPOC decides a triage case: send it on, or ask the approvers.
		if who != roleCustomer {
			return "only the customer SPOC can decide a triage case", nil
		}
		if req.Status != StatusTriage && req.Status != StatusReceived {
			return "status is " + string(req.Status), nil
		}
		eligible := len(e.eligibleApprovers(req)) > 0
		if c.verb == "forward" && req.NeedsApproval && eligible {
			return "needs approval: ask the approvers with 'goedkeuring'", nil
		}
		if c.verb == "approval" && !eligible {
			return "no approver other than the requester: send it on with 'doorsturen'", nil
		}
		if err := e.event(ctx, tx, req, "triage_decided", from, m, c.verb+" (digest reply by the customer SPOC)"); err != nil {
			return "", err
		}
		if c.verb == "approval" {
			return "", e.askApproval(ctx, tx, req, "asked by the customer SPOC")
		}
		return "", e.forward(ctx, tx, req, from, c.note)
	case "note":
		if err := e.event(ctx, tx, req, "note", from, m, string(who)+": "+c.note); err != nil {
			return "", err
		}
		switch {
		case who == roleSupplier:
			return "", e.notifySPOC(ctx, tx, req, "note_spoc", templates.Data{Note: c.note, DecidedBy: from}, m.mid)
		case req.Status == StatusForwarded || req.Status == StatusScheduled:
			return "", e.send(ctx, tx, req, outMail{kind: "followup", tmpl: "followup", to: []string{e.cfg.SPOC.Supplier},
				data: templates.Data{Note: c.note, DecidedBy: from}})
		}
		return "", nil
	}
	return "unknown command", nil
}

var cmdTexts = map[string]string{
	"unknown command": "commando niet begrepen (gereed, ingepland, annuleren, notitie, doorsturen, goedkeuring)",
	"only the customer SPOC can decide a triage case":                    "alleen de SPOC van de organisatie beslist over een triagegeval",
	"needs approval: ask the approvers with 'goedkeuring'":               "akkoord nodig: vraag het de tekenbevoegden met 'goedkeuring'",
	"no approver other than the requester: send it on with 'doorsturen'": "geen tekenbevoegde behalve de aanvrager: stuur het door met 'doorsturen'",
	"empty note":                             "lege notitie",
	"date not understood (write 2026-12-03)": "datum niet begrepen (schrijf 2026-12-03)",
	"not a command":                          "geen opdracht (schrijf: REFERENTIE opdracht)",
	"sender not authenticated":               "afzender niet geverifieerd (DMARC/DKIM)",
	"unknown reference":                      "onbekende referentie",
	"not forwarded to the supplier":          "niet naar de leverancier doorgestuurd",
	"only the customer SPOC can cancel":      "alleen de SPOC van de organisatie kan annuleren",
}

// cmdText says why in the organisation's language.
func cmdText(lang, why string) string {
	if normLang(lang) == "en" {
		if why == "not a command" {
			return "not a command (write: REFERENCE command)"
		}
		return why
	}
	if t, ok := cmdTexts[why]; ok {
		return t
	}
	if s, ok := strings.CutPrefix(why, "status is "); ok {
		return "status is " + dutchStatus(s)
	}
	return why
}

func dutchStatus(s string) string {
	switch Status(s) {
	case StatusReceived:
		return "ontvangen"
	case StatusAwaitingApproval:
		return "wacht op akkoord"
	case StatusForwarded:
		return "doorgestuurd"
	case StatusScheduled:
		return "ingepland"
	case StatusDone:
		return "gereed"
	case StatusRejected:
		return "afgewezen"
	case StatusCancelled:
		return "geannuleerd"
	case StatusTriage:
		return "ter beoordeling"
	}
	return s
}
