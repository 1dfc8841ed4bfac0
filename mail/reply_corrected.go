package mail

import (
	"regexp"
	"strings"
)

// A refusal sent by mistake and put right in the same mail: "niet akkoord\n\nOeps, verkeerde
// knop. Het is WEL akkoord!", "Rejected\n\nSorry, wrong button - approved." The refusals
// all stand before the approval, in earlier sentences; between the last of them and the
// approval the writer says it was a mistake; the approval is the last decision phrase and
// closes its clause. Without such words ("Niet akkoord. … Akkoord?") it stays mixed.
var mistakeWords = [][]string{{"verkeerde", "knop"}, {"verkeerd", "geklikt"}, {"verkeerde", "keuze"},
	{"per", "ongeluk"}, {"vergissing"}, {"vergist"}, {"foutje"}, {"oeps"}, {"oops"}, {"wrong", "button"},
	{"clicked", "the", "wrong"}, {"pressed", "the", "wrong"}, {"hit", "the", "wrong"}, {"by", "mistake"},
	{"mistake"}, {"by", "accident"}, {"accidentally"}, {"typo"}, {"tikfout"}, {"typfout"},
	// A misreading of the request: "ik las het verkeerd", "I misread it", "oh wacht, …".
	{"las", "het", "verkeerd"}, {"las", "dat", "verkeerd"}, {"verkeerd", "gelezen"}, {"misgelezen"},
	{"verkeerd", "begrepen"}, {"misread"}, {"misunderstood"}, {"read", "it", "wrong"}, {"oh", "wacht"},
	{"o", "wacht"}, {"oh", "wait"}}

// correctedRefusal returns the index in dec of the approval that corrects earlier refusals
// sent by mistake (see mistakeWords), or -1.
func (a *analysis) correctedRefusal(dec []match) int {
	last := len(dec) - 1
	ap := dec[last]
	if ap.cat != catApprove || ap.flag != "" || a.quotedPhrase(ap) || !closesClause(a.toks, ap.last) && !a.plainRestOfSentence(ap) {
		return -1
	}
	// The approval may be said more than once: "Ik bedoel natuurlijk AKKOORD. Het is
	// goedgekeurd, sorry voor de verwarring!"; all of them follow all the refusals.
	firstApprove := last
	for firstApprove > 0 && dec[firstApprove-1].cat == catApprove {
		d := dec[firstApprove-1]
		if d.flag != "" || a.quotedPhrase(d) {
			return -1
		}
		firstApprove--
	}
	lastReject, mentioned := -1, true
	for _, d := range dec[:firstApprove] {
		if d.cat != catReject || a.toks[d.first].sent >= a.toks[dec[firstApprove].first].sent {
			return -1
		}
		lastReject = d.last
		mentioned = mentioned && a.quotedPhrase(d)
	}
	if lastReject < 0 {
		return -1
	}
	if !a.mistakeBetween(lastReject+1, dec[firstApprove].first) {
		// "Daar stond per ongeluk 'niet akkoord' in. Voor de duidelijkheid: ik ga akkoord.":
		// the wrong refusal only mentioned in quotes, the mistake said in its sentence.
		from, _ := a.sentenceBounds(a.toks[dec[0].first].sent)
		if !mentioned || !a.mistakeBetween(from, dec[firstApprove].first) {
			return -1
		}
	}
	return last
}

// Words after an approval that keep it from being plain: a contrast, a condition, a cap, a
// step first or a deferral.
var correctedRestVeto = regexp.MustCompile(`\b(?:maar|but|behalve|except|alleen|only|wel|nog|eerste|first|tweede|second|laatste|last|rest|ander\w*|other)\b`)

// The request itself as the object of the approval: "met SPOC-0913", "met de aanvraag",
// "this one", "it".
var correctedRestRequest = regexp.MustCompile(`\b(?:dit|deze|dat|het|this|that|it|spoc-?\d+|aanvraag|verzoek|voorstel|opdracht|request|proposal)\b`)

