package mail

import (
	"regexp"
	"strings"
	"unicode"
)

// A second, independent look at every approval before it counts. The analysis above reads
// the decision phrase and its own clause; these rules look at the sentence around it and at
// what comes before it, and turn an approval into no decision when a careful human would
// not read it as an unconditional yes. They only ever take an approval away: a missed
// approval costs a clarification mail, a wrong one costs money.
var (
	// A question before the approval: "Klopt het bedrag? Dan akkoord.",
	// "Wie heeft dit aangevraagd? Mijn akkoord hangt af van …".
	guardQuestionBefore = regexp.MustCompile(`\?`)

	// An approval of part of the request: "akkoord voor de koffie, niet voor de lunch",
	// "approved for the coffee, not for the lunch", "akkoord, behalve de lunch",
	// "alleen voor de koffie".
	guardPartial = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:niet|not|geen|no|behalve|except|excluding|exclusief|zonder|without)\s+(?:voor|for|de|het|het|the|op|aan|met|bij|over|die|dat|deze|dit|those|that|these|this)(?:[^\p{L}]|$)|,\s*(?:en\s+|maar\s+)?niet\s+van\s+(?:de|het|die|dat|deze|dit)\s|(?:^|[^\p{L}])(?:alleen|enkel|uitsluitend|only|just)\s+(?:voor|for|de|het|the|dat|die|deze|dit|that|this|the)(?:[^\p{L}]|$)`)

	// A dependency or a "not before": "mijn akkoord hangt af van …", "depends on",
	// "akkoord kan pas na de begrotingswijziging", "only after", "not until".
	// A cap on the amount: "akkoord tot € 1.000", "approved up to 500 euro", "maximaal",
	// "niet meer dan".
	guardCapped = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:tot|up\s+to|upto|maximaal|maximum|max\.?|hooguit|hoogstens|niet\s+meer\s+dan|no\s+more\s+than|not\s+more\s+than|at\s+most|binnen\s+(?:een|het)\s+budget\s+van)\s*(?:€|eur|euro|\d)`)

	// Someone else still has to agree: "akkoord van mij, maar Piet moet ook nog tekenen",
	// "approved, but finance also needs to sign".
	guardOthersToo = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:maar|but|alleen|however)\b.{0,40}(?:\b(?:moet|moeten|dient|dienen|needs?|must|has\s+to|have\s+to|should)\b.{0,20}\b(?:ook|also|too|nog|still|eerst|first)|\b(?:ook|also|nog|still)\b.{0,20}\b(?:moet|moeten|dient|dienen|needs?|must|has\s+to|have\s+to|should))(?:[^\p{L}]|$)`)

	// An approval of a share: "akkoord voor de helft van het bedrag", "approved for part of
	// it", "voor 50%".
	guardShare = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:voor|for|met|with)\s+(?:de\s+|het\s+|the\s+|een\s+|a\s+)?(?:helft|half|deel|gedeelte|part|portion|\d+\s*%|\d+\s*procent|percent)`)

	// Taken back or put off after it: "Akkoord. Oh wacht, … ik kom erop terug",
	// "bij nader inzien", "approved — wait, let me check".
	guardRetracted = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:(?:oh\s+)?wacht(?:\s+even|\s+eens)?|kom\s+(?:er\s*op|hierop|daarop|erop)\s+terug|bij\s+nader\s+inzien|toch\s+niet|trek\s+(?:ik|mijn\s+akkoord)|even\s+checken|eerst\s+(?:nog\s+)?(?:checken|navragen|overleggen|uitzoeken)|on\s+second\s+thought|hold\s+on|wait|get\s+back\s+to\s+you|let\s+me\s+check|scratch\s+that|ben\s+ik\s+(?:toch\s+)?om|ik\s+ben\s+(?:toch\s+)?om|changed\s+my\s+mind|van\s+gedachten\s+veranderd|heb\s+me\s+bedacht|of\s+toch|valt\s+het\s+(?:toch\s+)?mee)(?:[^\p{L}]|$)`)

	// A question after the approval keeps it only when it is a practical request asked
	// politely ("Wil je wel zorgen dat …?", "Kun je … doorgeven?", "Could you make sure …?")
	// and nothing in it doubts or limits the approval: "Kan het goedkoper?", "Is dit wel
	// nodig?", "Kun je eerst een offerte sturen?", "Klopt het dat …?".
	guardPoliteRequest = regexp.MustCompile(`^(?:(?:en|o|oh|ps|and|also|ook|verder|nog)\s+)?(?:wil|wilt|kun|kunt|kan|zou|zoudt|could|can|would|will)\s+(?:je|jij|u|jullie|you)\b`)
	guardDoubt         = regexp.MustCompile(`\b(?:goedkoper|cheaper|duur|duurder|expensive|nodig|noodzakelijk|necessary|needed|need|eerst|first|voordat|vooraf|alvorens|before|alleen|enkel|only|pas|als|mits|indien|tenzij|if|unless|provided|waarom|why|klopt|correct|echt|really|niet|geen|not|no|nog|still|yet|bellen|call|overleggen|overleg|bespreken|discuss|toelichten|toelichting|uitleggen|uitleg|explain|justify|onderbouwen|onderbouwing|offerte|quote|alternatief|alternative|andere|other|minder|less|bedrag|amount|wachten|wacht|wait|checken|check|controleren|verify|nagaan|navragen|uitzoeken|akkoord|approve|approved|approval|goedkeuring|beslissen|beslis|beslist|besluiten|decide|decides|beslissing|decision|oordelen|beoordelen|mening|opinion|vind|vindt|think)\b`)

	// A polite request to be told when something happens: "Laat je het wel weten als …?",
	// "Can you let me know if …?". The part up to "weten"/"know" holds no doubt; the
	// trigger after "als"/"if" holds no second clause or decision.
	guardInformRequest = regexp.MustCompile(`^(?:(?:en|o|oh|ps|and|also|ook|verder|nog)\s+)?(?:(?:laat|wil|wilt|kun|kunt|kan|zou|could|can|would|will)\s+(?:je|jij|u|you)|laten\s+jullie|(?:wil|willen|kunnen)\s+jullie)(?:\s+\p{L}+){0,4}?\s+(?:weten|know|doorgeven|door\s+geven|pass\s+it\s+on)`)
	guardInformWhen    = regexp.MustCompile(`^(?:als|wanneer|zodra|if|when|once)\b`)
	guardInformTrigger = regexp.MustCompile(`[,;:]|\b(?:dan|then|akkoord|goedkeur\p{L}*|goedgekeurd|approv\p{L}*|niet|not|geen|no|eerst|first)\b`)

	guardDependent = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:hangt|hangen|afhangen|depends?|depending|dependent|contingent|subject)\s+(?:\p{L}+\s+){0,2}(?:af|on|upon|to)(?:[^\p{L}]|$)|(?:^|[^\p{L}])pas\s+(?:na|als|wanneer|zodra|nadat|bij|in|op|vanaf|per)(?:[^\p{L}]|$)|(?:^|[^\p{L}])(?:once|nadat|zodra|after\s+(?:the|i|we|you|it|that|this|receiving|seeing|checking|getting|de|het))[^\p{L}]|(?:^|[^\p{L}])(?:not\s+until|only\s+(?:after|once|when|if)|na\s+goedkeuring|after\s+approval|kan\s+pas|eerst\s+na)(?:[^\p{L}]|$)`)
)

