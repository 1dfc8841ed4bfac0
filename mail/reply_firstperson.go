package mail

// A decision the writer states as theirs, in words other than a lone keyword:
//
//   - "als"/"as" with a role or capacity is no condition: "Als directeur van X geef ik
//     akkoord", "Als budgethouder ga ik akkoord", "As budget holder I approve", "als
//     meerwerk ga ik hier niet mee akkoord"; a conditional "als" has a verb of its own
//     before the comma ("Als het onder de 500 blijft, akkoord");
//   - a first-person decision sentence after a lead-in that names who or how ("Namens het
//     MT ga ik akkoord", "Vanuit Control geen bezwaar; ik keur het goed", "Na overleg met
//     de controller kan ik instemmen met dit verzoek") and with what it is about after it
//     ("Ik ga akkoord met de offerte van de dakdekker");
//   - impersonal permission and denial: "Dit kan doorgaan", "Voor mij is dit in orde", "de
//     opdracht mag verstrekt worden", "mag besteld worden", "Dat is in orde voor mij", "Dit gaat
//     niet door".

var (
	// Nouns of a role or capacity after "als"/"as": the writer speaks as one.
	roleNouns = set("directeur", "director", "budgethouder", "budgethouders", "manager", "teamleider",
		"teamlead", "hoofd", "head", "eigenaar", "owner", "wethouder", "voorzitter", "chair", "chairman",
		"controller", "opdrachtgever", "sponsor", "projectleider", "projectmanager", "verantwoordelijke",
		"leidinggevende", "afdelingshoofd", "afdelingsmanager", "clustermanager", "directielid", "bestuurder",
		"secretaris", "penningmeester", "treasurer", "coordinator", "coördinator", "holder", "lead", "leader",
		"supervisor", "portefeuillehouder", "gemeentesecretaris", "concerncontroller", "eindverantwoordelijke",
		"meerwerk", "uitzondering", "exception", "mt", "mt-lid", "lid")
	roleArticles = set("de", "het", "the", "een", "a", "an", "uw", "your", "jullie", "je", "jouw")
	// Words that begin a lead-in naming on whose behalf or after what the writer decides.
	prepLeadWords = set("namens", "vanuit", "behalf", "na", "after", "following", "in", "following")
)

// impersonalPhrases returns permission and denial phrases without a keyword: "Dit kan
// doorgaan", "Voor mij is dit in orde", "de opdracht mag verstrekt worden", "Dit gaat niet
// door".
func impersonalPhrases() (approve, reject []string) {
	for _, modal := range []string{"kan", "mag", "kunnen", "mogen"} {
		approve = append(approve, modal+" doorgaan", modal+" door")
		for _, p := range []string{"besteld", "verstrekt", "gegund", "uitgevoerd", "ingekocht", "aangeschaft",
			"ingepland", "geplaatst", "opgedragen", "gegeven"} {
			approve = append(approve, modal+" "+p+" worden", modal+" worden "+p)
		}
	}
	for _, s := range []string{"dit", "het", "dat", "alles"} {
		approve = append(approve, "voor mij is "+s+" in orde", s+" is voor mij in orde",
			"wat mij betreft is "+s+" in orde", "van mij is "+s+" in orde")
	}
	approve = append(approve, "is voor mij in orde", "voor mij in orde", "wat mij betreft in orde")
	// The Flemish word order: "Dat is in orde voor mij", "Het is in orde voor ons". A bare "Dat
	// is in orde" may report that something was taken care of.
	approve = append(approve, "in orde voor mij", "in orde voor ons", "voor ons in orde")
	for _, s := range []string{"dit", "het", "dat", "de aanvraag", "het verzoek", "de opdracht"} {
		reject = append(reject, s+" gaat niet door", s+" gaat dus niet door", s+" gaat dan niet door")
	}
	return approve, reject
}

