package mail

import (
	"regexp"
	"strings"
)

// Refusals that other readings leave open:
//
//   - a bare refusal that closes the reply as a sentence of its own ("… Ik ga niet op dat
//     besluit vooruitlopen. Niet akkoord.", "… Voor 8 kabels?!\n\nNiet akkoord."), with
//     only a signature after it or a counter-proposal for the requester ("Niet akkoord dus.
//     Als het echt te glad is, vraag dan of …"): the reasons before it do not undo it, an
//     outcry ("?!") neither; a real question before it, a condition or hedge does;
//   - the approval keyword negated by its verb: "Akkoord gaan kan ik hier helaas niet
//     mee.", "Akkoord geven kan ik niet.", "Goedkeuren kan ik dit niet.";
//   - a refusal "for now" with a reason ("niet akkoord voor nu: het budget is op", "Not
//     approved for now - happy to revisit in Q2"): a refusal of this request, unless it
//     waits for a named decision by someone else ("tot het bestuur heeft besloten").

var (
	// Words that may stand beside the closing refusal in its sentence: "Niet akkoord dus.",
	// "Helaas, niet akkoord.", "So: not approved."
	closingFiller = set("dus", "so", "then", "dan", "daarom", "therefore", "hence", "helaas", "sorry", "unfortunately",
		"toch", "echt", "gewoon", "simply", "just", "nee", "no", "mijn", "antwoord", "my", "answer", "is", "nou", "nope")
	// A counter-proposal for the requester after the refusal: "Als het echt te glad is, vraag
	// dan of …", "If it's urgent, ask facilities to …".
	counterInstead = regexp.MustCompile(`^(?:als|indien|mocht|wanneer|if|should)\b[^.!?]*,\s*(?:(?:dan|then|please|graag)\s+)?(?:vraag|probeer|gebruik|neem|bel|kijk|zoek|regel|check|overleg|leen|huur|mail|ask|try|use|take|call|contact|talk|borrow|rent|email|speak)\b`)
)

// decisionPhrases reads text for the refusal readings: its analysis and every decision or
// vocabulary phrase in it (nil for a text too long to read or without words).
func decisionPhrases(text string, kw Keywords) (*analysis, []match) {
	if len(text) > maxAnalyzedText {
		return nil, nil
	}
	a := readyAnalysis(text, kw, 150)
	if a == nil {
		return nil, nil
	}
	found := a.m.findAll(a.toks)
	return a, mergeMatches(found, findVocab(a.toks, found))
}

// decisionsBeforeSignature returns the decisions of text (qualified) before its signature,
// none when a phrase is mixed ("ja en nee").
func decisionsBeforeSignature(text string, kw Keywords) (*analysis, []match) {
	a, all := decisionPhrases(text, kw)
	if a == nil {
		return nil, nil
	}
	sig := signatureStart(a.text)
	var dec []match
	for _, mt := range all {
		if mt.cat == catMixed {
			return nil, nil
		}
		if mt.cat.isDecision() && a.toks[mt.first].start < sig {
			dec = append(dec, a.qualifyDecision(mt))
		}
	}
	if len(dec) == 0 {
		return nil, nil
	}
	return a, dec
}

// closingRefusal reports a bare refusal closing text (see above) and the end of it.
func closingRefusal(text string, kw Keywords) (bool, int) {
	a, dec := decisionsBeforeSignature(text, kw)
	if a == nil {
		return false, 0
	}
	text = a.text
	sig := signatureStart(text)
	r := dec[len(dec)-1]
	if r.cat != catReject || r.flag != "" && r.flag != AmbiguousConditional || a.quotedPhrase(r) ||
		r.first == r.last && genericNo[a.toks[r.first].norm] {
		// A bare "Nee"/"No" may answer something else ("Ja. Nee.").
		return false, 0
	}
	for _, d := range dec {
		if d.cat != catReject {
			return false, 0
		}
	}
	sent := a.toks[r.first].sent
	if sent == a.firstSent {
		return false, 0 // an opening refusal is read by openingRefusal
	}
	from, to := a.sentenceBounds(sent)
	for j := from; j < to; j++ {
		if t := a.toks[j]; t.kind == tkWord && (j < r.first || j > r.last) && !closingFiller[t.norm] {
			return false, 0
		}
	}
	end := a.toks[min(to, len(a.toks))-1].end
	// After it: the signature, or a counter-proposal for the requester.
	if strings.HasPrefix(strings.TrimSpace(text[a.toks[r.last].end:]), "?") {
		return false, 0
	}
	tail := strings.TrimSpace(text[min(end, sig):sig])
	tail = strings.TrimLeft(tail, ".! \t\n")
	if strings.ContainsAny(tail, "?") {
		return false, 0
	}
	if tail != "" {
		for _, s := range strings.FieldsFunc(fold(tail), func(c rune) bool { return c == '.' || c == '!' || c == '\n' }) {
			s = strings.TrimSpace(s)
			if s == "" {
				continue
			}
			if !counterInstead.MatchString(s) || counterAssent.MatchString(s) || refusalDoubt.MatchString(s) ||
				refusalStillOpen.MatchString(s) {
				return false, 0
			}
		}
	}
	// Before it: reasons, no real question, condition or hedge.
	for s := a.firstSent; s < sent; s++ {
		pf, pt := a.sentenceBounds(s)
		pf = max(pf, a.contentStart)
		last := -1
		for j := pf; j < pt; j++ {
			t := a.toks[j]
			if t.kind != tkWord {
				continue
			}
			last = j
			if refusalFirstIf[t.norm] || hedgeWords[t.norm] || questionWords[t.norm] {
				return false, 0
			}
		}
		if last < 0 {
			continue
		}
		marks := a.marksAfter(last)
		if strings.Contains(marks, "?") && len(marks) < 2 {
			return false, 0 // "Is dit echt nodig? Niet akkoord." is read elsewhere
		}
	}
	return true, end
}

