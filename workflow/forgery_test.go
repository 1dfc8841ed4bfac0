package workflow_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/spocd/spocd/workflow"
	"github.com/spocd/spocd/workflow/sqlstore"
	"github.com/spocd/spocd/workflow/sqlstore/storetest"
)

// The forgery suite (issue 5, item 6). Every forgery is refused with its reason recorded
// on the request and the customer SPOC told; next to each one a positive control that
// does succeed, so the suite cannot pass by refusing everything.

const customerSPOC = "facilitair@gemeente.test"

// spocMails counts the mails written to the customer SPOC so far.
func (h *harness) spocMails() int {
	h.t.Helper()
	n := 0
	for _, s := range h.outbox() {
		if len(s.row.Recipients) == 1 && s.row.Recipients[0] == customerSPOC {
			n++
		}
	}
	return n
}

// lastEvent returns the newest audit event of a kind.
func (h *harness) lastEvent(kind string) *workflow.Event {
	h.t.Helper()
	var last *workflow.Event
	err := h.db.AllEvents(h.ctx, func(e workflow.Event) error {
		if e.Kind == kind {
			ev := e
			last = &ev
		}
		return nil
	})
	if err != nil {
		h.t.Fatal(err)
	}
	return last
}

// forged delivers a forgery and checks it was refused (action), the reason is recorded
// in the audit log, the customer SPOC got one mail about it, and ref did not change.
func (h *harness) forged(raw, action, reason, ref string) {
	h.t.Helper()
	before := h.spocMails()
	var status workflow.Status
	if ref != "" {
		status = h.request(ref).Status
	}
	o := h.deliver(raw)
	if o.Action != action {
		h.t.Fatalf("forgery outcome = %+v, want action %s", o, action)
	}
	ev := h.lastEvent(action)
	if ev == nil || !strings.Contains(ev.Detail, reason) {
		h.t.Fatalf("recorded %s event = %+v, want a detail containing %q", action, ev, reason)
	}
	if ev.MessageID == "" || ev.RawSHA256 == "" {
		h.t.Fatalf("refusal event %+v does not name the mail behind it", ev)
	}
	if n := h.spocMails() - before; n != 1 {
		h.t.Fatalf("customer SPOC got %d mails about the forgery, want 1", n)
	}
	if ref != "" {
		if got := h.request(ref).Status; got != status {
			h.t.Fatalf("forgery changed %s from %s to %s", ref, status, got)
		}
	}
}

// control delivers the genuine mail and checks that ref reaches want.
func (h *harness) control(raw, ref string, want workflow.Status) {
	h.t.Helper()
	o := h.deliver(raw)
	if o.Action == "refused" || o.Action == "triage" {
		h.t.Fatalf("positive control refused: %+v", o)
	}
	if got := h.request(ref).Status; got != want {
		h.t.Fatalf("positive control: %s is %s, want %s", ref, got, want)
	}
}

func (h *harness) ask(approver string, i int) sent {
	h.t.Helper()
	asks := h.mailsTo(approver, "approval")
	if len(asks) <= i {
		h.t.Fatalf("%s has %d approval mails, want more than %d", approver, len(asks), i)
	}
	return asks[i]
}

const (
	rianne = "rianne@gemeente.test"
	piet   = "piet@gemeente.test"
)

