package workflow

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base32"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/spocd/spocd/mail"
	"github.com/spocd/spocd/mail/compose"
	"github.com/spocd/spocd/templates"
)

var tokenEncoding = base32.NewEncoding("abcdefghijklmnopqrstuvwxyz234567").WithPadding(base32.NoPadding)

// NewToken returns a random 128-bit approval token (26 lowercase base32 characters).
func NewToken() string {
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		panic("crypto/rand failed: " + err.Error()) // the OS has no entropy: nothing is safe
	}
	return tokenEncoding.EncodeToString(b)
}

// TokenHash is how a token is stored: only its hash.
func TokenHash(token string) string {
	s := sha256.Sum256([]byte(strings.ToLower(token)))
	return hex.EncodeToString(s[:])
}

// replyAddress is where an approver's answer goes: the plus address with the token.
func (e *Engine) replyAddress(token string) string {
	addr := e.cfg.SPOC.Address
	if !e.cfg.SPOC.PlusAddressing {
		return addr
	}
	at := strings.LastIndex(addr, "@")
	return addr[:at] + "+" + token + addr[at:]
}

// askApproval starts a new approval round: one mail per approver, each with its own token.
func (e *Engine) askApproval(ctx context.Context, tx Tx, req *Request, why string) error {
	now := e.now()
	req.ApprovalRound++
	req.Status, req.UpdatedAt = StatusAwaitingApproval, now
	req.EscalatedAt = nil
	if err := tx.UpdateRequest(ctx, req); err != nil {
		return err
	}
	asked := e.eligibleApprovers(req)
	if len(asked) == 0 {
		return e.toTriage(ctx, tx, nil, req, reason("no-other-approver"))
	}
	for _, ap := range asked {
		if err := e.issueToken(ctx, tx, req, ap, "approval_request", "approval"); err != nil {
			return err
		}
	}
	detail := fmt.Sprintf("round %d, asked %s", req.ApprovalRound, strings.Join(asked, ", "))
	if why != "" {
		detail += " (" + why + ")"
	}
	return e.event(ctx, tx, req, "approval_requested", "spocd", nil, detail)
}

func (e *Engine) issueToken(ctx context.Context, tx Tx, req *Request, approver, tmpl, kind string) error {
	now := e.now()
	token := NewToken()
	a := &Approval{RequestID: req.ID, Round: req.ApprovalRound, Approver: approver, TokenHash: TokenHash(token),
		ExpiresAt: now.Add(e.cfg.Approval.TokenTTL.Duration), AmountCents: req.EstimateCents, CreatedAt: now}
	if kind == "reminder" {
		a.RemindedAt = &now // a reminder is not reminded again
	}
	if err := tx.CreateApproval(ctx, a); err != nil {
		return err
	}
	replyTo := e.replyAddress(token)
	tag := fmt.Sprintf("[%s a:%s]", req.Ref, token)
	subj := "Re: " + tag + " " + req.Subject
	return e.send(ctx, tx, req, outMail{kind: kind, tmpl: tmpl, to: []string{approver}, replyTo: replyTo, subjectTag: tag,
		data: templates.Data{Approver: approver, Approvers: e.cfg.Approval.DisplayAll(e.cfg.Approval.Approvers), Token: token, ReplyTo: replyTo,
			MailtoApprove: compose.Mailto(replyTo, subj, "akkoord"), MailtoReject: compose.Mailto(replyTo, subj, "niet akkoord"),
			ApproveURL: e.approveURL(token)}})
}

