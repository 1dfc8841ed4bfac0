package mail

import (
	"regexp"
	"strings"
)

// The writer reports or declares their own approval in a full sentence, often to a
// colleague or formally, after a greeting or an FYI lead-in:
//
//   - "Stefan,\n\nFYI, I've approved this one, so please go ahead and ask FGN to schedule it.";
//   - "Mevrouw Kok,\n\nTer informatie: ik heb akkoord gegeven op onderstaand verzoek voor …";
//   - "Geachte mevrouw Schuiling,\n\nHierbij deel ik u mede dat ik akkoord ga met het voorstel …";
//   - "Dear Jonas,\n\nI approve the interpreting equipment for 14 January. …";
//   - "Goedemorgen heer Postma,\n\nIk ben akkoord met de afvoer van de oude bedden.".
//
// The sentence opens (after the greeting or a line with only a name) with an optional lead-in
// (an FYI label, "Hierbij deel ik u mede dat", "Voor de duidelijkheid:", "I hereby confirm
// that"), then the writer as subject ("ik", "we", "I", "I've") and at most five words of
// verb and what was approved before the approval phrase. No refusal stands anywhere; the
// object after the phrase is short and holds no condition, cap, contrast, negation, deferral
// or past time (an approval of another thing before: "ik heb vorige week het hek
// goedgekeurd"). What follows is read as after a clear yes (remarkChangesNothingAfter and
// the guard as for yesFirst), and a question after it must be a practical one: a forward
// asking the colleague to decide ("Wil jij ook even kijken?") stays no decision.

var (
	// Lead-ins before the writer's own clause, ending in "dat"/"that" or a colon.
	reportedOwnLeadIns = phraseList("hierbij deel ik u mede dat", "hierbij deel ik je mede dat",
		"hierbij laat ik u weten dat", "ik deel u mede dat", "ik deel je mede dat", "hierbij laat ik je weten dat", "graag laat ik u weten dat",
		"graag laat ik je weten dat", "ik laat u weten dat", "ik laat je weten dat", "hierbij bevestig ik dat",
		"bij deze laat ik u weten dat", "voor de duidelijkheid", "voor alle duidelijkheid", "to be clear",
		"for the record", "i hereby confirm that", "i am writing to let you know that", "im writing to let you know that",
		"i would like to let you know that", "id like to let you know that", "i can confirm that", "ik kan bevestigen dat")
	// Words between the subject and the approval phrase: the verb, what was approved.
	reportedOwnVerbs = set("heb", "hebben", "have", "has", "ben", "zijn", "am", "are", "ga", "gaan", "keur", "keuren",
		"geef", "geven", "verleen", "verlenen", "hierbij", "hereby", "bij", "formeel", "formally", "officieel",
		"officially", "hiermee", "ook", "also", "do", "hebt",
		// "Daar ga ik natuurlijk akkoord mee", "I of course approve": no more than a manner.
		"natuurlijk", "uiteraard", "graag", "gewoon", "vanzelfsprekend", "gladly", "happily", "mee")
	// "I am happy to approve …": gladly, in the writer's own words.
	reportedOwnGlad = set("happy", "pleased", "glad", "content", "blij")
	// Words that are no plain object of the approval.
	reportedOwnObjectVeto = regexp.MustCompile(`\b(?:maar|but|behalve|except|excluding|alleen|only|enkel|mits|tenzij|unless|if|als|indien|provided|niet|not|geen|no|nog|still|yet|eerst|first|vorige|vorig|afgelopen|gisteren|yesterday|last|eerder|earlier|destijds|toen|previous|previously|indertijd|ook\s+al|already|al|reeds|in\s+principe|in\s+principle|voorlopig|for\s+now|voorwaardelijk|conditionally|deels|gedeeltelijk|partly|partially|graag\s+zou|would|zou|zouden|zal|zullen|kan|kunnen|wil|willen|moet|moeten)\b`)
)

