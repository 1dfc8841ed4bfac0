package httpd

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/spocd/spocd/templates"
	"github.com/spocd/spocd/workflow"
)

// WebEngine is what the one-click pages need from the workflow (*workflow.Engine).
type WebEngine interface {
	WebView(ctx context.Context, token string) (*workflow.WebPage, error)
	WebDecide(ctx context.Context, token, decision, remark string, meta workflow.WebMeta) (*workflow.WebPage, error)
	WebWithdrawView(ctx context.Context, wtoken string) (*workflow.WebPage, error)
	WebWithdraw(ctx context.Context, wtoken string, meta workflow.WebMeta) (*workflow.WebPage, error)
	WebEvidence(ctx context.Context, token, detail string) error
}

func (s *Server) routeWeb() {
	s.mux.HandleFunc("GET /a/{token}", s.approvePage)
	s.mux.HandleFunc("HEAD /a/{token}", s.approvePage)
	s.mux.HandleFunc("POST /a/{token}", s.approvePost)
	s.mux.HandleFunc("GET /w/{token}", s.withdrawPage)
	s.mux.HandleFunc("HEAD /w/{token}", s.withdrawPage)
	s.mux.HandleFunc("POST /w/{token}", s.withdrawPost)
}

// --- scanner-like visits ---

// scannerAgents are parts of user agents of mail security scanners and link previewers
// (lower case). A match is only evidence: it never decides anything by itself.
var scannerAgents = []string{"bingpreview", "safelinks", "safe links", "microsoft office", "ms-office", "proofpoint",
	"mimecast", "barracuda", "symantec", "trend micro", "trendmicro", "forcepoint", "ironport", "cisco", "zscaler",
	"fireeye", "sophos", "python-requests", "python-urllib", "go-http-client", "curl/", "wget/", "headlesschrome",
	"phantomjs", "slackbot", "skypeuripreview", "whatsapp", "bot/", "crawler", "spider", "scanner", "preview"}

// visitLog remembers recent visits per token, to spot bursts and to note evidence at most
// once a minute per token.
type visitLog struct {
	mu     sync.Mutex
	visits map[string][]time.Time
	noted  map[string]time.Time
}

func newVisitLog() *visitLog {
	return &visitLog{visits: map[string][]time.Time{}, noted: map[string]time.Time{}}
}

// burstWindow and burstVisits: more than burstVisits GETs of one page within burstWindow
// look like a machine.
const (
	burstWindow = time.Second
	burstVisits = 3
	maxTracked  = 10000
)

// visit records a visit and returns how many visits of key fell within burstWindow.
func (v *visitLog) visit(key string, now time.Time) int {
	v.mu.Lock()
	defer v.mu.Unlock()
	if len(v.visits) > maxTracked {
		for k, ts := range v.visits {
			if len(ts) == 0 || now.Sub(ts[len(ts)-1]) > burstWindow {
				delete(v.visits, k)
			}
		}
	}
	var keep []time.Time
	for _, t := range v.visits[key] {
		if now.Sub(t) < burstWindow {
			keep = append(keep, t)
		}
	}
	keep = append(keep, now)
	if len(keep) > 50 {
		keep = keep[len(keep)-50:]
	}
	v.visits[key] = keep
	return len(keep)
}

// shouldNote reports whether evidence for key may be noted now (once a minute per key).
func (v *visitLog) shouldNote(key string, now time.Time) bool {
	v.mu.Lock()
	defer v.mu.Unlock()
	if len(v.noted) > maxTracked {
		for k, t := range v.noted {
			if now.Sub(t) > time.Minute {
				delete(v.noted, k)
			}
		}
	}
	if t, ok := v.noted[key]; ok && now.Sub(t) < time.Minute {
		return false
	}
	v.noted[key] = now
	return true
}