// decision handles a reply that carries an approval token.
func (e *Engine) decision(ctx context.Context, tx Tx, m *msgCtx) error {
	msg := m.msg
	from := strings.ToLower(msg.From.Addr)
	a, err := tx.ApprovalByTokenHash(ctx, TokenHash(msg.Token))
	if errors.Is(err, ErrNotFound) {
		req, _, ferr := e.findRequest(ctx, tx, msg)
		if ferr != nil {
			return ferr
		}
		return e.refuse(ctx, tx, m, req, reason("unknown-token"))
	}
	if err != nil {
		return err
	}
	req, err := tx.RequestByID(ctx, a.RequestID)
	if err != nil {
		return err
	}
	m.rec.RequestID = &req.ID
	m.rec.Action = "update_request"
	if err := tx.AddThreadID(ctx, m.mid, req.ID, false); err != nil {
		return err
	}
	reply := mail.ReadMessageReply(msg, e.kw)
	if why := mail.ScopeProblem(reply, requestScope(req)); why != "" {
		// "Akkoord met de notulen.": the yes names something this request does not.
		reply = mail.Reply{NewText: reply.NewText, Decision: mail.DecisionNone, Ambiguous: why}
	}
	if reply.Decision != mail.DecisionNone {
		// A yes or no that answers another request or another mail is no decision on this
		// one: the token is only in a quote, and the subject names another request or the
		// mail is not in this request's thread ("RE: Raadzaal vrijdag" with the approval
		// request quoted under a colleague's question).
		other, err := e.answersOther(ctx, tx, msg, req)
		if err != nil {
			return err
		}
		if other {
			reply = mail.Reply{NewText: reply.NewText, Decision: mail.DecisionNone, Ambiguous: "other-request"}
		}
	}
	if problem := e.approvalProblem(req, a, from, e.now()); problem.code != "" {
		return e.refuse(ctx, tx, m, req, problem)
	}
	if problem := checkSenderAuth(e.cfg.Approval, msg.AuthResults, from); problem.code != "" {
		return e.refuse(ctx, tx, m, req, problem)
	}
	if reply, err = e.holdCopy(ctx, tx, msg, req, a, reply); err != nil {
		return err
	}
	return e.decide(ctx, tx, m, req, a, reply)
}

// answersOther reports a reply whose token was only found in a footer line (a quote) and
// that answers something else: its subject names another request, or it names none and its
// thread headers do not lead to req. A token in the plus address or the subject tag decides
// the request it was issued for (TestTokenOfAnotherRequest).
func (e *Engine) answersOther(ctx context.Context, tx Tx, msg *mail.Message, req *Request) (bool, error) {
	if msg.TokenFrom != "footer" {
		return false, nil // sent to the approval's own address, or its tag in the subject
	}
	if msg.Ref != "" {
		return !strings.EqualFold(msg.Ref, req.Ref), nil
	}
	ids := threadIDs(msg)
	if len(ids) == 0 {
		return true, nil
	}
	thread, err := tx.RequestByThreadID(ctx, ids)
	if errors.Is(err, ErrNotFound) {
		return true, nil
	}
	if err != nil {
		return false, err
	}
	return thread.ID != req.ID, nil
}

// holdCopy holds a yes against the copy of the approval mail below it: "Akkoord" on top,
// and "NIET" or another amount typed into that copy, is no decision (copy-edited). The
// remark of a reply that decides nothing is free: it carries what was typed.
func (e *Engine) holdCopy(ctx context.Context, tx Tx, msg *mail.Message, req *Request, a *Approval, reply mail.Reply) (mail.Reply, error) {
	if reply.Decision != mail.DecisionApprove {
		return reply, nil
	}
	edits, err := e.copyEdits(ctx, tx, msg, req, a, msg.Token != "", reply.NewText)
	if err != nil || len(edits) == 0 {
		return reply, err
	}
	return mail.Reply{NewText: reply.NewText, Decision: mail.DecisionNone, Ambiguous: mail.AmbiguousCopyEdited,
		Remark: clipText(strings.Join(edits, " "), 500)}, nil
}

