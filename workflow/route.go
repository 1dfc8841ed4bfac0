package workflow

import (
	"context"
	"errors"
	"fmt"
	netmail "net/mail"
	"strings"

	"github.com/spocd/spocd/mail"
	"github.com/spocd/spocd/templates"
)

// role is how spocd knows the sender of a mail about a request.
type role string

const (
	roleRequester role = "requester"
	roleCustomer  role = "customer"
	roleSupplier  role = "supplier"
	roleApprover  role = "approver"
	roleStranger  role = "stranger"
)

func domainOf(addr string) string {
	if i := strings.LastIndex(addr, "@"); i >= 0 {
		return strings.ToLower(addr[i+1:])
	}
	return ""
}

func (e *Engine) isSupplier(addr string) bool {
	addr = strings.ToLower(addr)
	if addr == "" {
		return false
	}
	// Ticket systems (TOPdesk, ServiceNow, Jira) answer from their own address in the
	// supplier's domain, so the whole domain counts as the supplier, unless it is ours.
	return addr == e.cfg.SPOC.Supplier || (domainOf(addr) == domainOf(e.cfg.SPOC.Supplier) && domainOf(addr) != domainOf(e.cfg.SPOC.Address))
}

func (e *Engine) roleOf(req *Request, addr string) role {
	addr = strings.ToLower(addr)
	switch {
	case req != nil && addr == strings.ToLower(req.Requester):
		return roleRequester
	case addr == e.cfg.SPOC.Customer:
		return roleCustomer
	case e.isSupplier(addr):
		return roleSupplier
	case e.cfg.Approval.IsApprover(addr):
		return roleApprover
	}
	for _, d := range e.cfg.Approval.Delegates {
		if d == addr {
			return roleApprover
		}
	}
	return roleStranger
}

// findRequest matches a mail to a request: the reference in the subject, then the thread
// (In-Reply-To/References against every Message-ID spocd stored or sent), then the supplier's
// own ticket number. via says which matched.
func (e *Engine) findRequest(ctx context.Context, tx Tx, msg *mail.Message) (req *Request, via string, err error) {
	if msg.Ref != "" {
		req, err = tx.RequestByRef(ctx, msg.Ref)
		if err == nil {
			return req, "ref", nil
		}
		if !errors.Is(err, ErrNotFound) {
			return nil, "", err
		}
	}
	if ids := threadIDs(msg); len(ids) > 0 {
		req, err = tx.RequestByThreadID(ctx, ids)
		if err == nil {
			return req, "thread", nil
		}
		if !errors.Is(err, ErrNotFound) {
			return nil, "", err
		}
	}
	if sref := e.supplierRef(msg); sref != "" {
		req, err = tx.RequestBySupplierRef(ctx, sref)
		if err == nil {
			return req, "supplier_ref", nil
		}
		if !errors.Is(err, ErrNotFound) {
			return nil, "", err
		}
	}
	return nil, "", nil
}

// supplierRef finds the supplier's ticket number in the subject (or the first lines).
func (e *Engine) supplierRef(msg *mail.Message) string {
	re := e.cfg.SPOC.SupplierRefRE
	if re == nil {
		return ""
	}
	for _, s := range []string{msg.Subject, clipText(msg.Text, 2000)} {
		if m := re.FindStringSubmatch(s); m != nil {
			if len(m) > 1 {
				return m[1]
			}
			return m[0]
		}
	}
	return ""
}