// Words of "met het bovenstaande voorstel" before the approval in a "dat" clause.
var reportedOwnWithWords = set("met", "mee", "bovenstaande", "onderstaande", "voorgestelde", "genoemde",
	"aangevraagde", "beschreven")

// reportedOwnWithRequest reports a word of "met <the request>" (reportedOwnWithWords, a
// determiner, a noun of the request or the work).
func reportedOwnWithRequest(w string) bool {
	return reportedOwnWithWords[w] || yfTheRequest[w] || yfRequestNouns[w] || yfWorkNouns[w]
}

// reportedOwnMaxText is the longest text reportedOwn reads (in bytes): a reply of at most 160
// words, so a hostile text costs nothing here.
const reportedOwnMaxText = 2000

// reportedOwn reports a reply that opens with the writer's own approval in a full sentence
// (see above); it returns the byte range of the approval phrase.
func reportedOwn(text string, kw Keywords) (from, to int, ok bool) {
	if len(text) > reportedOwnMaxText {
		return 0, 0, false
	}
	a := readyAnalysis(text, kw, 160)
	if a == nil {
		return 0, 0, false
	}
	text = a.text
	j := a.skipNameLine(a.contentStart)
	if j < 0 {
		return 0, 0, false
	}
	// The decision phrases: approvals only, the first one in the writer's clause.
	all := a.m.findAll(a.toks)
	all = mergeMatches(all, findVocab(a.toks, all))
	var d *match
	for _, mt := range all {
		if mt.cat == catMixed || mt.cat == catReject {
			return 0, 0, false
		}
		if mt.cat == catApprove && d == nil {
			q := a.qualifyDecision(mt)
			d = &q
		}
	}
	if d == nil || d.flag != "" || a.quotedPhrase(*d) || a.toks[d.first].sent != a.toks[j].sent {
		return 0, 0, false
	}
	// An FYI label or a formal lead-in.
	for _, l := range fyiLabelWords {
		if k, ok := matchAt(a.toks, j, l); ok && k+1 < len(a.toks) && a.toks[k+1].kind == tkClause {
			j = nextWord(a.toks, k)
			break
		}
	}
	thatClause := false
	for _, l := range reportedOwnLeadIns {
		if k, ok := matchAt(a.toks, j, l); ok && k < d.first {
			j = nextWord(a.toks, k)
			thatClause = l[len(l)-1] == "dat"
			break
		}
	}
	if j < 0 || j >= d.first || !ownSubjects[a.toks[j].norm] || a.toks[j].norm == "id" || a.toks[j].norm == "wed" {
		return 0, 0, false
	}
	n := 0
	for m := nextWord(a.toks, j); m >= 0 && m < d.first; m = nextWord(a.toks, m) {
		w := a.toks[m].norm
		if w == "to" && n > 0 && reportedOwnGlad[a.toks[a.prevWord(m)].norm] {
			n++ // "I am happy to approve …"
			continue
		}
		if thatClause && reportedOwnWithRequest(w) && n < 5 && a.toks[m].clause == a.toks[d.first].clause {
			n++ // "… dat ik met het bovenstaande voorstel akkoord ga": the verb last
			continue
		}
		if !reportedOwnVerbs[w] && !fyiWhatWords[w] && !reportedOwnGlad[w] || n >= 5 || a.toks[m].clause != a.toks[d.first].clause {
			return 0, 0, false
		}
		n++
	}
	// The object: the rest of the phrase's clause, short and plain.
	end := len(text)
	words := 0
	for m := nextWord(a.toks, d.last); m >= 0 && a.toks[m].clause == a.toks[d.last].clause; m = nextWord(a.toks, m) {
		words++
		end = a.toks[m].end
	}
	if words == 0 {
		end = a.toks[d.last].end
	}
	if words > 30 {
		return 0, 0, false
	}
	obj := strings.Join(strings.Fields(yfApostrophe.Replace(fold(text[a.toks[d.first].start:end]))), " ")
	if reportedOwnObjectVeto.MatchString(obj) || yfCondition.MatchString(obj) || yfDefer.MatchString(obj) ||
		yfCap.MatchString(obj) && !yfCapFree.MatchString(obj) {
		return 0, 0, false
	}
	from, to = a.toks[d.first].start, end
	rest := reportedOwnRest(text[to:])
	if reportedOwnDecideLater.MatchString(fold(rest)) {
		return 0, 0, false // "Dit verzoek van mevrouw Prins beoordeel ik volgende week."
	}
	if !remarkChangesNothingAfter(rest, true) || !questionsAfterArePractical(withoutNoHold(rest)) {
		return 0, 0, false
	}
	return from, to, true
}

