package mail

import "regexp"

// Negations and obligations in a remark after a clear yes that cut nothing from it. A
// remark that says how the work is carried out may hold a "niet", "geen" or "moet" of its
// own:
//
//   - a reason or consequence clause: "Wel graag laten leveren op een vrijdag, dan hoeven we
//     geen patiënten te verzetten", "…, want anders staat de gang vol", "…, so we don't
//     have to close the hall";
//   - a need: "Bewoners kunnen niet zonder lift." (a noun subject that cannot do without
//     something; "Jullie kunnen niet zonder offerte" and "Niet zonder offerte" stay a
//     condition);
//   - a place contrasted with another in a delivery instruction: "Laat de klusploeg weten
//     dat de planken op de parkeerplaats worden afgeleverd, niet bij de loods";
//   - an obligation of another thing than the request: "Die orders voor de gemeente moeten
//     vrijdag de deur uit." ("Het moet wel binnen de 500 euro blijven", "Piet moet het ook
//     nog goedkeuren" keep theirs).

// Words that open a clause of reason or consequence.
var reasonOpenWords = set("dan", "want", "omdat", "zodat", "anders", "aangezien", "because", "since", "otherwise",
	"so", "as", "zodoende")

// Words that make a clause of reason still a limit: "…, dan alleen de kasten", "…, want
// meer dan 500 euro kan niet".
var reasonClauseUnsafe = set("alleen", "enkel", "only", "pas", "eerst", "first", "akkoord", "goedkeuren",
	"approve", "approval", "budget", "bedrag", "amount", "euro", "eur", "€", "max", "maximaal", "tot", "meer",
	"more", "duurder", "goedkoper", "offerte", "quote", "als", "if", "tenzij", "unless", "mits")

// reasonNegation reports that the negation at j sits in a clause of reason or consequence
// that opens after a comma ("…, dan hoeven we geen …") and holds no limit.
func (a *analysis) reasonNegation(j int) bool {
	clause := a.toks[j].clause
	f := a.firstWordIn(a.clauseStart(clause), j+1)
	if f < 0 || f == a.sentFirst[a.toks[j].sent] || !reasonOpenWords[a.toks[f].norm] {
		return false
	}
	for k := f; k < len(a.toks) && a.toks[k].clause == clause; k++ {
		if a.toks[k].kind == tkWord && (reasonClauseUnsafe[a.toks[k].norm] || digitWord(a.toks[k].norm)) {
			return false
		}
	}
	return true
}

func digitWord(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

var (
	needModals      = set("kunnen", "kan", "can", "cannot", "cant", "could")
	requestPronouns = set("je", "jij", "u", "jullie", "you", "we", "wij", "ik", "i", "het", "dit", "dat", "it",
		"this", "that", "ze", "zij", "they", "hij", "he", "she", "men", "er")
)

// needNegation reports "kunnen niet zonder X." at j (the negator) with a noun subject and
// nothing after X but its clause end: "Bewoners kunnen niet zonder lift".
func (a *analysis) needNegation(j int) bool {
	n := nextWord(a.toks, j)
	p := a.prevWord(j)
	if n < 0 || p < 0 || (a.toks[n].norm != "zonder" && a.toks[n].norm != "without") ||
		(!needModals[a.toks[p].norm] && !(a.toks[j].norm == "cant" || a.toks[j].norm == "cannot")) {
		return false
	}
	f := a.firstWordIn(a.clauseStart(a.toks[j].clause), j)
	if f < 0 || requestPronouns[a.toks[f].norm] || needModals[a.toks[f].norm] || negators[a.toks[f].norm] {
		return false
	}
	// X: at most three words, then the end of the clause.
	k, c := n, 0
	for ; c < 4; c++ {
		k2 := nextWord(a.toks, k)
		if k2 < 0 || a.toks[k2].clause != a.toks[j].clause {
			return true
		}
		k = k2
	}
	return false
}

// A delivery instruction that names the place and, to be clear, the place not to use.
var (
	deliveryWords = set("leveren", "geleverd", "afleveren", "afgeleverd", "bezorgen", "bezorgd", "brengen",
		"gebracht", "neerzetten", "neergezet", "zetten", "plaatsen", "geplaatst", "ophalen", "opgehaald", "lossen",
		"gelost", "deliver", "delivered", "delivery", "drop", "dropped", "put", "placed", "unload", "unloaded",
		"leave", "left", "levering", "bezorging")
	placePreps = set("bij", "op", "in", "naar", "aan", "at", "to", "on", "into", "onto")
	// The negated place, for the guard: ", niet bij de loods".
	guardPlaceNot  = regexp.MustCompile(`(?i),\s*(?:(?:en|and|maar|but)\s+)?(?:niet|not)\s+(?:bij|op|in|naar|aan|at|to|on|into|onto)\s[^,;:.!?\n]*`)
	guardDelivery  = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:leveren|geleverd|afleveren|afgeleverd|bezorgen|bezorgd|brengen|gebracht|neerzetten|neergezet|zetten|plaatsen|geplaatst|ophalen|opgehaald|lossen|gelost|deliver|delivered|delivery|drop|dropped|put|placed|unload|unloaded|leave|left|levering|bezorging)(?:[^\p{L}]|$)`)
	guardPlacePrep = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:bij|op|in|naar|aan|at|to|on|into|onto)\s`)
)

// placeNegation reports ", niet bij de loods" at j (the negator) in a sentence with a word of
// delivery and a place named before it.
func (a *analysis) placeNegation(j int) bool {
	n := nextWord(a.toks, j)
	if n < 0 || !placePreps[a.toks[n].norm] || a.toks[j].clause == a.toks[a.sentFirst[a.toks[j].sent]].clause {
		return false
	}
	delivery, place := false, false
	for k := a.sentFirst[a.toks[j].sent]; k < len(a.toks) && a.toks[k].sent == a.toks[j].sent; k++ {
		if a.toks[k].kind != tkWord {
			continue
		}
		delivery = delivery || deliveryWords[a.toks[k].norm]
		place = place || (k < j && placePreps[a.toks[k].norm])
	}
	return delivery && place
}

// withoutPlaceNot returns s without the negated place of a delivery instruction.
func withoutPlaceNot(s string) string {
	m := guardPlaceNot.FindStringIndex(s)
	if m == nil || !guardDelivery.MatchString(s) || !guardPlacePrep.MatchString(s[:m[0]]) {
		return s
	}
	return s[:m[0]] + " " + s[m[1]:]
}

var modalMust = set("moet", "moeten", "must", "need", "needs")

// otherObligation reports a "moet"/"must" at j in a sentence about another thing than the
// request: no pronoun for the request or its people, no number, no word of staying within.
func (a *analysis) otherObligation(j int) bool {
	for k := a.sentFirst[a.toks[j].sent]; k < len(a.toks) && a.toks[k].sent == a.toks[j].sent; k++ {
		if a.toks[k].kind != tkWord || k == j {
			continue
		}
		w := a.toks[k].norm
		if requestPronouns[w] || digitWord(w) || stayWords[w] || stillWords[w] || decideWords[w] {
			return false
		}
	}
	return true
}

var stayWords = set("binnen", "blijven", "blijft", "onder", "within", "stay", "stays", "under", "below", "wel",
	"echt", "really", "zeker", "eerst", "first", "weg", "terug", "back", "omlaag", "down", "lager", "lower")
