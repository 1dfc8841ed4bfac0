package mail

import (
	"regexp"
	"strings"
)

// Remarks after a clear yes that change nothing by their shape, though their words would
// (a condition word, a price word, a decision word, a question mark). yesFirst and the
// approval guard read the reply with these remarks blanked (blankYesShapes: the same
// length, so every offset stays); the remark handed on is the reply as written.
//
//   - a hope: "en als het meevalt met de uren nog beter", "and if it comes in under the
//     estimate, even better". The "als"/"if" clause must end in "nog beter", "des te beter",
//     "mooi meegenomen", "even better", "all the better"; "Akkoord als het meevalt met de
//     uren" stays a condition;
//   - a concession about the price only: "hoewel ik het bedrag fors vind", "al vind ik het
//     prijzig", "although it's pricey", "even though the amount is steep". The clause ends
//     right after the opinion; "hoewel ik eerst de offerte wil zien" is a step first and
//     stays;
//   - a report about an earlier occasion in the past tense: "de vorige keer was ik niet
//     akkoord met het tijdstip", "last time they were two hours late", "Though honestly the
//     previous repair was supposed to fix this". It tells of then, not of this request;
//   - a wish for when the work is done, by a word of wishing, a time of day, a holiday or a
//     weekday, and a verb of carrying out the work: "graag pas na de herfstvakantie
//     uitvoeren", "graag na 9 uur beginnen", "please start after half-term". A later year or
//     month ("graag pas volgend jaar uitvoeren"), buying or paying later ("graag pas na de
//     kerst bestellen") and a meeting or a decision ("pas na de ALV") are not read here;
//   - a question about the keyword or the way to answer itself: "(that's the word,
//     right?)", "is dat het juiste woord?", "werkt het zo?";
//   - a rhetorical grumble about the past put by, then the yes: "Weer meerwerk... waarom
//     zat dit niet in het contract? Enfin, akkoord", "Why wasn't this spotted last year?
//     Anyway, approved." The question asks "waarom"/"why" at the head of the reply and is
//     closed by "enfin", "maar goed", "nou ja", "anyway", "oh well"; a question about the
//     price, the need, a quote, another option or who decides is no grumble ("Waarom zo
//     duur? Enfin, akkoord" stays a question);
//   - asking the requester to have the cause of a fault looked into: "Can you ask them to
//     look into why it keeps breaking?", "kun je laten uitzoeken waarom hij steeds kapot
//     gaat?" (only "why" of a fault: breaking, leaking, failing; not of the price).
var (
	yesShapeHope = regexp.MustCompile(`(?i)(?:^|[^\p{L}])((?:en\s+|and\s+)?(?:als|indien|if)\s+[^,.;:!?\n]{1,60}?,?\s+(?:dan\s+)?(?:is\s+dat\s+|(?:that['’]?s|that\s+is|it['’]?s)\s+)?(?:nog\s+beter|des\s+te\s+beter|mooi\s+meegenomen|helemaal\s+mooi|even\s+better|all\s+the\s+better|so\s+much\s+the\s+better))(?:[^\p{L}]|$)`)

	yesShapeConcession       = regexp.MustCompile(`(?i)(?:^|[^\p{L}])((?:hoewel|alhoewel|ofschoon|al\s+vind\s+ik|al\s+is|although|though|even\s+though|albeit)\s+(?:[\p{L}\p{Sc}\d][\p{L}\d.,]*\s+){0,4}?(?:(?:te|erg|wel|best|nogal|vrij|behoorlijk|quite|rather|very|pretty|a\s+bit|too)\s+){0,2}(?:fors|duur|prijzig|stevig|pittig|flink|hoog|veel|steep|pricey|expensive|hefty|high|a\s+lot)(?:\s+(?:vind|vinden|is|zijn|blijft|lijkt|find|seems|is))?(?:\s+(?:voor\s+zoiets|voor\s+wat\s+het\s+is|for\s+this|for\s+what\s+it\s+is|for\s+such\s+a\s+job))?)\s*(?:[.,;!\n]|$)`)
	yesShapeConcessionUnsafe = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:eerst|first|niet|not|geen|no|nodig|need\p{L}*|necessary|offerte|quote|als|if|tenzij|unless|alleen|only|pas|wacht\p{L}*|wait\p{L}*|voor\s+nu|for\s+now|twijfel\p{L}*|doubt\p{L}*)(?:[^\p{L}]|$)`)

	yesShapeEarlier     = regexp.MustCompile(`(?i)(?:^|[^\p{L}])((?:(?:though|although|hoewel|al)\s+(?:honestly\s+|eerlijk\s+gezegd\s+)?)?(?:de\s+vorige\s+keer|vorige\s+keer|vorig\s+jaar|de\s+laatste\s+keer|last\s+time|last\s+year|the\s+previous\s+(?:time|repair|visit|job)|the\s+last\s+(?:time|repair|visit|job)|de\s+vorige\s+(?:reparatie|beurt|klus))\s+(?:\p{L}+\s+){0,2}?(?:was|waren|had|hadden|ging|gingen|gaf|zei|were|did|said|should\s+have|zou|moest)(?:\s+[^.!?;:,(\n]*)?)`)
	yesShapeMoneyLater  = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:budget\p{L}*|boekjaar|begroting\p{L}*|financial\s+year|fiscal\s+year|geld|money|kosten|costs?|betal\p{L}*|pay\p{L}*|factu\p{L}*|invoic\p{L}*|offerte\p{L}*|quote\p{L}*)(?:[^\p{L}]|$)`)
	yesShapeNow         = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:nu|now|deze\s+keer|dit\s+keer|this\s+time|ditmaal|weer|again|opnieuw)(?:[^\p{L}]|$)`)
	yesShapeFirstPerson = regexp.MustCompile(`\b(?:ik|i|we|wij)\b`)
	// A report about then that also speaks of now, or of the price, is no report only.
	yesShapeEarlierNow = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:nu|now|deze\s+keer|dit\s+keer|this\s+time|ditmaal|weer|again|opnieuw|ook|also|too|goedkoper|cheaper|duurder|lager|hoger|prijs\p{L}*|price\p{L}*|bedrag\p{L}*|amount|kost\p{L}*|cost\p{L}*|offerte\p{L}*|quote\p{L}*|euro\p{L}*|\d)(?:[^\p{L}]|$)|[€$£]`)

	yesShapeWorkTiming = regexp.MustCompile(`(?i)(?:^|[^\p{L}])((?:(?:maar|but|dus|so|en|and)\s+)?(?:wel\s+)?(?:(?:graag|liefst|bij\s+voorkeur|preferably)\s+(?:wel\s+|pas\s+|only\s+)?(?:na|vanaf|after|from|in|op|on|tussen)\s+(?:de\s+|het\s+|the\s+|een\s+|a\s+)?(?:\d{1,2}(?:[:.]\d\d)?\s*(?:uur|u|h|am|pm|o['’]?clock)?|\p{L}*vakantie|kerst\p{L}*|christmas|pasen|easter|half[\s-]?term|holidays?|weekend|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?:\p{L}+\s+){0,2}?(?:uitvoeren|beginnen|starten|komen|langskomen|werken|doen|plannen|inplannen|schilderen|installeren|plaatsen|monteren|repareren|vervangen|start|begin|come|work|do\s+it|schedule\s+it|plan\s+it)|please\s+(?:start|begin|schedule\s+(?:it|the\s+work)|do\s+(?:it|the\s+work)|carry\s+(?:it|the\s+work)\s+out|come)\s+(?:only\s+)?(?:after|from)\s+(?:the\s+)?(?:\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|o['’]?clock)?|half[\s-]?term|christmas|easter|the\s+holidays|\p{L}+\s+holidays?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the\s+weekend)))(?:[^\p{L}]|$)`)

	yesShapeProcedure = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(\(?\s*(?:(?:that['’]?s|that\s+is|is\s+that|is\s+dat|dat\s+is|is\s+dit|dit\s+is)\s+(?:toch\s+|wel\s+)?(?:the|het|de)\s+(?:right\s+|correct\s+|juiste\s+|goede\s+|magic\s+)?(?:word|woord|keyword|trefwoord|codewoord|toverwoord|term)|werkt\s+(?:het|dit)\s+zo|is\s+(?:dit|het)\s+zo\s+goed|is\s+(?:this|that)\s+how\s+it\s+works|does\s+(?:this|that)\s+work)\s*(?:,\s*(?:right|toch|correct|ja|klopt\s+dat|isn['’]?t\s+it)\s*)?\?+\s*\)?)`)

	yesShapeResolved         = regexp.MustCompile(`(?i)^\s*(?:[^?\n,]{1,40},[ \t]*\n\s*)?([^?\n]{1,160}?\?+[\s!]*(?:enfin|afijn|maar\s+goed|nou\s+ja|hoe\s+dan\s+ook|anyway|anyhow|oh\s+well|that\s+said|be\s+that\s+as\s+it\s+may)\s*[,:.!]+)\s`)
	yesShapeRhetorical       = regexp.MustCompile(`\b(?:waarom|why|how\s+come|hoe\s+kan\s+het)\b`)
	yesShapeRhetoricalUnsafe = regexp.MustCompile(`\b(?:prijs\w*|price\w*|kost\w*|cost\w*|duur\w*|expensive|bedrag\w*|amount|budget\w*|geld|money|nodig|need\w*|necessary|noodzakelijk|offerte\w*|quote\w*|goedko\w*|cheap\w*|alternati\w*|ander\w*|other|instead|liever|rather|als|if|tenzij|unless|mits|alleen|only|eerst|first|wacht\w*|wait\w*|akkoord|approv\w*|goedkeur\w*|nee|no|wie|who|welke|which)\b`)

	yesShapeLookInto = regexp.MustCompile(`(?i)(?:^|[^\p{L}])((?:(?:ask|get)\s+(?:them|him|her|the\s+\p{L}+)\s+to\s+)?(?:look\s+into|find\s+out|figure\s+out|investigate|check)\s+(?:why|how\s+come)|(?:laten\s+|laat\s+)?(?:uitzoeken|nagaan|onderzoeken|uitzoekt|nagaat|onderzoekt)\s+waarom)\s[^.!?\n]*?(?:kapot|stuk|lek\p{L}*|breaks?|breaking|broke|broken|fails?|failing|failed|leak\p{L}*|uitvalt|uitvallen|storing\p{L}*|defect)`)
)

// A grumble about the price or the delay answered by the need in the same sentence: "Not
// thrilled about the price but it needs doing", "It's pricier than I'd hoped, but we can't
// have water coming into the vestry all winter", "Niet blij met de prijs, maar het moet
// gebeuren". The grumble names the price, cost or delay only; the need after "but"/"maar"
// holds no condition, step first, cut or other option (yesShapeNeedUnsafe).
var (
	yesShapeGrumbleNeed = regexp.MustCompile(`(?i)(?:^|[^\p{L}])((?:(?:(?:i['’]?m|we['’]?re|i\s+am|we\s+are)\s+)?not\s+(?:(?:very|too|exactly|particularly|so)\s+)?(?:thrilled|happy|pleased|keen|delighted)\s+(?:about|with)\s+(?:the\s+)?(?:price|cost|costs|amount|bill|delay|wait)|it['’]?s\s+(?:(?:a\s+bit|a\s+lot|much|rather)\s+)?(?:pricier|more\s+expensive|dearer|costlier)\s+than\s+(?:i|we)(?:['’]?d|\s+had|\s+would\s+have)\s+(?:hoped|expected|liked)|(?:(?:ik\s+ben|we\s+zijn)\s+)?niet\s+(?:(?:zo|erg|echt|heel)\s+)?(?:blij|gelukkig|happy)\s+(?:met|over)\s+de\s+(?:prijs|kosten|vertraging)|(?:het\s+is\s+)?(?:(?:wel|een\s+stuk|veel)\s+)?(?:duurder|prijziger)\s+dan\s+(?:ik|we)\s+(?:had|hadden)\s+(?:gehoopt|verwacht))\s*,?\s*(?:but|maar)\s+(?:it\s+(?:needs|has)\s+(?:doing|to\s+be\s+done|to\s+happen)|it\s+must\s+be\s+done|it['’]?s\s+needed|we\s+can['’]?t\s+(?:have|leave|let)\s+[^.!?;\n]{1,80}|het\s+moet\s+(?:(?:toch|nu\s+eenmaal|gewoon)\s+)?(?:gebeuren|gedaan\s+worden)|het\s+is\s+(?:(?:nu\s+eenmaal|wel)\s+)?nodig))\s*(?:[.!;\n]|$)`)
	yesShapeNeedUnsafe  = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:als|if|indien|tenzij|unless|alleen|only|eerst|first|goedkoper|cheaper|offerte|quote|ander\p{L}*|other|instead|liever|rather|wacht\p{L}*|wait\s+until|later)(?:[^\p{L}]|$)`)
)

