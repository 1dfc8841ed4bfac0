package mail

import (
	"regexp"
	"strings"
	"unicode"
)

// A clear yes first, then remarks. Approvers often open with a plain yes ("Akkoord.", "Is
// goed", "Geen bezwaar.", "Prima, laat Bakker het maar repareren.", "OK with this.") and
// go on with something that is no part of the decision: how to carry it out, where the
// invoice goes, a reminder, a wish for next time, a grumble, thanks, a question about
// another matter. The word-by-word readings elsewhere (shortAssent, plainRemark) accept
// only remarks built from words they know; this reading turns it around. Once the reply
// opens with a clear yes, the rest is read only for what changes a decision:
//
//   - a condition on the request (als, mits, tenzij, alleen, pas, if, unless, provided, …);
//   - a cap, a share or a part left out (tot, max, onder, helft, behalve, zonder, €, %, …);
//   - a deferral or a step first (wacht, eerst, voordat, later, overleggen, hold, first, …);
//   - a retraction or a mistake (bedoelde niet, verkeerde knop, toch niet, scratch that, …);
//   - a decision word (akkoord, goedkeuren, approve, nee, no, beslissen, toestemming, …),
//     which may be somebody else's approval or a refusal;
//   - doubt (twijfel, niet zeker, in principe, denk ik, not sure);
//   - a negation, unless it is one of the shapes that cut nothing ("vergeet niet", "zorg
//     wel dat … niet", "niet op jouw naam", "geen probleem", "… zodat we niet …", a tag
//     question "wasn't it?");
//   - an alternative or a second quote (offerte, goedkoper, liever, instead, quote, …);
//   - a question about the request itself: its price, VAT, budget, need, which option,
//     whether "we" should, why.
//
// A remark about next time ("volgende keer", "next time", "in het vervolg") is free of the
// last three as long as it says nothing of now. A grumble ("Wel jammer dat …") may hold a
// condition or negation of its own, not a cap, a step first, an alternative or a decision.
// Everything else after the yes is the remark. The approval guard (guardApproval) still
// looks at the whole reply afterwards; only its reading of questions is this one.

// The yes. Decision phrases and extra assent phrases that open a reply (the strong and weak
// assent lists of reply_assent.go count too).
var (
	// Assent in words the assent lists lack: "Heb er niks op tegen hoor.", "OK with this.".
	yesHeadStrong = phraseList("heb er niks op tegen", "heb er niets op tegen", "ik heb er niks op tegen",
		"ik heb er niets op tegen", "daar heb ik niks op tegen", "daar heb ik niets op tegen",
		"ik heb daar niks op tegen", "ik heb daar niets op tegen", "niks op tegen", "niets op tegen",
		"ik ga hiermee akkoord", "ik ga daarmee akkoord", "ik ga ermee akkoord", "ik ga er mee akkoord",
		"ok with this", "ok with that", "okay with this", "okay with that", "fine with this", "fine with that",
		"happy with this", "happy with that", "im ok with this", "im fine with this", "im happy with this",
		"i am ok with this", "i am happy with this",
		// "Dit is akkoord wat mij betreft.": the decision said of the request.
		"dit is akkoord", "dat is akkoord", "het is akkoord", "dit is goedgekeurd", "dat is goedgekeurd",
		"this is approved", "that is approved",
		// "Is akkoord.", "Gaat akkoord.": the same with the subject left out.
		"is akkoord", "is goedgekeurd", "gaat akkoord")
	// A verbal OK that is a yes before a practical remark, not before one about handling the
	// request later ("Is goed, ik kijk er morgen naar."): see yfMediumUnsafe.
	yesHeadMedium = append(phraseList("ik vind het goed", "ik vind het prima", "vind het goed", "vind ik goed", "dat vind ik goed", "vind ik prima", "dat vind ik prima",
		"geen enkel probleem"), okRemarkAssent...)
	// Words that make a remark after a verbal OK about handling the request later.
	yfMediumUnsafe = set("zien", "see", "vraag", "vragen", "ask", "denk", "nadenken", "think", "morgen", "tomorrow",
		"straks", "even", "terugkomen", "sleep", "slaap")
	// "Nee joh, geen enkel probleem": a no to "any objection?", only before one of these.
	noObjectionAfterNo = phraseList("geen probleem", "geen enkel probleem", "geen bezwaar", "geen enkel bezwaar",
		"no problem", "not a problem", "no objection", "no objections", "geen punt")
	// The request named after "ik ga akkoord met": "ik ga akkoord met de aanschaf van …".
	yfRequestNouns = set("aanschaf", "aankoop", "aanvraag", "verzoek", "voorstel", "bestelling", "uitgave",
		"reparatie", "huur", "aanpak", "plan", "purchase", "request", "proposal", "order", "expense")
	// Determiners and nouns of the request after the yes: "Akkoord voor de reparatie.",
	// "Approved for the replacement.".
	yfTheRequest = set("de", "het", "deze", "dit", "die", "the", "this")
	yfWorkNouns  = set("vervanging", "levering", "installatie", "werkzaamheden", "klus", "opdracht", "uitvoering",
		"reparaties", "aanschaf", "repair", "repairs", "replacement", "work", "works", "job", "installation", "delivery")
	// Verbs of carrying out, for "<verb> [het/ze] maar [particle]" and "laat X het maar <verb>".
	goAheadVerbs = set("bestel", "koop", "boek", "regel", "reserveer", "huur", "schaf", "zet", "plan", "start",
		"begin", "betaal", "doe", "haal", "maak", "vervang", "repareer", "neem", "koop", "bel", "geef", "gooi",
		"stuur", "vraag", "bestellen", "regelen", "huren", "kopen", "laten")
	goAheadInfinitives = set("maken", "doen", "komen", "uitvoeren", "leveren", "installeren", "plaatsen",
		"repareren", "vervangen", "bestellen", "regelen", "aanleggen", "schilderen", "ophalen", "halen", "kopen",
		"huren", "boeken", "beginnen", "starten", "opknappen", "nakijken", "maaien", "snoeien", "zetten")
	goAheadParticles = set("op", "in", "aan", "door", "af", "mee", "gerust", "gewoon", "meteen", "direct", "alvast",
		"snel", "dan", "hoor", "even", "het", "ze", "die", "dat", "dit", "hem")
	yfSubordinators = set("nu", "zodat", "want", "omdat", "aangezien", "dan", "so", "because", "since")
	goAheadUnsafe   = set("niet", "geen", "alleen", "enkel", "eerst", "pas", "nog", "wachten", "zitten", "weg",
		"rusten", "gaan", "vallen", "liggen", "staan", "helft", "deel", "andere", "anders", "goedkoper")
)

// yesFirst reports a reply whose first sentence opens with a clear yes and whose rest holds
// nothing that changes the decision (see above); it returns the byte range of the yes.
func yesFirst(text string, kw Keywords) (from, to int, ok bool) {
	a := readyAnalysis(text, kw, 120)
	if a == nil {
		return 0, 0, false
	}
	text = a.text
	approve := yesKeywords(kw)
	start := a.skipRequestLeadIn(a.contentStart)
	first, last, level, noLed := a.yesHead(start, approve, true)
	if noLed && level > 0 {
		// "Nee joh, geen enkel probleem. Huur maar": after a no to "any objection?" the yes
		// must follow as a sentence of its own ("Nee hoor, geen probleem." alone is none).
		n := nextWord(a.toks, last)
		if n < 0 || a.toks[n].sent == a.toks[last].sent {
			return 0, 0, false
		}
		var l2 int
		if _, l2, level, _ = a.yesHead(n, approve, false); level < yesStrong {
			return 0, 0, false
		}
		last = l2
	}
	if level == yesNone && last > 0 && a.toks[last].sent == a.firstSent {
		// "Prima. Akkoord.": a sentence of only weak assent, then the yes.
		if n := nextWord(a.toks, last); n >= 0 && a.toks[n].sent != a.toks[last].sent {
			if a.sentenceAllWithin(a.firstSent, first, last) && !a.sentenceAsks(a.firstSent) {
				var f2 int
				if f2, last, level, _ = a.yesHead(n, approve, false); level == yesStrong {
					first = min(first, f2)
				}
			}
		}
	}
	if level == yesNone {
		return 0, 0, false
	}
	// The yes may not be a question: "Akkoord?", "Is goed?", "Akkoord, bestel je ze bij
	// Gamma?" (a question in the yes's own sentence counts only about next time).
	sentQuestion := false
	for j := last + 1; j < len(a.toks) && a.toks[j].sent == a.toks[last].sent; j++ {
		sentQuestion = sentQuestion || (a.toks[j].kind == tkEnd && a.toks[j].norm == "?")
	}
	from, to = a.toks[first].start, a.toks[last].end
	rest := yfApostrophe.Replace(fold(text[to:]))
	if sentQuestion {
		q := rest
		if i := strings.IndexByte(q, '?'); i >= 0 {
			q = q[:i]
		}
		if !yfNextTime.MatchString(q) || yfNow.MatchString(q) {
			return 0, 0, false
		}
	}
	if level == yesMedium {
		// "Ik vind het goed hoor. Laat hem maar snel komen …": a go-ahead after it makes it clear.
		if n := nextWord(a.toks, last); n >= 0 && a.toks[n].sent != a.toks[last].sent {
			if _, l2, lv, _ := a.yesHead(n, approve, false); lv == yesStrong {
				level, last = yesStrong, l2
				to = a.toks[last].end
				rest = yfApostrophe.Replace(fold(text[to:]))
			}
		}
	}
	if level == yesMedium {
		// A negated fact about a third thing ("de alten zitten er nog niet in") is no remark
		// about handling the request later.
		for _, w := range strings.FieldsFunc(yfWithoutFacts(rest), func(r rune) bool { return !unicode.IsLetter(r) }) {
			if okRemarkUnsafe[w] || yfMediumUnsafe[w] {
				return 0, 0, false
			}
		}
	}
	if m := yfBut.FindStringSubmatch(rest); m != nil && !yfButOK[m[1]] {
		return 0, 0, false
	}
	// A bare yes: the yes is its whole sentence (R2).
	bare := level == yesStrong && !sentQuestion
	if !remarkChangesNothingAfter(text[to:], bare) {
		return 0, 0, false
	}
	return from, to, true
}