// isRoleAls reports "als"/"as" at toks[j] that names the writer's role or capacity: an
// optional article, a role noun (or a word ending in one: "budgethouder",
// "afdelingshoofd"), and then in the same clause, before any comma, a first-person
// subject right after a verb ("geef ik", "ga ik") or, in English, right after the role
// ("As budget holder I approve"). "Als het binnen budget blijft, ga ik akkoord" has no
// role noun; "Als de directeur akkoord is, …" has no first person before the comma.
func (a *analysis) isRoleAls(j int) bool {
	if w := a.toks[j].norm; w != "als" && w != "as" {
		return false
	}
	clause := a.toks[j].clause
	n := nextWord(a.toks, j)
	if n >= 0 && roleArticles[a.toks[n].norm] {
		n = nextWord(a.toks, n)
	}
	if n < 0 || a.toks[n].clause != clause {
		return false
	}
	role := false
	for k, m := 0, n; k < 2 && m >= 0 && a.toks[m].clause == clause; k, m = k+1, nextWord(a.toks, m) {
		if isRoleNoun(a.toks[m].norm) {
			role = true
			break
		}
	}
	if !role {
		return false
	}
	// The first person within eight words, in the clause, with no condition or question
	// word on the way.
	for k, m := 0, nextWord(a.toks, n); k < 9 && m >= 0 && a.toks[m].clause == clause; k, m = k+1, nextWord(a.toks, m) {
		w := a.toks[m].norm
		if firstPersonWords[w] {
			return k > 0 || w == "i" || w == "we"
		}
		if (conditionalWords[w] && w != "wel" && w != "onder") || w == "als" || questionWords[w] || hedgeWords[w] ||
			thirdPersonWords[w] {
			return false
		}
	}
	return false
}

func isRoleNoun(w string) bool {
	if roleNouns[w] {
		return true
	}
	for _, s := range []string{"houder", "leider", "manager", "directeur", "hoofd", "eigenaar", "controller"} {
		if len(w) > len(s) && w[len(w)-len(s):] == s {
			return true
		}
	}
	return false
}

// prepLeadIn reports words in toks[from:to] before a first-person decision d that are a
// lead-in naming on whose behalf, as what or after what the writer decides: "Namens het
// MT ga ik", "Als directeur van IKC De Esdoorn geef ik", "Na overleg met de controller
// kan ik", "On behalf of the board I". Names are allowed there; no condition, negation,
// hedge, question, report of someone's words or third person.
func (a *analysis) prepLeadIn(from, to int, d match) bool {
	f := a.firstWordIn(from, to)
	if f < 0 {
		return false
	}
	switch w := a.toks[f].norm; {
	case w == "als" || w == "as":
		if !a.isRoleAls(f) {
			return false
		}
	case w == "on":
		if n := nextWord(a.toks, f); n < 0 || a.toks[n].norm != "behalf" {
			return false
		}
	case w == "na" || w == "in" || w == "after" || w == "following":
		n := nextWord(a.toks, f)
		if n >= 0 && roleArticles[a.toks[n].norm] {
			n = nextWord(a.toks, n)
		}
		if n < 0 || !leadInMarkers[a.toks[n].norm] && a.toks[n].norm != "afstemming" && a.toks[n].norm != "overleg" {
			return false
		}
	case prepLeadWords[w]:
	default:
		return false
	}
	first := false
	for j := from; j <= d.last && j < len(a.toks); j++ {
		t := a.toks[j]
		if t.kind == tkEnd && t.norm == "?" {
			return false
		}
		if t.kind != tkWord {
			continue
		}
		w := t.norm
		first = first || firstPersonWords[w]
		if j >= to {
			continue
		}
		if j != f && (w == "als" || w == "as") {
			return false
		}
		if negators[w] || (conditionalWords[w] && w != "wel" && w != "als" && !(w == "onder" && j > f)) ||
			hedgeWords[w] || questionWords[w] || speechWords[w] || thirdPersonWords[w] || earlierWords[w] ||
			w == "maar" || w == "but" {
			return false
		}
	}
	return first && a.firstPersonClause(d)
}

// firstPersonClause reports a first-person subject in the clause of d.
func (a *analysis) firstPersonClause(d match) bool {
	clause := a.toks[d.first].clause
	for j := a.clauseStart(clause); j < len(a.toks) && a.toks[j].clause == clause; j++ {
		if a.toks[j].kind == tkWord && firstPersonWords[a.toks[j].norm] {
			return true
		}
	}
	return false
}

// Words that introduce what a decision is about: "akkoord met de offerte van de dakdekker",
// "ik stem in met de zaalhuur", "approve the request for …".
var aboutWords = set("met", "with", "voor", "for", "op", "on", "to", "van", "of")

