package mail

import (
	"regexp"
	"strings"
)

// A refusal that concludes the reasons before it, in a sentence of its own led (or closed)
// by a conclusion marker, and followed by what to do instead:
//
//   - "… hebben we het geld er dit jaar niet voor. Dus helaas niet akkoord. Zullen we het in
//     de begroting voor volgend jaar zetten?" (a proposal for later);
//   - "… Voor nu: niet akkoord." after a suggestion to resubmit later;
//   - "Dus: niet akkoord in deze vorm. Vraag de leverancier om een offerte voor maandag."
//     (the proposal to be changed: a refusal of this one);
//   - "Niet akkoord derhalve." closing the reasons;
//   - "So no - rejected. If it gets worse, put a cover on it for now." (a counter-proposal
//     for the requester);
//   - "Ik zou zeggen akkoord, want …. Maar de directeur belde net: …. Dus helaas: niet
//     akkoord." (a yes the writer would have given, overruled before the conclusion).
//
// It stays none when the refusal's sentence asks or holds anything else ("Dus niet
// akkoord?", "Dus niet akkoord, tenzij …", "Dus niet akkoord met de datum, wel met het
// werk"), when another decision phrase is not a refusal, when doubt, a condition for a
// yes, a share kept, a mistake or a decision still open is said anywhere after it, or when
// a question after it asks anything but a proposal for later or instead.

