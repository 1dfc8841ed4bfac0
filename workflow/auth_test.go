package workflow

import (
	"strings"
	"testing"

	"github.com/spocd/spocd/config"
)

func TestCheckSenderAuth(t *testing.T) {
	pinned := config.Approval{RequireAuthentication: "mx.gemeente.nl"}
	m365 := config.Approval{TrustTopmostAuthResults: true}
	for _, tc := range []struct {
		name    string
		cfg     config.Approval
		headers []string
		from    string
		ok      bool
	}{
		{"off", config.Approval{}, nil, "a@x.nl", true},
		{"dmarc pass", pinned, []string{"mx.gemeente.nl; dkim=pass header.d=gemeente.nl; dmarc=pass (p=none) header.from=gemeente.nl"}, "rianne@gemeente.nl", true},
		{"dkim aligned subdomain", pinned, []string{"mx.gemeente.nl 1; dkim=pass header.d=gemeente.nl header.s=sel"}, "rianne@mail.gemeente.nl", true},
		{"dkim of another domain", pinned, []string{"mx.gemeente.nl; dkim=pass header.d=evil.test; dmarc=fail header.from=gemeente.nl"}, "rianne@gemeente.nl", false},
		{"dmarc fail", pinned, []string{"mx.gemeente.nl; dmarc=fail header.from=gemeente.nl"}, "rianne@gemeente.nl", false},
		{"missing", pinned, nil, "rianne@gemeente.nl", false},
		{"forged below the real one", pinned, []string{"mx.gemeente.nl; dmarc=fail header.from=gemeente.nl", "mx.gemeente.nl; dmarc=pass header.from=gemeente.nl"}, "rianne@gemeente.nl", false},
		{"forged with no real one on top", pinned, []string{"evil.test; dmarc=pass header.from=gemeente.nl"}, "rianne@gemeente.nl", false},
		{"pass in a comment only", pinned, []string{"mx.gemeente.nl; dmarc=fail (would be dmarc=pass header.from=gemeente.nl) header.from=gemeente.nl"}, "rianne@gemeente.nl", false},
		{"m365 position", m365, []string{"spf=pass (sender IP is 1.2.3.4) smtp.mailfrom=gemeente.nl; dkim=pass (signature was verified) header.d=gemeente.nl;dmarc=pass action=none header.from=gemeente.nl;compauth=pass reason=100"}, "rianne@gemeente.nl", true},
		{"m365 fail", m365, []string{"spf=fail smtp.mailfrom=gemeente.nl; dkim=none (message not signed) header.d=none;dmarc=fail action=quarantine header.from=gemeente.nl"}, "rianne@gemeente.nl", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			why := checkSenderAuth(tc.cfg, tc.headers, tc.from)
			if (why.code == "") != tc.ok {
				t.Fatalf("checkSenderAuth = %q, want ok=%v", why, tc.ok)
			}
			if !tc.ok && !strings.HasPrefix(why.String(), "sender not authenticated: ") {
				t.Fatalf("refusal reason %q", why)
			}
		})
	}
}

func TestQuotedAmount(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int64
		ok   bool
	}{
		{"Offerte: € 1.250,00 excl. btw", 125000, true},
		{"De kosten zijn 750 euro", 75000, true},
		{"quote EUR 800.50", 80050, true},
		{"raming €95", 9500, true},
		{"Gereed, zie ticket 12345", 0, false},
		{"Prijs volgt", 0, false},
	} {
		got, ok := quotedAmount(tc.in)
		if ok != tc.ok || got != tc.want {
			t.Errorf("quotedAmount(%q) = %d, %v; want %d, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}
