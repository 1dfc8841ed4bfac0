package mail

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var testOpts = Options{
	RefPrefix:    "SPOC",
	OwnAddresses: []string{"spoc@gemeente-voorbeeld.nl"},
	OwnDomain:    "gemeente-voorbeeld.nl",
	PlusLocal:    "spoc",
}

func parseFile(t *testing.T, name string) *Message {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m, err := Parse(f, testOpts)
	if err != nil {
		t.Fatalf("Parse(%s) error = %v", name, err)
	}
	return m
}

func hasProblem(m *Message, substr string) bool {
	for _, p := range m.Problems {
		if strings.Contains(p, substr) {
			return true
		}
	}
	return false
}

func TestParseTestdata(t *testing.T) {
	type att struct {
		name, ctype string
		size        int64
		inline      bool
	}
	tests := []struct {
		file         string
		messageID    string
		from         string
		fromName     string
		subject      string
		cleanSubject string
		ref          string
		token        string
		ignore       IgnoreReason
		textHas      []string
		textNot      []string
		htmlHas      string
		attachments  []att
		problems     []string // substrings that must occur in Problems
		noProblems   bool
		date         string // RFC 3339, "" to skip
		inReplyTo    []string
		references   []string
		to           []string
		cc           []string
		authResults  int
	}{
		{
			file:         "plain_request.eml",
			messageID:    "AM0PR07MB1234ABCD@eurprd07.prod.outlook.com",
			from:         "piet.jansen@gemeente-voorbeeld.nl",
			fromName:     "Jansen, Piet",
			subject:      "Extra koffieautomaat voor de raadzaal",
			cleanSubject: "Extra koffieautomaat voor de raadzaal",
			textHas:      []string{"Goedemorgen,\n\nVoor de raadsvergadering", "(ca. € 150)", "T 0123 456 789"},
			noProblems:   true,
			date:         "2025-11-04T09:12:44+01:00",
			to:           []string{"spoc@gemeente-voorbeeld.nl"},
			cc:           []string{"anna.devries@gemeente-voorbeeld.nl", "bert@gemeente-voorbeeld.nl"},
			authResults:  2,
		},
		{
			file:         "outlook_html_cp1252.eml",
			from:         "marieke.bohm@gemeente-voorbeeld.nl",
			fromName:     "Marieke Böhm",
			subject:      "Bureaustoelen Financiën € 450",
			cleanSubject: "Bureaustoelen Financiën € 450",
			textHas:      []string{"Beste SPOC,\n\nWij willen", "Financiën", "€ 450,- per stoel", "Zie de catalogus voor het model.", "Groet,\nMarieke Böhm"},
			textNot:      []string{"alert", "MsoNormal", "<", "&nbsp;"},
			htmlHas:      "<p class=\"MsoNormal\">",
			noProblems:   true,
			date:         "2025-11-05T14:03:10Z",
		},
		{
			file:         "quoted_printable.eml",
			fromName:     "Joële Smit",
			subject:      "Printer 2e verdieping – papierstoring",
			cleanSubject: "Printer 2e verdieping – papierstoring",
			textHas:      []string{"papierstoring. Kunnen jullie een monteur sturen?", "Joële"},
			textNot:      []string{"=\n", "=C3"},
			htmlHas:      "De printer op de 2e verdieping</div>",
			noProblems:   true,
		},
		{
			file:       "base64.eml",
			messageID:  "20251107100000.4242@gemeente-voorbeeld.nl",
			textHas:    []string{"toegangspas voor onze stagiair Sanne Bakker"},
			noProblems: true,
		},
		{
			file:    "attachments.eml",
			textHas: []string{"Hierbij de offerte", "Zie de bijlage."},
			htmlHas: "cid:image001.png",
			attachments: []att{
				{"image001.png", "image/png", 70, true},
				{"Offerte verhuizing – 2025.pdf", "application/pdf", 142, false},
			},
			noProblems: true,
		},
		{
			file:      "autoreply_rfc3834.eml",
			ignore:    IgnoreAutoReply,
			ref:       "SPOC-0042",
			token:     "gzr5tbw4xeugpy4tdvcoiy7ltq",
			inReplyTo: []string{"spocd.k2j3h4g5@gemeente-voorbeeld.nl"},
		},
		{
			file:   "autoreply_exchange.eml",
			ignore: IgnoreAutoReply,
			ref:    "SPOC-0042",
		},
		{
			file:     "bounce_dsn.eml",
			ignore:   IgnoreBounce,
			from:     "mailer-daemon@mx.gemeente-voorbeeld.nl",
			fromName: "Mail Delivery System",
			textHas:  []string{"User unknown"},
			date:     "2025-11-12T12:00:00+01:00",
		},
		{file: "list.eml", ignore: IgnoreList},
		{file: "own.eml", ignore: IgnoreOwnMail, ref: "SPOC-0042", cleanSubject: "Extra koffieautomaat voor de raadzaal"},
		{file: "read_receipt.eml", ignore: IgnoreAutoReply, ref: "SPOC-0042"},
		{
			file:     "broken_missing_boundary.eml",
			textHas:  []string{"De tl-lamp in kamer 1.03 knippert", "Graag vervangen."},
			problems: []string{"closing boundary"},
		},
		{
			file:     "broken_base64.eml",
			textHas:  []string{"Het dak van de fietsenstalling lekt bij de ingang. Het dak van de fietsenstalling lekt bij de ingang. Het dak"},
			problems: []string{"invalid base64"},
		},
		{
			file:     "unknown_charset.eml",
			subject:  "Sleutel kwijt",
			textHas:  []string{"Café is dicht."},
			problems: []string{`unknown charset "x-foo"`},
		},
		{
			file:       "header_8bit.eml",
			fromName:   "René Müller",
			subject:    "Verhuizing naar kamer 3.12 – € 200 begroot",
			textHas:    []string{"Groet, René"},
			noProblems: true,
		},
		{
			file:        "tnef.eml",
			textHas:     []string{"10-12 uur. € 0."},
			attachments: []att{{"winmail.dat", "application/ms-tnef", 72, false}},
		},
		{
			file:        "zip.eml",
			textHas:     []string{"van de eerste verdieping, graag doorsturen"},
			attachments: []att{{"plattegronden.zip", "application/zip", -1, false}},
		},
		{
			file:         "reply_tag.eml",
			subject:      "RE: Antw: [SPOC-0042 a:gzr5tbw4xeugpy4tdvcoiy7ltq] Goedkeuring gevraagd: extra koffieautomaat",
			cleanSubject: "Goedkeuring gevraagd: extra koffieautomaat",
			ref:          "SPOC-0042",
			token:        "nqy2eapqzqsdnpqkptwjaah4bu", // plus address beats subject tag and footer
			inReplyTo:    []string{"spocd.k2j3h4g5@gemeente-voorbeeld.nl"},
			references:   []string{"AM0PR07MB1234ABCD@eurprd07.prod.outlook.com", "spocd.k2j3h4g5@gemeente-voorbeeld.nl"},
			textHas:      []string{"Akkoord, maar graag een apparaat met bonen.", "(€ 150)"},
			noProblems:   true,
		},
		{
			file:         "reply_html_outlook.eml",
			cleanSubject: "Goedkeuring gevraagd: beamer",
			ref:          "SPOC-0043",
			token:        "uc2asmour7nncu4yrk4pqh3khe", // footer in quoted HTML counts
			textHas:      []string{"niet akkoord, te duur", "> Verzoek: beamer voor zaal 2 € 900"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			m := parseFile(t, tt.file)
			if tt.messageID != "" && m.MessageID != tt.messageID {
				t.Errorf("MessageID = %q, want %q", m.MessageID, tt.messageID)
			}
			if tt.from != "" && m.From.Addr != tt.from {
				t.Errorf("From.Addr = %q, want %q", m.From.Addr, tt.from)
			}
			if tt.fromName != "" && m.From.Name != tt.fromName {
				t.Errorf("From.Name = %q, want %q", m.From.Name, tt.fromName)
			}
			if tt.subject != "" && m.Subject != tt.subject {
				t.Errorf("Subject = %q, want %q", m.Subject, tt.subject)
			}
			if tt.cleanSubject != "" && m.CleanSubject != tt.cleanSubject {
				t.Errorf("CleanSubject = %q, want %q", m.CleanSubject, tt.cleanSubject)
			}
			if m.Ref != tt.ref {
				t.Errorf("Ref = %q, want %q", m.Ref, tt.ref)
			}
			if m.Token != tt.token {
				t.Errorf("Token = %q, want %q", m.Token, tt.token)
			}
			if m.Ignore != tt.ignore {
				t.Errorf("Ignore = %q, want %q", m.Ignore, tt.ignore)
			}
			for _, s := range tt.textHas {
				if !strings.Contains(m.Text, s) {
					t.Errorf("Text = %q, want it to contain %q", m.Text, s)
				}
			}
			for _, s := range tt.textNot {
				if strings.Contains(m.Text, s) {
					t.Errorf("Text = %q, must not contain %q", m.Text, s)
				}
			}
			if m.NewText != m.Text {
				t.Errorf("NewText = %q, want Text %q", m.NewText, m.Text)
			}
			if tt.htmlHas != "" && !strings.Contains(m.HTML, tt.htmlHas) {
				t.Errorf("HTML = %q, want it to contain %q", m.HTML, tt.htmlHas)
			}
			if tt.attachments != nil {
				if len(m.Attachments) != len(tt.attachments) {
					t.Fatalf("Attachments = %+v, want %d", m.Attachments, len(tt.attachments))
				}
				for i, w := range tt.attachments {
					a := m.Attachments[i]
					if a.Filename != w.name || a.ContentType != w.ctype || a.Inline != w.inline {
						t.Errorf("Attachments[%d] = %+v, want %+v", i, a, w)
					}
					if w.size >= 0 && a.Size != w.size {
						t.Errorf("Attachments[%d].Size = %d, want %d", i, a.Size, w.size)
					}
					if a.Size <= 0 {
						t.Errorf("Attachments[%d].Size = %d, want > 0", i, a.Size)
					}
				}
			}
			for _, p := range tt.problems {
				if !hasProblem(m, p) {
					t.Errorf("Problems = %q, want one containing %q", m.Problems, p)
				}
			}
			if tt.noProblems && len(m.Problems) > 0 {
				t.Errorf("Problems = %q, want none", m.Problems)
			}
			if tt.date != "" {
				want, _ := time.Parse(time.RFC3339, tt.date)
				if !m.Date.Equal(want) {
					t.Errorf("Date = %v, want %v", m.Date, want)
				}
			}
			if tt.inReplyTo != nil && strings.Join(m.InReplyTo, " ") != strings.Join(tt.inReplyTo, " ") {
				t.Errorf("InReplyTo = %q, want %q", m.InReplyTo, tt.inReplyTo)
			}
			if tt.references != nil && strings.Join(m.References, " ") != strings.Join(tt.references, " ") {
				t.Errorf("References = %q, want %q", m.References, tt.references)
			}
			if tt.to != nil {
				var got []string
				for _, a := range m.To {
					got = append(got, a.Addr)
				}
				if strings.Join(got, ",") != strings.Join(tt.to, ",") {
					t.Errorf("To = %q, want %q", got, tt.to)
				}
			}
			if tt.cc != nil {
				var got []string
				for _, a := range m.Cc {
					got = append(got, a.Addr)
				}
				if strings.Join(got, ",") != strings.Join(tt.cc, ",") {
					t.Errorf("Cc = %q, want %q", got, tt.cc)
				}
			}
			if len(m.AuthResults) != tt.authResults {
				t.Errorf("AuthResults = %q, want %d values", m.AuthResults, tt.authResults)
			}
		})
	}
}

