package mail

// A decision in a sentence of its own anywhere in the new text counts, after context
// ("… veel duurder omdat we te lang wachtten.\n\nDus: akkoord.", "This is long overdue —
// approved.") or before a practical remark ("Approved.\n\nIf the technician finds X, just
// let me know."), when
//
//   - the sentence is the decision: only opening words before the phrase ("dus", "zo",
//     "toch", "hierbij", …), or a clause before a comma, colon or dash that reports no
//     one else's words ("Hij zei: akkoord"), names no one, and holds no condition,
//     question or deferral; after the phrase only filler ("dus", "wat mij betreft") or
//     what it is about ("met het meerwerk");
//   - the phrase is not quoted, and every decision phrase in the text has one polarity;
//   - no question comes before it, no sentence before it sets a condition or defers, and
//     no sentence after it opens with a condition ("Als het meer wordt, …") unless it
//     only asks to be told ("If X, just let me know"), limits it ("Maar alleen …") or,
//     for an approval, defers it.
//
// A remark about timing, access, keys or who to inform is no condition.

import "strings"

var (
	// Words that may open the decision sentence before the phrase.
	openerWords = set("dus", "daarom", "derhalve", "kortom", "vandaar", "zo", "toch", "alsnog", "nou", "vooruit",
		"so", "therefore", "hence", "thus", "anyway", "overall", "then", "well", "dan", "ok", "oke", "okay",
		"prima", "ja", "yes", "nee", "no", "hierbij", "bij", "deze", "dezen", "hiermee", "ik", "we", "wij",
		"i", "ga", "gaan", "is", "het", "dit", "dat", "this", "it", "its", "mijn", "my", "onze", "our",
		"wat", "mij", "betreft", "van", "kant", "helaas", "sorry", "unfortunately", "maar", "but", "dan",
		"in", "short", "summary", "conclusie", "besluit", "decision", "answer", "antwoord", "mee", "hier",
		"daar", "er", "ermee", "hiermee", "daarmee", "am", "are", "goed", "fine", "good", "all", "alles",
		"al", "met", "al", "bij", "elkaar", "genomen", "all", "together", "zeker", "definitely", "certainly",
		"gewoon", "simply", "just", "👍", "✅", "👎", "❌")

	// Words that may follow the phrase in its clause: filler, or what it is about.
	afterPhraseWords = set("dus", "hoor", "wat", "mij", "betreft", "van", "mijn", "kant", "from", "my", "side",
		"then", "so", "as", "well", "too", "ook", "met", "with", "the", "de", "het", "dit", "this", "deze",
		"meerwerk", "kosten", "offerte", "voorstel", "aanvraag", "verzoek", "request", "proposal", "quote",
		"costs", "cost", "uitgave", "bestelling", "order", "work", "werk", "werkzaamheden", "reparatie",
		"repair", "vervanging", "replacement", "go", "ahead", "ga", "je", "gang", "thanks", "bedankt",
		"gegeven", "given", "nl", "spoc", "👍", "✅", "👎", "❌", "hierbij", "hereby", "gewoon", "👌", "!",
		"one", "een", "it", "dat", "that", "for", "me", "voor", "mij",
		// Adverbs that only stress it: "Akkoord natuurlijk.", "Approved, absolutely."
		"natuurlijk", "uiteraard", "vanzelfsprekend", "absoluut", "certainly", "definitely", "absolutely")

	// Words that report what someone else said or wrote: "Hij zei: akkoord".
	speechWords = set("zei", "zegt", "zeggen", "zeiden", "schreef", "schrijft", "schreven", "meldde", "meldt",
		"antwoordde", "antwoordt", "vroeg", "vraagt", "mailde", "mailt", "belde", "appte", "volgens", "gaf",
		"said", "says", "wrote", "writes", "replied", "replies", "told", "asked", "asks", "reported",
		"according", "answered", "mailed", "emailed", "texted", "quote", "quoted", "citeer", "citaat")

	// Words of a clause that tells of an earlier or someone else's view: "Mijn eerste
	// reactie was dus: niet akkoord".
	earlierWords = set("nog", "still", "eerst", "first", "eerste", "was", "waren", "were", "had", "reactie",
		"reaction", "aanvankelijk", "initially", "originally", "oorspronkelijk", "vorige", "previous", "last",
		"toen", "gisteren", "yesterday")

	// Sentence openers that put a condition on what came before.
	conditionOpeners = set("als", "indien", "mits", "tenzij", "zolang", "zodra", "wanneer", "mocht", "mochten",
		"if", "unless", "provided", "providing", "assuming", "once", "alleen", "only", "enkel", "behalve",
		"except", "pas")

	// A conditional sentence that only asks to be told: "If the technician finds X, just let
	// me know; no need to ask again."
	informPhrases = [][]string{{"let", "me", "know"}, {"let", "us", "know"}, {"laat", "het", "weten"},
		{"laat", "het", "me", "weten"}, {"laat", "het", "mij", "weten"}, {"laat", "me", "weten"},
		{"laat", "mij", "weten"}, {"laat", "het", "even", "weten"}, {"laat", "het", "me", "even", "weten"},
		{"laat", "het", "mij", "even", "weten"}, {"laat", "me", "even", "weten"}, {"keep", "me", "posted"},
		{"keep", "me", "informed"}, {"keep", "me", "updated"}, {"houd", "me", "op", "de", "hoogte"},
		{"hou", "me", "op", "de", "hoogte"}, {"houd", "mij", "op", "de", "hoogte"}, {"meld", "het"},
		{"meld", "het", "even"}, {"geef", "het", "door"}, {"geef", "het", "even", "door"}, {"inform", "me"},
		{"tell", "me"}, {"breng", "me", "op", "de", "hoogte"}}
	// Words that make such a sentence more than a request to be told.
	informUnsafe = set("eerst", "first", "voordat", "before", "vooraf", "beforehand", "stop", "stoppen", "halt",
		"wacht", "wachten", "wait", "hold", "niet", "not", "dont", "geen", "kosten", "cost", "costs", "duurder",
		"expensive", "meer", "more", "bedrag", "amount", "budget", "offerte", "quote", "prijs", "price", "euro",
		"eur", "€", "akkoord", "approval", "approve", "goedkeuring", "toestemming", "permission", "afwijzen",
		"reject", "cancel", "annuleren", "max", "maximaal", "maximum", "limit", "limiet", "boven", "above",
		"over", "exceeds", "exceed", "overschrijdt")
	// "no need to ask again", "hoef je niet opnieuw te vragen": a negation that adds no limit.
	noNeedPhrases = [][]string{{"no", "need"}, {"niet", "nodig"}, {"hoeft", "niet"}, {"hoef", "je", "niet"},
		{"hoeven", "jullie", "niet"}, {"not", "necessary"}, {"no", "need", "to"}}

	// A practical first step after "maar": "Akkoord, maar laat de hovenier wel eerst even bij
	// de conciërge langsgaan voor de sleutel van het hek."
	practicalMarkers = set("sleutel", "sleutels", "sleutelbos", "key", "keys", "pasje", "toegangspas", "badge",
		"conciërge", "concierge", "receptie", "reception", "beveiliging", "security", "huurder", "huurders",
		"bewoner", "bewoners", "tenant", "tenants", "residents", "buren", "neighbours", "neighbors", "portier",
		"aanmelden", "melden", "afmelden", "informeren", "inlichten", "aankondigen", "langsgaan", "langs",
		"ophalen", "halen", "inform", "notify", "collect", "pick", "toegang", "access", "parkeren", "parking",
		"afspraak", "appointment", "hek", "gate", "alarm", "code")
	practicalUnsafe = set("offerte", "offertes", "quote", "quotes", "nodig", "noodzakelijk", "needed",
		"necessary", "kijken", "bekijken", "beoordelen", "check", "checken", "controleren", "verify", "akkoord",
		"goedkeuring", "approval", "approve", "toestemming", "permission", "bedrag", "amount", "kosten", "cost",
		"costs", "prijs", "price", "budget", "of", "whether", "als", "if", "mits", "indien", "unless",
		"overleggen", "overleg", "bespreken", "discuss", "wachten", "wacht", "wait", "nagaan", "navragen",
		"uitzoeken", "echt", "really", "goedkoper", "cheaper", "tekenen", "sign", "niet", "not", "geen", "no",
		"second", "tweede", "andere", "other", "alternatief", "alternative", "beslis", "beslissen", "decide",
		"zien", "see", "weten", "know", "schatting", "estimate")
)

