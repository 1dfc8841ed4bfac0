// Package config loads and validates the spocd TOML configuration.
//
// Load collects every problem it finds (with the key's name) instead of stopping at the
// first, so an operator can fix a config file in one go.
package config

import (
	"errors"
	"fmt"
	"net"
	"net/mail"
	"os"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
)

// Duration is a time.Duration written as "90s", "48h" or "3d" in TOML. An invalid value does
// not stop decoding: Validate reports it with its key, next to every other problem.
type Duration struct {
	time.Duration
	invalid string
}

// UnmarshalText accepts Go durations plus a "d" suffix for days.
func (d *Duration) UnmarshalText(b []byte) error {
	if err := d.parse(string(b)); err != nil {
		d.invalid = err.Error()
	}
	return nil
}

func (d *Duration) parse(s string) error {
	s = strings.TrimSpace(s)
	if strings.HasSuffix(s, "d") {
		var n int
		if _, err := fmt.Sscanf(s, "%dd", &n); err != nil || n < 0 || fmt.Sprintf("%dd", n) != s {
			return fmt.Errorf("invalid duration %q", s)
		}
		d.Duration = time.Duration(n) * 24 * time.Hour
		return nil
	}
	v, err := time.ParseDuration(s)
	if err != nil {
		return fmt.Errorf("invalid duration %q (use e.g. 90s, 48h, 3d)", s)
	}
	d.Duration = v
	return nil
}

// MarshalText writes the duration back in Go notation.
func (d Duration) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// Config is the whole configuration file.
type Config struct {
	Organisation    Organisation `toml:"organisation"`
	Database        Database     `toml:"database"`
	IMAP            IMAP         `toml:"imap"`
	SMTP            SMTP         `toml:"smtp"`
	SPOC            SPOC         `toml:"spoc"`
	Approval        Approval     `toml:"approval"`
	Acknowledgement Ack          `toml:"acknowledgement"`
	Rules           []Rule       `toml:"rule"`
	Digest          Digest       `toml:"digest"`
	HTTP            HTTP         `toml:"http"`
	Templates       Templates    `toml:"templates"`
	OAuth2          OAuth2       `toml:"oauth2"`
	Log             Log          `toml:"log"`

	// Path is the file the config was loaded from.
	Path string `toml:"-"`
	// Tenant names this mailbox in an installation with [[mailbox]] blocks ("" otherwise).
	Tenant string `toml:"-"`
	// Mailboxes are the [[mailbox]] blocks, each a complete config (see Tenants).
	Mailboxes []Config `toml:"-"`
}

// Organisation describes the customer organisation.
type Organisation struct {
	Name      string `toml:"name"`
	RefPrefix string `toml:"ref_prefix"`
	Language  string `toml:"language"`
	Timezone  string `toml:"timezone"`
	Domain    string `toml:"domain"`

	Location *time.Location `toml:"-"`
}

// Database selects the store.
type Database struct {
	Driver string `toml:"driver"`
	DSN    string `toml:"dsn"`
	DSNEnv string `toml:"dsn_env"`
	// Lease is how long an instance holds a mailbox or the timers without renewing: the
	// longest a mailbox stays unattended after its instance died.
	Lease Duration `toml:"lease"`
}

// IMAP is the SPOC mailbox.
type IMAP struct {
	Address            string   `toml:"address"`
	TLS                string   `toml:"tls"`
	InsecureSkipVerify bool     `toml:"insecure_skip_verify"`
	Username           string   `toml:"username"`
	Auth               string   `toml:"auth"` // password | xoauth2
	Password           string   `toml:"password"`
	PasswordEnv        string   `toml:"password_env"`
	PasswordFile       string   `toml:"password_file"`
	Mailbox            string   `toml:"mailbox"`
	ProcessedFolder    string   `toml:"processed_folder"`
	Keyword            string   `toml:"keyword"`
	Idle               bool     `toml:"idle"`
	PollInterval       Duration `toml:"poll_interval"`
	BatchSize          int      `toml:"batch_size"`
	Since              string   `toml:"since"`
	MaxMessageBytes    int64    `toml:"max_message_bytes"`

	SinceTime time.Time `toml:"-"`
}

