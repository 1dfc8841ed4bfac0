package mail

import (
	"regexp"
	"strings"
)

// A clear refusal that opens the reply stays one when a later sentence speaks of approving
// something only in a way that is no decision now: what would make it acceptable ("If you
// can get it under that, resubmit and I'll approve it"), another request that was approved
// ("PS de aanvraag voor de keepersspullen was wel akkoord"), or what someone else approved
// earlier ("het toegangssysteem dat de ALV in oktober heeft goedgekeurd").

var (
	refusalFirstIf   = set("als", "indien", "tenzij", "zodra", "mits", "if", "unless", "once", "provided", "wanneer")
	refusalFirstPast = set("was", "were", "waren", "werd", "werden")
	refusalFirstPerf = set("heeft", "hebben", "has", "have", "had")
)

// refusalBeforeOtherApproval returns the index in dec of the refusal that opens the reply
// when every approval comes in a later sentence that is conditional, or in a clause that
// reports an approval in the past (a past "was", or "heeft/has … goedgekeurd" without the
// writer as subject); else -1.
func (a *analysis) refusalBeforeOtherApproval(dec []match) int {
	r := dec[0]
	if r.cat != catReject || (r.flag != "" && (r.flag != AmbiguousConditional || a.sentenceConditional(r))) || a.toks[r.first].sent != a.firstSent || !a.atStart(r, false) {
		return -1
	}
	for _, d := range dec[1:] {
		if d.cat == catReject {
			continue
		}
		// "niet akkoord\n\nOeps, verkeerde knop. Akkoord als …": the refusal taken back.
		if a.toks[d.first].sent == a.firstSent || !a.approvalNotNow(d) || a.anyPhrase(r.last+1, d.first, mistakeWords) {
			return -1
		}
	}
	return 0
}

// approvalNotNow reports an approval phrase in a conditional sentence or a clause that
// reports a past approval by someone other than the writer.
func (a *analysis) approvalNotNow(d match) bool {
	if a.sentenceConditional(d) {
		return true
	}
	from, to := a.sentenceBounds(a.toks[d.first].sent)
	clause := a.toks[d.first].clause
	past, perf, writer := false, false, false
	for j := from; j < to; j++ {
		t := a.toks[j]
		if t.kind != tkWord || t.clause != clause {
			continue
		}
		switch {
		case refusalFirstPast[t.norm]:
			past = true
		case refusalFirstPerf[t.norm]:
			perf = true
		case firstPersonWords[t.norm] || t.norm == "me" || t.norm == "mij":
			writer = true
		}
	}
	return !writer && (past || perf)
}

// sentenceConditional reports a condition word in the sentence of d: the condition in a
// later sentence is what would make it acceptable, one in the refusal's own sentence
// ("Nee, tenzij …") limits the refusal.
func (a *analysis) sentenceConditional(d match) bool {
	from, to := a.sentenceBounds(a.toks[d.first].sent)
	for j := from; j < to; j++ {
		if a.toks[j].kind == tkWord && refusalFirstIf[a.toks[j].norm] {
			return true
		}
	}
	return false
}

// reasonBeforeRefusal reports a refusal that opens the second sentence after one short
// statement of the reason: "Die kast is nog prima. Niet akkoord, we schuiven de oude wel
// door." The sentence before it asks nothing, sets no condition and holds no decision; the
// refusal's own sentence is read by guardRefusal as any other (what "we" do instead).
func (a *analysis) reasonBeforeRefusal(mt match) bool {
	if mt.cat != catReject || mt.flag != "" || a.toks[mt.first].sent != a.firstSent+1 {
		return false
	}
	from, _ := a.sentenceBounds(a.toks[mt.first].sent)
	for j := from; j < mt.first; j++ {
		if a.toks[j].kind == tkWord {
			return false // the refusal opens its sentence
		}
	}
	pf, pt := a.sentenceBounds(a.firstSent)
	words := 0
	for j := max(pf, a.contentStart); j < pt; j++ {
		t := a.toks[j]
		if t.kind == tkEnd && t.norm != "." {
			return false // "?", "!"
		}
		if t.kind != tkWord {
			continue
		}
		words++
		if words > 15 || refusalFirstIf[t.norm] || conditionalWords[t.norm] || questionWords[t.norm] || hedgeWords[t.norm] {
			return false
		}
	}
	return words >= 3
}