func (e *Engine) route(ctx context.Context, tx Tx, m *msgCtx) error {
	if handled, err := e.digestCommands(ctx, tx, m); handled || err != nil {
		return err
	}
	msg := m.msg
	if msg.Token != "" {
		return e.decision(ctx, tx, m)
	}
	req, via, err := e.findRequest(ctx, tx, msg)
	if err != nil {
		return err
	}
	from := msg.From.Addr
	if req == nil {
		if e.isSupplier(from) || from == "" {
			return e.triage(ctx, tx, m, nil, reason("supplier-unmatched"))
		}
		return e.newRequest(ctx, tx, m)
	}
	m.rec.RequestID = &req.ID
	m.rec.Action = "update_request"
	if err := tx.AddThreadID(ctx, m.mid, req.ID, false); err != nil {
		return err
	}
	who := e.roleOf(req, from)
	reply := mail.ReadMessageReply(msg, e.kw)
	switch who {
	case roleSupplier:
		return e.supplierReply(ctx, tx, m, req, reply)
	case roleRequester, roleCustomer:
		if reply.Status == mail.StatusCancelled {
			return e.cancel(ctx, tx, m, req, string(who))
		}
		if who == roleRequester && reply.Decision != mail.DecisionNone && req.Status == StatusAwaitingApproval && e.roleOf(nil, from) == roleApprover {
			// An approver who asked for the work answers their own request: never a decision.
			return e.refuse(ctx, tx, m, req, reason("four-eyes"))
		}
		if who == roleCustomer && (reply.Status == mail.StatusDone || reply.Status == mail.StatusScheduled) {
			return e.setStatus(ctx, tx, m, req, reply, string(who))
		}
		return e.followUp(ctx, tx, m, req, reply, string(who))
	case roleApprover:
		if reply.Decision != mail.DecisionNone {
			if e.cfg.Approval.AllowWithoutToken {
				return e.decideWithoutToken(ctx, tx, m, req, reply)
			}
			// A decision without a token is never taken on trust.
			return e.refuse(ctx, tx, m, req, reason("no-token"))
		}
		return e.followUp(ctx, tx, m, req, reply, string(who))
	default:
		if via == "ref" {
			// A stranger who puts a (guessed) reference in a subject changes nothing.
			return e.triage(ctx, tx, m, req, reason("unknown-sender-ref"))
		}
		return e.followUp(ctx, tx, m, req, reply, "other")
	}
}

// newRequest turns a mail into a request, classified by the rules.
func (e *Engine) newRequest(ctx context.Context, tx Tx, m *msgCtx) error {
	msg := m.msg
	now := e.now()
	ref, err := tx.NextRef(ctx, e.cfg.Organisation.RefPrefix)
	if err != nil {
		return err
	}
	cls := Classify(e.cfg.Rules, msg.From.Addr, msg.CleanSubject, msg.Text)
	subject := msg.CleanSubject
	if strings.TrimSpace(subject) == "" {
		subject = "(geen onderwerp)"
	}
	req := &Request{Ref: ref, Status: StatusReceived, Subject: clipText(subject, 300), Requester: msg.From.Addr,
		RequesterName: msg.From.Name, Category: cls.Category, ExtraWork: cls.ExtraWork, EstimateCents: cls.EstimateCents,
		NeedsApproval: cls.NeedsApproval, Body: clipText(bodyText(msg), 20000), OriginMessage: m.mid,
		CreatedAt: now, UpdatedAt: now, Shadow: e.shadow}
	if req.Requester == "" || !mailable(req.Requester) {
		if req.Requester != "" {
			msg.Problems = append(msg.Problems, fmt.Sprintf("sender address %q cannot be mailed", clipText(req.Requester, 100)))
		}
		req.Requester = "unknown@invalid"
	}
	if err := tx.CreateRequest(ctx, req); err != nil {
		return err
	}
	m.rec.RequestID = &req.ID
	m.ref = req.Ref
	m.rec.Action = "new_request"
	if err := tx.RecordMessage(ctx, m.rec); err != nil {
		return err
	}
	req.OriginMsgRow = &m.rec.ID
	if err := tx.AddThreadID(ctx, m.mid, req.ID, false); err != nil {
		return err
	}
	detail := fmt.Sprintf("rule=%s category=%s extra_work=%t needs_approval=%t", cls.Rule, cls.Category, cls.ExtraWork, cls.NeedsApproval)
	if len(msg.Problems) > 0 {
		detail += "; problems: " + strings.Join(msg.Problems, "; ")
	}
	if err := e.event(ctx, tx, req, "received", msg.From.Addr, m, detail); err != nil {
		return err
	}
	if m.in.Truncated {
		if err := e.tooLarge(ctx, tx, m, req); err != nil {
			return err
		}
	}
	if err := e.firstStep(ctx, tx, m, req); err != nil {
		return err
	}
	// Acknowledged last, so that the mail says what happens next: who must approve, or
	// that it went to the supplier.
	return e.acknowledge(ctx, tx, m, req)
}

// firstStep sends a new request on: to the approvers, to the supplier, or to triage when
// it needs approval and nobody can give it.
func (e *Engine) firstStep(ctx context.Context, tx Tx, m *msgCtx, req *Request) error {
	switch {
	case req.NeedsApproval && len(e.cfg.Approval.Approvers) == 0:
		return e.toTriage(ctx, tx, m, req, reason("no-approvers"))
	case req.NeedsApproval:
		return e.askApproval(ctx, tx, req, "")
	}
	// The raw message is still in memory: no need to read it back for the attachments.
	return e.forward(ctx, tx, req, "", "")
}

func bodyText(msg *mail.Message) string {
	t := msg.Text
	if strings.TrimSpace(t) == "" {
		t = msg.NewText
	}
	return t
}

