package workflow_test

import (
	"fmt"
	"html"
	"strings"
	"testing"
	"time"

	"github.com/spocd/spocd/workflow"
	"github.com/spocd/spocd/workflow/sqlstore"
	"github.com/spocd/spocd/workflow/sqlstore/storetest"
)

// outlookText answers s the way Outlook for Windows does in plain text: the answer, the
// header block, and the mail below it unquoted. edit changes the copy.
func outlookText(s sent, from, body string, edit func(string) string) string {
	cp := strings.TrimSpace(s.msg.Text)
	if edit != nil {
		cp = edit(cp)
	}
	return fmt.Sprintf("From: %s\nTo: %s\nSubject: RE: %s\nDate: Mon, 23 Nov 2026 10:00:00 +0100\nMessage-ID: <o%d@client.test>\nIn-Reply-To: <%s>\nReferences: <%s>\nContent-Type: text/plain; charset=utf-8\n\n%s\n\nMet vriendelijke groet,\nRianne\n\nVan: Gemeente Test <spoc@gemeente.test>\nVerzonden: maandag 23 november 2026 09:00\nAan: Rianne <rianne@gemeente.test>\nOnderwerp: %s\n\n%s\n",
		from, s.msg.ReplyTo[0].Addr, s.msg.Subject, time.Now().UnixNano(), s.msg.MessageID, s.msg.MessageID, body, s.msg.Subject, cp)
}

// outlookHTML answers s the way Outlook does in an HTML-only reply: the answer, then the
// divRplyFwdMsg header block and the HTML of the mail it answers. edit changes that HTML.
func outlookHTML(s sent, from, body string, edit func(string) string) string {
	cp := s.msg.HTML
	if i := strings.Index(strings.ToLower(cp), "<body"); i >= 0 {
		cp = cp[i+strings.IndexByte(cp[i:], '>')+1:]
	}
	if i := strings.Index(strings.ToLower(cp), "</body>"); i >= 0 {
		cp = cp[:i]
	}
	if edit != nil {
		cp = edit(cp)
	}
	htmlBody := fmt.Sprintf(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div style="font-family:Aptos">%s</div><div id="appendonsend"></div><hr style="display:inline-block;width:98%%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>Van:</b> Gemeente Test &lt;spoc@gemeente.test&gt;<br><b>Verzonden:</b> maandag 23 november 2026 09:00<br><b>Aan:</b> Rianne &lt;rianne@gemeente.test&gt;<br><b>Onderwerp:</b> %s</font><div>&nbsp;</div></div>%s</body></html>`,
		html.EscapeString(body), html.EscapeString(s.msg.Subject), cp)
	return fmt.Sprintf("From: %s\nTo: %s\nSubject: RE: %s\nDate: Mon, 23 Nov 2026 10:00:00 +0100\nMessage-ID: <h%d@client.test>\nIn-Reply-To: <%s>\nReferences: <%s>\nContent-Type: text/html; charset=utf-8\n\n%s\n",
		from, s.msg.ReplyTo[0].Addr, s.msg.Subject, time.Now().UnixNano(), s.msg.MessageID, s.msg.MessageID, htmlBody)
}

