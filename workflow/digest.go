package workflow

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/spocd/spocd/config"
	"github.com/spocd/spocd/mail/compose"
	"github.com/spocd/spocd/templates"
)

// DigestTx is what the weekly digest needs from storage, on top of the rest of Tx.
type DigestTx interface {
	// MarkDigest records the week as sent; without force only when it is not recorded yet,
	// reporting whether this call recorded it.
	MarkDigest(ctx context.Context, week string, at time.Time, manual, force bool) (bool, error)
	// DigestRecord returns the record of a sent week, or ErrNotFound.
	DigestRecord(ctx context.Context, week string) (*DigestRecord, error)
	AddDigestMessage(ctx context.Context, messageID, week string, at time.Time) error
	// DigestWeekByMessageID returns the week of the digest one of ids belongs to, or ErrNotFound.
	DigestWeekByMessageID(ctx context.Context, ids []string) (string, error)
	// DigestRequests lists all requests without their body.
	DigestRequests(ctx context.Context) ([]Request, error)
	// EventsBetween lists the events in [from, to).
	EventsBetween(ctx context.Context, from, to time.Time) ([]Event, error)
	// FirstEventAt returns the time of the oldest event, or ErrNotFound.
	FirstEventAt(ctx context.Context) (time.Time, error)
}

// DigestRecord says when the digest of a week was sent.
type DigestRecord struct {
	Week   string
	SentAt time.Time
	Manual bool
}

// trendWeeks is how many weeks the chart and trend table show.
const trendWeeks = 12

// lateAfter is how long after its scheduled time a digest counts as sent late.
const lateAfter = 15 * time.Minute

// DigestReport holds the figures of one weekly digest. Lists about the week use [Start,
// End); lists of what is waiting are as of Now.
type DigestReport struct {
	Week       string    // "2026-W48"
	Start, End time.Time // Monday 00:00 of the week and of the next, in the organisation's zone
	Now        time.Time // the figures are as of this moment
	Late       bool      // sent by the schedule after its time
	ScheduleAt time.Time // when the schedule should have sent it

	Counts map[Status]int
	Total  int

	New, Decided, Forwarded, Completed, Cancelled []Request
	Waiting                                       []WaitingItem
	Overdue                                       []OverdueItem

	CostWeek, CostMonth, CostYear int64 // cents
	MonthStart, YearStart         time.Time

	MedianLead   time.Duration // requests done this week; 0 when LeadCount is 0
	LeadCount    int
	MedianLead12 time.Duration // requests done in the trend weeks
	LeadCount12  int

	Agenda []AgendaItem
	Trend  []WeekPoint // trendWeeks weeks ending with Week, oldest first
}

// WaitingItem is a request awaiting approval.
type WaitingItem struct {
	Request   Request
	Since     time.Time
	Age       time.Duration
	Approvers []string // still to answer in the current round
}

// OverdueItem is a forwarded request without a status past the response time.
type OverdueItem struct {
	Request Request
	Since   time.Time
	Age     time.Duration
}

// AgendaItem is a point for the weekly meeting.
type AgendaItem struct {
	Ref, Subject string
	Kind         string // escalation | triage | overdue | rejected | refused
	Detail       string
	Approvers    []string // escalation: still to answer
	SupplierRef  string   // overdue: the supplier's ticket number
	At           time.Time
}

// WeekPoint is one week of the trend.
type WeekPoint struct {
	Week      string
	In, Done  int
	CostCents int64
}

// ErrBadWeek is returned for a week that is not of the form 2026-W48.
var ErrBadWeek = errors.New("week must look like 2026-W48")