// skipNameLine returns the first word after a line of only a name and a comma ("Mevrouw
// Kok,\n", "Jorrit,\n") at start, or start.
func (a *analysis) skipNameLine(start int) int {
	j := start
	for c := 0; c < 3 && j >= 0 && j < len(a.toks) && a.toks[j].kind == tkWord && (a.toks[j].upper || greetingWords[a.toks[j].norm]); c++ {
		k := j + 1
		if k+1 < len(a.toks) && a.toks[k].norm == "," && (a.toks[k+1].kind == tkLine || a.toks[k+1].kind == tkEnd && a.toks[k+1].norm == "\n") {
			if n := nextWord(a.toks, k); n >= 0 {
				return n
			}
			return -1
		}
		j = nextWord(a.toks, j)
	}
	return start
}

var (
	// A sentence telling that the approval reached SPOC by the copy: "SPOC zit in de cc, dus
	// het akkoord is daar ook binnen.", "SPOC is cc'd."
	reportedOwnCcNote = regexp.MustCompile(`(?i)\b(?:cc|bcc|cc['’]?d|cced|in\s+(?:de\s+)?kopie|copied\s+in)\b`)
	// A sentence saying the remark before it is no condition: "Dat is geen voorwaarde, alleen
	// een vraag uit nieuwsgierigheid.", "That's not a condition, just curious."
	reportedOwnNoCondition = regexp.MustCompile(`(?i)\b(?:(?:dat|dit|het)\s+is\s+geen\s+(?:voorwaarde|eis)|(?:that|this|it)(?:\s+is|['’]?s)\s+(?:not\s+a|no)\s+(?:condition|requirement)|geen\s+voorwaarde\s+(?:hoor|verder)|not\s+a\s+condition)\b`)
	// Phrases of a remark that change nothing: the budget it is booked on, a topic under
	// discussion elsewhere, that something is enough, a confirmation already given.
	reportedOwnHarmless = regexp.MustCompile(`(?i)\b(?:(?:booked|charged|paid)\s+(?:on|to|from|out\s+of)\s+(?:the\s+)?(?:[\p{L}\d-]+\s+){0,3}budget|ter\s+discussie\s+(?:staan|staat|stonden|stond)|(?:van\s+(?:groot\s+|zeer\s+groot\s+|het\s+grootste\s+)?)?belang(?:rijk\p{L}*)?|(?:is|are|zijn|was)\s+(?:ruim\s+|more\s+than\s+|dus\s+)?(?:enough|genoeg|voldoende)\s+(?:for|voor)\s+(?:everybody|everyone|iedereen|all|allemaal))\b`)
	// A confirmation already given by someone: "The school confirmed yesterday …", "De
	// leverancier heeft gisteren bevestigd …"; not one still awaited ("once confirmed", "to
	// be confirmed", "nog niet bevestigd").
	reportedOwnConfirmed    = regexp.MustCompile(`(?i)\b(\p{L}+)\s+(?:confirmed|hebben\s+(?:\p{L}+\s+)?bevestigd|heeft\s+(?:\p{L}+\s+)?bevestigd|bevestigden|bevestigde)\b`)
	reportedOwnConfirmedNot = set("be", "been", "being", "is", "are", "was", "were", "not", "yet", "once", "until", "if", "when", "unless", "to", "after", "niet", "nog", "als", "zodra", "tot", "pas", "wordt", "worden", "geen", "never", "nooit", "get", "gets", "got", "have", "has", "had")
	// A place to use and the one not to: "… aan de kant van de containers, niet voor het raam
	// van de kantine."
	reportedOwnPlaceNot = regexp.MustCompile(`(?i)\b(?:aan\s+de\s+(?:\p{L}+\s+)?kant\s+van|bij|naast|achter|in|op|tegen)\s+(?:het|de|the)\s+[^,.;!?\n]+,\s*(?:en\s+)?(?:niet|not)\s+(?:voor|naast|achter|tegen|onder|bij|in|op|aan|in\s+front\s+of|next\s+to|behind|by)\s+(?:het|de|the)\s+(\p{L}+)`)
	reportedOwnTimeNoun = regexp.MustCompile(`(?i)^(?:zomer|winter|lente|herfst|jaar|jaareinde|week|maand|eind|einde|kerst|vakantie|start|begin|deadline|summer|year|week|month|end|start|holidays?)$`)
	// A question joined to a statement by a comma: "Het komt ten laste van het projectbudget,
	// wil je het meenemen in de rapportage?"; it is read as a sentence of its own.
	reportedOwnSpliced = regexp.MustCompile(`(?i),\s*((?:wil|wilt|kun|kunt|kan|zou|could|can|would|will)\s+(?:je|jij|u|you)\b)`)
	// A decision still to be taken, in the rest: the approval told was of another thing.
	reportedOwnDecideLater = regexp.MustCompile(`\b(?:beoordeel|beoordelen|beoordeelt|beslis|beslist|beslissen|besluit|besluiten|decide|decides|deciding|assess|review|reviewing|bekijk|bekijken|overweeg|overwegen|consider|afwegen|goedkeuren|approve|approving|akkoord\s+geven|tekenen|sign\s+off)\b`)
	reportedOwnPieces      = regexp.MustCompile(`[^.!?;\n]*(?:[.!?;]+|\n+|$)`)
)

