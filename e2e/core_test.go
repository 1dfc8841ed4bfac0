package e2e

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/spocd/spocd/mail"
)

// world is one spocd set up against the end-to-end mail servers, with addresses that no
// other test uses.
type world struct {
	t         *testing.T
	env       Env
	bin, cfg  string
	spoc      string
	customer  string
	supplier  string
	approvers []string
}

func newWorld(t *testing.T, extra string) *world {
	t.Helper()
	env := Load(t)
	w := &world{t: t, env: env, bin: BuildSpocd(t)}
	w.spoc = env.Unique(t, "spoc")
	w.customer = env.Unique(t, "facilitair")
	w.supplier = env.Unique(t, "supplier")
	w.approvers = []string{env.Unique(t, "rianne"), env.Unique(t, "piet")}
	w.cfg = env.WriteConfig(t, t.TempDir(), Setup{Spoc: w.spoc, Customer: w.customer, Supplier: w.supplier, Approvers: w.approvers,
		Extra: "[acknowledgement]\nmax_per_hour = 1000\nmax_per_day = 1000\nmax_total_per_hour = 100000\n\n" + extra})
	// The first start fixes the moment from which mail is answered; older mail is history.
	w.spocd("run", "--once")
	return w
}

func (w *world) spocd(args ...string) Result {
	w.t.Helper()
	r := Run(w.t, w.bin, 5*time.Minute, append([]string{"--config", w.cfg}, args...)...)
	if r.Code != 0 {
		w.t.Fatalf("spocd %v = exit %d\nstdout:\n%s\nstderr:\n%s", args, r.Code, r.Stdout, r.Stderr)
	}
	return r
}

type listed struct {
	Ref       string `json:"ref"`
	Status    string `json:"status"`
	Subject   string `json:"subject"`
	Requester string `json:"requester"`
}

func (w *world) list() []listed {
	w.t.Helper()
	var out []listed
	r := w.spocd("list", "--json")
	if err := json.Unmarshal([]byte(r.Stdout), &out); err != nil {
		w.t.Fatalf("list --json: %v\n%s", err, r.Stdout)
	}
	return out
}

func (w *world) request(from, subject, body string) []byte {
	return []byte(fmt.Sprintf("From: %s\r\nTo: %s\r\nSubject: %s\r\nDate: %s\r\nMessage-ID: <%d.%d@client.test>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n%s\r\n",
		from, w.spoc, subject, time.Now().Format(time.RFC1123Z), time.Now().UnixNano(), rand.Int64(), body))
}