// A yes on top does not count when the writer typed into the copy of the request below
// it, or changed it: the approver is asked, and the customer SPOC sees the case. Copies
// that are left as they were, with what mail systems add to them, still approve.
func TestCopyEditedApprovalIsNoDecision(t *testing.T) {
	insertBefore := func(marker, what string) func(string) string {
		return func(s string) string {
			if !strings.Contains(s, marker) {
				panic("no " + marker + " in the copy:\n" + s)
			}
			return strings.Replace(s, marker, what+marker, 1)
		}
	}
	cases := []struct {
		name    string
		reply   func(s sent) string
		approve bool
		typed   string // what the clarification shows as typed into the copy
	}{
		{"gmail quote as sent", func(s sent) string { return replyTo(s, "rianne@gemeente.test", "Akkoord.") }, true, ""},
		{"gmail quote, amount changed", func(s sent) string {
			r := replyTo(s, "rianne@gemeente.test", "Akkoord.")
			return strings.Replace(r, "150,00", "100,00", 1)
		}, false, "100,00"},
		{"gmail quote, a word typed into a quoted line", func(s sent) string {
			r := replyTo(s, "rianne@gemeente.test", "Akkoord.")
			return strings.Replace(r, "> Graag koffie voor 25 personen.", "> Graag koffie voor 25 personen. Maar geen gebak.", 1)
		}, false, "Maar geen gebak"},
		{"outlook text as sent", func(s sent) string { return outlookText(s, "rianne@gemeente.test", "Akkoord.", nil) }, true, ""},
		{"outlook text, NIET typed into the copy", func(s sent) string {
			return outlookText(s, "rianne@gemeente.test", "Akkoord.", insertBefore("Graag koffie", "NIET VOOR 25, ALLEEN VOOR 10. "))
		}, false, "NIET VOOR 25 ALLEEN VOOR 10"},
		{"outlook text, amount changed", func(s sent) string {
			return outlookText(s, "rianne@gemeente.test", "Akkoord.", func(c string) string { return strings.Replace(c, "150,00", "90,00", 1) })
		}, false, "90,00"},
		{"outlook text, external-mail banner on top of the copy", func(s sent) string {
			return outlookText(s, "rianne@gemeente.test", "Akkoord.", func(c string) string {
				return "LET OP: deze e-mail is afkomstig van buiten de organisatie. Klik niet op links.\n\n" + c
			})
		}, true, ""},
		{"outlook text, disclaimer below the copy", func(s sent) string {
			return outlookText(s, "rianne@gemeente.test", "Akkoord.", func(c string) string {
				return c + "\n\nDit bericht is uitsluitend bestemd voor de geadresseerde. Aan dit bericht kunnen geen rechten worden ontleend."
			})
		}, true, ""},
		{"outlook html as sent", func(s sent) string { return outlookHTML(s, "rianne@gemeente.test", "Akkoord.", nil) }, true, ""},
		{"outlook html, answer typed in red into the copy", func(s sent) string {
			return outlookHTML(s, "rianne@gemeente.test", "Akkoord.", func(c string) string {
				return strings.Replace(c, "Graag koffie voor 25 personen.", `Graag koffie voor 25 personen.<br><span style="color:red">Alleen koffie, geen thee.</span>`, 1)
			})
		}, false, "Alleen koffie geen thee"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			storetest.Each(t, func(t *testing.T, db *sqlstore.DB) {
				h := newHarness(t, db, "any")
				h.deliver(request("Bob <bob@gemeente.test>", "Koffie voor de raad", "Graag koffie voor 25 personen."))
				asks := h.mailsTo("rianne@gemeente.test", "approval")
				if len(asks) != 1 || asks[0].msg.HTML == "" {
					t.Fatalf("approval mails: %d", len(asks))
				}
				o := h.deliver(tc.reply(asks[0]))
				r := h.request("SPOC-0001")
				apps, _ := h.db.Approvals(h.ctx, r.ID)
				var decided string
				for _, a := range apps {
					if a.Approver == "rianne@gemeente.test" {
						decided = a.Decision
					}
				}
				if tc.approve {
					if decided != "approve" || r.Status != workflow.StatusForwarded {
						t.Fatalf("outcome %+v; decision %q, status %s; want an approval", o, decided, r.Status)
					}
					return
				}
				if decided != "" || r.Status != workflow.StatusAwaitingApproval {
					t.Fatalf("outcome %+v; decision %q, status %s; want no decision", o, decided, r.Status)
				}
				cl := h.mailsTo("rianne@gemeente.test", "clarification")
				if len(cl) != 1 {
					t.Fatalf("clarification mails: %d", len(cl))
				}
				if !strings.Contains(cl[0].msg.Text, "kopie van ons verzoek") || !strings.Contains(cl[0].msg.Text, tc.typed) || !strings.Contains(cl[0].msg.HTML, tc.typed) {
					t.Fatalf("the clarification does not say why:\n%s", cl[0].msg.Text)
				}
				spoc := h.mailsTo("facilitair@gemeente.test", "triage")
				if len(spoc) != 1 || !strings.Contains(spoc[0].msg.Text, "getypt of veranderd in de kopie van het verzoek") {
					t.Fatalf("customer SPOC notices: %d", len(spoc))
				}
			})
		})
	}
}

