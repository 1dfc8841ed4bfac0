package mail

import (
	"regexp"
	"strings"
)

// A formal grant: the writer's own approval in a full sentence whose subject does not
// open it, after a lead-in of what was done first or on whose behalf, or by inversion:
//
//   - "Na telefonisch overleg met de conciërge geef ik hierbij mijn akkoord voor …";
//   - "Hierbij verleen ik namens het dagelijks bestuur akkoord voor de werkzaamheden onder
//     kenmerk SPOC-0001, begroot op € 120,00.";
//   - "Namens de directie deel ik u mede dat wij akkoord gaan met …";
//   - "Bij deze mijn akkoord voor de nieuwe lampen.";
//   - "Having read the report, I approve the replacement.", "After checking the figures I am
//     happy to approve this request.".
//
// The sentence is brought into the shape reportedOwn reads ("ik geef mijn akkoord voor …")
// without moving any offset: the lead-in and "namens …" are blanked, the inverted verb and
// subject swapped ("geef ik" → "ik geef"), "Hierbij mijn akkoord" read as "ik geef mijn
// akkoord", and the request's own reference and estimate restated in the object ("onder
// kenmerk SPOC-0001", "begroot op € 120,00", "at the estimated cost of € 1.420,00") blanked.
// reportedOwn then reads it with all its vetoes (conditions, caps, parts, negation, past
// approvals of other things) and its remark rules. The lead-in itself must tell a step
// already taken or a reason: no condition, doubt, negation, question, future step or
// decision phrase stands in it ("Na overleg met Jan volgende week ga ik akkoord" stays
// none).

var (
	// Words that open a lead-in before an inverted or later subject.
	fgLeadStart = set("na", "after", "having", "namens", "gelet", "gezien", "following", "considering", "on", "met")
	// Inverted verbs: "geef ik", "ga ik", "verleen ik", "deel ik u mede".
	fgInvVerbs = set("geef", "geven", "ga", "gaan", "verleen", "verlenen", "keur", "keuren", "deel", "delen",
		"ben", "zijn", "bevestig", "bevestigen")
	fgSubjects = set("ik", "wij", "we", "i")
	// Words that may not stand in a lead-in: conditions, doubt, negation, future steps,
	// somebody else's say.
	fgLeadUnsafe = set("als", "indien", "mits", "tenzij", "zolang", "zodra", "wanneer", "if", "unless", "provided",
		"once", "when", "whether", "pending", "afhankelijk", "depending", "misschien", "wellicht", "maybe",
		"perhaps", "probably", "waarschijnlijk", "principe", "principle", "voorlopig", "niet", "geen", "not", "no",
		"never", "nooit", "nog", "yet", "still", "eerst", "first", "volgende", "volgend", "next", "morgen",
		"tomorrow", "straks", "later", "komende", "coming", "upcoming", "binnenkort", "soon", "wacht", "wachten",
		"wait", "waiting", "maar", "but", "behalve", "except", "alleen", "only", "voorwaarde", "condition",
		"zal", "zullen", "will", "would", "zou", "zouden", "should", "moet", "moeten", "must", "toestemming",
		"goedkeuring", "approval", "permission", "akkoord", "approve", "approved", "tegen", "against", "twijfel",
		"doubt")
	// What "After …" may tell: the writer's own review, done ("After reviewing the quote").
	fgAfterReview = set("reviewing", "reading", "checking", "looking", "considering", "studying", "examining",
		"discussing", "speaking", "talking", "consulting", "going", "careful", "due", "consideration")
	// Words that make a Dutch grant one made now, by this mail: "geef ik hierbij mijn akkoord".
	fgNow = set("hierbij", "hiermee", "hereby")
	// Pronominal adverbs for the request before an inverted verb: "Daar ga ik akkoord mee".
	fgPronAdverbs = set("daar", "hier", "daarmee", "hiermee", "ermee", "daarvoor", "hiervoor")
	// Interjections before the grant: "Nou, daar ga ik akkoord mee".
	fgInterjections = set("nou", "ja", "tja", "oke", "ok", "okay", "well", "jawel", "natuurlijk")
	// Bodies the writer may speak for: "namens het bestuur", "on behalf of the committee".
	fgBodies = set("bestuur", "college", "raad", "directie", "kerkenraad", "commissie", "werkgroep", "mt",
		"managementteam", "team", "afdeling", "stichting", "vereniging", "organisatie", "school", "kerk", "club",
		"praktijk", "vestiging", "board", "committee", "council", "trustees", "management", "organisation",
		"organization", "foundation", "society", "association", "company", "ons", "onze", "us", "our")
	// People, not bodies: "namens de penningmeester" relays somebody else's say.
	fgPersons = set("penningmeester", "voorzitter", "secretaris", "directeur", "manager", "treasurer", "chair",
		"chairman", "chairwoman", "secretary", "director", "collega", "colleague", "hem", "haar", "him", "her")
	// Somebody else's approval in the grant's sentence.
	fgOthersGrant = regexp.MustCompile(`\b(?:zijn|haar|hun|his|her|their)\s+(?:\p{L}+\s+)?(?:akkoord|goedkeuring|toestemming|fiat|approval|consent|permission)\b`)
	// Words that end a "namens …"/"on behalf of …" phrase: what follows it.
	fgOnBehalfEnd = set("akkoord", "hierbij", "mijn", "ons", "onze", "toestemming", "goedkeuring", "approval",
		"approve", "dat", "that", "hereby", "my", "our", "u", "je")
	// The request's reference and estimate restated in the object.
	fgRestated = regexp.MustCompile(`(?i)\b(?:onder|met|under|with)\s+(?:referentie|kenmerk|nummer|reference|ref|number)\s+[A-Za-z]{2,8}-?\d{2,6}\b` +
		`|,?\s*(?:begroot|geraamd|geschat|begroot|offered|quoted|estimated)\s+(?:op|at)\s+€\s*\d[\d.,]*\d` +
		`|\b(?:at|for)\s+(?:the|an)\s+(?:estimated|quoted|proposed|stated)\s+(?:cost|price|amount|sum)\s+of\s+€\s*\d[\d.,]*\d`)
)