// copyEdits returns the words typed or changed in the reply's copy of the approval mail
// it answers (mail.CopyEdits): the approval request, reminder or clarification sent to this
// approver that the reply's thread names, or else, for a reply that carries their token
// (orLast), the last one sent to them. Answers the reader read in the copy (read, the
// reply's new text) are no edits.
func (e *Engine) copyEdits(ctx context.Context, tx Tx, msg *mail.Message, req *Request, a *Approval, orLast bool, read string) ([]string, error) {
	rows, err := tx.OutboxOfKinds(ctx, req.ID, []string{"approval", "reminder", "clarification"})
	if err != nil {
		return nil, err
	}
	thread := map[string]bool{}
	for _, id := range threadIDs(msg) {
		thread[strings.Trim(id, "<>")] = true
	}
	var answered, last *OutboxMail
	for i := range rows {
		r := &rows[i]
		if len(r.Raw) == 0 || !slices.ContainsFunc(r.Recipients, func(to string) bool { return strings.EqualFold(to, a.Approver) }) {
			continue
		}
		if thread[strings.Trim(r.MessageID, "<>")] {
			answered = r
		}
		if last == nil || r.CreatedAt.After(last.CreatedAt) || (r.CreatedAt.Equal(last.CreatedAt) && r.ID > last.ID) {
			last = r
		}
	}
	if answered == nil && orLast {
		answered = last
	}
	if answered == nil {
		return nil, nil
	}
	sent, err := mail.Parse(bytes.NewReader(answered.Raw), e.mopt)
	if err != nil {
		return nil, nil // our own mail that cannot be read again: nothing to compare with
	}
	return mail.CopyEditsBesides(msg, sent, read), nil
}

// approvalProblem says why a decision by from on approval a cannot count at now (no code
// when it can): the checks for a reply by mail and for a decision on the one-click page.
func (e *Engine) approvalProblem(req *Request, a *Approval, from string, now time.Time) why {
	delegate := e.cfg.Approval.Delegates[a.Approver]
	switch {
	case from != a.Approver && (delegate == "" || from != delegate):
		return reason("token-other-sender", a.Approver, from) // from "" is said as an unknown sender
	case strings.EqualFold(from, req.Requester):
		return reason("four-eyes")
	case req.Status != StatusAwaitingApproval:
		return reason("not-awaiting", string(req.Status))
	case a.Round != req.ApprovalRound:
		return reason("earlier-round")
	case a.Decision != "":
		return reason("token-used")
	case now.After(a.ExpiresAt):
		return reason("token-expired")
	}
	return why{}
}

// decide records an approver's reply to their approval.
func (e *Engine) decide(ctx context.Context, tx Tx, m *msgCtx, req *Request, a *Approval, reply mail.Reply) error {
	from := strings.ToLower(m.msg.From.Addr)
	now := e.now()
	if reply.Decision == mail.DecisionNone {
		return e.unclear(ctx, tx, m, req, a, reply)
	}
	if err := tx.RecordMessage(ctx, m.rec); err != nil {
		return err
	}
	a.Decision, a.DecidedBy, a.DecidedAt, a.Remark, a.MessageID = string(reply.Decision), from, &now, clipText(reply.Remark, 1000), m.mid
	if err := tx.UpdateApproval(ctx, a); err != nil {
		return err
	}
	e.observer().Decision(a.Decision, "mail")
	kind := "approved"
	if reply.Decision == mail.DecisionReject {
		kind = "rejected_by"
	}
	detail := a.Remark
	if reply.ReadBy != "" {
		// An approval the remark model read: the audit log says so.
		detail = strings.TrimSpace(detail + " (read by the " + strings.ReplaceAll(reply.ReadBy, "-", " ") + ")")
	}
	if err := e.event(ctx, tx, req, kind, from, m, detail); err != nil {
		return err
	}
	if err := e.send(ctx, tx, req, outMail{kind: "approval_receipt", tmpl: "approval_receipt", to: []string{from}, inReplyTo: m.mid,
		data: templates.Data{Approver: a.Approver, Decision: a.Decision, Remark: a.Remark, DecidedBy: e.cfg.Approval.Display(from)}}); err != nil {
		return err
	}
	return e.evaluate(ctx, tx, req, a)
}