var (
	// Conclusion markers that make the refusal the writer's verdict on what went before.
	concludedMarkers = set("dus", "daarom", "derhalve", "kortom", "vandaar", "concluderend", "samenvattend", "so",
		"therefore", "hence", "thus", "consequently", "reden", "redenen", "reason", "reasons")
	// Words that may stand beside the phrase and the marker in the refusal's sentence: "Dus
	// helaas: niet akkoord.", "Voor nu: niet akkoord.", "Dus niet akkoord in deze vorm.",
	// "So no - rejected."
	concludedFiller = set("helaas", "sorry", "unfortunately", "toch", "echt", "gewoon", "simply", "just", "nee", "no",
		"mijn", "antwoord", "is", "my", "answer", "voor", "nu", "for", "now", "in", "deze", "vorm", "this", "form",
		"zo", "zoals", "het", "it", "stands", "as", "nou", "then", "van", "mij", "from", "me", "ook", "also",
		// "Om die reden ben ik hier niet mee akkoord.", "For that reason I am not approving it."
		"om", "die", "reden", "ben", "ik", "ga", "we", "wij", "zijn", "gaan", "i", "am", "hier", "daar", "mee",
		"hiermee", "daarmee", "er", "that", "reason", "these", "reasons")
	// A clause after a "maar"/"but" in the refusal's sentence that only offers to look at a
	// new request: "Niet akkoord dus, maar ik sta open voor een hernieuwd verzoek wanneer …",
	// "Rejected, but I'm happy to look at a new proposal in spring."
	concludedOpenNew = regexp.MustCompile(`^(?:maar|but)\s+(?:(?:ik|we|wij|i|im|i\s+am|were|we\s+are)\s+(?:sta|staan|am|are)?\s*(?:(?:altijd|graag|wel|always|happy|glad|willing)\s+)*(?:open\s+(?:voor|to)|to\s+look\s+at|look\s+at)\s+(?:een\s+|a\s+)?(?:hernieuwd|nieuw|nieuwe|new|fresh|renewed|revised|aangepast|aangepaste)\s+(?:verzoek|aanvraag|voorstel|request|proposal)\b)`)
	// A sentence after the refusal that offers to talk it over again some time: "Laten we het
	// in de bestuursvergadering van januari gerust nog eens bespreken, als je dat wilt.",
	// "Happy to discuss it again at the next meeting if you like."
	concludedRevisit = regexp.MustCompile(`\b(?:nog\s+(?:eens|een\s+keer)|opnieuw|again)\b.*\b(?:als\s+je\s+(?:dat|het)\s+(?:wilt|wil)|if\s+you\s+(?:like|want|wish))\b|\b(?:gerust|happy\s+to|glad\s+to)\b.*\b(?:nog\s+(?:eens|een\s+keer)|opnieuw|again)\b`)
	// Emoji of regret that may close the refusal: "Dus helaas niet akkoord 😕".
	sadEmoji = set("😕", "🙁", "☹", "☹️", "😞", "😔", "😢", "😥", "😓", "😬", "🙏", "😭", "💸")
	// Something still to be checked before the refusal: "Dat moet ik nog even checken", "I
	// haven't looked at it yet".
	concludedStillChecking = regexp.MustCompile(`\b(?:nog\s+(?:even\s+)?(?:checken|navragen|uitzoeken|bekijken|nadenken|nakijken|nagaan|overleggen)|nog\s+niet\s+(?:\w+\s+){0,2}(?:bekeken|gelezen|uitgezocht|gecheckt|nagekeken)|still\s+(?:need|have)\s+to\s+(?:check|think|look|ask)|(?:havent|have\s+not|not\s+yet)\s+(?:\w+\s+){0,2}(?:checked|looked|read))\b`)
	// "voor nu", "for now" count as a marker: the verdict for now on this request.
	concludedForNow = regexp.MustCompile(`\b(?:voor\s+nu|for\s+now|for\s+the\s+time\s+being)\b`)
	// A question after the refusal that proposes what to do instead or later: "Zullen we het
	// in de begroting voor volgend jaar zetten?", "Shall we put it on next year's budget?"
	concludedProposalQ = regexp.MustCompile(`^(?:zullen|kunnen|shall|can|could|should)\s+(?:we|wij)\b.*\b(?:volgend\w*|next|begroting\w*|budget|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|june|july|august|october|najaar|voorjaar|spring|autumn|fall|offerte|quote|alternatie\w*|alternative|anders|instead)\b`)
	// A counter-proposal for the requester after the refusal, with a condition on the
	// circumstances: "Als het erger wordt, leg er dan een kleed over.", "If the tear gets
	// worse, put a cover on it for now."
	concludedCounterIf = regexp.MustCompile(`^(?:als|indien|mocht|wanneer|if|should)\b[^.!?]*,\s*(?:(?:dan|then|please|graag|just)\s+)?(?:vraag|probeer|gebruik|neem|bel|kijk|zoek|regel|check|overleg|leen|huur|mail|zet|leg|plak|stuur|meld|ask|try|use|take|call|contact|talk|borrow|rent|email|speak|put|tape|send|report)\b`)
	// A yes the writer would have given ("Ik zou zeggen akkoord, want …"), overruled by a
	// sentence that opens with a contrast ("Maar …") before the refusal (overruledYes).
	// Anything after the refusal, such as a feeling ("Ik vind het zelf ook jammer."), is read
	// by the vetoes in concludedRefusal.
	concludedHypothetical = set("zou", "zouden", "would", "had", "hadden")
	concludedContrast     = set("maar", "but", "however", "echter", "alleen", "helaas", "unfortunately")
)

