package workflow_test

import (
	"bytes"
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/spocd/spocd/mail"
	"github.com/spocd/spocd/templates"
	"github.com/spocd/spocd/workflow"
	"github.com/spocd/spocd/workflow/sqlstore"
	"github.com/spocd/spocd/workflow/sqlstore/storetest"
)

// Intake queues mails as render specs; Render turns one into the mail, stores it, and
// keeps the first bytes stored: a second Render from a stale copy of the row (another
// instance) sends what the first stored.
func TestQueuedMailRenderedOnceBeforeSending(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *sqlstore.DB) {
		h := newHarness(t, db, "any")
		h.deliver(request("Bob <bob@gemeente.test>", "Koffie voor de raad", "Graag koffie en thee voor 40 personen."))
		rows, err := db.Outbox(h.ctx, "")
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != 3 { // the acknowledgement and two approval requests
			t.Fatalf("%d outbox rows, want 3", len(rows))
		}
		var approval workflow.OutboxMail
		for _, r := range rows {
			if len(r.Raw) != 0 || len(r.Spec) == 0 {
				t.Fatalf("row %d (%s) queued with %d raw bytes and a spec of %d: intake must only queue", r.ID, r.Kind, len(r.Raw), len(r.Spec))
			}
			if r.Kind == "approval" && approval.ID == 0 {
				approval = r
			}
			// Empty fields are left out of the spec: a first import queues thousands.
			if bytes.Contains(r.Spec, []byte(`:""`)) || bytes.Contains(r.Spec, []byte(`:null`)) {
				t.Errorf("row %d (%s) spec holds empty fields: %s", r.ID, r.Kind, r.Spec)
			}
		}
		stale := approval
		stale.Spec = bytes.Clone(approval.Spec)
		if err := h.eng.Render(h.ctx, &approval); err != nil {
			t.Fatal(err)
		}
		if len(approval.Spec) != 0 || len(approval.Raw) == 0 {
			t.Fatalf("after Render: spec %d bytes, raw %d bytes", len(approval.Spec), len(approval.Raw))
		}
		m, err := mail.Parse(bytes.NewReader(approval.Raw), mail.Options{RefPrefix: "SPOC", PlusLocal: "spoc"})
		if err != nil {
			t.Fatal(err)
		}
		if m.MessageID != approval.MessageID || !strings.HasPrefix(m.Subject, "[SPOC-0001 a:") || len(m.ReplyTo) != 1 ||
			!strings.HasPrefix(m.ReplyTo[0].Addr, "spoc+") || !strings.Contains(m.Text, "Koffie voor de raad") {
			t.Fatalf("rendered approval request: id %q (row %q), subject %q, reply-to %v\n%s", m.MessageID, approval.MessageID, m.Subject, m.ReplyTo, m.Text)
		}
		stored, err := db.OutboxMail(h.ctx, approval.ID)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(stored.Raw, approval.Raw) || len(stored.Spec) != 0 {
			t.Fatalf("stored row differs from the rendered mail (spec %d bytes)", len(stored.Spec))
		}
		// Rendering again builds new bytes (new MIME boundaries), but the first stay.
		if err := h.eng.Render(h.ctx, &stale); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(stale.Raw, approval.Raw) {
			t.Fatal("a second Render replaced the mail stored first")
		}
		n, failed, err := h.eng.RenderQueued(h.ctx, 0)
		if err != nil || n != 2 || failed != 0 {
			t.Fatalf("RenderQueued = %d rendered, %d failed, %v; want the 2 rows still queued", n, failed, err)
		}
		if rest, err := db.Unrendered(h.ctx, 10); err != nil || len(rest) != 0 {
			t.Fatalf("Unrendered after RenderQueued: %d rows, %v", len(rest), err)
		}
	})
}

// A spec that cannot be rendered (damaged, or from a newer spocd) is ErrRender; RenderQueued
// marks the row failed and tells the customer SPOC instead of trying it forever.
func TestUnrenderableSpecFailsAndIsReported(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *sqlstore.DB) {
		h := newHarness(t, db, "any")
		h.deliver(request("Alice <alice@gemeente.test>", "Lamp kapot", "De lamp in kamer 2 is kapot."))
		for i, spec := range []string{`{"v":1,"template":"no_such_template","kind":"ack","to":["alice@gemeente.test"]}`, `{"v":99}`, `{not json`} {
			row := &workflow.OutboxMail{Kind: "ack", MessageID: fmt.Sprintf("<x%d@gemeente.test>", i), From: "spoc@gemeente.test",
				Recipients: []string{"alice@gemeente.test"}, Spec: []byte(spec), NextAttemptAt: h.clock.now(), CreatedAt: h.clock.now()}
			if err := db.InTx(h.ctx, func(tx workflow.Tx) error { return tx.Enqueue(h.ctx, row) }); err != nil {
				t.Fatal(err)
			}
			if err := h.eng.Render(h.ctx, row); !errors.Is(err, workflow.ErrRender) {
				t.Fatalf("Render(%s) = %v, want ErrRender", spec, err)
			}
		}
		if _, _, err := h.eng.RenderQueued(h.ctx, 0); err != nil {
			t.Fatal(err)
		}
		failed, err := db.Outbox(h.ctx, "failed")
		if err != nil {
			t.Fatal(err)
		}
		if len(failed) != 3 {
			t.Fatalf("%d failed rows, want the 3 unrenderable ones", len(failed))
		}
		for _, f := range failed {
			if !strings.Contains(f.LastError, "cannot render") {
				t.Errorf("row %d: last error %q", f.ID, f.LastError)
			}
		}
		if got := h.mailsTo("facilitair@gemeente.test", "send_failed"); len(got) != 3 {
			t.Fatalf("%d send_failed reports to the customer SPOC, want 3", len(got))
		}
	})
}

