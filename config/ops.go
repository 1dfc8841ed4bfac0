package config

import (
	"net/url"
	"os"
	"strings"
	"time"
)

// httpSection checks [http] and [templates].
func (v *validator) httpSection() {
	h := &v.cfg.HTTP
	h.BaseURL = strings.TrimRight(strings.TrimSpace(h.BaseURL), "/")
	if h.BaseURL != "" {
		u, err := url.Parse(h.BaseURL)
		switch {
		case err != nil || u.Host == "" || (u.Scheme != "https" && u.Scheme != "http"):
			v.add("http.base_url", "%q is not an absolute http(s) URL, e.g. https://spoc.example.nl", h.BaseURL)
		case u.RawQuery != "" || u.Fragment != "":
			v.add("http.base_url", "%q must not have a query or fragment", h.BaseURL)
		case u.Scheme == "http" && !isLoopbackHost(hostWithPort(u)):
			v.add("http.base_url", "%q: use https (the links carry approval tokens); http is only allowed for a loopback address", h.BaseURL)
		}
		if h.Listen == "" {
			v.add("http.listen", "required when http.base_url is set (the links must reach this server)")
		}
	}
	if h.WithdrawWindow.invalid == "" && (h.WithdrawWindow.Duration < 0 || h.WithdrawWindow.Duration > 24*time.Hour) {
		v.add("http.withdraw_window", "must be between 0s and 24h")
	}
	if d := v.cfg.Templates.Dir; d != "" {
		if st, err := os.Stat(d); err != nil || !st.IsDir() {
			v.add("templates.dir", "%q is not a readable directory", d)
		}
	}
}

func hostWithPort(u *url.URL) string {
	if u.Port() != "" {
		return u.Host
	}
	return u.Host + ":0"
}

// oauth2Section checks [oauth2] when IMAP or SMTP use xoauth2.
func (v *validator) oauth2Section() {
	c := v.cfg
	need := c.IMAP.Auth == "xoauth2" || c.SMTP.Auth == "xoauth2"
	o := &c.OAuth2
	switch {
	case o.ClientSecretFile != "":
		b, err := os.ReadFile(o.ClientSecretFile)
		if err != nil {
			v.add("oauth2.client_secret_file", "cannot read: %v", err)
		} else {
			o.ClientSecret = strings.TrimRight(string(b), "\r\n")
		}
	case o.ClientSecretEnv != "":
		if val := v.getenv(o.ClientSecretEnv); val != "" {
			o.ClientSecret = val
		} else if need && o.ClientSecret == "" {
			v.add("oauth2.client_secret_env", "environment variable %s is empty or unset", o.ClientSecretEnv)
		}
	}
	if !need {
		return
	}
	if o.TokenURL == "" {
		v.add("oauth2.token_url", "required when imap.auth or smtp.auth is \"xoauth2\"")
	} else if u, err := url.Parse(o.TokenURL); err != nil || u.Host == "" || (u.Scheme != "https" && !(u.Scheme == "http" && isLoopbackHost(hostWithPort(u)))) {
		v.add("oauth2.token_url", "%q is not an https URL", o.TokenURL)
	}
	if o.ClientID == "" {
		v.add("oauth2.client_id", "required when imap.auth or smtp.auth is \"xoauth2\"")
	}
	if o.ClientSecret == "" {
		v.add("oauth2.client_secret_env", "required (or client_secret_file) when imap.auth or smtp.auth is \"xoauth2\"")
	}
}