// sentenceAsks reports a question mark in sentence sent: "Hoi, alles goed?".
func (a *analysis) sentenceAsks(sent int) bool {
	for j := 0; j < len(a.toks); j++ {
		if a.toks[j].sent == sent && a.toks[j].kind == tkEnd && a.toks[j].norm == "?" {
			return true
		}
	}
	return false
}

// sentenceAllWithin reports that every word of sentence sent lies from first to last (a
// greeting before the reply's content aside).
func (a *analysis) sentenceAllWithin(sent, first, last int) bool {
	from, to := a.sentenceBounds(sent)
	for j := max(from, a.contentStart); j < to; j++ {
		if a.toks[j].kind == tkWord && (j < first || j > last) && !vocativeEnd(a.toks, j) {
			return false
		}
	}
	return true
}

// yesKeywords returns the approval keywords that are a yes when they open a reply: the
// list's phrases but the bare imperative "approve" ("Approve, but …" may ask someone else)
// and German ones (the qualifiers below are Dutch and English).
func yesKeywords(kw Keywords) [][]string {
	list := kw.Approve
	if len(list) == 0 {
		list = DefaultKeywords().Approve
	}
	var out []string
	for _, p := range list {
		if f := fold(p); f != "approve" && !strings.Contains(f, "einverstanden") {
			out = append(out, p)
		}
	}
	return phraseList(out...)
}

// skipRequestLeadIn skips "Naar aanleiding van je verzoek:" / "Regarding your request:"
// before the yes: at most six words that end in a colon and name the request.
func (a *analysis) skipRequestLeadIn(start int) int {
	n, named := 0, false
	j := start
	for ; j < len(a.toks) && a.toks[j].kind == tkWord; j++ {
		n++
		named = named || yfRequestNouns[a.toks[j].norm] || a.toks[j].norm == "aanleiding" || a.toks[j].norm == "regarding"
	}
	if j >= len(a.toks) || a.toks[j].norm != ":" || n > 6 || !named {
		return start
	}
	if k := nextWord(a.toks, j); k >= 0 {
		return k
	}
	return start
}

// How clear a yes is.
const (
	yesNone   = 0
	yesMedium = 1 // a verbal OK: a yes before a practical remark only
	yesStrong = 2
)

// yesHead returns the first and last token of the yes that opens the sentence at start and
// how clear it is: one or more whole clauses, each made only of assent phrases, or a
// go-ahead by the verb of carrying it out ("laat Bakker het maar repareren", "haal maar
// op"), or "ik ga akkoord met de aanschaf van …". noLed reports a yes led by "Nee joh,"
// (allowed when opening).
func (a *analysis) yesHead(start int, approve [][]string, opening bool) (first, last, level int, noLed bool) {
	sent := a.toks[start].sent
	first, last = -1, -1
	afterNo := false
	for j := start; j < len(a.toks) && a.toks[j].sent == sent; {
		clause := a.toks[j].clause
		var idx []int
		var words []string
		k := j
		for ; k < len(a.toks) && a.toks[k].clause == clause; k++ {
			t := a.toks[k]
			if t.kind != tkWord || t.norm == "" || vocativeEnd(a.toks, k) {
				continue
			}
			idx = append(idx, k)
			words = append(words, t.norm)
		}
		if len(idx) == 0 {
			j = k
			continue
		}
		if opening && first < 0 && noOnly(words) {
			afterNo, noLed, first = true, true, idx[0]
			j = k
			continue
		}
		if afterNo {
			// Only a no-objection phrase, and it is no yes by itself.
			if n := longestAt(words, 0, noObjectionAfterNo); n == 0 || !assentOnly(words[n:]) {
				return 0, 0, yesNone, false
			}
			afterNo, level = false, max(level, yesMedium)
			last = idx[len(idx)-1]
			j = k
			continue
		}
		cl, ok := yesClause(words, approve)
		if !ok {
			// "Laat hem maar snel komen nu het nog droog is": a go-ahead, then a clause of
			// reason or time of its own (read with the remark).
			for p := min(len(words)-1, 7); p >= 2; p-- {
				if yfSubordinators[words[p]] && goAheadClause(words[:p]) {
					level = yesStrong
					if first < 0 {
						first = idx[0]
					}
					last = idx[p-1]
					break
				}
			}
			break
		}
		level = max(level, cl)
		if first < 0 {
			first = idx[0]
		}
		last = idx[len(idx)-1]
		j = k
	}
	if first < 0 || last < 0 || afterNo {
		return 0, 0, yesNone, false
	}
	return first, last, level, noLed
}

// noOnly reports a clause of only "nee"/"no" and softening particles: "Nee joh".
func noOnly(words []string) bool {
	if words[0] != "nee" && words[0] != "no" && words[0] != "nope" {
		return false
	}
	for _, w := range words[1:] {
		if w != "joh" && w != "hoor" && w != "he" {
			return false
		}
	}
	return true
}

// yesClause reports that the words of one clause are assent, and how clear a yes.
func yesClause(words []string, approve [][]string) (int, bool) {
	if goAheadClause(words) || agreeWithRequest(words) {
		return yesStrong, true
	}
	level := yesNone
	for i := 0; i < len(words); {
		if n := max(longestAt(words, i, approve), longestAt(words, i, strongAssent), longestAt(words, i, yesHeadStrong)); n > 0 {
			level = yesStrong
			i += n
			if i+3 == len(words) && (words[i] == "voor" || words[i] == "met" || words[i] == "for") &&
				yfTheRequest[words[i+1]] && (yfRequestNouns[words[i+2]] || yfWorkNouns[words[i+2]]) {
				i += 3 // "Akkoord voor de reparatie.": the request named
			}
			continue
		}
		if n := longestAt(words, i, yesHeadMedium); n > 0 {
			level = max(level, yesMedium)
			i += n
			continue
		}
		n := longestAt(words, i, weakAssent)
		if n == 0 {
			return yesNone, false
		}
		i += n
	}
	return level, true
}