func TestForgery(t *testing.T) {
	cases := []struct {
		name   string
		policy string
		setup  func(h *harness) // config changes before the request arrives
		run    func(h *harness)
	}{
		{name: "forged From without a token", policy: "any", run: func(h *harness) {
			h.deliver(request("Bob <bob@gemeente.test>", "Koffie", "x"))
			forged := "From: Rianne <rianne@gemeente.test>\nTo: spoc@gemeente.test\nSubject: Re: [SPOC-0001] Koffie\nMessage-ID: <forged-from@evil.test>\n\nakkoord\n"
			h.forged(forged, "refused", "decision without an approval token", "SPOC-0001")
			h.control(replyTo(h.ask(rianne, 0), rianne, "akkoord"), "SPOC-0001", workflow.StatusForwarded)
		}},
		{name: "valid token from another address", policy: "any", run: func(h *harness) {
			h.deliver(request("Bob <bob@gemeente.test>", "Koffie", "x"))
			ask := h.ask(rianne, 0)
			h.forged(replyTo(ask, "Mallory <mallory@evil.test>", "akkoord"), "refused", "token was issued to rianne@gemeente.test, the reply came from mallory@evil.test", "SPOC-0001")
			h.control(replyTo(ask, rianne, "akkoord"), "SPOC-0001", workflow.StatusForwarded)
		}},
		{name: "another approver's token", policy: "any", run: func(h *harness) {
			h.deliver(request("Bob <bob@gemeente.test>", "Koffie", "x"))
			h.forged(replyTo(h.ask(rianne, 0), piet, "akkoord"), "refused", "token was issued to rianne@gemeente.test, the reply came from piet@gemeente.test", "SPOC-0001")
			h.control(replyTo(h.ask(piet, 0), piet, "akkoord"), "SPOC-0001", workflow.StatusForwarded)
		}},
		{name: "replayed token", policy: "all", run: func(h *harness) {
			h.deliver(request("Bob <bob@gemeente.test>", "Koffie", "x"))
			ask := h.ask(rianne, 0)
			h.control(replyTo(ask, rianne, "akkoord"), "SPOC-0001", workflow.StatusAwaitingApproval)
			// The same answer again (a new Message-ID, as a resend would have): one token, one decision.
			h.forged(replyTo(ask, rianne, "akkoord"), "refused", "token already used", "SPOC-0001")
			h.control(replyTo(h.ask(piet, 0), piet, "akkoord"), "SPOC-0001", workflow.StatusForwarded)
		}},
		{name: "token after expiry", policy: "any", run: func(h *harness) {
			h.deliver(request("Bob <bob@gemeente.test>", "Koffie", "x"))
			h.clock.advance(h.cfg.Approval.TokenTTL.Duration + time.Hour)
			h.deliver(request("Carol <carol@gemeente.test>", "Koffie", "y"))
			h.forged(replyTo(h.ask(rianne, 0), rianne, "akkoord"), "refused", "token expired", "SPOC-0001")
			h.control(replyTo(h.ask(rianne, 1), rianne, "akkoord"), "SPOC-0002", workflow.StatusForwarded)
		}},
		{name: "requester approves own request", policy: "any",
			setup: func(h *harness) { h.cfg.Approval.Delegates = map[string]string{piet: rianne} },
			run: func(h *harness) {
				// Rianne asks, so only Piet is asked; Rianne is Piet's delegate and answers his mail.
				h.deliver(request("Rianne <rianne@gemeente.test>", "Koffie", "x"))
				if n := len(h.mailsTo(rianne, "approval")); n != 0 {
					h.t.Fatalf("requester asked to approve %d times", n)
				}
				ask := h.ask(piet, 0)
				h.forged(replyTo(ask, rianne, "akkoord"), "refused", "four-eyes", "SPOC-0001")
				h.control(replyTo(ask, piet, "akkoord"), "SPOC-0001", workflow.StatusForwarded)
			}},
		{name: "requester approves own request without token", policy: "any",
			setup: func(h *harness) { h.cfg.Approval.AllowWithoutToken = true },
			run: func(h *harness) {
				h.deliver(request("Rianne <rianne@gemeente.test>", "Koffie", "x"))
				ack := h.mailsTo(rianne, "ack")[0]
				h.forged(replyTo(ack, rianne, "akkoord"), "refused", "four-eyes", "SPOC-0001")
				h.control(replyTo(ack, piet, "akkoord"), "SPOC-0001", workflow.StatusForwarded)
			}},
		{name: "dmarc=fail when authentication is required", policy: "any",
			setup: func(h *harness) { h.cfg.Approval.RequireAuthentication = "mx.gemeente.test" },
			run: func(h *harness) {
				h.deliver(request("Bob <bob@gemeente.test>", "Koffie", "x"))
				ask := h.ask(rianne, 0)
				h.forged("Authentication-Results: mx.gemeente.test; spf=fail; dkim=none; dmarc=fail header.from=gemeente.test\n"+replyTo(ask, rianne, "akkoord"),
					"refused", "sender not authenticated: no dmarc=pass", "SPOC-0001")
				h.forged(replyTo(ask, rianne, "akkoord"), "refused", "sender not authenticated: no Authentication-Results header", "SPOC-0001")
				h.control("Authentication-Results: mx.gemeente.test; dmarc=pass header.from=gemeente.test\n"+replyTo(ask, rianne, "akkoord"), "SPOC-0001", workflow.StatusForwarded)
			}},
		{name: "Authentication-Results added by an untrusted host", policy: "any",
			setup: func(h *harness) { h.cfg.Approval.RequireAuthentication = "mx.gemeente.test" },
			run: func(h *harness) {
				h.deliver(request("Bob <bob@gemeente.test>", "Koffie", "x"))
				ask := h.ask(rianne, 0)
				// Only the sender's own header.
				h.forged("Authentication-Results: evil.test; dmarc=pass header.from=gemeente.test\n"+replyTo(ask, rianne, "akkoord"),
					"refused", `not the trusted "mx.gemeente.test"`, "SPOC-0001")
				// The sender's header below the trusted server's fail: position decides, not wording.
				h.forged("Authentication-Results: mx.gemeente.test; dmarc=fail header.from=gemeente.test\nAuthentication-Results: mx.gemeente.test; dmarc=pass header.from=gemeente.test\n"+replyTo(ask, rianne, "akkoord"),
					"refused", "no dmarc=pass", "SPOC-0001")
				h.control("Authentication-Results: mx.gemeente.test; dkim=pass header.d=gemeente.test\nAuthentication-Results: evil.test; dmarc=fail\n"+replyTo(ask, rianne, "akkoord"), "SPOC-0001", workflow.StatusForwarded)
			}},
		{name: "forwarded approval mail answered by a colleague", policy: "any", run: func(h *harness) {
			h.deliver(request("Bob <bob@gemeente.test>", "Koffie", "x"))
			ask := h.ask(rianne, 0)
			// Rianne forwards her approval mail to Jan; Jan answers through the mailto link
			// in the forwarded text (the plus address with Rianne's token).
			fwd := fmt.Sprintf("From: Jan <jan@gemeente.test>\nTo: %s\nSubject: Re: Fwd: %s\nMessage-ID: <jan-fwd@gemeente.test>\n\nakkoord hoor\n\n> ---------- Doorgestuurd bericht ----------\n> Van: %s\n> %s\n",
				ask.msg.ReplyTo[0].Addr, ask.msg.Subject, rianne, strings.ReplaceAll(ask.msg.Text, "\n", "\n> "))
			h.forged(fwd, "refused", "token was issued to rianne@gemeente.test, the reply came from jan@gemeente.test", "SPOC-0001")
			h.control(replyTo(ask, rianne, "akkoord"), "SPOC-0001", workflow.StatusForwarded)
		}},
		{name: "stranger with a guessed reference", policy: "any", run: func(h *harness) {
			h.deliver(request("Alice <alice@gemeente.test>", "Raam kapot", "x"))
			h.forged("From: someone@elsewhere.test\nTo: spoc@gemeente.test\nSubject: [SPOC-0001] annuleren\nMessage-ID: <guess@elsewhere.test>\n\nannuleren\n",
				"triage", "unknown sender with the reference in the subject", "SPOC-0001")
			// The same words from the requester do cancel.
			h.control(replyTo(h.mailsTo("alice@gemeente.test", "ack")[0], "alice@gemeente.test", "annuleren"), "SPOC-0001", workflow.StatusCancelled)
		}},
		{name: "guessed token", policy: "any", run: func(h *harness) {
			h.deliver(request("Bob <bob@gemeente.test>", "Koffie", "x"))
			ask := h.ask(rianne, 0)
			guess := strings.ReplaceAll(replyTo(ask, rianne, "akkoord"), ask.msg.Token, workflow.NewToken())
			h.forged(guess, "refused", "unknown approval token", "SPOC-0001")
			h.control(replyTo(ask, rianne, "akkoord"), "SPOC-0001", workflow.StatusForwarded)
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			storetest.Each(t, func(t *testing.T, db *sqlstore.DB) {
				h := newHarness(t, db, c.policy)
				if c.setup != nil {
					c.setup(h)
					h.eng = workflow.New(h.cfg, db, mustTemplates(t), workflow.WithClock(h.clock.now))
				}
				c.run(h)
			})
		})
	}
}

