package mail

import (
	"regexp"
	"strings"
)

// A doubt the writer had and no longer has: "Eerst had ik mijn twijfels over het bedrag maar
// als ik de offerte zo zie is het redelijk.", "Aanvankelijk vond ik het aan de dure kant,
// maar na het lezen van de toelichting is het prima.", "At first I had my doubts about the
// cost, but looking at the quote it's reasonable." The sentence looks back ("eerst" is the
// past here, no step first) and ends in a plain verdict in favour. Such a sentence, standing
// on its own beside the decision, is the reason for it and is not read for qualifiers; any
// condition, negation, cap, deferral or question in the verdict keeps it read as usual.
var (
	pdOpener = regexp.MustCompile(`^(?:eerst|aanvankelijk|in\s+eerste\s+instantie|in\s+het\s+begin|eerder|at\s+first|initially|originally|earlier|to\s+begin\s+with)\s*,?\s+(?:had|was|vond|twijfelde|dacht|aarzelde|stond|i\s+had|i\s+was|i\s+thought|i\s+felt|i\s+wasnt)\b`)
	pdDoubt  = regexp.MustCompile(`\b(?:twijfel\w*|bedenking\w*|aarzel\w*|sceptisch|skeptisch|kritisch|aan\s+de\s+(?:dure|hoge|ruime)\s+kant|te\s+(?:duur|veel|hoog)|doubt\w*|reservations|hesitant|hesitated|sceptical|skeptical|unsure|niet\s+zeker|not\s+sure|niet\s+overtuigd|not\s+convinced|on\s+the\s+(?:expensive|high|steep)\s+side|too\s+(?:expensive|much|high))\b`)
	pdBut    = regexp.MustCompile(`\s+(?:maar|but)\s+`)
	// What made the writer change their mind, then the verdict: "als ik de offerte zo zie is
	// het redelijk", "looking at the quote it's reasonable", "het is wel terecht".
	pdVerdict = regexp.MustCompile(`^(?:(?:nu|als|now\s+that|now|when|having|after|na|looking|having\s+looked)\s+(?:\w+\s+){0,6}?(?:zie|gezien|bekijk|bekeken|lees|gelezen|lezen|zag|see|seen|saw|look|looked|looking|read|reading|at)(?:\s+\w+){0,4}?\s*,?\s+)?(?:(?:het|dit|dat|it)\s+)?(?:vind\s+ik|lijkt|is|its|it\s+is|seems|looks|ben\s+ik|im|i\s+am)\s+(?:(?:het|dit|dat|ie|it|me)\s+)?(?:(?:toch|wel|echt|gewoon|best|prima|heel|quite|perfectly|really|actually|entirely)\s+)?(?:redelijk|prima|goed|ok|oke|okay|acceptabel|terecht|verantwoord|in\s+orde|reasonable|fine|fair|justified|acceptable|overtuigd|convinced|gerustgesteld|reassured)(?:\s+(?:hoor|wel|toch|(?:van|voor)\s+mij|(?:to|for|by)\s+me|after\s+all|eigenlijk|actually))*$`)
)

// maskResolvedDoubt returns text with each sentence of a resolved doubt (see above) that
// holds no decision phrase blanked out with spaces, so that every offset stays the same.
func maskResolvedDoubt(text string) string {
	if !strings.Contains(strings.ToLower(text), "eerst") && !pdAnyOpener.MatchString(strings.ToLower(text)) {
		return text
	}
	b := []byte(text)
	changed := false
	eachStatement(text, false, func(start, end int) {
		if resolvedDoubt(text[start:end]) {
			for k := start; k < end; k++ {
				b[k] = ' '
			}
			changed = true
		}
	})
	if !changed {
		return text
	}
	return string(b)
}

var pdAnyOpener = regexp.MustCompile(`\b(?:aanvankelijk|in\s+eerste\s+instantie|in\s+het\s+begin|eerder|at\s+first|initially|originally|earlier|to\s+begin\s+with)\b`)

// resolvedDoubt reports one sentence (without its end) that is a resolved doubt.
func resolvedDoubt(sent string) bool {
	s := strings.Join(strings.Fields(yfApostrophe.Replace(fold(sent))), " ")
	if len(s) > 300 || !pdOpener.MatchString(s) {
		return false
	}
	loc := pdBut.FindStringIndex(s)
	if loc == nil {
		return false
	}
	before, verdict := s[:loc[0]], strings.Trim(s[loc[1]:], " ,")
	if !pdDoubt.MatchString(before) || yfDecision.MatchString(s) || yfRetract.MatchString(s) {
		return false
	}
	return pdVerdict.MatchString(verdict)
}

// eachStatement calls fn with the bounds of every sentence of text that is no question
// (sentences end at ".", "!", "?" or a line end; a question is skipped). With joinWrapped a
// line end inside a hard-wrapped sentence (the next line not blank, the line not ended by
// a mark or ":") does not end it.
func eachStatement(text string, joinWrapped bool, fn func(start, end int)) {
	start := 0
	for i := 0; i <= len(text); i++ {
		if i < len(text) && !strings.ContainsRune(".!?\n", rune(text[i])) {
			continue
		}
		if i < len(text) && text[i] == '?' {
			start = i + 1
			continue
		}
		if joinWrapped && i < len(text) && text[i] == '\n' && i+1 < len(text) && text[i+1] != '\n' && i > start &&
			!strings.ContainsRune(".!?:", rune(text[i-1])) {
			continue // a hard-wrapped line goes on
		}
		fn(start, i)
		start = i + 1
	}
}
