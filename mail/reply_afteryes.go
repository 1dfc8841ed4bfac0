package mail

import (
	"regexp"
	"strings"
)

// More of what a clear yes may be followed by without being changed (sentenceChangesNothing
// in reply_yesfirst.go). These are read by the shape of the sentence, not by its surface
// words: a word of price, of time or a negation may stand in a sentence that is about
// another thing than this approval.
//
//   - a request for something more, put to the requester or "we" ("Kun je ook navragen of
//     …?", "Can we also get … next year?", "Wil je daarnaast …"): a polite question opener
//     with "ook", "also", "daarnaast", "as well" asks for another thing. It still may not
//     name the price, the need, a first step, a wait, an alternative or a second opinion for
//     now, a condition, a cap or a decision;
//   - a wish for next year, or a lesson for it ("Volgend jaar graag eerder aanvragen", "Next
//     year please ask sooner"): a later year with a word of wishing or asking, and nothing
//     that moves this work there (pas, wachten, uitstellen, doen, bestellen, until, …);
//   - where the money comes from: "gaat uit het ICT-budget", "from the events budget";
//   - a negated fact about a third thing ("Weer zit niet mee.", "de alten zitten er nog niet
//     in", "de oude werkt niet meer"): a subject that is neither the writer nor the reader
//     nor a pointer at the request (dit, dat, die, deze), a verb of state, and the negation
//     at the end of its clause with at most a particle after it;
//   - a step before a later stage of the work, not before the work itself: "graag iemand
//     laten proeflezen voordat het naar de drukker gaat" (no "eerst", no quote, check, price,
//     approval or second opinion: guardFirstStepUnsafe);
//   - "niet urgent", "no rush": how soon, not whether (yfNegationFree).
var (
	yfAlsoOpener = regexp.MustCompile(`^(?:(?:en|and|o|oh|ps|verder|btw|trouwens)\s+)?(?:kun|kunt|kan|kunnen|wil|wilt|willen|zou|zoudt|zouden|could|can|would|will)\s+(?:je|jij|u|jullie|you|we|wij|iemand|someone|somebody|anyone)\b`)
	yfAlsoWord   = regexp.MustCompile(`\b(?:ook|also|daarnaast|tegelijk\w*|meteen|as\s+well|too)\b`)
	yfAlsoUnsafe = regexp.MustCompile(`\b(?:eerst|first|voordat|vooraf|alvorens|before|beforehand|wacht\w*|wait\w*|hold|later|uitstel\w*|postpone\w*|nog\s+niet|not\s+yet|overleg\w*|bespre\w*|discuss\w*|bel|bellen|call|prijs\w*|price\w*|kost\w*|cost\w*|goedkoper|cheaper|korting|discount|btw|vat|incl\w*|excl\w*|budget\w*|begroting\w*|bedrag\w*|amount|geld|money|nodig|noodzakelijk|need\w*|necessary|echt|really|zeker|sure|tweede|second|andere|another|other|vergelijk\w*|compar\w*|alternati\w*|instead|liever|rather|ipv|plaats|akkoord\w*|approv\w*|goedkeur\w*|toestemming|permission)\b`)

	// The cap words of yfCap but those of place ("onder de verzekering", "binnen het
	// gebouw"): "Kunnen we ook met minder toe?" limits it.
	yfAlsoCap = regexp.MustCompile(`\b(?:tot|max\w*|hooguit|hoogstens|up\s+to|at\s+most|meer\s+dan|more\s+than|minder|less|fewer|helft|half|halve|deel|gedeelte|part|portion|procent|percent|behalve|except|excluding|exclusief|zonder|without|schrap\w*|weglaten|skip|minus|beperk\w*|limit\w*|genoeg|enough|voldoende|eur|euro|euros|dollar\w*|pound\w*|omlaag|lager|lower|verlag\w*|reduce\w*)\b|[€$£%]`)

	yfNextYear       = regexp.MustCompile(`\b(?:(?:volgend|komend)\s+(?:jaar|seizoen|schooljaar)|next\s+(?:year|season)|next\s+years)\b`)
	yfWish           = regexp.MustCompile(`\b(?:graag|please|pls|svp|eerder|earlier|tijdig|op\s+tijd|in\s+time|sooner|in\s+advance|ook|also|kun|kunt|kunnen|can|could|would|zou|zouden|wil|wilt|should)\b`)
	yfNextYearUnsafe = regexp.MustCompile(`\b(?:pas|eerst|first|wacht\w*|wait\w*|uitstel\w*|postpone\w*|until|till|tot|doen|do\s+it|uitvoeren|start\w*|begin\w*|plan\w*|schedul\w*|bestel\w*|order\w*|kopen|koop|buy|huren|rent|dan|then|budget\w*|instead|nu|now|dit|this|deze|these|die|those)\b`)

	yfBudgetSource = regexp.MustCompile(`\b(?:uit|van|ten\s+laste\s+van|op|from|out\s+of|against|to|on)\s+(?:het|de|ons|onze|the|our)\s+(?:[\w-]+\s+)?[\w-]*budget\w*`)

	// "voordat het naar de drukker gaat", "before it goes online": the thing itself moves on to
	// a later stage; "before we order", "before the vote" name the work or an event.
	yfLaterStage  = regexp.MustCompile(`\b(?:voordat|before)\s+(?:het|hij|ze|zij|it|they)\s+(?:[\w-]+\s+){0,4}?(?:gaat|gaan|wordt|worden|goes|go|is|are|gets|get)\b`)
	yfStageUnsafe = regexp.MustCompile(`\b(?:eerst|first|vooraf|beforehand|pas|wacht\w*|wait\w*|niet|not|geen|no|bestel\w*|besteld|order\w*|koop|kopen|gekocht|buy|bought|betaal\w*|betaald|pay\w*|paid|teken\w*|getekend|sign\w*|boek\w*|geboekt|book\w*|goedgekeurd|approved)\b`)

	yfClauseSplit = regexp.MustCompile(`[,;:.!?\n]`)

	// A question put by name to a colleague about carrying the work out: "Ria, laat je even
	// weten wanneer ze komen?", "Wilma, vraag je de bakker of …?", "Tom, could you let the
	// caretaker know when …?". A name, a comma, then a verb of doing put to "je"/"you".
	yfVocativeAsk = regexp.MustCompile(`^(\pL+),\s+(?:(?:wil|kun|kan|zou|could|can|would|will)\s+(?:je|jij|u|you)\b|(?:laat|zet|vraag|regel|bel|stuur|geef|plan|stem|mail|meld|hou|houd|spreek|zorg|let|tell|ask)\s+(?:je|jij|u|you|\pL+\s+know)\b)`)
	yfVocativeNot = set("ja", "nee", "ok", "oke", "okay", "dus", "maar", "en", "want", "of", "yes", "no", "so", "but",
		"and", "nou", "goed", "prima", "hmm", "trouwens", "btw", "ps", "verder", "also", "well", "oh", "o", "akkoord",
		"approved", "fine", "sure", "thanks", "dank", "bedankt", "alleen", "only", "tenzij", "unless", "mits", "als", "if")
	// In such a question: what the colleague is to let know or ask ("laat je weten wanneer",
	// "vraag je de bakker of", "let me know when") is no condition and no choice.
	yfVocativeIndirect = regexp.MustCompile(`\b(?:weten|weet|know|hear)\s+(?:wanneer|when|of|if|whether|hoe\s+laat|what\s+time)\b|\b(?:vraag|vragen|navragen|ask)\b(?:\s+\pL+){0,4}?\s+(?:of|if|whether)\b`)
)

