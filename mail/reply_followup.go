package mail

import (
	"regexp"
	"strings"
)

// A follow-up question after a clear yes. The labelling policy (and any careful secretary)
// reads "Akkoord. Doe je ook aangifte voor de verzekering?", "Goedgekeurd! Bestel je ze bij
// dezelfde winkel als vorige keer?" or "Prima, doe maar. Zet je de oude netten bij het
// containerpark?" as a yes with a question about how the requester carries it out. Such a
// question is a sentence of its own after the yes, it is put to the requester (a second
// person within its first three words: "Doe je", "Bestel jij", "Are you", "Will you",
// "Kun je"), and nothing in it doubts, limits or puts off the request: no word of
// guardDoubt (price, need, first, if, not, still, quote, wait, approval …) and none of
// followUpDoubt (budget, whether it is wise or worth it, who else knows or was asked).
// A question about the request itself ("Is dit echt nodig?", "Is dit dezelfde als …?") has
// no second person and stays a question.
var (
	followUpSecond = regexp.MustCompile(`^(?:(?:en|o|oh|ps|and|also|ook|verder|nog|btw|trouwens|by\s+the\s+way|so|dus)\s+)?(?:\p{L}+\s+){0,2}(?:je|jij|u|jullie|you)(?:\s|$)`)
	followUpDoubt  = regexp.MustCompile(`\b(?:wel|toch|zeker|sure|verstandig|wise|worth|waard|zinvol|budget\p{L}*|begroting\p{L}*|prijs\p{L}*|price\p{L}*|prices|kost|kosten|kostte|cost|costs|hoeveel|much|many|btw|vat|incl|inclusief|including|excl|exclusief|excluding|geld|money|weet|weten|know|knows|gevraagd|vragen|vraag|ask|asked|gecheckt|checked|besproken|discussed|akkoord|goedgekeurd|goedkeuren|toestemming|permission|beslissen|decide|vind|vindt|denk|think|mening|opinion|instead|plaats|liever|rather|beter|better|wachten|wait|later|eerst|first)\b`)
	// "als" of a comparison: "bij dezelfde winkel als vorige keer", "same as last time".
	followUpSameAs = regexp.MustCompile(`\b(?:als|as)\s+(?:vorige|vorig|de\s+vorige|het\s+vorige|eerder|toen|altijd|gewoonlijk|normaal|last|before|usual|always)\b`)
)

// followUpQuestion reports that q (one question, without its "?") is a follow-up question
// to the requester that doubts and limits nothing (see above).
func followUpQuestion(q string) bool {
	q = strings.Join(strings.Fields(fold(q)), " ")
	q = strings.TrimLeft(q, " -–—,;:*>")
	if !followUpSecond.MatchString(q) {
		return false
	}
	q = followUpSameAs.ReplaceAllString(q, " ")
	q = strings.ReplaceAll(q, "make sure", "ensure") // "Can you make sure the invoice …?"
	return !guardDoubt.MatchString(q) && !followUpDoubt.MatchString(q)
}

// sentenceText returns the text of sentence sent of toks (tokens of text) up to token end.
func sentenceText(text string, toks []token, sent, end int) string {
	for j := range toks {
		if toks[j].sent == sent && toks[j].kind == tkWord {
			return text[toks[j].start:toks[end].start]
		}
	}
	return ""
}

// followUp reports that sentence sent of the analysed text is a follow-up question
// (followUpQuestion) that is not the text's first sentence.
func (a *analysis) followUp(sent int) bool {
	if sent <= a.firstSent {
		return false
	}
	for j := a.sentFirst[sent]; j < len(a.toks); j++ {
		if a.toks[j].sent != sent {
			return false
		}
		if a.toks[j].kind == tkEnd {
			return a.toks[j].norm == "?" && followUpQuestion(a.text[a.toks[a.sentFirst[sent]].start:a.toks[j].start])
		}
	}
	return false
}
