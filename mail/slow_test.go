package mail

import (
	"strings"
	"testing"
	"time"
)

// TestParsePathologicalInputsAreFast guards against quadratic behaviour on
// inputs built to hit every scanning loop.
func TestParsePathologicalInputsAreFast(t *testing.T) {
	const mb = 1 << 20
	hdr := "From: a@b.nl\r\n"
	tests := []struct{ name, raw string }{
		{"many s for footer scan", hdr + "\r\n" + strings.Repeat("s", mb)},
		{"many footer labels", hdr + "\r\n" + strings.Repeat("spocd-token: x ", mb/15)},
		{"html breaks in quotes", hdr + "Content-Type: text/html\r\n\r\n" + strings.Repeat("<blockquote>", 400) + strings.Repeat("x<br>", mb/5)},
		{"html spocd label", hdr + "Content-Type: multipart/alternative; boundary=b\r\n\r\n--b\r\n\r\nx\r\n--b\r\nContent-Type: text/html\r\n\r\n" + strings.Repeat("spocd-token:<b>", mb/15) + "\r\n--b--"},
		{"address items without @", "From: " + strings.Repeat("a,", 30000) + "x@y.nl\r\n\r\nx"},
		{"reply prefixes", hdr + "Subject: " + strings.Repeat("Re: ", 100000) + "x\r\n\r\nx"},
		{"unclosed tags", hdr + "Subject: " + strings.Repeat("[SPOC-1 a:", 50000) + "\r\n\r\nx"},
		{"qp equals", hdr + "Content-Transfer-Encoding: quoted-printable\r\n\r\n" + strings.Repeat("=", mb)},
		{"qp spaces", hdr + "Content-Transfer-Encoding: quoted-printable\r\n\r\n" + strings.Repeat(" ", mb) + "x"},
		{"base64 junk", hdr + "Content-Transfer-Encoding: base64\r\n\r\n" + strings.Repeat("!a", mb/2)},
		{"many header fields", strings.Repeat("X-A: b\r\n", 100000) + hdr + "\r\nx"},
		{"many malformed header lines", hdr + strings.Repeat("no colon here\r\n", 5000) + "\r\nx"},
		{"boundary-like lines", hdr + "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n\r\n" + strings.Repeat("--b-\r\n--bx\r\n", mb/12) + "--b--"},
		{"broken part header then many lines", hdr + "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nno colon\r\n" + strings.Repeat("x\r\n", 200000) + "--b--"},
		{"flowed quotes", hdr + "Content-Type: text/plain; format=flowed\r\n\r\n" + strings.Repeat(">>>>>>>>>> a \r\n", mb/16)},
		{"message ids", hdr + "References: " + strings.Repeat("<a@b> ", mb/6) + "\r\n\r\nx"},
		{"encoded words", hdr + "Subject: " + strings.Repeat("=?utf-8?q?a?= ", 60000) + "\r\n\r\nx"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			m := mustParse(t, tt.raw, Options{PlusLocal: "spoc"})
			if d := time.Since(start); d > 3*time.Second {
				t.Errorf("Parse took %v", d)
			}
			_ = m
		})
	}
}
