package workflow

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/spocd/spocd/templates"
)

// Web decision states.
const (
	WebPending   = "pending"   // decided on the page, waiting for the withdraw window
	WebApplied   = "applied"   // took effect
	WebWithdrawn = "withdrawn" // withdrawn by the approver from the receipt mail
	WebVoid      = "void"      // could not take effect (decided otherwise meanwhile, request closed, ...)
)

// WebDecision is a decision made on a one-click page. It takes effect at DueAt unless it is
// withdrawn first: link scanners that run JavaScript and press buttons cannot approve
// anything the approver does not notice, because every decision made on the page is
// confirmed by a receipt mail that carries the withdraw link.
type WebDecision struct {
	ID           int64
	ApprovalID   int64
	RequestID    int64
	Decision     string // approve | reject
	Remark       string
	WithdrawHash string // TokenHash of the withdraw token
	State        string
	Client       string // remote address and user agent, as evidence
	Note         string // why it is void
	CreatedAt    time.Time
	DueAt        time.Time
	ClosedAt     *time.Time
}

// WebTx is the storage of web decisions (part of Tx).
type WebTx interface {
	CreateWebDecision(ctx context.Context, d *WebDecision) error
	LatestWebDecision(ctx context.Context, approvalID int64) (*WebDecision, error)
	WebDecisionByWithdrawHash(ctx context.Context, hash string) (*WebDecision, error)
	DueWebDecisions(ctx context.Context, now time.Time, limit int) ([]WebDecision, error)
	CloseWebDecision(ctx context.Context, id int64, state, note string, at time.Time) error
}

// WebMeta describes the visitor of a page, for the audit log.
type WebMeta struct {
	RemoteAddr string
	UserAgent  string
}

func (m WebMeta) String() string {
	ua := clipText(m.UserAgent, 200)
	if ua == "" {
		ua = "no user agent"
	}
	return clipText(m.RemoteAddr, 80) + ", " + ua
}

// Page states.
const (
	PageOpen    = "open"    // the approver can decide on the page
	PagePending = "pending" // decided on the page; takes effect at DueAt unless withdrawn
	PageDecided = "decided" // this approval is decided (Decision says how)
	PageClosed  = "closed"  // nothing to decide any more (Reason says why)
)

// WebPage is what a one-click page shows.
type WebPage struct {
	State  string
	Reason string // for PageClosed, and for a refused decision (English)
	// ReasonCode and ReasonArgs are Reason for the page's language
	// (templates.ReasonText); a code not in the catalogue is the text as it is.
	ReasonCode string
	ReasonArgs []string
	// Accepted is set by WebDecide and WebWithdraw when the action was taken.
	Accepted bool

	Request  templates.Request
	Approver string
	Decision string // approve | reject (pending or decided)
	Remark   string
	DueAt    time.Time // pending: when the decision takes effect
	Withdraw time.Duration
}

func (p *WebPage) setReason(w why) {
	p.Reason, p.ReasonCode, p.ReasonArgs = w.String(), w.code, w.args
}

// ErrBadDecision is returned for a decision other than approve or reject.
var ErrBadDecision = errors.New("decision must be approve or reject")