// scannerSigns lists why a visit looks like a machine (nil: it looks like a person).
func scannerSigns(r *http.Request, burst int) []string {
	var signs []string
	if r.Method == http.MethodHead {
		signs = append(signs, "HEAD request")
	}
	ua := r.UserAgent()
	lua := strings.ToLower(ua)
	switch {
	case ua == "":
		signs = append(signs, "no User-Agent")
	default:
		for _, a := range scannerAgents {
			if strings.Contains(lua, a) {
				signs = append(signs, fmt.Sprintf("scanner-like User-Agent (%q)", a))
				break
			}
		}
	}
	if r.Header.Get("Accept-Language") == "" {
		signs = append(signs, "no Accept-Language")
	}
	if burst > burstVisits {
		signs = append(signs, fmt.Sprintf("%d visits within %s", burst, burstWindow))
	}
	return signs
}

func meta(r *http.Request) workflow.WebMeta {
	addr := r.RemoteAddr
	if xff := r.Header.Get("X-Forwarded-For"); xff != "" {
		addr += " (X-Forwarded-For " + xff + ")"
	}
	return workflow.WebMeta{RemoteAddr: addr, UserAgent: r.UserAgent()}
}

// noteVisit counts a GET/HEAD of a page and logs scanner-like visits as evidence on the
// request. It never changes a decision.
func (s *Server) noteVisit(r *http.Request, token string) {
	now := s.cfg.Now()
	signs := scannerSigns(r, s.visits.visit(token, now))
	if len(signs) == 0 {
		s.cfg.Metrics.WebVisit("view")
		return
	}
	s.cfg.Metrics.WebVisit("scanner")
	if !s.visits.shouldNote(token, now) {
		return
	}
	m := meta(r)
	detail := fmt.Sprintf("%s %s: %s (%s)", r.Method, r.URL.Path[:3], strings.Join(signs, "; "), m.String())
	if err := s.cfg.Web.WebEvidence(r.Context(), token, detail); err != nil && !errors.Is(err, workflow.ErrNotFound) {
		s.cfg.Log.Warn("web evidence", "err", err)
	}
	s.cfg.Log.Info("scanner-like visit of a one-click page", "signs", signs, "remote", m.RemoteAddr, "user_agent", m.UserAgent)
}

// --- CSRF ---

// csrfTTL is how long a page's form stays valid.
const csrfTTL = 12 * time.Hour

// csrf returns a fresh per-page value bound to the page (kind + token).
func (s *Server) csrf(kind, token string) string {
	var b [20]byte
	binary.BigEndian.PutUint64(b[:8], uint64(s.cfg.Now().Unix()))
	_, _ = rand.Read(b[8:])
	return base64.RawURLEncoding.EncodeToString(b[:]) + "." + base64.RawURLEncoding.EncodeToString(s.mac(kind, token, b[:]))
}

func (s *Server) mac(kind, token string, b []byte) []byte {
	h := hmac.New(sha256.New, s.secret)
	h.Write([]byte(kind + "\x00" + token + "\x00"))
	h.Write(b)
	return h.Sum(nil)
}

func (s *Server) csrfOK(kind, token, v string) bool {
	p, m, ok := strings.Cut(v, ".")
	if !ok || len(v) > 200 {
		return false
	}
	b, err1 := base64.RawURLEncoding.DecodeString(p)
	sum, err2 := base64.RawURLEncoding.DecodeString(m)
	if err1 != nil || err2 != nil || len(b) != 20 || !hmac.Equal(sum, s.mac(kind, token, b)) {
		return false
	}
	at := time.Unix(int64(binary.BigEndian.Uint64(b[:8])), 0)
	age := s.cfg.Now().Sub(at)
	return age >= -time.Minute && age <= csrfTTL
}

// sameOrigin refuses a POST that a browser says comes from another site.
func (s *Server) sameOrigin(r *http.Request) bool {
	if r.Header.Get("Sec-Fetch-Site") == "cross-site" {
		return false
	}
	o := r.Header.Get("Origin")
	if o == "" || o == "null" {
		return true // old browsers and privacy settings send no Origin; the CSRF value still counts
	}
	u, err := url.Parse(o)
	if err != nil {
		return false
	}
	if s.baseURL != "" {
		if b, err := url.Parse(s.baseURL); err == nil && strings.EqualFold(b.Host, u.Host) {
			return true
		}
	}
	return strings.EqualFold(u.Host, r.Host)
}

