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

func lastOfKind(h *harness, kind string) *sent {
	var out *sent
	for _, s := range h.outbox() {
		if s.row.Kind == kind {
			s := s
			out = &s
		}
	}
	return out
}

func TestDigestReplyCommands(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *sqlstore.DB) {
		h := newHarness(t, db, "any")
		h.deliver(request("Alice <alice@gemeente.test>", "Lamp kapot", "De lamp is kapot."))  // SPOC-0001 forwarded
		h.deliver(request("Bob <bob@gemeente.test>", "Koffie voor de raad", "Graag koffie.")) // SPOC-0002 awaiting approval
		h.deliver(request("Carol <carol@gemeente.test>", "Printer kapot", "Papierstoring."))  // SPOC-0003 forwarded
		h.deliver(request("Dirk <dirk@gemeente.test>", "Deur kapot", "De deur klemt."))       // SPOC-0004 forwarded
		week := workflow.WeekOf(h.clock.now(), h.cfg.Organisation.Location)
		if sent, err := h.eng.SendDigest(h.ctx, week, true, false); err != nil || !sent {
			t.Fatalf("SendDigest = %t, %v", sent, err)
		}
		digest := lastOfKind(h, "digest")
		if digest == nil {
			t.Fatal("no digest in the outbox")
		}

		// The supplier answers the digest; the quoted digest (with its example lines) below.
		o := h.deliver(replyTo(*digest, "spoc@leverancier.test", "SPOC-0001 gereed\nSPOC-0003 ingepland 3-12-2026\nSPOC-0002 annuleren\nSPOC-0004 frobnicate\nSPOC-0004 annuleren\nSPOC-0099 gereed"))
		if o.Action != "update_request" {
			t.Fatalf("outcome = %+v", o)
		}
		for ref, want := range map[string]workflow.Status{"SPOC-0001": workflow.StatusDone, "SPOC-0002": workflow.StatusAwaitingApproval,
			"SPOC-0003": workflow.StatusScheduled, "SPOC-0004": workflow.StatusForwarded} {
			if got := h.request(ref).Status; got != want {
				t.Errorf("%s = %s, want %s", ref, got, want)
			}
		}
		if got := h.request("SPOC-0003").ScheduledFor; got != "2026-12-03" {
			t.Errorf("SPOC-0003 scheduled for %q", got)
		}
		rep := lastOfKind(h, "digest_reply")
		if rep == nil || rep.row.Recipients[0] != "spoc@leverancier.test" {
			t.Fatalf("no reply to the supplier: %+v", rep)
		}
		text := rep.msg.Text
		for _, want := range []string{"Verwerkt:", "- SPOC-0001 gereed", "- SPOC-0003 ingepland 3-12-2026", "Niet verwerkt:",
			"- SPOC-0002 annuleren — niet naar de leverancier doorgestuurd\n- SPOC-0004 frobnicate — commando niet begrepen",
			"- SPOC-0004 annuleren — alleen de SPOC van de organisatie kan annuleren", "SPOC-0099 gereed — onbekende referentie"} {
			if !strings.Contains(text, want) {
				t.Errorf("reply lacks %q:\n%s", want, text)
			}
		}
		if strings.Contains(text, "0042") && strings.Contains(text, "Niet verwerkt:\n\n- SPOC-0042") {
			t.Errorf("quoted example lines were read as commands:\n%s", text)
		}
		if n := len(h.mailsTo("alice@gemeente.test", "status")); n != 1 {
			t.Errorf("alice got %d status mails, want 1", n)
		}

		// The customer SPOC sends a mail of command lines only (not a reply).
		o = h.deliver(request("facilitair@gemeente.test", "opdrachten", "SPOC-0002 annuleren\n- SPOC-0004 notitie: graag voor vrijdag\n"))
		if o.Action != "update_request" {
			t.Fatalf("outcome = %+v", o)
		}
		if got := h.request("SPOC-0002").Status; got != workflow.StatusCancelled {
			t.Errorf("SPOC-0002 = %s, want cancelled", got)
		}
		fu := h.mailsTo("spoc@leverancier.test", "followup")
		if len(fu) != 1 || !strings.Contains(fu[0].msg.Text, "graag voor vrijdag") {
			t.Errorf("followup to the supplier: %d", len(fu))
		}

		// Ordinary mail from the customer SPOC is not a command mail.
		replies := 0
		for _, x := range h.outbox() {
			if x.row.Kind == "digest_reply" {
				replies++
			}
		}
		h.deliver(request("facilitair@gemeente.test", "Vraag", "Hoi, hoe staat SPOC-0004 ervoor?"))
		for _, x := range h.outbox() {
			if x.row.Kind == "digest_reply" {
				replies--
			}
		}
		if replies != 0 {
			t.Errorf("an ordinary mail was treated as commands")
		}

		// Someone else answering the digest changes nothing.
		h.deliver(replyTo(*digest, "alice@gemeente.test", "SPOC-0004 gereed"))
		if got := h.request("SPOC-0004").Status; got != workflow.StatusForwarded {
			t.Errorf("a stranger's command changed SPOC-0004 to %s", got)
		}
	})
}