// aboutObject reports that the words after d in its clause, up to to, say only what the
// decision is about: "met de offerte van de dakdekker", "met deze aanvraag". At most
// fourteen words, none that limits, doubts, defers, reports or brings in someone else.
func (a *analysis) aboutObject(d match, to int) bool {
	clause := a.toks[d.last].clause
	n := 0
	for j := nextWord(a.toks, d.last); j >= 0 && j < to && a.toks[j].clause == clause; j = nextWord(a.toks, j) {
		w := a.toks[j].norm
		if n == 0 && !aboutWords[w] && !afterPhraseWords[w] {
			return false
		}
		if negators[w] || conditionalWords[w] || hedgeWords[w] || questionWords[w] || speechWords[w] ||
			thirdPersonWords[w] || butLimiters[w] && w != "met" && w != "dan" && !(w == "tot" && !a.amountAfter(j)) ||
			w == "maar" || w == "but" ||
			w == "helft" || w == "half" || w == "deel" || w == "part" || a.deferral(j, j+1) || n >= 14 {
			return false
		}
		n++
	}
	return true
}

// leadName reports a capitalised word right after "vanuit"/"namens"/"from"/"of" in a
// context clause: "Vanuit Control geen bezwaar".
func (a *analysis) leadName(j int) bool {
	p := a.prevWord(j)
	if p < 0 {
		return false
	}
	switch a.toks[p].norm {
	case "vanuit", "namens", "behalf", "van", "het", "de":
		f := a.firstWordIn(a.clauseStart(a.toks[j].clause), j)
		return f >= 0 && (a.toks[f].norm == "vanuit" || a.toks[f].norm == "namens" || a.toks[f].norm == "on")
	}
	return false
}

var (
	// Words of someone else still to decide: "Piet moet het ook nog goedkeuren", "Finance
	// still needs to sign it off", "de wethouder beslist".
	stillWords  = set("nog", "still", "ook", "also", "too", "eerst", "first", "yet")
	decideWords = set("goedkeuren", "goedkeuring", "tekenen", "aftekenen", "ondertekenen", "akkoord", "approve",
		"approval", "sign", "signs", "signed", "beslissen", "beslist", "besluit", "decide", "decides", "fiat",
		"fiatteren", "toestemming", "instemmen", "moet", "moeten", "must", "needs", "need", "dient", "dienen",
		"beslissing", "decision", "zegt", "say", "says")
)

// othersToDecide reports a sentence in toks[from:to] that leaves the decision to someone
// else or to later: a word of decision or obligation with "nog"/"ook"/"still"/"also".
// A "moeten" the writer already went through ("Ik heb er even over na moeten denken want
// …") is deliberation before the decision, no duty still to come.
func (a *analysis) othersToDecide(from, to int) bool {
	if !a.anyWordIn(from, to, stillWords) {
		return false
	}
	for j := from; j < to && j < len(a.toks); j++ {
		if a.toks[j].kind == tkWord && decideWords[a.toks[j].norm] && !a.writerPastModal(j) {
			return true
		}
	}
	return false
}

var (
	pastModals     = set("moeten", "moest", "moesten")
	perfectAuxWrit = set("heb", "had", "hadden", "hebben")
)

// writerPastModal reports "moeten" at j in a clause of the writer in the perfect tense: "ik
// heb (er even over na) moeten (denken)", "we hadden … moeten": the subject "ik"/"we" and
// the auxiliary within the six words before it, in its clause.
func (a *analysis) writerPastModal(j int) bool {
	if !pastModals[a.toks[j].norm] {
		return false
	}
	aux, subj := false, false
	for k, n := a.prevWord(j), 0; k >= 0 && n < 7 && a.toks[k].clause == a.toks[j].clause; k, n = a.prevWord(k), n+1 {
		switch w := a.toks[k].norm; {
		case perfectAuxWrit[w]:
			aux = true
		case w == "ik" || w == "we" || w == "wij":
			subj = true
		case negators[w] || stillWords[w]:
			return false
		}
	}
	return aux && subj
}

