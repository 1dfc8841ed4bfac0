package mail

// The writer's own decision after the writer's own consideration, in one sentence:
//
//   - a first-person lead-in clause, joined by "en"/"and" to the decision verb of the same
//     subject: "Ik heb het verzoek bekeken en ga akkoord.", "We hebben het in het bestuur
//     besproken en gaan akkoord.", "Ik heb de offerte doorgenomen en keur hem goed.", "I've
//     read the request and I approve it.", "Ik heb het bekeken en ga niet akkoord.";
//   - a reasoned conclusion: the reason, then "dus"/"so"/"daarom" right before the decision
//     ("Die 560 euro is best fors, maar we hebben het al in de begroting opgenomen dus
//     akkoord van mijn kant.", "Ik heb er even met Piet over gebeld maar we vinden het
//     allebei nodig, dus: akkoord.").
//
// The lead-in and the reason hold no condition, deferral, doubt, question, negation,
// report of someone's words or third person, and a name only as the one consulted ("met
// Piet", "with Sarah"); a "maar"/"but" only as a concession (not "maar alleen …"). After
// the phrase only what it is about or filler ("van mijn kant"). What the rest of the text
// says is read as for any decision (contextClean, contextReason, the guard).

var (
	// Words of the writer as subject at the start of the lead-in.
	ownSubjects = set("ik", "we", "wij", "i", "ive", "weve", "id", "wed")
	// Words between "en"/"and" and the decision phrase: the same subject again, the verb, an
	// adverb.
	ownTailWords = set("ik", "we", "wij", "i", "ga", "gaan", "ben", "zijn", "am", "are", "will", "ill", "hierbij",
		"hereby", "dus", "so", "daarom", "therefore", "then", "dan", "keur", "keuren", "geef", "geven", "stem",
		"stemmen", "hem", "het", "dit", "deze", "haar", "it", "this", "er", "hier", "daar", "mee", "ermee", "hiermee",
		"daarmee", "also", "ook", "would", "like", "to", "happily", "graag")
	// Words that conclude a reason: "…, dus akkoord".
	concludeWords = set("dus", "so", "daarom", "therefore", "hence", "thus", "vandaar")
	// Words of the lead-in that make it more than the writer's consideration.
	ownLeadUnsafe = set("maar", "but", "nog", "still", "eerst", "first", "yet", "pas", "alleen", "only", "enkel")
	// Words a name may follow: the one the writer consulted.
	consultedWith = set("met", "with", "bij")
)

// ownVerdict reports a decision d that the writer states after a lead-in of their own
// consideration or as the conclusion of their reasons (see above).
func (a *analysis) ownVerdict(d match) bool {
	if d.flag != "" || a.quotedPhrase(d) {
		return false
	}
	sent := a.toks[d.first].sent
	from, to := a.sentenceBounds(sent)
	if sent == a.firstSent && from < a.contentStart {
		from = a.contentStart
	}
	if !a.ownAfter(d, to) {
		return false
	}
	// Where the lead-in ends: "en"/"and" followed only by tail words, or a concluding word
	// followed only by a colon.
	cut, conclude := -1, false
	for j := a.prevWord(d.first); j >= from; j = a.prevWord(j) {
		w := a.toks[j].norm
		if concludeWords[w] {
			cut, conclude = j, true
			break
		}
		if w == "en" || w == "and" {
			cut = j
			break
		}
		if !ownTailWords[w] {
			return false
		}
	}
	if cut < 0 {
		return false
	}
	if conclude {
		// Only a colon or a comma between the concluding word and the phrase, no other word.
		if n := nextWord(a.toks, cut); n != d.first {
			return false
		}
	} else if f := a.firstWordIn(from, cut); f < 0 || !ownSubjects[a.toks[f].norm] {
		return false // "Ik heb het verzoek bekeken en ga akkoord": the writer's lead-in
	}
	return a.ownLeadClean(from, cut, d, conclude)
}

// ownAfter reports only what d is about, or filler, after it in its sentence.
func (a *analysis) ownAfter(d match, to int) bool {
	if a.aboutObject(d, to) {
		for j := d.last + 1; j < to; j++ {
			if t := a.toks[j]; t.kind == tkClause && t.clause != a.toks[d.last].clause {
				return false // a second clause after it: read by ownSentence, not here
			}
		}
		return true
	}
	n := 0
	for j := nextWord(a.toks, d.last); j >= 0 && j < to; j = nextWord(a.toks, j) {
		if !afterPhraseWords[a.toks[j].norm] || n >= 5 {
			return false
		}
		n++
	}
	return true
}

// ownLeadClean reports a lead-in or reason in toks[from:cut] that only tells the writer's
// consideration: at most 30 words (14 for a lead-in joined by "en"), nothing that sets a
// condition, defers, doubts, asks, negates, reports or brings in someone else.
func (a *analysis) ownLeadClean(from, cut int, d match, conclude bool) bool {
	n, first := 0, false
	for j := from; j < cut; j++ {
		t := a.toks[j]
		if t.kind == tkEnd && t.norm == "?" {
			return false
		}
		if t.kind == tkClause && t.norm != "," && t.norm != "-" {
			return false // brackets, quotes, a colon: "Piet: …"
		}
		if t.kind != tkWord {
			continue
		}
		w := t.norm
		if ownSubjects[w] || w == "allebei" || w == "both" {
			first = true
		}
		if w == "die" && n == 0 && !a.demonstrativeDie(j) {
			return false
		}
		if negators[w] || conditionalWords[w] || hedgeWords[w] || questionWords[w] || speechWords[w] ||
			thirdPersonWords[w] && !(w == "die" && n == 0) || earlierWords[w] && w != "had" && w != "was" || relaySpeech[w] ||
			(n == 0 && questionStart[w]) || greetingWords[w] && n == 0 {
			return false
		}
		if (w == "maar" || w == "but") && a.butLimited(j) {
			return false
		}
		if !conclude && ownLeadUnsafe[w] {
			return false
		}
		if t.upper && n > 0 && w != "i" {
			if p := a.prevWord(j); p < 0 || !consultedWith[a.toks[p].norm] {
				return false // a name not as the one consulted: "Piet vindt het nodig, dus akkoord"
			}
		}
		n++
	}
	if n == 0 || n > 30 || (!conclude && n > 14) {
		return false
	}
	if conclude && !first && d.cat == catApprove {
		// A reason without the writer in it may be someone else's view: "Het bestuur vindt het
		// nodig, dus akkoord". Impersonal reasons ("Het dak lekt, dus akkoord") are read by
		// ownSentence after a comma; here the writer must be in it.
		return false
	}
	return !a.conditional(from, cut, d) && !a.contextDeferral(from, cut)
}

// demonstrativeDie reports "Die" at j that points at a thing ("Die 560 euro is best fors")
// rather than standing for a person ("Die vindt het goed"): no verb of a view right after it.
func (a *analysis) demonstrativeDie(j int) bool {
	n := nextWord(a.toks, j)
	if n < 0 {
		return false
	}
	switch a.toks[n].norm {
	case "vindt", "vond", "zegt", "zei", "wil", "wilde", "gaat", "ging", "heeft", "had", "denkt", "dacht", "moet", "keurt":
		return false
	}
	return true
}