// signatureStart returns where a signature closing text begins: the trailing paragraphs of
// at most four short lines that end in no sentence mark. len(text) when there is none.
func signatureStart(text string) int {
	end := len(strings.TrimRight(text, " \t\r\n"))
	start := end
	for start > 0 {
		p := strings.LastIndex(text[:start], "\n\n")
		para := strings.TrimSpace(text[p+1 : start])
		if p < 0 {
			para = strings.TrimSpace(text[:start])
		}
		if para == "" || !signatureParagraph(para) {
			break
		}
		if p < 0 {
			return 0
		}
		start = p
	}
	return start
}

// signatureParagraph reports a paragraph of at most four lines of at most six words that
// end in no sentence mark: "Groet,\nIlse", "W.F. Terpstra", "Gareth".
func signatureParagraph(p string) bool {
	lines := strings.Split(p, "\n")
	if len(lines) > 4 {
		return false
	}
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if len(strings.Fields(l)) > 6 || strings.HasSuffix(l, ".") && !initialsEnd(l) || strings.HasSuffix(l, "!") ||
			strings.HasSuffix(l, "?") || strings.HasSuffix(l, ":") {
			return false
		}
	}
	return true
}

// initialsEnd reports a line ending in an initial: "W.F." (a name written before the
// surname is rare at the end; kept narrow).
func initialsEnd(l string) bool {
	f := strings.Fields(l)
	w := f[len(f)-1]
	return len(w) == 2 && w[1] == '.' && w[0] >= 'A' && w[0] <= 'Z'
}

