package mail

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
)

var updateRemarkModel = flag.Bool("update-remark-model", false, "train the remark model and write remark_model.json")

// The training settings of the remark model (see reply_remarkmodel.go), chosen on
// TestRemarkModelOnUnseenCorpora: with the threshold 0.9 no reply of heldout60-67 is
// approved wrongly with a penalty of 1e-3 or 5e-4; 2.5e-4 and 1e-4 let one through, as does a
// threshold of 0.8. 5e-4 reads 750 of those 800 replies right, 1e-3 746; trained without
// heldout74-75, it read 79 and 83 of their 100 replies right (1e-3: 78 and 83), 0 wrong.
const (
	remarkL2         = 5e-4 // L2 penalty
	remarkStep       = 2.0  // gradient descent step
	remarkIterations = 1500
	remarkNoneWeight = 3.0 // a non-approval counts three times: a wrong approval costs more
	remarkMinSources = 3   // a feature must occur in this many corpora (or groups of the none list)
	remarkThreshold  = 0.9 // approve above this probability
	remarkNoneGroups = 50  // the none list counts as this many sources, by line number
)

// A remarkExample is a reply that opens with a clear yes, with its label.
type remarkExample struct {
	src, name    string // corpus directory (or "none.tsv") and file
	read, remark string
	kind         string // how the yes opens (remarkCandidate)
	approve      bool
	feats        []string
}

var remarkCorpus struct {
	once     sync.Once
	examples []remarkExample
	err      error
}

// remarkExamples loads the training examples: every reply of testdata/heldout* that opens
// with a clear yes, labelled by its corpus's expected.json, and testdata/remarks/none.tsv.
func remarkExamples(t *testing.T) []remarkExample {
	t.Helper()
	remarkCorpus.once.Do(func() { remarkCorpus.examples, remarkCorpus.err = loadRemarkExamples() })
	if remarkCorpus.err != nil {
		t.Fatal(remarkCorpus.err)
	}
	return remarkCorpus.examples
}

func loadRemarkExamples() ([]remarkExample, error) {
	kw := DefaultKeywords()
	opt := Options{RefPrefix: "SPOC", PlusLocal: "spoc", OwnDomain: "gemeente.test"}
	dirs, err := filepath.Glob("testdata/heldout*")
	if err != nil {
		return nil, err
	}
	sort.Strings(dirs)
	var out []remarkExample
	for _, d := range dirs {
		raw, err := os.ReadFile(filepath.Join(d, "expected.json"))
		if err != nil {
			return nil, err
		}
		var want map[string]struct{ Decision string }
		if err := json.Unmarshal(raw, &want); err != nil {
			return nil, fmt.Errorf("%s: %v", d, err)
		}
		files, _ := filepath.Glob(filepath.Join(d, "*.eml"))
		sort.Strings(files)
		for _, p := range files {
			f, err := os.Open(p)
			if err != nil {
				return nil, err
			}
			msg, err := Parse(f, opt)
			f.Close()
			if err != nil || msg.Ignore != IgnoreNone {
				continue
			}
			rep := ReadMessageReply(msg, kw)
			if rep.Status != StatusNone {
				continue
			}
			remark, kind, ok := remarkCandidate(rep.NewText, kw)
			if !ok {
				continue
			}
			out = append(out, remarkExample{src: filepath.Base(d), name: filepath.Base(p), read: rep.NewText, remark: remark, kind: kind,
				approve: want[filepath.Base(p)].Decision == "approve"})
		}
	}
	f, err := os.Open("testdata/remarks/none.tsv")
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for n := 1; sc.Scan(); n++ {
		read := unescapeTSV(sc.Text())
		remark, kind, ok := remarkCandidate(read, kw)
		if !ok {
			return nil, fmt.Errorf("none.tsv line %d opens with no clear yes: %q", n, read)
		}
		out = append(out, remarkExample{src: "none.tsv#" + strconv.Itoa(n%remarkNoneGroups), name: "line " + strconv.Itoa(n), read: read, remark: remark, kind: kind})
	}
	for i := range out {
		out[i].feats = remarkFeatures(out[i].read, out[i].remark, out[i].kind, kw)
	}
	return out, sc.Err()
}

