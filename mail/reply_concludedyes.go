package mail

import (
	"regexp"
	"strings"
)

// A refusal denied: "Ik zie geen reden om niet akkoord te gaan.", "Ik kan er moeilijk niet
// akkoord mee gaan", "Niet akkoord gaan heeft nu weinig zin", "I see no reason to not
// approve this", "I can't really say no", "I could hardly refuse". The words of a refusal
// ("niet akkoord", "not approve", "refuse") stand in a clause that says there is no reason
// for, no point in or no way to a refusal: a double negation that leans to the yes and is
// no refusal. Such a clause, standing on its own (no condition, question, doubt or someone
// else's view around it), is blanked out before the reply is read, so that the yes the
// writer then says ("Dus: akkoord.", "so: approved.", "Akkoord, … Maar niet akkoord gaan
// heeft weinig zin: …") is read as if the clause were a plain reason. A yes it leans to
// is not made by it: "Ik zie geen reden om niet akkoord te gaan" alone reads as before, and
// a denied approval ("Ik zie geen reden om akkoord te gaan", "I see no reason to approve
// this") is no denied refusal.

// drRefusal is a refusal in words, as the object of the denial (folded, no apostrophes).
const drRefusal = `(?:(?:niet|geen)\s+(?:\w+\s+){0,3}?(?:akkoord|goed\s*te\s*keuren|goedkeuren|toestemming)` +
	`|nee\s+(?:\w+\s+){0,2}?(?:te\s+)?zeggen|af\s*te\s*(?:keuren|wijzen)|afkeuren|afwijzen|te\s+weigeren|weigeren` +
	`|(?:not\s+to|to\s+not|not)\s+(?:\w+\s+){0,1}?(?:approve|agree|sign\s+off|accept|say\s+yes|go\s+ahead)` +
	`|(?:to\s+)?(?:refuse|reject|decline|say\s+no|object|block\s+(?:it|this))|refusing|rejecting|saying\s+no|objecting|not\s+approving)`

