package workflow_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/spocd/spocd/config"
	"github.com/spocd/spocd/mail"
	"github.com/spocd/spocd/templates"
	"github.com/spocd/spocd/workflow"
	"github.com/spocd/spocd/workflow/sqlstore"
	"github.com/spocd/spocd/workflow/sqlstore/storetest"
)

const testConfig = `
[organisation]
name = "Gemeente Test"
[imap]
address = "127.0.0.1:143"
tls = "none"
username = "spoc@gemeente.test"
password = "x"
since = "2020-01-01"
[smtp]
address = "127.0.0.1:25"
tls = "none"
[spoc]
address = "spoc@gemeente.test"
customer = "facilitair@gemeente.test"
supplier = "spoc@leverancier.test"
supplier_ref_pattern = '\[SSC#(\d+)\]'
response_time = "72h"
[approval]
approvers = ["rianne@gemeente.test", "piet@gemeente.test"]
policy = "%s"
remind_after = "48h"
escalate_after = "120h"
[[rule]]
name = "storing"
match_subject = "(?i)kapot"
category = "storing"
extra_work = false
[[rule]]
name = "catering"
match_subject = "(?i)koffie"
category = "catering"
extra_work = true
estimate_eur = 150
`

type clock struct{ t atomic.Int64 }

func (c *clock) now() time.Time          { return time.UnixMilli(c.t.Load()) }
func (c *clock) advance(d time.Duration) { c.t.Add(d.Milliseconds()) }

type harness struct {
	t     *testing.T
	ctx   context.Context
	db    *sqlstore.DB
	store workflow.Store
	eng   *workflow.Engine
	cfg   *config.Config
	clock *clock
	uid   uint32
}

func newHarness(t *testing.T, db *sqlstore.DB, policy string) *harness {
	t.Helper()
	return newHarnessFrom(t, db, fmt.Sprintf(testConfig, policy))
}

// newHarnessFrom is newHarness with a config text of the test's own.
func newHarnessFrom(t *testing.T, db *sqlstore.DB, cfgText string) *harness {
	t.Helper()
	cfg, err := config.Parse("test.toml", []byte(cfgText), nil)
	if err != nil {
		t.Fatal(err)
	}
	tmpl, err := templates.New()
	if err != nil {
		t.Fatal(err)
	}
	c := &clock{}
	c.t.Store(time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC).UnixMilli())
	h := &harness{t: t, ctx: context.Background(), db: db, store: db, cfg: cfg, clock: c}
	h.eng = workflow.New(cfg, db, tmpl, workflow.WithClock(c.now))
	if _, err := h.eng.Intake(h.ctx, "INBOX"); err != nil {
		t.Fatal(err)
	}
	return h
}

// deliver ingests one raw message (LF line ends are turned into CRLF).
func (h *harness) deliver(raw string) workflow.Outcome {
	h.t.Helper()
	h.uid++
	outs, err := h.eng.IngestBatch(h.ctx, "INBOX", 1, []workflow.Inbound{{UID: h.uid, InternalDate: h.clock.now(), Raw: []byte(strings.ReplaceAll(raw, "\n", "\r\n"))}})
	if err != nil {
		h.t.Fatalf("IngestBatch: %v", err)
	}
	if len(outs) != 1 {
		h.t.Fatalf("IngestBatch gave %d outcomes", len(outs))
	}
	return outs[0]
}

func (h *harness) request(ref string) *workflow.Request {
	h.t.Helper()
	r, err := h.db.RequestByRef(h.ctx, ref)
	if err != nil {
		h.t.Fatalf("request %s: %v", ref, err)
	}
	return r
}

type sent struct {
	row workflow.OutboxMail
	msg *mail.Message
}

// outbox returns every mail written so far, parsed.
func (h *harness) outbox() []sent {
	h.t.Helper()
	if _, _, err := h.eng.RenderQueued(h.ctx, 0); err != nil {
		h.t.Fatal(err)
	}
	rows, err := h.db.Outbox(h.ctx, "")
	if err != nil {
		h.t.Fatal(err)
	}
	var out []sent
	for _, r := range rows {
		if r.Status == "failed" && len(r.Raw) == 0 {
			continue // could not be rendered (TestUnrenderableSpecFailsAndIsReported)
		}
		m, err := mail.Parse(bytes.NewReader(r.Raw), mail.Options{RefPrefix: "SPOC", PlusLocal: "spoc"})
		if err != nil {
			h.t.Fatalf("outbox mail %d unreadable: %v", r.ID, err)
		}
		out = append(out, sent{r, m})
	}
	return out
}

func (h *harness) mailsTo(addr, kind string) []sent {
	var out []sent
	for _, s := range h.outbox() {
		if s.row.Kind == kind && len(s.row.Recipients) == 1 && s.row.Recipients[0] == addr {
			out = append(out, s)
		}
	}
	return out
}

func request(from, subject, body string, extra ...string) string {
	return fmt.Sprintf("From: %s\nTo: spoc@gemeente.test\nSubject: %s\nDate: Mon, 23 Nov 2026 09:00:00 +0100\nMessage-ID: <%d@client.test>\n%s\n%s\n",
		from, subject, time.Now().UnixNano(), strings.Join(append(extra, ""), "\n"), body)
}