// --- handlers ---

const maxForm = 16 << 10

func (s *Server) approvePage(w http.ResponseWriter, r *http.Request) {
	token := r.PathValue("token")
	s.noteVisit(r, token)
	p, err := s.cfg.Web.WebView(r.Context(), token)
	s.render(w, r, "a", token, p, err, "")
}

func (s *Server) approvePost(w http.ResponseWriter, r *http.Request) {
	token := r.PathValue("token")
	r.Body = http.MaxBytesReader(w, r.Body, maxForm)
	if err := r.ParseForm(); err != nil {
		s.forbidden(w, r, "a", token)
		return
	}
	decision := r.PostFormValue("decision")
	if subtle.ConstantTimeCompare([]byte(r.PostFormValue("token")), []byte(token)) != 1 ||
		!s.csrfOK("a", token, r.PostFormValue("csrf")) || !s.sameOrigin(r) || (decision != "approve" && decision != "reject") {
		s.forbidden(w, r, "a", token)
		return
	}
	s.cfg.Metrics.WebVisit("decide")
	p, err := s.cfg.Web.WebDecide(r.Context(), token, decision, r.PostFormValue("remark"), meta(r))
	note := "decide"
	if p != nil && !p.Accepted {
		note = "already"
	}
	s.render(w, r, "a", token, p, err, note)
}

func (s *Server) withdrawPage(w http.ResponseWriter, r *http.Request) {
	token := r.PathValue("token")
	if signs := scannerSigns(r, s.visits.visit("w/"+token, s.cfg.Now())); len(signs) > 0 {
		s.cfg.Metrics.WebVisit("scanner")
	}
	p, err := s.cfg.Web.WebWithdrawView(r.Context(), token)
	s.render(w, r, "w", token, p, err, "")
}

func (s *Server) withdrawPost(w http.ResponseWriter, r *http.Request) {
	token := r.PathValue("token")
	r.Body = http.MaxBytesReader(w, r.Body, maxForm)
	if err := r.ParseForm(); err != nil || subtle.ConstantTimeCompare([]byte(r.PostFormValue("token")), []byte(token)) != 1 ||
		!s.csrfOK("w", token, r.PostFormValue("csrf")) || !s.sameOrigin(r) {
		s.forbidden(w, r, "w", token)
		return
	}
	s.cfg.Metrics.WebVisit("withdraw")
	p, err := s.cfg.Web.WebWithdraw(r.Context(), token, meta(r))
	note := "withdrawn"
	if p != nil && !p.Accepted {
		note = "already"
	}
	s.render(w, r, "w", token, p, err, note)
}

func (s *Server) forbidden(w http.ResponseWriter, r *http.Request, kind, token string) {
	s.cfg.Metrics.WebVisit("refused")
	s.cfg.Log.Warn("one-click form refused", "path", r.URL.Path[:3], "remote", r.RemoteAddr, "user_agent", r.UserAgent())
	s.writePage(w, r, http.StatusForbidden, pageData{T: s.texts(), Title: s.texts()["expiredTitle"], Message: s.texts()["expired"],
		Reload: "/" + kind + "/" + token})
}

// pageData is the input of the page template.
type pageData struct {
	T        map[string]string
	Org      string
	Title    string
	Message  string
	Note     string
	Page     *workflow.WebPage
	Form     string // "approve" | "withdraw" | ""
	Action   string
	Token    string
	CSRF     string
	Reload   string
	DueAt    string
	Decision string
}