var (
	drDenied = []*regexp.Regexp{
		// "geen (enkele) reden om niet akkoord te gaan", "no reason not to approve", "can't see
		// any reason to refuse".
		regexp.MustCompile(`\b(?:geen|no|not\s+any|niet\s+een|any)\s+(?:enkele\s+|goede\s+|good\s+|real\s+|earthly\s+)?(?:reden|aanleiding|grond|reason|grounds?)\s+(?:(?:om|waarom|to|why)\s+)?(?:(?:ik|we|wij|i|hier|er|daar|dit|this|it|hem|mee|ermee|hiermee|should|would|zou|zouden|moeten|moet)\s+){0,3}` + drRefusal + `\b`),
		// "kan er moeilijk niet akkoord mee gaan", "I can hardly refuse", "could hardly say no".
		regexp.MustCompile(`\b(?:kan|kun|kon|can|could)\s+(?:(?:ik|er|hier|daar|dit|het|we|hem)\s+){0,3}(?:moeilijk|lastig|nauwelijks|bezwaarlijk|onmogelijk|hardly|scarcely)\s+(?:(?:er|hier|daar|dit|het|hem|mee)\s+){0,2}` + drRefusal + `\b`),
		// "I can't really say no", "I couldn't very well refuse".
		regexp.MustCompile(`\b(?:cant|cannot|couldnt|can\s+not|could\s+not)\s+(?:really\s+|very\s+well\s+|in\s+good\s+conscience\s+)(?:say\s+no|refuse|reject|object)\b`),
		// "niet akkoord gaan heeft (nu) weinig zin", "nee zeggen is geen optie", "no point in
		// refusing", "there's no sense in saying no".
		regexp.MustCompile(`(?:^|\b)` + drRefusal + `\s+(?:gaan\s+|geven\s+|zeggen\s+)?(?:heeft|is|would\s+be|is)\s+(?:(?:nu|toch|ook|hier|verder|echt|eigenlijk|really|now)\s+)*(?:weinig|geen|niet\s+veel|nauwelijks|pointless|zinloos|onzin|no|not\s+an?)\s*(?:zin|optie|option|use|point|sense)?\b`),
		regexp.MustCompile(`\b(?:heeft|has)\s+(?:(?:nu|toch|ook|het|echt|eigenlijk)\s+){0,2}(?:weinig|geen|niet\s+veel|nauwelijks|little|no)\s+(?:zin|point|sense|use)\s+(?:om|to|in)\s+` + drRefusal + `\b`),
		regexp.MustCompile(`\b(?:no|little|not\s+much)\s+(?:point|sense|use)\s+(?:in\s+)?` + drRefusal + `\b`),
		// "hard to say no", "moeilijk om nee te zeggen".
		regexp.MustCompile(`\b(?:hard|difficult|moeilijk|lastig)\s+(?:om\s+|to\s+)?(?:hier\s+|er\s+|dit\s+)?(?:nee\s+te\s+zeggen|say\s+no|refuse)\b`),
	}
	// Words around the denial that make it more than a reason for the yes: a condition, a
	// question, doubt, someone else's view, a step first.
	drUnsafe = set("als", "indien", "mits", "tenzij", "zolang", "zodra", "wanneer", "if", "unless", "provided",
		"once", "when", "whether", "of", "alleen", "only", "eerst", "first", "nog", "yet", "pas", "maar", "but",
		"hij", "zij", "ze", "he", "she", "they", "volgens", "according", "waarom", "why", "twijfel", "doubt",
		"misschien", "maybe", "perhaps", "denk", "think", "weet", "know", "zegt", "zei", "says", "said", "vindt",
		"vond", "thinks", "wel", "still", "however", "echter", "toch", "though", "although", "hoewel")
	drLeadOK = set("maar", "but", "en", "and", "tja", "nou", "well", "dus", "so")
	// Words that may stand before the denial: the writer and filler, no one else ("Piet ziet
	// geen reden om niet akkoord te gaan").
	drBeforeOK = set("ik", "i", "we", "wij", "zie", "see", "can", "kan", "kon", "could", "er", "there", "is", "was",
		"are", "its", "it", "echt", "really", "honestly", "eerlijk", "gezegd", "maar", "but", "tja", "nou", "well",
		"dus", "so", "en", "and", "ook", "also", "eigenlijk", "actually", "hier", "daar", "dit", "this", "that", "dat",
		"heb", "have", "persoonlijk", "personally", "zelf", "verder", "nu", "now", "dan", "then", "zo", "just",
		"gewoon", "simply", "frankly", "cant", "cannot", "dont", "do", "find", "vind", "mijn", "my", "kant", "side",
		"from", "van", "oprecht", "truly", "ja", "yes", "ok", "oke", "okay")
	// Words that open a clause after the denial and take from it: "…, behalve de prijs".
	drTakesBack = set("behalve", "except", "tenzij", "unless", "alleen", "only", "als", "if", "mits", "provided",
		"zolang", "maar", "but", "though", "although", "hoewel", "echter", "however", "toch")
	drFirstPerson = set("ik", "i", "we", "wij", "im", "ill", "id")
)

// maskDeniedRefusal returns text with each clause of a denied refusal (see above) blanked
// out with spaces, so that every offset stays the same.
func maskDeniedRefusal(text string) string {
	low := strings.ToLower(text)
	if !strings.Contains(low, "niet") && !strings.Contains(low, "nee") && !strings.Contains(low, "not") &&
		!strings.Contains(low, "no") && !strings.Contains(low, "af") && !strings.Contains(low, "refus") {
		return text
	}
	var b []byte
	eachStatement(text, true, func(start, end int) {
		if from, to, ok := deniedRefusalClause(text[start:end]); ok {
			if b == nil {
				b = []byte(text)
			}
			for k := start + from; k < start+to; k++ {
				b[k] = ' '
			}
		}
	})
	if b == nil {
		return text
	}
	return string(b)
}