// TestTokenOfAnotherRequest: a token decides the request it was issued for, whatever
// reference the subject carries; the request named in the subject does not change.
func TestTokenOfAnotherRequest(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *sqlstore.DB) {
		h := newHarness(t, db, "any")
		h.deliver(request("Bob <bob@gemeente.test>", "Koffie", "x"))
		h.deliver(request("Carol <carol@gemeente.test>", "Koffie", "y"))
		askB := h.ask(rianne, 1)
		raw := fmt.Sprintf("From: rianne@gemeente.test\nTo: %s\nSubject: Re: [SPOC-0001] Koffie\nMessage-ID: <cross@gemeente.test>\n\nakkoord\n", askB.msg.ReplyTo[0].Addr)
		o := h.deliver(raw)
		if o.Ref != "SPOC-0002" {
			t.Fatalf("outcome = %+v, want the token's request SPOC-0002", o)
		}
		if s := h.request("SPOC-0001").Status; s != workflow.StatusAwaitingApproval {
			t.Fatalf("SPOC-0001 (named in the subject) is %s, want awaiting_approval", s)
		}
		if s := h.request("SPOC-0002").Status; s != workflow.StatusForwarded {
			t.Fatalf("SPOC-0002 (the token's request) is %s, want forwarded", s)
		}
		// The other way round, with Piet's token of SPOC-0002 sent by Rianne: refused.
		askP := h.ask(piet, 0)
		forged := fmt.Sprintf("From: rianne@gemeente.test\nTo: %s\nSubject: Re: [SPOC-0002] Koffie\nMessage-ID: <cross2@gemeente.test>\n\nakkoord\n", askP.msg.ReplyTo[0].Addr)
		h.forged(forged, "refused", "token was issued to piet@gemeente.test", "SPOC-0001")
		h.control(replyTo(h.ask(rianne, 0), rianne, "akkoord"), "SPOC-0001", workflow.StatusForwarded)
	})
}