// acknowledge tells the requester the request was received, within the per-sender limits.
func (e *Engine) acknowledge(ctx context.Context, tx Tx, m *msgCtx, req *Request) error {
	to := req.Requester
	if to == "" || to == "unknown@invalid" || e.isOwn(to) {
		return nil
	}
	now := e.now()
	lim := e.cfg.Acknowledgement
	suppress := func(n int, per string) error {
		return e.event(ctx, tx, req, "ack_suppressed", "spocd", m, fmt.Sprintf("rate limit: %d acknowledgements to %s in the last %s", n, to, per))
	}
	day, err := tx.CountRecentMail(ctx, "ack", to, now.Add(-hours(24)))
	if err != nil {
		return err
	}
	if day >= lim.MaxPerHour { // only then can the last hour hold too many
		hour, err := tx.CountRecentMail(ctx, "ack", to, now.Add(-hours(1)))
		if err != nil {
			return err
		}
		if hour >= lim.MaxPerHour {
			return suppress(hour, "hour")
		}
	}
	if day >= lim.MaxPerDay {
		return suppress(day, "day")
	}
	if total, err := tx.CountRecentKind(ctx, []string{"ack"}, now.Add(-hours(1))); err != nil {
		return err
	} else if total >= lim.MaxTotalPerHour {
		e.log.Warn("acknowledgement breaker open", "last_hour", total, "max_total_per_hour", lim.MaxTotalPerHour)
		return e.event(ctx, tx, req, "ack_suppressed", "spocd", m, fmt.Sprintf("breaker: %d acknowledgements in the last hour", total))
	}
	var d templates.Data
	if req.Status == StatusAwaitingApproval {
		d.Approvers = e.cfg.Approval.DisplayAll(e.eligibleApprovers(req))
	}
	return e.send(ctx, tx, req, outMail{kind: "ack", tmpl: "ack", to: []string{to}, inReplyTo: m.mid, autoReplied: true, data: d})
}

// tooLarge tells the requester that only the start of their message was read: the
// request is made from it, the rest (attachments that did not fit) is refused. It keeps to
// the acknowledgement limits, so large mail cannot make spocd send without end.
func (e *Engine) tooLarge(ctx context.Context, tx Tx, m *msgCtx, req *Request) error {
	mb := func(n int64) string { return fmt.Sprintf("%.1f MB", float64(n)/(1<<20)) }
	reason := fmt.Sprintf("%s; max %s", mb(m.in.Size), mb(e.cfg.IMAP.MaxMessageBytes))
	if err := e.event(ctx, tx, req, "too_large", "spocd", m, "only the start was read: "+reason); err != nil {
		return err
	}
	to := req.Requester
	if to == "" || to == "unknown@invalid" || e.isOwn(to) {
		return nil
	}
	n, err := tx.CountRecentMail(ctx, "too_large", to, e.now().Add(-hours(24)))
	if err != nil {
		return err
	}
	if n >= e.cfg.Acknowledgement.MaxPerDay {
		return nil
	}
	return e.send(ctx, tx, req, outMail{kind: "too_large", tmpl: "too_large", to: []string{to}, inReplyTo: m.mid, autoReplied: true,
		data: templates.Data{Reason: reason}})
}

// mailable reports whether addr can be written into a To header (compose accepts it).
func mailable(addr string) bool {
	if addr == "" || strings.ContainsAny(addr, "<>\r\n\t ,;\"") {
		return false
	}
	_, err := netmail.ParseAddress("<" + addr + ">")
	return err == nil
}

func (e *Engine) isOwn(addr string) bool {
	for _, o := range e.mopt.OwnAddresses {
		if strings.EqualFold(o, addr) {
			return true
		}
	}
	return false
}

// forward sends the request to the supplier SPOC, with the attachments of its original
// mail, and marks it forwarded.
func (e *Engine) forward(ctx context.Context, tx Tx, req *Request, approvedBy, remark string) error {
	now := e.now()
	req.Status, req.ForwardedAt, req.UpdatedAt = StatusForwarded, &now, now
	if err := tx.UpdateRequest(ctx, req); err != nil {
		return err
	}
	if err := e.send(ctx, tx, req, outMail{kind: "forward", tmpl: "forward", to: []string{e.cfg.SPOC.Supplier},
		data: templates.Data{DecidedBy: approvedBy, Remark: remark}, attachFrom: req.OriginMsgRow, inReplyTo: req.OriginMessage}); err != nil {
		return err
	}
	return e.event(ctx, tx, req, "forwarded", "spocd", nil, "to "+e.cfg.SPOC.Supplier)
}

