package mail

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os/exec"
	"strings"
	"testing"
	"testing/iotest"
)

const (
	tokA = "nqy2eapqzqsdnpqkptwjaah4bu"
	tokB = "gzr5tbw4xeugpy4tdvcoiy7ltq"
	tokC = "uc2asmour7nncu4yrk4pqh3khe"
)

func TestValidToken(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{tokA, true},
		{"abcdefghijklmnopqrstuvwxyz", true},
		{strings.ToUpper(tokA), false},
		{tokA[:25], false},
		{tokA + "a", false},
		{"nqy2eapqzqsdnpqkptwjaah4b1", false}, // 1 is not base32
		{"nqy2eapqzqsdnpqkptwjaah4b8", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := ValidToken(tt.in); got != tt.want {
			t.Errorf("ValidToken(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestIsOwnMessageID(t *testing.T) {
	tests := []struct {
		id, domain string
		want       bool
	}{
		{"spocd.abc123@gemeente.nl", "gemeente.nl", true},
		{"<spocd.abc123@gemeente.nl>", "gemeente.nl", true},
		{"SPOCD.abc@Gemeente.NL", "gemeente.nl", true},
		{"spocd.abc@gemeente.nl.evil.com", "gemeente.nl", false},
		{"xspocd.abc@gemeente.nl", "gemeente.nl", false},
		{"spocd.@gemeente.nl", "gemeente.nl", false},
		{"abc@gemeente.nl", "gemeente.nl", false},
		{"spocd.abc@gemeente.nl", "", false},
		{"", "gemeente.nl", false},
	}
	for _, tt := range tests {
		if got := IsOwnMessageID(tt.id, tt.domain); got != tt.want {
			t.Errorf("IsOwnMessageID(%q, %q) = %v, want %v", tt.id, tt.domain, got, tt.want)
		}
	}
}

func TestCleanSubjectAndTag(t *testing.T) {
	tests := []struct {
		subject, prefix      string
		clean, ref, tokenTag string
	}{
		{"RE: Antw: [SPOC-0042] Koffie", "SPOC", "Koffie", "SPOC-0042", ""},
		{"[spoc-0042 a:" + tokB + "] Goedkeuring gevraagd", "SPOC", "Goedkeuring gevraagd", "SPOC-0042", tokB},
		{"[SPOC-0042 A:" + strings.ToUpper(tokB) + "] x", "SPOC", "x", "SPOC-0042", tokB},
		{"Fwd: FW: Doorst: WG: Fw: AW: re:   Lamp   kapot", "SPOC", "Lamp kapot", "", ""},
		{"Re[2]: RE (3): [SPOC-7] Re: test", "SPOC", "test", "SPOC-7", ""},
		{"[SPOC-0042] RE: [SPOC-0042] dubbel", "SPOC", "dubbel", "SPOC-0042", ""},
		{"Reparatie dak", "SPOC", "Reparatie dak", "", ""},
		{"Reactie: graag", "SPOC", "Reactie: graag", "", ""},
		{"[FAC-12] stoel", "FAC", "stoel", "FAC-12", ""},
		{"[SPOC-0042] stoel", "FAC", "[SPOC-0042] stoel", "", ""},
		{"[a:" + tokC + "] los token", "SPOC", "los token", "", tokC},
		{"[SSC#4711] [SPOC-0001] Re: printer", "SPOC", "[SSC#4711] Re: printer", "SPOC-0001", ""},
		{"RE:", "SPOC", "", "", ""},
	}
	for _, tt := range tests {
		if got := cleanSubject(tt.subject, tt.prefix); got != tt.clean {
			t.Errorf("cleanSubject(%q) = %q, want %q", tt.subject, got, tt.clean)
		}
		ref, tok := subjectTag(tt.subject, tt.prefix)
		if ref != tt.ref || tok != tt.tokenTag {
			t.Errorf("subjectTag(%q) = %q, %q, want %q, %q", tt.subject, ref, tok, tt.ref, tt.tokenTag)
		}
	}
}

func TestTokenSources(t *testing.T) {
	base := "From: rianne@example.nl\r\n"
	tests := []struct {
		name, hdr, body string
		want            string
	}{
		{"plus in To", "To: SPOC <spoc+" + tokA + "@example.nl>\r\nSubject: [SPOC-1 a:" + tokB + "] x\r\n", "spocd-token: " + tokC, tokA},
		{"plus in Cc", "To: x@example.nl\r\nCc: spoc+" + tokA + "@example.nl\r\n", "", tokA},
		{"plus upper case", "To: SPOC+" + strings.ToUpper(tokA) + "@Example.NL\r\n", "", tokA},
		{"plus in Delivered-To", "Delivered-To: spoc+" + tokA + "@example.nl\r\nTo: spoc@example.nl\r\n", "", tokA},
		{"plus in X-Original-To", "X-Original-To: spoc+" + tokA + "@example.nl\r\n", "", tokA},
		{"plus in Envelope-To", "Envelope-To: spoc+" + tokA + "@example.nl\r\n", "", tokA},
		{"other local part", "To: notspoc+" + tokA + "@example.nl\r\n", "", ""},
		{"plus with short token", "To: spoc+abc@example.nl\r\n", "", ""},
		{"subject tag", "To: spoc@example.nl\r\nSubject: Re: [SPOC-1 a:" + tokB + "] x\r\n", "spocd-token: " + tokC, tokB},
		{"footer", "To: spoc@example.nl\r\nSubject: Re: [SPOC-1] x\r\n", "akkoord\r\n\r\n> SPOCD-Token: " + tokC + "\r\n", tokC},
		{"footer too long", "To: spoc@example.nl\r\n", "spocd-token: " + tokC + "abc\r\n", ""},
		{"none", "To: spoc@example.nl\r\n", "akkoord", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := mustParse(t, base+tt.hdr+"\r\n"+tt.body, Options{PlusLocal: "spoc"})
			if m.Token != tt.want {
				t.Errorf("Token = %q, want %q", m.Token, tt.want)
			}
		})
	}
	// Without PlusLocal the plus address is not used.
	m := mustParse(t, base+"To: spoc+"+tokA+"@example.nl\r\n\r\nx", Options{})
	if m.Token != "" {
		t.Errorf("no PlusLocal: Token = %q, want empty", m.Token)
	}
	// Footer only in the HTML alternative.
	raw := base + "Content-Type: multipart/alternative; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nakkoord\r\n" +
		"--b\r\nContent-Type: text/html\r\n\r\n<p>akkoord</p><p>spocd-token: <span>" + tokC + "</span></p>\r\n--b--\r\n"
	m = mustParse(t, raw, Options{})
	if m.Token != tokC {
		t.Errorf("footer in HTML: Token = %q, want %q", m.Token, tokC)
	}
}

func TestClassify(t *testing.T) {
	opt := Options{OwnAddresses: []string{"SPOC@Example.nl"}, OwnDomain: "example.nl"}
	tests := []struct {
		name, raw string
		want      IgnoreReason
	}{
		{"normal", "From: a@example.nl\r\nSubject: Lamp kapot\r\n", IgnoreNone},
		{"auto-submitted no", "From: a@example.nl\r\nAuto-Submitted: no\r\n", IgnoreNone},
		{"auto-generated", "From: a@example.nl\r\nAuto-Submitted: auto-generated\r\n", IgnoreAutoReply},
		{"x-autoreply", "From: a@example.nl\r\nX-Autoreply: yes\r\n", IgnoreAutoReply},
		{"x-autorespond", "From: a@example.nl\r\nX-Autorespond: yes\r\n", IgnoreAutoReply},
		{"ms suppress", "From: a@example.nl\r\nX-Auto-Response-Suppress: DR, OOF, AutoReply\r\n", IgnoreAutoReply},
		{"subject automatic reply", "From: a@example.nl\r\nSubject: Automatic reply: [SPOC-1] x\r\n", IgnoreAutoReply},
		{"subject out of office", "From: a@example.nl\r\nSubject: Out of Office: vakantie\r\n", IgnoreAutoReply},
		{"subject afwezig", "From: a@example.nl\r\nSubject: Afwezig: x\r\n", IgnoreAutoReply},
		{"subject afwezig as word", "From: a@example.nl\r\nSubject: Afwezigheid melden in systeem kapot\r\n", IgnoreNone},
		{"precedence auto_reply", "From: a@example.nl\r\nPrecedence: auto_reply\r\n", IgnoreAutoReply},
		{"mdn", "From: a@example.nl\r\nContent-Type: multipart/report; report-type=disposition-notification; boundary=b\r\n", IgnoreAutoReply},
		{"dsn", "From: a@example.nl\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=b\r\n", IgnoreBounce},
		{"mailer-daemon", "From: MAILER-DAEMON@mx.example.nl\r\n", IgnoreBounce},
		{"postmaster", "From: Postmaster <postmaster@example.com>\r\n", IgnoreBounce},
		{"return-path empty", "Return-Path: <>\r\nFrom: a@example.nl\r\n", IgnoreBounce},
		{"return-path empty auto-reply", "Return-Path: <>\r\nFrom: a@example.nl\r\nAuto-Submitted: auto-replied\r\n", IgnoreAutoReply},
		{"subject onbestelbaar", "From: a@example.nl\r\nSubject: Onbestelbaar: x\r\n", IgnoreBounce},
		{"subject dsn", "From: a@example.nl\r\nSubject: Delivery Status Notification (Failure)\r\n", IgnoreBounce},
		{"list-id", "From: a@example.nl\r\nList-Id: <x.example>\r\n", IgnoreList},
		{"precedence bulk", "From: a@example.nl\r\nPrecedence: bulk\r\n", IgnoreList},
		{"precedence junk", "From: a@example.nl\r\nPrecedence: junk\r\n", IgnoreList},
		{"list-unsubscribe alone", "From: a@example.nl\r\nList-Unsubscribe: <mailto:u@x>\r\n", IgnoreNone},
		{"list-unsubscribe with precedence", "From: a@example.nl\r\nList-Unsubscribe: <mailto:u@x>\r\nPrecedence: first-class\r\n", IgnoreList},
		{"own instance header", "From: a@example.nl\r\nX-SPOCd-Instance: one\r\n", IgnoreOwnMail},
		{"own address", "From: SPOC <spoc@example.nl>\r\n", IgnoreOwnMail},
		{"own message id", "From: a@example.nl\r\nMessage-ID: <spocd.xyz@example.nl>\r\n", IgnoreOwnMail},
		{"own beats auto", "From: spoc@example.nl\r\nAuto-Submitted: auto-generated\r\n", IgnoreOwnMail},
		{"bounce beats auto", "From: MAILER-DAEMON@x\r\nAuto-Submitted: auto-replied\r\n", IgnoreBounce},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := mustParse(t, tt.raw+"\r\nbody\r\n", opt)
			if m.Ignore != tt.want {
				t.Errorf("Ignore = %q, want %q", m.Ignore, tt.want)
			}
		})
	}
}