// ParseWeek returns the first moment of an ISO week ("2026-W48") and of the week after, in
// loc. The boundaries are local midnights, so a week with a DST change is 167 or 169 hours.
func ParseWeek(week string, loc *time.Location) (start, end time.Time, err error) {
	if loc == nil {
		loc = time.UTC
	}
	y, w, ok := strings.Cut(strings.ToUpper(strings.TrimSpace(week)), "-W")
	if !ok || len(y) != 4 || len(w) < 1 || len(w) > 2 {
		return start, end, fmt.Errorf("parse week %q: %w", week, ErrBadWeek)
	}
	year, err1 := strconv.Atoi(y)
	num, err2 := strconv.Atoi(w)
	if err1 != nil || err2 != nil || year < 1000 || num < 1 || num > weeksInYear(year) {
		return start, end, fmt.Errorf("parse week %q: %w", week, ErrBadWeek)
	}
	// 4 January is always in week 1; its Monday starts week 1.
	jan4 := time.Date(year, time.January, 4, 0, 0, 0, 0, loc)
	offset := (int(jan4.Weekday()) + 6) % 7
	start = time.Date(year, time.January, 4-offset+7*(num-1), 0, 0, 0, 0, loc)
	end = time.Date(year, time.January, 4-offset+7*num, 0, 0, 0, 0, loc)
	return start, end, nil
}

func weeksInYear(year int) int {
	_, w := time.Date(year, time.December, 28, 12, 0, 0, 0, time.UTC).ISOWeek()
	return w
}

// WeekOf names the ISO week t falls in, in loc: "2026-W48".
func WeekOf(t time.Time, loc *time.Location) string {
	if loc == nil {
		loc = time.UTC
	}
	y, w := t.In(loc).ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w)
}

// addWeeks names the week n weeks after week (n may be negative).
func addWeeks(week string, n int, loc *time.Location) (string, error) {
	start, _, err := ParseWeek(week, loc)
	if err != nil {
		return "", err
	}
	return WeekOf(time.Date(start.Year(), start.Month(), start.Day()+7*n+3, 12, 0, 0, 0, loc), loc), nil
}

func (e *Engine) loc() *time.Location {
	if e.cfg.Organisation.Location != nil {
		return e.cfg.Organisation.Location
	}
	return time.UTC
}

// scheduledAt is when the schedule sends the digest of week: the configured weekday and
// time in the week after it, in the organisation's zone.
func scheduledAt(cfg *config.Config, week string, loc *time.Location) (time.Time, error) {
	day, hour, minute, err := config.ParseSchedule(cfg.Digest.Schedule)
	if err != nil {
		return time.Time{}, err
	}
	_, next, err := ParseWeek(week, loc)
	if err != nil {
		return time.Time{}, err
	}
	offset := (int(day) + 6) % 7 // Monday 0 … Sunday 6
	return time.Date(next.Year(), next.Month(), next.Day()+offset, hour, minute, 0, 0, loc), nil
}

// DueDigest names the week whose digest is due at now: the week before the one in which the
// schedule last fired. The digest of a week is due at the configured weekday and time of
// the following week (default Monday 08:00: the week that just ended) and stays due until
// the schedule fires again, so that a daemon that was down at the time sends it late.
// Whether it was sent already is for SendDigest to decide. due is false when the schedule
// is invalid.
func (e *Engine) DueDigest(now time.Time) (week string, due bool) {
	loc := e.loc()
	current := WeekOf(now, loc)
	prev, err := addWeeks(current, -1, loc)
	if err != nil {
		return "", false
	}
	at, err := scheduledAt(e.cfg, prev, loc)
	if err != nil {
		return "", false
	}
	if now.Before(at) {
		// This week's schedule has not fired yet: the latest one fired last week.
		prev, err = addWeeks(prev, -1, loc)
		if err != nil {
			return "", false
		}
	}
	return prev, true
}