var (
	// An approval someone else gave: "Dit is al goedgekeurd door Piet", "Approved by the
	// board last week".
	guardReported = regexp.MustCompile(`(?:(?i:akkoord|approval|goedkeuring|toestemming|fiat)\s+(?i:van|from)\s+(?:(?i:haar|hem|hun|her|him|them|zijn|his|their)(?:[^\p{L}]|$)|(?i:de|het|the)\s|\p{Lu}))|(?i:goedgekeurd|approved|akkoord|signed\s+off|authori[sz]ed|toestemming|goedkeuring|gefiatteerd|verleend|gegeven|granted|given)\s+(?:\p{L}+\s+){0,2}?(?i:door|by)\s+(?:(?i:de|het|the|een|a|onze|our|mijn|my|his|her|zijn|haar|their|hun)\s|\p{Lu})`)

	// An approval still to come: "Mijn akkoord volgt na overleg", "approval will follow".
	guardFollows = regexp.MustCompile(`(?i)(?:akkoord|goedkeuring|toestemming|fiat|approval|sign[\s-]?off|consent|bevestiging|confirmation|beslissing|besluit|decision)\s+(?:\p{L}+\s+)?(?:volgt|volgen|komt|follows|will\s+follow|to\s+follow|is\s+coming|comes)(?:[^\p{L}]|$)`)

	// Doubt anywhere in the reply: "… Ik twijfel nog.", "not sure about this".
	guardDoubtAnywhere = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:twijfel|twijfels|twijfelachtig|doubt|doubts|unsure|niet\s+zeker|not\s+sure|weet\s+(?:het|ik)\s+(?:(?:eigenlijk|echt|toch|ook|nog|gewoon|zelf)\s+){0,2}niet|weet\s+niet\s+(?:of|zeker)|don'?t\s+know|geen\s+idee|no\s+idea)(?:[^\p{L}]|$)`)

	// A refusal of part, with a yes to the rest: "niet akkoord met het bedrag, wel met de
	// helft", "I can't approve the full amount, but half is fine".
	guardPartYes = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:wel\s+(?:met|voor|akkoord|mee|de|het|op)|(?:maar|but|however)\b[^.!?\n]{0,30}\b(?:de\s+helft|half|een\s+deel|part\s+of|gedeelte))(?:[^\p{L}]|$)`)
)

// After a refusal, what "we" will do instead is no part approved: "Afgekeurd. Veel te duur,
// we huren de klok wel voor de twee wedstrijden per jaar." The "wel" follows a verb with
// "we" as subject in its clause, and nothing in the clause approves.
// In the refusal's own sentence too: "Niet akkoord, we doen het zelf wel met een paar
// vrijwilligers op zaterdag."
var guardWeInstead = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:we|wij)\s+(?:huren|lenen|regelen|gebruiken|maken|kopen|houden|lossen|doen|klussen|knappen|schilderen|repareren|fixen|organiseren|pakken|redden|nemen)(?:\s+\p{L}+){0,3}\s+wel\s+(?:voor|met|op)(?:[^\p{L}]|$)`)

// guardWeInsteadOf returns s without what "we" do instead (guardWeInstead), unless it takes a
// part of the request ("we doen het wel met de helft").
func guardWeInsteadOf(s string) string {
	loc := guardWeInstead.FindStringIndex(s)
	if loc == nil || guardWeInsteadPart.MatchString(s[loc[0]:]) {
		return s
	}
	return guardWeInstead.ReplaceAllString(s, " ")
}

var guardWeInsteadPart = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:helft|half|deel|gedeelte|part|akkoord|goedkeur\p{L}*|goedgekeurd)(?:[^\p{L}]|$)`)

// Someone else (or the writer, later) still has to decide, anywhere in the reply: "Akkoord,
// Piet moet het nog goedkeuren", "Prima. De wethouder moet ook nog tekenen", "Finance still
// needs to sign off". A sentence holds a word of obligation, one of "still/also" and one
// of deciding.
var (
	guardStillMust   = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:moet|moeten|dient|dienen|needs?|must|has\s+to|have\s+to|zal|zullen|will)(?:[^\p{L}]|$)`)
	guardStillWord   = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:nog|ook|still|also|too|eerst|first)(?:[^\p{L}]|$)`)
	guardStillDecide = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:goedkeuren|goedkeuring|tekenen|aftekenen|ondertekenen|akkoord|fiat|fiatteren|instemmen|beslissen|approve|approval|sign|sign\s+off|decide|toestemming|permission)(?:[^\p{L}]|$)`)
)

// The decision left to someone else: "Akkoord. Maar Piet beslist.", "maar het is aan de
// wethouder", "de beslissing ligt bij Piet", "but it's Finance's call", "Jan has the final
// say". "beslist" counts as the verb only before the end of its clause or "over/erover/…"
// ("dit moet beslist gebeuren" is the adverb).
var guardOtherDecides = regexp.MustCompile(`(?:(?i:beslist|besluit)(?:\s+(?i:er|hier|daar)?(?i:over|uiteindelijk|zelf))?\s*(?:[.,;:!?\n]|$)|(?i:beslissing|besluit|keuze|decision|call|say)\s+(?i:ligt|is|lies|rests)\s+(?i:bij|aan|with)\s|(?i:het|dat|dit)\s+(?i:is|ligt)\s+(?i:aan|bij)\s+(?:\p{Lu}|(?i:de|het|jou|u|hem|haar|hen|jullie)\s)|(?i:it'?s|its|that'?s|is)\s+(?:\p{Lu}\p{L}*'s|(?i:your|his|her|their|the\s+\p{L}+'s))\s+(?i:call|decision)|(?i:has|have|gets?)\s+(?i:the\s+)?(?i:final|last)\s+(?i:say|word|call)|(?i:heeft|hebben)\s+(?i:het\s+)?(?i:laatste)\s+(?i:woord)|\s(?i:decides|will\s+decide|gets\s+to\s+decide)(?:[^\p{L}]|$))`)