func TestCharsets(t *testing.T) {
	tests := []struct {
		name, ctype, cte string
		body             []byte
		want             string
		problem          bool
	}{
		{"latin1 euro", "text/plain; charset=iso-8859-1", "8bit", []byte("\x80 5 caf\xe9"), "€ 5 café", false},
		{"latin1 label", "text/plain; charset=latin1", "8bit", []byte("\x80"), "€", false},
		{"us-ascii with cp1252", "text/plain; charset=us-ascii", "8bit", []byte("caf\xe9 \x80"), "café €", false},
		{"us-ascii with utf-8", "text/plain; charset=us-ascii", "8bit", []byte("café"), "café", false},
		{"no charset utf-8", "text/plain", "8bit", []byte("café €"), "café €", false},
		{"utf-8 with stray byte", "text/plain; charset=utf-8", "8bit", []byte("café \x80"), "café €", false},
		{"iso-8859-15", "text/plain; charset=iso-8859-15", "8bit", []byte("\xa4"), "€", false},
		{"windows-1250", "text/plain; charset=windows-1250", "8bit", []byte("\x8a"), "Š", false},
		{"utf-16le", "text/plain; charset=utf-16le", "8bit", []byte("h\x00i\x00"), "hi", false},
		{"quoted charset", "text/plain; charset=\"ISO-8859-1\"", "quoted-printable", []byte("=80=E9"), "€é", false},
		{"unknown", "text/plain; charset=x-foo", "8bit", []byte("caf\xe9"), "café", true},
		{"html meta charset", "text/html", "8bit", []byte("<meta charset=\"windows-1252\"><p>\x80 3</p>"), "€ 3", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw := "From: a@b.nl\r\nContent-Type: " + tt.ctype + "\r\nContent-Transfer-Encoding: " + tt.cte + "\r\n\r\n" + string(tt.body)
			m := mustParse(t, raw, Options{})
			if m.Text != tt.want {
				t.Errorf("Text = %q, want %q", m.Text, tt.want)
			}
			if got := hasProblem(m, "unknown charset"); got != tt.problem {
				t.Errorf("Problems = %q, want unknown charset problem %v", m.Problems, tt.problem)
			}
		})
	}
}

