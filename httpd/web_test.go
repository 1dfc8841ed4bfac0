package httpd_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/spocd/spocd/httpd"
	"github.com/spocd/spocd/workflow"
	"github.com/spocd/spocd/workflow/sqlstore"
	"github.com/spocd/spocd/workflow/sqlstore/storetest"
)

const browserUA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"

type webEnv struct {
	*env
	clock *clock
	h     http.Handler
}

func newWebEnv(t *testing.T, withdraw string, db ...*sqlstore.DB) *webEnv {
	t.Helper()
	c := newClock()
	o := envOpts{withdraw: withdraw, clock: c}
	if len(db) > 0 {
		o.db = db[0]
	}
	e := newEnv(t, o)
	s, err := httpd.New(httpd.Config{Listen: "127.0.0.1:0", Web: e.eng, Health: e.health, Gatherer: e.reg, Metrics: e.met, Org: "Gemeente Test", Lang: "nl"})
	if err != nil {
		t.Fatal(err)
	}
	return &webEnv{env: e, clock: c, h: s.Handler()}
}

// askApproval files a request that needs approval and returns the approver's token.
func (w *webEnv) askApproval() string {
	w.t.Helper()
	w.send("bob@gemeente.test", "spoc@gemeente.test", "Extra koffie voor de raad", "Voor 40 personen.")
	w.once()
	return approvalToken(w.t, w.env, "rianne@gemeente.test")
}

func (w *webEnv) do(method, path string, form url.Values, hdr map[string]string) *httptest.ResponseRecorder {
	w.t.Helper()
	var r *http.Request
	if form != nil {
		r = httptest.NewRequest(method, path, strings.NewReader(form.Encode()))
		r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	} else {
		r = httptest.NewRequest(method, path, nil)
	}
	r.Header.Set("User-Agent", browserUA)
	r.Header.Set("Accept-Language", "nl-NL,nl;q=0.9")
	for k, v := range hdr {
		if v == "" {
			r.Header.Del(k)
		} else {
			r.Header.Set(k, v)
		}
	}
	rec := httptest.NewRecorder()
	w.h.ServeHTTP(rec, r)
	return rec
}

var csrfRE = regexp.MustCompile(`name="csrf" value="([^"]+)"`)

func csrfOf(t *testing.T, body string) string {
	t.Helper()
	m := csrfRE.FindStringSubmatch(body)
	if m == nil {
		t.Fatalf("no form on the page:\n%s", body)
	}
	return m[1]
}

func (w *webEnv) eventKinds(ref string) []string {
	w.t.Helper()
	evs, err := w.db.Events(context.Background(), w.request(ref).ID)
	if err != nil {
		w.t.Fatal(err)
	}
	var out []string
	for _, e := range evs {
		out = append(out, e.Kind)
	}
	return out
}

func count(xs []string, x string) int {
	n := 0
	for _, s := range xs {
		if s == x {
			n++
		}
	}
	return n
}

func (w *webEnv) state(token string) string {
	w.t.Helper()
	p, err := w.eng.WebView(context.Background(), token)
	if err != nil {
		w.t.Fatal(err)
	}
	return p.State
}

func (w *webEnv) tick() {
	w.t.Helper()
	if _, err := w.eng.Tick(context.Background()); err != nil {
		w.t.Fatal(err)
	}
}

func TestApprovalMailCarriesLink(t *testing.T) {
	w := newWebEnv(t, "15m")
	tok := w.askApproval()
	box := w.inboxRaw("rianne@gemeente.test")
	joined := strings.ReplaceAll(strings.Join(box, "\n"), "=\r\n", "")
	if !strings.Contains(joined, "http://127.0.0.1:1/a/"+tok) {
		t.Fatalf("approval mail has no one-click link for token %s", tok)
	}
}