// reportedOwnRest returns the text after a reported own approval with the remarks that change
// nothing taken out (see the patterns above), for remarkChangesNothingAfter.
func reportedOwnRest(rest string) string {
	rest = reportedOwnSpliced.ReplaceAllString(withoutPlaceNot(withoutBookingNot(rest)), ". $1")
	pieces := reportedOwnPieces.FindAllString(rest, -1)
	keep := make([]string, 0, len(pieces))
	for _, p := range pieces {
		f := fold(p)
		switch {
		case strings.TrimSpace(p) == "":
			keep = append(keep, p)
			continue
		case reportedOwnNoCondition.MatchString(f) && !strings.Contains(p, "?"):
			// The remark before it, and this sentence, change nothing.
			for len(keep) > 0 && strings.Trim(keep[len(keep)-1], " \t\r\n") == "" {
				keep = keep[:len(keep)-1]
			}
			if len(keep) > 0 {
				keep = keep[:len(keep)-1]
			}
			keep = append(keep, "\n\n")
			continue
		case reportedOwnCcNote.MatchString(f) && !yfNegation.MatchString(f) && !strings.Contains(p, "?") &&
			!yfCondition.MatchString(f) && !yfDefer.MatchString(f):
			keep = append(keep, "\n\n")
			continue
		}
		p = reportedOwnHarmless.ReplaceAllString(p, " ")
		p = reportedOwnConfirmed.ReplaceAllStringFunc(p, func(m string) string {
			if sm := reportedOwnConfirmed.FindStringSubmatch(m); sm != nil && reportedOwnConfirmedNot[fold(sm[1])] {
				return m
			}
			return " "
		})
		p = reportedOwnPlaceNot.ReplaceAllStringFunc(p, func(m string) string {
			if sm := reportedOwnPlaceNot.FindStringSubmatch(m); sm != nil && reportedOwnTimeNoun.MatchString(sm[1]) {
				return m
			}
			return " "
		})
		keep = append(keep, p)
	}
	return strings.Join(keep, "")
}
