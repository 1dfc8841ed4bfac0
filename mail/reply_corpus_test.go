package mail

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// replyExpect is one entry of testdata/replies/expected.json. A null remark,
// status or ignore means "" (none).
type replyExpect struct {
	Decision  string  `json:"decision"`
	Status    *string `json:"status"`
	Remark    *string `json:"remark"`
	Ignore    *string `json:"ignore"`
	Date      string  `json:"date"`
	Ambiguous string  `json:"ambiguous"`
}

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

func corpusOptions() Options {
	return Options{
		RefPrefix:    "SPOC",
		OwnAddresses: []string{"spoc@gemeente-voorbeeld.nl"},
		OwnDomain:    "gemeente-voorbeeld.nl",
		PlusLocal:    "spoc",
	}
}

// TestReplyCorpus reads every reply in testdata/replies (real client formats:
// Outlook desktop/web/mobile, Gmail, Apple Mail, Thunderbird, Samsung, ticket
// systems, auto-replies, bounces) and compares the decision with expected.json.
func TestReplyCorpus(t *testing.T) {
	dir := filepath.Join("testdata", "replies")
	raw, err := os.ReadFile(filepath.Join(dir, "expected.json"))
	if err != nil {
		t.Fatalf("read expected.json: %v", err)
	}
	var want map[string]replyExpect
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Fatalf("decode expected.json: %v", err)
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.eml"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 60 {
		t.Errorf("corpus has %d replies, want at least 60", len(files))
	}
	seen := map[string]bool{}
	kw := DefaultKeywords()
	for _, path := range files {
		name := filepath.Base(path)
		seen[name] = true
		t.Run(strings.TrimSuffix(name, ".eml"), func(t *testing.T) {
			exp, ok := want[name]
			if !ok {
				t.Fatalf("%s has no entry in expected.json", name)
			}
			f, err := os.Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			msg, err := Parse(f, corpusOptions())
			if err != nil {
				t.Fatalf("Parse() error = %v", err)
			}
			if got := string(msg.Ignore); got != str(exp.Ignore) {
				t.Errorf("Parse().Ignore = %q, want %q", got, str(exp.Ignore))
			}

			r := ReadMessageReply(msg, kw)
			if string(r.Decision) != exp.Decision {
				t.Errorf("Decision = %q, want %q (new text %q, ambiguous %q)", r.Decision, exp.Decision, r.NewText, r.Ambiguous)
			}
			if string(r.Status) != str(exp.Status) {
				t.Errorf("Status = %q, want %q (new text %q, ambiguous %q)", r.Status, str(exp.Status), r.NewText, r.Ambiguous)
			}
			if r.Remark != str(exp.Remark) {
				t.Errorf("Remark = %q, want %q", r.Remark, str(exp.Remark))
			}
			if r.Date != exp.Date {
				t.Errorf("Date = %q, want %q", r.Date, exp.Date)
			}
			if msg.Ignore == "" && r.Ambiguous != exp.Ambiguous {
				t.Errorf("Ambiguous = %q, want %q (new text %q)", r.Ambiguous, exp.Ambiguous, r.NewText)
			}

			// Ignored mail never decides, whatever its text says.
			if msg.Ignore != "" && (r.Decision != DecisionNone || r.Status != StatusNone) {
				t.Errorf("ignored mail (%s) gave decision %q status %q", msg.Ignore, r.Decision, r.Status)
			}
			// ReadReply on the parsed text and HTML agrees with ReadMessageReply
			// for ordinary replies (not automatic mail, not forwards).
			if msg.Ignore == "" && !IsForwardSubject(msg.Subject) {
				plain := ReadReplyAt(msg.Text, msg.HTML, kw, msg.Date)
				if plain != r {
					t.Errorf("ReadReply() = %+v, ReadMessageReply() = %+v", plain, r)
				}
				if d := ReadReply(msg.Text, msg.HTML, kw); d.Decision != r.Decision || d.Status != r.Status {
					t.Errorf("ReadReply() decision %q status %q, want %q %q", d.Decision, d.Status, r.Decision, r.Status)
				}
			}
			// Whatever was decided came from new text, never from the quoted request.
			if strings.Contains(r.NewText, "spocd-token") || strings.Contains(r.NewText, "om af te wijzen") {
				t.Errorf("new text contains the quoted request: %q", r.NewText)
			}
		})
	}
	var missing []string
	for name := range want {
		if !seen[name] {
			missing = append(missing, name)
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("expected.json lists files that do not exist: %v", missing)
	}
}

// BenchmarkReadReplyCorpus parses and reads every reply of the corpus.
func BenchmarkReadReplyCorpus(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("testdata", "replies", "*.eml"))
	var msgs []*Message
	for _, path := range files {
		f, err := os.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		m, err := Parse(f, corpusOptions())
		f.Close()
		if err != nil {
			b.Fatal(err)
		}
		msgs = append(msgs, m)
	}
	kw := DefaultKeywords()
	b.ReportAllocs()
	for b.Loop() {
		for _, m := range msgs {
			ReadMessageReply(m, kw)
		}
	}
}
