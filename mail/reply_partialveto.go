package mail

import (
	"regexp"
	"strings"
)

// A part of the request set apart after the approval: "Akkoord voor de koffie. Lunch hoeft
// niet.", "Akkoord kantine. Kleedkamers niet.", "Akkoord voor het dak. De goot doen we
// volgend jaar.", "Approved. We won't pay the weekend surcharge though." The approval then
// covers only the rest, which is no plain yes. partialAfterYes is a safety net under every
// reading: it only ever takes an approval away.

var (
	// Clauses that set a part apart by themselves: "Lunch hoeft niet", "Kleedkamers niet",
	// "De derde laten we", "De broodjes regelen we zelf", "De goot doen we volgend jaar",
	// "Lokaal 2.16 kan wachten".
	pvPartClause = regexp.MustCompile(`^(?:en\s+|and\s+|maar\s+|but\s+)?(?:` +
		`(?:\p{L}+\s+){1,3}(?:hoeft|hoeven)\s+(?:\p{L}+\s+)?niet` +
		`|\p{L}+\s+(?:niet|not)` +
		`|(?:\S+\s+){1,3}laten\s+we(?:\s+(?:zelf|zitten|vallen|weg|liggen))?` +
		`|(?:\S+\s+){1,3}(?:doen|regelen|betalen|nemen|plannen|bestellen|kopen|schilderen|maken)\s+we\s+(?:\p{L}+\s+){0,2}(?:zelf|later|volgend\s+jaar|volgend\w*\s+(?:maand|week|keer)|niet|in\s+\p{L}+)` +
		`|(?:\S+\s+){1,3}(?:kan|kunnen|mag|mogen)\s+(?:nog\s+)?wachten` +
		`|(?:\S+\s+){1,3}can\s+wait` +
		`)$`)
	// "we" refusing to pay for, take or need a part; a ceiling; a part not needed; not
	// enough; not convinced.
	pvRefusePart = regexp.MustCompile(`\b(?:` +
		`(?:betalen|nemen|bestellen|sluiten)\s+we\s+(?:\p{L}+\s+)?niet` +
		`|we\s+(?:nemen|bestellen|doen|betalen|willen|hoeven)\s+(?:\p{L}+\s+){0,2}geen` +
		`|we\s+(?:wont|will\s+not|dont|do\s+not)\s+(?:pay|take|order|need|want)\s+(?:for\s+)?(?:the|that|this|those|these|any)` +
		`|(?:cant|can\s+not|cannot|must\s+not|mustnt|should\s+not|shouldnt|mag\s+niet|mogen\s+niet|kan\s+niet)\s+(?:go\s+|gaan\s+)?(?:over|above|exceed\w*|boven|hoger|meer\s+dan|more\s+than)` +
		`|(?:the|de|het|die|dat)\s+(?:\p{L}+\s+){1,3}(?:isnt|arent|(?:is|are|zijn)\s+(?:\p{L}+\s+)?(?:not|niet))\s+(?:\p{L}+\s+)?(?:necessary|needed|nodig|noodzakelijk)` +
		`|(?:niet|not)\s+(?:genoeg|enough|voldoende|sufficient)` +
		`|(?:not|niet)\s+(?:convinced|overtuigd)` +
		// The request to be changed and sent again, the approval promised for that:
		// "Kun je de aanvraag aanpassen naar de helft en opnieuw indienen? Dan keur ik
		// hem meteen goed."
		`|(?:opnieuw|nogmaals|weer)\s+(?:\p{L}+\s+)?(?:indienen|insturen|aanvragen|sturen)|(?:stuur|dien)\s+(?:\p{L}+\s+){0,4}(?:opnieuw|nog\s+eens|nogmaals|apart)\s+in|resubmit\w*|submit\s+(?:it\s+|a\s+new\s+\p{L}+\s+)?again` +
		`|(?:aanvraag|verzoek|offerte|request|quote)\s+(?:\p{L}+\s+){0,3}(?:aanpassen|wijzigen|bijstellen|amend|change|adjust|revise)` +
		`|dan\s+(?:keur|geef)\s+ik\s+(?:\p{L}+\s+){0,3}(?:goed|akkoord)|(?:then|and)\s+ill\s+approve|i\s+will\s+then\s+approve` +
		`)\b`)
	pvClauseSep = regexp.MustCompile(`[,;:.!?\n()–—]+`)
	pvDigitDot  = regexp.MustCompile(`(\d)[.,](\d)`)
)

// Words before a bare "niet"/"not" that name no part: "Akkoord, waarom niet."
var pvNotPart = set("waarom", "why", "zeker", "certainly", "echt", "really", "ook", "also", "nog", "toch", "helaas",
	"maar", "of", "or", "natuurlijk", "course", "absoluut", "absolutely", "nee", "no", "wel", "if", "als", "dus", "so", "hopelijk", "hopefully",
	"hoeft", "hoef", "hoeven", "need", "needs", "moet", "must")

// partialAfterYes reports a part of the request set apart after the approval that ends at
// text[end]: a clause of its own that leaves a part out or puts it off, or "we" refusing to
// pay or take a part.
func partialAfterYes(text string, end int) bool {
	if end < 0 || end > len(text) || len(text) > maxAnalyzedText {
		return false
	}
	rest := yfApostrophe.Replace(fold(text[end:]))
	rest = pvDigitDot.ReplaceAllString(rest, "${1}_${2}")
	if pvRefusePart.MatchString(rest) {
		return true
	}
	for _, c := range pvClauseSep.Split(rest, -1) {
		w := strings.Fields(c)
		if len(w) == 2 && pvNotPart[w[0]] {
			continue // "waarom niet", "why not", "echt niet"
		}
		if pvPartClause.MatchString(strings.Join(w, " ")) {
			return true
		}
	}
	return false
}