// yfVocativeQuestion reports a question put by name to a colleague about carrying the work
// out (see yfVocativeAsk), and returns it without its indirect "wanneer"/"of" (see
// yfVocativeIndirect); everything else in it is read as in any other question.
func yfVocativeQuestion(s string) (string, bool) {
	m := yfVocativeAsk.FindStringSubmatch(s)
	if m == nil || yfVocativeNot[m[1]] {
		return s, false
	}
	return yfVocativeIndirect.ReplaceAllString(s, " "), true
}

// yfAlsoRequest reports a sentence that asks for something more (see above).
func yfAlsoRequest(s string) bool {
	return yfAlsoOpener.MatchString(s) && yfAlsoWord.MatchString(s)
}

// yfAlsoClean reports a request for something more that limits, doubts and puts off
// nothing: no word of yfAlsoUnsafe, cap, condition, negation or (unless it is for next
// year or next time) alternative.
func yfAlsoClean(s string) bool {
	if yfAlsoUnsafe.MatchString(s) || yfVetoCap.MatchString(s) || yfAlsoCap.MatchString(s) ||
		yfCondition.MatchString(yfComparison.ReplaceAllString(s, " ")) {
		return false
	}
	if yfNegation.MatchString(yfNegationFree.ReplaceAllString(s, " ")) {
		return false
	}
	return yfLaterWish(s) || !yfAlternative.MatchString(s)
}

