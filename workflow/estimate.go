package workflow

import (
	"context"
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// quoteRE finds an amount the supplier quotes: "offerte: € 1.250,00", "kosten 750 euro",
// "quote EUR 800".
var quoteRE = regexp.MustCompile(`(?i)\b(?:offerte|raming|kosten|prijs|bedrag|quote|estimate|price|cost)\b[^\n€\d]{0,20}(?:€|eur(?:o)?)?\s*(\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d+(?:[.,]\d{1,2})?)`)

// quotedAmount returns the amount in cents quoted in text, or false.
func quotedAmount(text string) (int64, bool) {
	m := quoteRE.FindStringSubmatch(text)
	if m == nil {
		return 0, false
	}
	s := m[1]
	switch {
	case strings.Contains(s, ",") && strings.Contains(s, "."): // 1.250,00
		s = strings.ReplaceAll(s, ".", "")
		s = strings.Replace(s, ",", ".", 1)
	case strings.Contains(s, ","): // 750,50
		s = strings.Replace(s, ",", ".", 1)
	case strings.Count(s, ".") == 1 && len(s)-strings.Index(s, ".") == 4: // 1.250
		s = strings.ReplaceAll(s, ".", "")
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || f < 0 || f > 1e9 {
		return 0, false
	}
	return int64(f*100 + 0.5), true
}

// newEstimate applies a quoted amount to a request. An approval is bound to its amount:
// when the estimate rises above what was approved, the approval lapses and the approvers
// are asked again.
func (e *Engine) newEstimate(ctx context.Context, tx Tx, m *msgCtx, req *Request, cents int64) error {
	old := req.EstimateCents
	if old != nil && *old == cents {
		return nil
	}
	req.EstimateCents = &cents
	req.UpdatedAt = e.now()
	if err := tx.UpdateRequest(ctx, req); err != nil {
		return err
	}
	if err := e.event(ctx, tx, req, "estimate", m.msg.From.Addr, m, fmt.Sprintf("%s -> %s", orDash(FormatEUR(old)), FormatEUR(&cents))); err != nil {
		return err
	}
	if !req.NeedsApproval || !req.Status.Open() || req.ApprovalRound == 0 {
		return nil
	}
	apps, err := tx.Approvals(ctx, req.ID)
	if err != nil {
		return err
	}
	var approvedFor *int64
	for _, a := range apps {
		if a.Round == req.ApprovalRound && (a.Decision == "approve" || a.Decision == "") {
			approvedFor = a.AmountCents
			break
		}
	}
	if approvedFor != nil && cents <= *approvedFor {
		return nil
	}
	return e.askApproval(ctx, tx, req, fmt.Sprintf("estimate rose from %s to %s", orDash(FormatEUR(approvedFor)), FormatEUR(&cents)))
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