func (s *Server) render(w http.ResponseWriter, r *http.Request, kind, token string, p *workflow.WebPage, err error, note string) {
	t := s.texts()
	switch {
	case errors.Is(err, workflow.ErrNotFound):
		s.writePage(w, r, http.StatusNotFound, pageData{T: t, Title: t["unknownTitle"], Message: t["unknown"]})
		return
	case err != nil || p == nil:
		s.cfg.Log.Error("one-click page", "err", err)
		s.writePage(w, r, http.StatusInternalServerError, pageData{T: t, Title: t["errorTitle"], Message: t["error"]})
		return
	}
	d := pageData{T: t, Org: s.cfg.Org, Page: p, Action: "/" + kind + "/" + token, Token: token}
	if p.Decision != "" {
		d.Decision = t[p.Decision]
	}
	if !p.DueAt.IsZero() {
		d.DueAt = s.localTime(p.DueAt)
	}
	switch {
	case kind == "a" && p.State == workflow.PageOpen:
		d.Title, d.Form, d.CSRF = t["openTitle"], "approve", s.csrf("a", token)
	case kind == "a" && p.State == workflow.PagePending && note == "decide":
		d.Title, d.Message = t["pendingTitle"], fmt.Sprintf(t["pendingNew"], d.Decision, d.DueAt)
	case kind == "a" && p.State == workflow.PagePending:
		d.Title, d.Message = t["alreadyTitle"], fmt.Sprintf(t["pending"], d.Decision, d.DueAt)
	case kind == "a" && p.State == workflow.PageDecided && note == "decide":
		d.Title, d.Message = t["doneTitle"], fmt.Sprintf(t["doneNew"], d.Decision)
	case kind == "a" && p.State == workflow.PageDecided:
		d.Title, d.Message = t["alreadyTitle"], fmt.Sprintf(t["decided"], d.Decision)
	case kind == "a":
		d.Title, d.Message = t["closedTitle"], t["closed"]
		d.Note = s.reason(p)
	case kind == "w" && p.State == workflow.PagePending:
		d.Title, d.Message, d.Form, d.CSRF = t["withdrawTitle"], fmt.Sprintf(t["withdrawAsk"], d.Decision, d.DueAt), "withdraw", s.csrf("w", token)
	case kind == "w" && note == "withdrawn":
		d.Title, d.Message = t["withdrawnTitle"], t["withdrawn"]
	case kind == "w" && p.State == workflow.PageDecided:
		d.Title, d.Message = t["alreadyTitle"], fmt.Sprintf(t["tooLate"], d.Decision)
	default:
		d.Title, d.Message = t["closedTitle"], t["withdrawClosed"]
		d.Note = s.reason(p)
	}
	s.writePage(w, r, http.StatusOK, d)
}

// reason says why the page cannot be used, in the page's language.
func (s *Server) reason(p *workflow.WebPage) string {
	if p.ReasonCode == "" {
		return p.Reason
	}
	return templates.ReasonText(s.cfg.Lang, p.ReasonCode, p.ReasonArgs...)
}

func (s *Server) localTime(t time.Time) string {
	if s.cfg.Location != nil {
		t = t.In(s.cfg.Location)
	}
	return t.Format("15:04 (2006-01-02)")
}