// webCheck loads the approval and request of a token and says what the page can offer.
func (e *Engine) webCheck(ctx context.Context, tx Tx, token string) (*Approval, *Request, *WebPage, error) {
	token = strings.ToLower(strings.TrimSpace(token))
	if len(token) != 26 {
		return nil, nil, nil, fmt.Errorf("web: token: %w", ErrNotFound)
	}
	a, err := tx.ApprovalByTokenHash(ctx, TokenHash(token))
	if err != nil {
		return nil, nil, nil, fmt.Errorf("web: %w", err)
	}
	req, err := tx.RequestByID(ctx, a.RequestID)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("web: %w", err)
	}
	p := &WebPage{Request: e.requestData(req), Approver: a.Approver, Withdraw: e.cfg.HTTP.WithdrawWindow.Duration}
	if a.Decision != "" {
		p.State, p.Decision, p.Remark = PageDecided, a.Decision, a.Remark
		return a, req, p, nil
	}
	wd, err := tx.LatestWebDecision(ctx, a.ID)
	switch {
	case err == nil && wd.State == WebPending:
		p.State, p.Decision, p.Remark, p.DueAt = PagePending, wd.Decision, wd.Remark, wd.DueAt
		return a, req, p, nil
	case err != nil && !errors.Is(err, ErrNotFound):
		return nil, nil, nil, fmt.Errorf("web: %w", err)
	}
	if problem := e.approvalProblem(req, a, a.Approver, e.now()); problem.code != "" {
		p.State = PageClosed
		p.setReason(problem)
		return a, req, p, nil
	}
	p.State = PageOpen
	return a, req, p, nil
}

// WebView returns what the page of an approval token shows. It changes nothing: link
// scanners that fetch every URL in a mail see the page and decide nothing. An unknown token
// gives ErrNotFound.
func (e *Engine) WebView(ctx context.Context, token string) (*WebPage, error) {
	var page *WebPage
	err := e.store.InTx(ctx, func(tx Tx) error {
		_, _, p, err := e.webCheck(ctx, tx, token)
		page = p
		return err
	})
	return page, err
}

// WebEvidence notes a scanner-like visit of a page on the request's audit log.
func (e *Engine) WebEvidence(ctx context.Context, token, detail string) error {
	return e.store.InTx(ctx, func(tx Tx) error {
		a, req, _, err := e.webCheck(ctx, tx, token)
		if err != nil {
			return err
		}
		return e.event(ctx, tx, req, "web_scanner_visit", "web", nil, clipText("page of "+a.Approver+": "+detail, 500))
	})
}

// WebDecide records a decision made on the page (after the page checked its CSRF value).
// It takes effect after [http] withdraw_window, or at once when the window is 0; the
// approver gets a receipt mail with a link to withdraw it. A page that cannot be decided
// (decided before, pending, closed) comes back with Accepted false and says why.
func (e *Engine) WebDecide(ctx context.Context, token, decision, remark string, meta WebMeta) (*WebPage, error) {
	if decision != "approve" && decision != "reject" {
		return nil, ErrBadDecision
	}
	remark = clipText(remark, 1000)
	var page *WebPage
	var obs observations
	err := e.store.InTx(ctx, func(tx Tx) error {
		obs = obs[:0]
		a, req, p, err := e.webCheck(ctx, tx, token)
		if err != nil {
			return err
		}
		page = p
		if p.State != PageOpen {
			if p.State == PageClosed {
				obs.add(func(o Observer) { o.Refusal(RefusalClass(p.Reason)) })
				return e.event(ctx, tx, req, "refused", a.Approver, nil, "one-click page: "+p.Reason+" ("+meta.String()+")")
			}
			return nil
		}
		now := e.now()
		window := e.cfg.HTTP.WithdrawWindow.Duration
		wtoken := NewToken()
		wd := &WebDecision{ApprovalID: a.ID, RequestID: req.ID, Decision: decision, Remark: remark, WithdrawHash: TokenHash(wtoken),
			Client: clipText(meta.String(), 300), CreatedAt: now, DueAt: now.Add(window)}
		if err := tx.CreateWebDecision(ctx, wd); err != nil {
			return err
		}
		label := map[string]string{"approve": "approve", "reject": "reject"}[decision]
		if window <= 0 {
			if err := e.event(ctx, tx, req, "web_decision", a.Approver, nil, label+" on the one-click page ("+meta.String()+")"); err != nil {
				return err
			}
			if err := e.applyWeb(ctx, tx, wd, &obs); err != nil {
				return err
			}
			p.State, p.Decision, p.Remark, p.Accepted = PageDecided, decision, remark, true
			return e.webReceipt(ctx, tx, req, a, wd, "")
		}
		if err := e.event(ctx, tx, req, "web_decision_pending", a.Approver, nil,
			fmt.Sprintf("%s on the one-click page, takes effect at %s unless withdrawn (%s)", label, e.localTime(wd.DueAt), meta.String())); err != nil {
			return err
		}
		p.State, p.Decision, p.Remark, p.DueAt, p.Accepted = PagePending, decision, remark, wd.DueAt, true
		return e.webReceipt(ctx, tx, req, a, wd, wtoken)
	})
	if errors.Is(err, ErrDuplicate) {
		// Another click won the race: show what it did.
		return e.WebView(ctx, token)
	}
	if err == nil {
		e.flush(obs)
	}
	return page, err
}