// stillToDecide reports a sentence of text that leaves the decision to someone else or to
// later (see guardStillMust).
func stillToDecide(text string) bool {
	for _, s := range guardSentenceEnd.Split(text, -1) {
		if guardStillMust.MatchString(s) && guardStillWord.MatchString(s) && guardStillDecide.MatchString(s) {
			return true
		}
	}
	return false
}

// Freedom of timing is no condition: "Laat ze maar beginnen zodra het ze uitkomt", "als
// het u schikt". It closes its clause: "zodra het uitkomt dat …" is something else.
var guardTimingFreedom = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:zodra|wanneer|als)\s+het\s+(?:(?:ze|je|jou|jij|jullie|u|hen|hun|hem|haar)\s+)?(?:uitkomt|schikt)(?:\s*(?:[.!,;\n]|$))`)

// A change of mind after a refusal: "Niet akkoord. Na het gesprek met Piet ben ik om."
var guardChangedMind = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:ben\s+ik\s+(?:toch\s+)?om|ik\s+ben\s+(?:toch\s+)?om|changed\s+my\s+mind|van\s+gedachten\s+veranderd|heb\s+me\s+bedacht|of\s+toch|bij\s+nader\s+inzien|on\s+second\s+thoughts?|scratch\s+that|valt\s+het\s+(?:toch\s+)?mee)(?:[^\p{L}]|$)`)

// A negation right after the phrase in its clause: "akkoord … komt niet", "approved … not".
var guardNegatedAfter = regexp.MustCompile(`(?i)^(?:\s+\p{L}+){0,5}?\s+(?:niet|not|never|nooit|geen)(?:[^\p{L}]|$)`)

// guardRefusal returns why a refusal read from text is not one, or "": a yes to part of the
// request in the same sentence or the next.
func guardRefusal(text string, p, end int) string {
	if p < 0 || p > end || end > len(text) {
		return ""
	}
	from, to := sentenceAround(text, p, end)
	next := text[to:]
	if i := strings.IndexAny(next, ".!?\n"); i >= 0 && i+1 < len(next) {
		if j := strings.IndexAny(next[i+1:], ".!?\n"); j >= 0 {
			next = next[:i+1+j]
		}
	}
	if guardPartYes.MatchString(guardWeInsteadOf(text[from:to])) || (guardPartYes.MatchString(next) && !guardWeInstead.MatchString(next)) {
		return AmbiguousMixed
	}
	if guardChangedMind.MatchString(text[end:]) {
		return AmbiguousDeferred
	}
	// "Dus nee, geen probleem.": a bare no to "any objection?".
	if w := strings.TrimSpace(fold(text[p:end])); (w == "nee" || w == "no") && guardNoObjection.MatchString(fold(text[end:])) {
		return AmbiguousUnclear
	}
	// "Niet akkoord dus. Of misschien toch wel, ik twijfel.": doubt after the refusal, as
	// openingRefusal reads it (refusalDoubt).
	if after := strings.Join(strings.Fields(yfApostrophe.Replace(fold(text[end:]))), " "); refusalDoubt.MatchString(after) || guardTakenBack.MatchString(after) {
		return AmbiguousHedged
	}
	// "Dat moet ik nog even checken. Voor nu: niet akkoord.", "Dus niet akkoord 🤔": still
	// to be checked before it, or a thinking face after it.
	if before := strings.Join(strings.Fields(yfApostrophe.Replace(fold(text[:p]))), " "); concludedStillChecking.MatchString(before) ||
		strings.Contains(text[end:min(len(text), end+16)], "🤔") {
		return AmbiguousDeferred
	}
	// "Niet akkoord. Tenzij het goedkoper kan.", "Rejected. It's your call in the end.":
	// a condition on the refusal or the decision left to someone else after it.
	if after := strings.Join(strings.Fields(yfApostrophe.Replace(fold(text[end:]))), " "); refusalUnlessLater.MatchString(after) {
		return AmbiguousConditional
	} else if refusalLeftToOther.MatchString(after) {
		return AmbiguousRequest
	} else if refusalOtherWel.MatchString(after) {
		return AmbiguousMixed // "Niet akkoord gegeven, Piet wel."
	}
	return ""
}

// What a bare no to "any objection?" goes on with: "Nee, geen probleem", "No worries, go
// ahead", "Nee hoor, prima".
var guardNoObjection = regexp.MustCompile(`^\s*[,.!:;\-–—]*\s*(?:(?:joh|hoor)\s*[,.!]*\s*)*(?:geen\s+(?:probleem|bezwaar|punt|enkel\s+probleem)|no\s+(?:problem|worries|objection)|prima|fine|ga\s+(?:je|uw)\s+gang|go\s+ahead|hoor)\b`)

// A refusal taken back as a question or a maybe, or turned round: "Of toch wel?", "Of
// misschien toch wel", "Or maybe yes after all", "… besloten dat het toch door kan gaan".
var guardTakenBack = regexp.MustCompile(`(?:^|[.!?,;]\s*)(?:of|or)\s+(?:(?:misschien|maybe|perhaps|eigenlijk|actually)\s+)?(?:toch\s+wel|toch|wel|yes|after\s+all)\b|\b(?:yes|fine|ok|okay|approved|go\s+ahead)\s+after\s+all\b|\btoch\s+(?:door\s+(?:kan|kunnen|gaat|gaan|mag|mogen)|doorgaan|akkoord|ok|oke|te\s+doen\s*(?:[.!]|$))`)

// guardApproval returns why an approval read from text is not one, or "". The approval
// phrase is text[p:end], as the analysis found it.
func guardApproval(text string, p, end int) string {
	return guardApprovalWith(text, p, end, false)
}