// deniedRefusalClause reports the byte range in sent (a sentence without its end) of a
// clause that is a denied refusal standing on its own.
func deniedRefusalClause(sent string) (from, to int, ok bool) {
	cs := 0
	for i := 0; i <= len(sent); i++ {
		if i < len(sent) && !strings.ContainsRune(",;:()", rune(sent[i])) {
			continue
		}
		clause := sent[cs:i]
		if deniedRefusal(clause) {
			if i < len(sent) {
				// "…, behalve de prijs", "…, maar Piet wel": what the denial gives, the next clause
				// takes; "…, maar ik wil eerst overleggen" is read on its own.
				rest := strings.Fields(yfApostrophe.Replace(fold(sent[i+1:])))
				if len(rest) > 0 && drTakesBack[rest[0]] &&
					!((rest[0] == "maar" || rest[0] == "but") && len(rest) > 1 && drFirstPerson[rest[1]]) {
					return 0, 0, false
				}
			}
			return cs, i, true
		}
		cs = i + 1
	}
	return 0, 0, false
}

// deniedRefusal reports a clause that says only that there is no reason for, no point in
// or no way to a refusal (see drDenied).
func deniedRefusal(clause string) bool {
	s := strings.Join(strings.Fields(yfApostrophe.Replace(fold(clause))), " ")
	if s == "" || len(s) > 160 {
		return false
	}
	for _, re := range drDenied {
		loc := re.FindStringIndex(s)
		if loc == nil {
			continue
		}
		before := strings.Fields(s[:loc[0]])
		after := strings.Fields(s[loc[1]:])
		if len(before) > 5 || len(after) > 6 {
			return false
		}
		for k, w := range before {
			if drUnsafe[w] && !(k == 0 && drLeadOK[w]) || !drBeforeOK[w] {
				return false
			}
		}
		for _, w := range after {
			w = strings.Trim(w, `"'`)
			if drUnsafe[w] {
				return false
			}
		}
		return true
	}
	return false
}

// Reasons first, then the yes: "Hoi Geert! Ik ben gisteren even bij Oostermoer langs geweest
// … het is echt een stofboel daar. Dus ja hoor, akkoord, laat ze het maar goed doen.", "Ja, ik
// had de keuringsrapporten ook al gezien. Het is eigenlijk schandalig dat … Akkoord voor de
// reparatie.", "Wat een goed idee …!! Van mij mag het hoor, akkoord dus.", "Ik heb er even
// over na moeten denken. De vorige keer vond ik het te duur, maar … Akkoord." The writer
// tells reasons, history or feelings in whole sentences and then says the yes as a sentence
// of its own, read as a yes that opens a reply (yesFirst, with its remark rules for what
// follows). The sentences before it hold no question, no condition on the request, no
// doubt, no step first or deferral, no decision phrase (but a rejection reported in the
// passive, "die rails worden nu afgekeurd") and no view of someone else ("Piet vond het
// prima."); otherwise the reply reads as before.
var (
	// Conditions that open a sentence or clause, or stand anywhere for these.
	rtyCondition = set("als", "indien", "mits", "tenzij", "zolang", "zodra", "wanneer", "voorwaarde", "voorwaarden",
		"voorbehoud", "if", "provided", "providing", "unless", "assuming", "pending", "afhankelijk", "depending",
		"condition", "conditions", "once", "whether")
	// Exclusions and refusals in words the matcher may leave: "…, behalve de prijs", "om dit af
	// te wijzen".
	rtyRefusalWords = set("behalve", "except", "uitgezonderd", "excluding", "afwijzen", "afkeuren", "weigeren",
		"weiger", "reject", "refuse", "decline", "veto", "tegenhouden", "blokkeren", "block")
	// Conditions that may stand inside a clause of need ("alarm kunnen slaan als ze vallen").
	rtyWhenWords = set("als", "wanneer", "when", "zodra")
	// Words of assent before "als" in its clause: "Het is goed als de prijs klopt."
	rtyAssentBefore = set("goed", "prima", "ok", "oke", "okay", "fine", "akkoord", "mag", "kan", "kun", "doen",
		"approve", "approved", "best", "accoord", "akkoord", "yes", "ja")
	// Doubt.
	rtyHedge = set("misschien", "wellicht", "waarschijnlijk", "vermoedelijk", "geloof", "principe", "voorlopig",
		"maybe", "perhaps", "probably", "possibly", "guess", "suppose", "twijfel", "twijfels", "twijfelde", "doubt",
		"doubts", "unsure", "onzeker", "principle", "provisionally", "tentatively", "eventueel", "mss", "wsl")
	// Steps first and deferrals.
	rtyDefer = set("eerst", "first", "wacht", "wachten", "wait", "waiting", "later", "overleg", "overleggen",
		"bespreken", "discuss", "hold", "uitstellen", "postpone", "voorlopig", "nadenken", "overwegen", "bedenken",
		"nakijken", "uitzoeken", "navragen", "yet", "sleep")
	// Verbs of a view or a decision; with a subject other than the writer, someone else's.
	rtyViewVerbs = set("vindt", "vond", "vinden", "vonden", "zegt", "zei", "zeggen", "zeiden", "denkt", "dacht",
		"wil", "wilde", "willen", "keurt", "keurde", "gaf", "geeft", "meldt", "meldde", "schrijft", "schreef",
		"mailt", "mailde", "appte", "belde", "thinks", "thought", "says", "said", "wants", "wanted", "feels",
		"felt", "agreed", "agrees", "approves", "likes", "liked", "told", "wrote", "volgens", "according")
	rtyWriter = set("ik", "we", "wij", "i", "mij", "me", "ons", "us", "mijn", "my")
	// Someone's signature or approval still to come: "de penningmeester moet ook nog tekenen".
	rtyOthersSign = set("tekenen", "ondertekenen", "handtekening", "sign", "signs", "signature", "goedkeuring",
		"toestemming", "approval", "permission", "beslissen", "besluit", "decide", "decision", "pending")
	// Words of delight that make "Wat een …!" an exclamation for the request, not at its price.
	rtyDelight = set("goed", "goede", "mooi", "mooie", "leuk", "leuke", "fijn", "fijne", "prachtig", "prachtige",
		"geweldig", "geweldige", "top", "super", "tof", "toffe", "great", "good", "nice", "lovely", "wonderful",
		"excellent", "brilliant", "fantastic", "fantastisch", "fantastische", "slim", "slimme", "smart")
	// Auxiliaries of the passive before a reported rejection: "die rails worden afgekeurd".
	rtyPassive = set("worden", "werden", "wordt", "werd", "zijn", "is", "was", "waren", "been", "are", "were")
)