// ScheduledDigest sends the digest that is due at now (DueDigest), unless it was sent
// already. A week whose scheduled time came before spocd recorded anything at all gets no
// digest, so that a fresh installation does not open with a report of an empty week; after
// that, a digest missed because the daemon was down goes out late, with a note.
func (e *Engine) ScheduledDigest(ctx context.Context, now time.Time) (week string, sent bool, err error) {
	week, due := e.DueDigest(now)
	if !due {
		return "", false, nil
	}
	at, err := scheduledAt(e.cfg, week, e.loc())
	if err != nil {
		return week, false, err
	}
	first, err := e.store.FirstEventAt(ctx)
	switch {
	case errors.Is(err, ErrNotFound):
		return week, false, nil
	case err != nil:
		return week, false, fmt.Errorf("scheduled digest: %w", err)
	case !first.Before(at):
		return week, false, nil
	}
	sent, err = e.SendDigest(ctx, week, false, false)
	return week, sent, err
}

// Digest computes the figures of week as of now.
func (e *Engine) Digest(ctx context.Context, week string, now time.Time) (*DigestReport, error) {
	var r *DigestReport
	err := e.store.InTx(ctx, func(tx Tx) error {
		var err error
		r, err = e.digest(ctx, tx, week, now)
		return err
	})
	if err != nil {
		return nil, err
	}
	return r, nil
}

func within(t *time.Time, from, to time.Time) bool {
	return t != nil && !t.Before(from) && t.Before(to)
}

// committed is when the cost of extra work counts: when it was approved, or when it was
// forwarded without needing approval. Rejected and cancelled work costs nothing.
func committed(r *Request) (time.Time, int64, bool) {
	if !r.ExtraWork || r.EstimateCents == nil || r.Status == StatusRejected || r.Status == StatusCancelled {
		return time.Time{}, 0, false
	}
	switch {
	case r.DecidedAt != nil:
		return *r.DecidedAt, *r.EstimateCents, true
	case r.ForwardedAt != nil && !r.NeedsApproval:
		return *r.ForwardedAt, *r.EstimateCents, true
	}
	return time.Time{}, 0, false
}

func median(ds []time.Duration) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

