package workflow_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/spocd/spocd/workflow"
	"github.com/spocd/spocd/workflow/sqlstore"
	"github.com/spocd/spocd/workflow/sqlstore/storetest"
)

// Mail loops (RFC 3834, issue 5 item 5): spocd against auto-responders, automatic mail and
// bounces of its own mail.

// responder answers one mail spocd sent to it; styles differ in how well they behave.
type responder func(s sent, n int) string

var responders = map[string]responder{
	// RFC 3834: Auto-Submitted and threading headers.
	"rfc3834": func(s sent, n int) string {
		return fmt.Sprintf("From: auto@gemeente.test\nTo: spoc@gemeente.test\nSubject: Auto: %s\nAuto-Submitted: auto-replied\nIn-Reply-To: <%s>\nMessage-ID: <auto%d@gemeente.test>\n\nIk ben afwezig. Akkoord?\n", s.msg.Subject, s.msg.MessageID, n)
	},
	// Exchange: no Auto-Submitted, but its own header and subject.
	"exchange": func(s sent, n int) string {
		return fmt.Sprintf("From: auto@gemeente.test\nTo: spoc@gemeente.test\nSubject: Automatisch antwoord: %s\nX-Auto-Response-Suppress: All\nMessage-ID: <auto%d@gemeente.test>\n\nIk ben afwezig.\n", s.msg.Subject, n)
	},
	// A home-made responder that marks nothing but keeps the subject and thread.
	"naive, same thread": func(s sent, n int) string {
		return fmt.Sprintf("From: auto@gemeente.test\nTo: spoc@gemeente.test\nSubject: Re: %s\nIn-Reply-To: <%s>\nMessage-ID: <auto%d@gemeente.test>\n\nBedankt voor uw bericht, wij komen erop terug.\n", s.msg.Subject, s.msg.MessageID, n)
	},
	// The worst case: every answer looks like a new request.
	"naive, new subject": func(s sent, n int) string {
		return fmt.Sprintf("From: auto@gemeente.test\nTo: spoc@gemeente.test\nSubject: Lamp kapot (bevestiging %d)\nMessage-ID: <auto%d@gemeente.test>\n\nBedankt voor uw bericht.\n", n, n)
	},
}

func TestAutoResponderLoop(t *testing.T) {
	for name, answer := range responders {
		t.Run(name, func(t *testing.T) {
			storetest.Each(t, func(t *testing.T, db *sqlstore.DB) {
				h := newHarness(t, db, "any")
				h.deliver(request("auto@gemeente.test", "Lamp kapot", "Het licht is uit."))
				answered := map[int64]bool{}
				replies := 0
				// 200 rounds, a minute apart: spocd's mail to the responder is answered at once.
				for round := 0; round < 200; round++ {
					for _, s := range h.outbox() {
						if answered[s.row.ID] || len(s.row.Recipients) != 1 || s.row.Recipients[0] != "auto@gemeente.test" {
							continue
						}
						answered[s.row.ID] = true
						replies++
						h.deliver(answer(s, replies))
					}
					h.clock.advance(time.Minute)
				}
				toResponder := len(answered)
				want := 1
				if name == "naive, new subject" {
					// Each answer is a new request: the per-sender limit stops the exchange
					// (once spocd is silent, the responder has nothing left to answer).
					want = h.cfg.Acknowledgement.MaxPerHour
				}
				if toResponder > want {
					t.Fatalf("spocd sent %d mails to the auto-responder in 200 minutes, want at most %d", toResponder, want)
				}
				if toResponder == 0 {
					t.Fatal("the first request was not acknowledged")
				}
				t.Logf("%s: %d mail(s) to the auto-responder in 200 rounds", name, toResponder)
			})
		})
	}
}

func TestAckRateLimitPerDay(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *sqlstore.DB) {
		h := newHarness(t, db, "any")
		for i := 0; i < 24*6; i++ { // six an hour for a day
			h.deliver(request("Alice <alice@gemeente.test>", fmt.Sprintf("Lamp %d kapot", i), "x"))
			h.clock.advance(10 * time.Minute)
		}
		if n := len(h.mailsTo("alice@gemeente.test", "ack")); n != h.cfg.Acknowledgement.MaxPerDay {
			t.Fatalf("acks in a day = %d, want max_per_day %d", n, h.cfg.Acknowledgement.MaxPerDay)
		}
		reqs, _ := h.db.ListRequests(h.ctx, workflow.ListFilter{})
		if len(reqs) != 24*6 {
			t.Fatalf("requests = %d, want %d", len(reqs), 24*6)
		}
	})
}