// An assumption about when the work is done, asked after a clear yes: "Ik neem aan dat ze
// het in de vakantie doen?", "I assume they'll do it during the holidays?" It names a
// time (a holiday, season, part of the day, weekday, week); one about the price, a cap, the
// cover or a step first ("Ik neem aan dat het onder de 500 blijft?", "I assume this is
// covered by the warranty?") stays (yesShapeAssumeUnsafe).
//
// A request for a fact for later, said to be for later: "Could you also tell me who our
// contact person at the supplier is these days? Just for future reference.", "Kun je me
// laten weten wie onze contactpersoon is? Voor later." Without the "for later" it is read
// as any question.
var (
	yesShapeAssumeTiming = regexp.MustCompile(`(?i)(?:^|[^\p{L}])((?:ik\s+neem\s+aan|ik\s+ga\s+ervan\s+uit|ik\s+ga\s+er\s+van\s+uit|i\s+assume|i['’]?m\s+assuming|i\s+take\s+it|presumably)\s+(?:dat\s+|that\s+)?[^.!?\n]{0,80}?(?:[^\p{L}](?:\p{L}*vakantie|zomer\p{L}*|winter|herfst|voorjaar|kerst\p{L}*|pasen|weekend|ochtend|middag|avond|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|week|holidays?|half[\s-]?term|summer|spring|autumn|christmas|easter|morning|afternoon|evening|monday|tuesday|wednesday|thursday|friday|saturday|sunday))[^.!?\n]{0,40}?[?.]+)`)
	yesShapeAssumeUnsafe = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:onder|under|boven|above|over|max\p{L}*|meer|more|minder|less|euro\p{L}*|prijs\p{L}*|price\p{L}*|kost\p{L}*|cost\p{L}*|budget\p{L}*|bedrag\p{L}*|amount|garantie\p{L}*|warrant\p{L}*|cover\p{L}*|gedekt|verzeker\p{L}*|insur\p{L}*|betaal\p{L}*|pay\p{L}*|factu\p{L}*|invoic\p{L}*|als|if|unless|tenzij|eerst|first|akkoord|approv\p{L}*|goedkeur\p{L}*|offerte\p{L}*|quote\p{L}*|nodig|need\p{L}*|niet|not|geen|no)(?:[^\p{L}]|$)|[€$£%]`)
	yesShapeInfoLater    = regexp.MustCompile(`(?i)(?:^|[^\p{L}])((?:(?:could|can|would)\s+you\s+(?:also\s+)?(?:tell\s+me|let\s+me\s+know|remind\s+me)|(?:kun|kan|kunt|wil|zou)\s+(?:je|jij|u)\s+(?:me|mij)\s+(?:ook\s+)?(?:even\s+)?(?:laten\s+weten|vertellen|doorgeven))\s+(?:who|what|wie|wat)\s+[^.!?\n]{1,80}\?+\s*\(?\s*(?:(?:just|only|gewoon|alleen)\s+)?(?:for\s+(?:future\s+reference|later|my\s+records|the\s+future|next\s+time)|voor\s+(?:later|de\s+toekomst|een\s+volgende\s+keer|mijn\s+administratie|de\s+volgende\s+keer))\s*[.!)]*)`)
	yesShapeInfoUnsafe   = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:prijs\p{L}*|price\p{L}*|kost\p{L}*|cost\p{L}*|betaal\p{L}*|pay\p{L}*|budget\p{L}*|offerte\p{L}*|quote\p{L}*|akkoord|approv\p{L}*|goedkeur\p{L}*|beslis\p{L}*|decid\p{L}*|als|if|this|dit|deze)(?:[^\p{L}]|$)|[€$£%]`)
)

