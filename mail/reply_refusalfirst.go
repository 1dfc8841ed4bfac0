package mail

import (
	"regexp"
	"strings"
)

// A clear refusal that opens the reply stays one when a later sentence speaks of approving
// something only in a way that is no decision now: what would make it acceptable ("If you
// can get it under that, resubmit and I'll approve it"), another request that was approved
// ("PS de aanvraag voor de keepersspullen was wel akkoord"), or what someone else approved
// earlier ("het toegangssysteem dat de ALV in oktober heeft goedgekeurd").

var (
	refusalFirstIf   = set("als", "indien", "tenzij", "zodra", "mits", "if", "unless", "once", "provided", "wanneer")
	refusalFirstPast = set("was", "were", "waren", "werd", "werden")
	refusalFirstPerf = set("heeft", "hebben", "has", "have", "had")
)

// refusalBeforeOtherApproval returns the index in dec of the refusal that opens the reply
// when every approval comes in a later sentence that is conditional, or in a clause that
// reports an approval in the past (a past "was", or "heeft/has … goedgekeurd" without the
// writer as subject); else -1.
func (a *analysis) refusalBeforeOtherApproval(dec []match) int {
	r := dec[0]
	if r.cat != catReject || (r.flag != "" && (r.flag != AmbiguousConditional || a.sentenceConditional(r))) || a.toks[r.first].sent != a.firstSent || !a.atStart(r, false) {
		return -1
	}
	for _, d := range dec[1:] {
		if d.cat == catReject {
			continue
		}
		// "niet akkoord\n\nOeps, verkeerde knop. Akkoord als …": the refusal taken back.
		if a.toks[d.first].sent == a.firstSent || !a.approvalNotNow(d) || a.anyPhrase(r.last+1, d.first, mistakeWords) {
			return -1
		}
	}
	return 0
}

// approvalNotNow reports an approval phrase in a conditional sentence or a clause that
// reports a past approval by someone other than the writer.
func (a *analysis) approvalNotNow(d match) bool {
	if a.sentenceConditional(d) || a.reportedAgreement(d) || a.pastApproval(d) || a.earlierAgreement(d) {
		return true
	}
	from, to := a.sentenceBounds(a.toks[d.first].sent)
	clause := a.toks[d.first].clause
	past, perf, writer := false, false, false
	for j := from; j < to; j++ {
		t := a.toks[j]
		if t.kind != tkWord || t.clause != clause {
			continue
		}
		switch {
		case refusalFirstPast[t.norm]:
			past = true
		case refusalFirstPerf[t.norm]:
			perf = true
		case firstPersonWords[t.norm] || t.norm == "me" || t.norm == "mij":
			writer = true
		case inspectionWords[t.norm]:
			// "De huidige brancard is in mei nog gekeurd en goedgekeurd.", "in maart nog
			// goedgekeurd bij de keuring": an inspection's verdict, no decision.
			return true
		}
	}
	return !writer && (past || perf)
}

// earlierAgreement reports "we agreed" told as an agreement made before: "We agreed with
// Henk: no paid ads this year.", "We agreed: no more weekend overtime.", "As we agreed
// in May, …".
func (a *analysis) earlierAgreement(d match) bool {
	if d.first != d.last || a.toks[d.first].norm != "agreed" {
		return false
	}
	p := prevWordTok(a.toks, d.first)
	if p < 0 || a.toks[p].norm != "we" && a.toks[p].norm != "all" && a.toks[p].norm != "already" && a.toks[p].norm != "had" {
		return false
	}
	n := d.last + 1
	if n >= len(a.toks) {
		return false
	}
	switch t := a.toks[n]; {
	case t.kind == tkWord:
		return earlierAgreedNext[t.norm]
	default:
		return t.norm == ":"
	}
}

// Words after "we agreed" that tell what was agreed before.
var earlierAgreedNext = set("with", "that", "to", "on", "in", "last", "at", "before", "earlier", "back", "months", "weeks", "when")

// wordBetween reports a word token after toks[from] and before toks[to].
func (a *analysis) wordBetween(from, to int) bool {
	n := nextWord(a.toks, from)
	return n >= 0 && n < to
}

// Words of an inspection, whose "goedgekeurd" is its verdict.
var inspectionWords = set("gekeurd", "keuring", "keuringen", "herkeuring", "apk", "inspectie", "inspection", "inspected", "keurmeester", "keuringsrapport")

var (
	// Words that mark a clause as told of the past: "vorige week", "gisteren", "al",
	// "eerder", "last week", "already", "two weeks ago".
	pastApprovalTime = set("gisteren", "eergisteren", "eerder", "reeds", "destijds", "onlangs", "geleden", "al",
		"yesterday", "earlier", "previously", "already", "ago", "recently")
	// "vorige week", "afgelopen maandag", "last month".
	pastTimeLead = set("vorige", "vorig", "afgelopen", "last", "past")
	pastTimeUnit = set("week", "weken", "maand", "maanden", "jaar", "keer", "vergadering", "weekend", "maandag", "dinsdag",
		"woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "month", "months", "year", "time", "meeting", "monday",
		"tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weeks")
	// "al" that means "all": "al het geld", "al die spullen".
	alAll = set("het", "de", "die", "deze", "dat", "dit", "zijn", "haar", "onze", "ons", "mijn", "jullie", "hun", "uw")
	// Words that bring a past approval to now: "toch", "alsnog", "inmiddels", "wel".
	pastNowWords = set("nu", "toch", "alsnog", "inmiddels", "intussen", "hierbij", "wel", "now", "hereby", "anyway", "after", "meanwhile")
	// An auxiliary or past tense that tells of a decision made.
	pastAux = set("heb", "heeft", "hebben", "had", "hadden", "has", "have", "was", "were", "waren", "werd", "werden", "is", "zijn",
		"ben", "gaf", "gaven", "keurde", "keurden", "ging", "gingen", "gave", "did")
)