// reasonsThenYes reports a reply whose clear yes opens a later sentence after reasons (see
// above), and the byte range of the yes.
func reasonsThenYes(text string, kw Keywords) (from, to int, ok bool) {
	a := readyAnalysis(text, kw, 250)
	if a == nil {
		return 0, 0, false
	}
	text = a.text
	all := a.m.findAll(a.toks)
	all = mergeMatches(all, findVocab(a.toks, all))
	for _, j0 := range a.concludedYesStarts() {
		if j0 <= a.contentStart {
			continue
		}
		if !a.reasonsClean(a.contentStart, j0, all) {
			return 0, 0, false // the reasons only grow from here
		}
		off := a.toks[j0].start
		if f, t, ok := yesFirst(text[off:], kw); ok && guardApprovalWith(text[off:], f, t, true) == "" {
			// Read as if the yes opened the reply, and then with the reasons before it.
			return off + f, off + t, true
		}
	}
	return 0, 0, false
}

// A deferral or a decision still to come, told in words reasonsClean's word lists lack:
// "Dit parkeren we tot na de begroting.", "Geef me een dag bedenktijd.", "Ik kom hier
// maandag op terug.", "Dit agenderen we voor de volgende vergadering.", "Ik laat het je
// morgen weten.", "Eerst de tweede offerte afwachten", "I'll get back to you on Monday.",
// "Let me sleep on it.", "Give me a day to think."
var rtyLaterDecision = regexp.MustCompile(`\b(?:parkeren|parkeer|agenderen|agendeer|aanhouden|houden\s+(?:\w+\s+){0,2}aan|uitstellen|bedenktijd|afwachten|kom\w*\s+(?:\w+\s+){0,4}op\s+terug|laat\s+(?:\w+\s+){0,3}(?:morgen|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|volgende\s+week|later|nog)\s+(?:\w+\s+){0,2}weten|get\s+back\s+to\s+you|come\s+back\s+to\s+(?:you|this|it)|sleep\s+on\s+it|give\s+me\s+(?:a|an|some|one|two|a\s+few)\s+(?:\w+\s+)?(?:day|days|week|weeks|time|moment|while)|let\s+you\s+know|put\s+(?:it|this)\s+on\s+hold|postpone|defer|table\s+(?:it|this))\b`)