// unescapeTSV undoes the escapes of a TSV field: \n, \r, \t and \\.
func unescapeTSV(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 == len(s) {
			b.WriteByte(s[i])
			continue
		}
		i++
		switch s[i] {
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// trainRemarkModel trains the model on the examples: features found in fewer than
// remarkMinSources sources are left out, then weighted logistic regression with an L2
// penalty by full-batch gradient descent. The result depends on the examples only, not on
// their order, and moves little when examples are added.
func trainRemarkModel(examples []remarkExample) *remarkModel {
	sources := map[string]map[string]bool{}
	for _, e := range examples {
		for _, f := range e.feats {
			if sources[f] == nil {
				sources[f] = map[string]bool{}
			}
			sources[f][e.src] = true
		}
	}
	index := map[string]int{}
	var names []string
	type row struct {
		feats []int
		y, w  float64
	}
	rows := make([]row, 0, len(examples))
	total := 0.0
	for _, e := range examples {
		r := row{w: remarkNoneWeight}
		if e.approve {
			r.y, r.w = 1, 1
		}
		for _, f := range e.feats {
			if len(sources[f]) < remarkMinSources {
				continue
			}
			k, ok := index[f]
			if !ok {
				k = len(names)
				index[f] = k
				names = append(names, f)
			}
			r.feats = append(r.feats, k)
		}
		total += r.w
		rows = append(rows, r)
	}
	w := make([]float64, len(names))
	grad := make([]float64, len(names))
	for range remarkIterations {
		clear(grad)
		for _, r := range rows {
			z := 0.0
			for _, k := range r.feats {
				z += w[k]
			}
			g := (1/(1+math.Exp(-max(-30, min(30, z)))) - r.y) * r.w / total
			for _, k := range r.feats {
				grad[k] += g
			}
		}
		for k := range w {
			w[k] -= remarkStep * (grad[k] + remarkL2*w[k])
		}
	}
	m := &remarkModel{Threshold: remarkThreshold, Weights: map[string]float64{}}
	for k, v := range w {
		if v = math.Round(v*1e6) / 1e6; v != 0 {
			m.Weights[names[k]] = v
		}
	}
	return m
}

// TestRemarkModelIsTrained checks that remark_model.json is what training on the corpora
// and the none list gives; -update-remark-model writes it.
func TestRemarkModelIsTrained(t *testing.T) {
	m := trainRemarkModel(remarkExamples(t))
	if *updateRemarkModel {
		b, err := json.MarshalIndent(m, "", " ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile("remark_model.json", append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote remark_model.json: %d weights", len(m.Weights))
		return
	}
	var have remarkModel
	if err := json.Unmarshal(remarkModelJSON, &have); err != nil {
		t.Fatal(err)
	}
	if have.Threshold != m.Threshold || len(have.Weights) != len(m.Weights) {
		t.Fatalf("remark_model.json has threshold %v and %d weights, training gives %v and %d: run go test ./mail -run TestRemarkModelIsTrained -update-remark-model",
			have.Threshold, len(have.Weights), m.Threshold, len(m.Weights))
	}
	for f, v := range m.Weights {
		if math.Abs(have.Weights[f]-v) > 1e-5 {
			t.Fatalf("weight %q is %v in remark_model.json, training gives %v: run go test ./mail -run TestRemarkModelIsTrained -update-remark-model", f, have.Weights[f], v)
		}
	}
}

// withRemarkModel runs f with m as the remark model. Tests that call it must not run in
// parallel with others that read replies.
func withRemarkModel(m *remarkModel, f func()) {
	old := remarkModelCurrent.Swap(m)
	defer remarkModelCurrent.Store(old)
	f()
}

// remarkModelOff never approves.
var remarkModelOff = &remarkModel{Threshold: 2}

// corpusTally reads one corpus of testdata and counts right decisions and wrong approvals.
func corpusTally(t *testing.T, dir string) (right, wrongApprovals, n int) {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(dir, "expected.json"))
	if err != nil {
		t.Fatal(err)
	}
	var want map[string]struct{ Decision string }
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Fatal(err)
	}
	opt := Options{RefPrefix: "SPOC", PlusLocal: "spoc", OwnDomain: "gemeente.test"}
	files, _ := filepath.Glob(filepath.Join(dir, "*.eml"))
	for _, p := range files {
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		msg, err := Parse(f, opt)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		got := ReadMessageReply(msg, DefaultKeywords()).Decision
		if msg.Ignore != IgnoreNone {
			got = DecisionNone
		}
		n++
		switch w := Decision(want[filepath.Base(p)].Decision); {
		case got == w:
			right++
		case got == DecisionApprove:
			wrongApprovals++
		}
	}
	return right, wrongApprovals, n
}

// redTeamApprovals counts the replies of a red-team list read as approve.
func redTeamApprovals(t *testing.T, name string) (approved, n int) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "redteam", name))
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		_, text, ok := strings.Cut(l, "\t")
		if !ok {
			t.Fatalf("%s: line %q", name, l)
		}
		n++
		if ReadReply(strings.ReplaceAll(text, `\n`, "\n"), "", DefaultKeywords()).Decision == DecisionApprove {
			approved++
		}
	}
	return approved, n
}