func TestHeaderEncodings(t *testing.T) {
	tests := []struct{ raw, want string }{
		{"=?iso-8859-1?Q?=80_5?=", "€ 5"},
		{"=?windows-1252?B?gCA1?=", "€ 5"},
		{"=?utf-8?B?4oKsIDU=?=", "€ 5"},
		{"=?utf-8?Q?a?= =?utf-8?Q?b?=", "ab"},
		{"caf\xe9 \x80", "café €"},
		{"café €", "café €"},
		{"tab\there\x00nul", "tab herenul"},
		{"=?utf-8?Q?broken", "=?utf-8?Q?broken"},
	}
	for _, tt := range tests {
		var p problems
		if got := decodeHeaderText(tt.raw, &p); got != tt.want {
			t.Errorf("decodeHeaderText(%q) = %q, want %q", tt.raw, got, tt.want)
		}
	}
}

func TestQuotedPrintableReader(t *testing.T) {
	tests := []struct {
		in, want string
		bad      bool
	}{
		{"a=3Db", "a=b", false},
		{"soft =\r\nbreak", "soft break", false},
		{"soft =  \r\nbreak with ws", "soft break with ws", false},
		{"soft=\nlf", "softlf", false},
		{"trailing   \r\nline", "trailing\r\nline", false},
		{"lower =e2=82=ac", "lower €", false},
		{"bad =ZZ", "bad =ZZ", true},
		{"bad =4", "bad =4", true},
		{"bad =4G", "bad =4G", true},
		{"end =", "end ", false},
		{"= x", "= x", true},
	}
	for _, tt := range tests {
		for _, oneByte := range []bool{false, true} {
			var src io.Reader = strings.NewReader(tt.in)
			if oneByte {
				src = iotest.OneByteReader(src)
			}
			q := &qpReader{src: src}
			got, err := io.ReadAll(q)
			if err != nil {
				t.Fatalf("qp(%q) error = %v", tt.in, err)
			}
			if string(got) != tt.want {
				t.Errorf("qp(%q, oneByte=%v) = %q, want %q", tt.in, oneByte, got, tt.want)
			}
			if (q.bad > 0) != tt.bad {
				t.Errorf("qp(%q) bad = %d, want bad %v", tt.in, q.bad, tt.bad)
			}
		}
	}
}