func TestParseAuthResultsOrder(t *testing.T) {
	m := parseFile(t, "plain_request.eml")
	if len(m.AuthResults) != 2 || !strings.HasPrefix(m.AuthResults[0], "mx.gemeente-voorbeeld.nl;") {
		t.Errorf("AuthResults = %q, want topmost (mx.gemeente-voorbeeld.nl) first", m.AuthResults)
	}
}

func TestParseAutoSubmittedRaw(t *testing.T) {
	m := parseFile(t, "autoreply_rfc3834.eml")
	if m.AutoSubmitted != "auto-replied (vacation)" {
		t.Errorf("AutoSubmitted = %q, want %q", m.AutoSubmitted, "auto-replied (vacation)")
	}
}

// TestParseCRLF checks that CRLF line endings give the same result as LF.
func TestParseCRLF(t *testing.T) {
	files, err := filepath.Glob("testdata/*.eml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata: %v", err)
	}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lf, err := Parse(bytes.NewReader(raw), testOpts)
		if err != nil {
			t.Fatalf("%s: Parse(LF) error = %v", f, err)
		}
		crlf := bytes.ReplaceAll(raw, []byte("\n"), []byte("\r\n"))
		cm, err := Parse(bytes.NewReader(crlf), testOpts)
		if err != nil {
			t.Fatalf("%s: Parse(CRLF) error = %v", f, err)
		}
		if cm.Text != lf.Text || cm.Subject != lf.Subject || cm.Token != lf.Token || cm.Ignore != lf.Ignore ||
			len(cm.Attachments) != len(lf.Attachments) {
			t.Errorf("%s: CRLF parse differs:\nLF   %q %q %q\nCRLF %q %q %q", f, lf.Subject, lf.Text, lf.Ignore, cm.Subject, cm.Text, cm.Ignore)
		}
		for i := range cm.Attachments {
			if cm.Attachments[i].Size != lf.Attachments[i].Size && lf.Attachments[i].ContentType != "message/rfc822" &&
				!strings.HasPrefix(lf.Attachments[i].ContentType, "message/") {
				t.Errorf("%s: attachment %d size CRLF %d, LF %d", f, i, cm.Attachments[i].Size, lf.Attachments[i].Size)
			}
		}
	}
}

func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}
