package mail

import (
	"regexp"
	"strings"
)

// A reason or a fact after a clear yes that happens to hold a negation: why the work is
// needed, why it is urgent, how things are or were ("The DSO work can't wait for the new
// contract anyway.", "vorige maand was er geen één zaterdag rustig aan de balie, dus we
// komen er toch niet onderuit", "Het is niet de eerste keer dat die slagboom dienst
// weigert", "zonder koelwagen redden we het niet met de kerstpakketten", "I know it's not
// the nicest job"). Its negation sits in a clause with its own subject and verb about the
// situation, the past or the people and things affected, and the clause carries a word of
// reasoning, of the past or a shape of need ("dus", "want", "toch", "anyway", "tenminste",
// "eigenlijk", "vorig jaar", "al twee weken", "niet de eerste keer", "redden het niet",
// "kunnen niet zonder"). Such a clause is blanked before yesFirst reads the remark.
//
// A clause stays when it may qualify the request: it opens with the negation or with "maar"
// ("maar niet de lunch", "Niet in december"), or holds a condition, a time or step first, a
// "not yet", a "not needed", a part or cap, money, a decision, doubt, the writer's own
// stance ("Ik ben er niet voor"), an alternative, a retraction or a verb of carrying the
// request out ("We nemen dus geen dessert"). A question is never blanked.
var (
	// A negation, "zonder"/"without" or "in plaats van"/"instead of": what makes the clause
	// worth a look at all.
	negReasonNegation = regexp.MustCompile(`\b(?:niet|not|geen|no|never|nooit|niets|niks|nothing|none|cant|cannot|couldnt|wont|isnt|wasnt|doesnt|didnt|arent|werent|hasnt|havent|hadnt|zonder|without|hoeft|hoeven|in\s+plaats\s+van|instead\s+of)\b`)
	// A word of reasoning, of the past, or a shape of need or history.
	negReasonMarker = regexp.MustCompile(`\b(?:dus|want|anyway|anyhow|toch|tenminste|ten\s+minste|immers|eigenlijk|at\s+least|nu\s+al|already|al\s+(?:\w+\s+)?(?:dagen|weken|maanden|jaren|jaar|tijden|sinds)|for\s+(?:\w+\s+)?(?:days|weeks|months|years|ages)|vorig\w*|afgelopen|gisteren|yesterday|last\s+(?:year|month|week|time|winter|summer|autumn|spring)|in\s+de\s+tussentijd|sinds|since|geluk\s+gehad|lucky|nog\s+nooit|i\s+know\s+(?:its|it\s+is|this\s+is|that)|niet\s+de\s+eerste\s+keer|not\s+the\s+first\s+time|redden\s+(?:\w+\s+){0,2}niet|komen\s+(?:\w+\s+){0,2}niet\s+onderuit|(?:kunnen|kan|can)\s+(?:\w+\s+)?niet\s+zonder|we\s+(?:kunnen|kan)\s+(?:echt\s+)?niet\s+zonder|(?:cant|cannot)\s+(?:\w+\s+){0,3}without|not\s+the\s+(?:nicest|most\s+fun|most\s+pleasant|easiest|best|most\s+exciting)\s+(?:job|task|thing)|niet\s+(?:de|het)\s+(?:leukste|fijnste|makkelijkste|mooiste)\s+(?:klus|klusje|taak|werk|karwei|baan))`)
	// What keeps a clause from being a reason only (see above).
	negReasonUnsafe = regexp.MustCompile(`\b(?:als|if|mits|tenzij|unless|alleen|only|enkel|uitsluitend|zolang|provided|indien|wacht\w*|wait\w*|eerst|first|pas|later|until|till|tot|voordat|before|eerder|earlier|sooner|uitstel\w*|postpone\w*|delay\w*|hold|volgend\w*|next|after|morgen|tomorrow|nog\s+(?:niet|geen)|not\s+yet|yet|nodig|noodzakelijk|necessary|need\w*|overbodig|unnecessary|zinloos|pointless|no\s+point|(?:heeft|had)\s+(?:\w+\s+)?(?:geen|weinig)\s+zin|weinig\s+zin|(?:hoef|hoeft|hoeven)\s+(?:\w+\s+)?(?:niet|geen)|(?:niet|geen)\s+(?:\w+\s+)?(?:hoef|hoeft|hoeven)|rest|helft|half|deel|gedeelte|part|behalve|except|max\w*|hooguit|hoogstens|genoeg|enough|te\s+veel|teveel|too\s+much|too\s+many|te\s+duur|too\s+expensive|duur|expensive|minder|less|fewer|meer\s+dan|more\s+than|boven|above|euro\w*|eur|budget\w*|begroting\w*|geld|money|kosten|kost|cost\w*|prijs\w*|price\w*|akkoord|akoord|approv\w*|goedkeur\w*|goedgekeurd|beslis\w*|besloten|decide\w*|decision|toestemming|permission|twijfel\w*|doubt\w*|zeker|sure|eens|agree\w*|tegen|against|bezwaar\w*|objection\w*|(?:ik|i)\s+(?:ben|am|vind|find|think|zie|see|wil|want|would|zou)|offerte\w*|quote\w*|goedkoper|goedkoop\w*|cheaper|cheap\w*|alternati\w*|liever|rather|ipv|vergelijk\w*|compar\w*|andere|ander|another|other|instead|in\s+plaats|bedoel\w*|meant|mean|per\s+ongeluk|by\s+mistake|by\s+accident|accident\w*|oeps|oops|vergis\w*|sorry|verkeerd\w*|wrong|nader\s+inzien|second\s+thoughts?|toch\s+maar\s+niet|laat\s+maar|scratch|changed\s+my\s+mind|bedacht|negeer\w*|disregard|ignore|doen|nemen|neem|bestel\w*|koop|kopen|huur|huren|laat|laten|regel\w*|boek\w*|betaal\w*|gebruik\w*|do|take|order\w*|buy|rent|book|pay|use|zet|zetten|lever\w*|deliver\w*|begin\w*|start\w*|vergunning\w*|permit\w*|handtekening\w*|signature\w*|bevestig\w*|confirm\w*)\b|\b(?:ik|i)\b.*\btoch\s+niet\b|[€$£%]|\d\d`)
	// A day or month: a time for the work, unless the clause tells of the past ("vorige
	// maand was er geen één zaterdag rustig").
	negReasonWhen = regexp.MustCompile(`\b(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|june|july|august|october|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b`)
	negReasonPast = regexp.MustCompile(`\b(?:vorig\w*|afgelopen|gisteren|yesterday|last\s+(?:year|month|week|time|winter|summer|autumn|spring)|sinds|since|ago|geleden)\b`)
	// Negations that cut nothing, removed before the unsafe words are looked for: instead of
	// patching it up again, half of the drawings coming back torn.
	negReasonFree = regexp.MustCompile(`\b(?:in\s+plaats\s+van\s+(?:weer|opnieuw|steeds|telkens|alweer|nog\s+een\s+keer)|instead\s+of\s+(?:again|another|yet\s+another|more)|de\s+helft\s+(?:terug|kapot|stuk|beschadigd))\b`)
	// What the clause may open with before its subject: "dus", "want", "en", "dan", …
	negReasonLead = regexp.MustCompile(`^(?:(?:dus|want|en|and|toch|anyway|immers|dan|then|because|omdat|eigenlijk|ja|nou|tja|o|oh|ok|okay|well)\s+)*`)
	// An opening that qualifies the request: a negation, a contrast, a limit, a part.
	negReasonBadOpen = regexp.MustCompile(`^(?:niet|not|geen|no|nooit|never|niets|niks|nothing|zonder|without|dont|doesnt|isnt|wont|maar|but|though|although|al|alleen|only|behalve|except|wel|also|ook|graag|please|liever|rather)\b`)
	// "Zonder koelwagen redden we het niet", "Without it we can't …": without the requested
	// thing, something cannot be done.
	negReasonWithoutCant = regexp.MustCompile(`^(?:zonder|without)\s+(?:\S+\s+){1,4}?(?:\w+\s+){1,6}(?:niet|not|cant|cannot|couldnt|geen|no|nooit|never)\b`)
	// An English clause with the subject left out: "Can't run a tournament without one anyway."
	negReasonCantOpen = regexp.MustCompile(`^(?:cant|cannot|couldnt)\b`)
	// Urgency, no deferral: "Niet verder uitstellen a.u.b.", "Don't put it off any longer."
	negReasonUrgent = regexp.MustCompile(`^(?:(?:maar|en|dus|and|so)\s+)?(?:(?:niet|geen)\s+(?:nog\s+)?(?:verder|langer)\s+(?:uitstellen|uitstel|wachten|laten\s+liggen|treuzelen)|(?:dont|do\s+not)\s+(?:delay|wait|postpone|put\s+it\s+off)(?:\s+(?:it|this))?\s+(?:any\s+longer|anymore|further))(?:\s+(?:a\s*\.?\s*u\s*\.?\s*b\.?|aub|graag|please|hoor|alsjeblieft|alstublieft|meer))*\W*$`)
	// Where a clause ends: a sentence end, a comma, a dash between spaces, a line break.
	negReasonClauseEnd = regexp.MustCompile(`[!?;:,\n]|\.(?:\s|$|,)|\s[-–—]\s`)
)