// onlyAsReason reports a sentence after a refusal that opens with "alleen"/"only" and
// gives a reason, not a condition: "Only one person can attend the conference this year."
// A condition word in it ("Alleen als …", "Only if …") makes it a condition.
func (a *analysis) onlyAsReason(from, to int) bool {
	for j := from; j < to && j < len(a.toks); j++ {
		t := a.toks[j]
		if t.kind == tkEnd && t.norm == "?" {
			return false
		}
		if t.kind == tkWord && (conditionalWords[t.norm] && t.norm != "wel" || t.norm == "when" || t.norm == "after" ||
			t.norm == "na" || t.norm == "nadat" || t.norm == "dan" || t.norm == "then" || t.norm == "wel" || t.norm == "ok" ||
			t.norm == "akkoord" || t.norm == "approve" || t.norm == "approved") {
			return false
		}
	}
	return true
}

var (
	relativeWords   = set("what", "that", "which", "whatever", "as")
	subjectPronouns = set("we", "they", "you", "he", "she", "i", "everyone", "both")
	// Determiners before the noun of a relative clause without "that".
	agreedDeterminers = set("the", "a", "an", "this", "our", "their", "your", "my", "his", "her", "its")
)

// reportedAgreement reports "agreed"/"afgesproken" that tells of an earlier agreement:
// "We agreed in October that …", "as agreed", "we agreed to …".
func (a *analysis) reportedAgreement(mt match) bool {
	if mt.first != mt.last || a.toks[mt.first].norm != "agreed" {
		return false
	}
	if p := a.prevWord(mt.first); p >= 0 && a.toks[p].clause == a.toks[mt.first].clause {
		switch a.toks[p].norm {
		case "as", "previously", "already", "had", "have", "all", "jointly", "earlier":
			return true
		}
		// A relative clause: "what we agreed with the supplier", "the price that they agreed".
		if pp := a.prevWord(p); pp >= 0 && a.toks[pp].clause == a.toks[p].clause && relativeWords[a.toks[pp].norm] &&
			subjectPronouns[a.toks[p].norm] {
			return true
		}
		// A relative clause without "that": "the plan we agreed with the board", "a budget
		// they agreed".
		if pp := a.prevWord(p); pp >= 0 && a.toks[pp].clause == a.toks[p].clause && subjectPronouns[a.toks[p].norm] {
			if ppp := a.prevWord(pp); ppp >= 0 && a.toks[ppp].clause == a.toks[pp].clause && agreedDeterminers[a.toks[ppp].norm] &&
				!relativeWords[a.toks[pp].norm] && !agreedDeterminers[a.toks[pp].norm] {
				return true
			}
		}
	}
	n := nextWord(a.toks, mt.first)
	if n < 0 || a.toks[n].clause != a.toks[mt.first].clause {
		return false
	}
	switch a.toks[n].norm {
	case "in", "on", "that", "last", "earlier", "before", "at", "during", "when", "upon", "to", "back":
		return true
	case "a", "an", "the", "our", "their", "his", "her":
		// "We agreed a lighting budget of 400 euros": what was agreed, an earlier agreement.
		return true
	}
	return false
}

// writerClauseStart returns where a main clause of the writer begins before toks[to] in
// toks[from:to]: "en ik", "dus ik", "and I", "so I", a "maar"/"but" right before toks[to];
// or from when there is none.
func (a *analysis) writerClauseStart(from, to int) int {
	start := from
	for j := from; j < to; j++ {
		switch a.toks[j].norm {
		case "en", "and", "dus", "so":
			if n := nextWord(a.toks, j); n >= 0 && n < to && firstPersonWords[a.toks[n].norm] {
				start = j
			}
		case "maar", "but":
			// "…, maar akkoord geef ik niet": the refusal right after the contrast.
			if n := nextWord(a.toks, j); n == to {
				start = j
			}
		}
	}
	return start
}

// amountAfter reports an amount right after toks[j]: "tot € 500", "tot 1.000 euro".
func (a *analysis) amountAfter(j int) bool {
	n := nextWord(a.toks, j)
	if n < 0 {
		return false
	}
	w := a.toks[n].norm
	return w == "€" || w == "eur" || w == "euro" || w == "maximaal" || w == "max" || (w != "" && w[0] >= '0' && w[0] <= '9')
}