// unclear answers a reply without a clear decision: never a guess.
func (e *Engine) unclear(ctx context.Context, tx Tx, m *msgCtx, req *Request, a *Approval, reply mail.Reply) error {
	m.rec.Reason = "no clear decision"
	e.observer().Decision("unclear", "mail")
	if err := tx.RecordMessage(ctx, m.rec); err != nil {
		return err
	}
	why := reply.Ambiguous
	if why == "" {
		why = "no decision keyword"
	}
	detail := why + ": " + clipText(reply.NewText, 500)
	var typed []string // what was typed into the copy of the request (copy-edited)
	if why == mail.AmbiguousCopyEdited && reply.Remark != "" {
		typed = []string{reply.Remark}
		detail += " (typed into the copy: " + reply.Remark + ")"
	}
	if err := e.event(ctx, tx, req, "unclear", m.msg.From.Addr, m, detail); err != nil {
		return err
	}
	if err := e.send(ctx, tx, req, outMail{kind: "clarification", tmpl: "clarification", to: []string{a.Approver}, inReplyTo: m.mid,
		data: templates.Data{Approver: a.Approver, Note: clipText(reply.NewText, 1000), Reason: why, Lines: typed}}); err != nil {
		return err
	}
	return e.notifySPOC(ctx, tx, req, "triage", reason("unclear-answer", a.Approver, why).data(templates.Data{
		Note: clipText(reply.NewText, 2000), DecidedBy: a.Approver, Lines: typed}), m.mid)
}

// evaluate applies the approval policy after a decision.
func (e *Engine) evaluate(ctx context.Context, tx Tx, req *Request, last *Approval) error {
	all, err := tx.Approvals(ctx, req.ID)
	if err != nil {
		return err
	}
	var round []Approval
	approved := 0
	var names, remarks []string
	inRound := map[string]bool{}
	for _, a := range all {
		if a.Round == req.ApprovalRound {
			inRound[a.Approver] = true
		}
	}
	for _, a := range all {
		if a.Round != req.ApprovalRound {
			continue
		}
		if d := e.cfg.Approval.Delegates[a.Approver]; d != "" && inRound[d] && a.Decision == "" {
			continue // this approver is away; their delegate answers for them
		}
		round = append(round, a)
		if a.Decision == "approve" {
			approved++
			names = append(names, e.cfg.Approval.Display(a.DecidedBy))
			if a.Remark != "" {
				remarks = append(remarks, a.Remark)
			}
		}
	}
	now := e.now()
	if last.Decision == "reject" {
		req.Status, req.DecidedAt, req.UpdatedAt = StatusRejected, &now, now
		if err := tx.UpdateRequest(ctx, req); err != nil {
			return err
		}
		if err := e.event(ctx, tx, req, "rejected", last.DecidedBy, nil, last.Remark); err != nil {
			return err
		}
		d := templates.Data{Decision: "reject", DecidedBy: e.cfg.Approval.Display(last.DecidedBy), Remark: last.Remark}
		if err := e.send(ctx, tx, req, outMail{kind: "rejected", tmpl: "rejected", to: []string{req.Requester}, data: d, inReplyTo: req.OriginMessage}); err != nil {
			return err
		}
		return e.notifySPOC(ctx, tx, req, "rejected", d, "")
	}
	need := e.needed(req, len(round))
	if approved < need {
		return e.event(ctx, tx, req, "approval_pending", "spocd", nil, fmt.Sprintf("%d of %d approvals", approved, need))
	}
	req.DecidedAt = &now
	if err := e.send(ctx, tx, req, outMail{kind: "approved", tmpl: "approved", to: []string{req.Requester}, inReplyTo: req.OriginMessage,
		data: templates.Data{Decision: "approve", DecidedBy: strings.Join(names, ", "), Remark: strings.Join(remarks, "; ")}}); err != nil {
		return err
	}
	return e.forward(ctx, tx, req, strings.Join(names, ", "), strings.Join(remarks, "; "))
}