// plainRestOfSentence reports an approval whose sentence goes on only with the request as
// its object ("ik ga akkoord met SPOC-0913.", "I approve this one."): at most a few words,
// and no question, condition, cap, contrast, deferral or other thing.
func (a *analysis) plainRestOfSentence(d match) bool {
	_, to := a.sentenceBounds(a.toks[d.first].sent)
	words := 0
	for j := d.last + 1; j < to; j++ {
		if a.toks[j].kind == tkWord {
			words++
		}
	}
	if words > 6 {
		return false
	}
	end := len(a.text)
	if to < len(a.toks) {
		end = a.toks[to].end
	}
	rest := yfApostrophe.Replace(fold(a.text[a.toks[d.last].end:end]))
	return correctedRestRequest.MatchString(rest) && !strings.Contains(rest, "?") && !yfCondition.MatchString(rest) && !yfDefer.MatchString(rest) &&
		!(yfCap.MatchString(rest) && !yfCapFree.MatchString(rest)) && !correctedRestVeto.MatchString(rest)
}

// mistakeBetween reports a mistake said between the tokens from and to: a phrase of
// mistakeWords, or one of refusalMistake ("verkeerd knopje", "verkeerd gedrukt").
func (a *analysis) mistakeBetween(from, to int) bool {
	if a.anyPhrase(from, to, mistakeWords) {
		return true
	}
	if from >= to || from >= len(a.toks) {
		return false
	}
	end := len(a.text)
	if to < len(a.toks) {
		end = a.toks[to].start
	}
	return refusalMistake.MatchString(yfApostrophe.Replace(fold(a.text[a.toks[from].start:end])))
}

// What the writer meant, after a mistake: "Ik bedoelde NIET akkoord", "I meant not approved".
var meantWords = [][]string{{"bedoelde"}, {"bedoel"}, {"bedoeld"}, {"meant"}, {"i", "mean"}, {"moest", "zijn"},
	{"should", "have", "been"}, {"should", "be"}}

// A decision put right after a mistake, with the right value named: "Per ongeluk op akkoord
// gedrukt, dat klopt niet. Het moet zijn: NIET akkoord.", "Sorry, verkeerd geklikt op niet
// akkoord, moet natuurlijk zijn: AKKOORD.", "Oops, wrong button - it should be: approved."
// The value follows a marker of what was meant (rightValueBefore) or is enclosed by one
// ("Het moet natuurlijk AKKOORD zijn"); a mistake is said before it; every other decision
// phrase stands before it (the wrong button, or its mention: "op akkoord gedrukt") or says
// it again; and nothing after it asks, sets a condition, defers or takes it back.
var (
	rightValueBefore  = regexp.MustCompile(`(?:\b(?:moet|moest)\s+(?:(?:het|natuurlijk|uiteraard|gewoon|dus|wel|eigenlijk|echt)\s+){0,3}zijn|\b(?:ik\s+)?bedoel(?:de|d)?(?:\s+(?:natuurlijk|uiteraard|gewoon|dus|eigenlijk|wel))*|\bbedoeld\s+was|\bshould\s+(?:(?:of\s+course|obviously|simply|just)\s+)?(?:have\s+been|be|say|read)|\bi\s+meant(?:\s+to(?:\s+(?:say|click|press))?)?|\bmeant\s+to\s+(?:say|click|press))(?:\s+(?:natuurlijk|uiteraard|of\s+course|obviously|simply))?\s*[:\-–—]?\s*$`)
	rightValueEnclose = regexp.MustCompile(`(?:\bhet\s+|^\s*|[,:;]\s*)(?:moet|moest)\s+(?:(?:natuurlijk|uiteraard|gewoon|dus|wel|eigenlijk|echt)\s+){0,3}$`)
	rightValueClose   = regexp.MustCompile(`^\s*(?:zijn|wezen)\b`)
	// What takes the corrected value back or leaves it open after it.
	rightValueUndone = regexp.MustCompile(`\b(?:toch|of\s+niet|or\s+not|wacht\w*|wait\w*|hmm+|twijfel\w*|doubt\w*|weet\s+(?:het\s+)?niet|not\s+sure)\b`)
)