// standalone returns the index in dec of a decision that stands in a sentence of its own
// with nothing around it that limits it, or -1.
func (a *analysis) standalone(dec []match) int {
	for k, d := range dec {
		if d.flag == "" && a.ownSentence(d) && a.contextClean(d) {
			return k
		}
	}
	return -1
}

// ownSentence reports a decision phrase that is its sentence (see above).
func (a *analysis) ownSentence(d match) bool {
	sent := a.toks[d.first].sent
	from, to := a.sentenceBounds(sent)
	if sent == a.firstSent && from < a.contentStart {
		from = a.contentStart
	}
	if a.quotedPhrase(d) {
		return false
	}
	sep := -1
	for j := from; j < d.first; j++ {
		t := a.toks[j]
		if t.kind == tkClause {
			switch t.norm {
			case ",", ":", ";", "-":
				sep = j
			default:
				return false // brackets, quotes
			}
		}
	}
	start := from
	if sep >= 0 {
		start = sep + 1
	}
	if ne := a.noticeEnd(start, d.first); ne >= 0 {
		start = ne + 1 // "In antwoord op uw verzoek deel ik u mede dat het meerwerk is goedgekeurd"
	}
	// Only opening words, or what it is about ("Met het meerwerk ga ik akkoord"), or a
	// lead-in ("Na overleg met de teamleider wijs ik dit verzoek af").
	n, plain := 0, true
	for j := start; j < d.first; j++ {
		if a.toks[j].kind != tkWord {
			continue
		}
		w := a.toks[j].norm
		if (!openerWords[w] && !(afterPhraseWords[w] && !negators[w])) || n >= 5 {
			plain = false
		}
		n++
	}
	if !plain && !a.prepLeadIn(start, d.first, d) && !a.subjectBefore(start, d) &&
		(!a.leadIn(start, d.first) || a.anyWordIn(start, d.first, thirdPersonWords) || a.namesIn(start, d.first)) {
		return false // "Ik heb het nagevraagd bij financiën en zij zijn akkoord"
	}
	if sep >= 0 && !a.contextClause(from, sep, d) {
		return false
	}
	if a.firstPersonClause(d) && a.aboutObject(d, to) {
		return true // "Ik ga akkoord met de offerte van de dakdekker."
	}
	n = 0
	for j := nextWord(a.toks, d.last); j >= 0 && j < to && a.toks[j].clause == a.toks[d.last].clause; j = nextWord(a.toks, j) {
		if !afterPhraseWords[a.toks[j].norm] || n >= 5 {
			return false
		}
		n++
	}
	return true
}