// guardApprovalWith is guardApproval; for an approval read by yesFirst the questions after
// it were read there (a question about the request keeps it from being one) and are not
// read again here.
func guardApprovalWith(text string, p, end int, yesFirstRead bool) string {
	if p < 0 || p > end || end > len(text) {
		return ""
	}
	if guardQuestionBefore.MatchString(text[:p]) {
		return AmbiguousQuestion
	}
	// "… de factuur naar de penningmeester en niet naar het secretariaat": the route not to
	// use cuts nothing (reply_yesshape.go).
	text = blankPracticalShapes(blankRoutingNot(text))
	from, to := sentenceAround(text, p, end)
	sentence := withoutPlaceNot(withoutBookingNot(guardTimingFreedom.ReplaceAllString(text[from:to], " ")))
	after := text[end:to]
	if yesFirstRead {
		// A reminder ("vergeet niet de bon in te leveren") and the account not to use ("…
		// en niet op jouw naam") cut nothing after a yes read by yesFirst.
		sentence = guardForget.ReplaceAllString(sentence, " ")
		if f := strings.TrimSpace(yfApostrophe.Replace(fold(sentence))); yfLeaveWithout.MatchString(f) {
			sentence = yfWithoutLeaveWithout(f) // "we kunnen ze niet de hele winter zonder warm water laten"
		}
		after = guardForget.ReplaceAllString(withoutBookingNot(after), " ")
	}
	// The sentence after it may limit it too: "Akkoord tot € 1.000. Voor het volledige
	// bedrag niet."
	next := nextSentence(text, to)
	if guardVariantChoice.MatchString(next) {
		// "Approved. Order the 8-way one, not the 6-way.": a choice, no limit; the sentence
		// after it is read as the next one.
		rest := strings.TrimLeft(text[to+len(next):], ".!?\n \t")
		if i := strings.IndexAny(rest, ".!?\n"); i >= 0 {
			rest = rest[:i]
		}
		next = ". " + rest
	}
	next = withoutPlaceNot(withoutBookingNotAfter(guardTimingFreedom.ReplaceAllString(next, " "), text[from:to]))
	if noHoldText(next) && withoutNoHold(text[to:]) != text[to:] {
		next = "" // "Wel even checken …, maar daar niet op wachten.": nothing held up
	}
	cutNext := next // what is read for a part left out
	if yesFirstRead {
		// "Zorg wel dat de sleutels via het bestuur worden uitgedeeld en niet bij de kantine
		// neergelegd": how to carry it out, the place not to use cuts nothing. A wish for
		// next time ("Maar volgend jaar graag eerder aanvragen ipv …") cuts nothing now.
		cutNext = withoutInstructionPlaceNot(next)
		if yfLaterWish(strings.Join(strings.Fields(fold(next)), " ")) && !yfNow.MatchString(fold(next)) {
			cutNext = ""
		}
	}
	if guardOtherwiseNot.MatchString(text[end:]) {
		return AmbiguousConditional // "Akkoord. Neem je de bon mee? Anders niet."
	}
	if guardRetracted.MatchString(withoutNoHold(text[p:])) || guardFollows.MatchString(text[p:]) || firstStepAfter(withoutNoHold(text[end:])) {
		return AmbiguousDeferred
	}
	if guardReported.MatchString(text[p:to]) {
		return AmbiguousNotAtStart
	}
	if why := relayedSentence(text[from:to]); why != "" {
		return why // "Akkoord volgens Piet.", "Akkoord, zegt Jan." (reply_relayed.go)
	}
	if guardNegatedAfter.MatchString(text[end:to]) {
		return AmbiguousNegated // "Akkoord van haar kant komt niet"
	}
	if guardDoubtAnywhere.MatchString(text) || guardNotNeeded.MatchString(text[end:]) || guardNotNeededSub.MatchString(text[end:]) || guardNotFeasible.MatchString(text[end:]) {
		return AmbiguousHedged
	}
	if secondQuoteAfter(text[end:]) {
		return AmbiguousConditional // "Approved, so please get another quote."
	}
	if !yesFirstRead && !questionsAfterArePractical(withoutNoHold(text[end:])) {
		return AmbiguousQuestion
	}
	switch {
	case partialIn(sentence), shareIn(sentence), guardButNot.MatchString(after),
		exceptClauseAfter(text[end:to] + "." + cutNext), butCutAfter(after, cutNext), guardScopedBut.MatchString(text[end:to]):
		return AmbiguousMixed
	case guardInPrinciple.MatchString(sentence) && !guardNextTime.MatchString(text[p:]):
		return AmbiguousHedged
	case guardDependent.MatchString(sentence), guardCapped.MatchString(sentence), guardOthersToo.MatchString(sentence),
		stillToDecide(text[from:]), guardOtherDecides.MatchString(text[end:]):
		return AmbiguousConditional
	case guardCapped.MatchString(next) || partialIn(cutNext), laterLimit(laterRest(text[to:], yesFirstRead)), timingLimit(laterRest(text[end:], yesFirstRead)):
		return AmbiguousConditional
	}
	return ""
}