func (e *Engine) digest(ctx context.Context, tx Tx, week string, now time.Time) (*DigestReport, error) {
	loc := e.loc()
	start, end, err := ParseWeek(week, loc)
	if err != nil {
		return nil, err
	}
	week = WeekOf(start, loc)
	reqs, err := tx.DigestRequests(ctx)
	if err != nil {
		return nil, fmt.Errorf("digest %s: %w", week, err)
	}
	r := &DigestReport{Week: week, Start: start, End: end, Now: now, Counts: map[Status]int{}}
	last := end.Add(-time.Nanosecond).In(loc) // the week's Sunday
	r.MonthStart = time.Date(last.Year(), last.Month(), 1, 0, 0, 0, 0, loc)
	r.YearStart = time.Date(last.Year(), time.January, 1, 0, 0, 0, 0, loc)

	// The trend weeks, oldest first, ending with this week.
	first, err := addWeeks(week, -(trendWeeks - 1), loc)
	if err != nil {
		return nil, err
	}
	trendStart, _, err := ParseWeek(first, loc)
	if err != nil {
		return nil, err
	}
	bounds := make([]time.Time, 0, trendWeeks+1)
	for i := range trendWeeks {
		w, err := addWeeks(first, i, loc)
		if err != nil {
			return nil, err
		}
		s, _, err := ParseWeek(w, loc)
		if err != nil {
			return nil, err
		}
		r.Trend = append(r.Trend, WeekPoint{Week: w})
		bounds = append(bounds, s)
	}
	bounds = append(bounds, end)
	slot := func(t *time.Time) int {
		if t == nil || t.Before(trendStart) || !t.Before(end) {
			return -1
		}
		for i := range trendWeeks {
			if t.Before(bounds[i+1]) {
				return i
			}
		}
		return -1
	}

	var leads, leads12 []time.Duration
	for i := range reqs {
		q := &reqs[i]
		r.Counts[q.Status]++
		r.Total++
		created := q.CreatedAt
		if within(&created, start, end) {
			r.New = append(r.New, *q)
		}
		if within(q.DecidedAt, start, end) {
			r.Decided = append(r.Decided, *q)
		}
		if within(q.ForwardedAt, start, end) {
			r.Forwarded = append(r.Forwarded, *q)
		}
		if q.Status == StatusDone && within(q.DoneAt, start, end) {
			r.Completed = append(r.Completed, *q)
			leads = append(leads, q.DoneAt.Sub(q.CreatedAt))
		}
		if i := slot(&created); i >= 0 {
			r.Trend[i].In++
		}
		if q.Status == StatusDone {
			if i := slot(q.DoneAt); i >= 0 {
				r.Trend[i].Done++
				leads12 = append(leads12, q.DoneAt.Sub(q.CreatedAt))
			}
		}
		if at, cents, ok := committed(q); ok {
			if within(&at, start, end) {
				r.CostWeek += cents
			}
			if within(&at, r.MonthStart, end) {
				r.CostMonth += cents
			}
			if within(&at, r.YearStart, end) {
				r.CostYear += cents
			}
			if i := slot(&at); i >= 0 {
				r.Trend[i].CostCents += cents
			}
		}
		switch q.Status {
		case StatusAwaitingApproval:
			w, err := e.waitingItem(ctx, tx, q, now)
			if err != nil {
				return nil, err
			}
			r.Waiting = append(r.Waiting, w)
		case StatusForwarded:
			if q.ForwardedAt != nil && now.Sub(*q.ForwardedAt) >= e.cfg.SPOC.ResponseTime.Duration {
				r.Overdue = append(r.Overdue, OverdueItem{Request: *q, Since: *q.ForwardedAt, Age: now.Sub(*q.ForwardedAt)})
			}
		}
	}
	r.MedianLead, r.LeadCount = median(leads), len(leads)
	r.MedianLead12, r.LeadCount12 = median(leads12), len(leads12)
	sort.SliceStable(r.Waiting, func(i, j int) bool { return r.Waiting[i].Since.Before(r.Waiting[j].Since) })
	sort.SliceStable(r.Overdue, func(i, j int) bool { return r.Overdue[i].Since.Before(r.Overdue[j].Since) })

	// Cancellations are known from the audit log (a request keeps no cancel time).
	events, err := tx.EventsBetween(ctx, start, end)
	if err != nil {
		return nil, fmt.Errorf("digest %s: %w", week, err)
	}
	byID := map[int64]*Request{}
	for i := range reqs {
		byID[reqs[i].ID] = &reqs[i]
	}
	seenCancel := map[int64]bool{}
	for _, ev := range events {
		if ev.Kind != "cancelled" || ev.RequestID == nil || seenCancel[*ev.RequestID] {
			continue
		}
		if q := byID[*ev.RequestID]; q != nil && q.Status == StatusCancelled {
			seenCancel[q.ID] = true
			r.Cancelled = append(r.Cancelled, *q)
		}
	}
	r.Agenda = e.agenda(r, reqs, byID, events)
	return r, nil
}

// waitingItem is a request awaiting approval with the approvers still to answer.
func (e *Engine) waitingItem(ctx context.Context, tx Tx, q *Request, now time.Time) (WaitingItem, error) {
	apps, err := tx.Approvals(ctx, q.ID)
	if err != nil {
		return WaitingItem{}, fmt.Errorf("digest: %w", err)
	}
	since := q.UpdatedAt
	var open []string
	answered := map[string]bool{}
	for _, a := range apps {
		if a.Round != q.ApprovalRound {
			continue
		}
		if a.CreatedAt.Before(since) {
			since = a.CreatedAt
		}
		if a.Decision != "" {
			answered[a.Approver] = true
		}
	}
	for _, a := range apps {
		if a.Round == q.ApprovalRound && a.Decision == "" && !answered[a.Approver] && !slices.Contains(open, a.Approver) {
			open = append(open, a.Approver)
		}
	}
	return WaitingItem{Request: *q, Since: since, Age: now.Sub(since), Approvers: open}, nil
}