// pastApproval reports an approval phrase in a clause that tells of an approval of another
// thing made before, marked past by a time word: "het hek heb ik vorige week al goedgekeurd
// onder een andere aanvraag", "I approved a new printer last month", "de verf is in
// september al goedgekeurd". The clause names what was approved ("het hek", "a new
// printer"); a pronoun alone ("die heb ik vorige week al goedgekeurd", "het is al
// goedgekeurd") may point back at this request. From its sentence on nothing asks or brings
// it to now ("toch", "alsnog", "inmiddels", "wel", "now").
func (a *analysis) pastApproval(d match) bool {
	clause := a.toks[d.first].clause
	from, to := a.sentenceBounds(a.toks[d.first].sent)
	marked, aux, named := false, strings.HasSuffix(a.toks[d.last].norm, "ed"), false
	simplePast := false
	for j := from; j < len(a.toks); j++ {
		t := a.toks[j]
		if t.kind == tkWord && j < d.first && t.clause == clause && pastSimple[t.norm] {
			simplePast = true
		}
		if t.kind == tkWord && t.norm == "wel" && simplePast && j < d.first && t.clause == clause {
			continue // "Ik was in oktober wel akkoord met …": "wel" in contrast with now
		}
		if t.norm == "?" || (t.kind == tkWord && pastNowWords[t.norm]) {
			return false
		}
		if j >= to || t.kind != tkWord || t.clause != clause || (j >= d.first && j <= d.last) {
			continue
		}
		n := nextWord(a.toks, j)
		next := ""
		if n >= 0 && n < to && a.toks[n].clause == clause && (n < d.first || n > d.last) {
			next = a.toks[n].norm
		}
		switch {
		case pastAux[t.norm]:
			aux = true
		case t.norm == "al" && alAll[next]:
		case pastApprovalTime[t.norm],
			pastTimeLead[t.norm] && pastTimeUnit[next],
			(t.norm == "in" || t.norm == "op" || t.norm == "on") && monthNames[next] != 0 && next != "may" && next != "mei":
			marked = true
		case pastObjectDet[t.norm] && next != "" && !pastAux[next] && !pastObjectNot[next] && !pastApprovalTime[next] &&
			!pastTimeLead[next] && !negators[next] && !firstPersonWords[next] && !subjectPronouns[next]:
			named = true
		}
	}
	return marked && aux && named
}

// A simple past that puts a clause's "wel" in contrast with now: "Ik was in oktober wel
// akkoord met het ontvochtigen van de kelder".
var pastSimple = set("was", "waren", "were", "had", "hadden", "gaf", "gaven", "keurde", "keurden", "ging", "gingen")

var (
	// Words before the noun that names what was approved: "het hek", "de nieuwe doelen",
	// "die laptop", "a new printer", "the same chairs".
	pastObjectDet = set("de", "het", "een", "die", "dat", "deze", "dit", "onze", "mijn", "dezelfde", "the", "a", "an", "our",
		"my", "this", "that", "those", "these", "same")
	// Words after such a determiner that name no other thing: this request, or a pronoun.
	pastObjectNot = set("aanvraag", "verzoek", "request", "it", "het", "dit", "dat", "die", "hij", "zij", "ze", "u", "je",
		"jij", "jullie", "me", "mij", "ook", "also", "al", "nog", "is", "was", "zijn")
)

// sentenceConditional reports a condition word in the sentence of d: the condition in a
// later sentence is what would make it acceptable, one in the refusal's own sentence
// ("Nee, tenzij …") limits the refusal.
func (a *analysis) sentenceConditional(d match) bool {
	from, to := a.sentenceBounds(a.toks[d.first].sent)
	for j := from; j < to; j++ {
		if a.toks[j].kind == tkWord && refusalFirstIf[a.toks[j].norm] {
			return true
		}
	}
	return false
}

// reasonBeforeRefusal reports a refusal that opens the second sentence after one short
// statement of the reason: "Die kast is nog prima. Niet akkoord, we schuiven de oude wel
// door." The sentence before it asks nothing, sets no condition and holds no decision; the
// refusal's own sentence is read by guardRefusal as any other (what "we" do instead).
func (a *analysis) reasonBeforeRefusal(mt match) bool {
	if mt.cat != catReject || mt.flag != "" || a.toks[mt.first].sent != a.firstSent+1 {
		return false
	}
	from, _ := a.sentenceBounds(a.toks[mt.first].sent)
	for j := from; j < mt.first; j++ {
		if a.toks[j].kind == tkWord {
			return false // the refusal opens its sentence
		}
	}
	pf, pt := a.sentenceBounds(a.firstSent)
	words := 0
	for j := max(pf, a.contentStart); j < pt; j++ {
		t := a.toks[j]
		if t.kind == tkEnd && t.norm != "." {
			return false // "?", "!"
		}
		if t.kind != tkWord {
			continue
		}
		words++
		if words > 15 || refusalFirstIf[t.norm] || conditionalWords[t.norm] || questionWords[t.norm] || hedgeWords[t.norm] {
			return false
		}
	}
	return words >= 3
}