// A second quote or opinion asked for after the approval: "Approved, so please get another
// quote.", "Akkoord, maar vraag nog een offerte op", "graag een tweede offerte". Asked for
// next time ("Volgende keer graag twee offertes") it changes nothing now.
var guardSecondQuote = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:another|a\s+second|second|other|more|alternative|nog\s+een|een\s+tweede|tweede|andere|meer|extra)\s+(?:\p{L}+\s+)?(?:quote|quotes|quotation|quotations|estimate|estimates|offerte|offertes|prijsopgave\p{L}*|opinion|mening)(?:[^\p{L}]|$)`)

var (
	guardQuoteAsk   = regexp.MustCompile(`\b(?:get|ask|request|obtain|vraag|vragen|opvragen|aanvragen|graag|please|pls|haal|halen|laat|laten|would\s+be\s+good|zou\s+goed\s+zijn|wil\s+ik|i\s+want|id\s+like)\b`)
	guardQuoteNoAsk = regexp.MustCompile(`\b(?:niet|not|geen|no|never|nooit|did|hebben\s+we|have\s+we|heb\s+je|have\s+you|did\s+you|was\s+er|was\s+there)\b`)
)

// secondQuoteAfter reports a sentence of rest that asks for a second quote or opinion
// (guardSecondQuote with a word of asking, no negation, not about next time, not a question
// about what was done: "did we get a second quote this time?").
func secondQuoteAfter(rest string) bool {
	for _, s := range guardSentenceEnd.Split(withoutNoHold(rest), -1) {
		f := strings.Join(strings.Fields(yfApostrophe.Replace(fold(s))), " ")
		if guardSecondQuote.MatchString(f) && guardQuoteAsk.MatchString(f) && !guardQuoteNoAsk.MatchString(f) &&
			!(yfLaterWish(f) && !yfNow.MatchString(f)) {
			return true
		}
	}
	return false
}

// sentenceAfter returns the sentence after the one that ends at text[to] (a terminator or
// the end), with that terminator in front.
func sentenceAfter(text string, to int) string {
	next := text[min(to, len(text)):]
	if i := strings.IndexAny(next, ".!?\n"); i >= 0 && i+1 < len(next) {
		if j := strings.IndexAny(next[i+1:], ".!?\n"); j >= 0 {
			next = next[:i+1+j]
		}
	}
	return next
}

// sentenceAround returns the bounds of the sentence that holds text[p:end].
func sentenceAround(text string, p, end int) (from, to int) {
	from = strings.LastIndexAny(text[:p], ".!?\n") + 1
	to = len(text)
	if i := strings.IndexAny(text[end:], ".!?\n"); i >= 0 {
		to = end + i
	}
	return from, to
}

// questionsAfterArePractical reports whether every question in s (the text after an
// approval) is a practical request phrased as a polite question: "Wil je wel zorgen dat
// de leverancier de werkbon laat aftekenen?". A "?" inside a word or address
// ("https://x/?id=3") is no question.
func questionsAfterArePractical(s string) bool {
	s = guardAbbrevDots.ReplaceAllStringFunc(s, func(m string) string { return strings.ReplaceAll(m, ".", " ") }) // "t.a.v. de penningmeester"
	for i := 0; i < len(s); i++ {
		if s[i] != '?' {
			continue
		}
		if i+1 < len(s) && !strings.ContainsRune(" \t\n\r)\"'”’»", rune(s[i+1])) {
			continue
		}
		e := i // "wie heeft hem??": the run of question marks is one
		for e > 0 && s[e-1] == '?' {
			e--
		}
		from := max(strings.LastIndexAny(s[:e], ".!?"), strings.LastIndex(s[:e], "\n\n")) + 1
		q := strings.Join(strings.Fields(fold(s[from:e])), " ")
		q = strings.TrimLeft(q, " -–—,;:*>")
		if m := guardInformRequest.FindStringIndex(q); m != nil && guardInformWhen.MatchString(strings.TrimSpace(q[m[1]:])) {
			// "Laat je het wel weten als het onverhoopt meer gaat kosten?": what follows
			// "weten als" is when to tell, not a limit on the approval. Other questions
			// ("Kun je Bas laten weten dat …?") are read as polite requests below.
			if guardDoubt.MatchString(q[:m[1]]) || guardInformTrigger.MatchString(strings.TrimSpace(q[m[1]:])) {
				return false
			}
			continue
		}
		if from > 0 && followUpQuestion(q) {
			continue // "Akkoord. Doe je ook aangifte voor de verzekering?"
		}
		if from > 0 && ((asideQuestion(s[:i]) && asideClean(q)) || practicalRequest(q) || whereaboutsQuestion(q)) {
			continue // "One unrelated thing - has anyone …?", "Erik, wil jij de huurder even bellen?"
		}
		if fq := yfApostrophe.Replace(q); from > 0 && yfAlsoRequest(fq) && yfAlsoClean(fq) {
			continue // "Akkoord, bestel ze maar. Kun je ook navragen of …?": a request for something more
		}
		if from == 0 && strings.Contains(q, ", ") && practicalRequest(q) && !guardDoubt.MatchString(q[strings.LastIndex(q, ", "):]) {
			continue // "Ik ga akkoord met de stoelen, wil jij ze bestellen?": a request in a clause of its own
		}
		if !guardPoliteRequest.MatchString(q) || guardDoubt.MatchString(withoutRelayedMessage(q)) {
			return false
		}
	}
	return true
}

// "zonder dat onderzoek kunnen we de kade niet herstellen": a reason why it is needed, not
// a part left out.
var guardWithoutReason = regexp.MustCompile(`(?i)^(?:zonder|without)[^.;:!?\n]*\b(?:kunnen|kan|can|could|lukt|gaat|mogen|mag|may|moeten)\b[^.;:!?\n]*\b(?:niet|not|geen|no)\b`)

// A preposition that closes its clause has no object: it is the particle of "er … bij",
// "daar … over" ("Ik ben er zelf niet bij, maar Jeroen weet ervan"), it leaves nothing out.
// Not "voor"/"for": "Ik ben er niet voor" is against it.
var guardBarePrep = regexp.MustCompile(`(?i)(?:op|aan|met|bij|over)\s*(?:[,;:.!?\n()–—-]|$)`)

// A reason clause: "Snel regelen want we redden het niet met één droger" tells why, it cuts
// nothing from the approval. The clause runs from "want"/"omdat"/"because" to the negation,
// with no "maar"/"but" and no clause break between.
var guardReasonClause = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:want|omdat|aangezien|doordat|because|since)(?:[^\p{L}]|$)`)
var guardClauseBreak = regexp.MustCompile(`(?i)[,;:.!?\n()–—]|(?:^|[^\p{L}])(?:maar|but|behalve|except|alleen|only)(?:[^\p{L}]|$)`)

// partialIn reports guardPartial in s, leaving out a "zonder"/"without" that gives the
// reason the work is needed, a preposition without an object and a negation inside a reason
// clause.
func partialIn(s string) bool {
	for _, m := range guardPartial.FindAllStringIndex(s, -1) {
		rest := strings.TrimLeftFunc(s[m[0]:], func(r rune) bool { return !unicode.IsLetter(r) })
		if guardWithoutReason.MatchString(rest) {
			continue
		}
		if words := strings.Fields(rest); len(words) >= 2 && guardBarePrep.MatchString(strings.Join(words[1:], " ")) &&
			guardBarePrep.FindStringIndex(strings.Join(words[1:], " "))[0] == 0 {
			continue
		}
		if inReasonClause(s[:m[0]]) {
			continue
		}
		if guardSplitAdverb.MatchString(rest) && guardSplitAdverbHead.MatchString(clauseBefore(s[:m[0]])) &&
			!guardSplitAdverbUnsafe.MatchString(rest) {
			continue // "daar gaan we niet op bezuinigen", "ik hoef hier niet over geïnformeerd te worden"
		}
		return true
	}
	return false
}

