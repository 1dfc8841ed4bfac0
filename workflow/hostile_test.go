package workflow_test

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/emersion/go-message"
	_ "github.com/emersion/go-message/charset"

	"github.com/spocd/spocd/workflow"
	"github.com/spocd/spocd/workflow/sqlstore"
	"github.com/spocd/spocd/workflow/sqlstore/storetest"
)

// Hostile and broken mail at the engine level (issue 5, item 4): what spocd DOES with it.
// The parser's own tests (mail/) cover how it is read. Every case must give a request with
// what could be recovered — never an error, a lost message or a broken outgoing mail — and
// every mail spocd writes must be well-formed, free of scripts and of injected headers.

func testdataMail(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "mail", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return strings.ReplaceAll(string(b), "\r\n", "\n")
}

func nested(depth int) string {
	var b strings.Builder
	b.WriteString("From: Alice <alice@gemeente.test>\nTo: spoc@gemeente.test\nSubject: Diep genest kapot\nMessage-ID: <deep@client.test>\nMIME-Version: 1.0\n")
	for i := 0; i < depth; i++ {
		fmt.Fprintf(&b, "Content-Type: multipart/mixed; boundary=\"b%d\"\n\n--b%d\n", i, i)
	}
	b.WriteString("Content-Type: text/plain; charset=utf-8\n\nDe binnenste tekst.\n")
	for i := depth - 1; i >= 0; i-- {
		fmt.Fprintf(&b, "--b%d--\n", i)
	}
	return b.String()
}

// checkOutgoing checks every mail in the outbox: it parses, no header line is longer than
// 998 characters, each of From/To/Subject/Message-ID appears once, there is no Bcc, Cc
// or injected header, and no part (decoded) carries a script or a remote image.
func checkOutgoing(t *testing.T, h *harness) {
	t.Helper()
	if _, _, err := h.eng.RenderQueued(h.ctx, 0); err != nil {
		t.Fatal(err)
	}
	rows, err := h.db.Outbox(h.ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		head, _, _ := bytes.Cut(r.Raw, []byte("\r\n\r\n"))
		for _, line := range strings.Split(string(head), "\r\n") {
			if len(line) > 998 {
				t.Errorf("%s mail %d: header line of %d characters", r.Kind, r.ID, len(line))
			}
			if strings.ContainsAny(line, "\r\n\x00") {
				t.Errorf("%s mail %d: bare CR/LF/NUL in header line %q", r.Kind, r.ID, line)
			}
		}
		ent, err := message.Read(bytes.NewReader(r.Raw))
		if err != nil {
			t.Fatalf("%s mail %d does not parse: %v", r.Kind, r.ID, err)
		}
		for _, f := range []string{"From", "To", "Subject", "Message-Id"} {
			if n := len(ent.Header.Values(f)); n != 1 {
				t.Errorf("%s mail %d: %d %s headers", r.Kind, r.ID, n, f)
			}
		}
		fields := ent.Header.Fields()
		for fields.Next() {
			switch strings.ToLower(fields.Key()) {
			case "bcc", "cc", "x-injected":
				t.Errorf("%s mail %d: injected header %s: %s", r.Kind, r.ID, fields.Key(), fields.Value())
			}
		}
		err = ent.Walk(func(path []int, part *message.Entity, err error) error {
			if err != nil {
				return err
			}
			if strings.HasPrefix(part.Header.Get("Content-Type"), "multipart/") {
				return nil
			}
			if _, params, _ := part.Header.ContentDisposition(); params["filename"] != "" {
				return nil // forwarded attachments travel as files, never as the mail body
			}
			body, err := io.ReadAll(part.Body)
			if err != nil {
				return err
			}
			low := strings.ToLower(string(body))
			for _, bad := range []string{"<script", "javascript:", "tracker.evil.test", "onerror="} {
				if strings.Contains(low, bad) {
					t.Errorf("%s mail %d part %v contains %q", r.Kind, r.ID, path, bad)
				}
			}
			return nil
		})
		if err != nil {
			t.Errorf("%s mail %d: walk: %v", r.Kind, r.ID, err)
		}
	}
}

