package main

import (
	"strings"
	"testing"

	"github.com/emersion/go-smtp"

	"github.com/spocd/spocd/mail/memserver"
)

func TestCheckProbe(t *testing.T) {
	tests := []struct {
		name     string
		hook     func(from string, rcpts []string) error
		code     int
		want     string
		wantHint string
	}{
		{"plus addressing works", nil, exitOK, "✓ plus-addressing: a probe to spoc+check-", ""},
		{"plus address refused", func(_ string, rcpts []string) error {
			for _, r := range rcpts {
				if strings.Contains(r, "+") {
					return &smtp.SMTPError{Code: 550, EnhancedCode: smtp.EnhancedCode{5, 1, 1}, Message: "unknown user"}
				}
			}
			return nil
		}, exitFailure, "✗ plus-addressing", "enable plus-addressing"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv, err := memserver.Start(memserver.Options{Domain: "gemeente.test", OtherDomains: []string{"leverancier.test"}, Password: "pw", SMTPHook: tt.hook})
			if err != nil {
				t.Fatal(err)
			}
			defer srv.Close()
			dir := t.TempDir()
			cfg := writeTestConfig(t, dir, srv.IMAPAddr, srv.SMTPAddr, "tls = \"none\"\npassword = \"pw\"", "", "")
			code, out, errs := runApp(t, nil, "--config", cfg, "check", "--probe", "--probe-timeout", "10s")
			if code != tt.code || !strings.Contains(out, tt.want) || !strings.Contains(out, tt.wantHint) {
				t.Fatalf("check --probe = %d, want %d with %q and %q:\n%s%s", code, tt.code, tt.want, tt.wantHint, out, errs)
			}
		})
	}
}