func parse(t *testing.T, raw []byte) *mail.Message {
	t.Helper()
	m, err := mail.Parse(bytes.NewReader(raw), mail.Options{RefPrefix: "SPOC", PlusLocal: "spoc"})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// reply answers m the way a mail client does: to its Reply-To, Re: subject, In-Reply-To,
// and the original quoted below the answer.
func reply(t *testing.T, m *mail.Message, from, body string) []byte {
	to := m.From.Addr
	if len(m.ReplyTo) > 0 {
		to = m.ReplyTo[0].Addr
	}
	quoted := "> " + strings.ReplaceAll(strings.TrimSpace(m.Text), "\n", "\r\n> ")
	return []byte(fmt.Sprintf("From: %s\r\nTo: %s\r\nSubject: Re: %s\r\nDate: %s\r\nMessage-ID: <r%d@client.test>\r\nIn-Reply-To: <%s>\r\nReferences: <%s>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n%s\r\n\r\nOp %s schreef Gemeente Voorbeeld <%s>:\r\n%s\r\n",
		from, to, m.Subject, time.Now().Format(time.RFC1123Z), time.Now().UnixNano(), m.MessageID, m.MessageID, body,
		time.Now().Format("2 Jan 2006 15:04"), m.From.Addr, quoted))
}

// outlookReply answers m the way Outlook for Windows does in plain text: the answer, the
// header block, and the mail below it unquoted; edit changes that copy.
func outlookReply(t *testing.T, m *mail.Message, from, body string, edit func(string) string) []byte {
	to := m.ReplyTo[0].Addr
	cp := edit(strings.ReplaceAll(strings.TrimSpace(m.Text), "\n", "\r\n"))
	return []byte(fmt.Sprintf("From: %s\r\nTo: %s\r\nSubject: RE: %s\r\nDate: %s\r\nMessage-ID: <o%d@client.test>\r\nIn-Reply-To: <%s>\r\nReferences: <%s>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n%s\r\n\r\nVan: %s\r\nVerzonden: %s\r\nAan: %s\r\nOnderwerp: %s\r\n\r\n%s\r\n",
		from, to, m.Subject, time.Now().Format(time.RFC1123Z), time.Now().UnixNano(), m.MessageID, m.MessageID, body,
		m.From.Addr, time.Now().Format("Monday 2 January 2006 15:04"), from, m.Subject, cp))
}

func (w *world) recipientOf(raw []byte) string {
	m := parse(w.t, raw)
	if len(m.To) > 0 {
		return m.To[0].Addr
	}
	return ""
}

func TestIntakeAcknowledgeForwardAndRerun(t *testing.T) {
	w := newWorld(t, "[[rule]]\nmatch_subject = \"(?i)kapot\"\ncategory = \"storing\"\nextra_work = false\n")
	const n = 25
	var requesters []string
	for i := 0; i < n; i++ {
		from := w.env.Unique(t, fmt.Sprintf("user%02d", i))
		requesters = append(requesters, from)
		w.env.Send(t, from, []string{w.spoc}, w.request(from, fmt.Sprintf("Lamp %d kapot", i), "Graag vervangen."))
	}
	w.env.WaitCount(t, w.spoc, "INBOX", n, 30*time.Second)
	w.spocd("run", "--once")

	reqs := w.list()
	if len(reqs) != n {
		t.Fatalf("%d requests, want %d", len(reqs), n)
	}
	for _, r := range reqs {
		if r.Status != "forwarded" {
			t.Errorf("%s is %s, want forwarded", r.Ref, r.Status)
		}
	}
	for _, rq := range requesters {
		box := w.env.WaitCount(t, rq, "INBOX", 1, 30*time.Second)
		if len(box) != 1 || !strings.Contains(parse(t, box[0]).Subject, "[SPOC-") {
			t.Fatalf("%s has %d acknowledgements", rq, len(box))
		}
	}
	fw := w.env.WaitCount(t, w.supplier, "INBOX", n, 30*time.Second)
	if len(fw) != n {
		t.Fatalf("supplier has %d forwards, want %d", len(fw), n)
	}
	for _, m := range w.env.Fetch(t, w.spoc, "INBOX") {
		if !m.HasFlag("$SPOCdProcessed") {
			t.Fatalf("message %d in the SPOC mailbox not marked processed", m.UID)
		}
	}

	// A second run adds nothing and sends nothing.
	w.spocd("run", "--once")
	time.Sleep(2 * time.Second) // anything sent would have been delivered by now
	if got := len(w.list()); got != n {
		t.Fatalf("second run: %d requests", got)
	}
	if got := len(w.env.Mailbox(t, w.supplier, "INBOX")); got != n {
		t.Fatalf("second run: supplier has %d mails", got)
	}
	for _, rq := range requesters {
		if got := len(w.env.Mailbox(t, rq, "INBOX")); got != 1 {
			t.Fatalf("second run: %s has %d mails", rq, got)
		}
	}
}

func TestKillDuringIntakeLosesNothing(t *testing.T) {
	w := newWorld(t, "[[rule]]\nmatch_subject = \"(?i)kapot\"\nextra_work = false\n")
	const n = 200
	var requesters []string
	for i := 0; i < n; i++ {
		from := w.env.Unique(t, fmt.Sprintf("k%03d", i))
		requesters = append(requesters, from)
		w.env.Send(t, from, []string{w.spoc}, w.request(from, fmt.Sprintf("Kast %d kapot", i), "x"))
	}
	w.env.WaitCount(t, w.spoc, "INBOX", n, 60*time.Second)

	kills := 0
	for round := 0; round < 3; round++ {
		cmd := exec.Command(w.bin, "--config", w.cfg, "run")
		cmd.Stderr, cmd.Stdout = os.Stderr, nil
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(200+rand.IntN(600)) * time.Millisecond)
		if err := cmd.Process.Signal(syscall.SIGKILL); err == nil {
			kills++
		}
		cmd.Wait()
	}
	// Then run to the end: the daemon sends what the killed ones had claimed once their
	// lease runs out, and SIGTERM stops it cleanly.
	w.spocd("run", "--once")
	cmd := exec.Command(w.bin, "--config", w.cfg, "run")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	for _, rq := range requesters {
		w.env.WaitCount(t, rq, "INBOX", 1, 4*time.Minute)
	}
	w.env.WaitCount(t, w.supplier, "INBOX", n, 4*time.Minute)
	cmd.Process.Signal(syscall.SIGTERM)
	stopped := make(chan error, 1)
	go func() { stopped <- cmd.Wait() }()
	select {
	case err := <-stopped:
		if err != nil {
			t.Fatalf("spocd run after SIGTERM: %v", err)
		}
	case <-time.After(10 * time.Second):
		cmd.Process.Kill()
		t.Fatal("spocd run did not stop within 10s of SIGTERM")
	}

	reqs := w.list()
	if len(reqs) != n {
		t.Fatalf("after %d SIGKILLs: %d requests, want %d", kills, len(reqs), n)
	}
	seen := map[string]bool{}
	for _, r := range reqs {
		if seen[r.Requester] {
			t.Fatalf("two requests from %s", r.Requester)
		}
		seen[r.Requester] = true
	}
	dupes := 0
	for _, rq := range requesters {
		box := w.env.WaitCount(t, rq, "INBOX", 1, 30*time.Second)
		ids := map[string]bool{}
		for _, raw := range box {
			ids[parse(t, raw).MessageID] = true
		}
		if len(ids) != 1 {
			t.Fatalf("%s has %d different acknowledgements", rq, len(ids))
		}
		dupes += len(box) - 1 // same Message-ID: only after an unknown SMTP outcome
	}
	fw := w.env.WaitCount(t, w.supplier, "INBOX", n, 60*time.Second)
	ids := map[string]bool{}
	for _, raw := range fw {
		ids[parse(t, raw).MessageID] = true
	}
	if len(ids) != n {
		t.Fatalf("supplier has %d distinct forwards, want %d", len(ids), n)
	}
	Figures(t, fmt.Sprintf("%d SIGKILLs during intake of %d mails: %d requests, 0 lost, 0 duplicated, %d resent copies with the same Message-ID", kills, n, len(reqs), dupes+len(fw)-n))
}

