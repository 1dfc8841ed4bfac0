package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/spocd/spocd/config"
)

// checkHTTP says whether [http] listen can serve: free, or already served by a running
// spocd (whose /healthz it reads), or taken by another program.
func checkHTTP(ctx context.Context, cfg *config.Config) probeResult {
	addr := cfg.HTTP.Listen
	what := "HTTP " + addr
	var lc net.ListenConfig
	if ln, err := lc.Listen(ctx, "tcp", addr); err == nil {
		ln.Close()
		what += ": free"
		if cfg.HTTP.BaseURL != "" {
			what += "; one-click pages at " + cfg.HTTP.BaseURL + "/a/… (the reverse proxy must pass /a/ and /w/ to " + addr + ")"
		}
		return probeResult{true, what, ""}
	}
	host, port, _ := net.SplitHostPort(addr)
	if host == "" || host == "0.0.0.0" || host == "::" {
		host = "127.0.0.1"
	}
	hctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(hctx, http.MethodGet, "http://"+net.JoinHostPort(host, port)+"/healthz", nil)
	if err != nil {
		return probeResult{false, what, err.Error()}
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return probeResult{false, what, "the address is in use by another program: choose another http.listen"}
	}
	defer resp.Body.Close()
	var body struct {
		Status   string   `json:"status"`
		Problems []string `json:"problems"`
	}
	if json.NewDecoder(resp.Body).Decode(&body) != nil || body.Status == "" {
		return probeResult{false, what, fmt.Sprintf("the address answers, but not as spocd (HTTP %d): choose another http.listen", resp.StatusCode)}
	}
	if resp.StatusCode != http.StatusOK {
		return probeResult{false, what + ": a running spocd reports " + body.Status, strings.Join(body.Problems, "\n    ")}
	}
	return probeResult{true, what + ": a running spocd answers /healthz: " + body.Status, ""}
}