// formalGrant returns text brought into reportedOwn's shape (see above) and the byte range
// reportedOwn reads in it; false when the reply has no such sentence or reportedOwn does
// not read it.
func formalGrant(text string, kw Keywords) (prepared string, from, to int, ok bool) {
	if len(text) > reportedOwnMaxText {
		return "", 0, 0, false
	}
	a := readyAnalysis(text, kw, 160)
	if a == nil {
		return "", 0, 0, false
	}
	j := a.skipNameLine(a.contentStart)
	if j < 0 || a.toks[j].kind != tkWord {
		return "", 0, 0, false
	}
	b := []byte(a.text)
	blank := func(from, to int) {
		for k := from; k < to; k++ {
			b[k] = ' '
		}
	}
	if g := a.skipGreetingLine(j); g != j {
		// The greeting is blanked too: reportedOwn reads from the grant.
		j = g
		blank(0, a.toks[j].start)
	}
	if fgInterjections[a.toks[j].norm] && j+1 < len(a.toks) && a.toks[j+1].norm == "," {
		// "Nou, daar ga ik natuurlijk akkoord mee!"
		n := nextWord(a.toks, j+1)
		if n < 0 || a.toks[n].sent != a.toks[j].sent {
			return "", 0, 0, false
		}
		blank(a.toks[j].start, a.toks[n].start)
		j = n
	}
	sent := a.toks[j].sent
	changed := false
	// The lead-in: up to an inverted verb and subject, or to the subject after a comma or
	// after "After …ing".
	if fgLeadStart[a.toks[j].norm] {
		k, n := j, 0
		found := -1
		for ; k >= 0 && k < len(a.toks) && a.toks[k].sent == sent && n < 30; k = nextWord(a.toks, k) {
			w := a.toks[k].norm
			nx := nextWord(a.toks, k)
			if k > j && fgInvVerbs[w] && nx >= 0 && fgSubjects[a.toks[nx].norm] {
				found = k
				break
			}
			if k > j && w == "i" && (a.toks[k-1].norm == "," || a.toks[j].norm == "after" || a.toks[j].norm == "having") {
				found = k
				break
			}
			if fgLeadUnsafe[w] && !(w == "met" && k == j) {
				return "", 0, 0, false
			}
			n++
		}
		if found < 0 {
			return "", 0, 0, false
		}
		for m := j; m < found; m++ {
			if t := a.toks[m]; t.kind == tkEnd || t.kind == tkLine || t.norm == "(" || t.norm == ")" || t.norm == "\"" {
				return "", 0, 0, false // questions, quotes and asides stay out
			}
		}
		if nx := nextWord(a.toks, j); a.toks[j].norm == "on" && (nx < 0 || a.toks[nx].norm != "behalf") {
			return "", 0, 0, false
		}
		if a.toks[j].norm == "met" {
			return "", 0, 0, false // "Met vriendelijke groet" and the like are no lead-in
		}
		if nx := nextWord(a.toks, j); a.toks[j].norm == "after" && (nx < 0 || !fgAfterReview[a.toks[nx].norm]) {
			return "", 0, 0, false // "After receiving a second quote I am happy to approve": still to come
		}
		if a.toks[j].norm == "na" && !a.fgPerformative(found, sent) {
			return "", 0, 0, false // "Na ontvangst van de offerte geef ik mijn akkoord": still to come
		}
		if (a.toks[j].norm == "namens" || a.toks[j].norm == "on") && !a.fgBehalfOK(j, found) {
			return "", 0, 0, false // "Namens Piet geef ik …": somebody else's say
		}
		blank(a.toks[j].start, a.toks[found].start)
		j = found
		changed = true
	} else if nx := nextWord(a.toks, j); fgPronAdverbs[a.toks[j].norm] && nx >= 0 && fgInvVerbs[a.toks[nx].norm] {
		// "Daar ga ik akkoord mee.", "Hiermee ga ik akkoord.": the request named first.
		blank(a.toks[j].start, a.toks[nx].start)
		j = nx
		changed = true
	} else if w := a.toks[j].norm; w == "hierbij" || w == "bij" || w == "hereby" {
		// "Hierbij verleen ik …", "Bij deze geef ik …", "Hierbij mijn akkoord …".
		k := nextWord(a.toks, j)
		if w == "bij" {
			if k < 0 || a.toks[k].norm != "deze" {
				return "", 0, 0, false
			}
			k = nextWord(a.toks, k)
		}
		if k < 0 || a.toks[k].sent != sent {
			return "", 0, 0, false
		}
		switch nk := a.toks[k].norm; {
		case fgInvVerbs[nk]:
			blank(a.toks[j].start, a.toks[k].start)
			j = k
			changed = true
		case (nk == "mijn" || nk == "ons" || nk == "onze") && a.toks[k].start-a.toks[j].start >= len("ik geef "):
			// "Hierbij mijn akkoord" → "ik geef mijn akkoord" (the same length or less).
			blank(a.toks[j].start, a.toks[k].start)
			copy(b[a.toks[j].start:], "ik geef")
			_ = changed
			return fgRead(string(b), kw)
		default:
			return "", 0, 0, false
		}
	}
	// An inverted verb and subject: swap them in place ("geef ik" → "ik geef").
	if nx := nextWord(a.toks, j); fgInvVerbs[a.toks[j].norm] && nx >= 0 && fgSubjects[a.toks[nx].norm] {
		v, s := a.toks[j], a.toks[nx]
		if s.start != v.end+1 {
			return "", 0, 0, false
		}
		verb, subj := a.text[v.start:v.end], a.text[s.start:s.end]
		copy(b[v.start:], strings.ToLower(subj)+" "+verb)
		changed = true
		j = nx
	}
	if !changed {
		return "", 0, 0, false
	}
	// "namens het college van bestuur", "on behalf of the board" before the approval.
	for k := nextWord(a.toks, j); k >= 0 && a.toks[k].sent == sent; k = nextWord(a.toks, k) {
		if a.toks[k].norm != "namens" && !(a.toks[k].norm == "on" && nextWord(a.toks, k) >= 0 && a.toks[nextWord(a.toks, k)].norm == "behalf") {
			if w := a.toks[k].norm; fgNow[w] || w == "bij" || w == "deze" || reportedOwnVerbs[w] && !fgOnBehalfEnd[w] {
				continue // "geef ik hierbij namens het bestuur mijn akkoord"
			}
			break
		}
		end, n := -1, 0
		for m := nextWord(a.toks, k); m >= 0 && a.toks[m].clause == a.toks[k].clause && n < 8; m, n = nextWord(a.toks, m), n+1 {
			if fgOnBehalfEnd[a.toks[m].norm] {
				end = m
				break
			}
			if fgLeadUnsafe[a.toks[m].norm] {
				return "", 0, 0, false
			}
		}
		if end < 0 || !a.fgBehalfOK(k, end) {
			return "", 0, 0, false
		}
		blank(a.toks[k].start, a.toks[end].start)
		break
	}
	return fgRead(string(b), kw)
}