// supplierReply handles mail from the supplier: learn their ticket number, apply a status,
// or pass a note to the customer SPOC.
func (e *Engine) supplierReply(ctx context.Context, tx Tx, m *msgCtx, req *Request, reply mail.Reply) error {
	if sref := e.supplierRef(m.msg); sref != "" && req.SupplierRef != sref {
		old := req.SupplierRef
		req.SupplierRef = sref
		req.UpdatedAt = e.now()
		if err := tx.UpdateRequest(ctx, req); err != nil {
			return err
		}
		if err := e.event(ctx, tx, req, "supplier_ref", m.msg.From.Addr, m, fmt.Sprintf("supplier ticket %s (was %q)", sref, old)); err != nil {
			return err
		}
	}
	if cents, ok := quotedAmount(reply.NewText); ok && req.Status.Open() {
		if err := e.newEstimate(ctx, tx, m, req, cents); err != nil {
			return err
		}
	}
	if req.Status != StatusAwaitingApproval && (reply.Status == mail.StatusScheduled || reply.Status == mail.StatusDone) {
		return e.setStatus(ctx, tx, m, req, reply, "supplier")
	}
	if err := tx.RecordMessage(ctx, m.rec); err != nil {
		return err
	}
	note := clipText(reply.NewText, 4000)
	if err := e.event(ctx, tx, req, "note", m.msg.From.Addr, m, note); err != nil {
		return err
	}
	return e.notifySPOC(ctx, tx, req, "note_spoc", templates.Data{Note: note, DecidedBy: m.msg.From.Addr}, m.mid)
}

// setStatus applies scheduled/done from the supplier (or the customer SPOC).
func (e *Engine) setStatus(ctx context.Context, tx Tx, m *msgCtx, req *Request, reply mail.Reply, who string) error {
	if err := tx.RecordMessage(ctx, m.rec); err != nil {
		return err
	}
	var to Status
	switch reply.Status {
	case mail.StatusScheduled:
		to = StatusScheduled
	case mail.StatusDone:
		to = StatusDone
	}
	if req.Status != StatusForwarded && req.Status != StatusScheduled {
		return e.refuse(ctx, tx, m, req, reason("bad-status", string(to), string(req.Status)))
	}
	now := e.now()
	req.Status, req.UpdatedAt = to, now
	if to == StatusDone {
		req.DoneAt = &now
	}
	if reply.Date != "" {
		req.ScheduledFor = reply.Date
	}
	if err := tx.UpdateRequest(ctx, req); err != nil {
		return err
	}
	detail := string(to)
	if reply.Date != "" {
		detail += " " + reply.Date
	}
	if reply.Remark != "" {
		detail += ": " + reply.Remark
	}
	if err := e.event(ctx, tx, req, "status", m.msg.From.Addr, m, detail); err != nil {
		return err
	}
	return e.send(ctx, tx, req, outMail{kind: "status", tmpl: "status", to: []string{req.Requester},
		data: templates.Data{Status: string(to), Date: reply.Date, Note: clipText(reply.NewText, 2000)}})
}

// cancel cancels an open request and tells the supplier when it was already forwarded.
func (e *Engine) cancel(ctx context.Context, tx Tx, m *msgCtx, req *Request, who string) error {
	if err := tx.RecordMessage(ctx, m.rec); err != nil {
		return err
	}
	if !req.Status.Open() {
		return e.refuse(ctx, tx, m, req, reason("cannot-cancel", string(req.Status)))
	}
	wasForwarded := req.Status == StatusForwarded || req.Status == StatusScheduled
	now := e.now()
	req.Status, req.UpdatedAt = StatusCancelled, now
	if err := tx.UpdateRequest(ctx, req); err != nil {
		return err
	}
	if err := e.event(ctx, tx, req, "cancelled", m.msg.From.Addr, m, who); err != nil {
		return err
	}
	d := templates.Data{Status: string(StatusCancelled), DecidedBy: m.msg.From.Addr}
	if wasForwarded {
		if err := e.send(ctx, tx, req, outMail{kind: "cancelled", tmpl: "cancelled", to: []string{e.cfg.SPOC.Supplier}, data: d}); err != nil {
			return err
		}
	}
	return e.send(ctx, tx, req, outMail{kind: "status", tmpl: "status", to: []string{req.Requester}, data: d, inReplyTo: m.mid})
}

