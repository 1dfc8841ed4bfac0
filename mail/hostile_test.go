package mail

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
)

func mustParse(t *testing.T, raw string, opt Options) *Message {
	t.Helper()
	m, err := Parse(strings.NewReader(raw), opt)
	if err != nil {
		t.Fatalf("Parse() error = %v", err)
	}
	return m
}

func TestParseNoMessage(t *testing.T) {
	for _, raw := range []string{"", "\r\n", "\n\nbody only\n", " leading space\n"} {
		_, err := Parse(strings.NewReader(raw), Options{})
		if !errors.Is(err, ErrNoMessage) {
			t.Errorf("Parse(%q) error = %v, want ErrNoMessage", raw, err)
		}
	}
}

type errReader struct{ err error }

func (e errReader) Read([]byte) (int, error) { return 0, e.err }

func TestParseReadError(t *testing.T) {
	boom := errors.New("boom")
	_, err := Parse(errReader{boom}, Options{})
	if !errors.Is(err, boom) || !errors.Is(err, ErrNoMessage) {
		t.Fatalf("Parse(failing reader) error = %v, want boom and ErrNoMessage", err)
	}
	// A reader that fails inside the header keeps the fields read so far.
	r0 := io.MultiReader(strings.NewReader("Subject: half\r\nFrom: a@b.nl\r\n"), errReader{errors.New("cable cut")})
	m0, err := Parse(r0, Options{})
	if err != nil || m0.Subject != "half" || !hasProblem(m0, "cable cut") {
		t.Errorf("Parse(failing in header) = %+v, %v; want subject half and a read problem", m0, err)
	}
	// A reader that fails after the header still gives a message.
	r := io.MultiReader(strings.NewReader("Subject: x\r\n\r\nhello "), errReader{errors.New("disk gone")})
	m, err := Parse(r, Options{})
	if err != nil {
		t.Fatalf("Parse(header then failure) error = %v", err)
	}
	if m.Subject != "x" || m.Text != "hello" {
		t.Errorf("Parse(header then failure) = %q/%q, want x/hello", m.Subject, m.Text)
	}
	if !hasProblem(m, "disk gone") {
		t.Errorf("Problems = %q, want the read error", m.Problems)
	}
}

func TestParseHugeSubject(t *testing.T) {
	subject := strings.Repeat("koffie ", 100<<10/7)
	raw := "From: a@b.nl\r\nSubject: " + subject + "\r\n\r\nbody\r\n"
	m := mustParse(t, raw, Options{})
	if len(m.Subject) < 100000 || m.Text != "body" {
		t.Errorf("huge subject: len(Subject) = %d, Text = %q", len(m.Subject), m.Text)
	}
	// Folded over thousands of lines.
	folded := "From: a@b.nl\r\nSubject: " + strings.Repeat("koffie\r\n ", 20000) + "\r\n\r\nbody\r\n"
	m = mustParse(t, folded, Options{})
	if !strings.HasPrefix(m.Subject, "koffie koffie") || m.Text != "body" {
		t.Errorf("folded subject: Subject[:20] = %q, Text = %q", m.Subject[:20], m.Text)
	}
}

func TestParseHeaderTooBig(t *testing.T) {
	raw := "From: a@b.nl\r\nX-Junk: " + strings.Repeat("x", 3000) + "\r\nSubject: late\r\n\r\nbody\r\n"
	m := mustParse(t, raw, Options{MaxHeaderBytes: 1024})
	if !hasProblem(m, "header larger than 1024") {
		t.Errorf("Problems = %q, want header too large", m.Problems)
	}
	if m.From.Addr != "a@b.nl" || m.Text != "body" {
		t.Errorf("From = %q, Text = %q, want a@b.nl and body", m.From.Addr, m.Text)
	}
}

func TestParseLongLines(t *testing.T) {
	line := strings.Repeat("abcdefghij", 10000) // 100,000 chars, no line break
	raw := "From: a@b.nl\r\nSubject: lang\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n" +
		line + "\r\n--b\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
		strings.Repeat("QUJD", 50000) + "\r\n--b--\r\n"
	m := mustParse(t, raw, Options{})
	if m.Text != line {
		t.Errorf("len(Text) = %d, want %d", len(m.Text), len(line))
	}
	if len(m.Attachments) != 1 || m.Attachments[0].Size != 150000 {
		t.Errorf("Attachments = %+v, want one of 150000 bytes", m.Attachments)
	}
}

func nested(depth int) string {
	var b strings.Builder
	b.WriteString("From: a@b.nl\r\nSubject: diep\r\n")
	for i := 0; i < depth; i++ {
		fmt.Fprintf(&b, "Content-Type: multipart/mixed; boundary=\"b%d\"\r\n\r\n--b%d\r\n", i, i)
	}
	b.WriteString("Content-Type: text/plain\r\n\r\nbottom\r\n")
	for i := depth - 1; i >= 0; i-- {
		fmt.Fprintf(&b, "--b%d--\r\n", i)
	}
	return b.String()
}