// A refusal followed by what the writer would look at instead: "Sorry maar nee, dit gaat me
// te ver. Als je het in twee delen doet en eerst alleen het dak, dan wil ik er wel naar
// kijken.", "No. If you split it into two phases I'd be happy to look at it again." The
// condition is on a new proposal being looked at, not on this request being approved: the
// refusal stands. The sentence offers only to look or think again and holds no decision or
// word of assent.
var (
	counterLook       = regexp.MustCompile(`\b(?:(?:naar|ernaar|daarnaar)\s+(?:kijken|kijk|te\s+kijken)|kijk\s+ik\s+(?:er\s+)?(?:\w+\s+){0,3}(?:naar|opnieuw)|(?:opnieuw|nog\s+eens|nog\s+een\s+keer)\s+(?:bekijken|beoordelen|overwegen)|wil\s+ik\s+(?:\w+\s+){0,3}(?:bekijken|overwegen|heroverwegen)|(?:look|looking)\s+at\s+(?:it|that|this|a\s+new\s+\w+)(?:\s+again)?|take\s+(?:a|another)\s+look|reconsider|consider\s+(?:it|that|a\s+new\s+\w+)(?:\s+again)?|hoor\s+ik\s+(?:het\s+)?graag|dien\s+(?:dan\s+)?(?:\w+\s+){0,2}(?:nieuwe|nieuw)\s+(?:aanvraag|verzoek)\s+in|submit\s+a\s+new\s+(?:request|proposal))\b`)
	counterYouIf      = regexp.MustCompile(`\b(?:als|wanneer|zodra|indien|if|once|when)\s+(?:je|jij|jullie|u|you)\b`)
	counterNewRequest = regexp.MustCompile(`\b(?:nieuwe|nieuw)\s+(?:aanvraag|verzoek|voorstel|offerte)\s+in|submit\s+a\s+new\s+(?:request|proposal)\b`)
	counterAssent     = regexp.MustCompile(`\b(?:akkoord|accoord|goedkeur\w*|goedgekeurd|goed|approv\w*|prima|ok|oke|okay|fine|mag|mogen|go\s+ahead|doe\s+maar|ga\s+(?:je|uw)\s+gang|toestemming|permission|akkoord|yes|ja)\b`)
)

// counterProposal reports that the sentence toks[from:to] after a refusal only offers to look
// at a changed proposal (see counterLook).
func (a *analysis) counterProposal(from, to int) bool {
	if from < 0 || to > len(a.toks) || from >= to {
		return false
	}
	for _, d := range a.decs {
		if d.first >= from && d.first < to {
			return false
		}
	}
	if to < len(a.toks) && a.toks[to].norm == "?" {
		return false
	}
	s := yfApostrophe.Replace(fold(a.text[a.toks[from].start:a.toks[to-1].end]))
	if strings.Contains(s, "?") {
		return false
	}
	// The change is the requester's to make ("als je het in twee delen doet"), or it asks
	// for a new request; waiting for a fact ("als die er is, kijk ik opnieuw") puts off.
	return counterLook.MatchString(s) && !counterAssent.MatchString(counterLook.ReplaceAllString(s, " ")) &&
		(counterYouIf.MatchString(s) || counterNewRequest.MatchString(s))
}

// afterIndignantLeadIn reports a refusal that opens its sentence after an indignant lead-in:
// "Dit bedrag voor zoiets?? Echt niet.\n\nNiet akkoord.", "Another 800 euros?! No way.",
// "Wéér een nieuwe printer!? Afgekeurd." Every sentence before it is an outcry (ended by
// "??", "?!", "!?" or "!") of at most twelve words with no condition, hedge or deferral, or a
// flat refusal; every decision phrase is a refusal, and nothing after it asks or sets a
// condition. A plain question before it ("Is dit nodig? Niet akkoord.") is no outcry.
func (a *analysis) afterIndignantLeadIn(mt match, dec []match) bool {
	if mt.cat != catReject || mt.flag != "" || a.toks[mt.first].sent == a.firstSent {
		return false
	}
	for _, d := range dec {
		if d.cat != catReject || d.flag != "" {
			return false
		}
	}
	from, _ := a.sentenceBounds(a.toks[mt.first].sent)
	for j := from; j < mt.first; j++ {
		if a.toks[j].kind == tkWord {
			return false // the refusal opens its sentence
		}
	}
	for s := a.firstSent; s < a.toks[mt.first].sent; s++ {
		pf, pt := a.sentenceBounds(s)
		pf = max(pf, a.contentStart)
		words, last := 0, -1
		for j := pf; j < pt; j++ {
			t := a.toks[j]
			if t.kind != tkWord {
				continue
			}
			words++
			last = j
			if words > 12 || refusalFirstIf[t.norm] || conditionalWords[t.norm] || hedgeWords[t.norm] || a.deferral(j, j+1) {
				return false
			}
		}
		if last < 0 {
			continue
		}
		marks := a.marksAfter(last)
		outcry := marks == "!" || (len(marks) >= 2 && len(marks) <= 4)
		if !outcry && !a.flatRefusalSentence(s, dec) {
			return false
		}
	}
	for j := mt.last + 1; j < len(a.toks); j++ {
		t := a.toks[j]
		if (t.kind == tkEnd && t.norm == "?") || (t.kind == tkWord && (refusalFirstIf[t.norm] || hedgeWords[t.norm])) {
			return false
		}
	}
	return true
}

// flatRefusalSentence reports a sentence of only a refusal phrase and intensifiers: "Echt
// niet.", "No way."
func (a *analysis) flatRefusalSentence(s int, dec []match) bool {
	pf, pt := a.sentenceBounds(s)
	for _, d := range dec {
		if a.toks[d.first].sent != s {
			continue
		}
		for j := pf; j < pt; j++ {
			if a.toks[j].kind == tkWord && (j < d.first || j > d.last) && !echoIntensifiers[a.toks[j].norm] {
				return false
			}
		}
		return true
	}
	return false
}

// An opening refusal stays a refusal (R1). When the reply opens — after a greeting, a
// vocative or a short softener ("Sorry maar", "Helaas", "Hmm") — with a clear refusal that
// is the writer's own and tight (no condition in its sentence before a "maar"/"but": "Niet
// akkoord als het meer dan 500 kost", "Nee, tenzij …" are none), whatever follows is read
// as its reason, an alternative or a counter-proposal: "Niet akkoord, we doen het zelf wel",
// "Sorry maar nee. Als je het in twee delen doet, wil ik er wel naar kijken", "Rejected. Not
// before the new budget". Three shapes keep it from standing:
//
//   - doubt or undoing after it ("of eigenlijk, ik weet het niet", "laat me er een nachtje
//     over slapen", "on second thought") makes it none;
//   - a mistake after it ("verkeerd knopje … ik bedoel AKKOORD") leaves it to the
//     corrected-refusal reading, unless the last decision phrase is a refusal again;
//   - an approval or a partial yes after it ("…, wel met de standaard", "Nee voor X, ja
//     voor Y", "but the small one is fine") leaves it to the partial readings.