// replyTo answers an outgoing mail the way a mail client does: to its Reply-To (or From),
// "Re:" + subject, In-Reply-To, and the original quoted below.
func replyTo(s sent, from, body string) string {
	to := s.msg.From.Addr
	if len(s.msg.ReplyTo) > 0 {
		to = s.msg.ReplyTo[0].Addr
	}
	quoted := "> " + strings.ReplaceAll(strings.TrimSpace(s.msg.Text), "\n", "\n> ")
	return fmt.Sprintf("From: %s\nTo: %s\nSubject: Re: %s\nDate: Mon, 23 Nov 2026 10:00:00 +0100\nMessage-ID: <r%d@client.test>\nIn-Reply-To: <%s>\nReferences: <%s>\nContent-Type: text/plain; charset=utf-8\n\n%s\n\nOp 23 nov 2026 om 09:00 schreef Gemeente Test <spoc@gemeente.test>:\n%s\n",
		from, to, s.msg.Subject, time.Now().UnixNano(), s.msg.MessageID, s.msg.MessageID, body, quoted)
}

func TestNoApprovalNeededIsForwarded(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *sqlstore.DB) {
		h := newHarness(t, db, "any")
		o := h.deliver(request("Alice <alice@gemeente.test>", "Printer kapot", "De printer doet het niet.", "X-Note: 1"))
		if o.Action != "new_request" || o.Ref != "SPOC-0001" {
			t.Fatalf("outcome = %+v", o)
		}
		r := h.request("SPOC-0001")
		if r.Status != workflow.StatusForwarded || r.Category != "storing" || r.ExtraWork || r.NeedsApproval {
			t.Fatalf("request = %+v", r)
		}
		acks := h.mailsTo("alice@gemeente.test", "ack")
		if len(acks) != 1 || !strings.Contains(acks[0].msg.Subject, "[SPOC-0001]") || acks[0].msg.AutoSubmitted != "auto-replied" {
			t.Fatalf("acks = %d %+v", len(acks), acks)
		}
		fw := h.mailsTo("spoc@leverancier.test", "forward")
		if len(fw) != 1 || !strings.Contains(fw[0].msg.Subject, "[SPOC-0001]") || !strings.Contains(fw[0].msg.Text, "De printer doet het niet.") {
			t.Fatalf("forward: %d mails, first subject %q text:\n%s", len(fw), fw[0].msg.Subject, fw[0].msg.Text)
		}
		if fw[0].msg.Ignore != mail.IgnoreNone && fw[0].msg.Ignore != mail.IgnoreOwnMail {
			t.Fatalf("forward looks automatic: %v", fw[0].msg.Ignore)
		}
		evs, _ := h.db.Events(h.ctx, r.ID)
		kinds := []string{}
		for _, e := range evs {
			kinds = append(kinds, e.Kind)
		}
		if strings.Join(kinds, ",") != "received,forwarded" {
			t.Fatalf("events = %v", kinds)
		}
	})
}

func TestRereadChangesNothing(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *sqlstore.DB) {
		h := newHarness(t, db, "any")
		raw := request("Alice <alice@gemeente.test>", "Printer kapot", "Help")
		h.deliver(raw)
		before := len(h.outbox())
		o := h.deliver(raw) // same bytes again, as after a crash or a UIDVALIDITY change
		if o.Action != "duplicate" {
			t.Fatalf("second read = %+v, want duplicate", o)
		}
		reqs, _ := h.db.ListRequests(h.ctx, workflow.ListFilter{})
		if len(reqs) != 1 || len(h.outbox()) != before {
			t.Fatalf("re-read changed things: %d requests, %d mails (was %d)", len(reqs), len(h.outbox()), before)
		}
	})
}

func TestApprovalRoundTrip(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *sqlstore.DB) {
		h := newHarness(t, db, "any")
		h.deliver(request("Bob <bob@gemeente.test>", "Koffie voor de raad", "Graag koffie voor 25 personen."))
		r := h.request("SPOC-0001")
		if r.Status != workflow.StatusAwaitingApproval || *r.EstimateCents != 15000 {
			t.Fatalf("request = %+v", r)
		}
		asks := h.mailsTo("rianne@gemeente.test", "approval")
		other := h.mailsTo("piet@gemeente.test", "approval")
		if len(asks) != 1 || len(other) != 1 {
			t.Fatalf("approval mails: rianne %d, piet %d", len(asks), len(other))
		}
		if asks[0].msg.Token == "" || asks[0].msg.Token == other[0].msg.Token || !mail.ValidToken(asks[0].msg.Token) {
			t.Fatalf("tokens: %q %q", asks[0].msg.Token, other[0].msg.Token)
		}
		if !strings.HasPrefix(asks[0].msg.ReplyTo[0].Addr, "spoc+"+asks[0].msg.Token+"@") {
			t.Fatalf("Reply-To = %v", asks[0].msg.ReplyTo)
		}
		if !strings.Contains(asks[0].msg.Text, "spocd-token: "+asks[0].msg.Token) || !strings.Contains(asks[0].msg.Text, "€ 150,00") {
			t.Fatalf("approval mail text lacks token footer or estimate:\n%s", asks[0].msg.Text)
		}

		o := h.deliver(replyTo(asks[0], "Rianne <rianne@gemeente.test>", "Akkoord, graag voor donderdag."))
		if o.Action != "update_request" || o.Ref != "SPOC-0001" {
			t.Fatalf("reply outcome = %+v", o)
		}
		r = h.request("SPOC-0001")
		if r.Status != workflow.StatusForwarded {
			t.Fatalf("status after akkoord = %s", r.Status)
		}
		apps, _ := h.db.Approvals(h.ctx, r.ID)
		if apps[0].Decision != "approve" || apps[0].Remark != "graag voor donderdag." && apps[0].Remark != "graag voor donderdag" {
			t.Fatalf("approval = %+v", apps[0])
		}
		if len(h.mailsTo("rianne@gemeente.test", "approval_receipt")) != 1 || len(h.mailsTo("spoc@leverancier.test", "forward")) != 1 ||
			len(h.mailsTo("bob@gemeente.test", "approved")) != 1 {
			t.Fatal("missing receipt, forward or approved mail")
		}
		// The second approver's late answer changes nothing and is refused.
		o = h.deliver(replyTo(other[0], "Piet <piet@gemeente.test>", "niet akkoord"))
		if o.Action != "refused" || h.request("SPOC-0001").Status != workflow.StatusForwarded {
			t.Fatalf("late reject: %+v, status %s", o, h.request("SPOC-0001").Status)
		}
		// Replaying the used token refuses too.
		o = h.deliver(replyTo(asks[0], "Rianne <rianne@gemeente.test>", "akkoord"))
		if o.Action != "refused" {
			t.Fatalf("replayed token: %+v", o)
		}
	})
}