// reasonsClean reports that toks[from:to] only tell reasons (see reasonsThenYes).
func (a *analysis) reasonsClean(from, to int, all []match) bool {
	if from < to && rtyLaterDecision.MatchString(yfApostrophe.Replace(fold(a.text[a.toks[from].start:a.toks[to-1].end]))) {
		return false
	}
	n := 0
	for _, mt := range all {
		if mt.first >= to || mt.last < from {
			continue
		}
		if mt.cat == catReject && mt.first == mt.last {
			if p := a.prevWord(mt.first); p >= 0 && rtyPassive[a.toks[p].norm] {
				continue // "die rails worden nu pas afgekeurd": a rejection reported
			}
		}
		return false
	}
	clauseFirst := true
	for j := from; j < to; j++ {
		t := a.toks[j]
		switch t.kind {
		case tkEnd:
			if t.norm == "?" {
				return false
			}
			clauseFirst = true
			continue
		case tkClause:
			if t.norm != "," && t.norm != "-" && t.norm != ":" && t.norm != ";" {
				return false // brackets, quotes: "Piet: …"
			}
			clauseFirst = true
			continue
		case tkWord:
		default:
			continue
		}
		w := t.norm
		first := clauseFirst
		clauseFirst = false
		n++
		if rtyCondition[w] {
			if first || !rtyWhenWords[w] || a.assentBefore(j) {
				return false
			}
		}
		if rtyHedge[w] || rtyDefer[w] && !a.pastFirst(j) && !a.waitNoDeferral(j) || relaySpeech[w] && !a.writerNear(j) {
			return false
		}
		if (w == "denk" || w == "denken" || w == "think") && !a.deliberation(j) {
			return false
		}
		if rtyViewVerbs[w] && !a.writerNear(j) || rtyOthersSign[w] {
			return false
		}
		if rtyRefusalWords[w] || questionWords[w] || w == "hangt" || w == "ertegen" || w == "against" {
			return false // a question to come, "het hangt af van …", "ik ben ertegen"
		}
		if p := a.prevWord(j); p >= from && ((w == "tegen" && a.toks[p].norm == "er") ||
			((w == "overtuigd" || w == "convinced") && negators[a.toks[p].norm])) {
			return false // "ik ben er nog steeds tegen", "ik ben niet overtuigd"
		}
		if w == "af" {
			if nx := nextWord(a.toks, j); nx >= 0 && a.toks[nx].norm == "te" {
				if n2 := nextWord(a.toks, nx); n2 >= 0 && (a.toks[n2].norm == "wijzen" || a.toks[n2].norm == "keuren") {
					return false // "om dit af te wijzen"
				}
			}
		}
		if w == "nog" {
			// "Ik heb nog geen offerte gezien", "Ik wil nog even bellen": not yet, or a step first.
			if nx := nextWord(a.toks, j); nx >= 0 && nx < to && (negators[a.toks[nx].norm] || a.toks[nx].norm == "even") {
				return false
			}
		}
		if (w == "maar" || w == "but") && j+1 < to {
			// "Alles goed, maar niet de soep.": a part left out.
			if nx := nextWord(a.toks, j); nx >= 0 && nx < to && negators[a.toks[nx].norm] {
				return false
			}
		}
		if first && (w == "wat" || w == "what") && !a.delightSentence(j) {
			return false // "Wat een bedrag!": an outcry at the price
		}
	}
	return n > 0 && n <= 120
}

// assentBefore reports a word of assent before toks[j] in its clause: "Het is goed als …".
func (a *analysis) assentBefore(j int) bool {
	for p := a.prevWord(j); p >= 0 && a.toks[p].clause == a.toks[j].clause; p = a.prevWord(p) {
		if rtyAssentBefore[a.toks[p].norm] {
			return true
		}
	}
	return false
}