// The verdicts of openingRefusal.
const (
	refusalNoVerdict = iota
	refusalStands
	refusalDoubted
)

var (
	// Softeners before the refusal: "Sorry maar nee", "Helaas, niet akkoord", "Hmm nee".
	refusalSofteners = set("sorry", "helaas", "nou", "maar", "but", "unfortunately", "oh", "o", "ah", "tja", "pff", "nope",
		"hmm", "hm", "hmmm", "hmmmm", "sorry,", "excuses", "ik", "ben", "bang", "im", "afraid", "dan", "toch", "echt", "dus", "so")
	// Words that make the refusal's own sentence a condition ("Niet akkoord als …").
	refusalOwnCondition = set("als", "indien", "tenzij", "zodra", "mits", "if", "unless", "once", "provided", "providing",
		"wanneer", "zolang", "voorwaarde", "condition", "behalve", "except", "voorlopig")
	// Doubt or undoing after the refusal.
	refusalDoubt     = regexp.MustCompile(`\b(?:of\s+(?:eigenlijk|toch)|twijfel\w*|nachtje|slapen|sleep\s+on|kom\s+(?:er|hier|daar)\s*(?:\w+\s+){0,3}op\s+terug|ik\s+kom\s+erop\s+terug|let\s+me\s+think|think\s+it\s+over|not\s+sure|unsure|on\s+second\s+thoughts?|bij\s+nader\s+inzien|heroverweg\w*|reconsider\w*|i\s+(?:really\s+)?(?:dont|do\s+not)\s+know|weet\s+(?:ik\s+)?het\s+(?:\w+\s+){0,2}niet(?:\s+meer)?\s*(?:$|[.,;:!…]))`)
	refusalDoubtWeet = regexp.MustCompile(`\bweet\s+ik\s+(?:het\s+)?(?:echt\s+|eigenlijk\s+|ook\s+|nog\s+|even\s+)?niet\b\s*(\w*)`)
	// A mistake said after the refusal: "verkeerd knopje", "verkeerd gedrukt", "misclick".
	refusalMistake = regexp.MustCompile(`\b(?:verkeerd\w*\s+(?:\w+\s+)?(?:knop\w*|gedrukt|geklikt|getikt|getypt|aangeklikt|gekozen|aangevinkt)|per\s+ongeluk|vergis\w*|foutje|oeps|oops|wrong\s+(?:button|option|one)|by\s+mistake|mistake\w*|accident\w*|misclick\w*|misgeklikt|mis\s+geklikt|fat\s+finger\w*|typo|tikfout|typfout|misread|verkeerd\s+gelezen|las\s+(?:het|dat)\s+verkeerd)\b`)
	// What would make it a yes, said after the refusal.
	refusalCondYes = regexp.MustCompile(`\b(?:only\s+if|alleen\s+als|alleen\s+indien|pas\s+als|reconsider\w*|heroverweg\w*)\b|\b(?:als|indien|if)\b[^.!?]*\bwel\s*(?:[.!]|$)`)
	// The decision said to be still open after the refusal.
	refusalStillOpen = regexp.MustCompile(`\b(?:overleg\w*|bespre\w*|besproken|discuss\w*|talk|decide\w*|beslis\w*|beslissing|besloten|besluit|nadenken|think|kijk\w*\s+(?:\w+\s+){0,2}opnieuw|wacht\w*|wait\w*|get\s+back|kom\s+(?:\w+\s+){0,3}terug|wat\s+vind\s+(?:jij|je|jullie|u)|what\s+do\s+you\s+think|maybe|misschien|later|nog\s+niet\s+(?:duidelijk|rond|binnen|goedgekeurd|bekend|zeker))\b`)
	// A partial yes after the refusal: "…, wel met de standaard", "ja voor de tafels", "but the
	// small one is fine".
	refusalPartialYes = regexp.MustCompile(`(?:(?:^|[,;:.!(]\s*|\b(?:maar|but|en|and)\s+)wel\s+(?:met|voor|mee|akkoord|goed|prima|de|het|die|dat|een)\b|\bwel\s+(?:de|die|dat|deze|een)\b|\b(?:ja\s+(?:voor|op|met)|yes\s+(?:to|for|on)|(?:is|are|zijn|lijkt|lijken)\s+(?:wel\s+)?(?:fine|ok|okay|prima|goed|acceptabel|acceptable)|(?:mag|kan|kunnen|mogen)\s+wel\b|(?:dat|die|dit|the\s+\w+)\s+(?:mag|kan|is)\s+(?:wel|gewoon)|go\s+ahead\s+with|ga\s+je\s+gang\s+met|doe\s+maar\s+(?:de|het|die|een))\b)`)
)

var (
	// A deliberation told as done after the refusal, by the writer's side: "We discussed it
	// at the partner meeting and decided to wait until …", "Dat hebben we gisteren in het
	// bestuur besproken en we hebben besloten te wachten tot …". Its words no longer keep the
	// decision open; "we have not discussed it yet" is no such clause (refusalDoneNot).
	refusalDoneDeliberation = regexp.MustCompile(`\b(?:we|wij|ik|i|they|zij)\s+(?:(?:have|hebben|heb|had|hadden|het|it|this|dit|dat|hier|daar|er|gisteren|yesterday|already|al|uitgebreid|at|in|the|de|het|a|een|on|op|over|about|board|partner|team|meeting|vergadering|bestuur|overleg|\w+day|\w+dag)\s+){0,8}(?:discussed|besproken|overlegd|talked\s+(?:it\s+|this\s+)?(?:over|through))(?:\s+(?:\w+\s+){0,6}?(?:and|en)\s+(?:(?:we|wij|have|hebben|heb)\s+){0,2}(?:decided|besloten)\s+(?:to|om\s+te|te)\s+(?:wait|wachten))?`)
	refusalDoneNot          = regexp.MustCompile(`\b(?:not|niet|nog|yet|nt|never|nooit|geen)\b`)
)