// sentenceRest returns text from i to the end of its sentence.
func sentenceRest(text string, i int) string {
	rest := text[i:]
	if j := strings.IndexAny(rest, ".!?\n"); j >= 0 {
		rest = rest[:j]
	}
	return rest
}

// blankYesShapes returns text with the remarks above replaced by spaces.
func blankYesShapes(text string) string {
	if len(text) > maxAnalyzedText {
		return text // yesFirst reads no such reply
	}
	b := []byte(text)
	blank := func(re *regexp.Regexp, keep func(string) bool) {
		s := string(b)
		for _, m := range re.FindAllStringSubmatchIndex(s, -1) {
			for g := 2; g+1 < len(m); g += 2 {
				if m[g] < 0 || (keep != nil && keep(s[m[g]:m[g+1]])) {
					continue
				}
				if re == yesShapeWorkTiming && yesShapeMoneyLater.MatchString(sentenceRest(s, m[g+1])) {
					continue // "…, dan valt het in het nieuwe boekjaar": the spending put off
				}
				if re == yesShapeEarlier && yesShapeNow.MatchString(sentenceRest(s, m[g+1])) {
					// "De vorige keer had Piet het goedgekeurd, nu moet hij …": now after it.
					continue
				}
				b = spaceOut(b, s, m[g], m[g+1])
			}
		}
	}
	blank(yesShapeHope, func(m string) bool {
		// "en als Piet het ook goed vindt nog beter": somebody else's say is no hope only.
		f := yfApostrophe.Replace(fold(m))
		return yfDecision.MatchString(f) || yfVetoDecision.MatchString(f)
	})
	blank(yesShapeConcession, yesShapeConcessionUnsafe.MatchString)
	blank(yesShapeEarlier, func(m string) bool {
		// "Vorige keer gaf de leverancier alleen de kleine": a part or a condition then
		// may be one now.
		// Somebody else's decision then ("De vorige keer had Piet het goedgekeurd") may be
		// one that is needed now.
		f := yfApostrophe.Replace(fold(m))
		return yesShapeEarlierNow.MatchString(m) || yfCap.MatchString(f) || yfCondition.MatchString(f) ||
			(yfDecision.MatchString(f) && !yesShapeFirstPerson.MatchString(f))
	})
	blank(yesShapeWorkTiming, nil)
	blank(yesShapeProcedure, nil)
	blank(yesShapeLookInto, nil)
	blank(yesShapeGrumbleNeed, yesShapeNeedUnsafe.MatchString)
	blank(yesShapeAssumeTiming, yesShapeAssumeUnsafe.MatchString)
	blank(yesShapeInfoLater, yesShapeInfoUnsafe.MatchString)
	b = []byte(blankPracticalShapes(blankRoutingNot(string(b))))
	blank(yesShapeHighTime, func(m string) bool { return yesShapeHighTimeUnsafe.MatchString(yfApostrophe.Replace(fold(m))) })
	blank(yesShapeResolved, func(m string) bool {
		f := yfApostrophe.Replace(fold(m))
		return !yesShapeRhetorical.MatchString(f) || yesShapeRhetoricalUnsafe.MatchString(f) || len(strings.Fields(f)) > 25
	})
	return blankAsideParagraphs(blankNegatedReasons(string(b)))
}