// SMTP is the outgoing mail server.
type SMTP struct {
	Address            string `toml:"address"`
	TLS                string `toml:"tls"`
	InsecureSkipVerify bool   `toml:"insecure_skip_verify"`
	Username           string `toml:"username"`
	Password           string `toml:"password"`
	PasswordEnv        string `toml:"password_env"`
	PasswordFile       string `toml:"password_file"`
	Auth               string `toml:"auth"`
	From               string `toml:"from"`
}

// SPOC names the mailboxes and people on both sides.
type SPOC struct {
	Address            string   `toml:"address"`
	Customer           string   `toml:"customer"`
	Supplier           string   `toml:"supplier"`
	SupplierRefPattern string   `toml:"supplier_ref_pattern"`
	ResponseTime       Duration `toml:"response_time"`
	PlusAddressing     bool     `toml:"plus_addressing"`

	SupplierRefRE *regexp.Regexp `toml:"-"`
}

// Approval is the approval policy.
type Approval struct {
	Approvers []string          `toml:"approvers"`
	Delegates map[string]string `toml:"delegates"`
	// Names are the display names given with approvers and delegates ("Rianne Visser
	// <rianne@…>"), by lower-case address; Approvers and Delegates hold bare addresses.
	Names         map[string]string `toml:"-"`
	Policy        string            `toml:"policy"`
	Quorum        int               `toml:"quorum"`
	RemindAfter   Duration          `toml:"remind_after"`
	EscalateAfter Duration          `toml:"escalate_after"`
	TokenTTL      Duration          `toml:"token_ttl"`
	Approve       []string          `toml:"approve_keywords"`
	Reject        []string          `toml:"reject_keywords"`
	// RequireAuthentication names the authserv-id of the receiving server whose
	// Authentication-Results header must say dmarc=pass or dkim=pass for the From domain.
	RequireAuthentication string `toml:"require_authentication"`
	// TrustTopmostAuthResults trusts the topmost Authentication-Results header by position
	// (Microsoft 365 writes no authserv-id).
	TrustTopmostAuthResults bool `toml:"trust_topmost_authentication_results"`
	// AllowWithoutToken accepts a decision from an approver that matches the request by
	// reference and sender but carries no token.
	AllowWithoutToken bool         `toml:"allow_reply_without_token"`
	AmountRules       []AmountRule `toml:"amount_rule"`
}

// AmountRule raises the number of approvals needed above an amount.
type AmountRule struct {
	AboveEUR  float64 `toml:"above_eur"`
	Approvals int     `toml:"approvals"`
}

// AuthRequired reports whether decisions need sender authentication.
func (a Approval) AuthRequired() bool {
	return a.RequireAuthentication != "" || a.TrustTopmostAuthResults
}

// Ack limits acknowledgements per sender.
type Ack struct {
	MaxPerHour int `toml:"max_per_hour"`
	MaxPerDay  int `toml:"max_per_day"`
	// MaxTotalPerHour is the breaker: acknowledgements to everyone together per hour.
	MaxTotalPerHour int `toml:"max_total_per_hour"`
	// MaxNoticesPerHour caps refusal and triage notices to the customer SPOC per hour, so
	// that a flood of forged replies cannot become a flood of mail (each is still recorded).
	MaxNoticesPerHour int `toml:"max_notices_per_hour"`
}