// TestGuessedTokens: 100,000 random tokens find no approval (the store lookup a guess
// goes through), and guesses sent as mail (300, or 100,000 when SPOCD_E2E is set) are all
// refused. The times are logged.
func TestGuessedTokens(t *testing.T) {
	db := storetest.SQLite(t)
	h := newHarness(t, db, "any")
	h.deliver(request("Bob <bob@gemeente.test>", "Koffie", "x"))
	ask := h.ask(rianne, 0)

	const lookups = 100_000
	start := time.Now()
	for i := 0; i < lookups; i++ {
		_, err := db.ApprovalByTokenHash(context.Background(), workflow.TokenHash(workflow.NewToken()))
		if !errors.Is(err, workflow.ErrNotFound) {
			t.Fatalf("guess %d: ApprovalByTokenHash = %v, want ErrNotFound", i, err)
		}
	}
	lookupTime := time.Since(start)

	mails := 300
	if os.Getenv("SPOCD_E2E") != "" {
		mails = 100_000 // the full count in CI (about a minute)
	}
	start = time.Now()
	base := replyTo(ask, rianne, "akkoord")
	var batch []workflow.Inbound
	for i := 0; i < mails; i++ {
		raw := strings.ReplaceAll(base, ask.msg.Token, workflow.NewToken())
		raw = strings.Replace(raw, "Message-ID: <r", fmt.Sprintf("Message-ID: <g%d-", i), 1)
		h.uid++
		batch = append(batch, workflow.Inbound{UID: h.uid, InternalDate: h.clock.now(), Raw: []byte(strings.ReplaceAll(raw, "\n", "\r\n"))})
	}
	for len(batch) > 0 {
		n := min(100, len(batch))
		outs, err := h.eng.IngestBatch(h.ctx, "INBOX", 1, batch[:n])
		if err != nil {
			t.Fatal(err)
		}
		for _, o := range outs {
			if o.Action != "refused" {
				t.Fatalf("guessed token: %+v", o)
			}
		}
		batch = batch[n:]
	}
	mailTime := time.Since(start)
	if s := h.request("SPOC-0001").Status; s != workflow.StatusAwaitingApproval {
		t.Fatalf("guesses changed the request to %s", s)
	}
	h.control(replyTo(ask, rianne, "akkoord"), "SPOC-0001", workflow.StatusForwarded)
	t.Logf("%d guessed tokens looked up in %v (%v each), all unknown; %d guesses by mail refused in %v (%v each)",
		lookups, lookupTime.Round(time.Millisecond), (lookupTime / lookups).Round(time.Microsecond),
		mails, mailTime.Round(time.Millisecond), (mailTime / time.Duration(mails)).Round(time.Microsecond))
}