func TestRejectionAndPolicies(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *sqlstore.DB) {
		h := newHarness(t, db, "all")
		h.deliver(request("Bob <bob@gemeente.test>", "Koffie", "x"))
		a := h.mailsTo("rianne@gemeente.test", "approval")[0]
		b := h.mailsTo("piet@gemeente.test", "approval")[0]
		h.deliver(replyTo(a, "rianne@gemeente.test", "akkoord"))
		if s := h.request("SPOC-0001").Status; s != workflow.StatusAwaitingApproval {
			t.Fatalf("policy all: one approval gave %s", s)
		}
		h.deliver(replyTo(b, "piet@gemeente.test", "Niet akkoord - te duur"))
		r := h.request("SPOC-0001")
		if r.Status != workflow.StatusRejected {
			t.Fatalf("after reject: %s", r.Status)
		}
		rej := h.mailsTo("bob@gemeente.test", "rejected")
		if len(rej) != 1 || !strings.Contains(rej[0].msg.Text, "te duur") {
			t.Fatalf("rejection mail = %+v", rej)
		}
		if len(h.mailsTo("spoc@leverancier.test", "forward")) != 0 {
			t.Fatal("a rejected request was forwarded")
		}
	})
}

func TestForgedAndUnclearReplies(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *sqlstore.DB) {
		h := newHarness(t, db, "any")
		h.deliver(request("Bob <bob@gemeente.test>", "Koffie", "x"))
		ask := h.mailsTo("rianne@gemeente.test", "approval")[0]
		spocBefore := len(h.mailsTo("facilitair@gemeente.test", "refused"))

		// Another person answers with rianne's token.
		if o := h.deliver(replyTo(ask, "mallory@evil.test", "akkoord")); o.Action != "refused" {
			t.Fatalf("token from another address: %+v", o)
		}
		// Approver without a token.
		noToken := fmt.Sprintf("From: rianne@gemeente.test\nTo: spoc@gemeente.test\nSubject: Re: [SPOC-0001] Koffie\nMessage-ID: <nt@x>\n\nakkoord\n")
		if o := h.deliver(noToken); o.Action != "refused" {
			t.Fatalf("approval without token: %+v", o)
		}
		// A made-up token.
		fake := strings.Replace(replyTo(ask, "rianne@gemeente.test", "akkoord"), ask.msg.Token, "aaaaaaaaaaaaaaaaaaaaaaaaaa", -1)
		if o := h.deliver(fake); o.Action != "refused" {
			t.Fatalf("unknown token: %+v", o)
		}
		if n := len(h.mailsTo("facilitair@gemeente.test", "refused")) - spocBefore; n != 3 {
			t.Fatalf("customer SPOC told %d times, want 3", n)
		}
		// A question is no decision: clarification to the approver, case to the SPOC.
		if o := h.deliver(replyTo(ask, "rianne@gemeente.test", "Akkoord? Wat kost het precies?")); o.Action != "update_request" {
			t.Fatalf("question: %+v", o)
		}
		if len(h.mailsTo("rianne@gemeente.test", "clarification")) != 1 {
			t.Fatal("no clarification mail")
		}
		if s := h.request("SPOC-0001").Status; s != workflow.StatusAwaitingApproval {
			t.Fatalf("status after forgeries and a question = %s", s)
		}
		// The positive control: the real approver with her token approves.
		h.deliver(replyTo(ask, "Rianne <RIANNE@gemeente.test>", "akkoord"))
		if s := h.request("SPOC-0001").Status; s != workflow.StatusForwarded {
			t.Fatalf("real approval: %s", s)
		}
	})
}

func TestFourEyes(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *sqlstore.DB) {
		h := newHarness(t, db, "any")
		h.deliver(request("Rianne <rianne@gemeente.test>", "Koffie", "x"))
		if n := len(h.mailsTo("rianne@gemeente.test", "approval")); n != 0 {
			t.Fatalf("requester asked to approve own request %d times", n)
		}
		if n := len(h.mailsTo("piet@gemeente.test", "approval")); n != 1 {
			t.Fatalf("other approver asked %d times", n)
		}
	})
}

