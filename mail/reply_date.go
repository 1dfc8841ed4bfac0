package mail

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

var monthNames = map[string]time.Month{
	"januari": 1, "jan": 1, "january": 1, "janvier": 1, "januar": 1,
	"februari": 2, "feb": 2, "febr": 2, "february": 2, "februar": 2,
	"maart": 3, "mrt": 3, "mar": 3, "march": 3, "maerz": 3, "marz": 3, "mrz": 3,
	"april": 4, "apr": 4,
	"mei": 5, "may": 5, "mai": 5,
	"juni": 6, "jun": 6, "june": 6,
	"juli": 7, "jul": 7, "july": 7,
	"augustus": 8, "aug": 8, "august": 8,
	"september": 9, "sep": 9, "sept": 9,
	"oktober": 10, "okt": 10, "oct": 10, "october": 10,
	"november": 11, "nov": 11,
	"december": 12, "dec": 12, "dezember": 12, "dez": 12,
}

const monthAlt = `januari|january|januar|jan|februari|february|februar|febr|feb|maart|march|maerz|marz|mrz|mrt|mar|april|apr|mei|may|mai|juni|june|jun|juli|july|jul|augustus|august|aug|september|sept|sep|oktober|october|okt|oct|november|nov|december|dezember|dez|dec`

var (
	reDateISO     = regexp.MustCompile(`\b(\d{4})-(\d{1,2})-(\d{1,2})\b`)
	reDateNumeric = regexp.MustCompile(`\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})\b`)
	reDateDayName = regexp.MustCompile(`(?i)\b(\d{1,2})(?:e|ste|de|st|nd|rd|th)?\s+(` + monthAlt + `)\b\.?(?:,?\s+(\d{4}))?`)
	reDateNameDay = regexp.MustCompile(`(?i)\b(` + monthAlt + `)\b\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?`)
	// "op 3-12", "on 3/12" without a year: only after a preposition, and not a
	// time range ("9-12 uur").
	reDateShort = regexp.MustCompile(`(?i)\b(?:op|on|per|voor|datum|date|vanaf|from)\s+(\d{1,2})[-/](\d{1,2})\b(?:\s*(uur|u|h|hour|hours)\b)?`)
)

// findDate returns the first date in text at or after offset from (else the first
// one anywhere) as "2006-01-02", or "". Dates are read day first (Dutch); a date
// without a year is the first such date not more than 60 days before ref.
func findDate(text string, from int, ref time.Time) string {
	f := text
	if from > len(f) {
		from = len(f)
	}
	if d := firstDate(f[from:], ref); d != "" {
		return d
	}
	if from > 0 {
		return firstDate(f, ref)
	}
	return ""
}

type dateHit struct {
	pos  int
	date string
}

func firstDate(s string, ref time.Time) string {
	best := dateHit{pos: -1}
	consider := func(pos int, date string) {
		if date != "" && (best.pos < 0 || pos < best.pos) {
			best = dateHit{pos, date}
		}
	}
	for _, m := range reDateISO.FindAllStringSubmatchIndex(s, 4) {
		consider(m[0], makeDate(atoi(s[m[2]:m[3]]), atoi(s[m[4]:m[5]]), atoi(s[m[6]:m[7]]), ref, true))
	}
	for _, m := range reDateNumeric.FindAllStringSubmatchIndex(s, 4) {
		d, mo, y := atoi(s[m[2]:m[3]]), atoi(s[m[4]:m[5]]), atoi(s[m[6]:m[7]])
		if y < 100 {
			y += 2000
		}
		date := makeDate(y, mo, d, ref, true)
		if date == "" {
			date = makeDate(y, d, mo, ref, true) // month first: 12/25/2026
		}
		consider(m[0], date)
	}
	for _, m := range reDateDayName.FindAllStringSubmatchIndex(s, 4) {
		y, hasYear := 0, m[6] >= 0
		if hasYear {
			y = atoi(s[m[6]:m[7]])
		}
		consider(m[0], makeDate(y, int(monthNames[strings.ToLower(s[m[4]:m[5]])]), atoi(s[m[2]:m[3]]), ref, hasYear))
	}
	for _, m := range reDateNameDay.FindAllStringSubmatchIndex(s, 4) {
		y, hasYear := 0, m[6] >= 0
		if hasYear {
			y = atoi(s[m[6]:m[7]])
		}
		consider(m[0], makeDate(y, int(monthNames[strings.ToLower(s[m[2]:m[3]])]), atoi(s[m[4]:m[5]]), ref, hasYear))
	}
	for _, m := range reDateShort.FindAllStringSubmatchIndex(s, 4) {
		if m[6] >= 0 {
			continue // "9-12 uur"
		}
		consider(m[2], makeDate(0, atoi(s[m[4]:m[5]]), atoi(s[m[2]:m[3]]), ref, false))
	}
	return best.date
}

func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0
	}
	return n
}

// makeDate validates a date; without a year it picks the year from ref.
func makeDate(y, m, d int, ref time.Time, hasYear bool) string {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return ""
	}
	if !hasYear {
		if ref.IsZero() {
			return ""
		}
		y = ref.Year()
		t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		if t.Before(ref.AddDate(0, 0, -60)) {
			y++
		}
	}
	if y < 1900 || y > 2999 {
		return ""
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d || int(t.Month()) != m {
		return "" // 31-02
	}
	return t.Format("2006-01-02")
}
