package mail

import (
	"regexp"
	"strings"
)

// A paragraph after the yes that the writer sets apart as no part of the decision:
//
//   - by its head: a postscript ("PS", "P.S.", "PPS", "NB", "N.B."), a note ("Let op:",
//     "Let wel:", "Opmerking:", "Note:", "For the record:", "Voor de volledigheid:",
//     "Ter info:", "FYI:"), a question or thing in passing ("Vraagje tussendoor:", "Nog
//     iets:", "One more thing:", "One practical thing:", "Out of curiosity:", "Side note:",
//     "Trouwens", "Overigens", "By the way", "Los daarvan");
//   - by saying so anywhere in it: "Staat hier los van.", "Los van dit verzoek natuurlijk.",
//     "but that is a separate thing", "not a condition, just a request", "geen voorwaarde
//     hoor", "heeft hier niets mee te maken".
//
// Such a paragraph is a remark: what it asks or notes (a negation, a question, an "als", a
// time) is not read as a condition on the approval. It is still read when it holds what
// would change a decision wherever it stands: a decision word, a retraction, a hard
// condition ("mits", "as long as", "alleen als", "tenzij"), an assumption ("ik ga ervan uit
// dat"), a step first or a wait, doubt, a part or a cap, money (an amount, a currency, VAT,
// the budget, a quote). "PS: wel graag eerst een tweede offerte." and "NB: alleen de
// stoelen, niet de tafels." stay. The paragraph that holds the yes is never set apart, nor
// is the first paragraph of the reply.
var (
	asideParaHead = regexp.MustCompile(`(?i)^[\s>*(\-–—]*(?:p\.?\s?s\.?|p\.?p\.?s\.?|n\.?\s?b\.?|let\s+op|let\s+wel|opmerking|kanttekening|note|side\s*note|for\s+the\s+record|for\s+your\s+information|voor\s+de\s+volledigheid|ter\s+info(?:rmatie)?|fyi|vraagje\s+tussendoor|vraag\s+tussendoor|tussendoor|nog\s+iets|nog\s+een\s+dingetje|nog\s+een\s+puntje|iets\s+anders|even\s+iets\s+anders|ander\s+punt|one\s+(?:more|other|last|practical|small)\s+(?:thing|point|note)|another\s+thing|practical\s+(?:note|point|thing)|praktisch(?:\s+puntje)?|out\s+of\s+(?:curiosity|interest)|just\s+curious|uit\s+nieuwsgierigheid|trouwens|overigens|by\s+the\s+way|btw|los\s+daarvan|los\s+hiervan|apart\s+from\s+(?:this|that)|unrelated|off[\s-]topic)(?:[^\p{L}]|$)`)
	asideParaSaid = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:(?:staat\s+(?:hier\s+|daar\s+|er\s+|wel\s+|verder\s+|helemaal\s+)*)?los\s+van\s+(?:dit|deze|de|het|jouw|je|uw)\s+(?:verzoek|aanvraag|meerwerk|klus|opdracht|reparatie|vraag|werk\p{L}*)|staat\s+(?:hier\s+|daar\s+|er\s+|wel\s+|verder\s+|helemaal\s+)*los\s+van|los\s+daarvan|los\s+hiervan|(?:is|that['’]?s|that\s+is|it['’]?s|it\s+is)\s+(?:a\s+)?separate\s+(?:thing|matter|issue|point|question|story)|(?:a\s+)?separate\s+(?:thing|matter|issue|question)\s+(?:altogether|entirely)|(?:not|no)\s+a\s+condition|geen\s+voorwaarde|(?:is|als)\s+geen\s+eis|nothing\s+to\s+do\s+with\s+(?:this|the\s+request|it)|heeft\s+(?:hier|daar|er)\s+niets\s+mee\s+te\s+maken|(?:apart|ander)\s+verhaal|andere\s+kwestie|unrelated\s+to\s+(?:this|the\s+request))(?:[^\p{L}]|$)`)
	// Said not to be a condition: "not a condition, just a request", "een wens, geen
	// voorwaarde", "hoeft deze niet op te houden", "no reason to wait".
	asideParaNoCondition = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:(?:not|no)\s+a\s+condition|geen\s+voorwaarde|geen\s+eis|hoeft\s+(?:\p{L}+\s+){0,3}?niet\s+op\s+te\s+houden|(?:no|geen)\s+reason\s+to\s+(?:wait|hold)|not\s+holding\s+(?:it|this|anything)\s+up|houdt\s+(?:\p{L}+\s+){0,2}?niet\s+op)(?:[^\p{L}]|$)`)
	// Hard qualifiers: even a paragraph said not to be a condition keeps them.
	asideParaHard = regexp.MustCompile(`\b(?:akkoord\w*|accoord|akoord|akord|goedkeur\w*|goedgekeurd|approv\w*|afgewezen|afwijz\w*|afkeur\w*|afgekeurd|reject\w*|toestemming|permission|beslis\w*|decide\w*|decision|mits|provided|providing|on\s+condition|op\s+voorwaarde|as\s+long\s+as|so\s+long\s+as|zolang|alleen\s+als|enkel\s+als|only\s+if|unless|tenzij|behoudens|voorbehoud|subject\s+to|twijfel\w*|doubt\w*|niet\s+zeker|not\s+sure|alleen\s+(?:de|het|die|dat|deze|voor)|only\s+(?:the|for|this|these)|behalve|except\w*|helft|half|halve|max\w*|hooguit|hoogstens|at\s+most|up\s+to|toch\s+niet|bedenk\w*|bedacht)\b`)
	// Money: a postscript or note about the amount, the VAT, the budget or a quote is read;
	// a paragraph that says it is another matter may grumble about the price.
	asideParaMoney = regexp.MustCompile(`\b(?:btw|vat|excl|incl|inclusief|exclusief|euro\w*|eur|bedrag\w*|amount|budget\w*|begroting\w*|offerte\w*|quote\w*|goedkoper|cheaper)\b|[€$£%]`)
	// What keeps a set-apart paragraph read (folded text without apostrophes).
	asideParaStrong = regexp.MustCompile(`\b(?:akkoord\w*|accoord|akoord|akord|goedkeur\w*|goedgekeurd|approv\w*|afgewezen|afwijz\w*|afkeur\w*|afgekeurd|reject\w*|toestemming|permission|fiat\w*|tekenen|aftekenen|ondertekenen|sign\w*\s+off|beslis\w*|decide\w*|decision|mits|provided|providing|on\s+condition|op\s+voorwaarde|voorwaarden|as\s+long\s+as|so\s+long\s+as|zolang|alleen\s+als|enkel\s+als|only\s+if|only\s+when|unless|tenzij|behoudens|voorbehoud|subject\s+to|pending|wacht\w*|wait\w*|hold|uitstel\w*|postpone\w*|nog\s+niet|not\s+yet|eerst|first|voordat|alvorens|twijfel\w*|doubt\w*|niet\s+zeker|not\s+sure|ga\s+(?:er\s*)?van\s+uit|ervan\s+uitgaande|aangenomen|assum\w*|i\s+take\s+it|neem\s+(?:ik\s+)?aan|veronderstel\w*|alleen\s+(?:de|het|die|dat|deze|voor)|only\s+(?:the|for|this|these)|just\s+the|behalve|except\w*|exclusief|helft|half|halve|gedeelte|max\w*|hooguit|hoogstens|at\s+most|up\s+to|instead|in\s+plaats|ipv|toch\s+niet|bedenk\w*|bedacht|overleg\w*|bespre\w*|discuss\w*|check\s+with|run\s+it\s+by)\b`)
	// A part cut off ("niet voor de lunch", "De lunch niet."), and a question that points at
	// this request or asks about its need or options.
	asideParaCut      = regexp.MustCompile(`\b(?:(?:niet|not|geen|no)\s+(?:voor|for)|(?:de|het|die|dat|deze|the|that|those)\s+\w+\s+(?:niet|not)\s*(?:[.!;]|$))`)
	asideParaAboutIt  = regexp.MustCompile(`\b(?:dit|deze|this|these|hiervoor|hiervan|hierover|aanvraag|verzoek|request|optie\w*|option\w*|alternati\w*|nodig|noodzakelijk|need\w*|necessary|waarom|why)\b`)
	asideParaLineHead = regexp.MustCompile(`(?im)^[ \t>*]*(?:p\.?\s?s\.?|p\.?p\.?s\.?|n\.?\s?b\.?)(?:[^\p{L}]|$)`)
)