// pastFirst reports "eerst"/"first"/"nog" at j that looks back: "eerst had ik …", "de vorige
// keer … nog", or "nog" before "niet"/"geen" in a fact ("daar zaten ze nog los").
func (a *analysis) pastFirst(j int) bool {
	n := nextWord(a.toks, j)
	switch a.toks[j].norm {
	case "eerst", "first":
		return n >= 0 && (a.toks[n].norm == "had" || a.toks[n].norm == "was" || a.toks[n].norm == "vond" ||
			a.toks[n].norm == "dacht" || a.toks[n].norm == "thought")
	}
	return false
}

// writerNear reports the writer as the subject right before or after a verb at j: "vond ik",
// "ik vond", "volgens mij".
func (a *analysis) writerNear(j int) bool {
	if n := nextWord(a.toks, j); n >= 0 && a.toks[n].clause == a.toks[j].clause && rtyWriter[a.toks[n].norm] {
		return true
	}
	for p, k := a.prevWord(j), 0; p >= 0 && k < 2 && a.toks[p].clause == a.toks[j].clause; p, k = a.prevWord(p), k+1 {
		if rtyWriter[a.toks[p].norm] {
			return true
		}
	}
	return false
}

// deliberation reports "denken"/"think" at j as the writer's own deliberation: "ik heb er even
// over na moeten denken", "I had to think about it".
func (a *analysis) deliberation(j int) bool {
	for p, k := a.prevWord(j), 0; p >= 0 && k < 3 && a.toks[p].clause == a.toks[j].clause; p, k = a.prevWord(p), k+1 {
		if w := a.toks[p].norm; w == "na" || w == "over" || w == "to" {
			return true
		}
	}
	return false
}

// delightSentence reports a word of delight in the sentence of toks[j]: "Wat een goed idee!".
func (a *analysis) delightSentence(j int) bool {
	from, to := a.sentenceBounds(a.toks[j].sent)
	for k := from; k < to; k++ {
		if a.toks[k].kind == tkWord && rtyDelight[a.toks[k].norm] {
			return true
		}
	}
	return false
}

// Where a concluded yes may start: each sentence after the first (up to eight), and the
// word after a colon that closes a lead-in of its own ("Alles afwegende: akkoord.",
// "Kortom: akkoord.", "On balance: approved.", "…, maar voor de vorm: akkoord.", "Even kort
// want ik sta in de zaal: akkoord.", "Sorry, … Bij deze: akkoord voor de schermen."), in
// order.
func (a *analysis) concludedYesStarts() []int {
	var out []int
	for j := a.contentStart; j < len(a.toks); j++ {
		t := a.toks[j]
		if t.sent > a.firstSent+8 {
			break
		}
		if t.kind == tkWord && j == a.sentFirst[t.sent] && t.sent > a.firstSent {
			out = append(out, j)
			continue
		}
		if t.kind == tkClause && t.norm == ":" && a.colonLeadIn(j) {
			if n := nextWord(a.toks, j); n >= 0 && a.toks[n].sent == t.sent && a.toks[n].start > t.end {
				out = append(out, n)
			}
		}
	}
	return out
}

var (
	// Lead-ins of at most three words that conclude: "Kortom:", "Bij deze:", "On balance:".
	cyLabels = phraseList("kortom", "dus", "daarom", "samengevat", "conclusie", "mijn conclusie", "alles afwegende",
		"alles overwegende", "alles bij elkaar", "al met al", "kort gezegd", "kort en goed", "bij deze", "hierbij",
		"voor de vorm", "mijn antwoord", "het antwoord", "antwoord", "so", "therefore", "on balance", "all in all",
		"all things considered", "in short", "in conclusion", "in sum", "bottom line", "my answer", "the answer",
		"answer", "so yes", "dus ja", "maar goed", "anyway", "enfin", "nou", "well")
	// Joining words before a label.
	cyJoin = set("dus", "en", "maar", "so", "and", "but")
	// Words in the clause before the colon that make what follows no yes of the writer's
	// own: advice, a first reaction, a vote, a proposal, somebody's role.
	cyLeadVeto = set("advies", "adviseer", "adviseren", "advice", "advise", "recommend", "recommendation",
		"aanbeveling", "suggestie", "suggest", "suggestion", "stem", "stemming", "vote", "voorstel", "proposal",
		"eerste", "first", "reactie", "reaction", "gedachte", "thought", "idee", "idea", "gevoel", "feeling",
		"penningmeester", "voorzitter", "secretaris", "bestuur", "directie", "treasurer", "chair", "chairman",
		"board", "committee", "manager", "status", "onderwerp", "subject", "re", "vraag", "question", "optie",
		"option", "keuze", "choice", "opties", "options", "uitkomst", "outcome", "result", "resultaat", "uitslag",
		"besluit", "decision", "commissie", "raad", "kerkenraad", "council", "trustees", "directeur", "director",
		"betreft", "regarding", "concerning")
)

