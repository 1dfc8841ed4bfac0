package templates

import (
	"fmt"
	"slices"
	"time"
)

// Digest is what the weekly digest templates show (Data.Digest). Every value is formatted
// by the caller (FormatDate, FormatDuration), so that the templates only lay it out.
//
// digest_reply uses Week, Applied and NotApplied.
type Digest struct {
	Week     string // "2026-W48"
	WeekNum  int    // 48
	Period   string // "23–29 november 2026"
	AsOf     string // when the figures were taken
	Late     bool   // sent after its scheduled time (the daemon was down)
	Schedule string // the scheduled time, when Late

	Counts []DigestCount // per status, workflow order, zeros included
	Total  int

	New, Decided, Forwarded, Completed, Cancelled []DigestItem
	Waiting                                       []DigestItem // awaiting approval, oldest first
	Overdue                                       []DigestItem // forwarded without status past ResponseTime
	ResponseTime                                  string       // "72 uur"

	CostWeek, CostMonth, CostYear string // "€ 1.250,00"
	Month                         string // "november"
	Year                          int

	MedianLead   string // received to done, requests done this week; "" when none
	LeadCount    int
	MedianLead12 string // the same over the chart's 12 weeks
	LeadCount12  int
	Agenda       []DigestItem
	Trend        []DigestWeek // oldest first
	HasChart     bool         // the HTML shows <img src="cid:chart">
	RefPrefix    string       // "SPOC", for the command examples

	Applied, NotApplied []string // digest_reply
}

// DigestCount is the number of requests in one state.
type DigestCount struct {
	Status string
	N      int
}

// DigestItem is one request (or agenda point) in a digest list.
type DigestItem struct {
	Ref, Subject, Requester, Status string
	Decision                        string   // decided list: approve | reject
	SupplierRef                     string   // the supplier's ticket number, if known
	Estimate                        string   // "€ 150,00" or ""
	Since                           string   // date the item waits since / happened
	Age                             string   // "3 dagen"
	Approvers                       []string // still to answer (waiting list)
	Kind                            string   // agenda: escalation | triage | overdue | rejected | refused
	Detail                          string
}

// DigestWeek is one week of the trend.
type DigestWeek struct {
	Week     string // "W48"
	In, Done int
	Cost     string
}

// ReportNames returns the names of the templates that are not about one request.
func ReportNames() []string { return slices.Clone(reportNames) }

// FormatDate formats a date for people: "3 december 2026" / "3 December 2026".
func FormatDate(lang string, t time.Time) string {
	if t.IsZero() {
		return ""
	}
	if normLang(lang) == "nl" {
		return fmt.Sprintf("%d %s %d", t.Day(), monthsNL[t.Month()-1], t.Year())
	}
	return t.Format("2 January 2006")
}

// FormatDateTime formats a moment for people: "3 december 2026, 08:00".
func FormatDateTime(lang string, t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return FormatDate(lang, t) + t.Format(", 15:04")
}

// MonthName is the name of a month in the language.
func MonthName(lang string, m time.Month) string {
	if m < time.January || m > time.December {
		return ""
	}
	if normLang(lang) == "nl" {
		return monthsNL[m-1]
	}
	return m.String()
}

// FormatPeriod formats the days from first to last (inclusive): "23–29 november 2026",
// "30 november – 6 december 2026", "28 december 2026 – 3 januari 2027".
func FormatPeriod(lang string, first, last time.Time) string {
	switch {
	case first.Year() != last.Year():
		return FormatDate(lang, first) + " – " + FormatDate(lang, last)
	case first.Month() != last.Month():
		return fmt.Sprintf("%d %s – %s", first.Day(), MonthName(lang, first.Month()), FormatDate(lang, last))
	}
	return fmt.Sprintf("%d–%s", first.Day(), FormatDate(lang, last))
}

// FormatDuration formats a waiting time or lead time coarsely: minutes below an hour, hours
// below two days, days above that ("3 dagen", "5 hours").
func FormatDuration(lang string, d time.Duration) string {
	nl := normLang(lang) == "nl"
	unit := func(n int64, one, many, oneEN, manyEN string) string {
		switch {
		case nl && n == 1:
			return fmt.Sprintf("%d %s", n, one)
		case nl:
			return fmt.Sprintf("%d %s", n, many)
		case n == 1:
			return fmt.Sprintf("%d %s", n, oneEN)
		}
		return fmt.Sprintf("%d %s", n, manyEN)
	}
	if d < 0 {
		d = 0
	}
	switch {
	case d < time.Hour:
		return unit(int64(d/time.Minute), "minuut", "minuten", "minute", "minutes")
	case d < 48*time.Hour:
		return unit(int64((d+30*time.Minute)/time.Hour), "uur", "uur", "hour", "hours")
	}
	days := float64(d) / float64(24*time.Hour)
	if days < 10 && days != float64(int64(days)) {
		s := fmt.Sprintf("%.1f", days)
		if nl {
			s = s[:len(s)-2] + "," + s[len(s)-1:]
			return s + " dagen"
		}
		return s + " days"
	}
	return unit(int64(days+0.5), "dag", "dagen", "day", "days")
}