func TestParseDigestLines(t *testing.T) {
	h := newHarness(t, storetest.SQLite(t), "any")
	tests := []struct {
		line  string
		ok    bool
		verb  string
		extra string
	}{
		{"SPOC-0042 gereed", true, "done", ""},
		{"[spoc-0042] Done", true, "done", ""},
		{"- SPOC-0043 ingepland 2026-12-03", true, "scheduled", "2026-12-03"},
		{"SPOC-0043: ingepland 03/12/2026", true, "scheduled", "2026-12-03"},
		{"SPOC-0043 ingepland morgen", false, "", ""},
		{"SPOC-0043 ingepland 2026-13-45", false, "", ""},
		{"SPOC-0044 annuleren", true, "cancel", ""},
		{"SPOC-0045 notitie: offerte volgt", true, "note", "offerte volgt"},
		{"SPOC-0045 notitie:offerte volgt", true, "note", "offerte volgt"},
		{"SPOC-0045 notitie", false, "", ""},
		{"SPOC-0046 frobnicate", false, "", ""},
		{"Hallo allemaal", false, "", ""},
		{"XSPOC-0042 gereed", false, "", ""},
		{"> SPOC-0042 gereed", false, "", ""},
	}
	for _, tt := range tests {
		verb, extra, ok := workflow.ParseDigestLineForTest(h.eng, tt.line)
		if ok != tt.ok || verb != tt.verb || extra != tt.extra {
			t.Errorf("parse(%q) = %q, %q, %t; want %q, %q, %t", tt.line, verb, extra, ok, tt.verb, tt.extra, tt.ok)
		}
	}
}

func TestTriageDecidedByCustomerSPOC(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *sqlstore.DB) {
		h := newHarness(t, db, "any")
		// Rianne asks for extra work; Piet is the only other approver and is away for good:
		// with Piet gone from the config, nobody else may approve, so the request is triage.
		h.cfg.Approval.Approvers = []string{"rianne@gemeente.test"}
		h.deliver(request("Rianne <rianne@gemeente.test>", "Koffie", "x"))
		if s := h.request("SPOC-0001").Status; s != workflow.StatusTriage {
			t.Fatalf("status = %s, want triage", s)
		}
		cmd := func(body string) string {
			return fmt.Sprintf("From: facilitair@gemeente.test\nTo: spoc@gemeente.test\nSubject: triage\nMessage-ID: <t%d@x>\n\n%s\n", time.Now().UnixNano(), body)
		}
		h.deliver(cmd("SPOC-0001 goedkeuring"))
		if s := h.request("SPOC-0001").Status; s != workflow.StatusTriage {
			t.Fatalf("goedkeuring without an eligible approver changed the status to %s", s)
		}
		h.deliver(cmd("SPOC-0001 doorsturen"))
		if s := h.request("SPOC-0001").Status; s != workflow.StatusForwarded {
			t.Fatalf("after doorsturen: %s", s)
		}
		if len(h.mailsTo("spoc@leverancier.test", "forward")) != 1 {
			t.Fatal("no forward to the supplier")
		}
		// With an eligible approver, a triage case needing approval cannot be forwarded past them.
		h.cfg.Approval.Approvers = []string{"rianne@gemeente.test", "piet@gemeente.test"}
		h.deliver(request("Bob <bob@gemeente.test>", "Koffie 2", "x"))
		if s := h.request("SPOC-0002").Status; s != workflow.StatusAwaitingApproval {
			t.Fatalf("SPOC-0002 = %s", s)
		}
		h.deliver(cmd("SPOC-0002 doorsturen"))
		if s := h.request("SPOC-0002").Status; s != workflow.StatusAwaitingApproval {
			t.Fatalf("the customer SPOC forwarded past the approvers: %s", s)
		}
	})
}
