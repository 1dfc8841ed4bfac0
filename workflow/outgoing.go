package workflow

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/spocd/spocd/mail"
	"github.com/spocd/spocd/mail/compose"
	"github.com/spocd/spocd/templates"
)

// outMail describes one mail to render into the outbox.
type outMail struct {
	kind        string
	tmpl        string
	to          []string
	data        templates.Data
	replyTo     string
	subjectTag  string // replaces the default "[REF]" tag
	inReplyTo   string
	autoReplied bool
	attachFrom  *int64 // the inbound message row whose attachments go along (forwards)
}

type attachment = compose.Attachment

func hours(n int) time.Duration { return time.Duration(n) * time.Hour }

// FormatEUR formats cents the Dutch way: "€ 1.250,00".
func FormatEUR(cents *int64) string {
	if cents == nil {
		return ""
	}
	c := *cents
	neg := c < 0
	if neg {
		c = -c
	}
	whole := fmt.Sprintf("%d", c/100)
	var b strings.Builder
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteRune(r)
	}
	s := fmt.Sprintf("€ %s,%02d", b.String(), c%100)
	if neg {
		s = "-" + s
	}
	return s
}

func (e *Engine) requestData(req *Request) templates.Request {
	if req == nil {
		return templates.Request{}
	}
	return templates.Request{Ref: req.Ref, Subject: req.Subject, Requester: req.Requester, RequesterName: req.RequesterName,
		Category: req.Category, Status: string(req.Status), SupplierRef: req.SupplierRef, Text: req.Body,
		ExtraWork: req.ExtraWork, EstimateEUR: FormatEUR(req.EstimateCents), CreatedAt: req.CreatedAt}
}

// send queues a mail in the caller's transaction: the outbox row holds a render spec
// (template, data, addresses, Message-ID and date, all fixed now) and Render turns it into
// the mail before the first attempt, outside the intake transaction. The Message-ID is
// known at once, so replies thread to the request before the mail is even rendered.
func (e *Engine) send(ctx context.Context, tx Tx, req *Request, om outMail) error {
	now := e.now()
	sp := e.spec(req, om, now)
	specJSON, err := json.Marshal(sp)
	if err != nil {
		return fmt.Errorf("queue %s: %w", om.kind, err)
	}
	row := &OutboxMail{Kind: om.kind, MessageID: sp.MessageID, From: e.cfg.SMTP.From, Recipients: om.to, Spec: specJSON,
		NextAttemptAt: now, CreatedAt: now}
	if e.shadow {
		row.Status = "shadow"
	}
	if req != nil {
		row.RequestID = &req.ID
	}
	if err := tx.Enqueue(ctx, row); err != nil {
		return err
	}
	if req != nil {
		return tx.AddThreadID(ctx, sp.MessageID, req.ID, true)
	}
	return nil
}

// mailSpec is one queued mail before rendering: everything the mail depends on, taken
// when it was queued, so that rendering later gives the mail spocd decided to send then.
// It is stored as JSON in the outbox row; V is its format.
type mailSpec struct {
	V           int            `json:"v"`
	Kind        string         `json:"kind"`
	Template    string         `json:"template"`
	Lang        string         `json:"lang"`
	Data        templates.Data `json:"data"`
	Ref         string         `json:"ref,omitempty"`
	SubjectTag  string         `json:"subject_tag,omitempty"`  // replaces "[REF]"
	SupplierRef string         `json:"supplier_ref,omitempty"` // added to the subject of mail to the supplier
	MessageID   string         `json:"message_id"`
	Date        time.Time      `json:"date"`
	FromName    string         `json:"from_name"`
	FromAddr    string         `json:"from_addr"`
	To          []string       `json:"to"`
	ReplyTo     string         `json:"reply_to,omitempty"`
	InReplyTo   string         `json:"in_reply_to,omitempty"`
	AutoReplied bool           `json:"auto_replied,omitempty"`
	AttachFrom  *int64         `json:"attach_from,omitempty"` // inbound message row whose attachments go along
}

const mailSpecVersion = 1

func (e *Engine) spec(req *Request, om outMail, now time.Time) mailSpec {
	d := om.data
	d.Org = e.cfg.Organisation.Name
	d.SPOCAddress = e.cfg.SPOC.Address
	d.Request = e.requestData(req)
	if d.Approver != "" && d.ApproverName == "" {
		d.ApproverName = e.cfg.Approval.Names[d.Approver]
	}
	sp := mailSpec{V: mailSpecVersion, Kind: om.kind, Template: om.tmpl, Lang: e.cfg.Organisation.Language, Data: d,
		SubjectTag: om.subjectTag, MessageID: compose.NewMessageID(e.cfg.Organisation.Domain), Date: now,
		FromName: e.cfg.Organisation.Name, FromAddr: e.cfg.SPOC.Address, To: om.to, ReplyTo: om.replyTo,
		InReplyTo: om.inReplyTo, AutoReplied: om.autoReplied, AttachFrom: om.attachFrom}
	if req != nil {
		sp.Ref = req.Ref
		if req.SupplierRef != "" && len(om.to) > 0 && om.to[0] == e.cfg.SPOC.Supplier {
			sp.SupplierRef = req.SupplierRef
		}
	}
	return sp
}

