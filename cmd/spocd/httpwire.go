package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"github.com/spocd/spocd/config"
	"github.com/spocd/spocd/daemon"
	"github.com/spocd/spocd/httpd"
	"github.com/spocd/spocd/metrics"
)

// newObservability returns the daemon's health recorder and metrics on a fresh registry
// (with the Go and process collectors).
func newObservability(n int) (healths multiHealth, met *metrics.Metrics, err error) {
	for i := 0; i < n; i++ {
		healths = append(healths, daemon.NewHealth(time.Now()))
	}
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	met, err = metrics.New(reg, metrics.Options{LastPoll: healths.LastPoll})
	if err != nil {
		return nil, nil, err
	}
	return healths, met, nil
}

// maxPollAge is how old the last successful poll may be before /healthz fails: three poll
// intervals plus a minute for a slow server.
func maxPollAge(cfg *config.Config) time.Duration {
	return 3*cfg.IMAP.PollInterval.Duration + time.Minute
}

// startHTTP starts the [http] server when http.listen is set. The listener is opened before
// it returns, so that a port in use stops the start; stop shuts the server down.
func startHTTP(ctx context.Context, cfg *config.Config, log *slog.Logger, deps []daemon.Deps, web httpd.WebEngine) (stop func(), err error) {
	d := deps[0]
	if cfg.HTTP.Listen == "" {
		return func() {}, nil
	}
	hc := httpd.Config{Listen: cfg.HTTP.Listen, BaseURL: cfg.HTTP.BaseURL, Health: healthOf(deps), MaxPollAge: maxPollAge(cfg),
		Metrics: d.Metrics, Org: cfg.Organisation.Name, Lang: cfg.Organisation.Language, Location: cfg.Organisation.Location,
		Log: log.With("part", "http")}
	if cfg.HTTP.Metrics {
		hc.Gatherer = d.Metrics.Gatherer()
	}
	if cfg.HTTP.BaseURL != "" && !d.Shadow {
		hc.Web = web
	}
	srv, err := httpd.New(hc)
	if err != nil {
		return nil, err
	}
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", cfg.HTTP.Listen)
	if err != nil {
		return nil, fmt.Errorf("http.listen %s: %w", cfg.HTTP.Listen, err)
	}
	sctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := srv.Serve(sctx, ln); err != nil && !errors.Is(err, context.Canceled) {
			log.Error("http server stopped", "err", err)
		}
	}()
	return func() { cancel(); <-done }, nil
}