func TestApprovalByReplyEndToEnd(t *testing.T) {
	w := newWorld(t, "[[rule]]\nmatch_subject = \"(?i)koffie\"\ncategory = \"catering\"\nextra_work = true\nestimate_eur = 150\n")
	requester := w.env.Unique(t, "bob")
	w.env.Send(t, requester, []string{w.spoc}, w.request(requester, "Koffie voor de raad", "Graag koffie voor 25 personen."))
	w.env.WaitCount(t, w.spoc, "INBOX", 1, 30*time.Second)
	w.spocd("run", "--once")
	if r := w.list(); len(r) != 1 || r[0].Status != "awaiting_approval" {
		t.Fatalf("after intake: %+v", r)
	}
	asks := map[string]*mail.Message{}
	for _, ap := range w.approvers {
		box := w.env.WaitCount(t, ap, "INBOX", 1, 30*time.Second)
		if len(box) != 1 {
			t.Fatalf("%s has %d approval mails", ap, len(box))
		}
		asks[ap] = parse(t, box[0])
		if asks[ap].Token == "" {
			t.Fatalf("approval mail to %s has no token", ap)
		}
	}
	rianne, piet := w.approvers[0], w.approvers[1]

	// Forgeries: a stranger answers with rianne's mail; piet answers with rianne's token.
	stranger := w.env.Unique(t, "mallory")
	w.env.Send(t, stranger, []string{w.spoc}, reply(t, asks[rianne], stranger, "akkoord"))
	w.env.Send(t, piet, []string{w.spoc}, reply(t, asks[rianne], piet, "akkoord"))
	w.env.WaitCount(t, w.spoc, "INBOX", 3, 30*time.Second)
	w.spocd("run", "--once")
	if r := w.list(); r[0].Status != "awaiting_approval" {
		t.Fatalf("forged replies changed the status to %s", r[0].Status)
	}
	told := w.env.WaitCount(t, w.customer, "INBOX", 2, 30*time.Second)
	if len(told) < 2 {
		t.Fatalf("customer SPOC got %d mails about the forgeries", len(told))
	}

	// The real approver answers "Akkoord." on top but changes the amount in Outlook's copy
	// of the request below it: nothing is decided, and she is asked what she meant.
	w.env.Send(t, rianne, []string{asks[rianne].ReplyTo[0].Addr}, outlookReply(t, asks[rianne], rianne, "Akkoord.", func(c string) string {
		if !strings.Contains(c, "150,00") {
			t.Fatalf("the approval mail does not name the amount:\n%s", c)
		}
		return strings.Replace(c, "150,00", "90,00", 1)
	}))
	w.env.WaitCount(t, w.spoc, "INBOX", 4, 30*time.Second)
	w.spocd("run", "--once")
	if r := w.list(); r[0].Status != "awaiting_approval" {
		t.Fatalf("a yes with the amount changed in the copy changed the status to %s", r[0].Status)
	}
	asked := w.env.WaitCount(t, rianne, "INBOX", 2, 30*time.Second)
	if len(asked) != 2 || !strings.Contains(parse(t, asked[1]).Text, "90,00") {
		t.Fatalf("rianne was not asked about the changed copy (%d mails)", len(asked))
	}

	// The real approver answers "akkoord" over SMTP, as a client would.
	w.env.Send(t, rianne, []string{asks[rianne].ReplyTo[0].Addr}, reply(t, asks[rianne], rianne, "Akkoord, graag voor donderdag."))
	w.env.WaitCount(t, w.spoc, "INBOX", 5, 30*time.Second)
	w.spocd("run", "--once")
	if r := w.list(); r[0].Status != "forwarded" {
		t.Fatalf("after akkoord: %s", r[0].Status)
	}
	fw := w.env.WaitCount(t, w.supplier, "INBOX", 1, 30*time.Second)
	fwd := parse(t, fw[0])
	if !strings.Contains(fwd.Text, "graag voor donderdag") || !strings.Contains(fwd.Text, rianne) {
		t.Fatalf("forward lacks the approver or remark:\n%s", fwd.Text)
	}

	// The supplier's "gereed" reaches the requester.
	w.env.Send(t, w.supplier, []string{w.spoc}, reply(t, fwd, w.supplier, "Gereed, de koffie staat klaar."))
	w.env.WaitCount(t, w.spoc, "INBOX", 6, 30*time.Second)
	w.spocd("run", "--once")
	if r := w.list(); r[0].Status != "done" {
		t.Fatalf("after gereed: %s", r[0].Status)
	}
	box := w.env.WaitCount(t, requester, "INBOX", 3, 30*time.Second) // ack, approved, done
	time.Sleep(time.Second)
	box = w.env.Mailbox(t, requester, "INBOX")
	var subjects []string
	for _, raw := range box {
		subjects = append(subjects, parse(t, raw).Subject)
	}
	if len(box) != 3 {
		t.Fatalf("requester got %d mails: %v", len(box), subjects)
	}
}

var _ = filepath.Join