func TestSupplierBridge(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *sqlstore.DB) {
		h := newHarness(t, db, "any")
		h.deliver(request("Alice <alice@gemeente.test>", "Lamp kapot", "In kamer 2.14"))
		fw := h.mailsTo("spoc@leverancier.test", "forward")[0]
		// The ticket system answers the thread, strips our tag and adds its own number.
		ack := fmt.Sprintf("From: SSC <servicedesk@leverancier.test>\nTo: spoc@gemeente.test\nSubject: Melding ontvangen [SSC#48213]\nMessage-ID: <s1@leverancier.test>\nIn-Reply-To: <%s>\n\nWe hebben uw melding ontvangen.\n", fw.msg.MessageID)
		if o := h.deliver(ack); o.Ref != "SPOC-0001" {
			t.Fatalf("supplier ack matched %+v", o)
		}
		if r := h.request("SPOC-0001"); r.SupplierRef != "48213" || r.Status != workflow.StatusForwarded {
			t.Fatalf("supplier ref not learned: %+v", r)
		}
		if n := len(h.mailsTo("facilitair@gemeente.test", "note_spoc")); n != 1 {
			t.Fatalf("note to SPOC: %d", n)
		}
		// Later mail only carries their number.
		// TOPdesk-style status mail, marked auto-generated.
		done := "From: SSC <servicedesk@leverancier.test>\nTo: spoc@gemeente.test\nSubject: Update [SSC#48213]\nAuto-Submitted: auto-generated\nMessage-ID: <s2@leverancier.test>\n\nGereed, de lamp is vervangen.\n"
		if o := h.deliver(done); o.Ref != "SPOC-0001" {
			t.Fatalf("match by supplier ref: %+v", o)
		}
		r := h.request("SPOC-0001")
		if r.Status != workflow.StatusDone || r.DoneAt == nil {
			t.Fatalf("status = %s", r.Status)
		}
		st := h.mailsTo("alice@gemeente.test", "status")
		if len(st) != 1 {
			t.Fatalf("requester status mails: %d", len(st))
		}
	})
}

func TestCancelTellsSupplier(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *sqlstore.DB) {
		h := newHarness(t, db, "any")
		h.deliver(request("Alice <alice@gemeente.test>", "Stoel kapot", "x"))
		ack := h.mailsTo("alice@gemeente.test", "ack")[0]
		h.deliver(replyTo(ack, "Alice <alice@gemeente.test>", "Annuleren, hij is al gerepareerd."))
		if s := h.request("SPOC-0001").Status; s != workflow.StatusCancelled {
			t.Fatalf("status = %s", s)
		}
		if len(h.mailsTo("spoc@leverancier.test", "cancelled")) != 1 {
			t.Fatal("supplier not told of the cancellation")
		}
	})
}

func TestFollowUpPassedToSupplier(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *sqlstore.DB) {
		h := newHarness(t, db, "any")
		h.deliver(request("Alice <alice@gemeente.test>", "Deur kapot", "x"))
		ack := h.mailsTo("alice@gemeente.test", "ack")[0]
		h.deliver(replyTo(ack, "alice@gemeente.test", "Het gaat om de achterdeur, niet de voordeur."))
		f := h.mailsTo("spoc@leverancier.test", "followup")
		if len(f) != 1 || !strings.Contains(f[0].msg.Text, "achterdeur") {
			t.Fatalf("followup = %+v", f)
		}
		if s := h.request("SPOC-0001").Status; s != workflow.StatusForwarded {
			t.Fatalf("status = %s", s)
		}
	})
}

func TestStrangerWithGuessedRef(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *sqlstore.DB) {
		h := newHarness(t, db, "any")
		h.deliver(request("Alice <alice@gemeente.test>", "Raam kapot", "x"))
		o := h.deliver("From: someone@elsewhere.test\nTo: spoc@gemeente.test\nSubject: [SPOC-0001] annuleren\nMessage-ID: <g@x>\n\nannuleren\n")
		if o.Action != "triage" {
			t.Fatalf("stranger with ref: %+v", o)
		}
		if s := h.request("SPOC-0001").Status; s != workflow.StatusForwarded {
			t.Fatalf("stranger changed the request: %s", s)
		}
	})
}

func TestAutomaticMailAndHistory(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *sqlstore.DB) {
		h := newHarness(t, db, "any")
		o := h.deliver("From: alice@gemeente.test\nTo: spoc@gemeente.test\nSubject: Automatisch antwoord: afwezig\nAuto-Submitted: auto-replied\nMessage-ID: <oof@x>\n\nIk ben afwezig.\n")
		if o.Action != "ignore" || o.Reason != "auto-reply" {
			t.Fatalf("auto-reply: %+v", o)
		}
		// Mail older than [imap] since is history.
		h.uid++
		old := request("Alice <alice@gemeente.test>", "Oude vraag", "x")
		outs, err := h.eng.IngestBatch(h.ctx, "INBOX", 1, []workflow.Inbound{{UID: h.uid, InternalDate: time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC), Raw: []byte(old)}})
		if err != nil || outs[0].Action != "history" {
			t.Fatalf("old mail: %+v %v", outs, err)
		}
		if n := len(h.outbox()); n != 0 {
			t.Fatalf("%d mails sent for automatic or old mail", n)
		}
	})
}

func TestAckRateLimit(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *sqlstore.DB) {
		h := newHarness(t, db, "any")
		for i := 0; i < 8; i++ {
			h.deliver(request("Alice <alice@gemeente.test>", fmt.Sprintf("Lamp %d kapot", i), "x"))
		}
		if n := len(h.mailsTo("alice@gemeente.test", "ack")); n != h.cfg.Acknowledgement.MaxPerHour {
			t.Fatalf("acks = %d, want %d", n, h.cfg.Acknowledgement.MaxPerHour)
		}
		reqs, _ := h.db.ListRequests(h.ctx, workflow.ListFilter{})
		if len(reqs) != 8 {
			t.Fatalf("requests = %d, want 8 (the limit is on mail, not on requests)", len(reqs))
		}
	})
}