// yfLaterWish reports a wish for next time or next year (see above).
func yfLaterWish(s string) bool {
	if yfNextTime.MatchString(s) {
		return true
	}
	return yfNextYear.MatchString(s) && yfWish.MatchString(s) && !yfNextYearUnsafe.MatchString(s)
}

// yfWithoutLaterStage returns s without its "voordat"/"before" when the step before it is
// practical (see above).
func yfWithoutLaterStage(s string) string {
	if !yfLaterStage.MatchString(s) || yfStageUnsafe.MatchString(s) || guardFirstStepUnsafe.MatchString(s) {
		return s
	}
	return yfLaterStage.ReplaceAllString(s, " ")
}

// laterStageAt reports "voordat"/"before" at toks[j] that opens a later stage of the work
// (yfLaterStage) in a clause (the step and its "voordat") with no word of yfStageUnsafe or
// guardFirstStepUnsafe.
func (a *analysis) laterStageAt(j int) bool {
	w := a.toks[j].norm
	if w != "voordat" && w != "before" {
		return false
	}
	clause := a.toks[j].clause
	from, to := a.clauseStart(clause), j
	for to+1 < len(a.toks) && a.toks[to+1].clause == clause {
		to++
	}
	s := strings.Join(strings.Fields(fold(a.text[a.toks[from].start:a.toks[to].end])), " ")
	return yfLaterStage.MatchString(s) && !yfStageUnsafe.MatchString(s) && !guardFirstStepUnsafe.MatchString(s)
}

// A need that closes its sentence or clause: "we kunnen de kleedkamers niet de hele winter
// zonder warm water laten", "we can't leave the residents without heating". Why it is urgent,
// no part left out; "niet zonder offerte" and the like stay.
var (
	yfLeaveWithout       = regexp.MustCompile(`\b(?:kunnen|kan|can)\s+(?:\w+\s+){0,4}?(?:niet|not)\s+(?:\w+\s+){0,5}?(?:zonder|without)\s+(?:\w+\s+){0,3}?(?:laten\s+(?:zitten|staan)|laten|zitten|leave\s+(?:them|it|him|her)|go|manage)\s*(?:,|$)|\b(?:cant|cannot|can\s+not)\s+leave\s+(?:\w+\s+){1,4}?without\s+(?:\w+\s*){1,4}(?:,|$)`)
	yfLeaveWithoutUnsafe = regexp.MustCompile(`\b(?:offerte\w*|quote\w*|goedkeur\w*|approv\w*|toestemming|permission|akkoord|budget\w*|overleg\w*|check\w*|controle\w*|bon|receipt|factuur|invoice|garantie|warranty|contract)\b`)
)

// yfWithoutLeaveWithout returns s without such a need.
func yfWithoutLeaveWithout(s string) string {
	return yfLeaveWithout.ReplaceAllStringFunc(s, func(m string) string {
		if yfLeaveWithoutUnsafe.MatchString(m) {
			return m
		}
		return " "
	})
}

// Words of a negated fact (yfFactClause).
var (
	factSubjectUnsafe = set("ik", "we", "wij", "jij", "je", "u", "jullie", "i", "you", "dit", "dat", "die", "deze",
		"this", "that", "these", "those", "men", "one", "maar", "but", "en", "and", "als", "if")
	factStateVerbs = set("zit", "zitten", "zat", "zaten", "werkt", "werken", "werkte", "werkten", "lukt", "lukte",
		"loopt", "liep", "doet", "deed", "doen", "staat", "stond", "houdt", "hield", "wil", "wilde", "is", "zijn",
		"was", "waren", "works", "worked", "does", "did", "helps", "helped", "holds", "held", "is", "are", "was",
		"were", "has", "have", "had")
	factBetween = set("er", "het", "ook", "nog", "echt", "helemaal", "zo", "dit", "jaar", "this", "year", "really",
		"still", "quite", "dus", "natuurlijk", "weer", "again", "it", "at", "all")
	factNegators = set("niet", "geen", "not", "never", "nooit")
	existVerbs   = set("is", "zijn", "was", "waren", "are", "were", "has", "have", "had")
	factTail     = set("mee", "in", "meer", "op", "uit", "aan", "lekker", "echt", "helemaal", "yet", "anymore",
		"any", "more", "well", "there", "at", "all")
)