// subjectBefore reports a plain subject before an impersonal permission d in toks[from:d]:
// "De nieuwe koffieautomaat mag besteld worden", "Deze opdracht kan doorgaan". An article or
// "deze"/"dit" first, at most five words, nothing that names, limits or reports.
func (a *analysis) subjectBefore(from int, d match) bool {
	switch a.toks[d.first].norm {
	case "kan", "mag", "kunnen", "mogen":
	case "goedgekeurd", "approved", "toegekend", "gehonoreerd":
		// A passive decision: "het meerwerk is goedgekeurd", "the extra work is approved".
		if p := a.prevWord(d.first); p < 0 || (a.toks[p].norm != "is" && a.toks[p].norm != "wordt") {
			return false
		}
	default:
		return false
	}
	f := a.firstWordIn(from, d.first)
	if f < 0 {
		return false
	}
	if w := a.toks[f].norm; !roleArticles[w] && w != "deze" && w != "dit" && w != "die" {
		return false
	}
	n := 0
	for j := f; j < d.first; j++ {
		t := a.toks[j]
		if t.kind == tkClause || t.kind == tkEnd {
			return false
		}
		if t.kind != tkWord {
			continue
		}
		w := t.norm
		if (t.upper && j != f) || negators[w] || conditionalWords[w] || hedgeWords[w] || questionWords[w] ||
			speechWords[w] || thirdPersonWords[w] || firstPersonWords[w] || n >= 5 {
			return false
		}
		n++
	}
	return true
}

var (
	// Past participles of an approval that a reason may report: "dat is vorige week al
	// goedgekeurd", "was already approved".
	reportedParticiples = set("goedgekeurd", "approved", "toegekend", "gehonoreerd", "gefiatteerd",
		"authorised", "authorized")
	// Words that place that approval before now.
	earlierMarkers = set("al", "reeds", "eerder", "vorige", "vorig", "destijds", "gisteren", "already",
		"earlier", "previously", "last", "yesterday")
	// Words that mark the sentence as the reason for the refusal.
	reasonMarkers = set("reden", "redenen", "omdat", "want", "aangezien", "dubbel", "dubbele", "duplicaat",
		"reason", "reasons", "because", "since", "duplicate")
	// Words that turn the report against the refusal: "maar inmiddels is het al goedgekeurd".
	reasonContrast = set("maar", "but", "toch", "inmiddels", "intussen", "alsnog", "nu", "now", "wel",
		"meanwhile", "however", "echter", "dus", "so")
	// Words in the clause of the approval that point back at this request: "omdat het al
	// goedgekeurd is" may say this request needs no decision.
	reasonSelf = set("het", "dit", "deze", "aanvraag", "verzoek", "it", "this", "request", "je", "jij", "u",
		"you", "ik", "i", "we", "wij", "mij", "me")
)

// dropReasonApprovals leaves out approval phrases that only report an earlier approval of
// something else in the reason for a refusal: "Afgekeurd.\n\nReden: dit is dubbel met
// SPOC-0187, dat is vorige week al goedgekeurd en wordt volgende week uitgevoerd." The
// refusal is a clear refusal phrase (not a bare "Nee") that opens the reply; each dropped
// phrase is a past participle in a later sentence, after a reason word in that sentence
// and a word in its own clause that places it before now. Nothing from that sentence on
// contrasts with the refusal ("maar inmiddels …") or asks, nothing in it negates or
// limits, and its clause does not point back at this request or the writer ("omdat het
// al goedgekeurd is", "dat heb ik vorige week al goedgekeurd" stay mixed). Only an
// approval phrase is ever taken away.
func (a *analysis) dropReasonApprovals(dec []match) []match {
	if len(dec) < 2 {
		return dec
	}
	r := dec[0]
	if r.cat != catReject || r.flag != "" || (r.first == r.last && genericNo[a.toks[r.first].norm]) ||
		!a.atStart(r, false) {
		return dec
	}
	out := []match{r}
	for _, d := range dec[1:] {
		if d.cat == catApprove && d.flag == "" && d.first == d.last && a.reasonReport(d, a.toks[r.first].sent) {
			continue
		}
		if d.cat == catApprove && a.earlierOccasionReport(d, a.toks[r.first].sent) {
			continue
		}
		out = append(out, d)
	}
	return out
}