func TestHostileMail(t *testing.T) {
	long := strings.Repeat("x", 5000)
	cases := []struct {
		name    string
		raw     string
		inbound func(in *workflow.Inbound) // changes to how the daemon hands it over
		check   func(t *testing.T, h *harness, r *workflow.Request)
	}{
		{name: "missing closing boundary", raw: testdataMail(t, "broken_missing_boundary.eml")},
		{name: "bad base64", raw: "From: alice@gemeente.test\nTo: spoc@gemeente.test\nSubject: Lamp kapot\nMessage-ID: <b64@x>\nContent-Type: text/plain\nContent-Transfer-Encoding: base64\n\nZGUgbGFtcCBpcyBrYXBvdA=!!!===***\n"},
		{name: "bad quoted-printable", raw: "From: alice@gemeente.test\nTo: spoc@gemeente.test\nSubject: Lamp kapot\nMessage-ID: <qp@x>\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\nDe lamp =ZZ is =\n=C3 kapot =E2=82\n"},
		{name: "unknown charset", raw: "From: alice@gemeente.test\nTo: spoc@gemeente.test\nSubject: =?x-klingon?q?Lamp_kapot?=\nMessage-ID: <cs@x>\nContent-Type: text/plain; charset=x-klingon\n\nDe lamp is kapot.\n",
			check: func(t *testing.T, h *harness, r *workflow.Request) {
				if !strings.Contains(r.Body, "De lamp is kapot.") {
					t.Errorf("body = %q, want the raw text kept", r.Body)
				}
			}},
		{name: "8-bit header bytes", raw: "From: J\xe9r\xf4me <jerome@gemeente.test>\nTo: spoc@gemeente.test\nSubject: Caf\xe9 kapot \xff\xfe\nMessage-ID: <8bit@x>\n\nKoffiemachine kapot.\n"},
		{name: "lines over 998 characters", raw: "From: alice@gemeente.test\nTo: spoc@gemeente.test\nSubject: Lang " + strings.Repeat("kapot ", 300) + "\nMessage-ID: <long@x>\nX-Long: " + long + "\n\n" + long + "\n"},
		{name: "100 KB subject", raw: "From: alice@gemeente.test\nTo: spoc@gemeente.test\nSubject: " + strings.Repeat("Kapot ", 100<<10/6) + "\nMessage-ID: <subj@x>\n\nTekst.\n",
			check: func(t *testing.T, h *harness, r *workflow.Request) {
				if len(r.Subject) > 1000 {
					t.Errorf("stored subject is %d bytes", len(r.Subject))
				}
			}},
		{name: "multipart nested 100 deep", raw: nested(100)},
		{name: "TNEF winmail.dat", raw: testdataMail(t, "tnef.eml"),
			check: func(t *testing.T, h *harness, r *workflow.Request) { wantForwardedAttachment(t, h, "winmail.dat") }},
		{name: "zip attachment", raw: testdataMail(t, "zip.eml"),
			check: func(t *testing.T, h *harness, r *workflow.Request) {
				wantForwardedAttachment(t, h, "plattegronden.zip")
			}},
		{name: "HTML with scripts and remote images", raw: "From: alice@gemeente.test\nTo: spoc@gemeente.test\nSubject: Scherm kapot\nMessage-ID: <html@x>\nContent-Type: text/html; charset=utf-8\n\n" +
			`<html><head><script>alert(1)</script><style>p{}</style></head><body onload="evil()"><p>Mijn scherm is kapot.</p>` +
			`<img src="http://tracker.evil.test/pixel.png" onerror="alert(2)"><a href="javascript:alert(3)">klik</a><script src="http://tracker.evil.test/x.js"></script></body></html>` + "\n",
			check: func(t *testing.T, h *harness, r *workflow.Request) {
				if !strings.Contains(r.Body, "Mijn scherm is kapot.") {
					t.Errorf("body = %q, want the text of the HTML", r.Body)
				}
			}},
		{name: "header injection through subject and name", raw: "From: =?utf-8?q?Alice=0D=0ABcc:_victim@evil.test=0D=0AX-Injected:_1?= <alice@gemeente.test>\nTo: spoc@gemeente.test\nSubject: =?utf-8?q?Lamp_kapot=0D=0ABcc:_victim@evil.test=0D=0AX-Injected:_yes?=\nMessage-ID: <inj@x>\n\nDe lamp.\n",
			check: func(t *testing.T, h *harness, r *workflow.Request) {
				for _, s := range h.outbox() {
					for _, rc := range s.row.Recipients {
						if strings.Contains(rc, "evil.test") {
							t.Errorf("%s mail sent to %s", s.row.Kind, rc)
						}
					}
				}
			}},
		{name: "header injection through a hostile Message-ID", raw: "From: alice@gemeente.test\nTo: spoc@gemeente.test\nSubject: Lamp kapot\nMessage-ID: <a\tb@x> X-Injected: 1\n\nDe lamp.\n"},
		{name: "above max_message_bytes", raw: bigMail(),
			inbound: func(in *workflow.Inbound) {
				in.Size = int64(len(in.Raw)) + 30<<20
				in.Raw = in.Raw[:len(in.Raw)-2000] // the daemon fetched only the start
				in.Truncated = true
			},
			check: func(t *testing.T, h *harness, r *workflow.Request) {
				tl := h.mailsTo("alice@gemeente.test", "too_large")
				if len(tl) != 1 || !strings.Contains(tl[0].msg.Text, "max 25.0 MB") {
					t.Fatalf("too_large mails to the sender: %d", len(tl))
				}
				evs, _ := h.db.Events(h.ctx, r.ID)
				found := false
				for _, e := range evs {
					found = found || e.Kind == "too_large"
				}
				if !found {
					t.Error("no too_large event on the request")
				}
				fw := h.mailsTo("spoc@leverancier.test", "forward")
				if len(fw) != 1 {
					t.Fatalf("forwards = %d", len(fw))
				}
				names := map[string]bool{}
				for _, a := range fw[0].msg.Attachments {
					names[a.Filename] = true
				}
				if !names["klein.txt"] || names["groot.bin"] {
					t.Errorf("forwarded attachments = %v, want klein.txt (complete) and not groot.bin (cut off)", fw[0].msg.Attachments)
				}
			}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			storetest.Each(t, func(t *testing.T, db *sqlstore.DB) {
				h := newHarness(t, db, "any")
				h.uid++
				in := workflow.Inbound{UID: h.uid, InternalDate: h.clock.now(), Raw: []byte(strings.ReplaceAll(c.raw, "\n", "\r\n"))}
				in.Size = int64(len(in.Raw))
				if c.inbound != nil {
					c.inbound(&in)
				}
				outs, err := h.eng.IngestBatch(h.ctx, "INBOX", 1, []workflow.Inbound{in})
				if err != nil {
					t.Fatalf("IngestBatch: %v", err)
				}
				if len(outs) != 1 || outs[0].Action != "new_request" {
					t.Fatalf("outcomes = %+v, want one new_request", outs)
				}
				r := h.request(outs[0].Ref)
				if len(h.mailsTo(r.Requester, "ack")) != 1 && !strings.Contains(c.name, "8-bit") {
					t.Errorf("requester %q got no acknowledgement", r.Requester)
				}
				if r.Status == workflow.StatusAwaitingApproval { // no rule matched: approve it
					h.deliver(replyTo(h.ask(rianne, 0), rianne, "akkoord"))
					r = h.request(r.Ref)
				}
				if r.Status != workflow.StatusForwarded || len(h.mailsTo("spoc@leverancier.test", "forward")) != 1 {
					t.Errorf("request is %s with %d forwards, want forwarded once", r.Status, len(h.mailsTo("spoc@leverancier.test", "forward")))
				}
				if c.check != nil {
					c.check(t, h, r)
				}
				checkOutgoing(t, h)
				// Reading it again (a crash before the flag was set) changes nothing.
				before := len(h.outbox())
				outs, err = h.eng.IngestBatch(h.ctx, "INBOX", 1, []workflow.Inbound{in})
				if err != nil || outs[0].Action != "duplicate" || len(h.outbox()) != before {
					t.Fatalf("re-read: %+v %v, %d mails (was %d)", outs, err, len(h.outbox()), before)
				}
			})
		})
	}
}