// fgRead blanks the restated reference and estimate in the prepared text's first sentence
// with a grant and reads it with reportedOwn.
func fgRead(prepared string, kw Keywords) (string, int, int, bool) {
	end := len(prepared)
	if i := strings.IndexAny(prepared, ".!?\n"); i >= 0 {
		// The first sentence with content: past a greeting line, the sentence of the grant.
		for i >= 0 && strings.TrimSpace(prepared[:i]) != "" && !fgHasGrantWord(prepared[:i]) {
			k := strings.IndexAny(prepared[i+1:], ".!?\n")
			if k < 0 {
				i = -1
				break
			}
			i += 1 + k
		}
		if i >= 0 {
			// Past a decimal comma or point: "€ 985,00." ends at its last dot.
			for i+1 < len(prepared) && prepared[i] == '.' && prepared[i+1] >= '0' && prepared[i+1] <= '9' {
				k := strings.IndexAny(prepared[i+1:], ".!?\n")
				if k < 0 {
					i = len(prepared)
					break
				}
				i += 1 + k
			}
			end = i
		}
	}
	if fgOthersGrant.MatchString(fold(prepared[:end])) {
		return "", 0, 0, false // "ik geef hierbij zijn akkoord": somebody else's
	}
	head := fgRestated.ReplaceAllStringFunc(prepared[:end], func(m string) string { return strings.Repeat(" ", len(m)) })
	prepared = head + prepared[end:]
	from, to, ok := reportedOwn(prepared, kw)
	return prepared, from, to, ok
}