// A pronominal adverb split from its preposition ("daar … niet op bezuinigen", "hier …
// niet over te vergaderen", "er … niet aan beginnen"): the preposition belongs to the verb
// after it and has no object of its own, so nothing is left out. Not "voor" ("daar ben ik
// niet voor te porren" is against it) and not a decision ("daar ga ik niet mee akkoord").
var (
	guardSplitAdverb       = regexp.MustCompile(`(?i)^(?:niet|geen)\s+(?:op|over|aan|mee|om|van|bij|in|uit|naar)\s+(?:te\s+)?\p{L}+(?:\s+(?:te\s+)?\p{L}+)?\s*(?:[,;:.!?\n()–—]|$)`)
	guardSplitAdverbHead   = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:daar|hier|er|waar)(?:[^\p{L}]|$)`)
	guardSplitAdverbUnsafe = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:akkoord|eens|toestemming|goedkeur\p{L}*|betalen|betaal|bestellen|beginnen|starten|uitvoeren|kopen)(?:[^\p{L}]|$)`)
)

// clauseBefore returns the clause that before ends in.
func clauseBefore(before string) string {
	if i := guardClauseBreak.FindAllStringIndex(before, -1); len(i) > 0 {
		return before[i[len(i)-1][1]:]
	}
	return before
}

// inReasonClause reports that the clause that before ends in opens with a reason word.
func inReasonClause(before string) bool {
	locs := guardReasonClause.FindAllStringIndex(before, -1)
	if len(locs) == 0 {
		return false
	}
	return !guardClauseBreak.MatchString(before[locs[len(locs)-1][1]:])
}

// A choice of variant in a sentence of its own after the approval: "Order the 8-way one,
// not the 6-way.", "Bestel de grote versie, niet de kleine." It says which one to order, not
// which part to leave out: the second half names no other thing than a variant of the first
// ("the 6-way", "the small one"). "Order the screens, not the switch" names no variant and
// stays a cut; so does anything after "maar"/"but" or a sentence that goes on.
var guardVariantChoice = regexp.MustCompile(`(?i)^[.!\s]*(?:please\s+|graag\s+)?(?:order|buy|get|take|choose|pick|go\s+for|bestel|neem|koop|kies|ga\s+voor)\s+(?:the|de|het)\s+(?:[\p{L}\p{N}-]+\s+){0,3}(?:one|model|version|type|variant|size|uitvoering|versie|maat)\s*,\s*(?:not|niet)\s+(?:the|de|het)(?:\s+[\p{L}\p{N}-]+){1,3}\s*[.!]?\s*$`)

// "voor nu"/"for now" set against next time is this time, not provisional: "Oké voor nu,
// maar volgende keer graag eerder melden."
var guardNextTime = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:volgende\s+keer|een\s+volgende\s+keer|next\s+time|in\s+(?:the\s+)?future|voortaan|from\s+now\s+on)(?:[^\p{L}]|$)`)

// An approval in principle or for the time being: "Happy for this to proceed in principle",
// "Akkoord, in principe", "approved provisionally", "Approved for now".
var guardInPrinciple = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:in\s+principe|in\s+principle|in\s+beginsel|voorlopig|voor\s+nu|for\s+now|for\s+the\s+time\s+being|provisionally|provisional|tentatively|tentative)(?:[^\p{L}]|$)`)

// An exception in a clause of its own after the approval, without "maar": "Akkoord, de
// extra switch niet", "Akkoord. De rest niet.", "Approved, not the lunch", "Akkoord voor
// lokaal 2.14. Voor 2.16 niet.".
// A part cut in a clause of its own counts the same: "Akkoord, de soep schrappen",
// "Approved, drop the soup", "Akkoord. Laat de soep weg."
var guardExceptClause = regexp.MustCompile(`(?i)^\s*(?:(?:en|and|maar|but)\s+)?(?:` +
	`(?:de|het|die|dat|deze|dit|the|that|this|those|these)\s+(?:\p{L}+\s+){0,4}(?:niet|not|schrappen|weglaten|overslaan|skippen|laten\s+(?:we\s+)?vallen|vervalt|vervallen)` +
	`|(?:niet|not)\s+(?:de|het|die|dat|deze|dit|the|that|this|those|these)(?:\s+\p{L}+){0,4}` +
	`|(?:schrap|skip|drop|omit|scrap|cut)\s+(?:de|het|die|dat|deze|dit|the|that|this|those|these)(?:\s+\p{L}+){0,4}` +
	`|(?:laat|leave)\s+(?:de|het|die|dat|deze|dit|the|that|this|those|these)(?:\s+\p{L}+){0,3}\s+(?:weg|out)` +
	`|(?:voor|for|in|op|bij|aan|met)\s+(?:\S+\s+){0,4}(?:niet|not))\s*$`)

// A dot between digits ("lokaal 2.14") ends no clause.
var guardDigitDot = regexp.MustCompile(`(\d)\.(\d)`)

var guardClauseSep = regexp.MustCompile(`[,;:.!?\n()–—-]+`)

// exceptClauseAfter reports guardExceptClause in a clause of s (the rest of the approval's
// sentence and the next sentence).
func exceptClauseAfter(s string) bool {
	for _, c := range guardClauseSep.Split(guardDigitDot.ReplaceAllString(s, "${1}_${2}"), -1) {
		if guardExceptClause.MatchString(c) {
			return true
		}
	}
	return false
}

// guardButNot finds an exception after the approval in its sentence: "De eerste twee
// accesspoints kan ik goedkeuren, maar de extra switch niet", "approved, but not the
// switch". The approval covers only part of what was asked.
// A reminder: "vergeet niet de bon in te leveren", "don't forget the receipt".
var guardForget = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:vergeet\s+(?:\p{L}+\s+)?(?:niet|geen)|niet\s+vergeten|don'?t\s+forget|do\s+not\s+forget)(?:[^\p{L}]|$)`)

var guardButNot = regexp.MustCompile(`(?i)\b(maar|but|behalve|except)\b[^.;:!?\n]*\b(niet|not|geen|no|none)\b`)

var (
	// "Approved – thanks for checking the budget first" looks back, not ahead.
	guardThanks    = regexp.MustCompile(`(?i)\b(thanks|thank|dank|bedankt|merci)\b`)
	guardFirstStep = regexp.MustCompile(`(?i)\b(eerst|first|voordat|vooraf|alvorens|beforehand|before)\b`)
	// What turns a first step into a condition on the approval: a quote, a check, someone
	// else's say, the cost ("Akkoord. Wel eerst de offerte naar mij.").
	guardFirstStepUnsafe = regexp.MustCompile(`(?i)\b(offertes?|quotes?|quotation|prijs|price|kosten|costs?|bedrag|amount|budget|begroting|check(en)?|controler(en)?|verif\w*|overleg\w*|bespre\w*|discuss\w*|akkoord|goedkeuring|approv\w*|toestemming|permission|zien|see|weten|know|bekijken|kijken|look|review\w*|nagaan|navragen|sign\w*|teken\w*|tweede|second|andere|other|schatting|estimate)\b`)
)