// goAheadClause reports "<verb> [object] maar [particles/infinitive]" ("Huur maar", "haal
// maar op", "regel het maar") or "laat <name> [het] maar <infinitive>" ("laat Bakker het
// maar repareren"): at most seven words, nothing that limits, and not "laat (het) maar" alone.
func goAheadClause(words []string) bool {
	if len(words) < 2 || len(words) > 7 {
		return false
	}
	m := -1
	for i, w := range words {
		if goAheadUnsafe[w] || negators[w] {
			return false
		}
		if w == "maar" && m < 0 {
			m = i
		}
	}
	if words[0] == "graag" && len(words) <= 4 {
		// "Graag laten uitvoeren", "graag bestellen": the wish that it is carried out.
		i := 1
		if words[i] == "laten" {
			i++
		}
		if i < len(words) && goAheadInfinitives[words[len(words)-1]] {
			for _, w := range words[i : len(words)-1] {
				if !goAheadParticles[w] {
					return false
				}
			}
			return true
		}
		return false
	}
	if m < 0 && len(words) >= 3 && len(words) <= 5 && words[len(words)-2] == "laten" && goAheadInfinitives[words[len(words)-1]] &&
		!goAheadVerbs[words[0]] && !yfTheRequest[words[0]] {
		// "Prima, herkeuring laten doen.", "monteur laten komen": a noun, then "laten" and an
		// infinitive of carrying out (no part, limit or step: goAheadUnsafe above).
		return true
	}
	if m < 1 {
		return false
	}
	if words[0] == "laat" {
		// An infinitive of carrying out must close it: "laat Bakker het maar repareren", "laat
		// hem maar snel komen".
		if m < 2 || m > 3 || len(words) < m+2 || !goAheadInfinitives[words[len(words)-1]] {
			return false
		}
		for _, w := range words[m+1 : len(words)-1] {
			if !goAheadParticles[w] {
				return false
			}
		}
		return true
	}
	if !goAheadVerbs[words[0]] || m > 3 {
		return false
	}
	for i := 1; i < m; i++ {
		if !goAheadParticles[words[i]] {
			return false
		}
	}
	for _, w := range words[m+1:] {
		if !goAheadParticles[w] && !goAheadInfinitives[w] {
			return false
		}
	}
	return true
}

// agreeWithRequest reports "ik ga akkoord met de aanschaf [van …]": the request named as a
// whole, at most ten words, nothing that picks a part or limits.
func agreeWithRequest(words []string) bool {
	if len(words) < 5 || len(words) > 12 || words[0] != "ik" || words[1] != "ga" || words[2] != "akkoord" || words[3] != "met" {
		return false
	}
	i := 4
	if words[i] == "de" || words[i] == "het" || words[i] == "je" || words[i] == "jouw" || words[i] == "dit" || words[i] == "deze" || words[i] == "uw" {
		i++
	}
	if i >= len(words) || !yfRequestNouns[words[i]] {
		return false
	}
	for _, w := range words[i+1:] {
		if goAheadUnsafe[w] || negators[w] || digitWord(w) || w == "voor" || w == "tot" || w == "maar" || w == "behalve" {
			return false
		}
	}
	return true
}