func TestBase64Reader(t *testing.T) {
	tests := []struct {
		in, want string
		bad      bool
	}{
		{"aGFsbG8=", "hallo", false},
		{"aGFs\r\nbG8=", "hallo", false},
		{" aGFs bG8= ", "hallo", false},
		{"aGFsbG8", "hallo", false},               // missing padding
		{"aGFsbG8=aGFsbG8=", "hallohallo", false}, // concatenated
		{"aGFs\r\n!! junk line !!\r\nbG8=", "hallo", true},
		{"aGFsbG8=\r\nQ", "hallo", true},
		{"", "", false},
	}
	for _, tt := range tests {
		for _, oneByte := range []bool{false, true} {
			var src io.Reader = strings.NewReader(tt.in)
			if oneByte {
				src = iotest.OneByteReader(src)
			}
			b := &b64Reader{src: src}
			got, err := io.ReadAll(b)
			if err != nil {
				t.Fatalf("b64(%q) error = %v", tt.in, err)
			}
			if string(got) != tt.want {
				t.Errorf("b64(%q, oneByte=%v) = %q, want %q", tt.in, oneByte, got, tt.want)
			}
			if (b.bad > 0) != tt.bad {
				t.Errorf("b64(%q) bad = %d, want bad %v", tt.in, b.bad, tt.bad)
			}
		}
	}
}