// doneDeliberation blanks from rest the deliberations told as done (refusalDoneDeliberation).
func doneDeliberation(rest string) string {
	return refusalDoneDeliberation.ReplaceAllStringFunc(rest, func(m string) string {
		if refusalDoneNot.MatchString(m) {
			return m
		}
		return " "
	})
}

var (
	// The writer will not pre-empt a decision still to be taken: "ik ga daar niet op
	// vooruitlopen", "daar loop ik niet op vooruit", "I won't pre-empt the board's decision".
	refusalNoPreempt = regexp.MustCompile(`\b(?:(?:ik|wij|we)\s+(?:ga|gaan|wil|willen|kan|kunnen)\s+(?:(?:daar|hier|er|dus|echt|ook)\s+)*niet\s+(?:op\s+)?(?:vooruitlopen|vooruit\s+lopen)|(?:daar|hier|er)\s+(?:loop|lopen)\s+(?:ik|wij|we)\s+(?:(?:dus|echt|ook)\s+)*niet\s+op\s+vooruit|(?:i|we)\s+(?:wont|will\s+not|cannot|cant|do\s+not|dont|am\s+not\s+going\s+to|are\s+not\s+going\s+to)\s+(?:pre\s*empt|preempt|anticipate|get\s+ahead\s+of))\b`)
	// The decision words of someone else's decision still to be taken.
	refusalOthersDecision = regexp.MustCompile(`\b(?:besloten|beslist|beslissing|besluit|decided|decision|decide)\b`)
	// Talking it over, said after a refusal said twice.
	refusalDiscussLater = regexp.MustCompile(`\b(?:bespre\w*|besproken|overleg\w*|discuss\w*|talk(?:\s+about\s+it)?)\b`)
	// Talking it over as a step before the decision: "Laten we het eerst bespreken", "let's
	// discuss it before we decide".
	refusalDiscussFirst = regexp.MustCompile(`\b(?:eerst|first|voordat|before|alvorens|voor\s+we|daarna|then\s+decide|dan\s+beslis\w*)\b`)
)

// refusalRepeated reports the opening refusal r said again as a sentence of its own right
// after it: "Hier zeg ik nee op. Niet akkoord.", "No. Not approved." The second sentence is
// only a tight refusal phrase and fillers.
func (a *analysis) refusalRepeated(r match, dec []match) bool {
	next := a.toks[r.first].sent + 1
	for _, d := range dec[1:] {
		if d.cat != catReject || d.flag != "" || a.toks[d.first].sent != next {
			continue
		}
		from, to := a.sentenceBounds(next)
		ok := true
		for j := from; j < to; j++ {
			if t := a.toks[j]; t.kind == tkWord && (j < d.first || j > d.last) && !closingFiller[t.norm] {
				ok = false
			}
		}
		if ok && !(to < len(a.toks) && a.toks[to].norm == "?") {
			return true
		}
	}
	return false
}

var (
	// The writer saying no in so many words, the words before the "nee"/"no": "Ik moet hier
	// toch echt nee op zeggen", "Wij moeten daar helaas nee tegen zeggen", "I really have to
	// say no to this".
	refusalSayNoFrame = regexp.MustCompile(`^(?:(?:sorry|helaas|maar|but|im\s+afraid|i\s+am\s+afraid)\s*,?\s+)*(?:(?:ik|wij|we)\s+(?:moet|moeten|ga|gaan)(?:\s+(?:hier|daar|er|u|je|jullie|helaas|toch|echt|dus|nu|deze\s+keer|gewoon)){0,4}|(?:i|we)\s+(?:(?:really|simply|just|will)\s+)*(?:have\s+to|must|need\s+to|am\s+going\s+to|are\s+going\s+to)\s+(?:(?:really|simply|just)\s+)?say)$`)
	// … and the words after it: "op zeggen", "tegen zeggen", "to this".
	refusalSayNoEnd = regexp.MustCompile(`^(?:(?:op|tegen)\s+(?:zeggen|te\s+zeggen)|zeggen|to\s+(?:this|it|that|the\s+request))\b`)
)

// Hedges that put a refusal in doubt in its own clause or in a short tag ("…, denk ik",
// "…, I think").
var refusalHedges = set("denk", "think", "geloof", "guess", "misschien", "maybe", "perhaps", "wellicht", "probably",
	"waarschijnlijk", "vermoedelijk", "suppose")

// hedgedRefusal reports a hedge (refusalHedges) in the refusal r's own clause, or in a clause
// of at most three words in its sentence: "Ik ga er nee op zeggen, denk ik.", "Misschien
// niet akkoord.", "Rejected, I think."
func (a *analysis) hedgedRefusal(r match) bool {
	from, to := a.sentenceBounds(a.toks[r.first].sent)
	size := map[int]int{}
	for j := from; j < to; j++ {
		if a.toks[j].kind == tkWord {
			size[a.toks[j].clause]++
		}
	}
	for j := from; j < to; j++ {
		t := a.toks[j]
		if t.kind == tkWord && refusalHedges[t.norm] && (t.clause == a.toks[r.first].clause || t.clause == a.toks[r.last].clause || size[t.clause] <= 3) {
			return true
		}
	}
	return false
}

// sayNoFramed reports a bare "nee"/"no" in the first sentence framed by the writer saying it
// (refusalSayNoFrame before it from the start of the content, refusalSayNoEnd after it).
func (a *analysis) sayNoFramed(mt match) bool {
	if mt.first != mt.last || !genericNo[a.toks[mt.first].norm] || mt.first <= a.contentStart || a.toks[mt.first].sent != a.firstSent {
		return false
	}
	pre := strings.Join(strings.Fields(yfApostrophe.Replace(fold(a.text[a.toks[a.contentStart].start:a.toks[mt.first].start]))), " ")
	after := strings.Join(strings.Fields(yfApostrophe.Replace(fold(a.text[a.toks[mt.last].end:]))), " ")
	if !refusalSayNoFrame.MatchString(pre) || !refusalSayNoEnd.MatchString(after) {
		return false
	}
	// "Ik ga er nee op zeggen, denk ik.": a hedge in its sentence.
	from, to := a.sentenceBounds(a.toks[mt.first].sent)
	for j := from; j < to; j++ {
		if a.toks[j].kind == tkWord && hedgeWords[a.toks[j].norm] {
			return false
		}
	}
	return true
}