// The remark model on corpora it was not trained on: trained on the corpora written before
// heldout60 only (not on heldout60-67, the corpora of the tenth and eleventh sessions, nor
// on later ones) and without the red-team lists, then read
// with the whole reader, safety nets included, against the reader without the model.
func TestRemarkModelOnUnseenCorpora(t *testing.T) {
	unseen := map[string]bool{}
	for i := 60; i <= 67; i++ {
		unseen["heldout"+strconv.Itoa(i)] = true
	}
	var train []remarkExample
	for _, e := range remarkExamples(t) {
		// Only the corpora written before heldout60 (and the none list) are trained on.
		if n, err := strconv.Atoi(strings.TrimPrefix(e.src, "heldout")); err != nil || n < 60 {
			train = append(train, e)
		}
	}
	model := trainRemarkModel(train)
	var dirs []string
	for d := range unseen {
		dirs = append(dirs, d)
	}
	sort.Strings(dirs)
	var offRight, onRight, onWrong, total int
	var rows []string
	for _, d := range dirs {
		var r0, r1, w1, n int
		withRemarkModel(remarkModelOff, func() { r0, _, n = corpusTally(t, filepath.Join("testdata", d)) })
		withRemarkModel(model, func() { r1, w1, _ = corpusTally(t, filepath.Join("testdata", d)) })
		rows = append(rows, fmt.Sprintf("%s: %d → %d of %d, %d wrong approvals", d, r0, r1, n, w1))
		offRight, onRight, onWrong, total = offRight+r0, onRight+r1, onWrong+w1, total+n
	}
	var rt []string
	var rtOff, rtOn [2]int
	for i, name := range []string{"vocative-none.tsv", "vocative-approve.tsv"} {
		withRemarkModel(remarkModelOff, func() { rtOff[i], _ = redTeamApprovals(t, name) })
		withRemarkModel(model, func() { rtOn[i], _ = redTeamApprovals(t, name) })
		rt = append(rt, fmt.Sprintf("%s read as approve: %d → %d", name, rtOff[i], rtOn[i]))
	}
	t.Logf("remark model trained without %v: %d → %d of %d right, %d wrong approvals\n%s\n%s",
		dirs, offRight, onRight, total, onWrong, strings.Join(rows, "\n"), strings.Join(rt, "\n"))
	if onWrong > 0 {
		t.Errorf("%d wrong approvals on corpora the model has not seen, want 0", onWrong)
	}
	if onRight < offRight+20 {
		t.Errorf("the model reads %d right, the reader without it %d: want at least 20 more", onRight, offRight)
	}
	if rtOn[0] > rtOff[0]+2 {
		t.Errorf("red-team non-approvals read as approve: %d with the model, %d without; want at most 2 more", rtOn[0], rtOff[0])
	}
}

// BenchmarkRemarkModel reads the remark of every reply of the none list with the model: the
// cost the model adds to a reply that opens with a yes the rules left undecided.
func BenchmarkRemarkModel(b *testing.B) {
	data, err := os.ReadFile("testdata/remarks/none.tsv")
	if err != nil {
		b.Fatal(err)
	}
	var reads []string
	for _, l := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		reads = append(reads, unescapeTSV(l))
	}
	kw := DefaultKeywords()
	b.ReportAllocs()
	for b.Loop() {
		for _, r := range reads {
			remarkModelApproval(r, kw)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(reads))/1e3, "µs/reply")
}

// Replies written for this test, in no corpus: a yes (or the writer's own approval) with a
// practical remark is read as approve, one with a limit, a step first or somebody else's say
// is not.
func TestRemarkModelReadsRemarks(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Akkoord. Femke, wil jij de schilder laten weten dat de sleutel bij de receptie ligt?", DecisionApprove},
		// Still no decision, on the safe side: the negation weighs against it (written for
		// this test as an approval; left as the model reads it).
		{"Approved. Tom, please make sure the old unit goes back to the supplier and not into our skip.", DecisionNone},
		{"Kees,\n\nIk heb hier akkoord op gegeven. Wil jij de monteur inplannen? Liefst op een rustige dag.\n\nHenk", DecisionApprove},
		{"Akkoord. Femke, alleen de buitenkant graag, binnen doen we zelf.", DecisionNone},
		{"Akkoord, mits de oude ketel wordt meegenomen.", DecisionNone},
		{"Approved. Tom, but check with finance first whether there is budget left.", DecisionNone},
		{"Kees,\n\nIk heb hier akkoord op gegeven, maar Marieke moet nog tekenen.", DecisionNone},
		{"Akkoord.\n\nWacht, toch niet: de verzekering dekt dit misschien. Ik kom erop terug.", DecisionNone},
		// A yes for the request named in the writer's own words, and a yes after a few
		// words of reasons: the model reads the remark; a part set apart or a doubt before
		// the yes keeps it open.
		{"Approved for the new boiler. Tom, please tell the caretaker.", DecisionApprove},
		{"Akkoord voor de vaatwasser, de droger laten we nog even.", DecisionNone},
		{"Akkoord voor de koffie. Lunch hoeft niet.", DecisionNone},
		{"Ik twijfel nog. Akkoord.", DecisionNone},
		{"Ik wil eerst met de penningmeester overleggen. Akkoord.", DecisionNone},
	})
}
