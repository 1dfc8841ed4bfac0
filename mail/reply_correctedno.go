package mail

import (
	"regexp"
	"strings"
)

// A label that names what follows as the correction: "Correctie:", "Correction -",
// "Verbetering:", "Edit:".
var correctionLabel = regexp.MustCompile(`(?:^|[\s.!])(?:correctie|correction|corrected|verbetering|rectificatie|edit|erratum)\s*[:\-–—]$`)

// An approval sent by mistake and put right as a refusal in the same mail: "akkoord\n\n
// Correctie: NIET akkoord, verkeerde knop. …", "Approved\n\nSorry, wrong button - rejected."
// The approvals all stand before the refusal, in earlier sentences, as bare phrases; the
// writer says it was a mistake between the last of them and the end of the refusal's
// sentence; the refusal is the last decision phrase, tight and the writer's own. After it
// nothing doubts it, sets a condition for a yes or keeps a part; a question there may ask a
// colleague something practical but holds no decision phrase. Without mistake words
// ("Akkoord. … Niet akkoord.") or without the refusal named as the right value ("Akkoord.
// Oeps, verkeerde knop. Niet akkoord.": which button was wrong?) it stays none.

// correctedToRefusal reports such a mail and the end of the refusal.
func correctedToRefusal(text string, kw Keywords) (bool, int) {
	a, all := decisionPhrases(text, kw)
	if a == nil {
		return false, 0
	}
	text = a.text
	var dec []match
	for _, mt := range all {
		if mt.cat == catMixed {
			return false, 0
		}
		if mt.cat.isDecision() && !(mt.cat == catReject && a.isGenericNo(mt)) {
			dec = append(dec, a.qualifyDecision(mt))
		}
	}
	if len(dec) < 2 {
		return false, 0
	}
	r := dec[len(dec)-1]
	if r.cat != catReject || r.flag != "" || a.quotedPhrase(r) {
		return false, 0
	}
	lastApprove := -1
	for _, d := range dec[:len(dec)-1] {
		if d.cat != catApprove || d.flag != "" || a.quotedPhrase(d) || a.toks[d.first].sent >= a.toks[r.first].sent {
			return false, 0
		}
		lastApprove = d.last
	}
	from, to := a.sentenceBounds(a.toks[r.first].sent)
	if !a.mistakeBetween(lastApprove+1, to) {
		return false, 0
	}
	// The refusal is named as the right value: a correction label right before it
	// ("Correctie: NIET akkoord"), or what was meant ("Ik bedoelde niet akkoord"). "Oeps,
	// verkeerde knop. Niet akkoord." leaves open which button was the wrong one.
	lead := strings.TrimSpace(yfApostrophe.Replace(fold(text[a.toks[max(from, r.first-3)].start:a.toks[r.first].start])))
	if r.first == from || !correctionLabel.MatchString(lead) {
		if !a.rightValueMarked(r) {
			return false, 0
		}
	}
	// Tight: no condition in the refusal's sentence, no question mark closing it.
	for j := from; j < to; j++ {
		if t := a.toks[j]; t.kind == tkWord && refusalOwnCondition[t.norm] && !(t.norm == "als" && a.isComparisonAls(j)) {
			return false, 0
		}
	}
	if to < len(a.toks) && a.toks[to].norm == "?" {
		return false, 0
	}
	for j := r.last + 1; j < to; j++ {
		if a.toks[j].kind == tkEnd && a.toks[j].norm == "?" {
			return false, 0
		}
	}
	if a.hedgedRefusal(r) {
		return false, 0
	}
	end := a.toks[r.last].end
	rest := strings.Join(strings.Fields(yfApostrophe.Replace(fold(text[end:]))), " ")
	if refusalDoubt.MatchString(rest) || guardTakenBack.MatchString(rest) || refusalCondYes.MatchString(rest) ||
		refusalPartialYes.MatchString(rest) || refusalShare.MatchString(rest) || refusalLaterAssent.MatchString(rest) ||
		refusalStillOpen.MatchString(rest) {
		return false, 0
	}
	for _, s := range splitSentencesKeep(rest) {
		if strings.HasSuffix(s, "?") && (counterAssent.MatchString(s) || hasWordOf(s, refusalFirstIf)) {
			return false, 0 // "Of mag het toch?", "Is het goed als …?"
		}
	}
	return true, end
}