// The qualifiers, on folded text without apostrophes.
var (
	yfRetract     = regexp.MustCompile(`\b(?:bedoel(?:de|den|t|d|en)?|meant|mean|verkeerde\s+knop|wrong\s+button|per\s+ongeluk|by\s+mistake|by\s+accident|accidentally|toch\s+niet|bij\s+nader\s+inzien|on\s+second\s+thoughts?|scratch\s+that|changed\s+my\s+mind|heb\s+me\s+bedacht|ben\s+ik\s+om|ik\s+ben\s+om|trek\w*|negeer\w*|ignore|disregard|hold\s+on|hold\s+off|oeps|oops|vergissing|vergist|sorry)\b`)
	yfDecision    = regexp.MustCompile(`\b(?:akkoord\w*|accoord|goedkeur\w*|goedgekeurd|approv\w*|afgewezen|afwijz\w*|afkeur\w*|afgekeurd|reject\w*|declin\w*|toestemming|permission|fiat\w*|gefiatteerd|sign\w*\s+off|signoff|tekenen|aftekenen|ondertekenen|beslis\w*|besluit|besloten|decide\w*|decision|instem\w*|veto|nee|no|nope|oneens|disagree\w*|goed\s+vind\w*|vind\w*\s+(?:het\s+)?goed|instemt|zegt|says|ok\s+with\s+it|okay\s+with\s+it|fine\s+with\s+it|happy\s+for|say|bezwaar\w*|objection\w*|consent|agree\w*|eens)\b`)
	yfCondition   = regexp.MustCompile(`\b(?:ga\s+(?:er\s*)?van\s+uit|ga\s+ervan\s+uit|ervan\s+uitgaande|assum\w*|i\s+take\s+it|neem\s+aan|neem\s+ik\s+aan|verondersteld\w*|after|na|na\s+afloop|als|indien|mits|tenzij|zolang|wanneer|zodra|if|unless|provided|providing|as\s+long\s+as|so\s+long\s+as|on\s+condition|op\s+voorwaarde|voorwaarde\w*|voorbehoud|subject\s+to|pending|in\s+afwachting\s+van|assuming|behoudens|alleen|enkel|uitsluitend|slechts|only|pas|once|depend\w*|hangt\s+(?:\w+\s+){0,4}?af|hangt\s+ervan|afhankelijk|afhangen)\b`)
	yfComparison  = regexp.MustCompile(`\b(?:zoals|net\s+als|(?:dezelfde|hetzelfde|zelfde|same)\s+(?:\w+\s+){0,2}(?:als|as)|zo\s+\w+\s+als|such\s+as|same\s+as|as\s+\w+\s+as)\b`)
	yfCap         = regexp.MustCompile(`\b(?:tot|max\w*|hooguit|hoogstens|up\s+to|at\s+most|meer\s+dan|more\s+than|minder|less|onder|under|below|beneden|boven|above|binnen|within|helft|half|halve|deel|gedeelte|part|portion|procent|percent|behalve|except|excluding|exclusief|zonder|without|schrap\w*|weglaten|weg\s+laten|laat\s+(?:\w+\s+){1,3}(?:weg|zitten|vallen)|skip|minus|beperk\w*|limit\w*|genoeg|enough|voldoende|volstaat|suffices|just\s+(?:the|one|two)|eur|euro|euros|dollar\w*|pound\w*|omlaag|lager|lower|verlag\w*|reduce\w*)\b|[€$£%]`)
	yfCapFree     = regexp.MustCompile(`\bzonder\s*$|\b(?:(?:past|passen|valt|vallen|fits)\s+(?:nog\s+)?(?:ruim\s+)?(?:binnen|within)|onder\s+(?:andere|meer|ons)|half\s+\d|tot\s+(?:ziens|straks|morgen|zo|gauw|snel|dan))\b`)
	yfDefer       = regexp.MustCompile(`\b(?:wacht\w*|wait\w*|hold|uitstel\w*|uitstellen|postpone\w*|later|eerst|first|voordat|vooraf|vooraleer|alvorens|before|nog\s+niet|not\s+yet|nog\s+even|kom\s+\w+\s+(?:\w+\s+)?terug|terugkomen|get\s+back|overleg\w*|bespre\w*|discuss\w*|navragen|nadenken|think\s+about|lets|let\s+us|laten\s+we|bel\w*|call\s+me|give\s+me\s+a\s+(?:call|ring)|spreken|spreek|talk|speak|(?:we|well|wij|zullen|will|shall)\s+(?:\w+\s+)?(?:see|zien)|afwachten|wait\s+and\s+see|vraag\s+(?:\w+\s+){0,4}of|ask\s+(?:\w+\s+){1,3}(?:if|whether)|check\s+with|checken\s+bij|voor\s*leggen|leg\s+(?:\w+\s+){0,4}voor|submit\w*|run\s+(?:it|this)\s+by|confirm\w*|bevestig\w*|zien\s+(?:wel|maar)|see\s+how)\b`)
	yfSoonWord    = regexp.MustCompile(`\b(?:vandaag|morgen|deze\s+week|volgende\s+week|snel|sneller|spoedig|zsm|meteen|direct|gauw|today|tomorrow|this\s+week|next\s+week|soon|sooner|asap|quickly|right\s+away)\b`)
	yfIfPossible  = regexp.MustCompile(`\b(?:als\s+(?:het|dat)\s+(?:kan|lukt)|indien\s+mogelijk|zo\s+mogelijk|if\s+(?:at\s+all\s+)?possible|if\s+(?:they|you|he|she)\s+can)\b`)
	yfUrgent      = regexp.MustCompile(`\b(?:(?:kan|kunnen|can)\s+(?:echt\s+)?(?:niet|not)\s+(?:langer\s+|meer\s+)?wachten|can\s*not\s+wait|cant\s+wait|(?:kan|kunnen|can)\s+(?:echt\s+)?(?:niet|not)\s+(?:langer\s+|meer\s+)?wait)\b`)
	yfDoubt       = regexp.MustCompile(`\b(?:twijfel\w*|doubt\w*|unsure|niet\s+zeker|not\s+sure|in\s+principe|in\s+principle|denk\s+ik|i\s+think|geloof\s+ik|weet\s+niet|weet\s+ik\s+niet|dont\s+know)\b`)
	yfAlternative = regexp.MustCompile(`\b(?:offerte\w*|quote\w*|goedkoper|goedkoop\w*|cheaper|cheap\w*|alternati\w*|liever|rather|instead|in\s+plaats|ipv|vergelijk\w*|compar\w*|second\s+opinion|andere\s+(?:leverancier|aanbieder|optie|winkel)|other\s+(?:supplier|option|shop))\b`)
	yfNegation    = regexp.MustCompile(`\b(?:niet|not|geen|no|never|nooit|niets|niks|none|nothing|dont|doesnt|isnt|wasnt|arent|werent|cant|cannot|wont|shouldnt|wouldnt|couldnt|hasnt|havent|didnt|mustnt|hoeft|hoeven)\b`)
	// Negations that cut nothing (removed before yfNegation is looked for).
	yfNegationFree = regexp.MustCompile(`\b(?:vergeet\s+(?:\w+\s+)?(?:niet|geen)|niet\s+vergeten|dont\s+forget|do\s+not\s+forget|never\s+forget|geen\s+(?:enkel\s+|groot\s+)?(?:probleem|ramp|punt|zorgen)|(?:we|wij|i|ik)\s+(?:hebben|heb|have)\s+(?:\w+\s+)?(?:geen|no)\s+(?:keus|keuze|choice)|(?:is|was)\s+(?:het\s+)?ook\s+geen\s+ramp|no\s+(?:problem|worries|issue)|not\s+a\s+problem|(?:niet|not|geen|no)\s+(?:zo\s+|so\s+|erg\s+|very\s+)?(?:urgent|dringend|spoed\w*|haast|rush|hurry)|(?:wasnt|isnt|didnt|doesnt|werent|arent)\s+(?:it|they|he|she|we|you|there)\s*$|niet\s+dan\s*$|(?:en\s+|maar\s+)?niet\s+(?:op|naar|aan)\s+(?:(?:jouw|je|mijn|zijn|haar|hun|uw|het|de|ons|onze)\s+)?(?:eigen\s+|algemene\s+|oude\s+|gewone\s+|centrale\s+|vaste\s+)?(?:naam|adres|mailadres|e-?mailadres|postadres|rekening|mailbox|inbox|info@\S*|mij|me|prive\w*)|(?:and\s+|but\s+)?not\s+(?:to|on)\s+(?:(?:my|your|his|her|their|the|our)\s+)?(?:own\s+|general\s+|old\s+|usual\s+|main\s+|shared\s+)?(?:name|address|email\s+address|account|mailbox|inbox|me)|(?:zorg|let\s+op|pas\s+op|make\s+sure|ensure|see\s+to\s+it)\b[^,;:]*|(?:want|omdat|zodat|aangezien|because|since|so\s+that)\b[^,;:]*)`)
	yfNextTime     = regexp.MustCompile(`\b(?:volgende\s+keer|next\s+time|in\s+het\s+vervolg|voortaan|in\s+(?:the\s+)?future|going\s+forward|from\s+now\s+on)\b`)
	yfNow          = regexp.MustCompile(`\b(?:nu|now|deze\s+keer|dit\s+keer|this\s+time|ditmaal|deze\s+aanvraag|dit\s+verzoek|this\s+request|this\s+one|meteen|direct)\b`)
	yfNoProblem    = regexp.MustCompile(`\b(?:geen\s+(?:enkel\s+|groot\s+)?(?:probleem|ramp|punt|zorgen)|no\s+(?:problem|worries|issue)|not\s+a\s+problem|(?:no|geen)\s+(?:rush|hurry|haast|spoed)|(?:not|niet)\s+(?:urgent|dringend))\b`)
	yfKeepWaiting  = regexp.MustCompile(`\b(?:laten|laat)\s+wachten\b`)
	// A contrast right after the yes must go on with an instruction, a request, a wish for
	// next time or a grumble: "Akkoord, maar laat de factuur …", "Approved, but can we …
	// next time?"; "Akkoord, maar de lunch doen we zelf" picks a part.
	yfBut = regexp.MustCompile(`^\s*[,;:.!]?\s*(?:maar|but|however|echter|though)\b\s*[,]?\s*(\p{L}*)`)
	// The same contrast opening a later clause or sentence of the remark.
	yfButLater = regexp.MustCompile(`(?:^|[,;:]\s*)(?:maar|but|however|echter)\s+(\w*)`)
	yfButOK    = set("ik", "i", "laat", "zorg", "graag", "wel", "please", "let", "make", "vergeet", "denk", "stuur", "neem", "bel",
		"zet", "geef", "meld", "send", "put", "bill", "charge", "address", "can", "could", "kun", "kunt", "kan", "wil", "wilt", "zou", "would", "next",
		"volgende", "volgend", "komend", "voortaan", "going", "jammer", "shame", "pity", "dont", "do", "doe", "hou", "houd", "keep")
	yfGrumble = regexp.MustCompile(`^(?:(?:wel|erg|heel|best|ook)\s+)?(?:jammer|zonde|balen|shame|pity|a\s+pity|too\s+bad)\b`)
	// "Ik vind het wel vreemd dat …", "I find it odd that …": a grumble about how things went.
	yfGrumbleOdd = regexp.MustCompile(`^(?:(?:ik\s+)?vind\s+(?:ik\s+)?(?:het|dit|dat)\s+|(?:i\s+)?find\s+it\s+|(?:it|that)\s+(?:is|s)\s+)(?:(?:wel|ook|toch|een\s+beetje|best|eigenlijk|a\s+bit|rather|quite|pretty)\s+)*(?:vreemd|raar|gek|apart|jammer|zonde|vervelend|bijzonder|schandalig|odd|strange|weird|a\s+shame|a\s+pity|annoying)\s+(?:dat|that)\b`)
	// "…, maar dat zien ze vast zelf ook wel": left to those doing the work, nothing held back.
	yfTheyWillSee = regexp.MustCompile(`(?:^|[,;:]\s*|\s)(?:maar|but)\s+(?:dat|die|het)\s+(?:zien|merken|weten|ontdekken)\s+(?:ze|zij|hij|jullie)\s+(?:(?:vast|zelf|ook|zeker|natuurlijk|toch|heus)\s+){0,4}wel\s*$`)
	// "Als ze toch bezig zijn: …", "while they're at it": an extra, no condition on the request.
	yfWhileAtIt = regexp.MustCompile(`(?:^|\b)(?:(?:als|nu|wanneer)\s+(?:ze|zij|hij|jullie|je|jij|u|de\s+\w+|die\s+\w+)\s+(?:er\s+|daar\s+)?(?:toch|nu\s+toch)\s+(?:al\s+)?(?:mee\s+)?(?:bezig|aan\s+het\s+werk)\s+(?:zijn|is|gaan|gaat)|(?:while|since)\s+(?:they|you|he|she)\s*(?:re|are|is|s)\s+(?:there\s+)?(?:at\s+it|on\s+it|there)\b)`)
	// A question about the request itself.
	yfQuestionSubstance = regexp.MustCompile(`\b(?:prijs\w*|price\w*|kost\w*|cost\w*|duur\w*|expensive|goedkoper|cheaper|goedkoop\w*|cheap\w*|optie\w*|option\w*|is\s+(?:this|dit|het|dat)\s+(?:the|de|het|wel|echt|really)|btw|vat|incl\w*|excl\w*|budget\w*|begroting\w*|geld|money|bedrag\w*|amount|offerte\w*|quote\w*|nodig|noodzakelijk|necessary|need\w*|waarom|why|echt|really|zeker|sure|klopt|correct|welke|which|hoeveel|how\s+much|how\s+many|alternati\w*|ander\w*|other|instead|liever|rather|beter|better|vind|vindt|think|mening|opinion|kunnen\s+we|moeten\s+we|zullen\s+we|gaan\s+we|willen\s+we|hebben\s+we|can\s+we|should\s+we|shall\s+we|could\s+we|do\s+we|are\s+we|must\s+we|or)\b`)
	// A question word asks for something that may be needed first ("Wie betaalt dit?",
	// "Hoe laat komt de monteur?"); so does asking what someone knows or checked.
	yfQuestionWord = regexp.MustCompile(`\b(?:wie|wat|waar|wanneer|hoe|welk|welke|waarom|waarvoor|who|what|where|when|how|which|why|whom|whose|weet|weten|know|knows|checked|gecheckt|gecontroleerd|gevraagd|asked|besproken|discussed|hiervan|hierover|ervan|daarvan|heard|gehoord)\b`)
	// Money in a remark is a doubt ("Bedrag is hoog.") unless it says it fits.
	yfMoney           = regexp.MustCompile(`\b(?:bedrag\w*|amount|prijs\w*|price\w*|kosten|kost|kostte|cost|costs|budget\w*|begroting\w*|duur|duurder|expensive|pricey)\b`)
	yfMoneyFits       = regexp.MustCompile(`\b(?:past|passen|valt|vallen|fits?)\s+(?:nog\s+)?(?:ruim\s+)?(?:binnen|within|in)\b`)
	yfQuestionWhether = regexp.MustCompile(`\b(?:nagaan|checken|kijken|vragen|weten|navragen|uitzoeken|controleren|informeren)\s+of\b`)
	yfOf              = regexp.MustCompile(`\bof\b`)
	yfApostrophe      = strings.NewReplacer("'", "", "’", "", "‘", "", "`", "")
)