func TestExtractAttachments(t *testing.T) {
	raw := readTestdata(t, "attachments.eml")
	var got []Attachment
	var pdf []byte
	err := ExtractAttachments(bytes.NewReader(raw), testOpts, func(a Attachment, body io.Reader) error {
		got = append(got, a)
		b, err := io.ReadAll(body)
		if err != nil {
			return err
		}
		if a.ContentType == "application/pdf" {
			pdf = b
		}
		return nil
	})
	if err != nil {
		t.Fatalf("ExtractAttachments() error = %v", err)
	}
	if len(got) != 2 || got[0].Filename != "image001.png" || !got[0].Inline || got[1].Filename != "Offerte verhuizing – 2025.pdf" {
		t.Errorf("attachments = %+v", got)
	}
	if !bytes.HasPrefix(pdf, []byte("%PDF-1.4")) || !bytes.HasSuffix(pdf, []byte("%%EOF\n")) {
		t.Errorf("pdf body = %q", pdf)
	}

	// fn that does not read and one that fails.
	n := 0
	if err := ExtractAttachments(bytes.NewReader(raw), testOpts, func(Attachment, io.Reader) error { n++; return nil }); err != nil || n != 2 {
		t.Errorf("ExtractAttachments(no read) = %v, %d calls, want nil, 2", err, n)
	}
	boom := errors.New("boom")
	n = 0
	err = ExtractAttachments(bytes.NewReader(raw), testOpts, func(Attachment, io.Reader) error { n++; return boom })
	if !errors.Is(err, boom) || n != 1 {
		t.Errorf("ExtractAttachments(failing fn) = %v after %d calls, want boom after 1", err, n)
	}
	if err := ExtractAttachments(strings.NewReader(""), testOpts, func(Attachment, io.Reader) error { return nil }); !errors.Is(err, ErrNoMessage) {
		t.Errorf("ExtractAttachments(empty) = %v, want ErrNoMessage", err)
	}
}

func TestAttachmentJSON(t *testing.T) {
	b, err := json.Marshal(Attachment{Filename: "a.pdf", ContentType: "application/pdf", Size: 3, ContentID: "x", Inline: true})
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != `{"filename":"a.pdf","content_type":"application/pdf","size":3}` {
		t.Errorf("json = %s", b)
	}
}

// TestDeps keeps the package pure: no database, HTTP or SMTP code.
func TestDeps(t *testing.T) {
	if testing.Short() {
		t.Skip("go list in short mode")
	}
	out, err := exec.Command("go", "list", "-deps", ".").Output()
	if err != nil {
		t.Skipf("go list: %v", err)
	}
	for _, dep := range strings.Fields(string(out)) {
		switch {
		case dep == "database/sql", dep == "net/http", dep == "net/smtp",
			strings.HasPrefix(dep, "github.com/spocd/spocd/") && dep != "github.com/spocd/spocd/mail":
			t.Errorf("package mail depends on %s", dep)
		}
	}
}
