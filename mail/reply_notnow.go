package mail

// A refusal for now, as the answer: "Niet nu Arjen. Die Transit kan nog tot de zomer mee.",
// "Niet in december. … Zet het op de planning voor april en vraag het dan opnieuw aan.",
// "Nu even niet.", "Not now." The first sentence is only the negation and the time it refuses
// (nu/now, "dit jaar", "in december", …), perhaps with "sorry"/"helaas" and the requester's
// name, closed by "." or "!" or a paragraph end; the writer puts nothing off after it ("Niet
// nu. Ik kijk er morgen naar.", "Niet nu, ik kom erop terug" and "Niet nu?" stay none) and
// nothing after it sets a condition ("Niet nu. Als het budget er is wel.") or says yes to
// another time ("Niet nu. Wel in januari.").

var (
	notNowTimes   = set("nu", "now", "dit", "deze", "this", "jaar", "year", "keer", "time", "maand", "month", "week", "seizoen", "season", "in", "voor", "before", "during", "tijdens", "winter", "zomer", "summer", "kerst", "christmas")
	notNowSoft    = set("sorry", "helaas", "unfortunately", "even", "echt", "really", "maar", "but", "nee", "no", "im", "afraid", "i", "am")
	notNowAnchors = set("nu", "now", "keer", "time", "jaar", "year", "maand", "month")
	// A writer who puts the decision off: "ik kijk er morgen naar", "we bespreken het maandag",
	// "I'll get back to you", "let me think about it".
	laterVerbs    = set("kijk", "kijken", "bekijk", "bekijken", "kom", "komen", "terug", "nadenken", "denk", "denken", "overleg", "overleggen", "bespreek", "bespreken", "beslis", "beslissen", "look", "back", "think", "decide", "discuss", "review", "reconsider", "check")
	laterObjects  = set("er", "erop", "ernaar", "erover", "hierop", "hiernaar", "hierover", "daarop", "daarnaar", "daarover", "het", "dit", "dat", "it", "this", "that", "you", "je", "u")
	laterSubjects = set("ik", "we", "wij", "i", "me", "mij", "ill", "well", "lets", "us")
	againWords    = set("opnieuw", "again", "weer", "nogmaals")
)

// flatNotNow reports a refusal for now that opens the reply (see above) and returns the
// end of its sentence.
func (a *analysis) flatNotNow() (int, bool) {
	from, to := a.sentenceBounds(a.firstSent)
	if from < a.contentStart {
		from = a.contentStart
	}
	if to < len(a.toks) && a.toks[to].norm != "." && a.toks[to].norm != "!" && a.toks[to].norm != "\n" {
		return 0, false
	}
	neg, anchor, month, last := false, false, false, -1
	for j := from; j < to; j++ {
		t := a.toks[j]
		if t.kind != tkWord {
			continue
		}
		last = j
		switch {
		case t.norm == "niet" || t.norm == "not":
			if neg {
				return 0, false
			}
			neg = true
		case notNowAnchors[t.norm]:
			anchor = true
		case monthNames[t.norm] != 0 && len(t.norm) > 3:
			month = true
		case notNowTimes[t.norm] || notNowSoft[t.norm] || vocativeEnd(a.toks, j):
		default:
			return 0, false
		}
	}
	if !neg || !(anchor || month) || last < 0 {
		return 0, false
	}
	later := map[int]bool{} // writerLater, by sentence
	for j := to; j < len(a.toks); j++ {
		t := a.toks[j]
		if t.kind != tkWord {
			continue
		}
		if l, seen := later[t.sent]; seen && l {
			return 0, false
		}
		if t.norm == "wel" && (j == a.sentFirst[t.sent] || j == a.firstWordIn(a.clauseStart(t.clause), j+1)) {
			return 0, false // "Niet nu. Wel in januari.": a yes to later
		}
		if (conditionalWords[t.norm] && t.norm != "wel" && t.norm != "onder" && !a.isComparisonAls(j) && !a.timingFreedomAt(j)) ||
			a.phraseAt(j, strongAssent) {
			return 0, false
		}
		if _, seen := later[t.sent]; !seen && (laterVerbs[t.norm] || t.norm == "get") {
			if a.writerLater(j) {
				return 0, false
			}
			later[t.sent] = false // the sentence has no subject and object for it
		}
	}
	return a.toks[last].end, true
}

// writerLater reports a verb of putting off at j in a sentence where the writer puts the
// request itself off: a first-person subject and a pronoun for the request, and no
// "opnieuw"/"again" (the requester asking again later is what a refusal says).
func (a *analysis) writerLater(j int) bool {
	if !laterVerbs[a.toks[j].norm] && !(a.toks[j].norm == "get" && a.nextNorm(j) == "back") {
		return false
	}
	sent := a.toks[j].sent
	subj, obj := false, false
	for k := a.sentFirst[sent]; k < len(a.toks) && a.toks[k].sent == sent; k++ {
		if a.toks[k].kind != tkWord {
			continue
		}
		w := a.toks[k].norm
		if againWords[w] {
			return false
		}
		subj = subj || laterSubjects[w]
		obj = obj || laterObjects[w]
	}
	return subj && obj
}