// Rule classifies a request.
type Rule struct {
	Name          string   `toml:"name"`
	MatchSubject  string   `toml:"match_subject"`
	MatchFrom     string   `toml:"match_from"`
	MatchText     string   `toml:"match_text"`
	Category      string   `toml:"category"`
	ExtraWork     *bool    `toml:"extra_work"`
	EstimateEUR   *float64 `toml:"estimate_eur"`
	NeedsApproval *bool    `toml:"needs_approval"`

	SubjectRE, FromRE, TextRE *regexp.Regexp `toml:"-"`
}

// Digest is the weekly digest schedule.
type Digest struct {
	Schedule string   `toml:"schedule"`
	Extra    []string `toml:"extra_recipients"`
}

// HTTP is the optional health/metrics/one-click server.
type HTTP struct {
	Listen  string `toml:"listen"`
	BaseURL string `toml:"base_url"`
	// WithdrawWindow is how long a decision made on a one-click page can be withdrawn
	// (from the receipt mail) before it takes effect.
	WithdrawWindow Duration `toml:"withdraw_window"`
	// Metrics serves /metrics (default true when listen is set).
	Metrics bool `toml:"metrics"`
}

// Templates lets an office manager override the embedded mail templates.
type Templates struct {
	// Dir holds override files with the embedded names (nl/ack.txt.tmpl, base.html.tmpl, ...).
	Dir string `toml:"dir"`
}

// OAuth2 is the client-credentials flow for IMAP/SMTP auth = "xoauth2" (Microsoft 365,
// Google Workspace).
type OAuth2 struct {
	TokenURL         string   `toml:"token_url"`
	ClientID         string   `toml:"client_id"`
	ClientSecret     string   `toml:"client_secret"`
	ClientSecretEnv  string   `toml:"client_secret_env"`
	ClientSecretFile string   `toml:"client_secret_file"`
	Scopes           []string `toml:"scopes"`
}

// Log configures logging.
type Log struct {
	Format string `toml:"format"`
	Level  string `toml:"level"`
}

// Problem is one thing wrong with the config.
type Problem struct{ Key, Msg string }

func (p Problem) String() string { return p.Key + ": " + p.Msg }

// Error lists every problem found.
type Error struct {
	Path     string
	Problems []Problem
}

func (e *Error) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "config %s: %d problem(s)", e.Path, len(e.Problems))
	for _, p := range e.Problems {
		b.WriteString("\n  " + p.String())
	}
	return b.String()
}

// ErrInvalid is wrapped by every *Error.
var ErrInvalid = errors.New("invalid config")

func (e *Error) Unwrap() error { return ErrInvalid }

// Default returns a config with every default filled in.
func Default() Config {
	return Config{
		Organisation: Organisation{RefPrefix: "SPOC", Language: "nl", Timezone: "Europe/Amsterdam"},
		Database:     Database{Driver: "sqlite", DSN: "spocd.db", Lease: Duration{Duration: 60 * time.Second}},
		IMAP: IMAP{TLS: "implicit", Mailbox: "INBOX", Keyword: "$SPOCdProcessed", Idle: true,
			PollInterval: Duration{Duration: 60 * time.Second}, BatchSize: 100, MaxMessageBytes: 25 << 20},
		SMTP:            SMTP{TLS: "starttls"},
		SPOC:            SPOC{ResponseTime: Duration{Duration: 72 * time.Hour}, PlusAddressing: true},
		Approval:        Approval{Policy: "any", Quorum: 2, RemindAfter: Duration{Duration: 48 * time.Hour}, EscalateAfter: Duration{Duration: 120 * time.Hour}, TokenTTL: Duration{Duration: 14 * 24 * time.Hour}},
		Acknowledgement: Ack{MaxPerHour: 5, MaxPerDay: 20, MaxTotalPerHour: 200, MaxNoticesPerHour: 30},
		Digest:          Digest{Schedule: "Mon 08:00"},
		HTTP:            HTTP{WithdrawWindow: Duration{Duration: 15 * time.Minute}, Metrics: true},
		Log:             Log{Format: "text", Level: "info"},
	}
}