// Somebody else's say sought or still pending after the yes: "Kun jij het ook
// goedkeuren?", "Check even met Piet of hij het ermee eens is", "Please check with Sarah
// whether she agrees", "Jan hasn't signed yet", "The vendor has not confirmed the price
// yet." The writer's yes is then not the whole answer.
var pvOthersSay = regexp.MustCompile(`\b(?:` +
	`(?:ook|also|too|as\s+well)\s+(?:\p{L}+\s+){0,3}(?:goedkeuren|goedkeurt|akkoord\s+geven|akkoord\s+gaan|approve|approves|sign|signs|sign\s+off|tekenen|tekent|aftekenen)` +
	`|(?:goedkeuren|approve|sign|tekenen)\s+(?:\p{L}+\s+){0,2}(?:ook|also|too|as\s+well)` +
	`|(?:of|whether|if)\s+(?:hij|zij|ze|he|she|they|\p{L}+)\s+(?:het\s+|it\s+|this\s+)?(?:er\s*mee\s+|ermee\s+|daarmee\s+)?(?:ook\s+|also\s+)?(?:eens\s+is|akkoord\s+is|akkoord\s+gaat|agrees?|approves?|is\s+(?:fine|ok|okay)|goed\s*vindt|instemt)` +
	`|(?:hasnt|has\s+not|havent|have\s+not|heeft\s+(?:\p{L}+\s+)?nog\s+niet|hebben\s+(?:\p{L}+\s+)?nog\s+niet)\s+(?:\p{L}+\s+){0,3}(?:signed|approved|confirmed|agreed|getekend|goedgekeurd|bevestigd|ingestemd)` +
	`|(?:signed|approved|confirmed|agreed\s+to\s+it|agreed)\s+(?:it\s+|this\s+|the\s+\p{L}+\s+)?yet` +
	`)\b`)

// othersSayAfterYes reports pvOthersSay in text after end.
func othersSayAfterYes(text string, end int) bool {
	if end < 0 || end > len(text) || len(text) > maxAnalyzedText {
		return false
	}
	for _, sent := range guardSentenceEnd.Split(yfApostrophe.Replace(fold(text[end:])), -1) {
		sent = strings.Join(strings.Fields(sent), " ")
		if pvOthersSay.MatchString(sent) && !pvPaperwork.MatchString(sent) {
			return true
		}
	}
	return false
}

// Paperwork signed when the work is done: "Kun je de werkbon ook laten aftekenen?"
var pvPaperwork = regexp.MustCompile(`\b(?:werkbon\w*|bon|bonnen|pakbon\w*|afleverbon\w*|receipt\w*|work\s+orders?|job\s+sheets?|delivery\s+notes?|timesheets?|urenbriefje\w*|formulier\w*|form)\b`)

// What comes before an approval that closes the reply can qualify it as much as what
// follows: "Alleen de koffie. Akkoord.", "De lunch hoeft niet. Akkoord.", "I want to see
// the quote first. Approved then.", "Misschien is het nodig, misschien niet. Akkoord.",
// "Dit is eigenlijk niet nodig. Akkoord."
var (
	pvBefore = regexp.MustCompile(`\b(?:alleen|only|uitsluitend|slechts|eerst|first|misschien|maybe|perhaps|wellicht|(?:niet|not)\s+(?:echt\s+|really\s+|eigenlijk\s+|strictly\s+)?(?:nodig|necessary|needed|noodzakelijk))\b`)
	// A first thought told in the past: "Eerst twijfelde ik, maar …", "At first I thought …".
	pvBeforePast = regexp.MustCompile(`\b(?:eerst|first|at\s+first)\s+(?:\p{L}+\s+){0,2}(?:twijfel\w*|aarzel\w*|dacht|vond|was|leek|wilde|thought|was|felt|doubt\w*|hesitat\w*|wanted)\b`)
	// The approval as the consequence of what came before: "Dan akkoord.", "Approved then."
	pvThen = regexp.MustCompile(`(?:^|[.!?:;,]\s*)(?:dan|then)\s+(?:\p{L}+\s+)?(?:akkoord|approved|goed|prima|ok|oke|fine)\b|\b(?:approved|akkoord)\s+then\b`)
)

// qualifiedBeforeYes reports, for an approval that closes the reply (end is the end of the
// text), a qualifier before the approval's own sentence, or an approval put as the
// consequence of what came before.
func qualifiedBeforeYes(text string, end int) bool {
	if end < 0 || end > len(text) || len(text) > maxAnalyzedText {
		return false
	}
	head := strings.Join(strings.Fields(yfApostrophe.Replace(fold(text[:end]))), " ")
	cut := strings.LastIndexAny(strings.TrimRight(head, ".!?: "), ".!?\n") + 1
	own, before := head[cut:], head[:cut]
	if pvThen.MatchString(own) {
		return true
	}
	if before == "" {
		return false
	}
	if pvBefore.MatchString(pvBeforePast.ReplaceAllString(before, " ")) {
		return true
	}
	for _, c := range pvClauseSep.Split(pvDigitDot.ReplaceAllString(before, "${1}_${2}"), -1) {
		w := strings.Fields(c)
		if len(w) == 2 && pvNotPart[w[0]] {
			continue
		}
		if pvPartClause.MatchString(strings.Join(w, " ")) {
			return true
		}
	}
	return false
}
