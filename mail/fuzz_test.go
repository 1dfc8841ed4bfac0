package mail

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzParse(f *testing.F) {
	files, err := filepath.Glob("testdata/*.eml")
	if err != nil {
		f.Fatal(err)
	}
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(nested(30)))
	f.Add([]byte("From: a@b\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\nContent-Type: text/html\r\n\r\n<blockquote type=cite>q</blockquote>\r\n--x"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		opt := Options{PlusLocal: "spoc", OwnDomain: "x.nl", MaxParts: 50, MaxTextBytes: 64 << 10}
		m, err := Parse(bytes.NewReader(raw), opt)
		if err != nil {
			if m != nil {
				t.Fatalf("Parse returned both a message and error %v", err)
			}
			return
		}
		for name, s := range map[string]string{"Subject": m.Subject, "CleanSubject": m.CleanSubject, "Text": m.Text, "From": m.From.Addr} {
			if !utf8.ValidString(s) {
				t.Errorf("%s is not valid UTF-8: %q", name, s)
			}
		}
		if m.Token != "" && !ValidToken(m.Token) {
			t.Errorf("Token %q is not valid", m.Token)
		}
		if len(m.Text) > opt.MaxTextBytes {
			t.Errorf("len(Text) = %d, over the cap", len(m.Text))
		}
		if len(m.Problems) > maxProblems+1 {
			t.Errorf("len(Problems) = %d", len(m.Problems))
		}
		_ = ExtractAttachments(bytes.NewReader(raw), opt, func(a Attachment, body io.Reader) error {
			_, err := io.Copy(io.Discard, body)
			return err
		})
		HTMLNewText(m.HTML)
	})
}

// benchMail builds a realistic Outlook-style request of about 20 KB:
// multipart/alternative with quoted-printable text and HTML and a quoted thread.
func benchMail() []byte {
	var text, htm strings.Builder
	for i := 0; text.Len() < 7000; i++ {
		fmt.Fprintf(&text, "Regel %d: graag een extra koffieautomaat in de raadzaal, kosten circa =E2=82=AC 150 per maand.=\r\n Met dank.\r\n", i)
	}
	for i := 0; htm.Len() < 11000; i++ {
		fmt.Fprintf(&htm, "<p class=3DMsoNormal style=3D\"margin:0cm\">Regel %d: graag een extra <b>koffieautomaat</b> in de raadzaal, kosten circa &euro; 150.<o:p></o:p></p>\r\n", i)
	}
	return []byte("From: \"Jansen, Piet\" <piet.jansen@gemeente-voorbeeld.nl>\r\n" +
		"To: SPOC <spoc@gemeente-voorbeeld.nl>\r\nSubject: RE: [SPOC-0042] Extra koffieautomaat\r\n" +
		"Date: Tue, 4 Nov 2025 09:12:44 +0100\r\nMessage-ID: <bench@x.nl>\r\nIn-Reply-To: <spocd.1@x.nl>\r\n" +
		"References: <a@x.nl> <spocd.1@x.nl>\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: multipart/alternative; boundary=\"_000_bench_\"\r\n\r\n" +
		"--_000_bench_\r\nContent-Type: text/plain; charset=\"utf-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" +
		text.String() + "\r\n--_000_bench_\r\nContent-Type: text/html; charset=\"utf-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" +
		"<html><head><style>p{margin:0}</style></head><body>" + htm.String() + "</body></html>\r\n--_000_bench_--\r\n")
}

func benchAttachmentMail(size int) []byte {
	data := make([]byte, size)
	for i := range data {
		data[i] = byte(i * 7)
	}
	enc := base64.StdEncoding.EncodeToString(data)
	var b strings.Builder
	b.WriteString("From: a@gemeente-voorbeeld.nl\r\nTo: spoc@gemeente-voorbeeld.nl\r\nSubject: Plattegrond\r\n" +
		"Content-Type: multipart/mixed; boundary=mix\r\n\r\n--mix\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nZie bijlage.\r\n" +
		"--mix\r\nContent-Type: application/pdf; name=plattegrond.pdf\r\nContent-Disposition: attachment; filename=plattegrond.pdf\r\n" +
		"Content-Transfer-Encoding: base64\r\n\r\n")
	for i := 0; i < len(enc); i += 76 {
		end := min(i+76, len(enc))
		b.WriteString(enc[i:end])
		b.WriteString("\r\n")
	}
	b.WriteString("--mix--\r\n")
	return []byte(b.String())
}

func BenchmarkParse(b *testing.B) {
	cases := []struct {
		name string
		raw  []byte
	}{
		{"request20KB", benchMail()},
		{"attachment2MB", benchAttachmentMail(2 << 20)},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			m, err := Parse(bytes.NewReader(c.raw), testOpts)
			if err != nil || m.Text == "" {
				b.Fatalf("Parse() = %v, Text %q", err, m.Text)
			}
			b.SetBytes(int64(len(c.raw)))
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if _, err := Parse(bytes.NewReader(c.raw), testOpts); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func TestBenchMailsParse(t *testing.T) {
	m, err := Parse(bytes.NewReader(benchMail()), testOpts)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(m.Text, "kosten circa € 150 per maand. Met dank.") || m.Ref != "SPOC-0042" {
		t.Errorf("bench mail: Ref %q, Text %.100q", m.Ref, m.Text)
	}
	m, err = Parse(bytes.NewReader(benchAttachmentMail(100000)), testOpts)
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Attachments) != 1 || m.Attachments[0].Size != 100000 || len(m.Problems) != 0 {
		t.Errorf("attachment mail: %+v, problems %q", m.Attachments, m.Problems)
	}
}