var (
	// A condition that limits the refusal, said after it: "Niet akkoord. Tenzij het
	// goedkoper kan.", "Rejected - unless the supplier pays half."
	refusalUnlessLater = regexp.MustCompile(`\b(?:tenzij|mits|unless|provided|providing|behalve\s+als|except\s+if)\b`)
	// The decision left to someone else after the refusal: "maar ik laat het aan Piet over",
	// "I'll leave it to Sarah", "your call".
	refusalLeftToOther = regexp.MustCompile(`\b(?:beslis\s+(?:jij|jullie|u)|(?:jij|jullie|u)\s+beslist|(?:you|you\s+can|you\s+may)\s+decide|knoop\s+doorhakken|(?:wil|kun|kan|wilt|kunt)\s+(?:jij|je|u|jullie)\s+(?:\p{L}+\s+){0,3}(?:beslissen|bepalen|besluiten)|(?:can|could|will|would)\s+you\s+(?:\p{L}+\s+){0,2}decide|\p{L}+\s+(?:mag|kan|moet)\s+(?:(?:het|dit|dat|hem|wel|nog|dan|it|this)\s+){0,3}(?:goedkeuren|beslissen|bepalen)|(?:\p{L}+\s+)(?:may|can|will)\s+(?:still\s+)?(?:approve|decide)|laat\s+(?:het|dit|dat|de\s+beslissing|de\s+keuze)\s+(?:\w+\s+){0,2}aan\s+(?:\w+\s+){1,2}over|leave\s+(?:it|this|the\s+decision|the\s+call)\s+(?:up\s+)?to|(?:jouw|your|uw|zijn|haar|his|her|their)\s+(?:call|beslissing|keuze|decision)|up\s+to\s+(?:you|him|her|them))\b`)
)

// The writer's own frame before the refusal, or thanks for the work before a "maar"/"but":
// "Ik ben hiermee niet akkoord.", "Wij zijn het hier niet mee akkoord", "Dank voor het
// regelen, maar niet akkoord.", "Thanks for sorting this out, but no."
var refusalLeadFrame = regexp.MustCompile(`^(?:(?:ik|wij|we)\s+(?:ben|zijn)\s+(?:het\s+)?(?:hier|hiermee|daar|daarmee|er|ermee)(?:\s+(?:helaas|echt|toch|dus))?(?:\s+mee)?|(?:(?:heel|hartelijk|erg)\s+)?(?:dank|bedankt|thanks|thank\s+you)\s+(?:voor|for)\s+[^.!?;:]{1,40}?\s*,?\s*(?:maar|but)(?:\s+(?:helaas|unfortunately|toch))?)$`)