// Load reads and validates a config file. getenv is used for *_env keys (os.Getenv when nil).
func Load(path string, getenv func(string) string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, &Error{Path: path, Problems: []Problem{{Key: "(file)", Msg: err.Error()}}}
	}
	return Parse(path, data, getenv)
}

// Parse decodes and validates config text.
func Parse(path string, data []byte, getenv func(string) string) (*Config, error) {
	if getenv == nil {
		getenv = os.Getenv
	}
	if c, ok, err := parseTenants(path, data, getenv); ok {
		return c, err
	}
	return parseOne(path, data, getenv)
}

func parseOne(path string, data []byte, getenv func(string) string) (*Config, error) {
	c := Default()
	md, err := toml.Decode(string(data), &c)
	if err != nil {
		return nil, &Error{Path: path, Problems: []Problem{{Key: "(syntax)", Msg: err.Error()}}}
	}
	c.Path = path
	v := validator{cfg: &c, getenv: getenv}
	for _, k := range md.Undecoded() {
		v.add(k.String(), "unknown key")
	}
	v.validate()
	if len(v.problems) > 0 {
		return nil, &Error{Path: path, Problems: v.problems}
	}
	return &c, nil
}

type validator struct {
	cfg      *Config
	getenv   func(string) string
	problems []Problem
}

func (v *validator) add(key, format string, args ...any) {
	v.problems = append(v.problems, Problem{Key: key, Msg: fmt.Sprintf(format, args...)})
}

func (v *validator) email(key, s string, required bool) string {
	s = strings.TrimSpace(s)
	if s == "" {
		if required {
			v.add(key, "required: an email address")
		}
		return ""
	}
	a, err := mail.ParseAddress(s)
	if err != nil || a.Name != "" || !strings.Contains(a.Address, "@") {
		v.add(key, "%q is not a plain email address", s)
		return s
	}
	return strings.ToLower(a.Address)
}

// person checks an address that may carry a display name ("Rianne Visser
// <rianne@gemeente.nl>" or "rianne@gemeente.nl") and returns the lower-case address and
// the name.
func (v *validator) person(key, s string) (addr, name string) {
	s = strings.TrimSpace(s)
	if s == "" {
		v.add(key, "required: an email address")
		return "", ""
	}
	a, err := mail.ParseAddress(s)
	if err != nil || !strings.Contains(a.Address, "@") {
		v.add(key, "%q is not an email address (write \"Name <address>\" or just the address)", s)
		return s, ""
	}
	name = strings.Join(strings.Fields(a.Name), " ")
	if utf8.RuneCountInString(name) > 100 || strings.ContainsFunc(name, unicode.IsControl) {
		v.add(key, "the name of %s is too long or holds control characters", a.Address)
		name = ""
	}
	return strings.ToLower(a.Address), name
}

func (v *validator) oneOf(key, s string, allowed ...string) {
	for _, a := range allowed {
		if s == a {
			return
		}
	}
	v.add(key, "%q is not one of %s", s, strings.Join(allowed, ", "))
}

func (v *validator) hostPort(key, s string) {
	if s == "" {
		v.add(key, "required: host:port")
		return
	}
	if _, port, err := net.SplitHostPort(s); err != nil || port == "" {
		v.add(key, "%q is not host:port", s)
	}
}

// secret resolves password / password_env / password_file into one value.
func (v *validator) secret(section, inline, env, file string) string {
	switch {
	case file != "":
		b, err := os.ReadFile(file)
		if err != nil {
			v.add(section+".password_file", "cannot read: %v", err)
			return ""
		}
		return strings.TrimRight(string(b), "\r\n")
	case env != "":
		if val := v.getenv(env); val != "" {
			return val
		}
		if inline == "" {
			v.add(section+".password_env", "environment variable %s is empty or unset", env)
		}
	}
	return inline
}

