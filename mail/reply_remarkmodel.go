package mail

import (
	_ "embed"
	"encoding/json"
	"math"
	"regexp"
	"strings"
	"sync/atomic"
	"time"
)

// The remark model: a last reading for a reply that opens with a clear yes and that every
// rule above left undecided because of what follows the yes.
//
// The rules read what follows a yes word by word and keep the reply open on any word that
// may limit the yes (als, eerst, niet, before, …). That is safe, but most approvals with a
// practical remark ("Akkoord. Daan, vraag je meteen extra uren aan?", "Approved. Vincent,
// make sure the interface runs on the new server and not on the old one.") end up as no
// decision. The remark model weighs the remark as a whole instead: a logistic regression over
// its words, word pairs and the rules' own findings per sentence (which of the qualifier
// families of reply_yesfirst.go fire, whether a sentence is a question, whether the safety
// nets of reply_partialveto.go and reply_hardveto.go fire on the reply). It is trained on the
// replies of the corpora in testdata/heldout* that open with a clear yes (their labels were
// fixed by the people who wrote them) and on the replies the reader's own tests hold as no
// decision after a yes (testdata/remarks/none.tsv); see remarkmodel_test.go, which also
// checks that remark_model.json is what that training gives.
//
// A yes the model reads as unconditional still passes every safety net after it in
// readReplyAt (a question about the price or need, a part set apart, somebody else's say,
// the hard vetoes, the scope check, text typed below the quote, parts that disagree, a
// forward). The threshold is set high: a remark read wrongly as practical would pay for work
// that was not clearly approved.

//go:embed remark_model.json
var remarkModelJSON []byte

// remarkModel is a trained logistic regression over remark features.
type remarkModel struct {
	Threshold float64            `json:"threshold"` // approve above this probability
	Weights   map[string]float64 `json:"weights"`
}

var remarkModelCurrent atomic.Pointer[remarkModel]

func init() {
	var m remarkModel
	if err := json.Unmarshal(remarkModelJSON, &m); err != nil {
		panic("mail: remark_model.json: " + err.Error())
	}
	remarkModelCurrent.Store(&m)
}

// prob returns the model's probability that a reply with these features is an approval.
func (m *remarkModel) prob(feats []string) float64 {
	z := 0.0
	for _, f := range feats {
		z += m.Weights[f]
	}
	return 1 / (1 + math.Exp(-max(-30, min(30, z))))
}

// remarkModelApproval reports a reply that opens with a clear yes whose remark the model
// reads as practical, and returns the remark.
func remarkModelApproval(read string, kw Keywords) (remark string, ok bool) {
	if len(read) > maxAnalyzedText {
		return "", false
	}
	remark, kind, ok := remarkCandidate(read, kw)
	if !ok {
		return "", false
	}
	m := remarkModelCurrent.Load()
	if m.prob(remarkFeatures(read, remark, kind, kw)) <= m.Threshold {
		return "", false
	}
	return strings.TrimSpace(remark), true
}

// remarkCandidate reports a reply whose first sentence opens with a clear yes (yesHead,
// not led by a no, not itself a question), with the writer's own approval in the perfect
// tense ("Ik heb hem goedgekeurd.", "Ter info: ik heb akkoord gegeven voor …",
// fyiPerfectHeadEnd; kind "perfect"), with a yes for the request named ("Akkoord voor de
// trappenhuizen."; kind "scoped"), or whose second to fourth sentence opens with a clear yes
// after harmless statements (kind "late"), and returns what follows the yes. The kind is a
// feature of the model.
func remarkCandidate(text string, kw Keywords) (remark, kind string, ok bool) {
	a := readyAnalysis(text, kw, 120)
	if a == nil {
		return "", "", false
	}
	start := a.skipRequestLeadIn(a.contentStart)
	_, last, level, noLed := a.yesHead(start, yesKeywords(kw), true)
	if level != yesStrong || noLed || last < 0 {
		if end, ok := fyiPerfectHeadEnd(a.text); ok {
			return a.text[end:], "perfect", true
		}
		if start < len(a.toks) {
			if end, ok := scopedYesEnd(a.text[a.toks[start].start:]); ok {
				return a.text[a.toks[start].start+end:], "scoped", true
			}
		}
		if r, ok := a.lateYes(start, kw); ok {
			return r, "late", true
		}
		return "", "", false
	}
	for j := last + 1; j < len(a.toks) && a.toks[j].sent == a.toks[last].sent; j++ {
		if a.toks[j].kind == tkEnd && a.toks[j].norm == "?" {
			return "", "", false
		}
	}
	return a.text[a.toks[last].end:], "", true
}