var (
	// The approval keyword negated by its verb, the sentence's words joined: "akkoord gaan
	// kan ik hier helaas niet mee", "akkoord geven kan ik niet", "goedkeuren kan ik dit
	// niet". "nog", "pas", "zomaar" have no place between: a deferral or a hedge.
	negatedVerbSentence = regexp.MustCompile(`^(?:(?:dus|helaas|nee|sorry|maar)\s+)?(?:akkoord\s+(?:gaan|geven)|goedkeuren|goedkeuring\s+geven|toestemming\s+geven|instemmen)\s+(?:kan|kunnen|wil|willen)\s+(?:ik|wij|we)\s+(?:(?:hier|daar|dit|dat|het|er|helaas|echt|toch|u|je|jullie|hiermee|daarmee|absoluut|zeker|op|in)\s+){0,4}niet(?:\s+(?:mee|in\s+meegaan|voor|op|mee\s+akkoord))?(?:\s+\|.*)?$`)
	// A refusal for now: "niet akkoord voor nu", "voor nu niet akkoord", "not approved for
	// now", "not for now".
	forNowRefusal = regexp.MustCompile(`\b(?:(?:niet\s+akkoord|geen\s+akkoord|afgewezen|afgekeurd|not\s+approved|rejected|declined)\s+(?:voor\s+nu|for\s+now|for\s+the\s+time\s+being)|(?:voor\s+nu|for\s+now)\s+(?:niet\s+akkoord|geen\s+akkoord|afgewezen|not\s+approved|rejected|declined)|not\s+for\s+now)\b`)
	// A decision taken to refuse: "het bestuur heeft besloten hier niet mee akkoord te gaan",
	// "we hebben besloten het verzoek af te wijzen", "we have decided not to approve it".
	decidedRefusal = regexp.MustCompile(`\b(?:(?:heeft|hebben|heb|hebt)\s+(?:\w+\s+){0,4}besloten\s+(?:om\s+)?(?:(?:hier|daar|het|dit|dat|deze|de|verzoek|aanvraag|voorstel)\s+){0,3}(?:niet\s+(?:mee\s+|hiermee\s+|daarmee\s+)?(?:akkoord\s+te\s+gaan|in\s+te\s+stemmen|goed\s+te\s+keuren|toe\s+te\s+stemmen)|af\s+te\s+wijzen|af\s+te\s+keuren)|(?:have|has|ve|s)\s+(?:\w+\s+){0,2}decided\s+(?:not\s+to\s+(?:approve|agree|go\s+ahead)|to\s+(?:reject|decline|turn\s+down|refuse)))\b`)
	// Words that keep such a sentence from telling a decision taken: "heeft nog niet
	// besloten", "has not yet decided".
	decidedNotYet = regexp.MustCompile(`\b(?:nog|niet|geen|not|yet|still|nt|if|als|whether|of)\b[^|]*\b(?:besloten|decided)\b`)
	// The approval withheld from the addressee: "Akkoord gaat u van mij hiervoor niet
	// krijgen.", "Mijn goedkeuring krijg je hier niet voor.", "You won't get my approval
	// for this."
	withheldApproval = regexp.MustCompile(`^(?:(?:maar|helaas|nee|sorry|dus)\s+)?(?:(?:mijn|ons)\s+)?(?:akkoord|goedkeuring|toestemming|handtekening)\s+(?:gaat|zal|zult|krijgt|krijg|krijgen)\s+(?:u|je|jij|jullie)\s+(?:(?:van|mij|me|ons|hiervoor|daarvoor|hier|daar|voor|dit|dat|helaas|echt|zeker|toch|in|deze|vorm|op|manier|zo)\s+){0,6}niet(?:\s+(?:krijgen|voor|van\s+mij|van\s+mij\s+krijgen))?(?:\s+\|.*)?$|^(?:you|u)\s+(?:will\s+not|wont|are\s+not\s+going\s+to|re\s+not\s+going\s+to|arent\s+going\s+to)\s+get\s+(?:my|our)\s+(?:approval|sign\s+off|signature|consent)\b`)
	// The request not going ahead, said by the writer or relayed from whoever decides, with
	// the writer's regret: "Helaas gaat dit niet door, …", "Helaas, de pastoor heeft gezegd
	// dat dit niet doorgaat.", "Unfortunately the director has decided this can't go ahead."
	notGoingAhead = regexp.MustCompile(`^(?:(?:helaas|sorry|dus|maar|nee)\s+(?:\|\s+)?)?(?:gaat|kan)\s+(?:dit|dat|het)\s+(?:(?:helaas|dus|toch|echt)\s+)?niet\s+door(?:\s+gaan)?(?:\s+\|.*)?$` +
		`|^(?:helaas|sorry|unfortunately|im\s+afraid)\s+(?:\|\s+)?(?:de|het|onze|ons|mijn|the|our|my)\s+(?:\w+\s+){1,3}(?:heeft|hebben|has|have)\s+(?:(?:helaas|al|inmiddels|already)\s+)?(?:gezegd|besloten|bepaald|laten\s+weten|said|decided|ruled)\s+(?:\|\s+)?(?:dat\s+|that\s+)?(?:dit|dat|het|this|it|the\s+request)\s+(?:(?:helaas|dus|echt)\s+)?(?:niet\s+(?:doorgaat|door\s+gaat|door\s+kan\s+gaan|gebeurt)|(?:cannot|cant|can\s+not|will\s+not|wont|is\s+not\s+going\s+to|isnt\s+going\s+to)\s+(?:go\s+ahead|happen|proceed))(?:\s+\|.*)?$`)
	// A refusal that waits for a named decision: "tot het bestuur heeft besloten", "until the
	// board has decided".
	awaitedDecision = regexp.MustCompile(`\b(?:tot|totdat|until|till|voordat|before|zodra|once|wanneer|when|nadat|after)\s+(?:\w+\s+){0,6}(?:besloten|beslist|besluit|beslissen|beslissing|decided|decides|decide|decision|goedgekeurd|goedkeurt|approved|approves|akkoord|vastgesteld|agreed|agrees)\b`)
)