// Words that name an earlier occasion with "keer"/"jaar"/"time"/"year" after them: "de
// vorige keer", "vorig jaar", "last time", "the previous year".
var (
	earlierOccasionFirst = set("vorige", "vorig", "laatste", "last", "previous")
	earlierOccasionNoun  = set("keer", "jaar", "maand", "week", "time", "year", "month")
	// Past-tense verbs of telling or being: "Ik had … gezegd", "was", "I said", "told".
	earlierPastVerbs = set("had", "hadden", "was", "waren", "gaf", "gaven", "zei", "zeiden", "gezegd",
		"gegeven", "ging", "gingen", "were", "said", "told", "gave", "did")
	// Words that bring the report to now, or limit or doubt it.
	earlierNowWords = set("nu", "now", "wel", "toch", "alsnog", "inmiddels", "intussen", "meanwhile", "maar", "but",
		"deze", "dit", "this")
)

// earlierOccasionReport reports an approval phrase d that tells of what the writer said or
// did on an earlier occasion, after a clear refusal that opens the reply: "Niet akkoord. Ik
// had de vorige keer al gezegd dat dat akkoord eenmalig was, en nu staat het er weer." The
// phrase stands in a later sentence without a question, after an earlier-occasion marker
// ("de vorige keer", "vorig jaar", "last time") and a past-tense verb in that sentence; its
// own clause holds nothing that brings it to now ("nu", "wel", "toch", "this"), limits or
// doubts. Only an approval phrase is ever taken away.
func (a *analysis) earlierOccasionReport(d match, after int) bool {
	sent := a.toks[d.first].sent
	if sent <= after {
		return false
	}
	from, to := a.sentenceBounds(sent)
	if to < len(a.toks) && a.toks[to].norm == "?" {
		return false
	}
	clause := a.toks[d.first].clause
	marker, past := false, false
	prev := ""
	for j := from; j < to; j++ {
		t := a.toks[j]
		if t.kind != tkWord || (j >= d.first && j <= d.last) {
			continue
		}
		w := t.norm
		if t.clause == clause && (earlierNowWords[w] || conditionalWords[w] || hedgeWords[w] || questionWords[w]) {
			return false
		}
		if j < d.first {
			marker = marker || (earlierOccasionFirst[prev] && earlierOccasionNoun[w])
			past = past || earlierPastVerbs[w]
		}
		prev = w
	}
	return marker && past
}

// reasonReport reports an approval phrase d that is an earlier approval named in a reason
// (see dropReasonApprovals), in a sentence after sentence after.
func (a *analysis) reasonReport(d match, after int) bool {
	sent := a.toks[d.first].sent
	if sent <= after || !reportedParticiples[a.toks[d.first].norm] {
		return false
	}
	from, to := a.sentenceBounds(sent)
	// Nothing from the reason on asks or turns back: "… Maar inmiddels is het toch nodig."
	for j := from; j < len(a.toks); j++ {
		if t := a.toks[j]; (t.kind == tkEnd && t.norm == "?") || (t.kind == tkWord && reasonContrast[t.norm]) {
			return false
		}
	}
	clause := a.toks[d.first].clause
	reason, earlier := false, false
	for j := from; j < to; j++ {
		t := a.toks[j]
		if t.kind != tkWord || j == d.first {
			continue
		}
		w := t.norm
		if reasonContrast[w] || negators[w] || conditionalWords[w] || hedgeWords[w] || questionWords[w] ||
			(t.clause == clause && reasonSelf[w]) {
			return false
		}
		if j < d.first {
			reason = reason || reasonMarkers[w]
			earlier = earlier || (earlierMarkers[w] && t.clause == clause)
		}
	}
	return reason && earlier
}

// Words that open a sentence about a thing: "De subsidie …", "De huidige printers …",
// "The budget …".
var factOpeners = set("de", "het", "die", "deze", "dit", "dat", "onze", "hun", "zijn", "haar", "the", "this",
	"that", "these", "those", "our", "their", "its")

