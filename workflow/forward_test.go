package workflow_test

import (
	"bytes"
	"encoding/base64"
	"io"
	"strings"
	"testing"

	"github.com/spocd/spocd/mail"

	"github.com/spocd/spocd/workflow/sqlstore"
	"github.com/spocd/spocd/workflow/sqlstore/storetest"
)

// withAttachment is a request carrying plattegrond.pdf (base64 of "%PDF-1.7 ...").
func withAttachment(from, subject string) string {
	return request(from, subject, `--b1
Content-Type: text/plain; charset=utf-8

Zie de bijlage.
--b1
Content-Type: application/pdf; name="plattegrond.pdf"
Content-Disposition: attachment; filename="plattegrond.pdf"
Content-Transfer-Encoding: base64

JVBERi0xLjcgcGxhdHRlZ3JvbmQ=
--b1--`, "MIME-Version: 1.0", `Content-Type: multipart/mixed; boundary="b1"`)
}

// TestForwardCarriesAttachments: the forward passes the original attachments on both when it
// is sent at intake (the raw message still in memory) and after an approval (read back from
// the messages table).
func TestForwardCarriesAttachments(t *testing.T) {
	for _, tt := range []struct {
		name, subject string
		approve       bool
	}{
		{"at intake", "Deur kapot", false},
		{"after approval", "Koffie bij de plattegrond", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			storetest.Each(t, func(t *testing.T, db *sqlstore.DB) {
				h := newHarness(t, db, "any")
				h.deliver(withAttachment("Alice <alice@gemeente.test>", tt.subject))
				if tt.approve {
					asks := h.mailsTo("rianne@gemeente.test", "approval")
					if len(asks) != 1 {
						t.Fatalf("approval mails to rianne = %d, want 1", len(asks))
					}
					h.deliver(replyTo(asks[0], "Rianne <rianne@gemeente.test>", "Akkoord."))
				}
				fw := h.mailsTo("spoc@leverancier.test", "forward")
				if len(fw) != 1 {
					t.Fatalf("forwards = %d, want 1", len(fw))
				}
				var found bool
				for _, a := range fw[0].msg.Attachments {
					found = found || a.Filename == "plattegrond.pdf"
				}
				if !found {
					t.Errorf("forward attachments = %+v, want plattegrond.pdf", fw[0].msg.Attachments)
				}
				if !bytes.Contains(fw[0].row.Raw, []byte("JVBERi0xLjcgcGxhdHRlZ3JvbmQ=")) {
					t.Errorf("forward does not carry the attachment's bytes")
				}
			})
		})
	}
}

// A clean base64 attachment is copied into the forward as it stood in the request; a
// request with an attachment that is not clean base64 (junk in the encoding, or another
// transfer encoding) has its attachments decoded and encoded again. Either way the
// supplier gets the same file contents.
func TestForwardAttachmentEncodings(t *testing.T) {
	pdf := bytes.Repeat([]byte("%PDF-1.7 plattegrond begane grond\n"), 400)
	enc := base64.StdEncoding.EncodeToString(pdf)
	var lines []string
	for len(enc) > 64 { // 64, not go-mail's 76: a copied encoding can be told from a new one
		lines = append(lines, enc[:64])
		enc = enc[64:]
	}
	lines = append(lines, enc)
	clean := strings.Join(lines, "\n")
	for _, tt := range []struct {
		name, part string
		spliced    bool
	}{
		{"clean base64", "Content-Transfer-Encoding: base64\n\n" + clean, true},
		{"junk in the base64", "Content-Transfer-Encoding: base64\n\n" + lines[0] + "\n!!junk!!\n" + strings.Join(lines[1:], "\n"), false},
		{"quoted-printable", "Content-Transfer-Encoding: quoted-printable\n\n" + strings.ReplaceAll(string(pdf), "\n", "=0A=\n"), false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, storetest.SQLite(t), "any")
			h.deliver(request("Alice <alice@gemeente.test>", "Deur kapot", "--b1\nContent-Type: text/plain\n\nZie bijlage.\n--b1\n"+
				"Content-Type: application/pdf; name=\"p.pdf\"\nContent-Disposition: attachment; filename=\"p.pdf\"\n"+tt.part+"\n--b1--",
				"MIME-Version: 1.0", `Content-Type: multipart/mixed; boundary="b1"`))
			fw := h.mailsTo("spoc@leverancier.test", "forward")
			if len(fw) != 1 {
				t.Fatalf("forwards = %d, want 1", len(fw))
			}
			var got []byte
			err := mail.ExtractAttachments(bytes.NewReader(fw[0].row.Raw), mail.Options{}, func(a mail.Attachment, body io.Reader) error {
				if a.Filename == "p.pdf" {
					got, _ = io.ReadAll(body)
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			// A line of junk is dropped whole, as the reader does: the file is intact.
			if !bytes.Equal(got, pdf) {
				t.Errorf("forwarded p.pdf: %d bytes, want %d", len(got), len(pdf))
			}
			copied := bytes.Contains(fw[0].row.Raw, []byte(strings.ReplaceAll(clean, "\n", "\r\n")))
			if copied != tt.spliced {
				t.Errorf("original encoding copied verbatim = %v, want %v", copied, tt.spliced)
			}
		})
	}
}