// colonLeadIn reports a colon at j that closes a lead-in of the writer's own: a concluding
// label (cyLabels), or a clause of four words or more; never one that ends in a name or
// holds advice, a first reaction or somebody's role (cyLeadVeto).
func (a *analysis) colonLeadIn(j int) bool {
	var words []string
	upperLast := false
	for p := j - 1; p >= 0 && a.toks[p].clause == a.toks[j-1].clause && a.toks[p].sent == a.toks[j].sent; p-- {
		t := a.toks[p]
		if t.kind == tkClause || t.kind == tkEnd || t.kind == tkLine {
			break
		}
		if t.kind != tkWord {
			continue
		}
		if len(words) == 0 {
			upperLast = t.upper && p != a.sentFirst[t.sent]
		}
		words = append([]string{t.norm}, words...)
	}
	if len(words) == 0 || upperLast {
		return false
	}
	for _, w := range words {
		if cyLeadVeto[w] {
			return false
		}
	}
	lead := words
	if len(lead) > 1 && cyJoin[lead[0]] {
		lead = lead[1:] // "…, dus bij deze: akkoord!", "…, but all in all: approved"
	}
	if longestAt(lead, 0, cyLabels) == len(lead) {
		return true
	}
	return len(words) >= 4
}

var (
	// "kan niet wachten", "can't wait", "we can not wait longer": urgency, a reason for the yes.
	cyCanWords = set("kan", "kunnen", "kon", "konden", "can", "cannot", "cant", "could", "couldnt")
	cyNotWords = set("niet", "not", "cannot", "cant", "couldnt")
	cyLonger   = set("langer", "meer", "nog")
	// "zitten te wachten", "staan te wachten": people waiting, a fact.
	cyPositionVerbs = set("zit", "zitten", "zat", "zaten", "sta", "staan", "staat", "stond", "stonden", "lig",
		"liggen", "ligt", "lag", "lagen")
)

// waitNoDeferral reports "wachten"/"wait" at j that asks for no wait: urgency ("dit kan niet
// wachten", "we can not wait longer", "this can't wait") or a fact of people waiting ("ouders
// die zitten te wachten"). "Moeten we niet wachten" (a suggestion to wait) is none of these.
func (a *analysis) waitNoDeferral(j int) bool {
	if w := a.toks[j].norm; w != "wachten" && w != "wait" {
		return false
	}
	p := a.prevWord(j)
	if p < 0 || a.toks[p].clause != a.toks[j].clause {
		return false
	}
	if a.toks[p].norm == "te" {
		pp := a.prevWord(p)
		return pp >= 0 && a.toks[pp].clause == a.toks[j].clause && cyPositionVerbs[a.toks[pp].norm]
	}
	if cyLonger[a.toks[p].norm] {
		// "kan niet langer wachten", "can't wait any longer" (the latter after the verb).
		if p = a.prevWord(p); p < 0 || a.toks[p].clause != a.toks[j].clause {
			return false
		}
	}
	if !cyNotWords[a.toks[p].norm] {
		return false
	}
	if a.toks[p].norm != "niet" && a.toks[p].norm != "not" {
		return true // "cant wait", "cannot wait"
	}
	for q, k := a.prevWord(p), 0; q >= 0 && k < 3 && a.toks[q].clause == a.toks[j].clause; q, k = a.prevWord(q), k+1 {
		if cyCanWords[a.toks[q].norm] {
			return true
		}
	}
	return false
}