func TestScannersDecideNothing(t *testing.T) {
	w := newWebEnv(t, "15m")
	tok := w.askApproval()
	path := "/a/" + tok
	visits := []struct {
		name   string
		method string
		hdr    map[string]string
	}{
		{"browser", "GET", nil},
		{"head", "HEAD", nil},
		{"safe links", "GET", map[string]string{"User-Agent": "Mozilla/5.0 (compatible; MSIE 9.0) SafeLinks", "Accept-Language": ""}},
		{"no headers", "GET", map[string]string{"User-Agent": "", "Accept-Language": ""}},
	}
	for _, v := range visits {
		rec := w.do(v.method, path, nil, v.hdr)
		if rec.Code != 200 {
			t.Fatalf("%s: %s %s = %d", v.name, v.method, path, rec.Code)
		}
		if csp := rec.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'none'") || strings.Contains(csp, "script-src") {
			t.Fatalf("%s: CSP %q allows scripts", v.name, csp)
		}
	}
	// A burst of GETs.
	for range 6 {
		w.do("GET", path, nil, nil)
	}
	w.tick()
	if s := w.state(tok); s != workflow.PageOpen {
		t.Fatalf("after scanner visits the page is %s, want open", s)
	}
	if r := w.request("SPOC-0001"); r.Status != workflow.StatusAwaitingApproval {
		t.Fatalf("request is %s after GETs", r.Status)
	}
	kinds := w.eventKinds("SPOC-0001")
	if n := count(kinds, "web_scanner_visit"); n != 1 {
		t.Fatalf("evidence events = %d (kinds %v), want 1 (at most one a minute)", n, kinds)
	}
	if count(kinds, "web_decision_pending")+count(kinds, "approved") != 0 {
		t.Fatalf("a GET decided something: %v", kinds)
	}
}

func TestPostNeedsTokenAndCSRF(t *testing.T) {
	w := newWebEnv(t, "15m")
	tok := w.askApproval()
	other := w.do("GET", "/a/"+tok, nil, nil).Body.String()
	csrf := csrfOf(t, other)
	tests := []struct {
		name string
		form url.Values
		hdr  map[string]string
	}{
		{"no csrf", url.Values{"token": {tok}, "decision": {"approve"}}, nil},
		{"forged csrf", url.Values{"token": {tok}, "decision": {"approve"}, "csrf": {"AAAA.BBBB"}}, nil},
		{"no token", url.Values{"decision": {"approve"}, "csrf": {csrf}}, nil},
		{"other token", url.Values{"token": {strings.Repeat("a", 26)}, "decision": {"approve"}, "csrf": {csrf}}, nil},
		{"bad decision", url.Values{"token": {tok}, "decision": {"maybe"}, "csrf": {csrf}}, nil},
		{"cross-site", url.Values{"token": {tok}, "decision": {"approve"}, "csrf": {csrf}}, map[string]string{"Sec-Fetch-Site": "cross-site"}},
		{"foreign origin", url.Values{"token": {tok}, "decision": {"approve"}, "csrf": {csrf}}, map[string]string{"Origin": "https://evil.example"}},
	}
	for _, tt := range tests {
		rec := w.do("POST", "/a/"+tok, tt.form, tt.hdr)
		if rec.Code != http.StatusForbidden {
			t.Errorf("%s: POST = %d, want 403", tt.name, rec.Code)
		}
	}
	// A CSRF value of one token does not work for another.
	w.send("dave@gemeente.test", "spoc@gemeente.test", "Nieuwe bureaustoel", "graag")
	w.once()
	tok2 := approvalToken(t, w.env, "rianne@gemeente.test")
	if rec := w.do("POST", "/a/"+tok2, url.Values{"token": {tok2}, "decision": {"approve"}, "csrf": {csrf}}, nil); rec.Code != 403 {
		t.Errorf("CSRF of another page: POST = %d, want 403", rec.Code)
	}
	if s := w.state(tok); s != workflow.PageOpen {
		t.Fatalf("after refused POSTs the page is %s", s)
	}
	if rec := w.do("GET", "/a/"+strings.Repeat("b", 26), nil, nil); rec.Code != 404 {
		t.Fatalf("unknown token: GET = %d, want 404", rec.Code)
	}
}

