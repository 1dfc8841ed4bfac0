package compose_test

import (
	"bytes"
	"encoding/base64"
	"strings"
	"testing"
	"time"

	"github.com/spocd/spocd/mail"
	"github.com/spocd/spocd/mail/compose"
	"github.com/spocd/spocd/templates"
)

// TestApprovalRoundTrip renders an approval request, builds it, reads it back
// with the inbound parser (which must see it as spocd's own mail), and reads
// an approver's replies to it.
func TestApprovalRoundTrip(t *testing.T) {
	set, err := templates.New()
	if err != nil {
		t.Fatal(err)
	}
	const token = "abcdefghijklmnopqrstuvwx23"
	plus := "spoc+" + token + "@gemeente.example"
	for _, lang := range templates.Langs() {
		t.Run(lang, func(t *testing.T) {
			d := templates.Data{
				Org: "Gemeente", SPOCAddress: "spoc@gemeente.example",
				Request: templates.Request{Ref: "SPOC-0042", Subject: "Nieuwe laptop", Requester: "jan@gemeente.example",
					ExtraWork: true, EstimateEUR: "€ 950,00", Text: "Graag een laptop.", CreatedAt: time.Now()},
				Approver: "Petra", Token: token, ReplyTo: plus,
				MailtoApprove: compose.Mailto(plus, "Re: [SPOC-0042 a:"+token+"] Nieuwe laptop", "akkoord"),
				MailtoReject:  compose.Mailto(plus, "Re: [SPOC-0042 a:"+token+"] Nieuwe laptop", "niet akkoord, "),
			}
			r, err := set.Render(lang, "approval_request", d)
			if err != nil {
				t.Fatal(err)
			}
			raw, err := compose.Build(compose.Mail{
				MessageID: compose.NewMessageID("gemeente.example"),
				From:      compose.Address{Name: "SPOC Gemeente", Addr: "spoc@gemeente.example"},
				To:        []compose.Address{{Name: "Petra", Addr: "petra@gemeente.example"}},
				ReplyTo:   []compose.Address{{Addr: plus}},
				Subject:   r.Subject, Text: r.Text, HTML: r.HTML,
				Headers: [][2]string{{"X-SPOCd-Ref", "SPOC-0042"}},
			})
			if err != nil {
				t.Fatal(err)
			}
			opt := mail.Options{OwnAddresses: []string{"spoc@gemeente.example"}, OwnDomain: "gemeente.example", PlusLocal: "spoc"}
			own, err := mail.Parse(bytes.NewReader(raw), opt)
			if err != nil {
				t.Fatalf("Parse(own mail) error = %v", err)
			}
			if own.Ignore != mail.IgnoreOwnMail {
				t.Errorf("own mail Ignore = %q, want %q", own.Ignore, mail.IgnoreOwnMail)
			}
			if own.Ref != "SPOC-0042" || own.Token != token {
				t.Errorf("own mail Ref, Token = %q, %q", own.Ref, own.Token)
			}

			quoted := "> " + strings.ReplaceAll(strings.TrimRight(r.Text, "\n"), "\n", "\n> ")
			replies := []struct {
				name, to, subject, body string
				want                    mail.Decision
			}{
				{"mailto approve", plus, "Re: " + r.Subject, "akkoord", mail.DecisionApprove},
				{"reply approve above quote", plus, "RE: " + r.Subject,
					"Akkoord, prima.\n\nOp 2 maart 2026 om 10:00 schreef SPOC Gemeente <spoc@gemeente.example>:\n" + quoted, mail.DecisionApprove},
				{"reply reject above quote", plus, "Antw: " + r.Subject,
					"niet akkoord, te duur\n\n-----Oorspronkelijk bericht-----\n" + r.Text, mail.DecisionReject},
				{"plus address stripped by server", "spoc@gemeente.example", "Re: " + r.Subject,
					"akkoord\n\nOn Mon, 2 Mar 2026 at 10:00, SPOC Gemeente <spoc@gemeente.example> wrote:\n" + quoted, mail.DecisionApprove},
			}
			for _, rp := range replies {
				in := "From: Petra <petra@gemeente.example>\r\nTo: " + rp.to + "\r\n" +
					"Subject: " + mimeWord(rp.subject) + "\r\nMessage-ID: <reply-1@client.example>\r\n" +
					"Date: Mon, 2 Mar 2026 10:05:00 +0100\r\nMIME-Version: 1.0\r\n" +
					"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" +
					strings.ReplaceAll(rp.body, "\n", "\r\n") + "\r\n"
				m, err := mail.Parse(strings.NewReader(in), opt)
				if err != nil {
					t.Fatalf("%s: Parse error = %v", rp.name, err)
				}
				if m.Ignore != "" {
					t.Errorf("%s: Ignore = %q", rp.name, m.Ignore)
				}
				if m.Ref != "SPOC-0042" || m.Token != token {
					t.Errorf("%s: Ref, Token = %q, %q", rp.name, m.Ref, m.Token)
				}
				got := mail.ReadMessageReply(m, mail.DefaultKeywords())
				if got.Decision != rp.want {
					t.Errorf("%s: Decision = %q (ambiguous %q, new text %q), want %q", rp.name, got.Decision, got.Ambiguous, got.NewText, rp.want)
				}
			}
		})
	}
}

// mimeWord encodes a subject with non-ASCII characters as an RFC 2047 word.
func mimeWord(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			var b strings.Builder
			b.WriteString("=?utf-8?b?")
			b.WriteString(base64.StdEncoding.EncodeToString([]byte(s)))
			b.WriteString("?=")
			return b.String()
		}
	}
	return s
}