// needed is how many approvals a request needs in a round of n approvers: the policy,
// raised by the highest amount rule its estimate exceeds.
func (e *Engine) needed(req *Request, n int) int {
	need := 1
	switch e.cfg.Approval.Policy {
	case "all":
		need = n
	case "quorum":
		need = e.cfg.Approval.Quorum
	}
	if req.EstimateCents != nil {
		for _, r := range e.cfg.Approval.AmountRules {
			if float64(*req.EstimateCents) > r.AboveEUR*100 && r.Approvals > need {
				need = r.Approvals
			}
		}
	}
	return max(1, min(need, n))
}

// delegate routes an approver's out-of-office reply to their configured delegate: the
// delegate gets their own approval mail in the same round.
func (e *Engine) delegate(ctx context.Context, tx Tx, m *msgCtx, req *Request) error {
	from := strings.ToLower(m.msg.From.Addr)
	to := e.cfg.Approval.Delegates[from]
	if to == "" || req.Status != StatusAwaitingApproval || strings.EqualFold(to, req.Requester) {
		return nil
	}
	apps, err := tx.Approvals(ctx, req.ID)
	if err != nil {
		return err
	}
	pending := false
	for _, a := range apps {
		if a.Round != req.ApprovalRound {
			continue
		}
		if a.Approver == to {
			return nil // already delegated
		}
		if a.Approver == from && a.Decision == "" {
			pending = true
		}
	}
	if !pending {
		return nil
	}
	if err := e.issueToken(ctx, tx, req, to, "approval_request", "approval"); err != nil {
		return err
	}
	return e.event(ctx, tx, req, "delegated", from, m, "out of office: asked "+to)
}

// decideWithoutToken accepts a decision from an approver that matched the request by
// reference and sender, when [approval] allow_reply_without_token is on.
func (e *Engine) decideWithoutToken(ctx context.Context, tx Tx, m *msgCtx, req *Request, reply mail.Reply) error {
	from := strings.ToLower(m.msg.From.Addr)
	if req.Status != StatusAwaitingApproval {
		return e.refuse(ctx, tx, m, req, reason("not-awaiting", string(req.Status)))
	}
	if strings.EqualFold(from, req.Requester) {
		return e.refuse(ctx, tx, m, req, reason("four-eyes"))
	}
	apps, err := tx.Approvals(ctx, req.ID)
	if err != nil {
		return err
	}
	for i := range apps {
		a := &apps[i]
		if a.Round != req.ApprovalRound || a.Decision != "" {
			continue
		}
		if a.Approver == from || e.cfg.Approval.Delegates[a.Approver] == from {
			if problem := checkSenderAuth(e.cfg.Approval, m.msg.AuthResults, from); problem.code != "" {
				return e.refuse(ctx, tx, m, req, problem)
			}
			if reply, err = e.holdCopy(ctx, tx, m.msg, req, a, reply); err != nil {
				return err
			}
			return e.decide(ctx, tx, m, req, a, reply)
		}
	}
	return e.refuse(ctx, tx, m, req, reason("no-open-approval", from))
}

// eligibleApprovers are the approvers who may decide on req: everyone but the requester
// (four-eyes: never ask requesters to approve their own request).
func (e *Engine) eligibleApprovers(req *Request) []string {
	var out []string
	for _, ap := range e.cfg.Approval.Approvers {
		if !strings.EqualFold(ap, req.Requester) {
			out = append(out, ap)
		}
	}
	return out
}

// requestScope is what an approval reply is held against: the request's subject, text,
// category and estimate (as "1240,00").
func requestScope(req *Request) mail.RequestScope {
	text := req.Body + "\n" + req.Category
	if req.EstimateCents != nil {
		text += fmt.Sprintf("\n%d,%02d", *req.EstimateCents/100, *req.EstimateCents%100)
	}
	return mail.RequestScope{Subject: req.Subject, Text: text}
}