// A refusal followed by what the writer would look at instead: "Sorry maar nee, dit gaat me
// te ver. Als je het in twee delen doet en eerst alleen het dak, dan wil ik er wel naar
// kijken.", "No. If you split it into two phases I'd be happy to look at it again." The
// condition is on a new proposal being looked at, not on this request being approved: the
// refusal stands. The sentence offers only to look or think again and holds no decision or
// word of assent.
var (
	counterLook       = regexp.MustCompile(`\b(?:(?:naar|ernaar|daarnaar)\s+(?:kijken|kijk|te\s+kijken)|kijk\s+ik\s+(?:er\s+)?(?:\w+\s+){0,3}(?:naar|opnieuw)|(?:opnieuw|nog\s+eens|nog\s+een\s+keer)\s+(?:bekijken|beoordelen|overwegen)|wil\s+ik\s+(?:\w+\s+){0,3}(?:bekijken|overwegen|heroverwegen)|(?:look|looking)\s+at\s+(?:it|that|this|a\s+new\s+\w+)(?:\s+again)?|take\s+(?:a|another)\s+look|reconsider|consider\s+(?:it|that|a\s+new\s+\w+)(?:\s+again)?|hoor\s+ik\s+(?:het\s+)?graag|dien\s+(?:dan\s+)?(?:\w+\s+){0,2}(?:nieuwe|nieuw)\s+(?:aanvraag|verzoek)\s+in|submit\s+a\s+new\s+(?:request|proposal))\b`)
	counterYouIf      = regexp.MustCompile(`\b(?:als|wanneer|zodra|indien|if|once|when)\s+(?:je|jij|jullie|u|you)\b`)
	counterNewRequest = regexp.MustCompile(`\b(?:nieuwe|nieuw)\s+(?:aanvraag|verzoek|voorstel|offerte)\s+in|submit\s+a\s+new\s+(?:request|proposal)\b`)
	counterAssent     = regexp.MustCompile(`\b(?:akkoord|accoord|goedkeur\w*|goedgekeurd|goed|approv\w*|prima|ok|oke|okay|fine|mag|mogen|go\s+ahead|doe\s+maar|ga\s+(?:je|uw)\s+gang|toestemming|permission|akkoord|yes|ja)\b`)
)

// counterProposal reports that the sentence toks[from:to] after a refusal only offers to look
// at a changed proposal (see counterLook).
func (a *analysis) counterProposal(from, to int) bool {
	if from < 0 || to > len(a.toks) || from >= to {
		return false
	}
	for _, d := range a.decs {
		if d.first >= from && d.first < to {
			return false
		}
	}
	if to < len(a.toks) && a.toks[to].norm == "?" {
		return false
	}
	s := yfApostrophe.Replace(fold(a.text[a.toks[from].start:a.toks[to-1].end]))
	if strings.Contains(s, "?") {
		return false
	}
	// The change is the requester's to make ("als je het in twee delen doet"), or it asks
	// for a new request; waiting for a fact ("als die er is, kijk ik opnieuw") puts off.
	return counterLook.MatchString(s) && !counterAssent.MatchString(counterLook.ReplaceAllString(s, " ")) &&
		(counterYouIf.MatchString(s) || counterNewRequest.MatchString(s))
}

// afterIndignantLeadIn reports a refusal that opens its sentence after an indignant lead-in:
// "Dit bedrag voor zoiets?? Echt niet.\n\nNiet akkoord.", "Another 800 euros?! No way.",
// "Wéér een nieuwe printer!? Afgekeurd." Every sentence before it is an outcry (ended by
// "??", "?!", "!?" or "!") of at most twelve words with no condition, hedge or deferral, or a
// flat refusal; every decision phrase is a refusal, and nothing after it asks or sets a
// condition. A plain question before it ("Is dit nodig? Niet akkoord.") is no outcry.
func (a *analysis) afterIndignantLeadIn(mt match, dec []match) bool {
	if mt.cat != catReject || mt.flag != "" || a.toks[mt.first].sent == a.firstSent {
		return false
	}
	for _, d := range dec {
		if d.cat != catReject || d.flag != "" {
			return false
		}
	}
	from, _ := a.sentenceBounds(a.toks[mt.first].sent)
	for j := from; j < mt.first; j++ {
		if a.toks[j].kind == tkWord {
			return false // the refusal opens its sentence
		}
	}
	for s := a.firstSent; s < a.toks[mt.first].sent; s++ {
		pf, pt := a.sentenceBounds(s)
		pf = max(pf, a.contentStart)
		words, last := 0, -1
		for j := pf; j < pt; j++ {
			t := a.toks[j]
			if t.kind != tkWord {
				continue
			}
			words++
			last = j
			if words > 12 || refusalFirstIf[t.norm] || conditionalWords[t.norm] || hedgeWords[t.norm] || a.deferral(j, j+1) {
				return false
			}
		}
		if last < 0 {
			continue
		}
		end := len(a.text)
		if n := nextWord(a.toks, last); n >= 0 {
			end = a.toks[n].start
		}
		marks := strings.Map(func(r rune) rune {
			if r == '?' || r == '!' {
				return r
			}
			return -1
		}, a.text[a.toks[last].end:end])
		outcry := marks == "!" || (len(marks) >= 2 && len(marks) <= 4)
		if !outcry && !a.flatRefusalSentence(s, dec) {
			return false
		}
	}
	for j := mt.last + 1; j < len(a.toks); j++ {
		t := a.toks[j]
		if (t.kind == tkEnd && t.norm == "?") || (t.kind == tkWord && (refusalFirstIf[t.norm] || hedgeWords[t.norm])) {
			return false
		}
	}
	return true
}

// flatRefusalSentence reports a sentence of only a refusal phrase and intensifiers: "Echt
// niet.", "No way."
func (a *analysis) flatRefusalSentence(s int, dec []match) bool {
	pf, pt := a.sentenceBounds(s)
	for _, d := range dec {
		if a.toks[d.first].sent != s {
			continue
		}
		for j := pf; j < pt; j++ {
			if a.toks[j].kind == tkWord && (j < d.first || j > d.last) && !echoIntensifiers[a.toks[j].norm] {
				return false
			}
		}
		return true
	}
	return false
}