// blankAsideParagraphs returns text with the set-apart paragraphs above replaced by spaces
// (the same length, every offset stays). A line opened by a postscript head starts a
// paragraph of its own.
func blankAsideParagraphs(text string) string {
	if len(text) > maxAnalyzedText {
		return text
	}
	var b []byte
	seenContent := false
	for _, p := range asideParagraphs(text) {
		body := text[p[0]:p[1]]
		if strings.TrimSpace(body) == "" {
			continue
		}
		first := !seenContent
		seenContent = true
		head, said := asideParaHead.MatchString(body), asideParaSaid.MatchString(body)
		if !first && (head || said) && !asideParaKeeps(body) {
			b = spaceOut(b, text, p[0], p[1])
			continue
		}
		if !said {
			continue
		}
		// "Helemaal goed, akkoord. Als ze toch bezig zijn: …? Los van dit verzoek
		// natuurlijk.": the sentences after the first up to the one that says so.
		sents := asideSentences(body)
		last := -1
		for k := 1; k < len(sents); k++ {
			if asideParaSaid.MatchString(body[sents[k][0]:sents[k][1]]) {
				last = k
			}
		}
		if last < 1 {
			continue
		}
		from, to := sents[1][0], sents[last][1]
		if !asideParaKeeps(body[from:to]) {
			b = spaceOut(b, text, p[0]+from, p[0]+to)
		}
	}
	return spacedText(b, text)
}

