package main

import (
	"context"
	"errors"

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