var guardSentenceEnd = regexp.MustCompile(`[.!?\n]+`)

// A motto that puts a value first is no step before the work: "safety first", "veiligheid
// eerst" (mottoValues).
var guardMotto = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:safety|veiligheid|health|gezondheid|security|beveiliging|people|mensen|kinderen|children|patients|pati[eë]nten|bewoners|residents|leerlingen|pupils)\s+(?:(?:comes|always)\s+)?(?:first|eerst)(?:[^\p{L}]|$)`)

// firstStepAfter reports a sentence after the approval that puts a step before the work
// that is more than practical: "Akkoord. Wel eerst de offerte naar mij." is not yet an
// approval; "Akkoord. Wel eerst de sleutel ophalen bij de conciërge." is.
// A sentence that opens with next time and says nothing of now: "Volgende keer graag vooraf
// een offerte.", "Next time please send a quote first." ("Eerst een offerte, ook volgende
// keer" opens with the step and stays one.)
var guardNextTimeHead = regexp.MustCompile(`^(?:(?:maar|en|wel|ps|but|and|oh|o|also|ook)\s+)?(?:de\s+)?(?:volgende\s+keer|next\s+time|in\s+het\s+vervolg|voortaan|in\s+(?:the\s+)?future|going\s+forward|from\s+now\s+on)\b`)

func nextTimeHead(s string) bool {
	f := strings.Join(strings.Fields(strings.Trim(yfApostrophe.Replace(fold(s)), " \t,:;-–—*>()\"")), " ")
	return guardNextTimeHead.MatchString(f) && !yfNow.MatchString(f)
}

func firstStepAfter(rest string) bool {
	for _, s := range guardSentenceEnd.Split(rest, -1) {
		s = guardMotto.ReplaceAllString(s, " ")
		if nextTimeHead(s) {
			continue // "Volgende keer graag vooraf een offerte.": a wish for next time
		}
		if guardFirstStep.MatchString(s) && guardFirstStepUnsafe.MatchString(s) && !guardThanks.MatchString(s) {
			return true
		}
	}
	return false
}

// A cut or change of scope after "maar"/"but" in the approval's sentence, or in the next
// sentence when it starts with one: "Akkoord voor de broodjes, maar de soep schrappen",
// "Approved, but drop the soup", "Akkoord. Maar alleen de koffie.", "OK, but without the
// lunch", "Akkoord, maar dan de goedkopere variant". What was approved is less than, or
// other than, what was asked. A practical remark after "maar" ("Akkoord, maar graag na
// 17:00", "Approved, but please book it for Monday") holds none of these words.
var (
	guardButCut  = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:maar|but|however|echter|though)(?:[^\p{L}.!?\n]|[^\p{L}.!?\n][^.!?\n]*?[^\p{L}])(?:` + cutWords + `)(?:[^\p{L}]|$)`)
	guardButNext = regexp.MustCompile(`(?i)^\s*(?:maar|but|however|echter)(?:[^\p{L}]|$)`)
)

// cutWords are the words that cut the scope of an approval or change it: leaving a part
// out, only a part, less, cheaper, instead.
const cutWords = `schrappen|schrap|schrapt|geschrapt|weglaten|weggelaten|laat(?:\s+\p{L}+){0,4}?\s+(?:weg|vallen|zitten)|laten(?:\s+\p{L}+){0,4}?\s+(?:weg|vallen|zitten)|` +
	`(?:kan|mag|moet|kunnen|mogen|moeten)(?:\s+\p{L}+){0,4}?\s+(?:weg|eruit|eraf|vervallen)|eruit|eraf|vervalt|vervallen|overslaan|sla(?:\s+\p{L}+){0,4}?\s+over|skippen|` +
	`alleen|enkel|uitsluitend|slechts|zonder|behalve|uitgezonderd|exclusief|minder|kleiner|goedkoper|goedkopere|goedkope|goedkoopste|halveren|helft|beperken|beperkt|inkorten|` +
	`in\s+plaats\s+van|i\.?\s?p\.?\s?v|niet|geen|nee|(?:doen|regelen|betalen|maken|verzorgen|halen|kopen)\s+(?:we|wij|ik|ze|zij)\s+(?:\p{L}+\s+)?zelf|` +
	`skip|skipping|drop|dropping|leave(?:\s+\p{L}+){0,4}?\s+out|leaving(?:\s+\p{L}+){0,4}?\s+out|omit|omitting|remove|removing|cut|cutting|scrap|scrapping|strike|` +
	`exclude|excluding|except|only|without|less|fewer|smaller|cheaper|cheap|cheapest|half|instead|rather\s+than|reduce|reduced|limit|limited|minus|not|no|none|never`

// butCutAfter reports guardButCut in rest (the approval's sentence after the phrase) or
// in next when next starts with "maar"/"but".
func butCutAfter(rest, next string) bool {
	rest, next = withoutClockHalf(rest), withoutClockHalf(next)
	if guardButCut.MatchString(rest) {
		return true
	}
	next = strings.TrimLeft(next, ".!?\n \t")
	return guardButNext.MatchString(next) && guardButCut.MatchString(next)
}

// An approval scoped to a part of the request and followed by "maar"/"but" in its
// sentence: "Akkoord voor de broodjes, maar …", "Approved for the coffee, but …". Whatever
// follows, it names what it approves and then sets something apart.
var guardScopedBut = regexp.MustCompile(`(?i)^\s*(?:[,:]\s*)?(?:\p{L}+\s+){0,2}?(?:voor|met|for|with|on)\s+(?:de|het|die|dat|deze|dit|onze|jullie|the|those|these|that|this|our|your)\s[^.!?\n]*?(?:^|[^\p{L}])(?:maar|but|however|echter)(?:[^\p{L}]|$)`)

// An instruction on how to carry the work out ("Zorg wel dat …", "Let op dat …", "Make sure
// …") may name a place not to use: "… via het bestuur worden uitgedeeld en niet bij de
// kantine neergelegd". The negated place is taken out of the instruction's clause; a cap or
// a condition in it is still read elsewhere.
var (
	guardInstruction         = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:zorg|let\s+op|pas\s+op|make\s+sure|ensure|see\s+to\s+it)(?:[^\p{L}]|$)[^,;:.!?\n]*`)
	guardInstructionPlaceNot = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:(?:en|and|maar|but)\s+)?(?:niet|not)\s+(?:bij|op|in|naar|aan|via|at|to|on|into|onto|near)\s`)
)