// remarkChangesNothing reports that rest (the text after the yes) holds no qualifier that
// changes the decision (see above).
func remarkChangesNothing(rest string) bool { return remarkChangesNothingAfter(rest, false) }

// remarkChangesNothingAfter is remarkChangesNothing; after a bare yes (a sentence of only
// the yes), a question that asks someone to do something or asks about another matter is a
// remark, and the statements right after it explain it (see bareYesRemarkQuestion).
func remarkChangesNothingAfter(rest string, bare bool) bool {
	afterNextTime, afterAside, afterRemarkQ := false, false, false
	for _, st := range remarkSentences(rest, bare) {
		sent, question := st.text, st.question
		if bare && question && bareYesRemarkQuestion(sent) {
			afterRemarkQ, afterNextTime, afterAside = true, false, false
			continue
		}
		if afterRemarkQ && !question {
			if !bareYesExplanationClean(sent) {
				return false
			}
			continue
		}
		afterRemarkQ = false
		if afterAside && !question && yfAsideExplained(sent) {
			afterAside = false // "Trouwens, weet iemand waar de sleutel is? Die hangt niet meer in het kastje."
			continue
		}
		if !sentenceChangesNothing(sent, question, afterNextTime) {
			return false
		}
		afterNextTime = yfLaterWish(sent)
		afterAside = question && yfAsideQuestion(sent)
	}
	return true
}

// A dot between digits ends no sentence: "€ 2.450,00", "om 14.30 uur", "lokaal C1.20".
var yfDecimalDot = regexp.MustCompile(`(\d)\.(\d)`)

// A remarkSentence is one sentence of a remark, folded, its spaces collapsed.
type remarkSentence struct {
	text     string
	question bool // it ends in "?"
}

// remarkSentences splits what follows a yes into its sentences, folded: hard-wrapped lines
// join, a blank line or a sentence end separates, a dot between digits does not; bare (the
// yes is its whole sentence): an emoji that ends a line ends its sentence too. Empty
// sentences are left out.
func remarkSentences(rest string, bare bool) []remarkSentence {
	s := yfDecimalDot.ReplaceAllString(yfApostrophe.Replace(fold(rest)), "$1$2")
	s = strings.ReplaceAll(s, "\r", "")
	s = strings.ReplaceAll(s, "\n\n", ". ")
	if bare {
		s = yfEmojiLineEnd.ReplaceAllString(s, "$1. ") // "… met hun jas aan 🥶\nJohan, bel je ze meteen?"
	}
	s = strings.ReplaceAll(s, "\n", " ")
	var out []remarkSentence
	for len(s) > 0 {
		i := strings.IndexAny(s, ".!?;")
		sent, question := s, false
		if i >= 0 {
			sent, question, s = s[:i], s[i] == '?', s[i+1:]
		} else {
			s = ""
		}
		if sent = strings.Join(strings.Fields(strings.Trim(sent, " \t,:-–—*>()\"")), " "); sent != "" {
			out = append(out, remarkSentence{sent, question})
		}
	}
	return out
}

// An emoji that ends a line ends its sentence.
var yfEmojiLineEnd = regexp.MustCompile(`(\p{So})[ \t]*\n`)

// sentenceChangesNothing reports one sentence of the remark (folded) that changes nothing;
// afterNextTime: the sentence before was a wish for next time, which this one may explain
// ("… two quotes next time? De Kroon puts its prices up every year.").
func sentenceChangesNothing(s string, question, afterNextTime bool) bool {
	s = yfOtherSense(s, question)
	s = yfUrgent.ReplaceAllString(s, " ") // "Dit kan niet wachten.": urgency, no deferral
	s = yfWithoutLeaveWithout(s)          // "we kunnen ze niet zonder warm water laten": why it is urgent
	s = yfNoProblem.ReplaceAllString(s, " ")
	if yfSoonWord.MatchString(s) {
		s = yfIfPossible.ReplaceAllString(s, " ") // "Laat ze vandaag nog komen als het kan": how soon, not whether
	}
	vocative := false
	if question {
		s, vocative = yfVocativeQuestion(s) // "Ria, laat je even weten wanneer ze komen?"
	}
	if yfInformOthers.MatchString(s) {
		// "Zet je het op de agenda van het volgende overleg zodat de rest het ook weet?":
		// telling the others of the yes, no meeting to decide it first.
		s = yfAgendaMeeting.ReplaceAllString(yfInformOthers.ReplaceAllString(s, " "), " ")
	}
	s = yfWhileAtIt.ReplaceAllString(s, " ")
	s = yfTheyWillSee.ReplaceAllString(s, " ")
	grumble := yfGrumble.MatchString(s) || (!question && yfGrumbleOdd.MatchString(s))
	if grumble {
		s = yfKeepWaiting.ReplaceAllString(s, " ") // "… die kinderen niet nog een jaar laten wachten"
	}
	if yfRetract.MatchString(s) || yfDecision.MatchString(s) || yfDoubt.MatchString(s) {
		return false
	}
	if question && asidePaperworkQuestion(s) {
		return true // "Waar blijft overigens de offerte voor de nieuwe printer?": another matter
	}
	if yfAlsoRequest(s) {
		return yfAlsoClean(s) // "Kun je ook navragen of …?", "Can we also get … next year?"
	}
	if yfCap.MatchString(yfCapFree.ReplaceAllString(s, " ")) {
		return false
	}
	nextTime := yfLaterWish(s)
	if nextTime && yfNow.MatchString(s) {
		return false
	}
	// A negated fact about a third thing ("Weer zit niet mee", "de alten zitten er nog niet
	// in") and a step before a later stage of the work ("… laten proeflezen voordat het naar
	// de drukker gaat") put nothing off.
	facts := yfWithoutFacts(s)
	if !nextTime && (yfAlternative.MatchString(s) || yfDefer.MatchString(yfWithoutLaterStage(facts))) {
		return false
	}
	if !grumble && !nextTime && !afterNextTime && yfMoney.MatchString(yfBudgetSource.ReplaceAllString(s, " ")) && !yfMoneyFits.MatchString(s) {
		return false
	}
	if grumble || nextTime {
		// "Wel jammer dat …, maar we hebben weinig keus als …": the grumble's own "als" and
		// "niet"; "Next time, if you can, …": a wish for later.
		return !question || nextTime
	}
	for _, m := range yfButLater.FindAllStringSubmatch(s, -1) {
		if !yfButOK[m[1]] {
			return false // "… Maar de stoelen laten we zitten."
		}
	}
	if yfCondition.MatchString(yfComparison.ReplaceAllString(s, " ")) {
		return false
	}
	if yfNegation.MatchString(yfNegationFree.ReplaceAllString(yfWithoutNegReason(facts), " ")) {
		return false
	}
	if question && yfAsideQuestion(s) {
		return true // "Trouwens, weet iemand waar de sleutel van het hok is?": another matter
	}
	if question {
		if yfQuestionSubstance.MatchString(s) || (!vocative && yfQuestionWord.MatchString(s)) || yfBudgetSource.MatchString(s) {
			return false
		}
		if yfOf.MatchString(yfQuestionWhether.ReplaceAllString(s, " ")) {
			return false // "de grote of de kleine?": which one
		}
	}
	return true
}

// yesFirstMay reports an analysis reason that yesFirst may read past: none found, or a
// question, condition or mix it reads again by its own rules. A deferral, hedge, request to
// someone else, negation or reported decision stays.
func yesFirstMay(why string) bool {
	switch why {
	case "", AmbiguousUnclear, AmbiguousQuestion, AmbiguousConditional, AmbiguousMixed, AmbiguousNotAtStart:
		return true
	}
	return false
}