func TestParseDeepNesting(t *testing.T) {
	m := mustParse(t, nested(100), Options{})
	if !hasProblem(m, "nesting deeper than 20") {
		t.Errorf("Problems = %q, want nesting problem", m.Problems)
	}
	if m.Text != "" {
		t.Errorf("Text = %q, want empty (too deep)", m.Text)
	}
	m = mustParse(t, nested(5), Options{})
	if m.Text != "bottom" || len(m.Problems) != 0 {
		t.Errorf("depth 5: Text = %q, Problems = %q", m.Text, m.Problems)
	}
	m = mustParse(t, nested(5), Options{MaxDepth: 3})
	if m.Text != "" || !hasProblem(m, "deeper than 3") {
		t.Errorf("MaxDepth 3: Text = %q, Problems = %q", m.Text, m.Problems)
	}
}

func TestParseTooManyParts(t *testing.T) {
	var b strings.Builder
	b.WriteString("From: a@b.nl\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n")
	for i := 0; i < 500; i++ {
		fmt.Fprintf(&b, "--x\r\nContent-Type: application/octet-stream; name=f%d.bin\r\n\r\ndata\r\n", i)
	}
	b.WriteString("--x--\r\n")
	m := mustParse(t, b.String(), Options{})
	if len(m.Attachments) != DefaultMaxParts-1 {
		t.Errorf("len(Attachments) = %d, want %d", len(m.Attachments), DefaultMaxParts-1)
	}
	if !hasProblem(m, "more than 200 MIME parts") {
		t.Errorf("Problems = %q, want parts limit", m.Problems)
	}
	m = mustParse(t, b.String(), Options{MaxParts: 10})
	if len(m.Attachments) != 9 {
		t.Errorf("MaxParts 10: len(Attachments) = %d, want 9", len(m.Attachments))
	}
}

func TestParseTextCap(t *testing.T) {
	raw := "From: a@b.nl\r\n\r\n" + strings.Repeat("x", 5000)
	m := mustParse(t, raw, Options{MaxTextBytes: 1000})
	if len(m.Text) != 1000 || !hasProblem(m, "truncated") {
		t.Errorf("len(Text) = %d, Problems = %q, want 1000 and truncated", len(m.Text), m.Problems)
	}
}

func TestParseBrokenInputs(t *testing.T) {
	tests := []struct {
		name     string
		raw      string
		text     string
		problem  string
		subject  string
		from     string
		attCount int
	}{
		{
			name:    "bad quoted-printable",
			raw:     "From: a@b.nl\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nprijs =E2=82=AC 5 =ZZ kapot =\r\nverder=4\r\n",
			text:    "prijs € 5 =ZZ kapot verder=4",
			problem: "invalid quoted-printable",
		},
		{
			name:    "unknown transfer encoding",
			raw:     "From: a@b.nl\r\nContent-Transfer-Encoding: x-uuencode\r\n\r\nbegin 644 x\r\n",
			text:    "begin 644 x",
			problem: "unknown transfer encoding",
		},
		{
			name:    "multipart without boundary",
			raw:     "From: a@b.nl\r\nContent-Type: multipart/mixed\r\n\r\nplain words\r\n",
			text:    "plain words",
			problem: "without boundary",
		},
		{
			name:    "garbage content type",
			raw:     "From: a@b.nl\r\nContent-Type: ;;;===\r\n\r\nhallo\r\n",
			text:    "hallo",
			problem: "unusable Content-Type",
		},
		{
			name:    "malformed header line",
			raw:     "From: a@b.nl\r\nthis line has no colon\r\nSubject: nog steeds\r\n\r\nhallo\r\n",
			text:    "hallo",
			subject: "nog steeds",
			problem: "malformed header line",
		},
		{
			name:    "mbox From line",
			raw:     "From a@b.nl Thu Nov 13 10:00:00 2025\nFrom: a@b.nl\nSubject: mbox\n\nhallo\n",
			text:    "hallo",
			subject: "mbox",
			from:    "a@b.nl",
		},
		{
			name:    "unparseable date",
			raw:     "From: a@b.nl\r\nDate: gisteren rond het middaguur\r\n\r\nhallo\r\n",
			text:    "hallo",
			problem: "unparseable Date",
		},
		{
			name: "broken address list",
			raw:  "From: Jansen, Piet <piet@x.nl>\r\nTo: <<spoc@x.nl\r\n\r\nhallo\r\n",
			text: "hallo",
			from: "piet@x.nl",
		},
		{
			name:    "unknown charset in encoded word",
			raw:     "From: a@b.nl\r\nSubject: =?x-klingon?B?SGFsbG8=?= daar\r\n\r\nhallo\r\n",
			subject: "Hallo daar",
			problem: "unknown charset",
			text:    "hallo",
		},
		{
			name:     "multipart ending without parts",
			raw:      "From: a@b.nl\r\nContent-Type: multipart/mixed; boundary=q\r\n\r\n--q--\r\n",
			problem:  "without parts",
			attCount: 0,
		},
		{
			name:    "binary junk body",
			raw:     "From: a@b.nl\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nok\x00\xff\xfe\x80 tekst\r\n",
			text:    "ok\u00ff\u00fe€ tekst",
			problem: "",
		},
		{
			name:     "attachment with path and control characters in name",
			raw:      "From: a@b.nl\r\nContent-Type: multipart/mixed; boundary=q\r\n\r\n--q\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename=\"..\\\\..\\\\windows\\\\evil\x01.pdf\"\r\n\r\n%PDF\r\n--q--\r\n",
			attCount: 1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := mustParse(t, tt.raw, Options{})
			if tt.text != "" && m.Text != tt.text {
				t.Errorf("Text = %q, want %q", m.Text, tt.text)
			}
			if tt.subject != "" && m.Subject != tt.subject {
				t.Errorf("Subject = %q, want %q", m.Subject, tt.subject)
			}
			if tt.from != "" && m.From.Addr != tt.from {
				t.Errorf("From = %q, want %q", m.From.Addr, tt.from)
			}
			if tt.problem != "" && !hasProblem(m, tt.problem) {
				t.Errorf("Problems = %q, want one containing %q", m.Problems, tt.problem)
			}
			if tt.attCount != len(m.Attachments) {
				t.Errorf("Attachments = %+v, want %d", m.Attachments, tt.attCount)
			}
			for _, a := range m.Attachments {
				if strings.ContainsAny(a.Filename, "/\\\x01") || strings.HasPrefix(a.Filename, ".") {
					t.Errorf("Filename = %q, want a safe base name", a.Filename)
				}
			}
		})
	}
}

