package compose

import (
	"bytes"
	"encoding/base64"
	"errors"
	"io"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	_ "github.com/emersion/go-message/charset"
	gomsg "github.com/emersion/go-message/mail"
)

func sampleMail() Mail {
	return Mail{
		MessageID:  "spocd.abc123@gemeente.example",
		Date:       time.Date(2026, 3, 2, 9, 30, 0, 0, time.UTC),
		From:       Address{Name: "SPOC Gemeente", Addr: "spoc@gemeente.example"},
		To:         []Address{{Name: "Jan de Vries", Addr: "jan@gemeente.example"}},
		Cc:         []Address{{Addr: "spoc-klant@gemeente.example"}},
		ReplyTo:    []Address{{Addr: "spoc+tok123@gemeente.example"}},
		Subject:    "[SPOC-0042] Nieuwe laptop",
		Text:       "Hallo Jan,\nWe hebben je verzoek ontvangen.\n",
		HTML:       "<p>Hallo Jan,</p><p>We hebben je verzoek ontvangen.</p>",
		InReplyTo:  "<orig@client.example>",
		References: []string{"orig@client.example", "<other@client.example>", "bad id"},
		Headers:    [][2]string{{"X-SPOCd-Ref", "SPOC-0042"}},
	}
}

type parsed struct {
	header gomsg.Header
	texts  map[string]string // content type -> body
	files  []parsedFile
}

type parsedFile struct {
	name, ctype, cid, disposition string
	data                          []byte
}

func parse(t *testing.T, raw []byte) parsed {
	t.Helper()
	r, err := gomsg.CreateReader(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("CreateReader: %v", err)
	}
	p := parsed{header: r.Header, texts: map[string]string{}}
	for {
		part, err := r.NextPart()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("NextPart: %v", err)
		}
		body, err := io.ReadAll(part.Body)
		if err != nil {
			t.Fatalf("read part: %v", err)
		}
		switch h := part.Header.(type) {
		case *gomsg.InlineHeader:
			ct, _, _ := h.ContentType()
			disp, _, _ := h.ContentDisposition()
			if disp == "inline" && h.Get("Content-Id") != "" {
				name, _, _ := strings.Cut(ct, ";")
				p.files = append(p.files, parsedFile{ctype: name, cid: h.Get("Content-Id"), disposition: disp, data: body})
				continue
			}
			p.texts[ct] = string(body)
		case *gomsg.AttachmentHeader:
			name, err := h.Filename()
			if err != nil {
				t.Fatalf("Filename: %v", err)
			}
			ct, _, _ := h.ContentType()
			p.files = append(p.files, parsedFile{name: name, ctype: ct, disposition: "attachment", data: body})
		}
	}
	return p
}