func TestClickApprovesOnceAfterWindow(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *sqlstore.DB) { testClickApprovesOnceAfterWindow(t, db) })
}

func testClickApprovesOnceAfterWindow(t *testing.T, db *sqlstore.DB) {
	w := newWebEnv(t, "15m", db)
	tok := w.askApproval()
	page1 := w.do("GET", "/a/"+tok, nil, nil).Body.String()
	page2 := w.do("GET", "/a/"+tok, nil, nil).Body.String()
	if !strings.Contains(page1, "SPOC-0001") || !strings.Contains(page1, "Extra koffie voor de raad") {
		t.Fatalf("page does not show the request:\n%s", page1)
	}
	rec := w.do("POST", "/a/"+tok, url.Values{"token": {tok}, "decision": {"approve"}, "csrf": {csrfOf(t, page1)}, "remark": {"graag voor donderdag"}},
		map[string]string{"Origin": "http://example.com"})
	if rec.Code != 200 || !strings.Contains(rec.Body.String(), "Besluit vastgelegd") {
		t.Fatalf("click: %d\n%s", rec.Code, rec.Body.String())
	}
	// The second click (another tab opened before) is told it was decided.
	rec = w.do("POST", "/a/"+tok, url.Values{"token": {tok}, "decision": {"reject"}, "csrf": {csrfOf(t, page2)}}, nil)
	if rec.Code != 200 || !strings.Contains(rec.Body.String(), "Al besloten") {
		t.Fatalf("second click: %d\n%s", rec.Code, rec.Body.String())
	}
	// The receipt with the withdraw link went out; nothing took effect yet.
	w.once()
	if r := w.request("SPOC-0001"); r.Status != workflow.StatusAwaitingApproval {
		t.Fatalf("request is %s within the withdraw window", r.Status)
	}
	receipt := ""
	for _, m := range w.inboxRaw("rianne@gemeente.test") {
		if strings.Contains(m, "X-SPOCd-Kind: approval_receipt") {
			receipt = strings.ReplaceAll(m, "=\r\n", "")
		}
	}
	if !regexp.MustCompile(`/w/[a-z2-7]{26}`).MatchString(receipt) {
		t.Fatalf("no receipt with a withdraw link:\n%s", receipt)
	}
	w.clock.Advance(16 * time.Minute)
	w.tick()
	w.once()
	r := w.request("SPOC-0001")
	if r.Status != workflow.StatusForwarded {
		t.Fatalf("after the window the request is %s, want forwarded", r.Status)
	}
	apps, _ := w.db.Approvals(context.Background(), r.ID)
	if len(apps) != 1 || apps[0].Decision != "approve" || apps[0].Remark != "graag voor donderdag" || apps[0].DecidedBy != "rianne@gemeente.test" {
		t.Fatalf("approvals = %+v", apps)
	}
	kinds := w.eventKinds("SPOC-0001")
	if count(kinds, "approved") != 1 || count(kinds, "web_decision_pending") != 1 || count(kinds, "forwarded") != 1 {
		t.Fatalf("events = %v", kinds)
	}
	// Later visits say it was decided, and another tick changes nothing.
	if body := w.do("GET", "/a/"+tok, nil, nil).Body.String(); !strings.Contains(body, "Al besloten") || strings.Contains(body, "<form") {
		t.Fatalf("page after the decision:\n%s", body)
	}
	w.tick()
	if n := count(w.eventKinds("SPOC-0001"), "approved"); n != 1 {
		t.Fatalf("approved %d times", n)
	}
	m := scrape(t, w.h)
	if m[`spocd_decisions_total{outcome="approve",via="web"}`] != 1 {
		t.Fatalf("web decisions metric = %v", m[`spocd_decisions_total{outcome="approve",via="web"}`])
	}
}