func isLoopbackHost(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

var refPrefixRE = regexp.MustCompile(`^[A-Z][A-Z0-9]{0,9}$`)

func (v *validator) validate() {
	c := v.cfg
	for key, d := range map[string]Duration{"imap.poll_interval": c.IMAP.PollInterval, "database.lease": c.Database.Lease, "spoc.response_time": c.SPOC.ResponseTime,
		"approval.remind_after": c.Approval.RemindAfter, "approval.escalate_after": c.Approval.EscalateAfter, "approval.token_ttl": c.Approval.TokenTTL, "http.withdraw_window": c.HTTP.WithdrawWindow} {
		if d.invalid != "" {
			v.add(key, "%s", d.invalid)
		}
	}
	o := &c.Organisation
	if o.Name == "" {
		v.add("organisation.name", "required")
	}
	o.RefPrefix = strings.ToUpper(strings.TrimSpace(o.RefPrefix))
	if !refPrefixRE.MatchString(o.RefPrefix) {
		v.add("organisation.ref_prefix", "%q must be 1-10 letters/digits starting with a letter", o.RefPrefix)
	}
	v.oneOf("organisation.language", o.Language, "nl", "en")
	if loc, err := time.LoadLocation(o.Timezone); err != nil {
		v.add("organisation.timezone", "unknown time zone %q", o.Timezone)
	} else {
		o.Location = loc
	}

	d := &c.Database
	v.oneOf("database.driver", d.Driver, "sqlite", "postgres")
	if d.DSNEnv != "" {
		if val := v.getenv(d.DSNEnv); val != "" {
			d.DSN = val
		} else {
			v.add("database.dsn_env", "environment variable %s is empty or unset", d.DSNEnv)
		}
	}
	if d.DSN == "" {
		v.add("database.dsn", "required")
	}
	if d.Lease.Duration < 2*time.Second || d.Lease.Duration > time.Hour {
		v.add("database.lease", "must be between 2s and 1h")
	}

	s := &c.SPOC
	s.Address = v.email("spoc.address", s.Address, true)
	s.Customer = v.email("spoc.customer", s.Customer, true)
	s.Supplier = v.email("spoc.supplier", s.Supplier, true)
	if s.SupplierRefPattern != "" {
		re, err := regexp.Compile(s.SupplierRefPattern)
		switch {
		case err != nil:
			v.add("spoc.supplier_ref_pattern", "invalid regular expression: %v", err)
		case re.NumSubexp() > 1:
			v.add("spoc.supplier_ref_pattern", "use at most one group (the ticket number)")
		default:
			s.SupplierRefRE = re
		}
	}
	if s.ResponseTime.Duration <= 0 {
		v.add("spoc.response_time", "must be positive")
	}
	if o.Domain == "" && strings.Contains(s.Address, "@") {
		o.Domain = s.Address[strings.LastIndex(s.Address, "@")+1:]
	}

	im := &c.IMAP
	v.hostPort("imap.address", im.Address)
	v.oneOf("imap.tls", im.TLS, "implicit", "starttls", "none")
	if im.TLS == "none" && im.Address != "" && !isLoopbackHost(im.Address) {
		v.add("imap.tls", `"none" sends the password in clear text: only allowed for a loopback address`)
	}
	if im.Username == "" {
		v.add("imap.username", "required")
	}
	im.Password = v.secret("imap", im.Password, im.PasswordEnv, im.PasswordFile)
	if im.Auth == "" {
		im.Auth = "password"
	}
	v.oneOf("imap.auth", im.Auth, "password", "xoauth2")
	if im.Mailbox == "" {
		v.add("imap.mailbox", "required")
	}
	if im.Keyword == "" || strings.ContainsAny(im.Keyword, " ()[]{}%*\"\\") {
		v.add("imap.keyword", "%q is not a valid IMAP keyword", im.Keyword)
	}
	if im.PollInterval.Duration < time.Second {
		v.add("imap.poll_interval", "must be at least 1s")
	}
	if im.BatchSize < 1 || im.BatchSize > 10000 {
		v.add("imap.batch_size", "must be between 1 and 10000")
	}
	if im.MaxMessageBytes < 64<<10 {
		v.add("imap.max_message_bytes", "must be at least 65536")
	}
	if im.Since != "" {
		t, err := time.Parse(time.RFC3339, im.Since)
		if err != nil {
			t, err = time.ParseInLocation("2006-01-02", im.Since, o.Location)
		}
		if err != nil || o.Location == nil {
			v.add("imap.since", "%q is not a date (2006-01-02) or RFC 3339 time", im.Since)
		} else {
			im.SinceTime = t
		}
	}

	sm := &c.SMTP
	v.hostPort("smtp.address", sm.Address)
	v.oneOf("smtp.tls", sm.TLS, "implicit", "starttls", "none")
	if sm.TLS == "none" && sm.Address != "" && !isLoopbackHost(sm.Address) {
		v.add("smtp.tls", `"none" is only allowed for a loopback address`)
	}
	if sm.Auth == "" {
		sm.Auth = "none"
		if sm.Username != "" {
			sm.Auth = "plain"
		}
	}
	v.oneOf("smtp.auth", sm.Auth, "plain", "login", "xoauth2", "none")
	if sm.Auth != "none" && sm.Username == "" {
		v.add("smtp.username", "required when smtp.auth is %q", sm.Auth)
	}
	sm.Password = v.secret("smtp", sm.Password, sm.PasswordEnv, sm.PasswordFile)
	if sm.From == "" {
		sm.From = s.Address
	} else {
		sm.From = v.email("smtp.from", sm.From, false)
	}

	a := &c.Approval
	seen := map[string]bool{}
	a.Names = map[string]string{}
	for i, ap := range a.Approvers {
		key := fmt.Sprintf("approval.approvers[%d]", i)
		e, name := v.person(key, ap)
		if seen[e] {
			v.add(key, "%s is listed twice", e)
		}
		seen[e] = true
		a.Approvers[i] = e
		if name != "" {
			a.Names[e] = name
		}
	}
	delegates := map[string]string{}
	for from, to := range a.Delegates {
		f := v.email("approval.delegates."+from, from, true)
		t, name := v.person("approval.delegates."+from, to)
		if name != "" && a.Names[t] == "" {
			a.Names[t] = name
		}
		if !seen[f] {
			v.add("approval.delegates."+from, "%s is not an approver", f)
		}
		delegates[f] = t
	}
	a.Delegates = delegates
	v.oneOf("approval.policy", a.Policy, "any", "all", "quorum")
	if a.Policy == "quorum" && (a.Quorum < 1 || a.Quorum > len(a.Approvers)) {
		v.add("approval.quorum", "must be between 1 and the number of approvers (%d)", len(a.Approvers))
	}
	if a.RemindAfter.Duration <= 0 {
		v.add("approval.remind_after", "must be positive")
	}
	if a.EscalateAfter.Duration <= 0 {
		v.add("approval.escalate_after", "must be positive")
	}
	for i, r := range a.AmountRules {
		key := fmt.Sprintf("approval.amount_rule[%d]", i)
		if r.AboveEUR < 0 {
			v.add(key+".above_eur", "cannot be negative")
		}
		if r.Approvals < 1 || r.Approvals > len(a.Approvers) {
			v.add(key+".approvals", "must be between 1 and the number of approvers (%d)", len(a.Approvers))
		}
	}
	if a.TokenTTL.Duration < time.Hour {
		v.add("approval.token_ttl", "must be at least 1h")
	}

	if c.Acknowledgement.MaxPerHour < 0 || c.Acknowledgement.MaxPerDay < 0 || c.Acknowledgement.MaxTotalPerHour < 0 || c.Acknowledgement.MaxNoticesPerHour < 0 {
		v.add("acknowledgement", "limits cannot be negative")
	}

	for i := range c.Rules {
		r := &c.Rules[i]
		key := fmt.Sprintf("rule[%d]", i)
		if r.Name != "" {
			key = fmt.Sprintf("rule[%d] (%s)", i, r.Name)
		}
		r.SubjectRE = v.regexp(key+".match_subject", r.MatchSubject)
		r.FromRE = v.regexp(key+".match_from", r.MatchFrom)
		r.TextRE = v.regexp(key+".match_text", r.MatchText)
		if r.MatchSubject == "" && r.MatchFrom == "" && r.MatchText == "" {
			v.add(key, "needs at least one of match_subject, match_from, match_text")
		}
		if r.EstimateEUR != nil && (*r.EstimateEUR < 0 || *r.EstimateEUR > 1e9) {
			v.add(key+".estimate_eur", "must be between 0 and 1000000000")
		}
	}

	if _, _, _, err := ParseSchedule(c.Digest.Schedule); err != nil {
		v.add("digest.schedule", "%v", err)
	}
	for i, e := range c.Digest.Extra {
		c.Digest.Extra[i] = v.email(fmt.Sprintf("digest.extra_recipients[%d]", i), e, true)
	}
	if c.HTTP.Listen != "" {
		v.hostPort("http.listen", c.HTTP.Listen)
	}
	v.httpSection()
	v.oauth2Section()
	v.oneOf("log.format", c.Log.Format, "text", "json")
	v.oneOf("log.level", c.Log.Level, "debug", "info", "warn", "error")
}

func (v *validator) regexp(key, s string) *regexp.Regexp {
	if s == "" {
		return nil
	}
	re, err := regexp.Compile(s)
	if err != nil {
		v.add(key, "invalid regular expression: %v", err)
		return nil
	}
	return re
}

var weekdays = map[string]time.Weekday{
	"sun": time.Sunday, "mon": time.Monday, "tue": time.Tuesday, "wed": time.Wednesday,
	"thu": time.Thursday, "fri": time.Friday, "sat": time.Saturday,
	"zo": time.Sunday, "ma": time.Monday, "di": time.Tuesday, "wo": time.Wednesday,
	"do": time.Thursday, "vr": time.Friday, "za": time.Saturday,
}

// ParseSchedule reads a weekly schedule like "Mon 08:00".
func ParseSchedule(s string) (day time.Weekday, hour, minute int, err error) {
	f := strings.Fields(strings.ToLower(s))
	if len(f) != 2 {
		return 0, 0, 0, fmt.Errorf("%q: want a weekday and a time, e.g. \"Mon 08:00\"", s)
	}
	wd, ok := weekdays[f[0]]
	for _, n := range []int{3, 2} {
		if !ok && len(f[0]) > n {
			wd, ok = weekdays[f[0][:n]]
		}
	}
	if !ok {
		return 0, 0, 0, fmt.Errorf("%q: unknown weekday %q", s, f[0])
	}
	t, err := time.Parse("15:04", f[1])
	if err != nil {
		return 0, 0, 0, fmt.Errorf("%q: time must be HH:MM", s)
	}
	return wd, t.Hour(), t.Minute(), nil
}

// Display is how mail names approver addr: the configured name, or else the address.
func (a Approval) Display(addr string) string {
	if n := a.Names[strings.ToLower(addr)]; n != "" {
		return n
	}
	return addr
}

// DisplayAll is Display of each address.
func (a Approval) DisplayAll(addrs []string) []string {
	if len(addrs) == 0 {
		return nil
	}
	out := make([]string, len(addrs))
	for i, x := range addrs {
		out[i] = a.Display(x)
	}
	return out
}

// IsApprover reports whether addr is a configured approver.
func (a Approval) IsApprover(addr string) bool {
	addr = strings.ToLower(addr)
	for _, x := range a.Approvers {
		if x == addr {
			return true
		}
	}
	return false
}
