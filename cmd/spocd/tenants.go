package main

import (
	"context"
	"errors"
	"time"

	"github.com/spocd/spocd/daemon"
	"github.com/spocd/spocd/httpd"
	"github.com/spocd/spocd/workflow"
)

// multiWeb serves the one-click pages of every mailbox: a token belongs to exactly one
// tenant, so each engine is asked in turn until one knows it.
type multiWeb []*workflow.Engine

func webEngines(deps []daemon.Deps) httpd.WebEngine {
	if len(deps) == 1 {
		return deps[0].Engine
	}
	var m multiWeb
	for _, d := range deps {
		m = append(m, d.Engine)
	}
	return m
}

func firstKnown[T any](m multiWeb, fn func(e *workflow.Engine) (T, error)) (T, error) {
	var zero T
	for _, e := range m {
		v, err := fn(e)
		if errors.Is(err, workflow.ErrNotFound) {
			continue
		}
		return v, err
	}
	return zero, workflow.ErrNotFound
}

func (m multiWeb) WebView(ctx context.Context, token string) (*workflow.WebPage, error) {
	return firstKnown(m, func(e *workflow.Engine) (*workflow.WebPage, error) { return e.WebView(ctx, token) })
}

func (m multiWeb) WebDecide(ctx context.Context, token, decision, remark string, meta workflow.WebMeta) (*workflow.WebPage, error) {
	return firstKnown(m, func(e *workflow.Engine) (*workflow.WebPage, error) {
		return e.WebDecide(ctx, token, decision, remark, meta)
	})
}

func (m multiWeb) WebWithdrawView(ctx context.Context, wtoken string) (*workflow.WebPage, error) {
	return firstKnown(m, func(e *workflow.Engine) (*workflow.WebPage, error) { return e.WebWithdrawView(ctx, wtoken) })
}

func (m multiWeb) WebWithdraw(ctx context.Context, wtoken string, meta workflow.WebMeta) (*workflow.WebPage, error) {
	return firstKnown(m, func(e *workflow.Engine) (*workflow.WebPage, error) { return e.WebWithdraw(ctx, wtoken, meta) })
}

func (m multiWeb) WebEvidence(ctx context.Context, token, detail string) error {
	_, err := firstKnown(m, func(e *workflow.Engine) (struct{}, error) { return struct{}{}, e.WebEvidence(ctx, token, detail) })
	return err
}

// multiHealth is the health of every mailbox: /healthz is green only when each is.
type multiHealth []*daemon.Health

func healthOf(deps []daemon.Deps) httpd.Health {
	if len(deps) == 1 {
		return deps[0].Health
	}
	m := make(multiHealth, len(deps))
	names := make([]string, len(deps))
	for i, d := range deps {
		m[i], names[i] = d.Health, d.Config.Tenant
	}
	return namedHealth{m, names}
}

// LastPoll is the oldest of the mailboxes' last successful polls.
func (m multiHealth) LastPoll() time.Time {
	var oldest time.Time
	for i, h := range m {
		if t := h.LastPoll(); i == 0 || t.Before(oldest) {
			oldest = t
		}
	}
	return oldest
}

type namedHealth struct {
	hs    multiHealth
	names []string
}

func (n namedHealth) Check(now time.Time, maxPollAge time.Duration) (bool, []string) {
	ok := true
	var problems []string
	for i, h := range n.hs {
		o, p := h.Check(now, maxPollAge)
		ok = ok && o
		for _, x := range p {
			problems = append(problems, "mailbox "+n.names[i]+": "+x)
		}
	}
	return ok, problems
}