// contextClause reports that toks[from:to], a clause before the decision in its sentence,
// reports no one's words, names no one and holds no condition, question or deferral.
func (a *analysis) contextClause(from, to int, d match) bool {
	n := 0
	for j := from; j < to; j++ {
		t := a.toks[j]
		if t.kind != tkWord {
			continue
		}
		w := t.norm
		if speechWords[w] || questionWords[w] || hedgeWords[w] || earlierWords[w] || (n == 0 && questionStart[w]) {
			return false
		}
		if t.upper && n > 0 && w != "i" && !a.leadName(j) {
			return false // a name: "Marieke, akkoord"? "Piet: akkoord"
		}
		n++
	}
	if n > 14 && !(n <= 30 && a.reasonClause(from, to)) || n == 0 {
		return n == 0
	}
	if n == 1 && a.toks[a.firstWordIn(from, to)].upper && !openerWords[a.toks[a.firstWordIn(from, to)].norm] &&
		!greetingWords[a.toks[a.firstWordIn(from, to)].norm] {
		return false // "Piet: akkoord"
	}
	return !a.conditional(from, to, d) && !a.deferral(from, to)
}

// Words that open a clause giving the reason for the decision: "Gezien de leeftijd van de
// ketel en het risico dat de school in de winter koud zit, ga ik akkoord met …".
var reasonOpeners = set("gezien", "aangezien", "omdat", "vanwege", "doordat", "given", "considering", "because",
	"since")