// openingRefusal reads the rule above on text: refusalStands with the end of the refusal,
// refusalDoubted, or refusalNoVerdict (the reply does not open with a tight refusal, or one
// of the shapes leaves it to the other readings).
func openingRefusal(text string, kw Keywords) (verdict, end int) {
	if len(text) > maxAnalyzedText {
		return refusalNoVerdict, 0
	}
	a := readyAnalysis(text, kw, 150)
	if a == nil {
		return refusalNoVerdict, 0
	}
	text = a.text
	all := a.m.findAll(a.toks)
	all = mergeMatches(all, findVocab(a.toks, all))
	var dec []match
	for _, mt := range all {
		if mt.cat == catMixed {
			return refusalNoVerdict, 0
		}
		if mt.cat.isDecision() && !(mt.cat == catReject && a.isGenericNo(mt) && !(len(dec) == 0 && a.sayNoFramed(mt))) {
			dec = append(dec, a.qualifyDecision(mt))
		}
	}
	if len(dec) == 0 {
		return refusalNoVerdict, 0
	}
	r := dec[0]
	if r.cat != catReject || r.flag != "" || a.toks[r.first].sent != a.firstSent || a.quotedPhrase(r) || isEmoji(a.toks[r.first].norm) {
		return refusalNoVerdict, 0
	}
	// Only a softener before it, or the writer's own frame or thanks (refusalLeadFrame).
	softened := false
	lead := 0
	if r.first > a.contentStart {
		pre := strings.Join(strings.Fields(yfApostrophe.Replace(fold(text[a.toks[a.contentStart].start:a.toks[r.first].start]))), " ")
		switch {
		case refusalLeadFrame.MatchString(pre):
			lead = r.first
		case a.sayNoFramed(r):
			// "Ik moet hier toch echt nee op zeggen.", "I'm afraid I must say no to this."
			lead, softened = r.first, true
		}
	}
	for j := max(a.contentStart, lead); j < r.first; j++ {
		if t := a.toks[j]; t.kind == tkWord && !refusalSofteners[t.norm] && !strings.HasPrefix(t.norm, "hmm") && !vocativeEnd(a.toks, j) &&
			!((t.norm == "hier" || t.norm == "daar") && nextWord(a.toks, j) == r.first && !genericNo[a.toks[r.first].norm]) {
			// "Hier zeg ik nee op.", "Daar ga ik niet mee akkoord.": the pointer before the verb.
			return refusalNoVerdict, 0
		} else if t.kind == tkWord && (t.norm == "sorry" || t.norm == "helaas" || t.norm == "unfortunately") {
			softened = true
		}
	}
	// A bare "Nee"/"No" is clear when softened ("Sorry maar nee") or said again in its
	// sentence ("Hmm nee, doe maar niet"); alone it may be "not yet" ("Nee. Eerst overleggen.").
	weak := r.first == r.last && genericNo[a.toks[r.first].norm] && !softened
	if weak {
		for _, d := range dec[1:] {
			if d.cat == catReject && a.toks[d.first].sent == a.toks[r.first].sent {
				weak = false
			}
		}
	}
	// "Nee joh, geen probleem", "Nee hoor, ga je gang": a no to "any objection?".
	if a.grantsPermission() {
		return refusalNoVerdict, 0
	}
	if n := nextWord(a.toks, r.last); n >= 0 {
		var words []string
		for j := n; j < len(a.toks) && len(words) < 4; j++ {
			if a.toks[j].kind == tkWord {
				words = append(words, a.toks[j].norm)
			}
		}
		for len(words) > 0 && (words[0] == "joh" || words[0] == "hoor" || words[0] == "hoor," || words[0] == "nee") {
			words = words[1:]
		}
		if longestAt(words, 0, noObjectionAfterNo) > 0 {
			return refusalNoVerdict, 0
		}
	}
	// Tight: no condition in its sentence before a contrast.
	from, to := a.sentenceBounds(a.toks[r.first].sent)
	for j := from; j < to; j++ {
		t := a.toks[j]
		if t.kind != tkWord || (j >= r.first && j <= r.last) {
			continue
		}
		if j > r.last && (t.norm == "maar" || t.norm == "but" || t.norm == "however") {
			break
		}
		if refusalOwnCondition[t.norm] && !(t.norm == "als" && a.isComparisonAls(j)) && !(t.norm == "als" && a.alsAlternative(j)) &&
			!a.reasonCondition(r, j, from, to) {
			return refusalNoVerdict, 0
		}
		if t.norm == "long" && j+1 < to && nextWord(a.toks, j) >= 0 && a.toks[nextWord(a.toks, j)].norm == "as" &&
			!a.reasonCondition(r, j, from, to) {
			return refusalNoVerdict, 0
		}
	}
	if a.hedgedRefusal(r) {
		return refusalDoubted, a.toks[r.last].end // "Ik ga er nee op zeggen, denk ik."
	}
	for j := r.last + 1; j < len(a.toks) && a.toks[j].sent == a.toks[r.first].sent; j++ {
		if a.toks[j].kind == tkEnd && a.toks[j].norm == "?" && !a.reasonTag(r, j) && !(j+1 < len(a.toks) && a.toks[j+1].norm == "!" && a.wordBetween(r.last, j)) {
			// "?!" closing a reason is indignation, no question: "niet akkoord, die
			// dakgoten zijn 2 jaar geleden nog vernieuwd?!" ("Niet akkoord?!" stays one).
			return refusalNoVerdict, 0 // "Niet akkoord?", "Afwijzen dus?"
		}
	}
	end = a.toks[r.last].end
	rest := yfApostrophe.Replace(fold(text[end:]))
	rest = strings.Join(strings.Fields(rest), " ")
	// What would make it a yes ("Nee. Als de kaartverkoop goed gaat wel.", "Declined. Only
	// if the price drops by half.") and a decision said to be still open ("De beslissing is
	// nog niet genomen", "we bespreken het later", "Let's discuss it first") leave it to the
	// other readings.
	if refusalCondYes.MatchString(rest) || refusalUnlessLater.MatchString(rest) || refusalLeftToOther.MatchString(rest) {
		// "Niet akkoord. Tenzij het goedkoper kan.", "…, maar ik laat het aan Piet over."
		return refusalNoVerdict, 0
	}
	if refusalDoubt.MatchString(rest) || strings.Contains(text[end:], "🤔") {
		return refusalDoubted, end // "Niet akkoord 🤔"
	}
	for _, m := range refusalDoubtWeet.FindAllStringSubmatch(rest, -1) {
		switch m[1] {
		case "of", "waarom", "wat", "hoe", "wie", "waar", "wanneer", "welke", "precies":
		default:
			return refusalDoubted, end
		}
	}
	open := doneDeliberation(rest)
	if refusalNoPreempt.MatchString(open) && !refusalDiscussFirst.MatchString(open) {
		// "Geen akkoord. Het bestuur heeft hier nog niet over besloten en ik ga daar niet op
		// vooruitlopen.": the decision still to be taken is the reason for the refusal.
		open = refusalOthersDecision.ReplaceAllString(open, " ")
	}
	if a.refusalRepeated(r, dec) && !refusalDiscussFirst.MatchString(open) {
		// "Hier zeg ik nee op. Niet akkoord. We bespreken het wel in de volgende
		// vergadering.": said twice, the refusal is firm; talking it over later is about
		// the matter, not this decision.
		open = refusalDiscussLater.ReplaceAllString(open, " ")
	}
	if refusalStillOpen.MatchString(open) || (weak && (yfDefer.MatchString(rest) || yfCondition.MatchString(rest))) {
		return refusalNoVerdict, 0
	}
	if a.mistakeBetween(r.last+1, len(a.toks)) {
		if last := dec[len(dec)-1]; len(dec) > 1 && last.cat == catReject && last.flag == "" {
			return refusalStands, end // "Ik had per ongeluk op akkoord gedrukt … Het moet niet akkoord zijn."
		}
		return refusalNoVerdict, 0
	}
	for _, d := range dec[1:] {
		if d.cat == catApprove && !a.approvalNotNow(d) && !a.approvalAwaited(d) {
			return refusalNoVerdict, 0
		}
	}
	if refusalPartialYes.MatchString(rest) || refusalShare.MatchString(rest) || refusalLaterAssent.MatchString(rest) ||
		refusalOtherWel.MatchString(rest) || refusalNotNeeded.MatchString(rest) {
		return refusalNoVerdict, 0
	}
	return refusalStands, end
}