func (s *Server) writePage(w http.ResponseWriter, r *http.Request, code int, d pageData) {
	if d.Org == "" {
		d.Org = s.cfg.Org
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Robots-Tag", "noindex, nofollow")
	h.Set("X-Frame-Options", "DENY")
	h.Set("X-Content-Type-Options", "nosniff")
	// No script at all: the page can never submit itself.
	h.Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
	w.WriteHeader(code)
	if r.Method == http.MethodHead {
		return
	}
	if err := pageTmpl.Execute(w, d); err != nil {
		s.cfg.Log.Error("one-click page render", "err", err)
	}
}

var pageTmpl = template.Must(template.New("page").Parse(`<!DOCTYPE html>
<html lang="{{.T.lang}}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>{{.Title}}{{with .Page}} - {{.Request.Ref}}{{end}}</title>
<style>
body{font-family:-apple-system,"Segoe UI",Arial,Helvetica,sans-serif;background:#f6f8fa;color:#1f2328;margin:0;padding:24px}
main{max-width:640px;margin:0 auto;background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:24px 28px}
h1{font-size:22px;margin:0 0 16px}
dl{display:grid;grid-template-columns:max-content 1fr;gap:6px 16px;margin:0 0 16px}
dt{color:#59636e}dd{margin:0}
.text{white-space:pre-wrap;background:#f6f8fa;border-left:3px solid #d0d7de;padding:8px 12px;margin:0 0 16px}
.msg{font-size:17px;margin:0 0 16px}
.note{color:#59636e}
label{display:block;margin:0 0 6px;color:#59636e}
textarea{width:100%;box-sizing:border-box;min-height:70px;font:inherit;padding:6px;margin:0 0 16px}
button{font:inherit;font-weight:bold;border:0;border-radius:6px;padding:12px 26px;margin:0 12px 8px 0;cursor:pointer;color:#fff}
.approve{background:#1a7f37}.reject{background:#cf222e}.withdraw{background:#59636e}
footer{max-width:640px;margin:12px auto;color:#8c959f;font-size:13px}
</style></head>
<body><main>
<h1>{{.Title}}</h1>
{{with .Page}}<dl>
<dt>{{$.T.ref}}</dt><dd><strong>{{.Request.Ref}}</strong></dd>
<dt>{{$.T.subject}}</dt><dd>{{.Request.Subject}}</dd>
<dt>{{$.T.requester}}</dt><dd>{{with .Request.RequesterName}}{{.}} &lt;{{end}}{{.Request.Requester}}{{with .Request.RequesterName}}&gt;{{end}}</dd>
{{with .Request.Category}}<dt>{{$.T.category}}</dt><dd>{{.}}</dd>{{end}}
{{with .Request.EstimateEUR}}<dt>{{$.T.estimate}}</dt><dd>{{.}}</dd>{{end}}
{{with .Approver}}<dt>{{$.T.approver}}</dt><dd>{{.}}</dd>{{end}}
</dl>
{{with .Request.Text}}<div class="text">{{.}}</div>{{end}}{{end}}
{{with .Message}}<p class="msg">{{.}}</p>{{end}}
{{with .Note}}<p class="note">{{.}}</p>{{end}}
{{if eq .Form "approve"}}<form method="post" action="{{.Action}}">
<input type="hidden" name="token" value="{{.Token}}">
<input type="hidden" name="csrf" value="{{.CSRF}}">
<label for="remark">{{.T.remark}}</label>
<textarea id="remark" name="remark" maxlength="1000"></textarea>
<button class="approve" type="submit" name="decision" value="approve">{{.T.approveButton}}</button>
<button class="reject" type="submit" name="decision" value="reject">{{.T.rejectButton}}</button>
</form>
<p class="note">{{.T.windowNote}}</p>{{end}}
{{if eq .Form "withdraw"}}<form method="post" action="{{.Action}}">
<input type="hidden" name="token" value="{{.Token}}">
<input type="hidden" name="csrf" value="{{.CSRF}}">
<button class="withdraw" type="submit">{{.T.withdrawButton}}</button>
</form>{{end}}
{{with .Reload}}<p><a href="{{.}}">{{$.T.reload}}</a></p>{{end}}
</main><footer>spocd{{with .Org}} · {{.}}{{end}}</footer></body></html>
`))

var texts = map[string]map[string]string{
	"nl": {
		"lang": "nl", "ref": "Referentie", "subject": "Onderwerp", "requester": "Aanvrager", "category": "Categorie",
		"estimate": "Geschatte kosten", "approver": "Goedkeurder", "remark": "Toelichting (mag leeg blijven)",
		"approve": "akkoord", "reject": "niet akkoord",
		"approveButton": "Akkoord", "rejectButton": "Niet akkoord", "withdrawButton": "Besluit intrekken",
		"openTitle":    "Akkoord voor dit verzoek?",
		"windowNote":   "Er gebeurt pas iets als je op een knop drukt. Je krijgt daarna een bevestiging per mail, waarmee je je besluit nog even kunt intrekken.",
		"pendingTitle": "Besluit vastgelegd",
		"pendingNew":   "Je besluit (%s) is vastgelegd en gaat in om %s. We hebben je een bevestiging gemaild; met de link daarin kun je het tot dat moment intrekken.",
		"pending":      "Op dit verzoek is al besloten (%s); dat besluit gaat in om %s. Er is niets veranderd.",
		"doneTitle":    "Besluit vastgelegd", "doneNew": "Je besluit (%s) is vastgelegd. We hebben je een bevestiging gemaild.",
		"alreadyTitle": "Al besloten", "decided": "Op dit verzoek is al besloten: %s. Er is niets veranderd.",
		"closedTitle": "Niet (meer) te besluiten", "closed": "Via deze link kan niet (meer) worden besloten. Er is niets veranderd.",
		"withdrawTitle": "Besluit intrekken?", "withdrawAsk": "Je besluit (%s) gaat in om %s. Wil je het intrekken? Daarna kun je opnieuw besluiten.",
		"withdrawnTitle": "Besluit ingetrokken", "withdrawn": "Je besluit is ingetrokken; het verzoek wacht weer op je besluit.",
		"tooLate":        "Het besluit (%s) is al ingegaan en kan hier niet meer worden ingetrokken. Neem contact op met de SPOC.",
		"withdrawClosed": "Dit besluit kan niet (meer) worden ingetrokken.",
		"unknownTitle":   "Onbekende link", "unknown": "Deze link is niet (meer) geldig. Gebruik de nieuwste mail over dit verzoek.",
		"expiredTitle": "Formulier verlopen", "expired": "Dit formulier is verlopen of ongeldig. Er is niets veranderd. Laad de pagina opnieuw en probeer het nog eens.",
		"reload":     "Pagina opnieuw laden",
		"errorTitle": "Er ging iets mis", "error": "Er ging iets mis. Er is niets veranderd; probeer het later nog eens.",
	},
	"en": {
		"lang": "en", "ref": "Reference", "subject": "Subject", "requester": "Requester", "category": "Category",
		"estimate": "Estimated cost", "approver": "Approver", "remark": "Remark (optional)",
		"approve": "approved", "reject": "not approved",
		"approveButton": "Approve", "rejectButton": "Reject", "withdrawButton": "Withdraw decision",
		"openTitle":    "Approve this request?",
		"windowNote":   "Nothing happens until you press a button. You will then get a confirmation by mail, with which you can still withdraw your decision for a short while.",
		"pendingTitle": "Decision recorded",
		"pendingNew":   "Your decision (%s) is recorded and takes effect at %s. We mailed you a confirmation; its link withdraws the decision until then.",
		"pending":      "This request was already decided (%s); that decision takes effect at %s. Nothing was changed.",
		"doneTitle":    "Decision recorded", "doneNew": "Your decision (%s) is recorded. We mailed you a confirmation.",
		"alreadyTitle": "Already decided", "decided": "This request was already decided: %s. Nothing was changed.",
		"closedTitle": "Nothing to decide", "closed": "This link cannot be used to decide (any more). Nothing was changed.",
		"withdrawTitle": "Withdraw your decision?", "withdrawAsk": "Your decision (%s) takes effect at %s. Do you want to withdraw it? You can decide again afterwards.",
		"withdrawnTitle": "Decision withdrawn", "withdrawn": "Your decision was withdrawn; the request waits for your decision again.",
		"tooLate":        "The decision (%s) has already taken effect and cannot be withdrawn here. Please contact the SPOC.",
		"withdrawClosed": "This decision cannot be withdrawn (any more).",
		"unknownTitle":   "Unknown link", "unknown": "This link is not valid (any more). Please use the latest mail about this request.",
		"expiredTitle": "Form expired", "expired": "This form has expired or is not valid. Nothing was changed. Reload the page and try again.",
		"reload":     "Reload the page",
		"errorTitle": "Something went wrong", "error": "Something went wrong. Nothing was changed; please try again later.",
	},
}

func (s *Server) texts() map[string]string { return texts[s.cfg.Lang] }