// Qualifiers that keep any approval from standing when they follow a yes that opens the
// reply: a step first, a deferral, a cap, a condition, doubt, a retraction, somebody else
// deciding or disagreeing. ("Approved. Keep it under 300 please.", "Yes. After the AGM.",
// "Fine by me. Mark disagrees though.", "Akkoord. Eerst de oude opmaken.")
var (
	yfVetoRetract  = regexp.MustCompile(`\b(?:toch\s+maar\s+(?:niet|nee)|bedenk\s+(?:me|mij)|bedenk\s+ik\s+me|bedoel\w*|meant|verkeerde\s+knop|wrong\s+button|toch\s+niet|bij\s+nader\s+inzien|on\s+second\s+thoughts?|scratch\s+that|changed\s+my\s+mind|heb\s+me\s+bedacht|ben\s+ik\s+om|ik\s+ben\s+om|negeer\w*|disregard|hold\s+on|hold\s+off)\b`)
	yfVetoCap      = regexp.MustCompile(`\b(?:tot\s+en\s+met|tot|max\w*|hooguit|hoogstens|up\s+to|at\s+most|under|below|onder|no\s+more\s+than|niet\s+meer\s+dan)\s+(?:de\s+|the\s+)?(?:€|eur\w*\s*|\$|£)?\s*\d`)
	yfVetoFirst    = regexp.MustCompile(`^(?:(?:maar|but|en|and)\s+)?(?:eerst|first|pas|only|after\s+the|na\s+de|na\s+het|not\s+before|niet\s+voor)\b|\b(?:ga\s+(?:er\s*)?van\s+uit|ga\s+ervan\s+uit|ervan\s+uitgaande|i\s+assume|assuming|neem\s+(?:ik\s+)?aan)\b`)
	yfVetoDecision = regexp.MustCompile(`\b(?:beslissing\w*|beslissen|beslist\s*$|beslist\s+(?:zelf|er|hier|daar)\w*|decide\w*|decision|disagree\w*|oneens|final\s+say|laatste\s+woord|will\s+confirm|moet\s+(?:nog\s+)?bevestigen|goed\s+vind\w*|vind\w*\s+(?:het\s+)?goed|ok\s+with\s+it|okay\s+with\s+it|instemt|happy\s+for\s+\w+\s+to\s+decide)\b`)
)

// More qualifiers anywhere in a sentence after the yes: it depends ("Het hangt er wel van
// af of de subsidie rond komt", "depends on the grant"), a step first that is no time
// ("graag pas na overleg met de penningmeester", "only after the board meeting", "not
// until we have the grant"; "graag pas na de kerst uitvoeren" is a time, read elsewhere),
// and a cap by words ("Wel onder het bedrag van de vorige keer blijven", "keep it within
// the budget"; "het past binnen de begroting" is a reason).
var (
	yfVetoDepends = regexp.MustCompile(`\b(?:(?:het|dat|dit|alles)\s+(?:\w+\s+){0,2}?hangt\s+(?:\w+\s+){0,3}?af|(?:het|dat|dit|alles)\s+(?:\w+\s+){0,2}?hangt\s+ervan|hangt\s+(?:het|dat|dit|alles)\s+(?:\w+\s+){0,3}?af|it\s+depends|(?:it|that|this|everything)\s+(?:\w+\s+){0,2}?depends\s+on|depending\s+on|afhankelijk\s+van)\b`)
	yfVetoStep    = regexp.MustCompile(`\b(?:pas\s+(?:als|wanneer|zodra|nadat)|pas\s+na\s+(?:overleg|goedkeuring|akkoord|instemming|bespreking|het\s+(?:overleg|bestuur|mt)|de\s+(?:vergadering|alv|bestuursvergadering|begroting|ledenvergadering))|na\s+(?:overleg|goedkeuring|instemming|bespreking)\s+(?:met|van|door|in)|only\s+(?:after|once)|not\s+until|niet\s+voordat)\b`)
	yfVetoCapWord = regexp.MustCompile(`\b(?:onder|binnen|below|under|within)\s+(?:het|de|the|our|ons|onze|this|dit|deze)\s+(?:\w+\s+)?(?:bedrag|budget|begroting|limiet|offerte|raming|amount|limit|quote|estimate)\b`)
	yfVetoCapStay = regexp.MustCompile(`\b(?:blijv\w*|blijft|stay\w*|keep|houd\w*|hou|moet|must|should|graag|please|zorg|make\s+sure)\b`)
	yfVetoCapFits = regexp.MustCompile(`\b(?:past|passen|valt|vallen|fits?)\b`)
)

// yfVetoMore reports one of the qualifiers above in a folded sentence.
func yfVetoMore(sent string) bool {
	if yfVetoDepends.MatchString(sent) || yfVetoStep.MatchString(sent) {
		return true
	}
	if !yfVetoCapStay.MatchString(sent) || yfVetoCapFits.MatchString(sent) {
		return false
	}
	for _, m := range yfVetoCapWord.FindAllStringIndex(sent, -1) {
		// "book it under the outbreak budget line": a booking line, no cap.
		if !yfVetoCapLine.MatchString(sent[m[1]:]) {
			return true
		}
	}
	return false
}

// A budget line or code after the budget named: where it is booked.
var yfVetoCapLine = regexp.MustCompile(`^\s*(?:line|lijn|post|regel|code|nummer|number|heading|item|categorie|category)\b`)

// yesFirstVeto reports a reply that opens with a yes (yesHead) followed by a sentence with
// one of the qualifiers above: a retraction, somebody else deciding, disagreeing or still to
// confirm, a cap with an amount, or a sentence that opens with a step first, "after …" or an
// assumption. It only ever takes an approval away.
func yesFirstVeto(text string, kw Keywords) bool {
	if len(text) > maxAnalyzedText {
		return false
	}
	a := readyAnalysis(text, kw, 120)
	if a == nil {
		return false
	}
	text = a.text
	_, last, level, _ := a.yesHead(a.skipRequestLeadIn(a.contentStart), yesKeywords(kw), true)
	if level == yesNone {
		return false
	}
	s := yfDecimalDot.ReplaceAllString(yfApostrophe.Replace(fold(text[a.toks[last].end:])), "$1$2")
	s = strings.ReplaceAll(strings.ReplaceAll(strings.ReplaceAll(s, "\r", ""), "\n\n", ". "), "\n", " ")
	for _, sent := range strings.FieldsFunc(s, func(r rune) bool { return r == '.' || r == '!' || r == '?' || r == ';' }) {
		sent = strings.Join(strings.Fields(strings.Trim(sent, " \t,:-–—*>()\"")), " ")
		if yfVetoRetract.MatchString(sent) || yfVetoDecision.MatchString(sent) || yfVetoCap.MatchString(sent) ||
			yfVetoFirst.MatchString(sent) || yfVetoMore(sent) {
			return true
		}
	}
	return false
}

// A question after the yes that says it is about another matter ("Trouwens, weet iemand waar
// de sleutel van het materiaalhok is?", "By the way, does anyone know where the ladder is?")
// or asks who has a thing or where it is, without pointing at this request, money or a doubt
// (reply_aside.go); the statement right after it may explain it ("Die hangt niet meer in
// het kastje.").
func yfAsideQuestion(s string) bool {
	return ((asideMarker.MatchString(s) || yfPostscript.MatchString(s)) && asideClean(s) && !asideMoney.MatchString(s)) ||
		whereaboutsQuestion(s)
}

// "PS weet jij of de kerstmarkt op zaterdag is?": a question in a postscript is another matter.
var yfPostscript = regexp.MustCompile(`^(?:ps|pps|p\s*s)\b`)

// yfAsideExplained reports a statement after an aside question that only explains it: it
// does not point at the request, money, a decision, a cap, a condition, a doubt or a step first.
func yfAsideExplained(s string) bool {
	return len(strings.Fields(s)) <= 12 && !asideThisOne.MatchString(s) && !asideMoney.MatchString(s) &&
		!yfRetract.MatchString(s) && !yfDecision.MatchString(s) && !yfDoubt.MatchString(s) &&
		!yfCap.MatchString(yfCapFree.ReplaceAllString(s, " ")) && !yfCondition.MatchString(yfHangsIn.ReplaceAllString(s, " ")) &&
		!yfDefer.MatchString(s) && !yfAlternative.MatchString(s)
}

// "Die hangt niet meer in het kastje": a thing hanging somewhere, no "hangt ervan af".
var yfHangsIn = regexp.MustCompile(`\bhangt\s+(?:niet\s+|nog\s+|er\s+)?(?:meer\s+)?(?:in|aan|op|bij|achter|naast|onder|boven)\b`)

