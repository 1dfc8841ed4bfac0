// Package httpd is spocd's optional HTTP server ([http] in the config): /healthz, the
// Prometheus /metrics and the one-click approval pages (web.go). It owns no state of its
// own beyond rate counters: health comes from the daemon, decisions from the workflow.
package httpd

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/spocd/spocd/metrics"
)

// Health says whether the daemon is healthy (daemon.Health implements it).
type Health interface {
	Check(now time.Time, maxPollAge time.Duration) (ok bool, problems []string)
}

// Config is what the server needs. Only Listen is required; a part without its
// dependency is not served (404).
type Config struct {
	// Listen is the host:port to listen on.
	Listen string
	// BaseURL is how approvers reach the pages (https://spoc.example.nl); used to check the
	// Origin of a POST.
	BaseURL string
	// Health backs /healthz; MaxPollAge is how old the last successful poll may be.
	Health     Health
	MaxPollAge time.Duration
	// Gatherer backs /metrics.
	Gatherer prometheus.Gatherer
	// Metrics counts page visits (may be nil).
	Metrics *metrics.Metrics
	// Web backs the one-click pages (nil: no pages).
	Web WebEngine
	// Org and Lang ("nl" or "en") are used on the pages, Location for times.
	Org, Lang string
	Location  *time.Location
	// Secret keys the per-page CSRF values; random when empty (pages opened before a
	// restart then ask to be reloaded).
	Secret []byte
	Log    *slog.Logger
	// Now is the clock (tests); time.Now when nil.
	Now func() time.Time
}

// Server is the HTTP server.
type Server struct {
	cfg     Config
	mux     *http.ServeMux
	visits  *visitLog
	secret  []byte
	baseURL string
}

// New returns a server; Serve or ListenAndServe runs it.
func New(cfg Config) (*Server, error) {
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.MaxPollAge <= 0 {
		cfg.MaxPollAge = 5 * time.Minute
	}
	if cfg.Lang != "en" {
		cfg.Lang = "nl"
	}
	s := &Server{cfg: cfg, mux: http.NewServeMux(), visits: newVisitLog(), secret: cfg.Secret,
		baseURL: strings.TrimRight(cfg.BaseURL, "/")}
	if len(s.secret) == 0 {
		s.secret = make([]byte, 32)
		if _, err := rand.Read(s.secret); err != nil {
			return nil, fmt.Errorf("httpd: secret: %w", err)
		}
	}
	s.mux.HandleFunc("GET /healthz", s.healthz)
	s.mux.HandleFunc("HEAD /healthz", s.healthz)
	if cfg.Gatherer != nil {
		s.mux.Handle("GET /metrics", promhttp.HandlerFor(cfg.Gatherer, promhttp.HandlerOpts{ErrorLog: slogPrinter{cfg.Log}}))
	}
	if cfg.Web != nil {
		s.routeWeb()
	}
	return s, nil
}

// Handler is the server's handler (tests).
func (s *Server) Handler() http.Handler { return s.mux }

// ListenAndServe listens on cfg.Listen and serves until ctx ends.
func (s *Server) ListenAndServe(ctx context.Context) error {
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", s.cfg.Listen)
	if err != nil {
		return fmt.Errorf("httpd: listen: %w", err)
	}
	return s.Serve(ctx, ln)
}

// Serve serves on ln until ctx ends, then shuts down gracefully (5 seconds at most).
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{Handler: s.mux, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second,
		WriteTimeout: 30 * time.Second, IdleTimeout: 2 * time.Minute, MaxHeaderBytes: 64 << 10,
		ErrorLog: slog.NewLogLogger(s.cfg.Log.Handler(), slog.LevelWarn)}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	s.cfg.Log.Info("http server listening", "addr", ln.Addr().String())
	select {
	case err := <-done:
		return fmt.Errorf("httpd: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		_ = srv.Close()
	}
	if err := <-done; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("httpd: %w", err)
	}
	return nil
}

type healthBody struct {
	Status   string   `json:"status"`
	Problems []string `json:"problems,omitempty"`
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	body := healthBody{Status: "ok"}
	code := http.StatusOK
	if s.cfg.Health == nil {
		body, code = healthBody{Status: "unknown", Problems: []string{"no daemon attached"}}, http.StatusServiceUnavailable
	} else if ok, problems := s.cfg.Health.Check(s.cfg.Now(), s.cfg.MaxPollAge); !ok {
		body, code = healthBody{Status: "unhealthy", Problems: problems}, http.StatusServiceUnavailable
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	if r.Method != http.MethodHead {
		_ = json.NewEncoder(w).Encode(body)
	}
}

// slogPrinter adapts a logger to promhttp's error log.
type slogPrinter struct{ log *slog.Logger }

func (p slogPrinter) Println(v ...any) { p.log.Warn("metrics", "err", fmt.Sprint(v...)) }