func TestTimers(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *sqlstore.DB) {
		h := newHarness(t, db, "any")
		h.deliver(request("Bob <bob@gemeente.test>", "Koffie", "x"))
		h.deliver(request("Alice <alice@gemeente.test>", "Kast kapot", "x"))
		if n, err := h.eng.Tick(h.ctx); err != nil || n != 0 {
			t.Fatalf("early tick = %d, %v", n, err)
		}
		h.clock.advance(49 * time.Hour)
		if n, _ := h.eng.Tick(h.ctx); n != 2 {
			t.Fatalf("tick after 49h sent %d, want 2 reminders", n)
		}
		if n, _ := h.eng.Tick(h.ctx); n != 0 {
			t.Fatalf("reminders sent twice: %d", n)
		}
		rem := h.mailsTo("rianne@gemeente.test", "reminder")
		if len(rem) != 1 || rem[0].msg.Token == "" {
			t.Fatalf("reminder = %+v", rem)
		}
		h.clock.advance(24 * time.Hour) // 73h: past the supplier response time
		if n, _ := h.eng.Tick(h.ctx); n != 1 || len(h.mailsTo("spoc@leverancier.test", "supplier_reminder")) != 1 {
			t.Fatalf("supplier reminder: %d", n)
		}
		h.clock.advance(48 * time.Hour) // 121h: escalate
		if n, _ := h.eng.Tick(h.ctx); n != 1 || len(h.mailsTo("facilitair@gemeente.test", "escalation")) != 1 {
			t.Fatalf("escalation: %d", n)
		}
		// The reminder's token approves as well.
		h.deliver(replyTo(rem[0], "rianne@gemeente.test", "akkoord"))
		if s := h.request("SPOC-0001").Status; s != workflow.StatusForwarded {
			t.Fatalf("approval with reminder token: %s", s)
		}
	})
}

// failingStore fails every transaction that records a message from a poisoned sender.
type failingStore struct {
	workflow.Store
}

type failingTx struct{ workflow.Tx }

func (f failingStore) InTx(ctx context.Context, fn func(workflow.Tx) error) error {
	return f.Store.InTx(ctx, func(tx workflow.Tx) error { return fn(failingTx{tx}) })
}

func (t failingTx) RecordMessage(ctx context.Context, m *workflow.InboundRecord) error {
	if strings.HasPrefix(m.From, "poison") {
		return errors.New("simulated failure")
	}
	return t.Tx.RecordMessage(ctx, m)
}

func TestPoisonMessageQuarantined(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *sqlstore.DB) {
		h := newHarness(t, db, "any")
		tmpl, _ := templates.New()
		eng := workflow.New(h.cfg, failingStore{db}, tmpl, workflow.WithClock(h.clock.now))
		batch := []workflow.Inbound{
			{UID: 1, Raw: []byte(request("Alice <alice@gemeente.test>", "Lamp kapot", "x"))},
			{UID: 2, Raw: []byte(request("poison@gemeente.test", "Lamp kapot", "x"))},
			{UID: 3, Raw: []byte(request("Carol <carol@gemeente.test>", "Lamp kapot", "x"))},
		}
		var outs []workflow.Outcome
		var err error
		for attempt := 1; attempt <= 3; attempt++ {
			st, _ := h.db.Mailbox(h.ctx, "INBOX")
			var todo []workflow.Inbound
			for _, in := range batch {
				if in.UID > st.LastUID {
					todo = append(todo, in)
				}
			}
			outs, err = eng.IngestBatch(h.ctx, "INBOX", 1, todo)
			if attempt < 3 && err == nil {
				t.Fatalf("attempt %d: no error for the poison message", attempt)
			}
		}
		if err != nil {
			t.Fatalf("third attempt: %v", err)
		}
		if outs[0].UID != 2 || outs[0].Action != "quarantined" || outs[1].UID != 3 || outs[1].Action != "new_request" {
			t.Fatalf("outcomes = %+v", outs)
		}
		reqs, _ := h.db.ListRequests(h.ctx, workflow.ListFilter{})
		if len(reqs) != 2 {
			t.Fatalf("requests = %d, want 2 (alice and carol)", len(reqs))
		}
		if n := len(h.mailsTo("facilitair@gemeente.test", "triage")); n != 1 {
			t.Fatalf("SPOC told of quarantine %d times", n)
		}
	})
}

func TestHigherQuoteAsksAgain(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *sqlstore.DB) {
		h := newHarness(t, db, "any")
		h.deliver(request("Bob <bob@gemeente.test>", "Koffie", "x"))
		first := h.mailsTo("rianne@gemeente.test", "approval")[0]
		h.deliver(replyTo(first, "rianne@gemeente.test", "akkoord"))
		fw := h.mailsTo("spoc@leverancier.test", "forward")[0]
		h.deliver(replyTo(fw, "servicedesk@leverancier.test", "Onze offerte: € 1.250,00 excl. btw."))
		r := h.request("SPOC-0001")
		if r.Status != workflow.StatusAwaitingApproval || r.ApprovalRound != 2 || *r.EstimateCents != 125000 {
			t.Fatalf("after a higher quote: status %s round %d estimate %v", r.Status, r.ApprovalRound, *r.EstimateCents)
		}
		asks := h.mailsTo("rianne@gemeente.test", "approval")
		if len(asks) != 2 || !strings.Contains(asks[1].msg.Text, "1.250,00") {
			t.Fatalf("second approval mails: %d", len(asks))
		}
		// The old token belongs to round 1.
		if o := h.deliver(replyTo(first, "rianne@gemeente.test", "akkoord")); o.Action != "refused" {
			t.Fatalf("round-1 token in round 2: %+v", o)
		}
		h.deliver(replyTo(asks[1], "rianne@gemeente.test", "akkoord"))
		if s := h.request("SPOC-0001").Status; s != workflow.StatusForwarded {
			t.Fatalf("after re-approval: %s", s)
		}
	})
}