func TestParseSanitisedFilename(t *testing.T) {
	raw := "From: a@b.nl\r\nContent-Type: multipart/mixed; boundary=q\r\n\r\n--q\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename=\"..\\\\..\\\\windows\\\\evil.pdf\"\r\n\r\n%PDF\r\n--q--\r\n"
	m := mustParse(t, raw, Options{})
	if len(m.Attachments) != 1 || m.Attachments[0].Filename != "evil.pdf" {
		t.Errorf("Attachments = %+v, want evil.pdf", m.Attachments)
	}
}

func TestParseFormatFlowed(t *testing.T) {
	raw := "From: a@b.nl\r\nContent-Type: text/plain; charset=utf-8; format=flowed; delsp=no\r\n\r\n" +
		"Dit is een lange zin die door de \r\nmailclient is afgebroken.\r\n\r\n> geciteerde regel die \r\n> doorloopt\r\n-- \r\nNaam\r\n"
	m := mustParse(t, raw, Options{})
	want := "Dit is een lange zin die door de mailclient is afgebroken.\n\n> geciteerde regel die doorloopt\n-- \nNaam"
	if m.Text != want {
		t.Errorf("Text = %q, want %q", m.Text, want)
	}
}

func TestParseAddresses(t *testing.T) {
	raw := "From: =?utf-8?Q?Jo=C3=ABl?= <JOEL@Example.NL>\r\n" +
		"Reply-To: Team <team@example.nl>\r\n" +
		"To: undisclosed-recipients:;\r\n" +
		"Cc: \"Visser, R.\" <r@example.nl>, Jansen, Piet <piet@example.nl>\r\n\r\nx\r\n"
	m := mustParse(t, raw, Options{})
	if m.From != (Address{Name: "Joël", Addr: "joel@example.nl"}) {
		t.Errorf("From = %+v", m.From)
	}
	if len(m.ReplyTo) != 1 || m.ReplyTo[0].Addr != "team@example.nl" {
		t.Errorf("ReplyTo = %+v", m.ReplyTo)
	}
	if len(m.To) != 0 {
		t.Errorf("To = %+v, want none", m.To)
	}
	if len(m.Cc) != 2 || m.Cc[0].Addr != "r@example.nl" || m.Cc[1].Addr != "piet@example.nl" || m.Cc[1].Name != "Jansen, Piet" {
		t.Errorf("Cc = %+v", m.Cc)
	}
}

