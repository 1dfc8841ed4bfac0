package workflow_test

import (
	"bytes"
	"testing"

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
