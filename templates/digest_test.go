package templates

import (
	"strings"
	"testing"
	"time"
)

func TestRenderReports(t *testing.T) {
	s, err := New()
	if err != nil {
		t.Fatal(err)
	}
	full := &Digest{Week: "2026-W48", WeekNum: 48, Period: "23–29 november 2026", AsOf: "30 november 2026, 08:00", RefPrefix: "REQ",
		Counts: []DigestCount{{"received", 1}}, Total: 1, New: []DigestItem{{Ref: "REQ-0001", Subject: "Lamp <kapot>"}},
		Agenda: []DigestItem{{Ref: "REQ-0001", Subject: "Lamp", Kind: "overdue", SupplierRef: "48213"}}, HasChart: true,
		Trend: []DigestWeek{{Week: "W48", In: 1, Cost: "€ 0,00"}}, Applied: []string{"REQ-0001 gereed"}, NotApplied: []string{"REQ-0002 x — nee"}}
	for _, lang := range Langs() {
		for _, name := range ReportNames() {
			for _, d := range []*Digest{full, {}, nil} {
				r, err := s.Render(lang, name, Data{Org: "Gemeente", SPOCAddress: "spoc@gemeente.test", Digest: d})
				if err != nil {
					t.Fatalf("Render(%s, %s) error = %v", lang, name, err)
				}
				if r.Text == "" || r.HTML == "" {
					t.Errorf("Render(%s, %s) left a part empty", lang, name)
				}
				if d != full || name == "reconcile" {
					continue
				}
				for _, want := range []string{"REQ-00"} {
					if !strings.Contains(r.Text, want) || !strings.Contains(r.HTML, want) {
						t.Errorf("Render(%s, %s) lacks %q", lang, name, want)
					}
				}
				if name == "digest" && (!strings.Contains(r.HTML, `src="cid:chart"`) || !strings.Contains(r.HTML, "Lamp &lt;kapot&gt;")) {
					t.Errorf("Render(%s, digest): chart or escaping wrong", lang)
				}
			}
		}
	}
}

func TestFormatDigestValues(t *testing.T) {
	d := time.Date(2026, 12, 3, 8, 5, 0, 0, time.UTC)
	tests := []struct{ got, want string }{
		{FormatDate("nl", d), "3 december 2026"},
		{FormatDate("en", d), "3 December 2026"},
		{FormatDateTime("nl", d), "3 december 2026, 08:05"},
		{FormatPeriod("nl", time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC), time.Date(2026, 12, 6, 0, 0, 0, 0, time.UTC)), "30 november – 6 december 2026"},
		{FormatPeriod("en", time.Date(2026, 12, 28, 0, 0, 0, 0, time.UTC), time.Date(2027, 1, 3, 0, 0, 0, 0, time.UTC)), "28 December 2026 – 3 January 2027"},
		{FormatPeriod("nl", time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC), time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)), "23–29 november 2026"},
		{FormatDuration("nl", 30*time.Minute), "30 minuten"},
		{FormatDuration("en", time.Hour), "1 hour"},
		{FormatDuration("nl", 72*time.Hour), "3 dagen"},
		{FormatDuration("nl", 36*time.Hour), "36 uur"},
		{FormatDuration("nl", 114*time.Hour), "4,8 dagen"},
		{FormatDuration("en", 24*24*time.Hour), "24 days"},
		{FormatDuration("en", -time.Hour), "0 minutes"},
		{MonthName("nl", 13), ""},
	}
	for i, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%d: got %q, want %q", i, tt.got, tt.want)
		}
	}
}

func TestRenderReconcile(t *testing.T) {
	s, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range Langs() {
		r, err := s.Render(lang, "reconcile", Data{Org: "Gemeente", SPOCAddress: "spoc@gemeente.test",
			Reason: "2 <unprocessed>", Lines: []string{"UID 7, received 2026-11-26 09:00"}})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(r.Subject, "2 <unprocessed>") || !strings.Contains(r.Text, "UID 7") || !strings.Contains(r.HTML, "2 &lt;unprocessed&gt;") {
			t.Errorf("reconcile %s:\n%s\n%s", lang, r.Subject, r.Text)
		}
	}
}