// reasonClause reports a clause in toks[from:to] that opens with a reason word and holds no
// negation, limit or contrast: the writer tells why, at more length than other context may
// have ("Gezien de leeftijd van de ketel en het risico dat …, ga ik akkoord").
func (a *analysis) reasonClause(from, to int) bool {
	f := a.firstWordIn(from, to)
	if f < 0 || !reasonOpeners[a.toks[f].norm] {
		return false
	}
	for j := f; j < to; j++ {
		if w := a.toks[j].norm; a.toks[j].kind == tkWord && (negators[w] || butLimiters[w] && w != "met" ||
			w == "maar" || w == "but" || remarkUnsafe[w] && !pastFillers[w]) {
			return false
		}
	}
	return true
}

// quotedPhrase reports a quote mark right around the phrase: "Je schreef 'akkoord'".
func (a *analysis) quotedPhrase(d match) bool {
	before := strings.TrimRight(a.text[:a.toks[d.first].start], " \t")
	after := strings.TrimLeft(a.text[a.toks[d.last].end:], " \t")
	for _, q := range []string{"'", "‘", "’", "`", "\"", "“", "”", "„", "«", "»"} {
		if strings.HasSuffix(before, q) || strings.HasPrefix(after, q) {
			return true
		}
	}
	return false
}

// contextClean reports that the rest of the text leaves the decision as it is.
func (a *analysis) contextClean(d match) bool {
	dsent := a.toks[d.first].sent
	// Taken back after it: "Dus: niet akkoord. Of wacht, …", "Of toch wel", "Bij nader inzien …".
	if guardRetracted.MatchString(a.text[a.toks[d.last].end:]) {
		return false
	}
	if n := nextWord(a.toks, d.last); n >= 0 && (a.toks[n].norm == "of" || a.toks[n].norm == "or" || a.toks[n].norm == "toch") {
		return false
	}
	for j := a.contentStart; j < d.first; j++ {
		if a.toks[j].kind == tkEnd && a.toks[j].norm == "?" {
			return false
		}
	}
	for s := a.firstSent; s < len(a.sentFirst); s++ {
		if s == dsent {
			continue
		}
		from, to := a.sentenceBounds(s)
		if from < a.contentStart {
			from = a.contentStart
		}
		if from >= to {
			continue
		}
		if d.cat == catApprove && a.othersToDecide(from, to) {
			return false // "Piet moet het ook nog goedkeuren."
		}
		if s < dsent {
			if a.conditional(from, to, d) || a.contextDeferral(from, to) {
				return false
			}
			continue
		}
		f := a.firstWordIn(from, to)
		if f < 0 {
			continue
		}
		w := a.toks[f].norm
		if (conditionOpeners[w] && !a.isComparisonAls(f) && !a.informOnly(from, to)) ||
			((w == "maar" || w == "but") && a.butLimited(f)) {
			return false
		}
		if d.cat == catApprove && a.deferral(from, to) {
			return false
		}
		if d.cat == catReject && to < len(a.toks) && a.toks[to].norm == "?" {
			q := strings.Join(strings.Fields(fold(a.text[a.toks[from].start:a.toks[to].start])), " ")
			if !guardPoliteRequest.MatchString(q) {
				return false
			}
		}
	}
	return true
}

// contextDeferral is deferral for a sentence of context: "omdat we te lang wachtten" and
// "we moeten niet langer wachten" tell why, they do not put the decision off.
func (a *analysis) contextDeferral(from, to int) bool {
	for j := from; j < to && j < len(a.toks); j++ {
		if a.toks[j].kind != tkWord || !a.deferral(j, j+1) {
			continue
		}
		if p := a.prevWord(j); p >= 0 && (a.toks[p].norm == "lang" || a.toks[p].norm == "langer" ||
			a.toks[p].norm == "long" || a.toks[p].norm == "longer") {
			continue
		}
		// "dit kan echt niet wachten tot de zomer", "dat dit niet tot het nieuwe
		// begrotingsjaar kan wachten": urgency, not a deferral.
		if a.negatedWait(j) {
			continue
		}
		// "We hebben dit al drie keer uitgesteld": what happened before.
		if pastDeferral[a.toks[j].norm] && a.anyWordIn(from, to, pastMarkers) {
			continue
		}
		return true
	}
	return false
}