func TestAmountRuleAndDelegate(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *sqlstore.DB) {
		h := newHarness(t, db, "any")
		h.cfg.Approval.AmountRules = []config.AmountRule{{AboveEUR: 100, Approvals: 2}}
		h.cfg.Approval.Delegates = map[string]string{"piet@gemeente.test": "jan@gemeente.test"}
		h.deliver(request("Bob <bob@gemeente.test>", "Koffie", "x")) // € 150 > € 100: two approvals
		r1 := h.mailsTo("rianne@gemeente.test", "approval")[0]
		p1 := h.mailsTo("piet@gemeente.test", "approval")[0]
		h.deliver(replyTo(r1, "rianne@gemeente.test", "akkoord"))
		if s := h.request("SPOC-0001").Status; s != workflow.StatusAwaitingApproval {
			t.Fatalf("one of two approvals gave %s", s)
		}
		// Piet is away: his out-of-office routes the request to Jan.
		oof := fmt.Sprintf("From: piet@gemeente.test\nTo: spoc@gemeente.test\nSubject: Automatisch antwoord: %s\nAuto-Submitted: auto-replied\nIn-Reply-To: <%s>\nMessage-ID: <oof1@x>\n\nIk ben afwezig tot maandag.\n", p1.msg.Subject, p1.msg.MessageID)
		if o := h.deliver(oof); o.Action != "ignore" {
			t.Fatalf("out-of-office: %+v", o)
		}
		j := h.mailsTo("jan@gemeente.test", "approval")
		if len(j) != 1 {
			t.Fatalf("delegate asked %d times", len(j))
		}
		h.deliver(replyTo(j[0], "jan@gemeente.test", "akkoord"))
		if s := h.request("SPOC-0001").Status; s != workflow.StatusForwarded {
			t.Fatalf("after the delegate's approval: %s", s)
		}
	})
}

func TestAuthenticationRequired(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *sqlstore.DB) {
		h := newHarness(t, db, "any")
		h.cfg.Approval.RequireAuthentication = "mx.gemeente.test"
		h.eng = workflow.New(h.cfg, db, mustTemplates(t), workflow.WithClock(h.clock.now))
		h.deliver(request("Bob <bob@gemeente.test>", "Koffie", "x"))
		ask := h.mailsTo("rianne@gemeente.test", "approval")[0]
		forged := "Authentication-Results: evil.test; dmarc=pass header.from=gemeente.test\n" + replyTo(ask, "rianne@gemeente.test", "akkoord")
		if o := h.deliver(forged); o.Action != "refused" {
			t.Fatalf("untrusted Authentication-Results: %+v", o)
		}
		failed := "Authentication-Results: mx.gemeente.test; dmarc=fail header.from=gemeente.test\n" + replyTo(ask, "rianne@gemeente.test", "akkoord")
		if o := h.deliver(failed); o.Action != "refused" {
			t.Fatalf("dmarc=fail: %+v", o)
		}
		evs, _ := h.db.Events(h.ctx, h.request("SPOC-0001").ID)
		refused := 0
		for _, e := range evs {
			if e.Kind == "refused" && strings.Contains(e.Detail, "not authenticated") {
				refused++
			}
		}
		if refused != 2 {
			t.Fatalf("recorded authentication refusals = %d, want 2", refused)
		}
		good := "Authentication-Results: mx.gemeente.test; dkim=pass header.d=gemeente.test; dmarc=pass header.from=gemeente.test\n" + replyTo(ask, "rianne@gemeente.test", "akkoord")
		h.deliver(good)
		if s := h.request("SPOC-0001").Status; s != workflow.StatusForwarded {
			t.Fatalf("authenticated approval: %s", s)
		}
	})
}

func mustTemplates(t *testing.T) *templates.Set {
	t.Helper()
	s, err := templates.New()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestAuditVerify(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *sqlstore.DB) {
		h := newHarness(t, db, "any")
		h.deliver(request("Bob <bob@gemeente.test>", "Koffie", "x"))
		h.deliver(replyTo(h.mailsTo("rianne@gemeente.test", "approval")[0], "rianne@gemeente.test", "akkoord"))
		h.deliver(request("Alice <alice@gemeente.test>", "Lamp kapot", "x"))
		rep, err := h.eng.VerifyAudit(h.ctx)
		if err != nil || rep.BrokenAt != nil || rep.Events < 6 || rep.Messages < 3 {
			t.Fatalf("clean log: %+v, %v", rep, err)
		}
		sqldb := db.SQL()
		// Change one event's detail: that event is named.
		var id int64
		if err := sqldb.Get(&id, `SELECT id FROM events WHERE kind = 'approved'`); err != nil {
			t.Fatal(err)
		}
		if _, err := sqldb.Exec(sqldb.Rebind(`UPDATE events SET detail = 'forged' WHERE id = ?`), id); err != nil {
			t.Fatal(err)
		}
		rep, _ = h.eng.VerifyAudit(h.ctx)
		if rep.BrokenAt == nil || rep.BrokenAt.ID != id || !strings.Contains(rep.Problem, "changed") {
			t.Fatalf("changed event: %+v", rep)
		}
		if _, err := sqldb.Exec(sqldb.Rebind(`UPDATE events SET detail = '' WHERE id = ?`), id); err != nil {
			t.Fatal(err)
		}
		if rep, _ = h.eng.VerifyAudit(h.ctx); rep.BrokenAt != nil {
			t.Fatalf("restored event still broken: %+v", rep)
		}
		// Change a stored raw mail: the first event that refers to it is named.
		if _, err := sqldb.Exec(sqldb.Rebind(`UPDATE messages SET raw = ? WHERE id = 1`), []byte("tampered")); err != nil {
			t.Fatal(err)
		}
		rep, _ = h.eng.VerifyAudit(h.ctx)
		if rep.BrokenAt == nil || !strings.Contains(rep.Problem, "raw mail") {
			t.Fatalf("tampered raw mail: %+v", rep)
		}
		// Delete an event: the next one no longer links.
		var last int64
		sqldb.Get(&last, `SELECT MAX(id) FROM events`)
		sqldb.Exec(sqldb.Rebind(`DELETE FROM events WHERE id = ?`), last-1)
		sqldb.Exec(sqldb.Rebind(`UPDATE messages SET raw = NULL WHERE id = 1`))
		rep, _ = h.eng.VerifyAudit(h.ctx)
		if rep.BrokenAt == nil {
			t.Fatalf("deleted event not found: %+v", rep)
		}
	})
}