// Telling the others of the yes: "… zodat de rest het ook weet", "so everyone knows"; with
// it, putting the request on the agenda of the next meeting is a notice, not a meeting that
// decides first.
var (
	yfInformOthers  = regexp.MustCompile(`\b(?:zodat|so\s+that|so)\s+(?:de\s+rest|iedereen|de\s+anderen|de\s+andere\s+\w+|het\s+bestuur|het\s+team|the\s+rest|everyone|everybody|the\s+others|the\s+other\s+\w+|the\s+board|the\s+team)\s+(?:het\s+|dit\s+|dat\s+|ervan\s+|it\s+|about\s+it\s+)?(?:ook\s+|also\s+)?(?:weet|weten|knows?|op\s+de\s+hoogte\s+(?:is|zijn)|(?:is|are)\s+(?:aware|informed|in\s+the\s+loop))(?:\s+(?:too|also|ervan|about\s+it))?\s*$`)
	yfAgendaMeeting = regexp.MustCompile(`\b(?:op|on)\s+(?:de|the)\s+agenda\s+(?:van|of|for)\s+(?:het|de|the|our|ons)\s+(?:volgende|komende|next|upcoming)\s+(?:\w+\s+)?(?:overleg|vergadering|bestuursvergadering|teamoverleg|meeting|bijeenkomst|alv)\b`)
)

// R2: after a bare yes ("Akkoord.", "Ja, akkoord.", "Hoi Mirjam, Akkoord!") a later question
// does not block the approval by being a question. It is a remark when it asks somebody to
// do something ("Kun je …?", "Zet je …?", "Could you …?") or asks about another matter
// ("weet jij …?", "wie had …?"), and holds none of the features that change a decision: a
// condition or cap, withdrawal or doubt, a decision word, a step first, or a doubt about the
// request itself (its price, budget, need, why, another option or quote, "we" reconsidering).
// The statements right after such a question explain it; they are read only for the same
// features.
var (
	// Labels and vocatives before the question: "PS", "Losse vraag:", "Overigens:", "Femke,".
	bareYesLabel = regexp.MustCompile(`^(?:(?:ps|pps|p\s*s|overigens|trouwens|losse\s+vraag|andere\s+vraag|nog\s+iets|nog\s+een\s+vraag|vraagje|by\s+the\s+way|btw|oh|o|en|and|also|ook|unrelated|los\s+hiervan|ander\s+punt|(?:an)?other\s+(?:thing|matter|question)|(?:ik\s+heb\s+)?(?:alleen\s+|nog\s+)?(?:een|1)\s+(?:vraag|vraagje)|(?:just\s+)?one\s+(?:question|thing)|not\s+about\s+this(?:\s+(?:one|request))?|niet\s+over\s+dit|staat\s+hier\s+los\s+van)\b\s*[:,\-–—]?\s*|(?:voor\s+(?:een|de)\s+volgende\s+keer|next\s+time)\s*[:,]\s*|\p{L}+\s*,\s*|\p{L}+\s+[-–—]\s+)`)
	// A request to act: "kun je", "zet je", "vraag je", "could you", "can someone".
	bareYesActOpen = regexp.MustCompile(`^(?:kun|kunt|kan|kunnen|wil|wilt|willen|zou|zouden|zet|neem|vraag|laat|stuur|bel|regel|mail|geef|hou|houd|doe|maak|breng|check|could|can|would|will|please)\s+(?:\w+\s+)?(?:je|jij|jullie|u|ze|zij|hij|iemand|you|someone|somebody|anyone|they)\b`)
	// A request that a named colleague pass a practical fact on: "Kan Ton de leverancier
	// laten weten dat de sleutel bij de beheerder ligt?", "Could Mark tell the caretaker …?".
	bareYesPassOn = regexp.MustCompile(`^(?:kan|kunnen|wil|zou|could|can|would|will)\s+(\p{L}+)\s+(?:\p{L}+\s+){0,3}?(?:laten\s+weten|doorgeven|informeren|inlichten|vertellen|melden|let\s+\p{L}+\s+know|tell|inform)\s+(?:\p{L}+\s+){0,3}?(?:dat|that)\b`)
	// Someone's availability in an explanation: "Die is er alleen op dinsdag en donderdag",
	// "he's only in on Mondays". Its "alleen"/"only" limits the person, not the approval.
	bareYesAvailability = regexp.MustCompile(`\b(?:die|hij|zij|ze|he|she|they|hes|shes|theyre)\s+(?:is|zijn|werkt|werken|komt|komen|are|works|work|comes|come)?\s*(?:er|there|in)?\s*(?:alleen|enkel|only)\s+(?:(?:op|on|in|tussen|between|van|from|s)\s+){0,2}(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\w*|ochtend\w*|middag\w*|morning\w*|afternoon\w*|weekday\w*|werkdag\w*)\b`)
	// A question for information about another matter: "weet jij …", "wie had hem als laatste".
	bareYesInfoOpen = regexp.MustCompile(`^(?:weet|weten)\s+(?:jij|je|jullie|u|iemand)\b|^(?:do|does)\s+(?:you|anyone|someone)\s+know\b`)
	// An information question that points at the request or at a check of it.
	bareYesInfoUnsafe = regexp.MustCompile(`\b(?:dit|deze|this|these|aanvraag|aangevraagd|verzoek|request\w*|offerte\w*|quote\w*|checked|gecheckt|gecontroleerd|gevraagd|asked|besproken|discussed|overlegd|afgestemd|heard|gehoord|akkoord|goedgekeurd|approved)\b`)
	// What an explanation after a remark question may not hold besides the core features: a
	// part left out ("Zonder sleutel alleen de voorkant doen"), "otherwise" ("Anders niet."),
	// the request's price.
	bareYesExplanationUnsafe = regexp.MustCompile(`\b(?:alleen|enkel|uitsluitend|only|behalve|except|zonder\s+\w|without|skip|schrap\w*|weglaten|anders|otherwise|else|bedrag\w*|amount|prijs\w*|price\w*|duur|duurder|expensive|pricey|budget\w*|begroting\w*)\b`)
	// What keeps such a question from being a remark.
	bareYesQuestionUnsafe = regexp.MustCompile(`\b(?:prijs\w*|price\w*|kost\w*|cost\w*|duur\w*|expensive|goedkoper|goedkoop\w*|cheaper|cheap\w*|btw|vat|incl\w*|excl\w*|budget\w*|begroting\w*|geld|money|bedrag\w*|amount|betaal\w*|betaalt|pay\w*|factuur|invoice|nodig|noodzakelijk|necessary|need\w*|waarom|why|echt|really|zeker|sure|alternati\w*|instead|liever|rather|beter|better|anders|otherwise|offertes|quotes|(?:tweede|andere|nieuwe|extra|meer|nog\s+een|second|another|other|more|new)\s+(?:\w+\s+)?(?:offerte|quote|prijsopgave)\w*|vergelijk\w*|compar\w*|minder|less|lager|lower|korting\w*|discount\w*|eerst|first|voordat|before|vooraf|garantie|warranty|verzekering|insurance|of\s+niet|or\s+not)\b`)
	// "vraag je of ze …": asking the supplier something practical, no check first (what is
	// asked is read with the rest).
	bareYesAskThem = regexp.MustCompile(`^vraag\s+(?:je|jij|jullie|u)\s+(?:\w+\s+){0,3}of\b`)
	// "weet jij of …": whether, no choice between two.
	bareYesKnowWhether = regexp.MustCompile(`\b(?:weet|weten)\s+(?:\w+\s+)?of\b|\bof\s+(?:the|a|an|our|my|your|this|that|these|those|it|them|us|his|her|their)\b`)
	// "als ze er toch zijn": since they are there anyway, no condition.
	bareYesAnyway = regexp.MustCompile(`\b(?:als|nu)\s+(?:\w+\s+){1,3}toch\b`)
	// A condition or cap that limits: the core words, with an amount for a cap.
	bareYesCondition = regexp.MustCompile(`\b(?:mits|tenzij|op\s+voorwaarde|voorwaarde\w*|alleen\s+als|alleen\s+indien|enkel\s+als|only\s+if|provided|providing|as\s+long\s+as|so\s+long\s+as|unless|zolang|als|indien|if)\b`)
)