func (e *Engine) localTime(t time.Time) string {
	if loc := e.cfg.Organisation.Location; loc != nil {
		t = t.In(loc)
	}
	return t.Format("2006-01-02 15:04")
}

// webReceipt mails the approver what was decided on the page, with the withdraw link while
// the decision is pending.
func (e *Engine) webReceipt(ctx context.Context, tx Tx, req *Request, a *Approval, wd *WebDecision, wtoken string) error {
	d := templates.Data{Approver: a.Approver, Decision: wd.Decision, Remark: wd.Remark, DecidedBy: e.cfg.Approval.Display(a.Approver)}
	if wtoken != "" {
		d.WithdrawURL = e.cfg.HTTP.BaseURL + "/w/" + wtoken
		d.Date = e.localTime(wd.DueAt)
	}
	return e.send(ctx, tx, req, outMail{kind: "approval_receipt", tmpl: "approval_receipt", to: []string{a.Approver}, data: d})
}

// WebWithdrawView returns the page of a withdraw token (from the receipt mail).
func (e *Engine) WebWithdrawView(ctx context.Context, wtoken string) (*WebPage, error) {
	var page *WebPage
	err := e.store.InTx(ctx, func(tx Tx) error {
		_, _, p, err := e.withdrawCheck(ctx, tx, wtoken)
		page = p
		return err
	})
	return page, err
}

func (e *Engine) withdrawCheck(ctx context.Context, tx Tx, wtoken string) (*WebDecision, *Request, *WebPage, error) {
	wtoken = strings.ToLower(strings.TrimSpace(wtoken))
	if len(wtoken) != 26 {
		return nil, nil, nil, fmt.Errorf("web: withdraw token: %w", ErrNotFound)
	}
	wd, err := tx.WebDecisionByWithdrawHash(ctx, TokenHash(wtoken))
	if err != nil {
		return nil, nil, nil, fmt.Errorf("web: %w", err)
	}
	req, err := tx.RequestByID(ctx, wd.RequestID)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("web: %w", err)
	}
	p := &WebPage{Request: e.requestData(req), Decision: wd.Decision, Remark: wd.Remark, DueAt: wd.DueAt, Withdraw: e.cfg.HTTP.WithdrawWindow.Duration}
	switch wd.State {
	case WebPending:
		p.State = PagePending
	case WebApplied:
		p.State = PageDecided
		p.setReason(reason("web-applied"))
	case WebWithdrawn:
		p.State = PageClosed
		p.setReason(reason("web-withdrawn"))
	default:
		// The note of a void decision is the English text of its reason.
		code, args := templates.ParseReason(wd.Note)
		p.State = PageClosed
		p.setReason(why{code: code, args: args})
	}
	return wd, req, p, nil
}

