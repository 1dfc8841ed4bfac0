package workflow

import "strings"

// Observer is told about decisions and refusals as they are made (metrics.Metrics
// implements it). Calls happen inside the transaction that records them.
type Observer interface {
	// Decision: outcome is approve, reject, unclear or withdrawn; via is mail or web.
	Decision(outcome, via string)
	// Refusal: reason is a short class from RefusalClass.
	Refusal(reason string)
}

// WithMetrics sets the observer of decisions and refusals.
func WithMetrics(o Observer) Option { return func(e *Engine) { e.obs = o } }

type nopObserver struct{}

func (nopObserver) Decision(string, string) {}
func (nopObserver) Refusal(string)          {}

func (e *Engine) observer() Observer {
	if e.obs == nil {
		return nopObserver{}
	}
	return e.obs
}

// refusalClasses map the start of a refusal reason to a label with a fixed, small set of
// values (a metric label must never carry addresses or free text).
var refusalClasses = []struct{ prefix, class string }{
	{"unknown approval token", "unknown_token"},
	{"token was issued to", "wrong_sender"},
	{"the requester cannot approve", "four_eyes"},
	{"the request is ", "not_awaiting_approval"},
	{"token of an earlier approval round", "old_round"},
	{"token already used", "token_used"},
	{"token expired", "token_expired"},
	{"sender not authenticated", "not_authenticated"},
	{"no open approval for", "no_open_approval"},
	{"a decision on the page is pending", "web_pending"},
}

// RefusalClass returns the metric label of a refusal reason: one of a fixed set, "other"
// for anything else.
func RefusalClass(reason string) string {
	for _, c := range refusalClasses {
		if strings.HasPrefix(reason, c.prefix) {
			return c.class
		}
	}
	return "other"
}

// observations are metric updates that wait for their transaction to commit, so that a
// rolled-back attempt counts nothing.
type observations []func(Observer)

func (o *observations) add(f func(Observer)) { *o = append(*o, f) }

func (e *Engine) flush(o observations) {
	obs := e.observer()
	for _, f := range o {
		f(obs)
	}
}