// A sentence ends at ".", "!" or "?" (a run of them) before white space or the end; a dot
// between digits ends none.
var asideSentenceEnd = regexp.MustCompile(`[.!?]+(?:\s+|$)`)

// asideSentences returns the byte ranges of the sentences of a paragraph.
func asideSentences(body string) [][2]int {
	var out [][2]int
	from := 0
	for _, m := range asideSentenceEnd.FindAllStringIndex(body, -1) {
		if strings.TrimSpace(body[from:m[1]]) != "" {
			out = append(out, [2]int{from, m[1]})
		}
		from = m[1]
	}
	if strings.TrimSpace(body[from:]) != "" {
		out = append(out, [2]int{from, len(body)})
	}
	return out
}

// asideParaKeeps reports a set-apart paragraph (or the set-apart sentences of one) that is
// read all the same: it holds a qualifier (see above).
func asideParaKeeps(body string) bool {
	f := yfApostrophe.Replace(fold(body))
	if yfVetoRetract.MatchString(f) || yfVetoDecision.MatchString(f) || yfVetoCap.MatchString(f) || yfVetoMore(f) || asideParaHard.MatchString(f) {
		return true
	}
	if asideParaNoCondition.MatchString(f) {
		return false
	}
	if strings.Contains(f, "?") && asideParaAboutIt.MatchString(asideParaSaid.ReplaceAllString(f, " ")) {
		return true
	}
	if asideParaStrong.MatchString(f) || asideParaCut.MatchString(yfNegationFree.ReplaceAllString(f, " ")) {
		return true
	}
	return !asideParaSaid.MatchString(f) && asideParaMoney.MatchString(f)
}

// asideParagraphs returns the byte ranges of text's paragraphs: split at blank lines and
// before a line opened by a postscript head.
func asideParagraphs(text string) [][2]int {
	var cuts []int
	for i := 0; i < len(text); {
		j := strings.Index(text[i:], "\n")
		if j < 0 {
			break
		}
		i += j + 1
		k := i
		for k < len(text) && (text[k] == ' ' || text[k] == '\t' || text[k] == '\r') {
			k++
		}
		if k < len(text) && text[k] == '\n' {
			cuts = append(cuts, i)
			continue
		}
		if asideParaLineHead.MatchString(text[i:min(len(text), i+8)]) {
			cuts = append(cuts, i)
		}
	}
	var out [][2]int
	from := 0
	for _, c := range cuts {
		if c > from {
			out = append(out, [2]int{from, c})
		}
		from = c
	}
	if from < len(text) {
		out = append(out, [2]int{from, len(text)})
	}
	return out
}