// withoutInstructionPlaceNot returns s with the negated places in its instruction clauses
// taken out (see guardInstruction).
func withoutInstructionPlaceNot(s string) string {
	return guardInstruction.ReplaceAllStringFunc(s, func(m string) string {
		return guardInstructionPlaceNot.ReplaceAllString(m, " ")
	})
}

// laterRest is withoutNoHold(rest); after a yes read by yesFirst its sentences that only wish
// something for next time or next year (yfLaterWish) are left out too.
func laterRest(rest string, yesFirstRead bool) string {
	rest = withoutNoHold(rest)
	if !yesFirstRead {
		return rest
	}
	var b strings.Builder
	last := 0
	for _, m := range guardLaterSplit.FindAllStringIndex(rest, -1) {
		piece := rest[last:m[0]]
		if f := strings.Join(strings.Fields(fold(piece)), " "); !(yfLaterWish(f) && !yfNow.MatchString(f)) {
			b.WriteString(piece)
		}
		b.WriteString(rest[m[0]:m[1]])
		last = m[1]
	}
	if f := strings.Join(strings.Fields(fold(rest[last:])), " "); !(yfLaterWish(f) && !yfNow.MatchString(f)) {
		b.WriteString(rest[last:])
	}
	return b.String()
}

// The request itself said to be not needed after the approval: "Akkoord. Het dak lekt niet
// meer, dus eigenlijk is het niet nodig.", "Approved, though this isn't really necessary."
// The subject points at the request (het, dit, dat, it, this), so "Een offerte is niet
// nodig" names another thing.
// The same in a clause of concession or reason, verb last: "Akkoord, hoewel het niet echt
// nodig is", "al vind ik het eigenlijk niet nodig", "although it isn't really needed".
var guardNotNeededSub = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:hoewel|alhoewel|ofschoon|al|terwijl|although|though)\s+(?:\p{L}+\s+){0,4}?(?:niet|geen|not|isn['’]?t)\s+(?:echt\s+|wel\s+|strikt\s+|per\s+se\s+|really\s+|strictly\s+)?(?:nodig|noodzakelijk|necessary|needed)(?:[^\p{L}]|$)`)

var guardNotNeeded = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:(?:het|dit|dat|it|this|that)\s+(?:is|lijkt|seems|was)(?:\s+\p{L}+){0,3}?\s+(?:niet|not)|(?:is|lijkt)\s+(?:het|dit|dat)(?:\s+\p{L}+){0,2}?\s+niet|(?:it|this|that)\s+(?:isn'?t|is\s+not))\s+(?:echt\s+|really\s+|strictly\s+|wel\s+)?(?:nodig|noodzakelijk|necessary|needed)(?:[^\p{L}]|$)`)

// The request said to be out of reach after the approval: "Ja, akkoord. Dat zit er dit jaar
// eigenlijk niet in." ("zit er niet in": not affordable, not possible), "we can't afford it".
var guardNotFeasible = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:(?:dat|dit|het)\s+zit\s+er(?:\s+\p{L}+){0,3}?\s+(?:niet|geen)\s+in|(?:can['’]?t|cannot|can\s+not)\s+(?:really\s+)?afford)(?:[^\p{L}]|$)`)

// A message the colleague is asked to pass on: "Wil jij Naima even laten weten dat de
// monteur een sleutel nodig heeft?", "Could you let them know that the engineer needs a
// key?". What is passed on is the colleague's errand, no doubt about the approval, unless it
// decides, negates, limits or sets a condition ("… laten weten dat het niet doorgaat").
var (
	guardRelayMessage = regexp.MustCompile(`\b(?:laten\s+weten|laat\s+weten|doorgeven|door\s+geven|zeggen|vertellen|melden|know|tell\s+\p{L}+)\s+(?:dat|that)\b`)
	guardRelayUnsafe  = regexp.MustCompile(`\b(?:akkoord|goedkeur\p{L}*|goedgekeurd|approv\p{L}*|niet|geen|not|no|never|nooit|als|mits|indien|tenzij|if|unless|eerst|first|pas|alleen|only|wacht|wachten|wait|doorgaat|proceed|cancel\p{L}*|annuleer\p{L}*|duur|duurder|expensive|goedkoper|cheaper|bedrag|amount|offerte|quote|prijs|price)\b`)
)

// withoutRelayedMessage returns q without the message it asks to pass on (see above), when
// that message is clean.
func withoutRelayedMessage(q string) string {
	loc := guardRelayMessage.FindStringIndex(q)
	if loc == nil || guardRelayUnsafe.MatchString(q[loc[1]:]) {
		return q
	}
	return q[:loc[0]]
}

// Dotted abbreviations ("t.a.v.", "i.v.m.", "a.u.b.") end no sentence.
var guardAbbrevDots = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:\p{L}\.){2,}`)

// What was asked before it made the condition of the approval: "Neem je de bon mee? Anders
// niet.", "…, anders gaat het niet door", "Otherwise no.", "otherwise I won't approve it".
// "Anders kunnen we hem niet koppelen" tells what goes wrong in practice and stays a remark.
var guardOtherwiseNot = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:anders|otherwise|else|zo\s+niet|if\s+not|indien\s+niet)\s*[,:;\-–—]?\s*(?:(?:(?:is\s+het|wordt\s+het|it['’]?s|it\s+is|that['’]?s|then|dan|is\s+het\s+een|it['’]?s\s+a)\s+)?(?:niet|not|no|nee|geen|nope|nothing|niks|niets)(?:[^\p{L}]|$)|[^.!?\n]{0,40}?(?:(?:gaat|gaan|kan|kunnen)\s+(?:\p{L}+\s+){0,3}?niet\s+(?:door|doorgaan)\s*(?:[.!?,;\n]|$)|niet\s+akkoord|geen\s+akkoord|geen\s+goedkeuring|keur\s+ik\s+(?:het\s+|dit\s+)?(?:niet|af)|doen\s+we\s+het\s+niet|wordt\s+het\s+(?:niks|niets|nee)|a\s+no(?:[^\p{L}]|$)|no\s+deal|no\s+go|(?:won['’]?t|will\s+not|can['’]?t|cannot|can\s+not)\s+(?:\p{L}+\s+)?(?:approve|go\s+ahead|agree|sign)|not\s+approved|(?:is\s+it|its|it['’]?s)\s+(?:rejected|declined)|afgekeurd|afgewezen|trek\s+ik))`)