func TestBreakers(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *sqlstore.DB) {
		h := newHarness(t, db, "any")
		h.cfg.Acknowledgement.MaxTotalPerHour = 3
		h.cfg.Acknowledgement.MaxNoticesPerHour = 2
		for i := 0; i < 5; i++ {
			h.deliver(request(fmt.Sprintf("u%d@gemeente.test", i), "Lamp kapot", "x"))
		}
		acks := 0
		for _, s := range h.outbox() {
			if s.row.Kind == "ack" {
				acks++
			}
		}
		if acks != 3 {
			t.Fatalf("acknowledgements with a breaker of 3 an hour: %d", acks)
		}
		h.deliver(request("Bob <bob@gemeente.test>", "Koffie", "x"))
		ask := h.mailsTo("rianne@gemeente.test", "approval")[0]
		for i := 0; i < 4; i++ {
			if o := h.deliver(replyTo(ask, fmt.Sprintf("forger%d@evil.test", i), "akkoord")); o.Action != "refused" {
				t.Fatalf("forgery %d: %+v", i, o)
			}
		}
		if n := len(h.mailsTo("facilitair@gemeente.test", "refused")); n != 2 {
			t.Fatalf("refusal notices mailed: %d, want 2", n)
		}
		evs, _ := h.db.Events(h.ctx, h.request("SPOC-0006").ID)
		refused, suppressed := 0, 0
		for _, e := range evs {
			switch e.Kind {
			case "refused":
				refused++
			case "notice_suppressed":
				suppressed++
			}
		}
		if refused != 4 || suppressed != 2 {
			t.Fatalf("events: %d refused, %d suppressed notices; want 4 and 2", refused, suppressed)
		}
		// Time heals: an hour later notices go out again.
		h.clock.advance(61 * time.Minute)
		h.deliver(replyTo(ask, "forger9@evil.test", "akkoord"))
		if n := len(h.mailsTo("facilitair@gemeente.test", "refused")); n != 3 {
			t.Fatalf("after an hour: %d notices", n)
		}
	})
}

// A message parsed ahead (Engine.Prepare, on the fetching goroutine) is used as is; one
// prepared from other bytes is ignored and the message parsed again.
func TestIngestPrepared(t *testing.T) {
	h := newHarness(t, storetest.SQLite(t), "any")
	mk := func(subject string) []byte {
		return []byte("From: Jan <jan@gemeente.test>\r\nTo: spoc@gemeente.test\r\nSubject: " + subject +
			"\r\nMessage-ID: <" + strings.ReplaceAll(subject, " ", "-") + "@gemeente.test>\r\nDate: Mon, 23 Nov 2026 08:00:00 +0100\r\n\r\nGraag.\r\n")
	}
	a, b := mk("Lamp kapot"), mk("Koffie voor de raad")
	outs, err := h.eng.IngestBatch(h.ctx, "INBOX", 1, []workflow.Inbound{
		{UID: 1, InternalDate: h.clock.now(), Raw: a, Prepared: h.eng.Prepare(a)},
		{UID: 2, InternalDate: h.clock.now(), Raw: b, Prepared: h.eng.Prepare(a)}, // prepared from a: not b's
	})
	if err != nil || len(outs) != 2 {
		t.Fatalf("IngestBatch = %v, %v", outs, err)
	}
	if outs[0].Action != "new_request" || outs[1].Action != "new_request" || outs[0].Ref == outs[1].Ref {
		t.Fatalf("outcomes %+v, want two new requests", outs)
	}
	if r := h.request(outs[0].Ref); r.Subject != "Lamp kapot" || r.Category != "storing" {
		t.Errorf("first request: %q in %q", r.Subject, r.Category)
	}
	if r := h.request(outs[1].Ref); r.Subject != "Koffie voor de raad" || r.Category != "catering" {
		t.Errorf("second request read from the wrong preparation: %q in %q", r.Subject, r.Category)
	}
}