// TestThousandAutomaticMails: out-of-office replies, DSNs, read receipts and list mail, all
// about a request awaiting approval and many carrying the approver's token and the word
// "akkoord", give no mail, no request and no decision. The DSNs of spocd's own mail are
// recorded on the request.
func TestThousandAutomaticMails(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *sqlstore.DB) {
		h := newHarness(t, db, "any")
		h.deliver(request("Bob <bob@gemeente.test>", "Koffie", "x"))
		ask := h.ask(rianne, 0)
		ack := h.mailsTo("bob@gemeente.test", "ack")[0]
		plus := ask.msg.ReplyTo[0].Addr
		mailsBefore := len(h.outbox())
		kinds := []func(i int) string{
			func(i int) string { // RFC 3834 out-of-office to the approval mail
				return fmt.Sprintf("From: rianne@gemeente.test\nTo: %s\nSubject: Automatisch antwoord: %s\nAuto-Submitted: auto-replied\nIn-Reply-To: <%s>\nMessage-ID: <a%d@x>\n\nIk ben afwezig. Voor akkoord: Piet.\n", plus, ask.msg.Subject, ask.msg.MessageID, i)
			},
			func(i int) string { // Exchange out-of-office
				return fmt.Sprintf("From: rianne@gemeente.test\nTo: %s\nSubject: Automatic reply: %s\nX-Auto-Response-Suppress: All\nMessage-ID: <b%d@x>\n\nakkoord\n", plus, ask.msg.Subject, i)
			},
			func(i int) string { // Postfix DSN for the acknowledgement, enclosing its headers
				return fmt.Sprintf("Return-Path: <>\nFrom: MAILER-DAEMON@mx.gemeente.test (Mail Delivery System)\nTo: spoc@gemeente.test\nSubject: Undelivered Mail Returned to Sender\nMessage-ID: <c%d@mx>\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"D\"\n\n--D\nContent-Type: text/plain\n\n<bob@gemeente.test>: mailbox full\n--D\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx\n\nFinal-Recipient: rfc822; bob@gemeente.test\nAction: failed\nStatus: 5.2.2\n--D\nContent-Type: text/rfc822-headers\n\nFrom: spoc@gemeente.test\nTo: bob@gemeente.test\nSubject: %s\nMessage-ID: <%s>\n--D--\n", i, ack.msg.Subject, ack.msg.MessageID)
			},
			func(i int) string { // read receipt of the approval mail
				return fmt.Sprintf("From: rianne@gemeente.test\nTo: %s\nSubject: Gelezen: %s\nMessage-ID: <d%d@x>\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=disposition-notification; boundary=\"M\"\n\n--M\nContent-Type: text/plain\n\nakkoord: uw bericht is gelezen.\n--M\nContent-Type: message/disposition-notification\n\nFinal-Recipient: rfc822; rianne@gemeente.test\nOriginal-Message-ID: <%s>\nDisposition: manual-action/MDN-sent-manually; displayed\n--M--\n", plus, ask.msg.Subject, i, ask.msg.MessageID)
			},
			func(i int) string { // list mail that quotes the request
				return fmt.Sprintf("From: nieuws@lists.example.org\nTo: spoc@gemeente.test\nSubject: Re: [SPOC-0001] Koffie akkoord\nList-Id: <nieuws.lists.example.org>\nPrecedence: list\nMessage-ID: <e%d@x>\n\nakkoord\n", i)
			},
		}
		const total = 1000
		var batch []workflow.Inbound
		for i := 0; i < total; i++ {
			h.uid++
			raw := kinds[i%len(kinds)](i)
			batch = append(batch, workflow.Inbound{UID: h.uid, InternalDate: h.clock.now(), Raw: []byte(strings.ReplaceAll(raw, "\n", "\r\n"))})
		}
		ignored := 0
		for len(batch) > 0 {
			n := min(100, len(batch))
			outs, err := h.eng.IngestBatch(h.ctx, "INBOX", 1, batch[:n])
			if err != nil {
				t.Fatal(err)
			}
			for _, o := range outs {
				if o.Action != "ignore" {
					t.Fatalf("automatic mail: %+v, want ignore", o)
				}
				ignored++
			}
			batch = batch[n:]
		}
		if n := len(h.outbox()) - mailsBefore; n != 0 {
			t.Fatalf("%d automatic mails gave %d replies, want 0", total, n)
		}
		reqs, _ := h.db.ListRequests(h.ctx, workflow.ListFilter{})
		if len(reqs) != 1 || reqs[0].Status != workflow.StatusAwaitingApproval {
			t.Fatalf("requests after automatic mail: %d, first %s", len(reqs), reqs[0].Status)
		}
		apps, _ := h.db.Approvals(h.ctx, reqs[0].ID)
		for _, a := range apps {
			if a.Decision != "" {
				t.Fatalf("approval decided by automatic mail: %+v", a)
			}
		}
		evs, _ := h.db.Events(h.ctx, reqs[0].ID)
		bounces := 0
		for _, e := range evs {
			if e.Kind == "bounce" {
				bounces++
			}
		}
		if bounces != total/len(kinds) {
			t.Fatalf("bounces recorded on the request = %d, want %d", bounces, total/len(kinds))
		}
		t.Logf("%d automatic mails: %d ignored, 0 replies, 0 requests, 0 decisions, %d bounces recorded on %s", total, ignored, bounces, reqs[0].Ref)
		// The positive control: the approver's real answer still counts.
		h.control(replyTo(ask, rianne, "akkoord"), "SPOC-0001", workflow.StatusForwarded)
	})
}