// negatedWait reports a negator at most six words before the deferral word at j in its
// clause, with no "maar"/"but" between: "kan niet wachten", "niet tot de zomer kan wachten".
func (a *analysis) negatedWait(j int) bool {
	for p, n := a.prevWord(j), 0; p >= 0 && n < 6 && a.toks[p].clause == a.toks[j].clause; p, n = a.prevWord(p), n+1 {
		w := a.toks[p].norm
		if w == "maar" || w == "but" {
			return false
		}
		if negators[w] {
			return true
		}
	}
	return false
}

// informOnly reports a conditional sentence whose only ask is to be told: "If the leak is in
// the outdoor unit, just let me know; no need to ask again."
func (a *analysis) informOnly(from, to int) bool {
	if !a.anyPhrase(from, to, informPhrases) {
		return false
	}
	skip := map[int]bool{}
	for j := from; j < to; j++ {
		if a.toks[j].kind != tkWord {
			continue
		}
		for _, p := range noNeedPhrases {
			if last, ok := matchAt(a.toks, j, p); ok && last < to {
				for k := j; k <= last; k++ {
					skip[k] = true
				}
			}
		}
	}
	for j := from; j < to; j++ {
		t := a.toks[j]
		if t.kind == tkEnd && t.norm == "?" {
			return false
		}
		if t.kind != tkWord || skip[j] {
			continue
		}
		if informUnsafe[t.norm] || hedgeWords[t.norm] || a.deferral(j, j+1) {
			return false
		}
	}
	return to >= len(a.toks) || a.toks[to].norm != "?"
}

// practicalStep returns where a "maar"/"but" clause starts in [from,to) that asks for a
// practical first step and nothing else ("maar laat de hovenier wel eerst even bij de
// conciërge langsgaan voor de sleutel van het hek"), or -1. The clause runs to the end of
// the sentence.
func (a *analysis) practicalStep(from, to int) int {
	for j := from; j < to; j++ {
		t := a.toks[j]
		if t.kind != tkWord || (t.norm != "maar" && t.norm != "but") {
			continue
		}
		n := nextWord(a.toks, j)
		if n < 0 || n >= to {
			return -1
		}
		switch a.toks[n].norm {
		case "laat", "zorg", "let", "make", "have", "please", "graag", "wel":
		default:
			return -1
		}
		marker := false
		for k := n; k < to; k++ {
			if a.toks[k].kind == tkEnd && a.toks[k].norm == "?" {
				return -1
			}
			if a.toks[k].kind != tkWord {
				continue
			}
			w := a.toks[k].norm
			if practicalUnsafe[w] || conditionalWords[w] && w != "wel" || negators[w] {
				return -1
			}
			marker = marker || practicalMarkers[w]
		}
		if !marker {
			return -1
		}
		return j
	}
	return -1
}

// firstPersonAfter reports "ik"/"we" right after toks[i]: "Geef ik mijn goedkeuring" is no
// imperative.
func (a *analysis) firstPersonAfter(i int) bool {
	n := nextWord(a.toks, i)
	return n >= 0 && firstPersonWords[a.toks[n].norm]
}

// refusalPhraseIn reports a refusal phrase other than mt, not a bare no, in sentence sent.
func (a *analysis) refusalPhraseIn(sent int, mt match) bool {
	for _, d := range a.decs {
		if d.first != mt.first && d.cat == catReject && d.flag == "" && a.toks[d.first].sent == sent &&
			!(d.first == d.last && genericNo[a.toks[d.first].norm]) {
			return true
		}
	}
	return false
}

// Words that put something before the work: "eerst", "first", "voordat".
var firstStepWords = set("eerst", "first", "voordat", "vooraf", "alvorens", "beforehand", "before")