// approveOnPage approves Rianne's request on the one-click page and returns her token and
// the withdraw link of her receipt.
func approveOnPage(t *testing.T, w *webEnv) (tok, wpath string) {
	t.Helper()
	tok = w.askApproval()
	page := w.do("GET", "/a/"+tok, nil, nil).Body.String()
	w.do("POST", "/a/"+tok, url.Values{"token": {tok}, "decision": {"approve"}, "csrf": {csrfOf(t, page)}}, nil)
	w.once()
	for _, m := range w.inboxRaw("rianne@gemeente.test") {
		if p := regexp.MustCompile(`/w/[a-z2-7]{26}`).FindString(strings.ReplaceAll(m, "=\r\n", "")); p != "" {
			wpath = p
		}
	}
	if wpath == "" {
		t.Fatal("no withdraw link")
	}
	return tok, wpath
}

func TestWithdraw(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *sqlstore.DB) { testWithdraw(t, db) })
}

func testWithdraw(t *testing.T, db *sqlstore.DB) {
	w := newWebEnv(t, "15m", db)
	tok, wpath := approveOnPage(t, w)
	// A scanner following the withdraw link withdraws nothing.
	wp := w.do("GET", wpath, nil, map[string]string{"User-Agent": "SafeLinks", "Accept-Language": ""}).Body.String()
	if w.state(tok) != workflow.PagePending {
		t.Fatal("a GET of the withdraw link changed the decision")
	}
	rec := w.do("POST", wpath, url.Values{"token": {wpath[3:]}, "csrf": {csrfOf(t, wp)}}, nil)
	if rec.Code != 200 || !strings.Contains(rec.Body.String(), "ingetrokken") {
		t.Fatalf("withdraw: %d\n%s", rec.Code, rec.Body.String())
	}
	if s := w.state(tok); s != workflow.PageOpen {
		t.Fatalf("after withdrawing the page is %s, want open", s)
	}
	w.clock.Advance(time.Hour)
	w.tick()
	if r := w.request("SPOC-0001"); r.Status != workflow.StatusAwaitingApproval {
		t.Fatalf("withdrawn decision took effect: %s", r.Status)
	}
	// The approver can decide again, now rejecting.
	page := w.do("GET", "/a/"+tok, nil, nil).Body.String()
	w.do("POST", "/a/"+tok, url.Values{"token": {tok}, "decision": {"reject"}, "csrf": {csrfOf(t, page)}, "remark": {"te duur"}}, nil)
	w.clock.Advance(time.Hour)
	w.tick()
	if r := w.request("SPOC-0001"); r.Status != workflow.StatusRejected {
		t.Fatalf("after a rejection on the page the request is %s", r.Status)
	}
}

func TestWebDecisionVoidWhenDecidedByMail(t *testing.T) {
	w := newWebEnv(t, "15m")
	tok := w.askApproval()
	page := w.do("GET", "/a/"+tok, nil, nil).Body.String()
	w.do("POST", "/a/"+tok, url.Values{"token": {tok}, "decision": {"approve"}, "csrf": {csrfOf(t, page)}}, nil)
	// Meanwhile the approver rejects by mail.
	w.send("rianne@gemeente.test", "spoc+"+tok+"@gemeente.test", "Re: [SPOC-0001 a:"+tok+"] Extra koffie", "niet akkoord, te duur")
	w.once()
	w.clock.Advance(time.Hour)
	w.tick()
	r := w.request("SPOC-0001")
	if r.Status != workflow.StatusRejected {
		t.Fatalf("request is %s, want rejected (the mail decided first)", r.Status)
	}
	if kinds := w.eventKinds("SPOC-0001"); count(kinds, "web_decision_void") != 1 || count(kinds, "approved") != 0 {
		t.Fatalf("events = %v", kinds)
	}
}