// Where the paperwork goes, with the addressee or route not to use: "Invoice to the usual
// address please (the foundation, not the school)", "stuur de factuur wel apart naar de
// penningmeester en niet mee op de verzamelfactuur", "Could you make sure the invoice goes to
// finance@ and not to me?". The negation follows a word of paperwork (factuur, rekening, bon,
// invoice, bill, receipt, quote) in its sentence and opens its own part ("en niet", "and
// not", ", not"); it picks a route by a preposition ("niet naar/aan/op/bij/via …", "not to
// …") or, after a word of routing ("naar", "to", "address", "t.a.v."), a named addressee
// ("not the school": a word of
// addressee, no "maar"/"but" between). What it names holds no share, number, time, condition or decision, and
// an addressee named by article is no paperwork itself: "Approved, but not the second
// invoice", "Akkoord, maar niet de hele factuur" and "de factuur mag niet hoger zijn dan …"
// stay.
var (
	yesShapeRoutingNot  = regexp.MustCompile(`(?i)(?:[^\p{L}](?:en|and|maar|but)\s+|[,(]\s*)((?:(?:dus|dan|wel|please|graag)\s+)?(?:niet|not)\s+(?:((?:mee\s+)?(?:naar|aan|op|bij|via|to|at|into|onto|on))|(?:de|het|the|mijn|my|ons|onze|our))\s+[^,;:.!?()\n]{1,60})`)
	yesShapePaperwork   = regexp.MustCompile(`(?i)(?:^|[^\p{L}])\p{L}*(?:factu\p{L}*|rekening\p{L}*|bonnetje\p{L}*|kassabon\p{L}*|invoic\p{L}*|receipt\p{L}*|offerte\p{L}*)(?:[^\p{L}]|$)|(?:^|[^\p{L}])(?:bon|bonnen|bill|bills|quote|quotes)(?:[^\p{L}]|$)`)
	yesShapeRoutingWord = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:naar|aan|t\.?\s?a\.?\s?v\.?|to|adres\p{L}*|address\p{L}*|addressed|op\s+naam|in\s+the\s+name)(?:[^\p{L}]|$)`)
	// Who or where paperwork goes to, named by article after "not": "not the school".
	yesShapeAddressee        = regexp.MustCompile(`(?i)(?:niet|not)\s+(?:de|het|the|mijn|my|ons|onze|our)\s+(?:\p{L}+\s+)?(?:school|stichting|foundation|club|vereniging|society|penningmeester|treasurer|secretariaat|secretary|secretariat|office|kantoor|administratie|administration|finance|financien|boekhouding|accounts|gemeente|council|ouderraad|bestuur|board|afdeling|department|adres|address|kerk|church|parochie|parish|bedrijf|company|hoofdkantoor|head\s+office|inbox|mailbox|postbus|privéadres|priveadres|home\s+address|naam|name)\s*$`)
	yesShapeRoutingBut       = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:maar|but)(?:[^\p{L}]|$)`)
	yesShapeRoutingNotUnsafe = regexp.MustCompile(`(?i)[\d€$£%]|(?:^|[^\p{L}])(?:hele|gehele|volledige|totale|helft|deel|gedeelte|rest|whole|full|entire|total|half|part|all|alle|eerste|tweede|derde|laatste|andere|first|second|third|last|other|extra|meer|more|voor|for|als|if|tenzij|unless|mits|alleen|only|behalve|except|zonder|without|akkoord|approv\p{L}*|goedkeur\p{L}*|goedgekeurd|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|vandaag|morgen|today|tomorrow|week|weekend|maand|month|jaar|year|uur|hour|before|after|na|until|tot|bedrag|amount|hoger|higher|meer|more|boven|above|kosten|cost\p{L}*|prijs|price)(?:[^\p{L}]|$)`)
)

