package workflow

import (
	"strings"

	"github.com/spocd/spocd/config"
)

// checkSenderAuth decides whether the receiving server vouched for the From domain: the
// topmost Authentication-Results header — the one the receiving server added; anything
// below it may be forged by the sender — must come from the pinned authserv-id (or, for
// Microsoft 365, which writes none, be trusted by position) and say dmarc=pass, or
// dkim=pass for a signature aligned with the From domain. It returns no code when the
// sender is authenticated, or the reason it is not (its English text starts with "sender
// not authenticated").
func checkSenderAuth(a config.Approval, headers []string, from string) why {
	if !a.AuthRequired() {
		return why{}
	}
	if len(headers) == 0 {
		return reason("auth-no-header")
	}
	top := headers[0]
	id, results := splitAuthResults(top)
	if a.RequireAuthentication != "" && !strings.EqualFold(id, a.RequireAuthentication) {
		if !(a.TrustTopmostAuthResults && id == "") {
			return reason("auth-wrong-server", id, a.RequireAuthentication) // id "" is said as none
		}
	}
	domain := domainOf(from)
	if domain == "" {
		return reason("auth-no-domain")
	}
	for _, r := range results {
		switch {
		case r.method == "dmarc" && r.result == "pass" && aligned(r.props["header.from"], domain):
			return why{}
		case r.method == "dkim" && r.result == "pass" && aligned(r.props["header.d"], domain):
			return why{}
		}
	}
	return reason("auth-no-pass", domain)
}

// aligned reports relaxed alignment: d equals the From domain or is its parent.
func aligned(d, from string) bool {
	d = strings.ToLower(strings.TrimSpace(d))
	if d == "" {
		return false
	}
	return from == d || strings.HasSuffix(from, "."+d)
}

type authResult struct {
	method, result string
	props          map[string]string
}

// splitAuthResults parses an RFC 8601 Authentication-Results value leniently. The
// authserv-id is empty when the first element is already a result (Microsoft 365).
func splitAuthResults(v string) (id string, out []authResult) {
	v = stripComments(v)
	parts := strings.Split(v, ";")
	first := strings.TrimSpace(parts[0])
	if f := strings.Fields(first); len(f) > 0 && !strings.Contains(f[0], "=") {
		id = f[0]
		parts = parts[1:]
	}
	for _, p := range parts {
		f := strings.Fields(p)
		if len(f) == 0 {
			continue
		}
		m, res, ok := strings.Cut(f[0], "=")
		if !ok {
			continue
		}
		r := authResult{method: strings.ToLower(m), result: strings.ToLower(res), props: map[string]string{}}
		for _, kv := range f[1:] {
			if k, val, ok := strings.Cut(kv, "="); ok {
				r.props[strings.ToLower(k)] = strings.Trim(val, `"`)
			}
		}
		out = append(out, r)
	}
	return id, out
}

// stripComments removes (nested) RFC 5322 comments.
func stripComments(s string) string {
	var b strings.Builder
	depth := 0
	quoted := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' && depth == 0:
			quoted = !quoted
			b.WriteByte(c)
		case quoted:
			b.WriteByte(c)
		case c == '\\' && depth > 0:
			i++
		case c == '(':
			depth++
		case c == ')' && depth > 0:
			depth--
			if depth == 0 {
				b.WriteByte(' ')
			}
		case depth == 0:
			b.WriteByte(c)
		}
	}
	return b.String()
}