func TestBuildHeaders(t *testing.T) {
	raw, err := Build(sampleMail())
	if err != nil {
		t.Fatalf("Build() error = %v", err)
	}
	if bytes.Contains(bytes.ReplaceAll(raw, []byte("\r\n"), nil), []byte("\n")) {
		t.Errorf("Build() output contains a bare LF")
	}
	p := parse(t, raw)
	h := p.header

	if id, err := h.MessageID(); err != nil || id != "spocd.abc123@gemeente.example" {
		t.Errorf("Message-ID = %q, %v; want spocd.abc123@gemeente.example", id, err)
	}
	if d, err := h.Date(); err != nil || !d.Equal(time.Date(2026, 3, 2, 9, 30, 0, 0, time.UTC)) {
		t.Errorf("Date = %v, %v", d, err)
	}
	if s, _ := h.Subject(); s != "[SPOC-0042] Nieuwe laptop" {
		t.Errorf("Subject = %q", s)
	}
	from, err := h.AddressList("From")
	if err != nil || len(from) != 1 || from[0].Address != "spoc@gemeente.example" || from[0].Name != "SPOC Gemeente" {
		t.Errorf("From = %v, %v", from, err)
	}
	to, err := h.AddressList("To")
	if err != nil || len(to) != 1 || to[0].Address != "jan@gemeente.example" || to[0].Name != "Jan de Vries" {
		t.Errorf("To = %v, %v", to, err)
	}
	cc, err := h.AddressList("Cc")
	if err != nil || len(cc) != 1 || cc[0].Address != "spoc-klant@gemeente.example" {
		t.Errorf("Cc = %v, %v", cc, err)
	}
	rt, err := h.AddressList("Reply-To")
	if err != nil || len(rt) != 1 || rt[0].Address != "spoc+tok123@gemeente.example" {
		t.Errorf("Reply-To = %v, %v", rt, err)
	}
	if irt, err := h.MsgIDList("In-Reply-To"); err != nil || len(irt) != 1 || irt[0] != "orig@client.example" {
		t.Errorf("In-Reply-To = %v, %v", irt, err)
	}
	refs, err := h.MsgIDList("References")
	if err != nil || strings.Join(refs, ",") != "orig@client.example,other@client.example" {
		t.Errorf("References = %v, %v; want the two valid ids", refs, err)
	}
	for k, want := range map[string]string{
		"Auto-Submitted":           "auto-generated",
		"X-Auto-Response-Suppress": "All",
		"X-SPOCd-Instance":         "1",
		"X-SPOCd-Ref":              "SPOC-0042",
		"Precedence":               "",
		"Bcc":                      "",
	} {
		if got := h.Get(k); got != want {
			t.Errorf("header %s = %q, want %q", k, got, want)
		}
	}
	if !strings.Contains(p.texts["text/plain"], "We hebben je verzoek ontvangen.") {
		t.Errorf("text part = %q", p.texts["text/plain"])
	}
	if !strings.Contains(p.texts["text/html"], "<p>Hallo Jan,</p>") {
		t.Errorf("html part = %q", p.texts["text/html"])
	}
	if ct, _, _ := h.ContentType(); ct != "multipart/alternative" {
		t.Errorf("Content-Type = %q, want multipart/alternative", ct)
	}
}

func TestBuildStableMessageID(t *testing.T) {
	m := sampleMail()
	a, err := Build(m)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Build(m)
	if err != nil {
		t.Fatal(err)
	}
	pa, pb := parse(t, a), parse(t, b)
	ida, _ := pa.header.MessageID()
	idb, _ := pb.header.MessageID()
	if ida != idb || ida != m.MessageID {
		t.Errorf("Message-ID changed between builds: %q, %q, want %q", ida, idb, m.MessageID)
	}
}

func TestBuildHeaderInjection(t *testing.T) {
	m := sampleMail()
	m.Subject = "x\r\nBcc: evil@x.example"
	m.To = []Address{{Name: "Eve\r\nBcc: evil2@x.example", Addr: "eve@x.example"}}
	m.Headers = [][2]string{{"X-SPOCd-Ref", "SPOC-1\nBcc: evil3@x.example"}}
	raw, err := Build(m)
	if err != nil {
		t.Fatalf("Build() error = %v", err)
	}
	if regexp.MustCompile(`(?mi)^bcc:`).Match(raw) {
		t.Fatalf("Build() created a Bcc header:\n%s", raw)
	}
	h := parse(t, raw).header
	if s, _ := h.Subject(); s != "x  Bcc: evil@x.example" {
		t.Errorf("Subject = %q, want CR/LF replaced by spaces", s)
	}
	if got := h.Get("X-SPOCd-Ref"); got != "SPOC-1 Bcc: evil3@x.example" {
		t.Errorf("X-SPOCd-Ref = %q", got)
	}
	if h.Get("Bcc") != "" {
		t.Errorf("Bcc header present")
	}
}

func TestBuildUTF8Subject(t *testing.T) {
	m := sampleMail()
	m.Subject = "[SPOC-0042] Bureaustoel kapot – graag vóór maandag ☕"
	m.From.Name = "Gemeente Zuid-Ölst"
	raw, err := Build(m)
	if err != nil {
		t.Fatal(err)
	}
	head, _, _ := bytes.Cut(raw, []byte("\r\n\r\n"))
	for _, b := range head {
		if b >= 0x80 {
			t.Fatalf("header contains 8-bit byte:\n%s", head)
		}
	}
	h := parse(t, raw).header
	if s, _ := h.Subject(); s != m.Subject {
		t.Errorf("Subject = %q, want %q", s, m.Subject)
	}
	from, _ := h.AddressList("From")
	if len(from) != 1 || from[0].Name != "Gemeente Zuid-Ölst" {
		t.Errorf("From = %v", from)
	}
}

