package mail

// More remarks after a clear yes that limit nothing. The labelling policy reads a yes
// followed by how to carry it out, or by why it is needed, as a yes:
//
//   - where the money goes, with the place not to use: "Graag de factuur naar finance@
//     sturen, niet naar mij.", "… op naam van de club en niet op jouw eigen naam" (a
//     negation before a preposition of booking, in a sentence with a word of booking);
//   - what happened last time, in a clause of its own that opens with "vorig jaar", "last
//     time", …: "Book it for the whole day, last year we ran late.", "Vorig jaar was het
//     ook zo'n succes.";
//   - a reason that holds either way: "It has to be done before the inspection anyway.",
//     "Dat moet sowieso gebeuren.";
//   - a reason or consequence clause inside the clause of the instruction, with its own
//     subject: "Please book it for a weekday morning so it doesn't clash with visiting.";
//     or a sentence of its own that opens with "Anders"/"Otherwise" and a subject after a
//     request ("Neem je de bon mee? Anders krijg ik het niet verantwoord.").
//
// None of them lets through a condition, a share, an amount, a decision word or a question.

var (
	bookingPreps = set("op", "van", "naar", "onder", "to", "on", "against", "under", "from", "via")
	bookingWords = set("factuur", "facturen", "factureren", "rekening", "bon", "invoice", "invoices", "bill",
		"kostenplaats", "budget", "naam", "name", "account", "billed", "charge", "charged")
	// What last time opens with.
	lastTimePhrases = [][]string{{"vorig", "jaar"}, {"vorige", "keer"}, {"vorige", "maand"}, {"vorig", "seizoen"},
		{"vorige", "week"}, {"last", "year"}, {"last", "time"}, {"last", "month"}, {"last", "season"},
		{"destijds"}, {"toen"}}
	// Words that make a clause about last time an agreement or a limit now.
	lastTimeUnsafe = set("afgesproken", "agreed", "besloten", "decided", "akkoord", "goedgekeurd", "approved",
		"maar", "but", "nu", "now", "dit", "this", "deze", "weer", "again", "opnieuw",
		// "Vorige keer gaf de leverancier alleen de kleine": which one to get, perhaps.
		"alleen", "enkel", "slechts", "only", "just", "half", "helft", "deel", "part")
	// Words of a reason that holds either way.
	anywayWords = set("anyway", "anyhow", "sowieso", "regardless")
	// Words that keep such a reason from being plain.
	anywayUnsafe = set("maar", "but", "alleen", "only", "enkel", "pas", "eerst", "first", "akkoord",
		"goedkeuren", "goedgekeurd", "approve", "approved", "approval", "goedkeuring", "toestemming", "budget",
		"bedrag", "amount", "offerte", "quote", "quotes", "goedkoper", "cheaper", "duurder", "max", "maximaal", "tot")
)

// bookingNegation reports "niet naar mij" / "niet op jouw eigen naam" at j (the negator): a
// preposition of booking right after it, a word of booking in the sentence before it, and
// no share in the rest of its clause.
func (a *analysis) bookingNegation(j int) bool {
	n := nextWord(a.toks, j)
	if n < 0 || !bookingPreps[a.toks[n].norm] || a.toks[n].sent != a.toks[j].sent {
		return false
	}
	// The word of booking may stand in the sentence before: "t.a.v." ends one early.
	sent := max(a.toks[j].sent-1, a.firstSent)
	booking := false
	for k := max(a.sentFirst[sent], j-200); k < j; k++ {
		booking = booking || (a.toks[k].kind == tkWord && bookingWords[a.toks[k].norm])
	}
	if !booking {
		return false
	}
	for k := n; k < len(a.toks) && a.toks[k].clause == a.toks[j].clause; k++ {
		if a.toks[k].kind == tkWord && (guardBookingShare.MatchString(a.toks[k].norm) || digitWord(a.toks[k].norm)) {
			return false
		}
	}
	return true
}

// lastTimeClause reports that toks[j] opens a clause about last time (see above) that runs
// to the end of its sentence and holds nothing unsafe; it returns the sentence's last token.
func (a *analysis) lastTimeClause(j int) (int, bool) {
	if !a.phraseAt(j, lastTimePhrases) {
		return 0, false
	}
	if p := a.prevWord(j); p >= 0 && a.toks[p].clause == a.toks[j].clause {
		return 0, false // not the clause's first word
	}
	sent := a.toks[j].sent
	end := j
	for k := j; k < len(a.toks) && a.toks[k].sent == sent; k++ {
		t := a.toks[k]
		if t.kind == tkEnd && t.norm == "?" {
			return 0, false
		}
		if t.kind != tkWord {
			continue
		}
		w := t.norm
		if lastTimeUnsafe[w] || negators[w] || (conditionalWords[w] && w != "wel") || moneyWords[w] || digitWord(w) ||
			hedgeWords[w] || a.deferral(k, k+1) {
			return 0, false
		}
		end = k
	}
	return end, true
}

// anywaySentence reports a sentence that gives a reason holding either way: it holds
// "anyway"/"sowieso", no negation, condition, hedge, question, amount or decision word.
func (a *analysis) anywaySentence(sent int) bool {
	anyway := false
	for k := a.sentFirst[sent]; k < len(a.toks) && a.toks[k].sent == sent; k++ {
		t := a.toks[k]
		if t.kind == tkEnd && t.norm == "?" {
			return false
		}
		if t.kind != tkWord {
			continue
		}
		w := t.norm
		if anywayUnsafe[w] || negators[w] || (conditionalWords[w] && w != "wel") || digitWord(w) || hedgeWords[w] {
			return false
		}
		anyway = anyway || anywayWords[w]
	}
	return anyway
}

// Reason words that may open a reason inside the clause of an instruction: "… so it
// doesn't clash", "… zodat we niet …".
var innerReasonWords = set("so", "zodat", "omdat", "because", "want")

// innerReasonNegation reports a negation at j in a reason inside its clause: a reason word
// earlier in the clause, a subject right after it (not the negation: "so don't order the
// big one" cuts a part), and nothing unsafe from the reason word to the end of the clause.
// "Anders"/"Otherwise" opening the sentence counts too when the sentence before asks or
// instructs and a subject follows it.
func (a *analysis) innerReasonNegation(j int) bool {
	clause := a.toks[j].clause
	f := -1
	for k := a.prevWord(j); k >= 0 && a.toks[k].clause == clause; k = a.prevWord(k) {
		if innerReasonWords[a.toks[k].norm] {
			f = k
			break
		}
	}
	sentStart := a.sentFirst[a.toks[j].sent]
	if f < 0 && (a.toks[sentStart].norm == "anders" || a.toks[sentStart].norm == "otherwise") && a.toks[j].sent > a.firstSent {
		f = sentStart
	}
	if f < 0 || f == sentStart && f != j && innerReasonWords[a.toks[f].norm] {
		return false
	}
	s := nextWord(a.toks, f)
	if s < 0 || s >= j || negators[a.toks[s].norm] {
		return false
	}
	if n := nextWord(a.toks, s); f == sentStart && (n < 0 || n >= j) {
		return false // "Anders niet.": otherwise not, a condition
	}
	for k := f; k < len(a.toks) && a.toks[k].clause == clause; k++ {
		if a.toks[k].kind == tkWord && (reasonClauseUnsafe[a.toks[k].norm] || digitWord(a.toks[k].norm) ||
			a.toks[k].norm == "maar" || a.toks[k].norm == "but") {
			return false
		}
	}
	return true
}