// followUp adds a mail to the request as a note and passes it on where it matters.
func (e *Engine) followUp(ctx context.Context, tx Tx, m *msgCtx, req *Request, reply mail.Reply, who string) error {
	if err := tx.RecordMessage(ctx, m.rec); err != nil {
		return err
	}
	note := clipText(reply.NewText, 4000)
	if err := e.event(ctx, tx, req, "note", m.msg.From.Addr, m, who+": "+note); err != nil {
		return err
	}
	if req.Status == StatusForwarded || req.Status == StatusScheduled {
		return e.send(ctx, tx, req, outMail{kind: "followup", tmpl: "followup", to: []string{e.cfg.SPOC.Supplier},
			data: templates.Data{Note: note, DecidedBy: m.msg.From.Addr}, attachFrom: &m.rec.ID})
	}
	if who == "other" {
		return e.notifySPOC(ctx, tx, req, "note_spoc", templates.Data{Note: note, DecidedBy: m.msg.From.Addr}, m.mid)
	}
	return nil
}

// why says why a mail was refused or handed to the customer SPOC: a code of the reasons
// in templates (reasons.go) and its arguments. The audit log, the metrics and the message
// record keep its English text (String); the mails say it in their language.
type why struct {
	code string
	args []string
}

func reason(code string, args ...string) why { return why{code: code, args: args} }

func (w why) String() string { return templates.ReasonText("en", w.code, w.args...) }

// data puts w into d: the code and arguments for the mail's language, and the English
// text in Reason for a template that shows {{.Reason}}.
func (w why) data(d templates.Data) templates.Data {
	d.Reason, d.ReasonCode, d.ReasonArgs = w.String(), w.code, w.args
	return d
}

// triage records a mail that a human must look at and tells the customer SPOC. When req is
// set the request does not change state: the mail only becomes a case on it.
func (e *Engine) triage(ctx context.Context, tx Tx, m *msgCtx, req *Request, reason why) error {
	m.rec.Action, m.rec.Reason = "triage", reason.String()
	if req != nil {
		m.rec.RequestID = &req.ID
	}
	if err := tx.RecordMessage(ctx, m.rec); err != nil {
		return err
	}
	if err := e.event(ctx, tx, req, "triage", m.msg.From.Addr, m, reason.String()); err != nil {
		return err
	}
	return e.notifySPOC(ctx, tx, req, "triage", reason.data(templates.Data{DecidedBy: m.msg.From.Addr,
		Note: clipText(m.msg.Subject+"\n\n"+bodyText(m.msg), 4000)}), m.mid)
}

// toTriage moves a request into the triage state.
func (e *Engine) toTriage(ctx context.Context, tx Tx, m *msgCtx, req *Request, reason why) error {
	req.Status, req.UpdatedAt = StatusTriage, e.now()
	if err := tx.UpdateRequest(ctx, req); err != nil {
		return err
	}
	if err := e.event(ctx, tx, req, "triage", "spocd", m, reason.String()); err != nil {
		return err
	}
	return e.notifySPOC(ctx, tx, req, "triage", reason.data(templates.Data{}), "")
}

// refuse records that a mail could not be acted on, and tells the customer SPOC why.
func (e *Engine) refuse(ctx context.Context, tx Tx, m *msgCtx, req *Request, reason why) error {
	m.rec.Action, m.rec.Reason = "refused", reason.String()
	e.observer().Refusal(RefusalClass(m.rec.Reason))
	if m.rec.ID == 0 {
		if req != nil {
			m.rec.RequestID = &req.ID
		}
		if err := tx.RecordMessage(ctx, m.rec); err != nil {
			return err
		}
	}
	if err := e.event(ctx, tx, req, "refused", m.msg.From.Addr, m, m.rec.Reason); err != nil {
		return err
	}
	return e.notifySPOC(ctx, tx, req, "refused", reason.data(templates.Data{DecidedBy: m.msg.From.Addr,
		Note: clipText(m.msg.NewText, 2000)}), m.mid)
}

func (e *Engine) notifySPOC(ctx context.Context, tx Tx, req *Request, tmpl string, d templates.Data, inReplyTo string) error {
	if tmpl == "refused" || tmpl == "triage" {
		n, err := tx.CountRecentKind(ctx, []string{"refused", "triage"}, e.now().Add(-hours(1)))
		if err != nil {
			return err
		}
		if n >= e.cfg.Acknowledgement.MaxNoticesPerHour {
			// Recorded on the request by the caller and listed in the digest; not mailed.
			return e.event(ctx, tx, req, "notice_suppressed", "spocd", nil, fmt.Sprintf("%s notice not mailed: %d notices in the last hour", tmpl, n))
		}
	}
	return e.send(ctx, tx, req, outMail{kind: tmpl, tmpl: tmpl, to: []string{e.cfg.SPOC.Customer}, data: d, inReplyTo: inReplyTo})
}