// partAfter reports words of assent or a part kept after the refusal re matches in the
// sentence words w: "… besloten niet akkoord te gaan met de eerste offerte, de tweede is
// goedgekeurd", "…, maar de kwasten wel".
func partAfter(w string, re *regexp.Regexp) bool {
	after := strings.ReplaceAll(w[re.FindStringIndex(w)[1]:], " |", ",")
	return counterAssent.MatchString(after) || refusalPartialYes.MatchString(after) || refusalShare.MatchString(after) ||
		partAfterWords.MatchString(after)
}

// Words that set a part apart after a refusal: "wel", "behalve", "alleen", "de eerste".
var partAfterWords = regexp.MustCompile(`\b(?:wel|behalve|except|alleen|only|eerste|first)\b`)

// The past participles of a deliberation told as done, in a sentence that tells a decision
// taken to refuse.
var pastDeliberation = regexp.MustCompile(`\b(?:besproken|besloten|overlegd|beslist|discussed|decided|considered)\b`)

// sentenceWords returns the folded words of sentence s joined by spaces, and whether the
// sentence ends in a question mark.
func (a *analysis) sentenceWords(s int) (string, bool) {
	from, to := a.sentenceBounds(s)
	from = max(from, a.contentStart)
	var b strings.Builder
	q := false
	for j := from; j < to; j++ {
		t := a.toks[j]
		if t.kind == tkWord {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(t.norm)
		} else if t.norm == "?" {
			q = true
		} else if t.kind == tkClause && b.Len() > 0 {
			b.WriteString(" |")
		}
	}
	if to < len(a.toks) && a.toks[to].norm == "?" {
		q = true
	}
	return b.String(), q
}

// laterRefusal reports a refusal the other readings leave open: the keyword negated by
// its verb, or a refusal for now with a reason (see above). Every decision phrase outside
// that sentence is a refusal; no question, doubt, condition for a yes or open decision
// follows it.
func laterRefusal(text string, kw Keywords) bool {
	if len(text) > maxAnalyzedText {
		return false
	}
	a := readyAnalysis(text, kw, 150)
	if a == nil {
		return false
	}
	last := a.toks[len(a.toks)-1].sent
	hit, forNow, decided := -1, false, false
	for s := a.firstSent; s <= last && hit < 0; s++ {
		w, q := a.sentenceWords(s)
		if q {
			continue
		}
		switch {
		case negatedVerbSentence.MatchString(w):
			hit = s
		case withheldApproval.MatchString(w) && !partAfter(w, withheldApproval):
			hit = s
		case notGoingAhead.MatchString(w) && !partAfter(w, notGoingAhead) && s == a.firstSent:
			hit, decided = s, true // "… has decided this can't go ahead": a decision taken
		case decidedRefusal.MatchString(w) && !decidedNotYet.MatchString(decidedRefusal.FindString(w)) &&
			!decidedNotYet.MatchString(w[:decidedRefusal.FindStringIndex(w)[0]]+" "+decidedRefusal.FindString(w)) &&
			!partAfter(w, decidedRefusal):
			hit, decided = s, true
		case forNowRefusal.MatchString(w) && !awaitedDecision.MatchString(w):
			hit, forNow = s, true
		}
	}
	if hit < 0 {
		return false
	}
	found := a.m.findAll(a.toks)
	for _, mt := range mergeMatches(found, findVocab(a.toks, found)) {
		if mt.cat == catMixed || mt.cat.isDecision() && mt.cat != catReject && a.toks[mt.first].sent != hit {
			return false
		}
	}
	from, _ := a.sentenceBounds(hit)
	rest := yfApostrophe.Replace(fold(a.text[a.toks[from].start:]))
	if decided {
		// "… in zijn vergadering besproken en heeft besloten hier niet mee akkoord te gaan":
		// the deliberation told in the past is done, no decision still open.
		rest = pastDeliberation.ReplaceAllString(rest, " ")
	}
	all := yfApostrophe.Replace(fold(a.text))
	if strings.Contains(all, "?") || refusalDoubt.MatchString(rest) || refusalCondYes.MatchString(rest) ||
		refusalStillOpen.MatchString(rest) || awaitedDecision.MatchString(rest) || refusalPartialYes.MatchString(rest) ||
		refusalShare.MatchString(rest) || refusalLaterAssent.MatchString(rest) || refusalLeftToOther.MatchString(rest) ||
		refusalUnlessLater.MatchString(rest) {
		// "So not approved for now, but the small order is fine.": a part kept; "…, maar ik
		// laat het aan Piet over": the decision left to someone else.
		return false
	}
	if forNow && a.words < 8 {
		return false // a reason must come with it
	}
	return true
}