// TestQuotedTokenOfAnotherMail: a yes that answers a colleague's mail, with the approval
// request only quoted under it (the token found in its footer line, no reference in the
// subject, the thread not the request's), or under a subject naming another request, is
// no decision: the approver is asked. The same footer token in a reply to the request
// itself decides.
func TestQuotedTokenOfAnotherMail(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *sqlstore.DB) {
		h := newHarness(t, db, "any")
		h.deliver(request("Bob <bob@gemeente.test>", "Koffie", "x"))
		h.deliver(request("Carol <carol@gemeente.test>", "Thee", "y"))
		ask := h.ask(rianne, 0)
		quoted := "> " + strings.ReplaceAll(strings.TrimSpace(ask.msg.Text), "\n", "\n> ")
		other := fmt.Sprintf("From: rianne@gemeente.test\nTo: jan@gemeente.test\nCc: spoc@gemeente.test\nSubject: RE: Raadzaal vrijdag\nMessage-ID: <other1@gemeente.test>\nIn-Reply-To: <jan-question@gemeente.test>\n\nPrima, akkoord, boek maar.\n\nOp 23 nov 2026 schreef Jan:\n> Mag ik de raadzaal vrijdag boeken? Zie de aanvraag hieronder.\n>\n%s\n", strings.ReplaceAll(quoted, "\n> ", "\n>> "))
		h.deliver(other)
		if s := h.request(ask.msg.Ref).Status; s != workflow.StatusAwaitingApproval {
			t.Fatalf("a yes to another mail gave %s", s)
		}
		if n := len(h.mailsTo(rianne, "clarification")); n != 1 {
			t.Fatalf("%d clarification mails, want 1", n)
		}
		otherRef := "SPOC-0002"
		if ask.msg.Ref == otherRef {
			otherRef = "SPOC-0001"
		}
		named := fmt.Sprintf("From: rianne@gemeente.test\nTo: spoc@gemeente.test\nSubject: Re: [%s] Thee\nMessage-ID: <other2@gemeente.test>\n\nakkoord\n\n%s\n", otherRef, quoted)
		h.deliver(named)
		if s := h.request(ask.msg.Ref).Status; s != workflow.StatusAwaitingApproval {
			t.Fatalf("a yes under another request's subject gave %s", s)
		}
		// A reply to the approval mail itself, through a server without plus addressing and
		// a client that dropped the subject tag: the footer token and the thread agree.
		own := fmt.Sprintf("From: rianne@gemeente.test\nTo: spoc@gemeente.test\nSubject: Re: Koffie\nMessage-ID: <own@gemeente.test>\nIn-Reply-To: <%s>\n\nakkoord\n\n%s\n", ask.msg.MessageID, quoted)
		h.deliver(own)
		if s := h.request(ask.msg.Ref).Status; s != workflow.StatusForwarded {
			t.Fatalf("a yes to the approval mail itself gave %s", s)
		}
	})
}

// TestRefusalSaysWhyInTheMailsLanguage: the customer SPOC's refused and triage mails say
// the reason in the organisation's language (Dutch by default); the audit log keeps the
// English text that the metrics and the digest read.
func TestRefusalSaysWhyInTheMailsLanguage(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		t.Run(lang, func(t *testing.T) {
			storetest.Each(t, func(t *testing.T, db *sqlstore.DB) {
				h := newHarnessFrom(t, db, strings.Replace(fmt.Sprintf(testConfig, "any"),
					"[organisation]\n", "[organisation]\nlanguage = \""+lang+"\"\n", 1))
				h.deliver(request("Bob <bob@gemeente.test>", "Koffie", "x"))
				ask := h.ask(rianne, 0)

				const (
					wrongEN = "token was issued to rianne@gemeente.test, the reply came from mallory@evil.test"
					wrongNL = "de akkoordcode was voor rianne@gemeente.test, het antwoord kwam van mallory@evil.test"
					vagueEN = "unclear answer from rianne@gemeente.test (question)"
					vagueNL = "onduidelijk antwoord van rianne@gemeente.test: er staat een vraag in"
				)
				h.forged(replyTo(ask, "Mallory <mallory@evil.test>", "akkoord"), "refused", wrongEN, "SPOC-0001")
				h.deliver(replyTo(ask, rianne, "Akkoord? Of moet Piet dit doen?"))
				if ev := h.lastEvent("unclear"); ev == nil {
					t.Fatal("the question was not read as unclear")
				}

				for _, c := range []struct{ kind, en, nl string }{
					{"refused", wrongEN, wrongNL},
					{"triage", vagueEN, vagueNL},
				} {
					mails := h.mailsTo(customerSPOC, c.kind)
					if len(mails) != 1 {
						t.Fatalf("%d %s mails to the customer SPOC, want 1", len(mails), c.kind)
					}
					m := mails[0].msg
					want, not, label := c.nl, c.en, "Reden: "
					if lang == "en" {
						want, not, label = c.en, c.nl, "Reason: "
					}
					if !strings.Contains(m.Text, label+want) || strings.Contains(m.Text, not) {
						t.Errorf("%s text lacks %q or has %q:\n%s", c.kind, label+want, not, m.Text)
					}
					if !strings.Contains(m.HTML, want) || strings.Contains(m.HTML, not) {
						t.Errorf("%s HTML lacks %q or has %q:\n%s", c.kind, want, not, m.HTML)
					}
				}
				// The audit log keeps the English text, whatever the language.
				if ev := h.lastEvent("refused"); ev == nil || ev.Detail != wrongEN {
					t.Fatalf("refused event = %+v, want the detail %q", ev, wrongEN)
				}
			})
		})
	}
}