// lateYes reports a clear yes that opens the second, third or fourth sentence after a few
// words of reasons or surprise without a decision word ("That's cheap, good. Approved.
// Four groups last season …", "Klopt met de offerte van september. Akkoord. Graag het
// rapport ook naar mij."), and returns what follows it. What stands before the yes is read
// by the model too (remarkFeatures).
func (a *analysis) lateYes(start int, kw Keywords) (string, bool) {
	if start >= len(a.toks) {
		return "", false
	}
	s0 := a.toks[start].sent
	approve := yesKeywords(kw)
	for s := s0 + 1; s <= s0+3 && s < len(a.sentFirst); s++ {
		j := a.sentFirst[s]
		pre := a.text[a.toks[start].start:a.toks[j].start]
		if len(strings.Fields(pre)) > 30 || rmLateUnsafe.MatchString(yfApostrophe.Replace(fold(pre))) {
			return "", false
		}
		// Every sentence before the yes is a statement the rules find harmless: no
		// question, doubt, condition, negation, deferral or somebody else's say.
		for _, st := range remarkSentences(pre, false) {
			if st.question || !sentenceChangesNothing(st.text, false, false) {
				return "", false
			}
		}
		_, last, level, noLed := a.yesHead(j, approve, true)
		if level != yesStrong || noLed || last < 0 {
			continue
		}
		for k := last + 1; k < len(a.toks) && a.toks[k].sent == a.toks[last].sent; k++ {
			if a.toks[k].kind == tkEnd && a.toks[k].norm == "?" {
				return "", false
			}
		}
		return a.text[a.toks[last].end:], true
	}
	return "", false
}

// Before a late yes: a decision word or a no decides or limits it; the rules read those.
var rmLateUnsafe = regexp.MustCompile(`\b(?:akkoord|akoord|approv\w*|goedkeur\w*|goedgekeurd|afgewezen|afwijzen|rejected|reject|declined|nee|no|nope|niet\s+akkoord|mits|tenzij|unless|provided|alleen\s+als|only\s+if|op\s+voorwaarde)\b`)

// A yes for the request named in words of the writer's own ("Akkoord voor de
// trappenhuizen.", "Hierbij mijn akkoord voor de IBGS-training.", "Akkoord van mijn kant
// voor de schoonmaak in Zeist."): the scope may name only a part, which the model and the
// safety nets after it (a part set apart, the scope check) weigh; a scope with a number, a
// limit or a part word is no candidate.
var (
	rmScopedYes   = regexp.MustCompile(`(?i)^(?:hierbij\s+(?:mijn\s+)?|bij\s+deze\s+|ik\s+geef\s+(?:hierbij\s+)?(?:mijn\s+)?|(?:ik\s+ben|ik\s+ga|we\s+gaan|wij\s+gaan)\s+(?:hierbij\s+)?)?(?:akkoord|approved|goedgekeurd)(?:\s+van\s+mijn\s+kant|\s+wat\s+mij\s+betreft|\s+from\s+my\s+side)?\s+(?:voor|met|for)\s+([^.!?,;:\n()]{1,60})`)
	rmScopeUnsafe = regexp.MustCompile(`\b(?:niet|geen|alleen|enkel|uitsluitend|behalve|mits|als|tenzij|maar|only|except|but|if|unless|not|no|helft|deel|gedeelte|half|part|eerste|first|tot|until|up|max\w*|min\w*|nu|now|bedrag|amount|sum|budget|stap|step|fase|phase|rest|andere|other|de\s+ene|one\s+of)\b|\d`)
)

// scopedYesEnd reports such a yes at the start of s and where it ends.
func scopedYesEnd(s string) (int, bool) {
	m := rmScopedYes.FindStringSubmatchIndex(s)
	if m == nil || rmScopeUnsafe.MatchString(yfApostrophe.Replace(fold(s[m[2]:m[3]]))) {
		return 0, false
	}
	return m[1], true
}