// fgHasGrantWord reports an approval word in s (to find the grant's sentence).
func fgHasGrantWord(s string) bool {
	f := fold(s)
	return strings.Contains(f, "akkoord") || strings.Contains(f, "approve") || strings.Contains(f, "goedgekeurd") ||
		strings.Contains(f, "goedkeuring") || strings.Contains(f, "toestemming")
}

// Words of a formal address: "heer, mevrouw", "Sir or Madam".
var fgAddressWords = set("heer", "mevrouw", "mevr", "dhr", "meneer", "mijnheer", "sir", "madam", "or", "of", "en",
	"and", "mr", "mrs", "ms", "heren", "dames")

// skipGreetingLine returns the first word after a greeting line of a few words ending in a
// comma ("Geachte heer, mevrouw,\n", "Dear Sir or Madam,\n") at j, or j.
func (a *analysis) skipGreetingLine(j int) int {
	for k, n := j, 0; k < len(a.toks) && n <= 8; k++ {
		t := a.toks[k]
		switch {
		case t.kind == tkWord:
			if !greetingWords[t.norm] && !fgAddressWords[t.norm] && !t.upper {
				return j
			}
			n++
		case t.kind == tkLine || t.kind == tkEnd && t.norm == "\n":
			if k > 0 && a.toks[k-1].norm == "," {
				if nx := nextWord(a.toks, k); nx >= 0 {
					return nx
				}
			}
			return j
		case t.kind == tkEnd:
			return j
		}
	}
	return j
}

// fgPerformative reports "hierbij", "hiermee" or "bij deze" from toks[from] to the end of
// sentence sent: a grant made by this mail, not one promised after a step still to come.
func (a *analysis) fgPerformative(from, sent int) bool {
	for k := from; k >= 0 && k < len(a.toks) && a.toks[k].sent == sent; k = nextWord(a.toks, k) {
		if fgNow[a.toks[k].norm] {
			return true
		}
		if n := nextWord(a.toks, k); a.toks[k].norm == "bij" && n >= 0 && a.toks[n].norm == "deze" {
			return true
		}
	}
	return false
}

// fgBehalfOK reports that toks[from:to] ("namens …", "on behalf of …") name a body the
// writer speaks for (fgBodies), no person (fgPersons).
func (a *analysis) fgBehalfOK(from, to int) bool {
	body := false
	for k := from; k >= 0 && k < to; k = nextWord(a.toks, k) {
		w := a.toks[k].norm
		if fgPersons[w] {
			return false
		}
		body = body || fgBodies[w]
	}
	return body
}
