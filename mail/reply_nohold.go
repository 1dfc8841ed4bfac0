package mail

import (
	"regexp"
	"strings"
)

// A check or a question after a yes that the writer says holds nothing up: "Akkoord. Wel
// even checken of we 'm niet goedkoper via Ramon kunnen krijgen, maar daar niet op wachten.",
// "Approved. Out of interest, did we get a second quote this time? Not holding it up, just
// curious for next year." The labelling policy reads both as a yes. The check or question
// carries the marker itself or in the sentence right after it; a condition, a cut or a
// decision word in it still counts ("…, maar niet op wachten als het meer dan 500 is").

var (
	noHoldMarker = regexp.MustCompile(`(?:^|[^\p{L}])(?:(?:daar|hier|er)?\s*niet\s+op\s+(?:te\s+)?wachten|hoeft?\s+(?:daar\s+|hier\s+)?niet\s+op\s+te\s+wachten|not\s+holding\s+(?:it|this|that|things|anything)\s+up|(?:dont|do\s+not)\s+hold\s+(?:it|this|that|things)\s+up|(?:dont|do\s+not)\s+wait\s+for|no\s+need\s+to\s+wait|just\s+curious|out\s+of\s+(?:interest|curiosity)|uit\s+nieuwsgierigheid|puur\s+(?:uit\s+)?(?:interesse|nieuwsgierigheid)|gewoon\s+nieuwsgierig)(?:[^\p{L}]|$)`)
	// What keeps such a sentence from being plain: a condition, a cut, a decision word.
	noHoldUnsafe = regexp.MustCompile(`(?:^|[^\p{L}])(?:als|mits|indien|tenzij|zodra|if|unless|provided|once|alleen|enkel|only|pas|maximaal|max|tot|up\s+to|behalve|except|akkoord|goedkeur\p{L}*|goedgekeurd|approv\p{L}*|toestemming|permission|eerst|first|voordat|before|vooraf|alvorens|wacht\p{L}*|wait\p{L}*|hold\p{L}*|stop\p{L}*|later|nog\s+niet|not\s+yet|\d+)(?:[^\p{L}]|$)`)
	noHoldSplit  = regexp.MustCompile(`[.!?\n]+`)
	// A condition or a putting off anywhere else in the text keeps the marker from counting.
	noHoldRestUnsafe = regexp.MustCompile(`(?:^|[^\p{L}])(?:als|mits|indien|tenzij|zodra|if|unless|provided|once|eerst|first|wacht\p{L}*|wait\p{L}*|hold\p{L}*|later)(?:[^\p{L}]|$)`)
)

// noHoldText reports that s (one sentence, or a question with the sentence after it) says
// it holds nothing up and sets no condition.
func noHoldText(s string) bool {
	f := strings.Join(strings.Fields(strings.NewReplacer("'", "", "’", "").Replace(fold(s))), " ")
	return noHoldMarker.MatchString(f) && !noHoldUnsafe.MatchString(noHoldMarker.ReplaceAllString(f, " "))
}

// withoutNoHold returns s without its sentences that hold nothing up (see noHoldText); the
// sentences are cut at line breaks too, so a marker on the next line of a wrapped sentence
// ("Not holding it\nup") is read with the line before it.
func withoutNoHold(s string) string {
	flat := strings.ReplaceAll(s, "\n", " ")
	var out []string
	prevQuestion, removed := "", false
	for _, loc := range sentenceSpans(flat) {
		sent := flat[loc[0]:loc[1]]
		if noHoldText(sent) {
			removed = true
			if prevQuestion != "" && len(out) > 0 && !noHoldUnsafe.MatchString(fold(prevQuestion)) {
				out = out[:len(out)-1] // the question the marker answers
			}
			prevQuestion = ""
			continue
		}
		prevQuestion = ""
		if strings.HasSuffix(strings.TrimSpace(sent), "?") {
			prevQuestion = sent
		}
		out = append(out, sent)
	}
	rest := strings.Join(out, " ")
	if !removed || noHoldRestUnsafe.MatchString(fold(rest)) {
		// "Out of interest, is this within budget? If not, hold it.": a condition elsewhere
		// keeps everything as it was.
		return s
	}
	return rest
}

// sentenceSpans returns the spans of the sentences of s, each with its terminator.
func sentenceSpans(s string) [][2]int {
	var spans [][2]int
	start := 0
	for _, m := range noHoldSplit.FindAllStringIndex(s, -1) {
		spans = append(spans, [2]int{start, m[1]})
		start = m[1]
	}
	if start < len(s) {
		spans = append(spans, [2]int{start, len(s)})
	}
	return spans
}

// noHoldSentence reports that sentence sent of the analysed text, or the one after it,
// says it holds nothing up (see noHoldText), and sent itself sets no condition.
func (a *analysis) noHoldSentence(sent int) bool {
	if v, ok := a.noHold[sent]; ok {
		return v
	}
	if a.noHold == nil {
		a.noHold = map[int]bool{}
	}
	v := a.noHoldSentenceUncached(sent)
	a.noHold[sent] = v
	return v
}

func (a *analysis) noHoldSentenceUncached(sent int) bool {
	text := func(s int) string {
		from, to := a.sentenceBounds(s)
		if from >= len(a.toks) {
			return ""
		}
		end := len(a.text)
		if to < len(a.toks) {
			end = a.toks[to].end
		}
		return a.text[a.toks[from].start:end]
	}
	own := text(sent)
	if noHoldText(own) {
		return true
	}
	return !noHoldUnsafe.MatchString(fold(own)) && noHoldText(text(sent+1))
}