var (
	// A line of a signature: a capitalised name of one to four words without a sentence end.
	rmSignatureLine = regexp.MustCompile(`^\s*\p{Lu}[\p{L}\d.\-]*(?:\s+\p{L}[\p{L}\d.\-]*){0,3}\s*$`)
	rmSentenceEnd   = regexp.MustCompile(`[.!?]\s*$`)
	// A capitalised word that opens the text or a line or follows a lower-case word or a
	// comma, and is followed by a comma or a lower-case word: a name ("Daan, vraag je …",
	// "… met Sandra afstemmen").
	rmName  = regexp.MustCompile(`(?:^|\n|[\p{Ll},;:] )(\p{Lu}\p{Ll}+)(?:,| \p{Ll})`)
	rmWords = regexp.MustCompile(`[a-z0-9€]+|[?!]`)
	// A decision word in the remark.
	rmDecisionWord = regexp.MustCompile(`akkoord|approv|goedkeur|goedgekeurd|toestemming|agree|accord`)
)

// remarkFeatures returns the features of a remark: the rules' findings (remarkRuleFeatures)
// and the remark's words and word pairs, up to a signature, with names as "<name>".
func remarkFeatures(read, remark, kind string, kw Keywords) []string {
	f := remarkRuleFeatures(read, remark, kw)
	if kind != "" {
		f = append(f, "c:"+kind)
	}
	if kind == "late" {
		// The words before the yes, and whether they hold a negation (of a fact: lateYes
		// lets only harmless statements stand there).
		if i := strings.LastIndex(read, remark); i > 0 {
			pre := yfApostrophe.Replace(fold(read[:i]))
			for _, w := range rmWords.FindAllString(pre, -1) {
				f = append(f, "p:"+w)
			}
			if yfNegation.MatchString(pre) {
				f = append(f, "p:#neg")
			}
		}
	}
	lines := strings.Split(remark, "\n")
	cut := len(lines)
	for i := 1; i < len(lines); i++ {
		if rmSignatureLine.MatchString(lines[i]) && !rmSentenceEnd.MatchString(lines[i]) {
			cut = i
			break
		}
	}
	text := strings.Join(lines[:cut], "\n")
	names := map[string]bool{}
	for _, m := range rmName.FindAllStringSubmatch(text, -1) {
		names[yfApostrophe.Replace(fold(m[1]))] = true
	}
	folded := yfApostrophe.Replace(fold(text))
	words := rmWords.FindAllString(folded, -1)
	for i, w := range words {
		if names[w] {
			words[i] = "<name>"
		}
	}
	for i, w := range words {
		f = append(f, "u:"+w)
		if i+1 < len(words) {
			f = append(f, "b:"+w+"_"+words[i+1])
		}
	}
	if rmDecisionWord.MatchString(folded) {
		f = append(f, "#kw")
	}
	if len(words) == 0 {
		f = append(f, "#empty")
	}
	f = append(f, "#bias")
	return dedupe(f)
}