// Persons, decision words and questions that make a "nog niet" sentence about the decision
// or about what someone still has to do: "Ik weet het nog niet", "De beslissing is nog niet
// genomen", "Het MT moet er nog niet over …".
var factUnsafe = set("ik", "we", "wij", "me", "mij", "mijn", "ons", "jij", "je", "u", "jullie", "i", "my",
	"us", "you", "beslissing", "besluit", "beslist", "besloten", "akkoord", "goedkeuring", "toestemming",
	"besluitvorming", "antwoord", "reactie", "decision", "decided", "approval", "answer", "mt", "directie",
	"moet", "moeten", "must", "need", "needs", "kijken", "bekijken", "nadenken", "overleggen", "bespreken",
	"besproken", "overlegd", "afgestemd", "bekeken", "beoordeeld", "duidelijk", "bekend", "zeker", "discussed",
	"reviewed", "checked", "clear", "known", "sure")

// Words after the fact that come back to the request later: "…, daarna kijk ik er opnieuw
// naar", "Als die er is, …".
var factLater = set("daarna", "dan", "opnieuw", "nogmaals", "weer", "kijk", "kijken", "bekijk", "bekijken",
	"terug", "again", "then", "afterwards", "look", "revisit", "reconsider", "heroverwegen", "zodra", "als",
	"wanneer", "when", "once", "if", "tot", "totdat", "until", "pas", "voorlopig", "for", "now", "nu", "yet",
	"indienen", "aanvragen", "resubmit", "opnieuw")

// Verbs right after an opener that make it a dummy subject: "Het is nog niet duidelijk".
var factDummyVerb = set("is", "was", "wordt", "werd", "lijkt", "blijkt", "gaat", "komt", "kan", "mag", "moet",
	"zal", "heeft", "had", "has", "seems", "will", "would", "can", "may", "must")

// factNotYet reports a sentence [from,to) after a refusal that states a fact about a thing
// with "nog niet"/"nog geen"/"not yet": "Afgewezen. De huidige printers zijn nog geen drie
// jaar oud.", "… geen toestemming voor geven. De subsidie is nog niet toegekend en we …".
// It opens with an article or demonstrative, the not-yet phrase comes before the first
// "en"/"and"/"maar"/"but"/clause break, and that part names no person, no decision and no
// duty; nothing else in the sentence puts anything off. The refusal is then final; the
// sentence is its reason.
func (a *analysis) factNotYet(from, to int) bool {
	f := a.firstWordIn(from, to)
	if f < 0 || !factOpeners[a.toks[f].norm] || (to < len(a.toks) && a.toks[to].norm == "?") ||
		factDummyVerb[a.nextNorm(f)] {
		return false
	}
	notYet, partEnd := -1, to
	for j := f; j < to; j++ {
		t := a.toks[j]
		if t.kind == tkClause {
			partEnd = j
			break
		}
		if t.kind != tkWord {
			continue
		}
		if t.norm == "en" || t.norm == "and" || t.norm == "maar" || t.norm == "but" {
			partEnd = j
			break
		}
		if factUnsafe[t.norm] || questionWords[t.norm] || hedgeWords[t.norm] {
			return false
		}
		if notYet < 0 && (a.phraseAt(j, [][]string{{"nog", "niet"}, {"nog", "geen"}, {"not", "yet"}})) {
			notYet = j
		}
	}
	if notYet < 0 {
		return false
	}
	// No other deferral in the sentence: the not-yet phrase is the only one; nothing after
	// it here or in the sentence after comes back to the request later.
	_, after := a.sentenceBounds(a.toks[f].sent + 1)
	for j := from; j < after && j < len(a.toks); j++ {
		if a.toks[j].kind != tkWord || j == notYet || j == nextWord(a.toks, notYet) {
			continue
		}
		if a.deferral(j, j+1) || (j > notYet && factLater[a.toks[j].norm] && !a.roleAls(j)) {
			return false
		}
	}
	if after < len(a.toks) && a.toks[after].norm == "?" {
		return false
	}
	return partEnd > notYet
}

// Words that open the clause of a condition after "als"/"if": "als die er is", "if it comes".
var conditionSubject = set("die", "dat", "dit", "het", "de", "er", "ik", "we", "wij", "ze", "zij", "hij", "je",
	"jij", "u", "jullie", "the", "it", "they", "we", "i", "you", "that", "this", "there", "he", "she")

// roleAls reports "als" before a bare noun: "we gaan als gemeente geen geld voorschieten"
// names a role, it sets no condition.
func (a *analysis) roleAls(j int) bool {
	return a.toks[j].norm == "als" && (a.isComparisonAls(j) || !conditionSubject[a.nextNorm(j)])
}