// A decision without a token (allow_reply_without_token) is held against the copy too.
func TestCopyEditedApprovalWithoutToken(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *sqlstore.DB) {
		h := newHarness(t, db, "any")
		h.cfg.Approval.AllowWithoutToken = true
		h.deliver(request("Bob <bob@gemeente.test>", "Koffie voor de raad", "Graag koffie voor 25 personen."))
		ask := h.mailsTo("rianne@gemeente.test", "approval")[0]
		tok := ask.msg.Token
		untokened := func(raw string) string {
			raw = strings.ReplaceAll(raw, ask.msg.ReplyTo[0].Addr, "spoc@gemeente.test")
			raw = strings.ReplaceAll(raw, " a:"+tok, "")
			return strings.ReplaceAll(raw, "spocd-token: "+tok, "")
		}
		o := h.deliver(untokened(outlookText(ask, "rianne@gemeente.test", "Akkoord.", func(c string) string { return strings.Replace(c, "150,00", "90,00", 1) })))
		if r := h.request("SPOC-0001"); r.Status != workflow.StatusAwaitingApproval || len(h.mailsTo("rianne@gemeente.test", "clarification")) != 1 {
			t.Fatalf("tokenless yes with the amount changed: outcome %+v, status %s", o, r.Status)
		}
		h.deliver(untokened(outlookText(ask, "rianne@gemeente.test", "Akkoord.", nil)))
		if r := h.request("SPOC-0001"); r.Status != workflow.StatusForwarded {
			t.Fatalf("tokenless yes with the copy as sent: status %s", r.Status)
		}
	})
}

// An approval the remark model read is an approval like any other, and the audit log says
// who read it: the approved event's detail ends "(read by the remark model)".
func TestRemarkModelApprovalIsAudited(t *testing.T) {
	const remark = "Akkoord, dit stond al in de planning voor dit jaar. Joost, plan je de trainingsdagen niet op maandag? Dan is het hier altijd een gekkenhuis aan de telefoon."
	for _, tc := range []struct {
		body, detail string
	}{
		{remark, "(read by the remark model)"},
		{"Akkoord.", ""},
	} {
		storetest.Each(t, func(t *testing.T, db *sqlstore.DB) {
			h := newHarness(t, db, "any")
			h.deliver(request("Bob <bob@gemeente.test>", "Koffie voor de raad", "Graag koffie voor 25 personen."))
			ask := h.mailsTo("rianne@gemeente.test", "approval")[0]
			h.deliver(replyTo(ask, "rianne@gemeente.test", tc.body))
			r := h.request("SPOC-0001")
			if r.Status != workflow.StatusForwarded {
				t.Fatalf("%q: status %s, want forwarded", tc.body, r.Status)
			}
			evs, _ := h.db.Events(h.ctx, r.ID)
			found := false
			for _, e := range evs {
				if e.Kind == "approved" {
					found = true
					if got := strings.HasSuffix(e.Detail, "(read by the remark model)"); got != (tc.detail != "") {
						t.Errorf("%q: approved event detail %q", tc.body, e.Detail)
					}
				}
			}
			if !found {
				t.Fatalf("%q: no approved event", tc.body)
			}
		})
	}
}