// A motto that puts a value first, not a step: "Approved, of course — safety first with the
// fly system", "Veiligheid eerst". The value noun comes right before "first"/"eerst" (or
// before "comes first"/"gaat voor").
var mottoValues = set("safety", "veiligheid", "health", "gezondheid", "security", "beveiliging", "people",
	"mensen", "kinderen", "children", "patients", "patienten", "bewoners", "residents", "leerlingen", "pupils")

// mottoFirst reports "first"/"eerst" at j as part of such a motto.
func (a *analysis) mottoFirst(j int) bool {
	p := a.prevWord(j)
	if p >= 0 && (a.toks[p].norm == "comes" || a.toks[p].norm == "always") {
		p = a.prevWord(p)
	}
	return p >= 0 && a.toks[p].clause == a.toks[j].clause && mottoValues[a.toks[p].norm]
}

// firstStep reports a word in [from,to) that puts a step before the work, unless the words
// around it are a practical step only (see practicalStep).
func (a *analysis) firstStep(from, to int) bool {
	found, marker, unsafe := false, false, false
	thanksClause := -1
	for j := from; j < to && j < len(a.toks); j++ {
		t := a.toks[j]
		if t.kind != tkWord {
			continue
		}
		if thanksStart[t.norm] && a.firstWordIn(a.clauseStart(t.clause), j+1) == j {
			thanksClause = t.clause // "thanks for checking the budget first"
		}
		if t.clause == thanksClause {
			continue
		}
		if practicalUnsafe[t.norm] {
			unsafe = true
		}
		found = found || (firstStepWords[t.norm] && !a.mottoFirst(j) && !a.laterStageAt(j))
		marker = marker || practicalMarkers[t.norm]
	}
	return found && (!marker || unsafe)
}

// namedBefore reports that toks[j] is a lone name before a colon that opens the clause of
// the decision: "Piet: akkoord" reports Piet's answer. "Conclusie: akkoord" does not.
func (a *analysis) namedBefore(j int, mt match) bool {
	t := a.toks[j]
	if !t.upper || openerWords[t.norm] || greetingWords[t.norm] || fillerWords[t.norm] || statusLabels[t.norm] {
		return false
	}
	p := a.prevWord(j)
	if p >= 0 && a.toks[p].sent == t.sent {
		return false
	}
	n := nextWord(a.toks, j)
	if n != mt.first {
		return false
	}
	for k := j + 1; k < mt.first; k++ {
		if a.toks[k].norm == ":" {
			return true
		}
	}
	return false
}

var (
	pastDeferral = set("uitgesteld", "postponed", "geparkeerd", "parked", "delayed")
	pastMarkers  = set("al", "already", "keer", "times", "vaak", "often", "lang", "long", "eerder", "before",
		"hebben", "heb", "hebt", "have", "has", "had", "was", "were", "werd", "steeds")
)

func (a *analysis) anyWordIn(from, to int, ws map[string]bool) bool {
	for j := from; j < to && j < len(a.toks); j++ {
		if a.toks[j].kind == tkWord && ws[a.toks[j].norm] {
			return true
		}
	}
	return false
}

// Someone other than the writer: "… en zij zijn akkoord".
var thirdPersonWords = set("zij", "ze", "hij", "they", "he", "she", "hun", "hen", "them", "iedereen",
	"everyone", "everybody", "men", "die", "anderen", "others")

var selfWords = set("i", "im", "ill", "ive", "id")

// namesIn reports a capitalised word other than the first in toks[from:to].
func (a *analysis) namesIn(from, to int) bool {
	first := a.firstWordIn(from, to)
	for j := from; j < to && j < len(a.toks); j++ {
		if j != first && a.toks[j].kind == tkWord && a.toks[j].upper && !selfWords[a.toks[j].norm] {
			return true
		}
	}
	return false
}

// Words before a decision that place it in the past: "Vorig jaar: akkoord."
var pastTimeWords = set("vorig", "vorige", "destijds", "toen", "gisteren", "eerder", "ooit", "last", "previous",
	"previously", "earlier", "yesterday", "once", "aanvankelijk", "initially", "originally", "oorspronkelijk")