// ErrRender marks a queued mail that cannot be rendered (a broken template override, a
// damaged spec): sending it again cannot help.
var ErrRender = errors.New("cannot render the mail")

// build renders a spec into a complete mail.
func (e *Engine) build(sp mailSpec, atts []attachment) ([]byte, error) {
	r, err := e.tmpl.Render(sp.Lang, sp.Template, sp.Data)
	if err != nil {
		return nil, fmt.Errorf("render %s: %w", sp.Template, err)
	}
	subject := strings.TrimSpace(r.Subject)
	if sp.Ref != "" {
		tag := sp.SubjectTag
		if tag == "" {
			tag = "[" + sp.Ref + "]"
		}
		if !strings.Contains(subject, tag) {
			subject = strings.TrimSpace(strings.ReplaceAll(subject, "["+sp.Ref+"]", ""))
			subject = tag + " " + subject
		}
		if sp.SupplierRef != "" && !strings.Contains(subject, sp.SupplierRef) {
			subject += " (" + sp.SupplierRef + ")"
		}
	}
	m := compose.Mail{
		MessageID:   sp.MessageID,
		Date:        sp.Date,
		From:        compose.Address{Name: sp.FromName, Addr: sp.FromAddr},
		Subject:     subject,
		Text:        r.Text,
		HTML:        r.HTML,
		InReplyTo:   sp.InReplyTo,
		Attachments: atts,
		Headers:     [][2]string{{"X-SPOCd-Kind", sp.Kind}},
	}
	if validMessageID(sp.InReplyTo) {
		m.References = []string{sp.InReplyTo}
	} else {
		m.InReplyTo = "" // a hostile or broken id must not stop the mail: drop the threading
	}
	if sp.AutoReplied {
		m.AutoSubmitted = "auto-replied"
	}
	for _, a := range sp.To {
		m.To = append(m.To, compose.Address{Name: e.cfg.Approval.Names[a], Addr: a})
	}
	if sp.ReplyTo != "" {
		m.ReplyTo = []compose.Address{{Name: sp.FromName, Addr: sp.ReplyTo}}
	}
	if sp.Ref != "" {
		m.Headers = append(m.Headers, [2]string{"X-SPOCd-Ref", sp.Ref})
	}
	raw, err := compose.Build(m)
	if err != nil {
		return nil, fmt.Errorf("compose %s: %w", sp.Kind, err)
	}
	return raw, nil
}

// Render turns an outbox row queued as a render spec into the mail and stores it before
// the first attempt, so that every attempt sends the same bytes; m.Raw holds them after.
// When another instance stored the row's mail first, its bytes are the ones kept. A row
// already rendered is left alone. An error wrapping ErrRender means the row can never be
// rendered; any other error is the store's and passes.
func (e *Engine) Render(ctx context.Context, m *OutboxMail) error {
	if len(m.Spec) == 0 {
		return nil
	}
	raw, err := e.renderSpec(ctx, m)
	if err != nil {
		return err
	}
	return e.store.InTx(ctx, func(tx Tx) error { return e.storeRendered(ctx, tx, m, raw) })
}

// renderSpec builds the mail of a row queued as a render spec.
func (e *Engine) renderSpec(ctx context.Context, m *OutboxMail) ([]byte, error) {
	var sp mailSpec
	if err := json.Unmarshal(m.Spec, &sp); err != nil {
		return nil, fmt.Errorf("outbox row %d: %w: damaged spec: %v", m.ID, ErrRender, err)
	}
	if sp.V != mailSpecVersion {
		return nil, fmt.Errorf("outbox row %d: %w: spec version %d (this spocd reads %d)", m.ID, ErrRender, sp.V, mailSpecVersion)
	}
	var atts []attachment
	if sp.AttachFrom != nil {
		raw, err := e.store.MessageRaw(ctx, *sp.AttachFrom)
		if err != nil && !errors.Is(err, ErrNotFound) {
			return nil, fmt.Errorf("outbox row %d: attachments: %w", m.ID, err)
		}
		if raw != nil {
			atts = e.attachments(raw)
		}
	}
	raw, err := e.build(sp, atts)
	if err != nil {
		return nil, fmt.Errorf("outbox row %d: %w: %v", m.ID, ErrRender, err)
	}
	return raw, nil
}

// storeRendered stores raw as m's mail, or takes the mail another instance stored first.
func (e *Engine) storeRendered(ctx context.Context, tx Tx, m *OutboxMail, raw []byte) error {
	ok, err := tx.SetOutboxRaw(ctx, m.ID, raw, e.now())
	if err != nil {
		return err
	}
	if !ok {
		cur, err := tx.OutboxMail(ctx, m.ID)
		if err != nil {
			return err
		}
		raw = cur.Raw
	}
	m.Raw, m.Spec, m.NextAttemptAt = raw, nil, e.now()
	return nil
}