func TestZeroWindowAppliesAtOnce(t *testing.T) {
	w := newWebEnv(t, "0s")
	tok := w.askApproval()
	page := w.do("GET", "/a/"+tok, nil, nil).Body.String()
	rec := w.do("POST", "/a/"+tok, url.Values{"token": {tok}, "decision": {"approve"}, "csrf": {csrfOf(t, page)}}, nil)
	if !strings.Contains(rec.Body.String(), "Besluit vastgelegd") {
		t.Fatalf("click:\n%s", rec.Body.String())
	}
	if r := w.request("SPOC-0001"); r.Status != workflow.StatusForwarded {
		t.Fatalf("request is %s, want forwarded at once", r.Status)
	}
}

func TestHostileRequests(t *testing.T) {
	w := newWebEnv(t, "15m")
	tok := w.askApproval()
	long := strings.Repeat("x", 5000)
	tests := []struct {
		name   string
		method string
		path   string
		form   url.Values
		codes  []int
	}{
		{"short token", "GET", "/a/abc", nil, []int{404}},
		{"long token", "GET", "/a/" + long, nil, []int{404}},
		{"encoded nul", "GET", "/a/%00%00", nil, []int{404}},
		{"upper case token", "GET", "/a/" + strings.ToUpper(tok), nil, []int{200}},
		{"unknown withdraw", "GET", "/w/" + strings.Repeat("c", 26), nil, []int{404}},
		{"huge form", "POST", "/a/" + tok, url.Values{"token": {tok}, "remark": {strings.Repeat("r", 64<<10)}}, []int{403}},
		{"withdraw without csrf", "POST", "/w/" + strings.Repeat("c", 26), url.Values{"token": {strings.Repeat("c", 26)}}, []int{403}},
		{"csrf garbage", "POST", "/a/" + tok, url.Values{"token": {tok}, "decision": {"approve"}, "csrf": {"....." + long}}, []int{403}},
		{"PUT", "PUT", "/a/" + tok, nil, []int{405}},
	}
	for _, tt := range tests {
		rec := w.do(tt.method, tt.path, tt.form, nil)
		ok := false
		for _, c := range tt.codes {
			ok = ok || rec.Code == c
		}
		if !ok {
			t.Errorf("%s: %s = %d, want one of %v", tt.name, tt.method, rec.Code, tt.codes)
		}
	}
	if s := w.state(tok); s != workflow.PageOpen {
		t.Fatalf("after hostile requests the page is %s", s)
	}
}

// A page that cannot be used says why in the page's language; the audit log keeps English.
func TestClosedPageSaysWhyInDutch(t *testing.T) {
	w := newWebEnv(t, "15m")
	tok, wpath := approveOnPage(t, w)
	// The requester cancels within the window: the decision on the page becomes void.
	w.send("bob@gemeente.test", "spoc@gemeente.test", "Re: [SPOC-0001] Extra koffie voor de raad", "annuleren")
	w.once()
	w.clock.Advance(16 * time.Minute)
	w.tick()
	if r := w.request("SPOC-0001"); r.Status != workflow.StatusCancelled {
		t.Fatalf("request is %s, want cancelled", r.Status)
	}
	const nl, en = "het verzoek is geannuleerd en wacht niet op akkoord", "the request is cancelled, not awaiting approval"
	for _, path := range []string{"/a/" + tok, wpath} {
		body := w.do("GET", path, nil, nil).Body.String()
		if !strings.Contains(body, nl) || strings.Contains(body, "not awaiting") {
			t.Errorf("%s does not say why in Dutch:\n%s", path, body)
		}
	}
	evs, err := w.db.Events(context.Background(), w.request("SPOC-0001").ID)
	if err != nil {
		t.Fatal(err)
	}
	void := false
	for _, e := range evs {
		void = void || e.Kind == "web_decision_void" && strings.Contains(e.Detail, en)
	}
	if !void {
		t.Fatalf("no web_decision_void event with %q: %+v", en, evs)
	}
}