// A large raw mail kept in a SQLite blob file is evidence like any other: a changed or
// removed file is named by audit verify.
func TestAuditVerifyBlob(t *testing.T) {
	dir := t.TempDir()
	db := storetest.SQLiteAt(t, dir+"/spocd.db")
	h := newHarness(t, db, "any")
	h.deliver(request("Bob <bob@gemeente.test>", "Lamp kapot", strings.Repeat("De lamp in kamer 12 knippert. ", 4000)))
	rep, err := h.eng.VerifyAudit(h.ctx)
	if err != nil || rep.BrokenAt != nil || rep.Messages < 1 {
		t.Fatalf("clean log: %+v, %v", rep, err)
	}
	var blob string
	if err := db.SQL().Get(&blob, `SELECT raw_blob FROM messages WHERE id = 1`); err != nil || blob == "" {
		t.Fatalf("the 120 KB request is not in a blob file: %q, %v", blob, err)
	}
	file := dir + "/spocd.db-blobs/" + blob[:2] + "/" + blob
	if err := os.WriteFile(file, []byte("tampered"), 0o600); err != nil {
		t.Fatal(err)
	}
	rep, err = h.eng.VerifyAudit(h.ctx)
	if err != nil || rep.BrokenAt == nil || !strings.Contains(rep.Problem, "changed or removed") {
		t.Fatalf("changed blob: %+v, %v", rep, err)
	}
	os.Remove(file)
	rep, err = h.eng.VerifyAudit(h.ctx)
	if err != nil || rep.BrokenAt == nil || !strings.Contains(rep.Problem, "changed or removed") {
		t.Fatalf("removed blob: %+v, %v", rep, err)
	}
}

// slowStager writes staged blobs slowly, as a busy disk would.
type slowStager struct {
	*sqlstore.DB
	done atomic.Int32
}

func (s *slowStager) StageRaw(raw []byte, sha string) error {
	time.Sleep(50 * time.Millisecond)
	err := s.DB.StageRaw(raw, sha)
	s.done.Add(1)
	return err
}

// A large mail's file is written while it is parsed (Engine.Prepare), but IngestBatch
// returns only once that write is done: the fetcher reuses the batch's memory after it.
func TestIngestWaitsForStagedBlob(t *testing.T) {
	dir := t.TempDir()
	db := storetest.SQLiteAt(t, dir+"/spocd.db")
	st := &slowStager{DB: db}
	cfg, err := config.Parse("test.toml", []byte(fmt.Sprintf(testConfig, "any")), nil)
	if err != nil {
		t.Fatal(err)
	}
	tmpl, err := templates.New()
	if err != nil {
		t.Fatal(err)
	}
	eng := workflow.New(cfg, st, tmpl)
	ctx := context.Background()
	if _, err := eng.Intake(ctx, "INBOX"); err != nil {
		t.Fatal(err)
	}
	raw := []byte(strings.ReplaceAll(request("Bob <bob@gemeente.test>", "Lamp kapot", strings.Repeat("De lamp in kamer 12 knippert. ", 4000)), "\n", "\r\n"))
	small := []byte(strings.ReplaceAll(request("Bob <bob@gemeente.test>", "Kraan lekt", "Graag."), "\n", "\r\n"))
	p, q := eng.Prepare(raw), eng.Prepare(small)
	outs, err := eng.IngestBatch(ctx, "INBOX", 1, []workflow.Inbound{
		{UID: 1, InternalDate: time.Now(), Raw: raw, Prepared: p},
		{UID: 2, InternalDate: time.Now(), Raw: small, Prepared: q},
	})
	if err != nil || len(outs) != 2 || outs[0].Action != "new_request" {
		t.Fatalf("IngestBatch = %+v, %v", outs, err)
	}
	if n := st.done.Load(); n != 1 {
		t.Fatalf("IngestBatch returned with %d of 1 staged writes done (the small mail stages nothing)", n)
	}
	var blob string
	if err := db.SQL().Get(&blob, `SELECT raw_blob FROM messages WHERE uid = 1`); err != nil || blob == "" {
		t.Fatalf("the large mail is not in a blob file: %q, %v", blob, err)
	}
	got, err := os.ReadFile(dir + "/spocd.db-blobs/" + blob[:2] + "/" + blob)
	if err != nil || !bytes.Equal(got, raw) {
		t.Fatalf("blob file: %d bytes, %v; want the %d bytes of the mail", len(got), err, len(raw))
	}
}

// A yes that names something the request does not hold ("Akkoord met de notulen.", by the
// mail button, so without the quoted request) is no approval of it: the approver is asked
// to clarify and the request keeps waiting; a yes that names the request approves.
func TestApprovalOutsideScope(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *sqlstore.DB) {
		h := newHarness(t, db, "any")
		h.deliver(request("Bob <bob@gemeente.test>", "Koffie voor de raad", "Graag koffie voor 25 personen."))
		ask := h.mailsTo("rianne@gemeente.test", "approval")[0]
		button := func(body string) string {
			return fmt.Sprintf("From: Rianne <rianne@gemeente.test>\nTo: spoc+%s@gemeente.test\nSubject: Re: [SPOC-0001]\nMessage-ID: <%d@x>\n\n%s\n",
				ask.msg.Token, len(body), body)
		}
		if o := h.deliver(button("Akkoord met de notulen van de vorige vergadering.")); o.Action != "update_request" {
			t.Fatalf("outcome = %+v", o)
		}
		if s := h.request("SPOC-0001").Status; s != workflow.StatusAwaitingApproval {
			t.Fatalf("a yes to the minutes gave %s", s)
		}
		if len(h.mailsTo("rianne@gemeente.test", "clarification")) != 1 {
			t.Fatal("no clarification mail")
		}
		h.deliver(button("Akkoord voor de koffie."))
		if s := h.request("SPOC-0001").Status; s != workflow.StatusForwarded {
			t.Fatalf("a yes to the coffee gave %s", s)
		}
	})
}
