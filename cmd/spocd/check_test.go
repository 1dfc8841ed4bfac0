package main

import (
	"fmt"
	"net"
	"strings"
	"testing"

	"github.com/spocd/spocd/mail/memserver"
)

// TestCheckNamesEachBrokenSetting tries the settings a new user gets wrong; each gives a ✗
// line with a hint, and the same config with the setting fixed passes.
func TestCheckNamesEachBrokenSetting(t *testing.T) {
	srv, err := memserver.Start(memserver.Options{Domain: "gemeente.test", OtherDomains: []string{"leverancier.test"}, Password: "pw"})
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	closed := func() string {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		addr := ln.Addr().String()
		ln.Close()
		return addr
	}()
	good := map[string]string{"imap_addr": srv.IMAPAddr, "imap_tls": "none", "password": "pw", "smtp_addr": srv.SMTPAddr, "folder": ""}
	for _, tc := range []struct {
		name   string
		change map[string]string
		want   []string
	}{
		{"fixed", nil, []string{"all checks passed"}},
		{"wrong password", map[string]string{"password": "nope"}, []string{"✗ IMAP", "check imap.username and the password"}},
		{"wrong IMAP port", map[string]string{"imap_addr": closed}, []string{"✗ IMAP", "check imap.address"}},
		{"TLS mismatch", map[string]string{"imap_tls": "implicit"}, []string{"✗ IMAP", "imap.tls"}},
		{"missing folder", map[string]string{"folder": "Verwerkt"}, []string{"✗ IMAP processed folder Verwerkt", "does not exist"}},
		{"wrong SMTP port", map[string]string{"smtp_addr": closed}, []string{"✗ SMTP"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := map[string]string{}
			for k, x := range good {
				v[k] = x
			}
			for k, x := range tc.change {
				v[k] = x
			}
			dir := t.TempDir()
			cfg := writeTestConfig(t, dir, v["imap_addr"], v["smtp_addr"],
				fmt.Sprintf("tls = %q\ninsecure_skip_verify = true\npassword = %q\nprocessed_folder = %q", v["imap_tls"], v["password"], v["folder"]), "", "")
			code, out, errs := runApp(t, nil, "--config", cfg, "check")
			wantCode := exitFailure
			if tc.change == nil {
				wantCode = exitOK
			}
			if code != wantCode {
				t.Errorf("check = %d, want %d\n%s%s", code, wantCode, out, errs)
			}
			for _, w := range tc.want {
				if !strings.Contains(out, w) {
					t.Errorf("check output lacks %q:\n%s", w, out)
				}
			}
		})
	}
}