// concludedRefusal reports a refusal concluding the reasons before it (see above) and the
// end of its phrase.
func concludedRefusal(text string, kw Keywords) (bool, int) {
	a, dec := decisionsBeforeSignature(text, kw)
	if a == nil {
		return false, 0
	}
	text = a.text
	sig := signatureStart(text)
	// The refusal: the last decision phrase, in a sentence made of the phrase, a marker and
	// fillers only.
	ri := -1
	for i := len(dec) - 1; i >= 0; i-- {
		if dec[i].cat == catReject {
			ri = i
			break
		}
		return false, 0 // an approval after the refusal
	}
	if ri < 0 {
		return false, 0
	}
	r := dec[ri]
	if r.flag != "" && r.flag != AmbiguousConditional || a.quotedPhrase(r) {
		return false, 0
	}
	sent := a.toks[r.first].sent
	if sent == a.firstSent {
		return false, 0 // an opening refusal is read by openingRefusal
	}
	if r.first == r.last && genericNo[a.toks[r.first].norm] {
		// A bare "Nee"/"No" ("The budget is fine. So no.") may answer something else; said
		// with regret or with another refusal phrase ("So no - rejected.") it concludes.
		firm := false
		sf, st := a.sentenceBounds(sent)
		for j := sf; j < st; j++ {
			if w := a.toks[j].norm; w == "helaas" || w == "sorry" || w == "unfortunately" {
				firm = true
			}
		}
		for _, d := range dec {
			if d.cat == catReject && a.toks[d.first].sent == sent && (d.first != r.first || d.last != r.last) {
				firm = true
			}
		}
		if !firm {
			return false, 0
		}
	}
	from, to := a.sentenceBounds(sent)
	marker := concludedForNow.MatchString(strings.Join(strings.Fields(fold(text[a.toks[from].start:a.toks[to-1].end])), " "))
	for j := from; j < to; j++ {
		t := a.toks[j]
		if j >= r.first && j <= r.last {
			continue
		}
		if j > r.last && t.kind == tkWord && (t.norm == "maar" || t.norm == "but") &&
			concludedOpenNew.MatchString(strings.Join(strings.Fields(yfApostrophe.Replace(fold(text[t.start:a.toks[to-1].end]))), " ")) {
			break // "…, maar ik sta open voor een hernieuwd verzoek": the sentence is read
		}
		if n := nextWord(a.toks, j); j > r.last && isEmoji(t.norm) && n >= 0 && n < to && a.toks[n].upper {
			to = j + 1 // "Dus helaas niet akkoord 😕 Zullen we …": the emoji ends the sentence
			break
		}
		inPhrase := false
		for _, d := range dec {
			if a.toks[d.first].sent == sent && j >= d.first && j <= d.last && d.cat == catReject {
				inPhrase = true // "So no - rejected."
			}
		}
		switch {
		case inPhrase:
		case t.kind == tkClause && t.norm != "," && t.norm != ":" && t.norm != "-" && t.norm != "–" && t.norm != "—":
			return false, 0 // quotes, brackets
		case t.kind == tkEnd && t.norm == "?":
			return false, 0
		case t.kind != tkWord:
		case isEmoji(t.norm) && sadEmoji[t.norm]:
		case isEmoji(t.norm):
			return false, 0 // "Dus niet akkoord 🤔"
		case concludedMarkers[t.norm]:
			marker = true
		case !concludedFiller[t.norm]:
			return false, 0
		}
	}
	if !marker || to < len(a.toks) && a.toks[to].norm == "?" || strings.HasPrefix(strings.TrimSpace(text[a.toks[r.last].end:]), "?") {
		return false, 0
	}
	// Every other decision phrase is a refusal, or a yes the writer would have given,
	// overruled by a contrast before the conclusion.
	for _, d := range dec[:ri] {
		if d.cat == catReject {
			continue
		}
		if d.cat != catApprove || !a.overruledYes(d, r) {
			return false, 0
		}
	}
	end := a.toks[r.last].end
	all2 := yfApostrophe.Replace(fold(text[:sig]))
	if refusalDoubt.MatchString(all2) || guardRetracted.MatchString(text[end:sig]) || a.mistakeBetween(0, len(a.toks)) {
		return false, 0
	}
	for _, m := range refusalDoubtWeet.FindAllStringSubmatch(all2, -1) {
		switch m[1] {
		case "of", "waarom", "wat", "hoe", "wie", "waar", "wanneer", "welke", "precies":
		default:
			return false, 0
		}
	}
	// Before it: reasons. No condition and nothing still to be checked ("Dat moet ik nog even
	// checken. Voor nu: niet akkoord."); a question or a hedge there is answered by the
	// conclusion.
	if before := strings.Join(strings.Fields(yfApostrophe.Replace(fold(text[:a.toks[from].start]))), " "); guardRetracted.MatchString(before) ||
		concludedStillChecking.MatchString(before) {
		return false, 0
	}
	for j := a.contentStart; j < from; j++ {
		if t := a.toks[j]; t.kind == tkWord && (refusalFirstIf[t.norm] && !(t.norm == "als" && (a.isComparisonAls(j) || a.alsAlternative(j))) ||
			questionWords[t.norm] && t.norm != "vraag") {
			return false, 0
		}
	}
	// After it: what to do instead or later, a feeling; nothing that keeps the decision open.
	sentEnd := max(end, min(a.toks[min(to, len(a.toks))-1].end, sig))
	if to < len(a.toks) && a.toks[to].kind == tkEnd {
		sentEnd = max(sentEnd, min(a.toks[to].end, sig))
	}
	rest := yfApostrophe.Replace(fold(text[sentEnd:sig]))
	rest = strings.Join(strings.Fields(rest), " ")
	var kept []string
	for _, s := range splitSentencesKeep(strings.TrimLeft(rest, ".!:;,-– ")) {
		if !strings.HasSuffix(s, "?") && concludedRevisit.MatchString(s) && !refusalDoubt.MatchString(s) {
			continue // "Laten we het gerust nog eens bespreken, als je dat wilt."
		}
		kept = append(kept, s)
	}
	rest = strings.Join(kept, " ")
	if refusalCondYes.MatchString(rest) || refusalStillOpen.MatchString(rest) || refusalPartialYes.MatchString(rest) ||
		refusalShare.MatchString(rest) || refusalLaterAssent.MatchString(rest) || refusalLeftToOther.MatchString(rest) {
		return false, 0
	}
	for _, s := range kept {
		q := strings.HasSuffix(s, "?")
		body := strings.TrimFunc(s, func(c rune) bool { return !isWordRune(c) })
		if body == "" {
			continue
		}
		if strings.HasPrefix(body, "of ") || strings.HasPrefix(body, "or ") {
			return false, 0 // "Of toch wel?", "Or not?"
		}
		if q && !concludedProposalQ.MatchString(body) {
			return false, 0
		}
		if hasWordOf(body, refusalFirstIf) && !concludedCounterIf.MatchString(body) {
			return false, 0
		}
		if counterAssent.MatchString(body) && !concludedProposalQ.MatchString(body) {
			return false, 0
		}
	}
	return true, end
}

