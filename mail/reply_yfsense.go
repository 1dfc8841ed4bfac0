package mail

import (
	"regexp"
	"strings"
)

// Words of a remark after a clear yes that the qualifier lists of reply_yesfirst.go would
// read in another sense than the one they have here. yfOtherSense blanks them from a folded
// sentence of the remark before the lists are looked at:
//
//   - "thats a first" (a first time, no step first);
//   - thanks for the quote or the explanation ("bedankt voor de snelle offerte"): no other
//     quote asked for;
//   - nothing left to discuss or decide ("not much to discuss", "daar valt weinig over te
//     beslissen"): no meeting first;
//   - a time of day after "before" ("please ask them to come before 10"): when the work
//     is done, which the labels count as planning; "not before the board has met" stays;
//   - "wel eens", "nog eens", "eens even" (once, sometime), not "het eens zijn" (agree);
//   - access to a thing ("toegang tot de map"), a time of day after "tot" ("tot een uur of
//     tien", "tot 9 uur"), up or down and under or above a thing that is no amount ("naar
//     boven", "onder het bureau", "boven het orgel"): no cap;
//   - "I only mention it": no "only" of a part;
//   - the yes said again at the head of a later sentence ("Dus van mij: akkoord.", "akkoord
//     🙌 de loods is echt niet te doen"), not followed by whose it is, what for or a
//     condition ("Akkoord van Jan nodig", "akkoord voor de stoelen", "approved by the board").
var (
	yfSenseFixed = regexp.MustCompile(`\b(?:(?:thats|that\s+is|its|it\s+is|was|a\s+real)\s+a\s+first|(?:bedankt|dank|dankjewel|thanks|thank\s+you)\s+(?:\w+\s+)?(?:voor|for)\s+(?:de|het|the|your|je|jullie|uw)\s+(?:\w+\s+)?(?:offerte|quote|uitleg|toelichting|explanation)|(?:not\s+much|nothing|little|niets|niks|weinig)\s+(?:more\s+|meer\s+)?(?:to\s+|over\s+te\s+|te\s+)(?:discuss|bespreken|beslissen|decide|overleggen)|before\s+\d{1,4}(?::\d\d)?\s*(?:am|pm|h|oclock|uur)?|(?:toegang|access)\s+(?:tot|to)|tot\s+(?:een\s+)?(?:uur\s+of\s+\w+|\d{1,4}(?::\d\d)?\s*(?:uur|u)\b)|naar\s+(?:boven|beneden)|only\s+(?:mention|say|ask|note)\w*)\b`)
	// A wish put as "it would be nice if": its "if"/"als" asks nothing of the approval (the
	// clause is still read for caps and the rest).
	yfSenseWishIf = regexp.MustCompile(`\b((?:would|it\s+would|itd)\s+be\s+(?:great|nice|good|lovely|ideal|handy|helpful)|zou\s+(?:wel\s+)?(?:mooi|fijn|leuk|handig|ideaal|prettig)\s+zijn|(?:het\s+)?(?:is|zou)\s+fijn|(?:wel\s+)?(?:fijn|mooi|leuk|handig|prettig))\s+(?:if|als)\b`)
	// "Zorg wel dat de monteur zich eerst meldt bij de conciërge", "make sure the engineer
	// signs in first": a step in doing the work, by those who do it.
	yfSenseWorkerFirst = regexp.MustCompile(`\b((?:zorg\s+(?:\w+\s+){0,2}?dat|make\s+sure|ensure)\s+(?:(?:de|het|the)\s+)?(?:monteurs?|leverancier|technicus|schilders?|loodgieter|elektricien|vrijwilligers|werklui|mannen|jongens|engineers?|technicians?|contractors?|suppliers?|workers|fitters?|installers?|painters?|ze|zij|they)\b[^,;]*?)\b(?:eerst|first|voordat|before)\b`)
	yfSenseEens        = regexp.MustCompile(`\b(?:wel|nog|ook|weer|toch|maar|eerst|al)\s+eens(?:\s+\w+)?|\beens\s+(?:even|kijken|naar|goed|rustig|uitzoeken|nagaan|checken)\b`)
	yfSensePlace       = regexp.MustCompile(`\b(?:onder|boven|under|above|beneden|below)\s+(?:het|de|een|the|a|my|mijn|ons|onze|our|zijn|haar|his|her|die|dat|that)\s+(\w+)`)
	// Nouns of an amount or a limit after "onder"/"boven": a cap after all.
	yfSenseAmountNoun = set("bedrag", "budget", "begroting", "prijs", "limiet", "grens", "offerte", "drempel", "mandaat",
		"raming", "helft", "amount", "price", "limit", "quote", "threshold", "mandate", "estimate", "half", "total", "totaal")
	yfSenseNumber    = regexp.MustCompile(`\d|honderd|duizend|hundred|thousand|^(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)$`)
	yfSenseRepeatYes = regexp.MustCompile(`^(?:(?:dus|so|hence|derhalve|daarom|then|dan|en|and)\s*[:,]?\s*)?(?:(?:van\s+mij|from\s+me|from\s+my\s+side|wat\s+mij\s+betreft)\s*[:,]?\s*)?(akkoord|akoord|accoord|approved|goedgekeurd)\b(?:\s+(\w+))?`)
	// After the yes said again: whose it is, what for, a condition or a contrast.
	yfSenseRepeatUnsafe = set("van", "from", "by", "door", "voor", "for", "met", "with", "nodig", "needed", "needs", "required",
		"als", "if", "mits", "provided", "maar", "but", "once", "zodra", "when", "wanneer", "na", "after", "tot", "until",
		"pending", "subject", "onder", "under", "behalve", "except", "zonder", "without", "is", "zijn", "was", "wordt",
		"geeft", "gegeven", "nog", "still", "ook", "also", "too")
)

