package mail

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
	if ap.cat != catApprove || ap.flag != "" || !closesClause(a.toks, ap.last) || a.quotedPhrase(ap) {
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
	lastReject := -1
	for _, d := range dec[:firstApprove] {
		if d.cat != catReject || a.toks[d.first].sent >= a.toks[dec[firstApprove].first].sent {
			return -1
		}
		lastReject = d.last
	}
	if lastReject < 0 || !a.mistakeBetween(lastReject+1, dec[firstApprove].first) {
		return -1
	}
	return last
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
