package workflow

import (
	"bytes"
	"context"
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
	attachments []attachment
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

// send renders a template into a complete mail with a fixed Message-ID and writes it to the
// outbox in the caller's transaction. A retry later sends exactly these bytes.
func (e *Engine) send(ctx context.Context, tx Tx, req *Request, om outMail) error {
	d := om.data
	d.Org = e.cfg.Organisation.Name
	d.SPOCAddress = e.cfg.SPOC.Address
	d.Request = e.requestData(req)
	r, err := e.tmpl.Render(e.cfg.Organisation.Language, om.tmpl, d)
	if err != nil {
		return fmt.Errorf("render %s: %w", om.tmpl, err)
	}
	subject := strings.TrimSpace(r.Subject)
	if req != nil {
		tag := om.subjectTag
		if tag == "" {
			tag = "[" + req.Ref + "]"
		}
		if !strings.Contains(subject, tag) {
			subject = strings.TrimSpace(strings.ReplaceAll(subject, "["+req.Ref+"]", ""))
			subject = tag + " " + subject
		}
		if req.SupplierRef != "" && om.to[0] == e.cfg.SPOC.Supplier && !strings.Contains(subject, req.SupplierRef) {
			subject += " (" + req.SupplierRef + ")"
		}
	}
	now := e.now()
	m := compose.Mail{
		MessageID:   compose.NewMessageID(e.cfg.Organisation.Domain),
		Date:        now,
		From:        compose.Address{Name: e.cfg.Organisation.Name, Addr: e.cfg.SPOC.Address},
		Subject:     subject,
		Text:        r.Text,
		HTML:        r.HTML,
		InReplyTo:   om.inReplyTo,
		Attachments: om.attachments,
		Headers:     [][2]string{{"X-SPOCd-Kind", om.kind}},
	}
	if validMessageID(om.inReplyTo) {
		m.References = []string{om.inReplyTo}
	} else {
		m.InReplyTo = "" // a hostile or broken id must not stop the mail: drop the threading
	}
	if om.autoReplied {
		m.AutoSubmitted = "auto-replied"
	}
	for _, a := range om.to {
		m.To = append(m.To, compose.Address{Addr: a})
	}
	if om.replyTo != "" {
		m.ReplyTo = []compose.Address{{Name: e.cfg.Organisation.Name, Addr: om.replyTo}}
	}
	if req != nil {
		m.Headers = append(m.Headers, [2]string{"X-SPOCd-Ref", req.Ref})
	}
	raw, err := compose.Build(m)
	if err != nil {
		return fmt.Errorf("compose %s: %w", om.kind, err)
	}
	row := &OutboxMail{Kind: om.kind, MessageID: m.MessageID, From: e.cfg.SMTP.From, Recipients: om.to, Raw: raw,
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
		return tx.AddThreadID(ctx, m.MessageID, req.ID, true)
	}
	return nil
}

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