// yfWithoutFacts returns s without its clauses that are a negated fact about a third thing.
func yfWithoutFacts(s string) string {
	if !yfNegation.MatchString(s) && !strings.Contains(s, "nog") {
		return s
	}
	parts := yfClauseSplit.Split(s, -1)
	changed := false
	for i, p := range parts {
		if yfFactClause(strings.Fields(p)) {
			parts[i], changed = " ", true
		}
	}
	if !changed {
		return s
	}
	return strings.Join(parts, ",")
}

// yfFactClause reports a clause (folded words) that is a negated fact: subject (one to three
// words), a verb of state, filler, the negation, at most two particles.
func yfFactClause(words []string) bool {
	if len(words) < 3 || len(words) > 10 || factSubjectUnsafe[words[0]] {
		return false
	}
	verb := -1
	for i := 1; i < len(words) && i <= 3; i++ {
		if factSubjectUnsafe[words[i]] || digitWord(words[i]) {
			return false
		}
		if factStateVerbs[words[i]] {
			verb = i
			break
		}
	}
	if verb < 0 {
		return false
	}
	k := verb + 1
	for k < len(words) && factBetween[words[k]] {
		k++
	}
	if k >= len(words) || !factNegators[words[k]] {
		return false
	}
	if existVerbs[words[verb]] && k > verb && (words[k-1] == "nog" || words[k-1] == "still") {
		return false // "De vergunning is er nog niet": something still to come, not a state
	}
	tail := words[k+1:]
	if len(tail) > 2 {
		return false
	}
	for _, w := range tail {
		if !factTail[w] {
			return false
		}
	}
	return true
}

// requestAfterApproval reports an approval phrase whose question sentence (ending at toks[to])
// asks, in a clause of its own after it, someone to carry the work out: "Ik ga akkoord met de
// stoelen, wil jij ze bestellen?". At most five words come between the phrase and the comma
// that opens that clause, none of condition, question or doubt; the clause is a practical
// request or a follow-up question that doubts and limits nothing.
func (a *analysis) requestAfterApproval(mt match, to int) bool {
	if mt.cat != catApprove {
		return false
	}
	comma, n := -1, 0
	for j := mt.last + 1; j < to; j++ {
		t := a.toks[j]
		if t.kind == tkClause && t.norm == "," {
			comma = j
			break
		}
		if t.kind != tkWord {
			return false
		}
		if n++; n > 5 || conditionalWords[t.norm] || questionWords[t.norm] || negators[t.norm] || hedgeWords[t.norm] {
			return false
		}
	}
	if comma < 0 || nextWord(a.toks, comma) < 0 || nextWord(a.toks, comma) >= to {
		return false
	}
	q := strings.Join(strings.Fields(fold(a.text[a.toks[nextWord(a.toks, comma)].start:a.toks[to].start])), " ")
	return (practicalRequest(q) || followUpQuestion(q)) && !guardDoubt.MatchString(q)
}