// The practical-question class: after a bare yes, a question that asks a colleague or the
// supplier to do or find out something practical, asks when the work happens, or adds a
// small job for the same visit is a remark, as is one the writer marks as another matter.
var (
	// "Kan de monteur meteen even kijken naar …?", "Could the fitter also …?": an extra
	// job for the same visit; "Kan de oude NAS daarna nog ergens voor gebruikt worden?":
	// what becomes of the old thing.
	bareYesSameVisit = regexp.MustCompile(`^(?:(?:kan|kunnen|mag|mogen|could|can)\s+(?:ze|zij|hij|they|he)\s+(?:dan\s+)?(?:ook|meteen|tegelijk|also)\b|(?:kan|kunnen|mag|mogen|could|can)\s+(?:de|het|die|the)\s+(?:oude\s+\p{L}+|old\s+\p{L}+|\p{L}+\s+(?:\p{L}+\s+)?(?:meteen|ook|tegelijk|also|while\s+(?:hes|shes|theyre|they\s+are|he\s+is|she\s+is)\s+there|at\s+the\s+same\s+time))\b)`)
	// "bewaar je de factuur even apart?", "keep the invoice aside": keeping a paper, not
	// who pays.
	bareYesKeepPaper = regexp.MustCompile(`^(?:bewaar|bewaren|archiveer|keep|file|save)\s+(?:\p{L}+\s+){0,2}(?:de|het|the)\s+(?:factuur|invoice|bon|bonnetje|receipt|pakbon)\b`)
	// "Could you ask Kestrel whether …?": asking the supplier something practical.
	bareYesAskThemEn = regexp.MustCompile(`^(?:could|can|would|will)\s+(?:you|someone|anyone)\s+(?:please\s+)?ask\s+(?:\p{L}+\s+){1,3}(?:whether|if)\b`)
	// "bel je ze meteen?", "call them": calling the supplier, not "bel je me even?".
	bareYesCallThem = regexp.MustCompile(`\b(?:bel|bellen|call|ring)\s+(?:(?:je|jij|jullie|u|you)\s+)?(?:ze|hen|hem|haar|them|him|her|de\s+\p{L}+|het\s+\p{L}+|the\s+\p{L}+)\b`)
	// A clock time: "before 8:30 or after 18:00", "na 16.00 uur": when, not a step first.
	bareYesClock = regexp.MustCompile(`\b(?:before|after|voor|na|tussen|between|om|at|by)\s+\d{1,2}(?:[:.]\d{2})?(?:\s*(?:uur|u|am|pm|h))?\b`)
	// A purpose clause: "so the toddlers aren't around": its "not" limits nothing.
	bareYesPurpose = regexp.MustCompile(`\b(?:so|zodat)\s+(?:the|de|het|we|they|ze|die|our|onze)\b.*$`)
	// A part of the work: "… laten weten dat het alleen de voorkant is?".
	bareYesPart = regexp.MustCompile(`\b(?:alleen|enkel|uitsluitend|only|behalve|except)\b`)
	// A label that marks the question as another matter.
	bareYesOtherMatter = regexp.MustCompile(`^(?:ps|pps|p\s*s|overigens|trouwens|unrelated|los\s+hiervan|ander\s+punt|(?:an)?other\s+(?:thing|matter)|by\s+the\s+way|btw)\b`)
	// "does anyone know if …": whether, no condition.
	bareYesKnowIf = regexp.MustCompile(`\b(?:know|knows|wonder|wondering)\s+if\b`)
)

// bareYesRemarkQuestion reports a question sentence (folded) after a bare yes that is a
// remark (see above).
func bareYesRemarkQuestion(s string) bool {
	q, marked := s, false
	for i := 0; i < 3; i++ {
		loc := bareYesLabel.FindStringIndex(q)
		if loc == nil || loc[1] == 0 {
			break
		}
		marked = marked || bareYesOtherMatter.MatchString(q[:loc[1]])
		q = q[loc[1]:]
	}
	// A question the writer marks as another matter ("Unrelated - who can I ask for …?")
	// may open any way; it is read for the same features.
	practical := (marked && !bareYesInfoUnsafe.MatchString(q)) || bareYesSameVisit.MatchString(q) || bareYesKeepPaper.MatchString(q) || bareYesAskThemEn.MatchString(q)
	if info := bareYesInfoOpen.MatchString(q); (!practical && !bareYesActOpen.MatchString(q) && !bareYesPassOnQ(q) && !info) || (info && bareYesInfoUnsafe.MatchString(q)) {
		return false
	}
	q = bareYesKnowIf.ReplaceAllString(bareYesClock.ReplaceAllString(q, " "), " ")
	q = bareYesAskThemEn.ReplaceAllString(q, " ")
	if yfNextTime.MatchString(q) && !yfNow.MatchString(q) {
		q = yfNextTime.ReplaceAllString(q, " ") // a wish for next time speaks of no "first"
	} else if yfDefer.MatchString(bareYesCallThem.ReplaceAllString(bareYesAskThem.ReplaceAllString(q, " "), " ")) && !yfQuestionWhether.MatchString(q) {
		return false
	}
	u := bareYesKeepPaper.ReplaceAllString(q, " ")
	c := yfComparison.ReplaceAllString(bareYesAnyway.ReplaceAllString(q, " "), " ") // "dezelfde invaller als vorige keer"
	return !bareYesPart.MatchString(q) && !yfRetract.MatchString(q) && !yfDecision.MatchString(q) && !yfDoubt.MatchString(q) &&
		!yfVetoCap.MatchString(q) && !bareYesCondition.MatchString(c) && !bareYesQuestionUnsafe.MatchString(u) &&
		!yfNegation.MatchString(yfNegationFree.ReplaceAllString(bareYesPurpose.ReplaceAllString(q, " "), " ")) && !yfOf.MatchString(bareYesKnowWhether.ReplaceAllString(yfQuestionWhether.ReplaceAllString(bareYesAskThem.ReplaceAllString(q, " "), " "), " ")) &&
		!yfButLater.MatchString(q)
}

// bareYesExplanationClean reports a statement after a remark question that only explains
// it: no withdrawal, doubt, decision, cap with an amount, step first, condition, alternative,
// contrast or word of the request's price.
func bareYesExplanationClean(s string) bool {
	s = bareYesAvailability.ReplaceAllString(s, " ") // "Die is er alleen op dinsdag en donderdag."
	s = bareYesHearFromYou.ReplaceAllString(bareYesStreaks.ReplaceAllString(s, " "), " ")
	if m := bareYesOptional.FindStringSubmatch(s); m != nil {
		s = bareYesAnyway.ReplaceAllString(m[1], " ") // "Hoeft niet, als hij toch onder het plafond zit."
	}
	if m := bareYesOtherwise.FindStringSubmatch(s); m != nil && len(strings.Fields(m[1])) >= 3 && !bareYesOtherwiseNot.MatchString(m[1]) {
		s = m[1] // "Anders gaan we met de trein.": what happens without it, no "anders niet"
	}
	return !yfRetract.MatchString(s) && !yfDecision.MatchString(s) && !yfDoubt.MatchString(s) &&
		!yfVetoCap.MatchString(s) && !yfVetoFirst.MatchString(s) && !bareYesCondition.MatchString(yfComparison.ReplaceAllString(s, " ")) &&
		!yfAlternative.MatchString(s) && !yfButLater.MatchString(s) && !yfDefer.MatchString(yfWithoutFacts(s)) && !bareYesExplanationUnsafe.MatchString(s)
}

// In an explanation after a remark question: "Anders gaan we met de trein", "Otherwise it
// goes to the kitchen" (what happens without the practical thing, but not "anders niet",
// "otherwise no"); "Maar dat hoor ik wel van je"; a printer that "trekt strepen".
var (
	bareYesOtherwise    = regexp.MustCompile(`^(?:anders|otherwise|else)\s*,?\s+(.*)$`)
	bareYesOtherwiseNot = regexp.MustCompile(`\b(?:niet|geen|niks|niets|nooit|no|not|nothing|never|dont|doesnt|wont|cant|hoeft|hoeven|forget|vergeet|laat|skip|cancel\w*|annuleer\w*|stop\w*|wacht\w*|wait\w*|later|duur\w*|goedkoper|cheaper|expensive|kost\w*|cost\w*|prijs\w*|price\w*)\b`)
	bareYesHearFromYou  = regexp.MustCompile(`^(?:maar\s+)?dat\s+hoor\s+ik\s+(?:dan\s+)?(?:wel|graag)\b.*$`)
	bareYesOptional     = regexp.MustCompile(`^(?:hoeft\s+niet|is\s+geen\s+voorwaarde|geen\s+voorwaarde|not\s+a\s+condition|no\s+need|not\s+essential)\b\s*,?\s*(.*)$`)
	bareYesStreaks      = regexp.MustCompile(`\btrek\w*\s+(?:\p{L}+\s+)?strepen\b`)
)

// bareYesPassOnQ reports bareYesPassOn with a colleague named, not "het"/"we"/"ik".
func bareYesPassOnQ(q string) bool {
	m := bareYesPassOn.FindStringSubmatch(q)
	return m != nil && !bareYesPassOnNot[m[1]]
}

var bareYesPassOnNot = set("het", "dit", "dat", "it", "this", "that", "we", "wij", "ik", "i", "er", "there", "je", "jij", "u", "you")