// blankNegatedReasons returns text with the clauses that only give a reason or a fact with
// a negation in it (see above) replaced by spaces.
func blankNegatedReasons(text string) string {
	if len(text) > maxAnalyzedText {
		return text
	}
	var b []byte
	from := 0
	ends := negReasonClauseEnd.FindAllStringIndex(text, -1)
	ends = append(ends, []int{len(text), len(text)})
	for _, e := range ends {
		clause := text[from:e[0]]
		// A clause of a question ("We hebben er toch geen, of wel?") is never blanked.
		j := strings.IndexAny(text[e[0]:], ".!?\n")
		question := j >= 0 && text[e[0]+j] == '?'
		if !question && negatedReasonClause(clause) {
			b = spaceOut(b, text, from, e[0])
		}
		from = e[1]
	}
	if b == nil {
		return text
	}
	return string(b)
}

// negatedReasonClause reports a clause (as written) that gives only a reason or a fact
// with a negation in it.
func negatedReasonClause(clause string) bool {
	c := strings.Join(strings.Fields(strings.Trim(yfApostrophe.Replace(fold(clause)), " \t*>()\"")), " ")
	if len(strings.Fields(c)) < 4 || !negReasonNegation.MatchString(c) {
		return false
	}
	if negReasonUrgent.MatchString(c) {
		return true
	}
	body := negReasonLead.ReplaceAllString(c, "")
	if negReasonBadOpen.MatchString(body) {
		if !negReasonWithoutCant.MatchString(body) {
			return false
		}
	} else if negReasonCantOpen.MatchString(body) && !negReasonMarker.MatchString(body) {
		return false
	}
	u := yfUrgent.ReplaceAllString(negReasonFree.ReplaceAllString(c, " "), " ")
	if negReasonUnsafe.MatchString(u) || yfDoubt.MatchString(u) || (negReasonWhen.MatchString(u) && !negReasonPast.MatchString(u)) {
		return false
	}
	return negReasonMarker.MatchString(c) || negReasonWithoutCant.MatchString(body)
}