// RenderQueued renders up to limit rows (all when limit <= 0) still queued as a spec
// (pending or shadow), in the order they were queued; a row queued as a spec is due once
// rendered. The rendered mails are stored a page at a time (at most 100 rows and about
// renderBatchBytes of mail per transaction). A row that cannot be rendered is marked failed
// and reported to the customer SPOC, as a mail that cannot be sent is. It returns how many
// rows it rendered and how many failed.
func (e *Engine) RenderQueued(ctx context.Context, limit int) (rendered, failed int, err error) {
	var (
		done []*OutboxMail
		raws [][]byte
		held int // bytes of rendered mail in raws
	)
	store := func() error {
		if len(done) == 0 {
			return nil
		}
		err := e.store.InTx(ctx, func(tx Tx) error {
			for i, m := range done {
				if err := e.storeRendered(ctx, tx, m, raws[i]); err != nil {
					return err
				}
			}
			return nil
		})
		if err == nil {
			rendered += len(done)
		}
		done, raws, held = done[:0], raws[:0], 0
		return err
	}
	tried := map[int64]bool{}
	for limit <= 0 || len(tried) < limit {
		page := 100
		if limit > 0 {
			page = min(page, limit-len(tried))
		}
		rows, err := e.store.Unrendered(ctx, page)
		if err != nil {
			return rendered, failed, err
		}
		progress := false
		for i := range rows {
			m := &rows[i]
			if tried[m.ID] {
				continue
			}
			tried[m.ID], progress = true, true
			if len(m.Spec) == 0 {
				// Rendered by another instance between the store's listing and its reading
				// of the row: nothing to do (and nothing damaged).
				continue
			}
			raw, err := e.renderSpec(ctx, m)
			if err != nil {
				if !errors.Is(err, ErrRender) {
					return rendered, failed, err
				}
				e.log.Error("mail cannot be rendered", "kind", m.Kind, "to", m.Recipients, "err", err)
				if err := e.OutboxFailed(ctx, *m, err); err != nil {
					return rendered, failed, err
				}
				failed++
				continue
			}
			done, raws, held = append(done, m), append(raws, raw), held+len(raw)
			if held >= renderBatchBytes {
				if err := store(); err != nil {
					return rendered, failed, err
				}
			}
		}
		if err := store(); err != nil {
			return rendered, failed, err
		}
		if !progress {
			break
		}
	}
	return rendered, failed, nil
}

// renderBatchBytes bounds the rendered mail RenderQueued holds before storing it: forwards
// carry their attachments.
const renderBatchBytes = 8 << 20

// maxForwardBytes caps the attachments forwarded in one mail.
const maxForwardBytes = 20 << 20

// attachments reads the attachments of a raw message for forwarding. Base64 bodies are
// taken as they stand in the message and copied into the forward (compose splices them);
// only when one is not clean base64 are they all decoded and encoded again.
func (e *Engine) attachments(raw []byte) []attachment {
	if len(raw) == 0 {
		return nil
	}
	var out []attachment
	total, clean := 0, true
	_ = mail.ExtractAttachmentsEncoded(bytes.NewReader(raw), e.mopt, func(a mail.Attachment, cte string, body io.Reader) error {
		if cte != "base64" {
			clean = false
			return errors.New("not base64")
		}
		enc, err := io.ReadAll(io.LimitReader(body, maxForwardBytes/3*4+maxForwardBytes/20))
		size := len(enc) / 4 * 3
		if err != nil || total+size > maxForwardBytes {
			return nil
		}
		if !compose.ValidBase64Body(enc) {
			clean = false
			return errors.New("not clean base64")
		}
		total += size
		out = append(out, attachment{Filename: attachmentName(a), ContentType: a.ContentType, Encoded: enc})
		return nil
	})
	if clean {
		return out
	}
	out, total = nil, 0
	_ = mail.ExtractAttachments(bytes.NewReader(raw), e.mopt, func(a mail.Attachment, body io.Reader) error {
		data, err := io.ReadAll(io.LimitReader(body, maxForwardBytes+1))
		if err != nil || total+len(data) > maxForwardBytes {
			return nil
		}
		total += len(data)
		out = append(out, attachment{Filename: attachmentName(a), ContentType: a.ContentType, Data: data})
		return nil
	})
	return out
}

func attachmentName(a mail.Attachment) string {
	if a.Filename == "" {
		return "bijlage"
	}
	return a.Filename
}

// validMessageID reports whether id (without <>) can be written into a header as is.
func validMessageID(id string) bool {
	if id == "" || len(id) > 250 || !strings.Contains(id, "@") {
		return false
	}
	for _, c := range id {
		if c <= ' ' || c >= 0x7f || c == '<' || c == '>' || c == '"' || c == '\\' || c == ',' {
			return false
		}
	}
	return true
}