// overruledYes reports an approval phrase d before the refusal r that the writer would have
// given ("Ik zou zeggen akkoord, want …", "I would have approved it, …"), with a sentence
// opened by a contrast ("Maar …", "But …") between it and the refusal.
func (a *analysis) overruledYes(d, r match) bool {
	from, _ := a.sentenceBounds(a.toks[d.first].sent)
	hypo := false
	for j := from; j < d.first; j++ {
		if a.toks[j].kind == tkWord && concludedHypothetical[a.toks[j].norm] {
			hypo = true
		}
	}
	if !hypo {
		return false
	}
	for s := a.toks[d.first].sent + 1; s < a.toks[r.first].sent; s++ {
		sf, st := a.sentenceBounds(s)
		for j := sf; j < st; j++ {
			if a.toks[j].kind == tkWord {
				if concludedContrast[a.toks[j].norm] {
					return true
				}
				break
			}
		}
	}
	return false
}

// splitSentencesKeep splits folded text after '.', '!' and '?', keeping the marks.
func splitSentencesKeep(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '.', '!', '?', '\n':
			j := i + 1
			for j < len(s) && (s[j] == '.' || s[j] == '!' || s[j] == '?') {
				j++
			}
			if p := strings.TrimSpace(s[start:j]); p != "" {
				out = append(out, p)
			}
			start = j
			i = j - 1
		}
	}
	if p := strings.TrimSpace(s[start:]); p != "" {
		out = append(out, p)
	}
	return out
}

// hasWordOf reports a word of s (split on spaces and punctuation) in words.
func hasWordOf(s string, words map[string]bool) bool {
	for _, w := range strings.FieldsFunc(s, func(c rune) bool { return !isWordRune(c) }) {
		if words[w] {
			return true
		}
	}
	return false
}