func TestBuildAttachments(t *testing.T) {
	m := sampleMail()
	bin := make([]byte, 3000)
	for i := range bin {
		bin[i] = byte(i * 7)
	}
	m.Attachments = []Attachment{
		{Filename: "offerte.pdf", ContentType: "application/pdf", Data: bin},
		{Filename: "logo.png", ContentType: "image/png", ContentID: "logo@spocd", Inline: true, Data: []byte("\x89PNG fake")},
		{Filename: "notities één.txt", ContentType: "not a type", Data: []byte("hallo\r\n")},
	}
	raw, err := Build(m)
	if err != nil {
		t.Fatalf("Build() error = %v", err)
	}
	p := parse(t, raw)
	if ct, _, _ := p.header.ContentType(); ct != "multipart/mixed" {
		t.Errorf("Content-Type = %q, want multipart/mixed", ct)
	}
	if len(p.files) != 3 {
		t.Fatalf("got %d files, want 3: %+v", len(p.files), p.files)
	}
	byName := map[string]parsedFile{}
	for _, f := range p.files {
		key := f.name
		if f.cid != "" {
			key = f.cid
		}
		byName[key] = f
	}
	if f := byName["offerte.pdf"]; !bytes.Equal(f.data, bin) || f.ctype != "application/pdf" {
		t.Errorf("offerte.pdf: ctype %q, %d bytes, equal=%v", f.ctype, len(f.data), bytes.Equal(f.data, bin))
	}
	if f := byName["<logo@spocd>"]; string(f.data) != "\x89PNG fake" || f.ctype != "image/png" {
		t.Errorf("inline logo = %+v", f)
	}
	if f := byName["notities één.txt"]; string(f.data) != "hallo\r\n" || f.ctype != "application/octet-stream" {
		t.Errorf("notities = %+v", f)
	}
	if !strings.Contains(p.texts["text/html"], "Hallo Jan") || !strings.Contains(p.texts["text/plain"], "Hallo Jan") {
		t.Errorf("bodies lost with attachments: %v", p.texts)
	}
}

func TestBuildSingleParts(t *testing.T) {
	tests := []struct {
		name, text, html, wantCT string
	}{
		{"text only", "alleen tekst", "", "text/plain"},
		{"html only", "", "<b>alleen html</b>", "text/html"},
		{"empty", "", "", "text/plain"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := sampleMail()
			m.Text, m.HTML = tt.text, tt.html
			raw, err := Build(m)
			if err != nil {
				t.Fatal(err)
			}
			p := parse(t, raw)
			if ct, _, _ := p.header.ContentType(); ct != tt.wantCT {
				t.Errorf("Content-Type = %q, want %q", ct, tt.wantCT)
			}
			if got := strings.TrimSpace(p.texts[tt.wantCT]); got != tt.text+tt.html {
				t.Errorf("body = %q, want %q", got, tt.text+tt.html)
			}
		})
	}
}

func TestBuildAutoReplied(t *testing.T) {
	m := sampleMail()
	m.AutoSubmitted = "auto-replied"
	raw, err := Build(m)
	if err != nil {
		t.Fatal(err)
	}
	p := parse(t, raw)
	if got := p.header.Get("Auto-Submitted"); got != "auto-replied" {
		t.Errorf("Auto-Submitted = %q, want auto-replied", got)
	}
}

func TestBuildInvalid(t *testing.T) {
	tests := []struct {
		name   string
		modify func(*Mail)
	}{
		{"no message-id", func(m *Mail) { m.MessageID = "" }},
		{"message-id with space", func(m *Mail) { m.MessageID = "a b@c" }},
		{"no recipients", func(m *Mail) { m.To, m.Cc = nil, nil }},
		{"bad from", func(m *Mail) { m.From.Addr = "not an address" }},
		{"from injection", func(m *Mail) { m.From.Addr = "a@b.example>\r\nBcc: x@y" }},
		{"bad to", func(m *Mail) { m.To = []Address{{Addr: "@@"}} }},
		{"reserved header", func(m *Mail) { m.Headers = [][2]string{{"Bcc", "x@y.example"}} }},
		{"bad header name", func(m *Mail) { m.Headers = [][2]string{{"X-A\r\nBcc", "x"}} }},
		{"bad auto-submitted", func(m *Mail) { m.AutoSubmitted = "no" }},
		{"inline without cid", func(m *Mail) { m.Attachments = []Attachment{{Filename: "a.png", Inline: true}} }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := sampleMail()
			tt.modify(&m)
			_, err := Build(m)
			if !errors.Is(err, ErrInvalid) {
				t.Errorf("Build() error = %v, want ErrInvalid", err)
			}
		})
	}
}