// Forwards carry their attachments, so RenderQueued stores rendered mail in more than one
// transaction when a page holds more than renderBatchBytes: every mail is rendered and
// stored whole all the same.
func TestRenderQueuedLargeForwards(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *sqlstore.DB) {
		h := newHarness(t, db, "any")
		pdf := base64.StdEncoding.EncodeToString(bytes.Repeat([]byte("%PDF-1.7 plattegrond "), 150000)) // 3 MB
		var lines []string
		for len(pdf) > 0 {
			n := min(76, len(pdf))
			lines = append(lines, pdf[:n])
			pdf = pdf[n:]
		}
		body := "--b1\nContent-Type: text/plain; charset=utf-8\n\nZie de bijlage.\n--b1\nContent-Type: application/pdf; name=\"p.pdf\"\n" +
			"Content-Disposition: attachment; filename=\"p.pdf\"\nContent-Transfer-Encoding: base64\n\n" + strings.Join(lines, "\n") + "\n--b1--"
		const n = 5
		for i := range n {
			h.deliver(request(fmt.Sprintf("User %d <user%d@gemeente.test>", i, i), fmt.Sprintf("Deur %d kapot", i), body,
				"MIME-Version: 1.0", `Content-Type: multipart/mixed; boundary="b1"`))
		}
		rendered, failed, err := h.eng.RenderQueued(h.ctx, 0)
		if err != nil || failed != 0 || rendered != 2*n {
			t.Fatalf("RenderQueued = %d rendered, %d failed, %v; want %d acknowledgements and forwards", rendered, failed, err, 2*n)
		}
		fw := h.mailsTo("spoc@leverancier.test", "forward")
		if len(fw) != n {
			t.Fatalf("%d forwards, want %d", len(fw), n)
		}
		for _, f := range fw {
			if len(f.msg.Attachments) != 1 || f.msg.Attachments[0].Size != 150000*21 {
				t.Fatalf("forward %s: attachments %+v, want p.pdf of %d bytes", f.row.MessageID, f.msg.Attachments, 150000*21)
			}
		}
	})
}

// raceStore is a store on which another instance renders every row between Unrendered's
// listing and its reading of the rows: the rows come back without their spec.
type raceStore struct{ *sqlstore.DB }

func (r raceStore) Unrendered(ctx context.Context, limit int) ([]workflow.OutboxMail, error) {
	rows, err := r.DB.Unrendered(ctx, limit)
	for i := range rows {
		if err := r.DB.InTx(ctx, func(tx workflow.Tx) error {
			_, err := tx.SetOutboxRaw(ctx, rows[i].ID, []byte("rendered elsewhere"), time.Now())
			return err
		}); err != nil {
			return nil, err
		}
		rows[i].Spec = nil
	}
	return rows, err
}

// A row another instance rendered while this one was listing is left alone: not rendered
// again, and above all not marked failed as if its spec were damaged (which lost the mail).
func TestRenderQueuedRowRenderedElsewhere(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *sqlstore.DB) {
		h := newHarness(t, db, "any")
		h.deliver(request("Alice <alice@gemeente.test>", "Lamp kapot", "De lamp in kamer 2 is kapot."))
		tmpl, err := templates.New()
		if err != nil {
			t.Fatal(err)
		}
		eng := workflow.New(h.cfg, raceStore{db}, tmpl, workflow.WithClock(h.clock.now))
		rendered, failed, err := eng.RenderQueued(h.ctx, 0)
		if err != nil || failed != 0 || rendered != 0 {
			t.Fatalf("RenderQueued = %d rendered, %d failed, %v; want nothing to do", rendered, failed, err)
		}
		rows, err := db.Outbox(h.ctx, "")
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rows {
			if r.Status != "pending" || string(r.Raw) != "rendered elsewhere" {
				t.Fatalf("row %d (%s): status %s, raw %q; want pending with the other instance's mail", r.ID, r.Kind, r.Status, r.Raw)
			}
		}
	})
}
