package mail

import (
	"regexp"
	"strings"
)

// A clear yes, then a reason or a practical wish. After "Akkoord." approvers often say why
// the work is needed or urgent, or how they want it carried out, in words the broad veto
// lists of reply_yesfirst.go read as a cap ("zonder", "half", "tot"), a step first
// ("voordat", "wait"), a condition ("als") or a negation ("niet"). The words play another
// role there, and these shapes blank them before the yes is read (blankYesShapes):
//
//   - necessity: "zonder X kunnen we niet …", "zonder X wordt het een chaos", "without X we
//     can't …": what goes wrong without the thing asked for, no part left out. A clause of
//     its own that opens with "zonder"/"without", has a verb and says what cannot or goes
//     wrong; none of money, need, a condition or a decision in it. "Akkoord, zonder de
//     montage." (no verb) and "Approved, but without the extra lamps." stay.
//   - a breakdown supposed: "Als die kast uitvalt, staan alle berekeningen stil.", "If the
//     pump fails we lose the stock.": the "als"/"if" clause names the thing failing and the
//     main clause what follows; no condition on the yes. "Akkoord, als het onder de 500
//     blijft." names no failure and stays.
//   - a deadline of the work: "dat moet gewoon gebeuren voordat de kinderen er weer zitten",
//     "this has to be done before the winter": "voordat"/"before" after the work (dat, dit,
//     het, this, it) must happen, no step before deciding. "Akkoord, maar niet voordat de
//     begroting rond is." and "de begroting moet klaar zijn voordat je bestelt" stay.
//   - urgency in words: "this can't wait", "een ongeluk dat staat te wachten", "an accident
//     waiting to happen", "half the floor is offline" (a share of what is broken, no share of
//     the request).
//   - a wish for how the work is done: "graag de warmwitte lampjes, niet die blauwe" (the
//     "niet" picks a variant: an adjective with its noun left out), "graag zo'n ding dat
//     niet het brandalarm af laat gaan" (a property of the thing wished for), "plan het niet
//     in de week van de aanbesteding" (a slot to avoid, no deferral), "the same caterer as in
//     the spring" (a comparison, no later period), "first aid" (no step first). "Akkoord,
//     maar alleen de stoelen, niet de tafel." names a part and stays.
var (
	// Necessity: the clause opens the sentence or follows a comma, "maar", "want".
	rwNecessity = regexp.MustCompile(`(?i)(?:^|[.!?,;:]\s*|\n\s*)((?:(?:maar|want|but|because)\s+)?(?:zonder|without)\s+(?:\p{L}+\s+){1,4}?(?:(?:we|wij|ze|zij|je|you|they|it|i|ik|the\s+\p{L}+|de\s+\p{L}+|het|er|there)\s+)?(?:kan|kunnen|kun|kunt|mag|mogen|gaat|gaan|wordt|worden|is|zijn|lukt|werkt|blijft|can|cannot|cant|can't|can’t|could|couldn't|couldnt|will|won't|wont|would|wouldn't|is|are|isn't|isnt)\b[^.!?;,\n]*)`)
	// What the necessity clause must say: it cannot, or it goes wrong.
	rwNecessityBad = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:niet|geen|nooit|not|no|never|cannot|cant|can't|can’t|won't|wont|isn't|isnt|couldn't|couldnt|wouldn't|wouldnt|nergens|niemand|nobody|nowhere|chaos|onmogelijk|impossible|gevaarlijk|dangerous|onveilig|unsafe|mis|wrong)(?:[^\p{L}]|$)`)
	// What keeps any of these shapes: money, need, a condition, a decision, a part.
	rwUnsafe = regexp.MustCompile(`(?i)[\d€$£%]|(?:^|[^\p{L}])(?:budget\p{L}*|begroting\p{L}*|kost\p{L}*|cost\p{L}*|prijs\p{L}*|price\p{L}*|duur\p{L}*|dure\p{L}*|expensive|goedkop\p{L}*|cheap\p{L}*|euro\p{L}*|bedrag\p{L}*|amount|betal\p{L}*|pay\p{L}*|nodig|noodzakelijk|needed|necessary|need|hoeft|hoeven|worth|waard|zin|als|if|mits|tenzij|unless|alleen|enkel|only|pas|eerst|first|akkoord|approv\p{L}*|goedkeur\p{L}*|goedgekeurd|toestemming|permission|beslis\p{L}*|decide\p{L}*|offerte\p{L}*|quote\p{L}*|helft|half|deel|part|rest|overig\p{L}*|extra|meer\s+dan|more\s+than|minder|less|over|boven|above|onder|under|tot|until|wacht\p{L}*|wait\p{L}*|later|volgend\p{L}*|next|overleg\p{L}*|bespre\p{L}*|discuss\p{L}*)(?:[^\p{L}]|$)`)

	// A breakdown supposed: the "als"/"if" clause names the thing failing.
	rwBreakdown = regexp.MustCompile(`(?i)(?:^|[.!?;]\s*|\n\s*)((?:als|indien|wanneer|if|when)\s+(?:\p{L}+\s+){1,5}?(?:(?:het|it)\s+)?(?:uitvalt|uitvallen|uit\s+valt|kapot\s*gaat|kapot\s*gaan|stuk\s*gaat|stuk\s*gaan|begeeft|begeven|breekt|breken|lekt|lekken|crasht|crashen|vastloopt|vastlopen|instort|instorten|ontploft|afbrandt|breaks|break|breaks\s+down|break\s+down|fails|fail|goes\s+down|go\s+down|crashes|crash|dies|die|leaks|leak|collapses|collapse|floods|flood|gets\s+worse|erger\s+wordt|verder\s+scheurt)\b[^.!?;,\n]{0,30}?)(?:,|\s+(?:dan|then)\b|\s+(?:staan|staat|ligt|liggen|zit|zitten|zijn|is|hebben|heeft|kunnen|kan|verliezen|verliest|gaat|gaan|we|the|our|all|everything|nobody|no\s+one|niemand|alles|alle))`)
	// What the main clause after the supposed breakdown says: what goes wrong.
	rwBreakdownBad = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:stil|stilstaan|probleem|problemen|problem|problems|chaos|mis|te\s+laat|ramp|disaster|kwijt|verloren|verliezen|verliest|lose|lost|stuck|standstill|blank|onder\s+water|flooded|under\s+water|stand\s+still|schade|damage|nat|wet|kou|koud|cold|dicht|closed|niemand|nobody|no\s+one|niks|niets|nothing|niet|not|cant|cannot|can't|can’t|geen|no)(?:[^\p{L}]|$)`)

	// A deadline of the work: "dat moet gewoon gebeuren voordat …".
	rwDeadline = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:dat|dit|het|het\s+werk|de\s+klus|this|it|that|the\s+work|the\s+job)\s+(?:moet|must|needs\s+to|need\s+to|has\s+to|have\s+to|should)\s+(?:(?:gewoon|echt|wel|zeker|dan\s+ook|toch|really|just|absolutely|definitely|simply|gebeuren|klaar|af|gedaan|geregeld|opgelost|gerepareerd|vervangen|gemaakt|zijn|worden|happen|be|done|fixed|finished|sorted|ready|repaired|replaced)\s*,?\s+)*((?:voordat|voor\s+dat|before)\b)`)

	// Urgency in words.
	rwCantWait = regexp.MustCompile(`(?i)(?:^|[^\p{L}])((?:can\s*not|can't|can’t|cant|could\s+not|couldn't|couldnt)\s+(?:really\s+|possibly\s+)?wait|(?:kan|kunnen)\s+(?:echt\s+|toch\s+)?(?:niet|geen\s+dag)\s+(?:langer\s+|meer\s+)?wachten)(?:[^\p{L}]|$)`)
	rwWaiting  = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:een|an?)\s+\p{L}+\s+((?:dat|die|that|which)\s+(?:staat|ligt|zit|is)\s+te\s+wachten|waiting\s+to\s+happen)(?:[^\p{L}]|$)`)
	rwHalfDown = regexp.MustCompile(`(?i)(?:^|[.!?;,]\s*|\n\s*)((?:half|de\s+helft\s+van)\s+(?:of\s+)?(?:(?:the|de|het|our|ons|onze)\s+)?\p{L}+\s+(?:is|are|was|were|ligt|liggen|staat|staan|zit|zitten|doet|doen|werkt|werken|has|have)\s+(?:(?:now|still|al|nu|nog|er|again|weer|completely|helemaal|been|gone)\s+)*(?:offline|down|out|broken|kapot|stuk|plat|uit|eruit|onbruikbaar|unusable|flooded|dark|donker|cold|koud|without|zonder|het\s+niet))(?:[^\p{L}]|$)`)

	// A variant picked in a wish: "graag weer de warmwitte lampjes, niet die blauwe (van …)".
	rwWishVariant = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:graag|please|liefst|preferably)\s+[^.!?;\n]{1,60}?,\s*((?:en\s+|and\s+)?(?:niet|not)\s+(?:die|de|dat|het|zo['’]?n|the|those|that)\s+(?:\p{L}+\s+)?(?:\p{L}{3,}e|\p{L}+\s+ones?)(?:\s+(?:van|from|of|like)\s+[^.!?;,()\n]{1,40})?)\s*(?:$|[.!?;)\n]|\p{So})`)
	// A property of the thing wished for: "graag zo'n ding dat niet …".
	rwWishProperty = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:graag|please)\s+(?:\p{L}+\s+){0,3}?(?:een|zo['’]?n|zon|a|an|one)\s+(?:\p{L}+\s+)?\p{L}+\s+(?:dat|die|that|which)\s+((?:niet|geen|not|doesn't|doesnt|does\s+not|won't|wont|can't|cant))(?:[^\p{L}]|$)`)
	// A slot to avoid: "plan het aub niet in de week van …", "don't book it on a Friday".
	rwAvoidSlot = regexp.MustCompile(`(?i)(?:^|[^\p{L}])((?:maar\s+|but\s+)?(?:plan|plannen|doe|doen|zet|schedule|book|do|plan)\s+(?:het|dit|dat|ze|hem|it|this|them\s+)?\s*(?:(?:aub|a\.u\.b\.|alsjeblieft|alstublieft|graag|even|wel|please|dan)\s+)*(?:niet|not)\s+(?:in|op|tijdens|during|on|in)\s+(?:de\s+week\s+van|the\s+week\s+of|(?:een\s+|a\s+)?(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\p{L}*|(?:de|het|the)\s+\p{L}*(?:week|vakantie|dagen|holiday|holidays|drukte)))(?:[^\p{L}]|$)`)
	// A comparison with an earlier occasion: "the same caterer as in the spring".
	rwSameAs   = regexp.MustCompile(`(?i)(?:^|[^\p{L}])((?:the\s+same|dezelfde|hetzelfde|zelfde)\s+(?:\p{L}+\s+){0,2}(?:as|als)\s+(?:(?:in|at|during|bij|tijdens|op|met|with|for|voor)\s+)?(?:(?:the|de|het|last|vorig\p{L}*|vorige|previous)\s+)?\p{L}+)(?:[^\p{L}]|$)`)
	rwFirstAid = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(first[\s-]+aid)(?:[^\p{L}]|$)`)
)

// blankReasonWish blanks the reasons and wishes above in text (the raw reply).
func blankReasonWish(text string) string {
	if len(text) > maxAnalyzedText {
		return text
	}
	var b []byte
	blank := func(re *regexp.Regexp, keep func(s string, m []int) bool) {
		s := spacedText(b, text)
		for _, m := range re.FindAllStringSubmatchIndex(s, -1) {
			if m[2] < 0 || (keep != nil && keep(s, m)) {
				continue
			}
			if r := sentenceRest(s, m[3]); m[3]+len(r) < len(s) && s[m[3]+len(r)] == '?' {
				continue // a question is read as one ("Zelfde verhuurder als vorig jaar?")
			}
			b = spaceOut(b, s, m[2], m[3])
		}
	}
	blank(rwNecessity, func(s string, m []int) bool {
		g := s[m[2]:m[3]]
		// "… mag de motorboot niet mee als volgboot": "als" with one noun is "as".
		return !rwNecessityBad.MatchString(g) || rwUnsafe.MatchString(rwAsRole.ReplaceAllString(g, " ")) || rwPrecondition.MatchString(g)
	})
	blank(rwBreakdown, func(s string, m []int) bool {
		main := sentenceRest(s, m[3])
		g := s[m[2]:m[3]]
		if i := strings.IndexAny(g, " \t\n"); i >= 0 {
			g = g[i:] // the "als"/"if" itself is the shape
		}
		return !rwBreakdownBad.MatchString(main) || rwUnsafe.MatchString(g+" "+main)
	})
	blank(rwDeadline, func(s string, m []int) bool {
		f := yfApostrophe.Replace(fold(sentenceRest(s, m[3])))
		return yfDecision.MatchString(f) || yfAlternative.MatchString(f) || yfRetract.MatchString(f) || rwUnsafe.MatchString(f)
	})
	blank(rwCantWait, nil)
	blank(rwWaiting, func(s string, m []int) bool {
		return rwUnsafe.MatchString(sentenceRest(s, m[3]))
	})
	blank(rwHalfDown, nil)
	blank(rwWishVariant, func(s string, m []int) bool {
		return rwUnsafe.MatchString(s[m[2]:m[3]]) || rwVariantNoun.MatchString(s[m[2]:m[3]])
	})
	blank(rwWishProperty, nil)
	blank(rwAvoidSlot, func(s string, m []int) bool {
		return rwUnsafe.MatchString(s[m[2]:m[3]])
	})
	blank(rwSameAs, nil)
	blank(rwFirstAid, nil)
	return spacedText(b, text)
}

// What is needed before the work may start, not the thing asked for: "Zonder vergunning
// kunnen we toch niet beginnen" names a step first.
var rwPrecondition = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:\p{L}*vergunning\p{L}*|permit\p{L}*|licen[cs]e\p{L}*|toestemming|permission|contract\p{L}*|handtekening\p{L}*|signature\p{L}*|verzekering\p{L}*|insurance|keuring\p{L}*|inspecti\p{L}*|subsidie\p{L}*|grant|funding|advies|advice|plan|tekening\p{L}*|drawings?|ontwerp\p{L}*|design|beginnen|starten|begin|start|bestellen|order\p{L}*|tekenen|sign)(?:[^\p{L}]|$)`)

// "als volgboot", "as a backup": a role, at the clause's end.
var rwAsRole = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:als|as)\s+(?:an?\s+)?\p{L}+\s*$`)

// Nouns in -e after "niet de": a thing left out, no adjective of a variant.
var rwVariantNoun = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:offerte|machine|garage|tribune|route|lade|vitrine|piste|kade|bende|feestje|lampje|stoeltje|tafeltje|rest|overige|tweede|derde|andere|ander|grote\s+zaal|hele|gehele|complete)(?:[^\p{L}]|$)`)

// rwTrimmed reports whether blankReasonWish changed text (for the deferred readings).
func rwTrimmed(text string) bool {
	return strings.TrimSpace(blankReasonWish(text)) != strings.TrimSpace(text)
}