var (
	// "Geen akkoord nodig, …", "No approval needed": no approval is needed, no refusal.
	refusalNotNeeded = regexp.MustCompile(`^\s*(?:(?:van\s+mij|from\s+me|hiervoor|voor\s+dit|for\s+this)\s+)?(?:nodig|needed|necessary|vereist|required|noodzakelijk)\b`)
	// Someone else's yes set against it: "Niet akkoord gegeven, Piet wel.", "…, maar het
	// bestuur wel."
	refusalOtherWel = regexp.MustCompile(`(?:^|[,;:.!]\s*|\b(?:maar|but)\s+)(?:(?:de|het|the)\s+)?\p{L}+\s+wel\s*(?:[.!;]|$)`)
	// A share of the request kept after the refusal: "Niet akkoord, we doen het wel met de
	// helft", "No, but half of it is fine". A share named in a counter-proposal ("Als je de
	// helft via de sponsor regelt, dien het opnieuw in") keeps the refusal.
	refusalShare = regexp.MustCompile(`\bwel\s+(?:\w+\s+){0,3}(?:helft|deel|gedeelte)\b|\b(?:helft|deel|gedeelte)\s+(?:\w+\s+){0,2}wel\b|\b(?:half|part)\s+of\s+it\b|\b(?:gedeeltelijk|partly|partially)\b`)
	// A word of assent closing a later clause: "Niet akkoord. Als je alleen het dak doet,
	// prima." A refusal said again ("… Niet akkoord.") is no assent.
	refusalLaterAssent = regexp.MustCompile(`(?:^|[\s,;:(])(?:prima|oke|ok|okay|fine|goed)\s*(?:[.!;)]|$)`)
)

// Condition words that may open a subordinate clause of the refusal's reason ("…, het oude
// doet het nog prima als je het goed instelt"); "tenzij", "unless", "mits", "provided", a
// "voorwaarde" or an exception limit the refusal wherever they stand in its sentence.
var reasonConditionWords = set("als", "indien", "zodra", "wanneer", "zolang", "if", "once", "when", "long")

// Words that may come before a condition word opening the clause right after the refusal:
// "Nee, niet als …", "Nee, pas als …", "No, only if …".
var conditionLeadIn = set("niet", "pas", "alleen", "enkel", "ook", "zeker", "not", "only", "just", "even", "so", "as")

// reasonCondition reports a condition word at toks[j], in the refusal r's sentence
// toks[from:to], that belongs to the reason given after the refusal, not to the refusal:
// it stands in a later clause than the refusal's own, and not in the clause right after it
// as its opening ("Niet akkoord, als het meer dan 500 kost", "Nee, pas als …"). A sentence
// that also holds an approval phrase ("Nee, ik ga akkoord als …") keeps every condition.
func (a *analysis) reasonCondition(r match, j, from, to int) bool {
	if !reasonConditionWords[a.toks[j].norm] {
		return false
	}
	own := a.toks[r.last].clause
	c := a.toks[j].clause
	if c <= own {
		return false
	}
	if c == own+1 {
		lead := true
		for p := a.prevWord(j); p >= 0 && a.toks[p].clause == c; p = a.prevWord(p) {
			if !conditionLeadIn[a.toks[p].norm] {
				lead = false
			}
		}
		if lead {
			return false
		}
	}
	for _, mt := range a.m.findAll(a.toks[from:to]) {
		if mt.cat != catReject {
			return false
		}
	}
	return true
}

// alsAlternative reports "als alternatief", "als tip", "as an alternative": "als" naming
// what follows, no condition.
func (a *analysis) alsAlternative(j int) bool {
	n := nextWord(a.toks, j)
	if n < 0 {
		return false
	}
	switch a.toks[n].norm {
	case "alternatief", "tip", "suggestie", "voorstel", "reden", "tegenvoorstel", "optie":
		return true
	}
	return false
}

// Words that open a clause about an approval still awaited: "before the new budget is
// approved", "totdat het bestuur akkoord geeft".
var awaitedApproval = set("before", "until", "till", "unless", "once", "when", "after", "voordat", "totdat", "tot", "zodra",
	"nadat", "wanneer", "voor", "na")

// approvalAwaited reports an approval phrase in a clause opened by one of awaitedApproval:
// what the refusal waits for, no yes.
func (a *analysis) approvalAwaited(d match) bool {
	clause := a.toks[d.first].clause
	for j := a.prevWord(d.first); j >= 0 && a.toks[j].clause == clause; j = a.prevWord(j) {
		if awaitedApproval[a.toks[j].norm] {
			return true
		}
	}
	return false
}

// marksAfter returns the question and exclamation marks between word j and the next word
// (or the end): "??", "?!", "!".
func (a *analysis) marksAfter(j int) string {
	end := len(a.text)
	if n := nextWord(a.toks, j); n >= 0 {
		end = a.toks[n].start
	}
	return strings.Map(func(r rune) rune {
		if r == '?' || r == '!' {
			return r
		}
		return -1
	}, a.text[a.toks[j].end:end])
}

// Tags that end a reason with a call for agreement: "…, dat hebben we vorige maand al
// laten doen toch?", "…, we had it cleaned in May, right?"
var reasonTagWords = set("toch", "right", "remember", "weet", "nietwaar")

// reasonTag reports the question mark at toks[q] closing a clause after the refusal r's own
// that states a reason and ends in a tag (reasonTagWords): the reason is asked to be
// confirmed, not the refusal. The clause has at least three other words and asks nothing
// else; "Niet akkoord, toch?" asks about the refusal itself.
func (a *analysis) reasonTag(r match, q int) bool {
	p := a.prevWord(q)
	own := a.toks[r.last].clause
	if p < 0 || p <= r.last || !reasonTagWords[a.toks[p].norm] || a.toks[p].clause == own {
		return false
	}
	words, first := 0, ""
	for j := r.last + 1; j < p; j++ {
		t := a.toks[j]
		if t.kind != tkWord || t.clause == own {
			continue
		}
		if first == "" {
			first = t.norm
		}
		if questionWords[t.norm] || hedgeWords[t.norm] || refusalFirstIf[t.norm] {
			return false
		}
		words++
	}
	// No question word opens it ("wat kost het toch?"), nor "of"/"or" ("of wel, toch?").
	return words >= 3 && !questionStart[first] && first != "of" && first != "or"
}