// dedupe returns fs without repeats, in first-seen order.
func dedupe(fs []string) []string {
	seen := make(map[string]bool, len(fs))
	out := fs[:0]
	for _, f := range fs {
		if !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	return out
}

// Urgency ("kan niet wachten", "asap", "hoog tijd", "overdue") and necessity ("zonder dit
// rapport krijgen we de vergunning niet", "we can't do X without it") in a remark sentence.
var (
	rmUrgent = regexp.MustCompile(`(?i)\b(?:(?:kan|kunnen|can)\s+(?:echt\s+|really\s+)?(?:niet|not)\s+(?:langer\s+|meer\s+|any\s+longer\s+)?(?:wachten|wait)|can\s*not\s+wait|cant\s+wait|(?:niet|not)\s+(?:langer|meer|any\s+longer)\s+(?:wachten|wait)|zo\s+snel\s+mogelijk|zsm|asap|urgent\w*|spoed\w*|hoog\s+tijd|werd\s+(?:ook\s+)?tijd|(?:long\s+)?overdue|hoe\s+eerder\s+hoe\s+beter|the\s+sooner\s+the\s+better)\b`)
	// A reminder: "Niet vergeten dat ze de oude leiding meenemen", "don't forget the keys".
	rmReminder = regexp.MustCompile(`(?i)\b(?:niet\s+vergeten|vergeet\s+(?:\w+\s+)?niet|dont\s+forget|do\s+not\s+forget|remember\s+to|denk\s+(?:er\s+)?(?:wel\s+)?aan)\b`)
	rmNeed     = regexp.MustCompile(`(?i)\b(?:zonder|without)\b[^.!?\n]{0,60}?\b(?:niet|geen|not|no|cant|cannot|wont|kan\s+niet|kunnen\s+niet)\b|\b(?:niet|not|cant|cannot|geen|no)\b[^.!?\n]{0,60}?\b(?:zonder|without)\b`)
)

// remarkModelRef is the reference time for the hard vetoes' reading of dates in a remark.
var remarkModelRef = time.Date(2026, 11, 24, 12, 0, 0, 0, time.UTC)

// remarkRuleFeatures returns what the rules find in the reply and, sentence by sentence, in
// the remark: the safety nets that fire on the whole reply ("n:…"), and per sentence whether
// sentenceChangesNothing passes it and which qualifier families match ("s:…", with "?" for a
// question).
func remarkRuleFeatures(read, remark string, kw Keywords) []string {
	var f []string
	add := func(s string) { f = append(f, s) }
	if yesFirstVeto(read, kw) {
		add("n:yfveto")
	}
	if w := hardVeto(read, remarkModelRef); w != "" {
		add("n:hard:" + w)
	}
	if grantNetCatches(read) {
		add("n:grantnet")
	}
	if asksAboutCostOrNeed(read) {
		add("n:costneed")
	}
	if r := strings.TrimSpace(remark); r != "" {
		if i := strings.Index(read, r); i >= 0 {
			if partialAfterYes(read, i) {
				add("n:partial")
			}
			if othersSayAfterYes(read, i) {
				add("n:others")
			}
			if qualifierNearYes(read, i) {
				add("n:qualnear")
			}
		}
	}
	sentences := remarkSentences(remark, false)
	for _, st := range sentences {
		sent, question := st.text, st.question
		q := ""
		if question {
			q = "?"
			add("s:question")
		}
		if sentenceChangesNothing(sent, question, false) {
			add("s:clean" + q)
		} else {
			add("s:dirty" + q)
		}
		if rmUrgent.MatchString(sent) {
			add("s:urgent" + q)
		}
		if rmNeed.MatchString(sent) {
			add("s:need" + q)
		}
		if rmReminder.MatchString(sent) {
			add("s:remind" + q)
		}
		// Urgency and need are no deferral or limit: "Dit kan niet wachten", "zonder
		// marifoon mag de boot niet mee".
		facts := yfWithoutFacts(rmReminder.ReplaceAllString(rmNeed.ReplaceAllString(rmUrgent.ReplaceAllString(sent, " "), " "), " "))
		for _, c := range []struct {
			name string
			ok   bool
		}{
			{"retract", yfRetract.MatchString(sent)},
			{"decision", yfDecision.MatchString(sent)},
			{"doubt", yfDoubt.MatchString(sent)},
			{"cap", yfCap.MatchString(yfCapFree.ReplaceAllString(sent, " "))},
			{"alt", yfAlternative.MatchString(sent)},
			{"defer", yfDefer.MatchString(yfWithoutLaterStage(facts))},
			{"money", yfMoney.MatchString(sent)},
			{"cond", yfCondition.MatchString(yfComparison.ReplaceAllString(sent, " "))},
			{"neg", yfNegation.MatchString(yfNegationFree.ReplaceAllString(yfWithoutNegReason(facts), " "))},
			{"later", yfLaterWish(sent)},
			{"grumble", yfGrumble.MatchString(sent)},
			{"qsubst", question && yfQuestionSubstance.MatchString(sent)},
			{"qword", question && yfQuestionWord.MatchString(sent)},
			{"aside", question && yfAsideQuestion(sent)},
			{"also", yfAlsoRequest(sent)},
		} {
			if c.ok {
				add("s:" + c.name + q)
			}
		}
	}
	if len(sentences) == 0 {
		add("s:none")
	}
	return f
}