// agenda lists what needs the meeting: escalated approvals, triage cases, supplier work past
// the response time, rejections and refused mail of the week.
func (e *Engine) agenda(r *DigestReport, reqs []Request, byID map[int64]*Request, events []Event) []AgendaItem {
	var out []AgendaItem
	for _, w := range r.Waiting {
		if w.Request.EscalatedAt != nil {
			out = append(out, AgendaItem{Ref: w.Request.Ref, Subject: w.Request.Subject, Kind: "escalation",
				Approvers: w.Approvers, At: w.Since})
		}
	}
	triaged := map[int64]bool{}
	for i := range reqs {
		if reqs[i].Status == StatusTriage {
			triaged[reqs[i].ID] = true
			out = append(out, AgendaItem{Ref: reqs[i].Ref, Subject: reqs[i].Subject, Kind: "triage", At: reqs[i].UpdatedAt})
		}
	}
	for _, o := range r.Overdue {
		out = append(out, AgendaItem{Ref: o.Request.Ref, Subject: o.Request.Subject, Kind: "overdue",
			SupplierRef: o.Request.SupplierRef, At: o.Since})
	}
	for _, q := range r.Decided {
		if q.Status == StatusRejected {
			out = append(out, AgendaItem{Ref: q.Ref, Subject: q.Subject, Kind: "rejected", At: *q.DecidedAt})
		}
	}
	seen := map[string]bool{}
	for _, ev := range events {
		if ev.Kind != "triage" && ev.Kind != "refused" {
			continue
		}
		var ref, subject string
		if ev.RequestID != nil {
			q := byID[*ev.RequestID]
			if q == nil || (ev.Kind == "triage" && triaged[q.ID]) {
				continue
			}
			ref, subject = q.Ref, q.Subject
		}
		detail := clipText(ev.Detail, 200)
		key := ev.Kind + "\x00" + ref + "\x00" + detail
		if seen[key] {
			continue
		}
		seen[key] = true
		if subject == "" {
			subject = ev.Actor
		}
		out = append(out, AgendaItem{Ref: ref, Subject: subject, Kind: ev.Kind, Detail: detail, At: ev.At})
	}
	return out
}

// DigestOutput is a rendered digest mail.
type DigestOutput struct {
	Subject, Text, HTML string
	Chart               []byte // PNG; nil when the chart could not be drawn
	MessageID           string
	Recipients          []string
	Raw                 []byte // the complete mail
}

// digestRecipients are both SPOCs and the extra addresses, without duplicates.
func (e *Engine) digestRecipients() []string {
	var out []string
	for _, a := range append([]string{e.cfg.SPOC.Customer, e.cfg.SPOC.Supplier}, e.cfg.Digest.Extra...) {
		a = strings.ToLower(strings.TrimSpace(a))
		if a != "" && !slices.Contains(out, a) {
			out = append(out, a)
		}
	}
	return out
}