func TestNewMessageID(t *testing.T) {
	re := regexp.MustCompile(`^spocd\.[0-9a-v]{29}@gemeente\.example$`)
	a := NewMessageID("Gemeente.Example")
	b := NewMessageID("gemeente.example")
	if !re.MatchString(a) || !re.MatchString(b) {
		t.Errorf("NewMessageID() = %q, %q; want match %s", a, b, re)
	}
	if a == b {
		t.Errorf("NewMessageID() returned the same id twice: %q", a)
	}
	// Ids sort by creation (the database's index of them stays append-only), also across
	// a change in the number of leading zeros of the clock.
	// The first 12 characters are the clock's top 60 bits.
	prev := a[:len("spocd.")+12]
	for range 1000 {
		id := NewMessageID("gemeente.example")
		if id[:len(prev)] < prev {
			t.Fatalf("NewMessageID() = %q after one starting %q: not in creation order", id, prev)
		}
		prev = id[:len(prev)]
	}
	if got := NewMessageID("bad domain\r\n"); !strings.HasSuffix(got, "@baddomain") {
		t.Errorf("NewMessageID(bad) = %q", got)
	}
	if got := NewMessageID(""); !strings.HasSuffix(got, "@localhost") {
		t.Errorf("NewMessageID(\"\") = %q", got)
	}
}

func TestMailto(t *testing.T) {
	tests := []struct {
		addr, subject, body string
		want                string
	}{
		{"spoc+tok@gemeente.example", "Re: [SPOC-0042] akkoord", "akkoord",
			"mailto:spoc+tok@gemeente.example?subject=Re%3A%20%5BSPOC-0042%5D%20akkoord&body=akkoord"},
		{"a@b.example", "", "", "mailto:a@b.example"},
		{"a@b.example", "", "regel 1\nregel 2", "mailto:a@b.example?body=regel%201%0D%0Aregel%202"},
		{"a@b.example", "1+1 & 50% #x ?", "", "mailto:a@b.example?subject=1%2B1%20%26%2050%25%20%23x%20%3F"},
		{"a@b.example", "vóór", "", "mailto:a@b.example?subject=v%C3%B3%C3%B3r"},
		{"odd%?#@b.example", "", "", "mailto:odd%25%3F%23@b.example"},
	}
	for _, tt := range tests {
		got := Mailto(tt.addr, tt.subject, tt.body)
		if got != tt.want {
			t.Errorf("Mailto(%q, %q, %q) = %q, want %q", tt.addr, tt.subject, tt.body, got, tt.want)
		}
		u, err := url.Parse(got)
		if err != nil {
			t.Errorf("url.Parse(%q): %v", got, err)
			continue
		}
		q, _ := url.ParseQuery(u.RawQuery)
		if tt.subject != "" && q.Get("subject") != tt.subject {
			t.Errorf("subject round trip = %q, want %q", q.Get("subject"), tt.subject)
		}
		if tt.body != "" && q.Get("body") != strings.ReplaceAll(tt.body, "\n", "\r\n") {
			t.Errorf("body round trip = %q", q.Get("body"))
		}
	}
}

func FuzzBuild(f *testing.F) {
	f.Add("subject", "Name", "a@b.example", "text", "<p>html</p>", "X-A", "v")
	f.Add("x\r\nBcc: e@x", "N\r\n", "a@b.example", "", "", "X-B", "\r\n")
	f.Fuzz(func(t *testing.T, subject, name, addr, text, html, hname, hval string) {
		m := Mail{
			MessageID: "id@x.example", From: Address{Name: name, Addr: "spoc@x.example"},
			To: []Address{{Name: name, Addr: addr}}, Subject: subject, Text: text, HTML: html,
			Headers: [][2]string{{hname, hval}},
		}
		raw, err := Build(m)
		if err != nil {
			return
		}
		if regexp.MustCompile(`(?mi)^bcc:`).Match(raw) {
			t.Fatalf("Bcc header injected:\n%s", raw)
		}
	})
}

