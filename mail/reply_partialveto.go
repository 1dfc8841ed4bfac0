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
		`)\b`)
	pvClauseSep = regexp.MustCompile(`[,;:.!?\n()–—]+`)
	pvDigitDot  = regexp.MustCompile(`(\d)[.,](\d)`)
)

// Words before a bare "niet"/"not" that name no part: "Akkoord, waarom niet."
var pvNotPart = set("waarom", "why", "zeker", "certainly", "echt", "really", "ook", "also", "nog", "toch", "helaas",
	"maar", "of", "or", "natuurlijk", "course", "absoluut", "absolutely", "nee", "no", "wel", "if", "als", "dus", "so", "hopelijk", "hopefully")

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