func wantForwardedAttachment(t *testing.T, h *harness, name string) {
	t.Helper()
	fw := h.mailsTo("spoc@leverancier.test", "forward")
	if len(fw) != 1 {
		t.Fatalf("forwards = %d", len(fw))
	}
	for _, a := range fw[0].msg.Attachments {
		if a.Filename == name {
			return
		}
	}
	t.Errorf("forward attachments = %+v, want %s passed on as a file", fw[0].msg.Attachments, name)
}

// bigMail is a request with a small attachment and a large one at the end; the test cuts
// the end off as the daemon does for a message above max_message_bytes.
func bigMail() string {
	big := base64.StdEncoding.EncodeToString(bytes.Repeat([]byte{0xAB}, 48<<10))
	var wrapped strings.Builder
	for len(big) > 76 {
		wrapped.WriteString(big[:76] + "\n")
		big = big[76:]
	}
	wrapped.WriteString(big + "\n")
	return "From: Alice <alice@gemeente.test>\nTo: spoc@gemeente.test\nSubject: Plattegrond kapot\nMessage-ID: <big@x>\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"BB\"\n\n" +
		"--BB\nContent-Type: text/plain; charset=utf-8\n\nZie de bijlagen.\n" +
		"--BB\nContent-Type: text/plain; name=klein.txt\nContent-Disposition: attachment; filename=klein.txt\n\nklein\n" +
		"--BB\nContent-Type: application/octet-stream; name=groot.bin\nContent-Disposition: attachment; filename=groot.bin\nContent-Transfer-Encoding: base64\n\n" +
		wrapped.String() + "--BB--\n"
}