// templateDigest formats a report for the templates.
func (e *Engine) templateDigest(r *DigestReport) *templates.Digest {
	lang := e.cfg.Organisation.Language
	loc := e.loc()
	_, wk := r.Start.ISOWeek()
	item := func(q Request) templates.DigestItem {
		return templates.DigestItem{Ref: q.Ref, Subject: q.Subject, Requester: q.Requester, Estimate: FormatEUR(q.EstimateCents),
			SupplierRef: q.SupplierRef}
	}
	list := func(qs []Request) []templates.DigestItem {
		var out []templates.DigestItem
		for _, q := range qs {
			out = append(out, item(q))
		}
		return out
	}
	eur := func(c int64) string { return FormatEUR(&c) }
	d := &templates.Digest{
		Week: r.Week, WeekNum: wk, Period: templates.FormatPeriod(lang, r.Start, r.End.Add(-time.Hour).In(loc)),
		AsOf: templates.FormatDateTime(lang, r.Now.In(loc)), Late: r.Late, Total: r.Total,
		New: list(r.New), Forwarded: list(r.Forwarded), Completed: list(r.Completed), Cancelled: list(r.Cancelled),
		ResponseTime: templates.FormatDuration(lang, e.cfg.SPOC.ResponseTime.Duration),
		CostWeek:     eur(r.CostWeek), CostMonth: eur(r.CostMonth), CostYear: eur(r.CostYear),
		Month: templates.MonthName(lang, r.MonthStart.Month()), Year: r.YearStart.Year(),
		LeadCount: r.LeadCount, LeadCount12: r.LeadCount12, RefPrefix: e.cfg.Organisation.RefPrefix,
	}
	if r.Late {
		d.Schedule = templates.FormatDateTime(lang, r.ScheduleAt.In(loc))
	}
	for _, s := range Statuses {
		d.Counts = append(d.Counts, templates.DigestCount{Status: string(s), N: r.Counts[s]})
	}
	for _, q := range r.Decided {
		it := item(q)
		it.Decision = "approve"
		if q.Status == StatusRejected {
			it.Decision = "reject"
		}
		d.Decided = append(d.Decided, it)
	}
	for _, w := range r.Waiting {
		it := item(w.Request)
		it.Since = templates.FormatDate(lang, w.Since.In(loc))
		it.Age = templates.FormatDuration(lang, w.Age)
		it.Approvers = e.cfg.Approval.DisplayAll(w.Approvers)
		d.Waiting = append(d.Waiting, it)
	}
	for _, o := range r.Overdue {
		it := item(o.Request)
		it.Since = templates.FormatDate(lang, o.Since.In(loc))
		it.Age = templates.FormatDuration(lang, o.Age)
		d.Overdue = append(d.Overdue, it)
	}
	for _, a := range r.Agenda {
		// The detail of a refusal or triage is its reason in English (the audit log's): say it
		// in the digest's language.
		code, args := templates.ParseReason(a.Detail)
		d.Agenda = append(d.Agenda, templates.DigestItem{Ref: a.Ref, Subject: a.Subject, Kind: a.Kind, Detail: templates.ReasonText(lang, code, args...),
			Approvers: e.cfg.Approval.DisplayAll(a.Approvers), SupplierRef: a.SupplierRef, Since: templates.FormatDate(lang, a.At.In(loc))})
	}
	if r.LeadCount > 0 {
		d.MedianLead = templates.FormatDuration(lang, r.MedianLead)
	}
	if r.LeadCount12 > 0 {
		d.MedianLead12 = templates.FormatDuration(lang, r.MedianLead12)
	}
	for _, w := range r.Trend {
		d.Trend = append(d.Trend, templates.DigestWeek{Week: shortWeek(w.Week), In: w.In, Done: w.Done, Cost: eur(w.CostCents)})
	}
	return d
}

// RenderDigest renders the digest mail parts and its chart.
func (e *Engine) RenderDigest(r *DigestReport) (subject, text, html string, chartPNG []byte, err error) {
	if r == nil {
		return "", "", "", nil, fmt.Errorf("render digest: no report")
	}
	chartPNG, cerr := Chart(r.Trend, e.cfg.Organisation.Language)
	if cerr != nil {
		e.log.Warn("digest without chart", "week", r.Week, "err", cerr)
		chartPNG = nil
	}
	d := e.templateDigest(r)
	d.HasChart = chartPNG != nil
	out, err := e.tmpl.Render(e.cfg.Organisation.Language, "digest", templates.Data{Org: e.cfg.Organisation.Name,
		SPOCAddress: e.cfg.SPOC.Address, Digest: d})
	if err != nil {
		return "", "", "", nil, fmt.Errorf("render digest: %w", err)
	}
	return out.Subject, out.Text, out.HTML, chartPNG, nil
}