// WebWithdraw withdraws a pending web decision; the approval is open again.
func (e *Engine) WebWithdraw(ctx context.Context, wtoken string, meta WebMeta) (*WebPage, error) {
	var page *WebPage
	var obs observations
	err := e.store.InTx(ctx, func(tx Tx) error {
		obs = obs[:0]
		wd, req, p, err := e.withdrawCheck(ctx, tx, wtoken)
		if err != nil {
			return err
		}
		page = p
		if p.State != PagePending {
			return nil
		}
		now := e.now()
		if err := tx.CloseWebDecision(ctx, wd.ID, WebWithdrawn, "withdrawn from the receipt mail", now); err != nil {
			return err
		}
		obs.add(func(o Observer) { o.Decision("withdrawn", "web") })
		p.State, p.Accepted = PageClosed, true
		p.setReason(reason("web-withdrawn"))
		return e.event(ctx, tx, req, "web_decision_withdrawn", "web", nil, wd.Decision+" withdrawn ("+meta.String()+")")
	})
	if err == nil {
		e.flush(obs)
	}
	return page, err
}

// applyDueWebDecisions applies the pending web decisions whose window has passed (Tick).
func (e *Engine) applyDueWebDecisions(ctx context.Context) (int, error) {
	n := 0
	var obs observations
	err := e.store.InTx(ctx, func(tx Tx) error {
		n, obs = 0, obs[:0]
		due, err := tx.DueWebDecisions(ctx, e.now(), 100)
		if err != nil {
			return err
		}
		for i := range due {
			if err := e.applyWeb(ctx, tx, &due[i], &obs); err != nil {
				return err
			}
			n++
		}
		return nil
	})
	if err == nil {
		e.flush(obs)
	}
	return n, err
}

// applyWeb makes a web decision take effect, after checking again everything a mail
// decision is checked for; when something changed meanwhile it becomes void.
func (e *Engine) applyWeb(ctx context.Context, tx Tx, wd *WebDecision, obs *observations) error {
	now := e.now()
	req, err := tx.RequestByID(ctx, wd.RequestID)
	if err != nil {
		return err
	}
	apps, err := tx.Approvals(ctx, req.ID)
	if err != nil {
		return err
	}
	var a *Approval
	for i := range apps {
		if apps[i].ID == wd.ApprovalID {
			a = &apps[i]
		}
	}
	if a == nil {
		return fmt.Errorf("web decision %d: approval %d: %w", wd.ID, wd.ApprovalID, ErrNotFound)
	}
	// The window may outlast the token: what counts is that it was valid when clicked.
	check := now
	if wd.CreatedAt.Before(now) {
		check = wd.CreatedAt
	}
	if problem := e.approvalProblem(req, a, a.Approver, check); problem.code != "" {
		why := problem.String()
		if err := tx.CloseWebDecision(ctx, wd.ID, WebVoid, why, now); err != nil {
			return err
		}
		obs.add(func(o Observer) { o.Refusal(RefusalClass(why)) })
		return e.event(ctx, tx, req, "web_decision_void", a.Approver, nil, wd.Decision+" on the one-click page did not take effect: "+why)
	}
	if err := tx.CloseWebDecision(ctx, wd.ID, WebApplied, "", now); err != nil {
		return err
	}
	a.Decision, a.DecidedBy, a.DecidedAt, a.Remark, a.MessageID = wd.Decision, a.Approver, &now, wd.Remark, ""
	if err := tx.UpdateApproval(ctx, a); err != nil {
		return err
	}
	decision := a.Decision
	obs.add(func(o Observer) { o.Decision(decision, "web") })
	kind := "approved"
	if a.Decision == "reject" {
		kind = "rejected_by"
	}
	detail := "on the one-click page"
	if a.Remark != "" {
		detail += ": " + a.Remark
	}
	if err := e.event(ctx, tx, req, kind, a.Approver, nil, detail); err != nil {
		return err
	}
	return e.evaluate(ctx, tx, req, a)
}

// approveURL is the one-click page of a token, or "" when [http] base_url is not set.
func (e *Engine) approveURL(token string) string {
	if e.cfg.HTTP.BaseURL == "" {
		return ""
	}
	return e.cfg.HTTP.BaseURL + "/a/" + token
}