// A decision for a request named by its reference, right before a colon: "Ik kon de mail met
// het verzoek niet meer terugvinden, maar voor SPOC-0753 (cursus echografie voor Ilse):
// akkoord.", "Re SPOC-0412: approved." (a new mail that names the request instead of
// replying to it).
var refBeforeColon = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:voor|for|re|betreft|inzake|aangaande|m\.?b\.?t\.?|regarding|about|wat\s+betreft)?\s*[A-Z]{2,10}[-‐ ]?\d{2,7}\s*(?:\([^()\n]{0,80}\))?\s*$`)

// refLeadIn reports a lead-in toks[from:sep] that ends with a reference to the request (see
// refBeforeColon) before the colon at sep, with no question, condition, hedge or deferral in
// it, and a phrase mt that closes its sentence.
func (a *analysis) refLeadIn(from, sep int, mt match) bool {
	if a.toks[sep].norm != ":" || !refBeforeColon.MatchString(a.text[a.toks[from].start:a.toks[sep].start]) {
		return false
	}
	for j := from; j < sep; j++ {
		t := a.toks[j]
		if t.kind == tkEnd && t.norm == "?" {
			return false
		}
		if t.kind != tkWord {
			continue
		}
		if (conditionalWords[t.norm] && t.norm != "wel") || hedgeWords[t.norm] || questionWords[t.norm] || a.deferral(j, j+1) {
			return false
		}
	}
	_, to := a.sentenceBounds(a.toks[mt.first].sent)
	for j := nextWord(a.toks, mt.last); j >= 0 && j < to; j = nextWord(a.toks, j) {
		if !afterPhraseWords[a.toks[j].norm] {
			return false
		}
	}
	return true
}

// dropQuestionRefusals leaves out a refusal phrase inside a question when a refusal stands
// outside any question too: "Hmm nee, dit vind ik te veel geld. Kan de neef van Daan dat niet
// doen? … Voor nu dus niet akkoord." The "niet doen" belongs to the suggestion the writer
// asks about; the refusals around it decide. Approvals are kept as they are.
func (a *analysis) dropQuestionRefusals(dec []match) []match {
	inQuestion := func(d match) bool {
		_, to := a.sentenceBounds(a.toks[d.first].sent)
		return to < len(a.toks) && a.toks[to].norm == "?"
	}
	outside := false
	for _, d := range dec {
		if d.cat == catReject && !inQuestion(d) {
			outside = true
		}
	}
	if !outside {
		return dec
	}
	out := dec[:0:0]
	for _, d := range dec {
		if d.cat == catReject && inQuestion(d) {
			continue
		}
		out = append(out, d)
	}
	return out
}

// An exclamation of delight that opens a reply, before the decision: "Wat een leuk idee van
// de kinderen! Van mij mag het.", "What a lovely plan! Go ahead." It opens with "wat een"/"wat
// leuk"/"what a"/"how nice", ends with "!", has at most nine words and nothing that negates,
// sets a condition, asks or names money.
var (
	delightOpen   = set("wat", "what", "how")
	delightSecond = set("een", "a", "leuk", "mooi", "fijn", "goed", "prachtig", "nice", "lovely", "great", "wonderful", "fantastisch", "geweldig", "tof")
	delightUnsafe = set("duur", "expensive", "bedrag", "amount", "geld", "money", "kosten", "cost", "prijs", "price", "gedoe", "hassle")
)

// delightEnd returns the last word of such an exclamation at toks[start], or -1.
func delightEnd(toks []token, start int) int {
	if !delightOpen[toks[start].norm] {
		return -1
	}
	n, end := 0, -1
	for j := start; j < len(toks) && toks[j].sent == toks[start].sent; j++ {
		t := toks[j]
		switch {
		case t.kind == tkEnd:
			if t.norm != "!" || end < 0 {
				return -1
			}
			if nx := nextWord(toks, j); nx < 0 || toks[nx].sent == toks[start].sent {
				return -1
			}
			return end
		case t.kind != tkWord:
		case n == 1 && !delightSecond[t.norm]:
			return -1
		case negators[t.norm] || conditionalWords[t.norm] || questionWords[t.norm] || delightUnsafe[t.norm] || digitWord(t.norm):
			return -1
		default:
			n++
			end = j
			if n > 9 {
				return -1
			}
		}
	}
	return -1
}

// A word of praise for the plan that opens a reply, a name after it, before the decision:
// "Goed plan Kevin, akkoord.", "Goed idee Petra, akkoord van mij.", "Good idea - approved."
// Two words, an adjective of praise and the plan, then a comma, dash or sentence end.
var (
	praiseAdjective = set("goed", "prima", "mooi", "leuk", "sterk", "slim", "top", "uitstekend", "helder", "good",
		"great", "nice", "excellent", "sensible", "smart", "lovely")
	praiseNoun = set("plan", "idee", "voorstel", "initiatief", "werk", "idea", "proposal", "initiative", "work", "plannen")
)

// praiseEnd returns the last word of such praise at toks[start] (the name after it
// included), or -1.
func praiseEnd(toks []token, start int) int {
	n := nextWord(toks, start)
	if !praiseAdjective[toks[start].norm] || n != start+1 || !praiseNoun[toks[n].norm] {
		return -1
	}
	end := n
	// "Goed plan Kevin,": a capitalised name of one word.
	if k := end + 1; k < len(toks) && toks[k].kind == tkWord && toks[k].upper && !knownWord(toks[k].norm) {
		end = k
	}
	k := end + 1
	if k >= len(toks) || (toks[k].norm != "," && toks[k].norm != "-" && toks[k].norm != "." && toks[k].norm != "!") {
		return -1
	}
	if nextWord(toks, k) < 0 {
		return -1
	}
	return end
}