func TestParseMessageIDs(t *testing.T) {
	raw := "From: a@b.nl\r\nMessage-ID: <abc@x.nl> (comment)\r\nIn-Reply-To: Your message of Tuesday <p1@x.nl>\r\n" +
		"References: <r1@x.nl>\r\n\t<r2@x.nl> <r3@x.nl>\r\n\r\nx\r\n"
	m := mustParse(t, raw, Options{})
	if m.MessageID != "abc@x.nl" {
		t.Errorf("MessageID = %q", m.MessageID)
	}
	if strings.Join(m.InReplyTo, ",") != "p1@x.nl" {
		t.Errorf("InReplyTo = %q", m.InReplyTo)
	}
	if strings.Join(m.References, ",") != "r1@x.nl,r2@x.nl,r3@x.nl" {
		t.Errorf("References = %q", m.References)
	}
	// Bare ids without brackets, and a huge References header.
	var refs strings.Builder
	for i := 0; i < 1000; i++ {
		fmt.Fprintf(&refs, " <r%d@x.nl>", i)
	}
	raw = "From: a@b.nl\r\nMessage-ID: bare@x.nl\r\nReferences:" + refs.String() + "\r\n\r\nx\r\n"
	m = mustParse(t, raw, Options{})
	if m.MessageID != "bare@x.nl" {
		t.Errorf("MessageID = %q, want bare@x.nl", m.MessageID)
	}
	if len(m.References) != maxIDs || m.References[0] != "r0@x.nl" || m.References[maxIDs-1] != "r999@x.nl" {
		t.Errorf("References: len %d, first %q, last %q", len(m.References), m.References[0], m.References[len(m.References)-1])
	}
	m = mustParse(t, "From: a@b.nl\r\n\r\nx", Options{})
	if m.MessageID != "" {
		t.Errorf("missing Message-ID: MessageID = %q, want empty", m.MessageID)
	}
}

func TestParseDates(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Tue, 4 Nov 2025 09:12:44 +0100", "2025-11-04T08:12:44Z"},
		{"4 Nov 2025 09:12:44 +0100", "2025-11-04T08:12:44Z"},
		{"Tue, 04 Nov 2025 09:12:44 +0100 (CET)", "2025-11-04T08:12:44Z"},
		{"Tue,4 Nov 2025 09:12:44 +0100", "2025-11-04T08:12:44Z"},
		{"Tue Nov  4 09:12:44 2025", "2025-11-04T09:12:44Z"},
		{"2025-11-04 09:12:44 +0100", "2025-11-04T08:12:44Z"},
	}
	for _, tt := range tests {
		got, ok := parseDate(tt.in)
		if !ok || got.UTC().Format("2006-01-02T15:04:05Z") != tt.want {
			t.Errorf("parseDate(%q) = %v, %v, want %s", tt.in, got.UTC(), ok, tt.want)
		}
	}
	if _, ok := parseDate("morgen"); ok {
		t.Errorf("parseDate(morgen) ok, want failure")
	}
}

func TestParseNeverPanicsOnTruncation(t *testing.T) {
	// Every prefix of every test message parses without panic.
	raws := [][]byte{[]byte(nested(4))}
	for _, name := range []string{"attachments.eml", "bounce_dsn.eml", "outlook_html_cp1252.eml", "reply_tag.eml"} {
		raws = append(raws, readTestdata(t, name))
	}
	for _, raw := range raws {
		for i := 0; i <= len(raw); i += 7 {
			m, err := Parse(bytes.NewReader(raw[:i]), testOpts)
			if err == nil && m == nil {
				t.Fatalf("Parse(prefix %d) = nil, nil", i)
			}
		}
	}
}

func TestParseHTMLTextCap(t *testing.T) {
	raw := "From: a@b.nl\r\nContent-Type: text/html\r\n\r\n" + strings.Repeat("<blockquote>", 10) + strings.Repeat("x<br>", 1000)
	m := mustParse(t, raw, Options{MaxTextBytes: 4000})
	if len(m.Text) > 4000 || len(m.Text) < 3900 || !hasProblem(m, "converted from HTML") {
		t.Errorf("len(Text) = %d, Problems = %q, want at most 4000 and a problem", len(m.Text), m.Problems)
	}
}

func TestParseBrokenPartHeader(t *testing.T) {
	raw := "From: a@b.nl\r\nContent-Type: multipart/mixed; boundary=q\r\n\r\n" +
		"--q\r\nContent-Type: text/plain\r\nthis header line has no colon\r\n\r\nlost text\r\n" +
		"--q\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nrecovered text\r\n" +
		"--q\r\nContent-Type: application/pdf; name=a.pdf\r\n\r\n%PDF\r\n--q--\r\n"
	m := mustParse(t, raw, Options{})
	if m.Text != "recovered text" {
		t.Errorf("Text = %q, want %q", m.Text, "recovered text")
	}
	if len(m.Attachments) != 1 || m.Attachments[0].Filename != "a.pdf" {
		t.Errorf("Attachments = %+v, want a.pdf", m.Attachments)
	}
	if !hasProblem(m, "skipped to the next part") {
		t.Errorf("Problems = %q, want a skipped part", m.Problems)
	}
}