// Negations that state a reason, a grumble or an idiom, not a part left out, a time put
// off or a doubt (blanked before the negation is looked for; the other qualifiers are still
// read): "daar gaan we niet op beknibbelen", "daar hoeven we niet over te vergaderen", "de
// trappenhuizen zien er niet uit", "het is niet te doen", "dat schiet niet op", "dat is ook
// niks", "dat ligt niet aan de kelder", "ik word er niet vrolijk van", "zo kan het niet
// langer", "we can't have that out of action", "ik hoef hier niet over geïnformeerd te
// worden", "ik wil niet dat dit weer gebeurt", a consequence after "anders"/"otherwise"
// ("anders mogen we er niet mee rijden"), a need after "zonder"/"without" that opens its
// clause ("zonder rolluik kunnen we het centrum niet afsluiten").
var (
	yfNegReason = regexp.MustCompile(`\b(?:(?:daar|hier|dat)\s+(?:gaan|moeten|hoeven|kunnen|ga|moet|hoef|kan)\s+(?:we|wij|ik|jullie)\s+(?:(?:echt|toch|ook|nu|verder)\s+)?(?:niet|geen)\s+(?:\w+\s+){0,3}?(?:op|over|aan|mee|om)\s+(?:te\s+)?\w+en|(?:zien|ziet|zag|zagen)\s+er\s+(?:\w+\s+){0,2}?niet\s+uit|niet\s+te\s+(?:doen|harden|geloven|filmen)|schiet\s+(?:\w+\s+)?niet\s+op|(?:is|was)\s+(?:ook\s+)?(?:echt\s+)?niks|ligt\s+(?:\w+\s+)?niet\s+aan|niet\s+vrolijk|(?:kan|kunnen)\s+(?:zo\s+)?(?:echt\s+)?niet\s+(?:langer|meer\s+zo)|(?:cant|cannot|can\s+not)\s+have\s+(?:that|it|this|them)|hoef\w*\s+(?:\w+\s+){0,3}?niet\s+(?:meer\s+)?(?:over\s+)?(?:geinformeerd|ingelicht|op\s+de\s+hoogte|gebeld|gemaild)|(?:dont|do\s+not)\s+need\s+to\s+be\s+(?:informed|updated|kept\s+informed|copied|cced)|ik\s+wil\s+niet\s+dat\s+[^,;]*\b(?:weer|nog\s+een\s+keer|opnieuw)\b[^,;]*|(?:anders|otherwise|or\s+else)\b[^,;:]*)`)
	yfNegNeed   = regexp.MustCompile(`(?:^|,\s*)(?:zonder|without)\s+(?:\w+\s+){1,4}?(?:kunnen|kan|staan|staat|is|zijn|gaat|gaan|wordt|worden|werkt|werken|we|they|it|the)\b[^,;]*`)
	yfNegUnsafe = regexp.MustCompile(`\b(?:offerte\w*|quote\w*|goedkeur\w*|approv\w*|toestemming|permission|akkoord|budget\w*|begroting\w*|bedrag\w*|amount|overleg\w*|check\w*|controle\w*|garantie|warranty|contract|eerst|first|wacht\w*|wait\w*|nog\s+niet|not\s+yet|zeker|sure|weet|know|twijfel\w*|doubt\w*|alleen|only|helft|half|deel|part|meer\s+dan|more\s+than)\b|[€$£%]`)
	yfButAnyway = regexp.MustCompile(`(?:^|[,;:]\s*)(?:maar|but)\s+(?:goed|ja|anyway|prima|oke|ok|fine|enfin)\s*(?:,|$)`)
)

// yfWithoutNegReason returns s (folded) without the negated reasons above.
func yfWithoutNegReason(s string) string {
	f := func(m string) string {
		if yfNegUnsafe.MatchString(m) {
			return m
		}
		return " "
	}
	return yfNegNeed.ReplaceAllStringFunc(yfNegReason.ReplaceAllStringFunc(s, f), f)
}

// yfOtherSense returns s (a folded sentence of a remark) with the words above blanked.
func yfOtherSense(s string, question bool) string {
	s = yfSenseFixed.ReplaceAllString(s, " ")
	s = yfSenseWishIf.ReplaceAllString(s, "$1 ")      // "would be great if they can come before 10": a wish
	s = yfSenseWorkerFirst.ReplaceAllString(s, "$1 ") // "zorg wel dat de monteur zich eerst meldt": how the work is done
	s = yfButAnyway.ReplaceAllString(s, " , ")        // "maar goed, het moet gebeuren": anyway
	s = yfSenseEens.ReplaceAllStringFunc(s, func(m string) string {
		f := strings.Fields(m)
		switch f[len(f)-1] {
		case "met", "mee", "zijn", "ben", "is", "bent", "waren", "was":
			return m // "het er wel eens mee": agreeing
		}
		return " "
	})
	s = yfSensePlace.ReplaceAllStringFunc(s, func(m string) string {
		f := strings.Fields(m)
		if w := f[len(f)-1]; yfSenseAmountNoun[w] || yfSenseNumber.MatchString(w) {
			return m
		}
		return " "
	})
	if !question {
		if m := yfSenseRepeatYes.FindStringSubmatchIndex(s); m != nil && (m[4] < 0 || !yfSenseRepeatUnsafe[s[m[4]:m[5]]]) {
			s = s[:m[2]] + strings.Repeat(" ", m[3]-m[2]) + s[m[3]:]
		}
	}
	return s
}
