package mail

import (
	"strings"
	"time"
	"unicode"
)

// The practical-question class, read as a whole reply. A reply that opens with a clear yes
// and puts, later, a practical question to a colleague or the supplier, asks when the work
// happens, adds a small job for the same visit or asks about another matter (R2 in
// reply_yesfirst.go: bareYesRemarkQuestion) approves when the reply without those
// questions, and the statements right after them that only explain them, reads as an
// approval by every other rule. The statements around the question ("Akkoord, remmen stel
// je niet uit.", "De kinderen kunnen zo echt niet in die groepen.") are read by the rules
// that read them without a question; the questions are read by R2 alone.

// withoutRemarkQuestions returns text with every question after its first sentence that is
// a remark (bareYesRemarkQuestion) and the clean explanations after it taken out; ok is
// false when there is none, or when a statement right after such a question does not only
// explain it.
func withoutRemarkQuestions(text string) (out string, ok bool) {
	type seg struct {
		from, to int
		question bool
	}
	var segs []seg
	start := 0
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == '.' || c == '!' || c == '?' || c == ';':
			j := i
			q := false
			for j < len(text) && strings.IndexByte(".!?;", text[j]) >= 0 {
				q = q || text[j] == '?'
				j++
			}
			segs = append(segs, seg{start, j, q})
			start, i = j, j
		case c == '\n' && i+1 < len(text) && strings.TrimLeft(text[i+1:], " \t\r") != "" && strings.HasPrefix(strings.TrimLeft(text[i+1:], " \t\r"), "\n"):
			segs = append(segs, seg{start, i, false})
			start, i = i+1, i+1
		case c == '\n' && emojiBefore(text[start:i]):
			segs = append(segs, seg{start, i, false})
			start, i = i+1, i+1
		default:
			i++
		}
	}
	if start < len(text) {
		segs = append(segs, seg{start, len(text), false})
	}
	if len(segs) < 2 {
		return text, false
	}
	var b strings.Builder
	dropped, afterQ, first := false, false, true
	for _, s := range segs {
		norm := yfApostrophe.Replace(fold(text[s.from:s.to]))
		norm = strings.Join(strings.Fields(strings.Trim(strings.TrimRight(norm, ".!?;"), " \t\r\n,:-–—*>()\"")), " ")
		if first {
			// The rest of the yes's own sentence ("." or ", remmen stel je niet uit.").
			first = false
			if s.question {
				return text, false // the yes's own sentence asks
			}
			b.WriteString(text[s.from:s.to])
			continue
		}
		if norm == "" {
			b.WriteString(text[s.from:s.to])
			continue
		}
		if s.question && bareYesRemarkQuestion(norm) {
			dropped, afterQ = true, true
			b.WriteString(" ")
			continue
		}
		if afterQ && !s.question {
			if !bareYesExplanationClean(norm) {
				return text, false
			}
			b.WriteString(" ")
			continue
		}
		afterQ = false
		b.WriteString(text[s.from:s.to])
	}
	if !dropped {
		return text, false
	}
	return strings.TrimSpace(b.String()), true
}

// emojiBefore reports a line that ends with an emoji: "… met hun jas aan 🥶".
func emojiBefore(s string) bool {
	s = strings.TrimRight(s, " \t\r")
	if s == "" {
		return false
	}
	r := []rune(s)
	return unicode.Is(unicode.So, r[len(r)-1])
}

// practicalQuestionApproval reads read (the reply's new text, none so far for a question)
// again without its remark questions; it reports the approval and the end of the yes.
func practicalQuestionApproval(read string, kw Keywords, ref time.Time) (Reply, bool) {
	if len(read) > maxAnalyzedText || !strings.Contains(read, "?") {
		return Reply{}, false // only a reply with a question is read again, on less text
	}
	a := readyAnalysis(read, kw, 120)
	if a == nil {
		return Reply{}, false
	}
	if a.text != read {
		return Reply{}, false
	}
	var end int
	if _, last, level, noLed := a.yesHead(a.skipRequestLeadIn(a.contentStart), yesKeywords(kw), true); level == yesStrong && !noLed {
		end = a.toks[last].end
	} else if _, e, ok := a.bareYesSentence(kw); ok {
		end = e // "Approve.": the bare imperative as a sentence of its own
	} else {
		return Reply{}, false
	}
	rest, ok := withoutRemarkQuestions(read[end:])
	if !ok || strings.Contains(rest, "?") {
		return Reply{}, false
	}
	r := readReplyAt(read[:end]+rest, "", kw, ref, false)
	if r.Decision != DecisionApprove {
		return Reply{}, false
	}
	return Reply{Decision: DecisionApprove, Remark: remarkAfter(read, end)}, true
}

// bareYesSentence reports a first sentence of one or two words, the only text before it a
// greeting, that approves on its own ("Approve.", "Approved."); it returns its range.
func (a *analysis) bareYesSentence(kw Keywords) (int, int, bool) {
	from, to := a.sentenceBounds(a.firstSent)
	words, last := 0, -1
	for j := max(from, a.contentStart); j < to; j++ {
		if a.toks[j].kind == tkWord {
			words++
			last = j
		}
	}
	if words == 0 || words > 2 || last < 0 {
		return 0, 0, false
	}
	start := a.toks[max(from, a.contentStart)].start
	end := a.toks[last].end
	if end >= len(strings.TrimRight(a.text, " \t\r\n.!")) || strings.Contains(a.text[start:end], "?") {
		return 0, 0, false
	}
	if r := ReadReply(a.text[start:end], "", kw); r.Decision != DecisionApprove {
		return 0, 0, false
	}
	return start, end, true
}