// BuildDigest renders a report into a complete mail to both SPOCs and the extra recipients,
// with the chart as an inline image (Content-ID "chart").
func (e *Engine) BuildDigest(r *DigestReport) (*DigestOutput, error) {
	subject, text, html, png, err := e.RenderDigest(r)
	if err != nil {
		return nil, err
	}
	out := &DigestOutput{Subject: subject, Text: text, HTML: html, Chart: png,
		MessageID: compose.NewMessageID(e.cfg.Organisation.Domain), Recipients: e.digestRecipients()}
	m := compose.Mail{
		MessageID: out.MessageID,
		Date:      e.now(),
		From:      compose.Address{Name: e.cfg.Organisation.Name, Addr: e.cfg.SPOC.Address},
		Subject:   subject,
		Text:      text,
		HTML:      html,
		Headers:   [][2]string{{"X-SPOCd-Kind", "digest"}, {"X-SPOCd-Week", r.Week}},
	}
	for _, a := range out.Recipients {
		m.To = append(m.To, compose.Address{Addr: a})
	}
	if png != nil {
		m.Attachments = []attachment{{Filename: "chart.png", ContentType: "image/png", ContentID: "chart", Inline: true, Data: png}}
	}
	out.Raw, err = compose.Build(m)
	if err != nil {
		return nil, fmt.Errorf("compose digest: %w", err)
	}
	return out, nil
}

// SendDigest writes the digest of week to the outbox, once: the week is recorded in the
// same transaction as the outbox row, so a restart or a second instance sends nothing
// again (force sends anyway). manual marks a digest sent by hand; it counts as that week's
// digest for the schedule. sent is false when the week had been sent already.
func (e *Engine) SendDigest(ctx context.Context, week string, manual, force bool) (sent bool, err error) {
	_, sent, err = e.SendDigestMail(ctx, week, manual, force)
	return sent, err
}

// SendDigestMail is SendDigest that also returns the mail it wrote to the outbox (nil when
// nothing was sent).
func (e *Engine) SendDigestMail(ctx context.Context, week string, manual, force bool) (*DigestOutput, bool, error) {
	loc := e.loc()
	start, _, err := ParseWeek(week, loc)
	if err != nil {
		return nil, false, err
	}
	week = WeekOf(start, loc)
	if !force {
		// The cheap check first: the schedule asks every minute.
		if _, err := e.store.DigestRecord(ctx, week); err == nil {
			return nil, false, nil
		} else if !errors.Is(err, ErrNotFound) {
			return nil, false, fmt.Errorf("send digest %s: %w", week, err)
		}
	}
	var out *DigestOutput
	sent := false
	err = e.store.InTx(ctx, func(tx Tx) error {
		out, sent = nil, false
		now := e.now()
		ok, err := tx.MarkDigest(ctx, week, now, manual, force)
		if err != nil || !ok {
			return err
		}
		r, err := e.digest(ctx, tx, week, now)
		if err != nil {
			return err
		}
		if !manual {
			if at, err := scheduledAt(e.cfg, week, loc); err == nil && now.Sub(at) > lateAfter {
				r.Late, r.ScheduleAt = true, at
			}
		}
		o, err := e.BuildDigest(r)
		if err != nil {
			return err
		}
		row := &OutboxMail{Kind: "digest", MessageID: o.MessageID, From: e.cfg.SMTP.From, Recipients: o.Recipients,
			Raw: o.Raw, NextAttemptAt: now, CreatedAt: now}
		if e.shadow {
			row.Status = "shadow"
		}
		if err := tx.Enqueue(ctx, row); err != nil {
			return err
		}
		if err := tx.AddDigestMessage(ctx, o.MessageID, week, now); err != nil {
			return err
		}
		detail := fmt.Sprintf("digest %s to %s", week, strings.Join(o.Recipients, ", "))
		switch {
		case force:
			detail += " (sent again on purpose)"
		case manual:
			detail += " (by hand)"
		case r.Late:
			detail += " (late: due " + r.ScheduleAt.Format(time.RFC3339) + ")"
		}
		if err := tx.AppendEvent(ctx, &Event{At: now, Kind: "digest", Actor: "spocd", Detail: detail}); err != nil {
			return err
		}
		out, sent = o, true
		return nil
	})
	if err != nil {
		return nil, false, fmt.Errorf("send digest %s: %w", week, err)
	}
	return out, sent, nil
}