// A request that is to be carried out only if it has not been done yet: "Graag ook even
// aangifte doen als dat nog niet gebeurd is", "Wil je de buren inlichten, als dat nog niet
// geregeld is?". Its "nog niet" is about that request, not about the decision.
var (
	unlessDoneIf   = set("als", "indien", "mocht", "wanneer", "tenzij")
	unlessDoneWho  = set("dat", "het", "dit", "die", "deze", "er", "je", "jij", "u", "jullie", "ze", "zij", "hij")
	unlessDoneAux  = set("is", "zijn", "was", "waren", "werd", "al")
	unlessDoneWord = set("gebeurd", "gedaan", "geregeld", "gemeld", "doorgegeven", "ingediend", "aangevraagd",
		"verstuurd", "gestuurd", "ingevuld", "ingelicht", "geinformeerd", "gebeld", "aangemeld", "afgemeld",
		"opgestuurd", "doorgestuurd", "genoteerd", "afgesproken", "aangegeven", "gemaild", "gedeeld")
)

// unlessDone reports "nog niet"/"nog geen" at j in an "als dat nog niet gebeurd is" clause
// of a sentence that asks for something ("graag", "please", "ook even", an imperative,
// "wil je"):
// before it "als" (and a pronoun), after it a participle of doing or telling. The
// request comes before "als", so that "Als dat nog niet geregeld is, wacht ik." is no
// such sentence; nothing else in the sentence may put the decision off.
func (a *analysis) unlessDone(j int) bool {
	t := a.toks[j]
	if t.norm != "nog" {
		return false
	}
	n := nextWord(a.toks, j)
	if n < 0 || a.toks[n].clause != t.clause || (a.toks[n].norm != "niet" && a.toks[n].norm != "geen") {
		return false
	}
	p := prevWordTok(a.toks, j)
	if p >= 0 && unlessDoneWho[a.toks[p].norm] && a.toks[p].clause == t.clause {
		p = prevWordTok(a.toks, p)
	}
	if p < 0 || !unlessDoneIf[a.toks[p].norm] || a.toks[p].norm == "tenzij" {
		return false
	}
	ifAt := p
	d := nextWord(a.toks, n)
	if d >= 0 && unlessDoneAux[a.toks[d].norm] {
		d = nextWord(a.toks, d)
	}
	if d < 0 || a.toks[d].sent != t.sent || !unlessDoneWord[a.toks[d].norm] {
		return false
	}
	from, to := a.sentenceBounds(t.sent)
	asks := false
	for k := from; k < ifAt; k++ {
		if a.toks[k].kind != tkWord {
			continue
		}
		w := a.toks[k].norm
		// "even" asks politely ("Meld het ook even bij de conciërge"); "nog even" puts off.
		pw := prevWordTok(a.toks, k)
		politeEven := w == "even" && (pw < from || a.toks[pw].norm != "nog")
		if requestMarkers[w] || imperatives[w] || politeEven ||
			(k == a.firstWordIn(from, to) && (w == "wil" || w == "wilt" || w == "kun" || w == "kunt" || w == "zou" || w == "doe")) {
			asks = true
		}
	}
	if !asks {
		return false
	}
	// Nothing else in the sentence may defer: "Graag eerst aangifte doen als dat nog niet
	// gebeurd is" puts a step first.
	for k := from; k < to; k++ {
		if k == j || k == n || a.toks[k].kind != tkWord {
			continue
		}
		if w := a.toks[k].norm; w == "eerst" || w == "first" || w == "wachten" || w == "wacht" || w == "voordat" || w == "pas" {
			return false
		}
	}
	return true
}

// urgentOnly reports a sentence whose only deferral word is a negated wait: "Akkoord. Dit
// kan niet wachten." is urgency, not a delay. Any other deferral in it ("Dit kan niet
// wachten, maar overleg eerst met Piet") still counts.
func (a *analysis) urgentOnly(from, to int) bool {
	for j := from; j < to; j++ {
		if w := a.toks[j].norm; a.toks[j].kind == tkWord && (w == "wachten" || w == "wait") && a.negatedWait(j) {
			return !a.deferral(from, j) && !a.deferral(j+1, to)
		}
	}
	return false
}