// blankRoutingNot returns text with the negated addressee or route of its paperwork
// instructions (yesShapeRoutingNot) replaced by spaces: the same length, every offset stays.
func blankRoutingNot(text string) string {
	var b []byte
	for _, m := range yesShapeRoutingNot.FindAllStringSubmatchIndex(text, -1) {
		from := max(strings.LastIndexAny(text[:m[2]], ".!?\n")+1, 0)
		before, named := text[from:m[2]], text[m[2]:m[3]]
		p := yesShapePaperwork.FindStringIndex(before)
		if p == nil || yesShapeRoutingNotUnsafe.MatchString(named) {
			continue
		}
		if m[4] < 0 && (!yesShapeRoutingWord.MatchString(before[p[1]-1:]) || yesShapePaperwork.MatchString(named) ||
			!yesShapeAddressee.MatchString(named) || yesShapeRoutingBut.MatchString(before[p[1]-1:])) {
			// "Approved, but not the second invoice": no route named before it; "factuur op
			// naam van de stichting, maar niet de kasten": a thing, not an addressee.
			continue
		}
		b = spaceOut(b, text, m[2], m[3])
	}
	return spacedText(b, text)
}

// A practical instruction for carrying the work out after a clear yes:
//
//   - to be told or to agree on when it happens, beforehand or not: "wel even met de
//     concierge afstemmen wanneer ze komen", "vooraf even laten weten op welke dag de monteur
//     komt", "graag even doorgeven wanneer ze precies komen", "let me know beforehand what day
//     they come". The "wanneer"/"when" asks which day; "vooraf"/"beforehand" is when to tell;
//   - not to start before a time of day: "please make sure they don't start drilling before
//     8:30", "zorg wel dat ze niet voor half negen beginnen", with the reason that names the
//     time after it ("first lessons begin at 8:45").
//
// What is blanked holds no condition, cap, decision or step first of its own ("laat weten
// wanneer ze komen als het onder de 500 blijft" stays).
var (
	yesShapeInformWhen = regexp.MustCompile(`(?i)(?:^|[^\p{L}])((?:(?:vooraf|van\s*tevoren|tevoren|beforehand|in\s+advance)\s+)?(?:(?:even|wel|ff|graag)\s+)*(?:laten\s+weten|laat\s+(?:(?:me|mij|ons|het|u|jullie)\s+)?(?:(?:vooraf|van\s*tevoren|even|wel|ff)\s+)*weten|doorgeven|door\s+te\s+geven|geef\s+(?:(?:me|mij|ons|even|wel)\s+)*door|melden|meld\s+(?:(?:even|wel)\s+)*|aangeven|laten\s+horen|afstemmen|stem\s+(?:(?:even|wel)\s+)*af\s+met\s+(?:\p{L}+\s+){1,3}|let\s+(?:me|us|him|her|them|the\s+\p{L}+)\s+know|tell\s+(?:me|us|him|her|them|the\s+\p{L}+)|coordinate\s+with\s+(?:\p{L}+\s+){1,3}|check\s+with\s+(?:\p{L}+\s+){1,3}what\s+time|check\s+with\s+(?:\p{L}+\s+){1,3}when)(?:\s+(?:vooraf|van\s*tevoren|beforehand|in\s+advance))?\s+(?:wanneer|op\s+welke\s+dag|welke\s+dag|hoe\s+laat|om\s+hoe\s+laat|what\s+day|which\s+day|what\s+time|when)\s[^,;.!?()\n]{1,60}?)(?:\s+(?:want|omdat|dan|zodat|because|as|so)\s|\s*[,;.!?()\n]|$)`)
	yesShapeStartTime  = regexp.MustCompile(`(?i)(?:^|[^\p{L}])((?:(?:please|graag|wel)\s+)?(?:make\s+sure|ensure|see\s+to\s+it|zorg\s+(?:(?:wel|even|er|ervoor)\s+)*)\s*(?:that\s+|dat\s+)?(?:they|he|she|the\s+\p{L}+|ze|hij|zij|de\s+\p{L}+)\s+(?:(?:don['’]?t|do\s+not|doesn['’]?t|does\s+not|won['’]?t)\s+(?:start|begin|arrive|come|turn\s+up)(?:\s+\p{L}+ing)?\s+(?:before|until)|(?:niet|pas)\s+(?:voor|vóór|na)\s)\s*(?:\d{1,2}(?:[:.]\d\d)?\s*(?:uur|u|h|am|pm|o['’]?clock)?|half\s+\p{L}+|\p{L}+\s+uur)(?:\s+(?:beginnen|starten|komen|aankomen|binnenkomen))?(?:\s*[,;\-–—]\s*(?:(?:want|omdat|because|as|since)\s+)?[^,;.!?\n]{1,50}?(?:at|om|from|vanaf)\s+\d{1,2}(?:[:.]\d\d)?\s*(?:uur|u|h|am|pm)?)?)(?:[^\p{L}\d]|$)`)
	// The writer away, the practical arrangement (a time, a key, access) handed to a
	// colleague: "maar ik ben er volgende week niet, dus spreek de tijd maar af met Martha",
	// "I'm away next week, so please arrange the time with Martha". Only the arrangement is
	// handed on, not the decision ("dus laat Martha maar beslissen", "spreek het maar af met
	// Martha" stay).
	yesShapeAwayArrange     = regexp.MustCompile(`(?i)(?:^|[^\p{L}])((?:(?:maar|but|en|and)\s+)?(?:ik\s+ben\s+er\s+(?:\p{L}+\s+){0,3}?niet(?:\s+\p{L}+){0,2}?|i['’]?m\s+(?:away|not\s+around|not\s+in|not\s+here|out|off)(?:\s+\p{L}+){0,3}?|i\s+am\s+(?:away|not\s+around|not\s+in|not\s+here|out|off)(?:\s+\p{L}+){0,3}?)\s*,?\s*(?:(?:dus|so)\s+)?(?:(?:please|graag)\s+)?(?:spreek|regel|stem|arrange|sort\s+out|agree|fix|organi[sz]e|coordinate)\s+(?:de|het|the)\s+(?:\p{L}*(?:tijd|tijdstip|datum|dag|afspraak|sleutel\p{L}*|toegang|overdracht|planning)|time|date|day|key|keys|key\s+handover|handover|access|appointment)\s+(?:(?:maar|even|wel|verder)\s+)*(?:af\s+)?(?:met|with)\s+\p{L}+)`)
	yesShapePracticalUnsafe = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:als|if|indien|mits|provided|tenzij|unless|alleen|only|eerst|pas\s+als|akkoord|approv\p{L}*|goedkeur\p{L}*|budget|euro|eur|bedrag|amount|price|prijs|kost\p{L}*|cost\p{L}*|of\s+het|whether)(?:[^\p{L}]|$)|[€$£%]`)
)

// blankPracticalShapes returns text with the practical instructions above replaced by
// spaces (the same length).
func blankPracticalShapes(text string) string {
	var b []byte
	for _, re := range []*regexp.Regexp{yesShapeInformWhen, yesShapeStartTime, yesShapeAwayArrange} {
		for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
			if yesShapePracticalUnsafe.MatchString(text[m[2]:m[3]]) {
				continue
			}
			b = spaceOut(b, text, m[2], m[3])
		}
	}
	return spacedText(b, text)
}

// spaceOut replaces bytes from..to of text with spaces in b, a copy of text made on the
// first call (b nil); the length stays, so offsets into text hold in the result.
func spaceOut(b []byte, text string, from, to int) []byte {
	if b == nil {
		b = []byte(text)
	}
	for i := from; i < to; i++ {
		b[i] = ' '
	}
	return b
}

// spacedText is b as text, or text itself when spaceOut never ran.
func spacedText(b []byte, text string) string {
	if b == nil {
		return text
	}
	return string(b)
}

// Relief that it is finally done, a grumble about the past: "Het werd ook eens tijd dat daar
// iets aan gebeurde", "Hoog tijd dat dit gebeurt", "About time too". It holds no condition,
// cut, step first or other plan ("Het werd tijd dat we eerst een tweede offerte vragen"
// stays).
var (
	yesShapeHighTime       = regexp.MustCompile(`(?i)(?:^|[^\p{L}])((?:het\s+)?(?:werd|wordt|is|was)\s+(?:\p{L}+\s+){0,3}?(?:hoog\s+)?tijd(?:\s+ook)?(?:\s+dat\s+[^.!?;\n]{1,80})?|hoog\s+tijd(?:\s+ook)?(?:\s+dat\s+[^.!?;\n]{1,80})?|(?:it['’]?s\s+|it\s+is\s+|it\s+was\s+)?(?:about|high)\s+time(?:\s+too)?(?:\s+(?:that|something|someone|we|they)\s+[^.!?;,\n]{1,80})?)(?:[.!?;,\n]|$)`)
	yesShapeHighTimeUnsafe = regexp.MustCompile(`\b(?:als|if|indien|mits|tenzij|unless|alleen|only|eerst|first|niet|not|geen|no|nog|yet|wacht\w*|wait\w*|ander\w*|other|instead|liever|rather|offerte\w*|quote\w*|goedko\w*|cheap\w*|akkoord|approv\w*|goedkeur\w*|beslis\w*|decide\w*|later|volgend\w*|next|na|after|voor|before)\b|[\d€$£%]`)
)

// A sentence opened by next time that says nothing of now (nextTimeHead): "Volgende keer
// graag eerst even overleggen voordat het via dit systeem komt.", "Next time please check
// with me first." Its "eerst"/"voordat"/"first" is a step for next time, not one first now;
// a deferral the analysis read in such a sentence only is read again by yesFirst.
// nextTimeWishSentence reports that text holds such a sentence after its first.
func nextTimeWishSentence(text string) bool {
	if len(text) > maxAnalyzedText {
		return false
	}
	for i, s := range guardSentenceEnd.Split(text, -1) {
		if i > 0 && nextTimeHead(s) {
			return true
		}
	}
	return false
}