// b64Lines encodes data as base64 in lines of n characters (CRLF).
func b64Lines(data []byte, n int) []byte {
	s := base64.StdEncoding.EncodeToString(data)
	var b bytes.Buffer
	for len(s) > n {
		b.WriteString(s[:n] + "\r\n")
		s = s[n:]
	}
	b.WriteString(s + "\r\n")
	return b.Bytes()
}

// Attachments forwarded with their base64 body as it stood in the original are copied
// into the mail, not decoded and encoded again; the mail reads the same.
func TestBuildSplicedAttachments(t *testing.T) {
	bin := make([]byte, 40000)
	for i := range bin {
		bin[i] = byte(i*13 + i/7)
	}
	for _, tc := range []struct {
		name string
		mail func() Mail
		top  string
	}{
		{"text and html", sampleMail, "text/plain"},
		{"text only", func() Mail { m := sampleMail(); m.HTML = ""; m.Text = "Één regel met é\n"; return m }, "text/plain"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := tc.mail()
			m.Attachments = []Attachment{
				{Filename: "offerte.pdf", ContentType: "application/pdf", Encoded: b64Lines(bin, 76)},
				{Filename: "foto één; 2.jpg", ContentType: "image/jpeg", Encoded: b64Lines(bin[:999], 60)},
			}
			raw, err := Build(m)
			if err != nil {
				t.Fatal(err)
			}
			p := parse(t, raw)
			if ct, _, _ := p.header.ContentType(); ct != "multipart/mixed" {
				t.Errorf("Content-Type = %q, want multipart/mixed", ct)
			}
			if p.header.Get("Subject") == "" || len(p.header.Values("Message-Id")) != 1 || len(p.header.Values("Content-Type")) != 1 {
				t.Errorf("top header fields: Subject %q, Message-Id %v, Content-Type %v", p.header.Get("Subject"), p.header.Values("Message-Id"), p.header.Values("Content-Type"))
			}
			if len(p.files) != 2 || !bytes.Equal(p.files[0].data, bin) || !bytes.Equal(p.files[1].data, bin[:999]) {
				t.Fatalf("files: %d, first equal %v", len(p.files), len(p.files) > 0 && bytes.Equal(p.files[0].data, bin))
			}
			if p.files[0].name != "offerte.pdf" || p.files[1].name != "foto één; 2.jpg" || p.files[1].ctype != "image/jpeg" {
				t.Errorf("names/types: %+v / %+v", p.files[0].name, p.files[1])
			}
			want := strings.TrimSpace(strings.SplitN(m.Text, "\n", 2)[0])
			if !strings.Contains(p.texts[tc.top], want) {
				t.Errorf("text part lost: %q", p.texts)
			}
			for _, line := range strings.Split(string(raw), "\r\n") {
				if len(line) > 998 {
					t.Fatalf("line of %d characters", len(line))
				}
			}
		})
	}
	m := sampleMail()
	m.Attachments = []Attachment{{Filename: "x.bin", Encoded: []byte("not base64!\r\n")}}
	if _, err := Build(m); !errors.Is(err, ErrInvalid) {
		t.Errorf("Build with a dirty encoded body = %v, want ErrInvalid", err)
	}
}

func TestValidBase64Body(t *testing.T) {
	long := strings.Repeat("QUJD", 250) // 1,000 characters
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"", true},
		{"QUJD\r\nREVG\r\n", true},
		{"QUJD\nREVG==", true},
		{"QUJD\r\n\r\nREVG\r\n", true},
		{long[:998] + "\r\n", true},
		{long[:999] + "\r\n", false},
		{"QUJD\r\nRE VG\r\n", false},
		{"QUJD\r\n-REVG\r\n", false},
		{"QUJD\rREVG", false},
		{"QUJD\x00", false},
	} {
		if got := ValidBase64Body([]byte(tc.in)); got != tc.want {
			t.Errorf("ValidBase64Body(%.20q…) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func BenchmarkValidBase64Body(b *testing.B) {
	body := b64Lines(make([]byte, 3<<20), 76)
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		if !ValidBase64Body(body) {
			b.Fatal("invalid")
		}
	}
}