// correctedDecision returns the index in dec of the decision named as the right one after a
// mistake (see rightValueBefore), or -1.
func (a *analysis) correctedDecision(dec []match) int {
	k := -1
	for i, d := range dec {
		if d.flag != "" || a.quotedPhrase(d) {
			continue
		}
		if a.rightValueMarked(d) {
			k = i
		}
	}
	if k < 0 {
		return -1
	}
	d := dec[k]
	for _, o := range dec[k+1:] {
		if o.cat != d.cat || o.flag != "" {
			return -1 // "Moet zijn: akkoord. Of toch niet akkoord."
		}
	}
	if !a.mistakeBetween(0, d.first) && !a.sorryAfterLoneDecision(dec, k) {
		return -1 // "Het moet zijn: akkoord" without a mistake said
	}
	from, _ := a.sentenceBounds(a.toks[d.first].sent)
	before := yfApostrophe.Replace(fold(a.text[a.toks[from].start:a.toks[d.first].start]))
	rest := yfApostrophe.Replace(fold(a.text[a.toks[d.last].end:]))
	rest = strings.Join(strings.Fields(rest), " ")
	if strings.Contains(before, "?") || yfCondition.MatchString(before) || strings.Contains(rest, "?") ||
		yfCondition.MatchString(rest) || yfDefer.MatchString(rest) || rightValueUndone.MatchString(rest) {
		return -1
	}
	if d.cat == catApprove && yfCap.MatchString(rest) && !yfCapFree.MatchString(rest) {
		return -1 // "moet zijn: akkoord tot 500 euro"
	}
	switch a.contextReason(d, true) {
	case "", AmbiguousQuestion, AmbiguousRequest, AmbiguousNotAtStart, AmbiguousMixed:
		// The marker sentence ("Moet natuurlijk zijn: AKKOORD") opens verb-first; no "?"
		// anywhere after the mistake was checked above.
	default:
		return -1
	}
	return k
}

// rightValueMarked reports a decision phrase named as the right value: right after "moet
// zijn:", "ik bedoelde", "should be", "I meant", …, or enclosed ("Het moet natuurlijk
// AKKOORD zijn").
//
// Only a few words either side are read: the markers are short, and a hostile text of one
// long sentence of decision phrases must not make this quadratic.
func (a *analysis) rightValueMarked(d match) bool {
	from, _ := a.sentenceBounds(a.toks[d.first].sent)
	from = max(from, d.first-rightValueWindow)
	before := yfApostrophe.Replace(fold(a.text[a.toks[from].start:a.toks[d.first].start]))
	if rightValueBefore.MatchString(before) {
		return true
	}
	if !rightValueEnclose.MatchString(before) {
		return false
	}
	end := len(a.text)
	if e := d.last + rightValueWindow; e < len(a.toks) {
		end = a.toks[e].end
	}
	return rightValueClose.MatchString(fold(a.text[a.toks[d.last].end:end]))
}

// rightValueWindow is how many tokens either side of a decision rightValueMarked reads.
const rightValueWindow = 12

// Words that may stand before the right value in "Eh nee sorry, ik bedoelde niet akkoord".
var sorryMeantWords = set("eh", "ehm", "uh", "uhm", "um", "oh", "o", "oeh", "nee", "no", "sorry", "ik", "i", "bedoelde",
	"bedoel", "bedoeld", "meant", "mean", "natuurlijk", "uiteraard", "of", "course", "obviously")

// sorryAfterLoneDecision reports the plain-"sorry" shape of a reversed misclick: the reply
// opens with a lone decision phrase as its whole first sentence ("Akkoord"), and the next
// sentence opens with a "sorry" and what was meant, the other value: "Akkoord\n\nEh nee
// sorry, ik bedoelde niet akkoord.", "Approved\n\nSorry, I meant not approved." These are
// the only two decision phrases. "Akkoord. Sorry, ik bedoel: akkoord als …" names the same
// value and is no reversal.
func (a *analysis) sorryAfterLoneDecision(dec []match, k int) bool {
	if k != 1 || len(dec) != 2 || dec[0].cat == dec[1].cat || dec[0].flag != "" || dec[0].first != a.contentStart {
		return false
	}
	sent := a.toks[dec[0].first].sent
	from, to := a.sentenceBounds(sent)
	for j := from; j < to; j++ {
		if a.toks[j].kind == tkWord && (j < dec[0].first || j > dec[0].last) {
			return false
		}
	}
	if a.toks[dec[1].first].sent != sent+1 {
		return false
	}
	from, _ = a.sentenceBounds(sent + 1)
	sorry := false
	for j := from; j < dec[1].first; j++ {
		if t := a.toks[j]; t.kind == tkWord {
			if !sorryMeantWords[t.norm] {
				return false
			}
			sorry = sorry || t.norm == "sorry"
		}
	}
	return sorry
}
