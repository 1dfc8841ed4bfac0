package mail

// Three readings of what approvers write besides the keywords:
//
//   - a reply that is only a clear yes ("Ja, doe maar.", "Prima, ga je gang", "Geen
//     bezwaar.", "Go ahead", "Fine by me") approves; a lone "OK", "Prima" or "👍" is an
//     acknowledgement as often as a yes and stays no decision;
//   - a decision may follow a lead-in that says how it was reached ("Namens Marieke:
//     akkoord", "Na overleg met de wethouder: akkoord", "Ik heb het nagevraagd bij
//     financiën en het is akkoord") or a sentence of thanks ("Dank voor het uitzoeken.
//     Akkoord, …");
//   - a refusal followed by what to do instead ("Niet akkoord, eerst overleggen met X",
//     "No, please hold off") is a refusal, not a deferral.

import "strings"

// Assent phrases, folded. A strong one is a yes by itself; a weak one ("ok", "prima",
// "👍", thanks) may go with a strong one but is no yes alone.
var (
	strongAssent = phraseList(
		"ja", "yes", "jazeker", "jawel", "jep", "yep", "yup", "zeker", "zeker weten", "absoluut",
		"certainly", "absolutely", "definitely", "natuurlijk", "tuurlijk", "of course", "sure",
		"doe maar", "doe het maar", "doe dat maar", "doe dan maar", "doen", "doen we",
		"ga je gang", "ga uw gang", "ga gerust je gang", "ga gerust uw gang", "ga je gang maar",
		"ga maar je gang", "ga maar", "ga door", "ga maar door", "ga verder", "go ahead",
		"please go ahead", "go for it", "proceed", "please proceed", "groen licht", "green light",
		"bestel maar", "eens", "mee eens", "helemaal mee eens", "ermee eens", "het ermee eens",
		"agree", "i agree", "we agree", "fully agree", "geen bezwaar", "geen enkel bezwaar",
		"geen bezwaren", "ik heb geen bezwaar", "ik heb er geen bezwaar tegen", "geen bezwaar tegen",
		"daar heb ik geen bezwaar tegen", "wij hebben geen bezwaar", "we hebben geen bezwaar",
		"geen bezwaar van mijn kant", "van mijn kant geen bezwaar", "wat mij betreft geen bezwaar",
		"van mij geen bezwaar", "i have no objection", "i have no objections", "no objection from me",
		"no objections from me", "no objection", "no objections", "fine by me", "fine with me", "ok by me",
		"ok with me", "okay by me", "okay with me", "ok voor mij", "oke voor mij", "okay voor mij",
		"prima voor mij", "goed voor mij", "prima wat mij betreft", "wat mij betreft prima",
		"wat mij betreft ok", "wat mij betreft goed", "mag van mij", "van mij mag het",
		"van mij mag dat", "works for me", "good to go")
	weakAssent = phraseList(
		"ok", "oke", "okay", "okee", "okido", "prima", "goed", "prima zo", "top", "perfect", "mooi",
		"super", "great", "fine", "sounds good", "klinkt goed", "klinkt prima", "helder",
		"duidelijk", "hoor", "dus", "gerust", "dat is goed", "is goed", "dat is prima", "is prima",
		"dat is ok", "is ok", "alright", "all right", "cool", "bedankt", "dank", "dank je",
		"dank je wel", "dank u", "dank u wel", "thanks", "thank you", "thx", "merci",
		"👍", "✅", "✔", "👌", "🙂", "😊", "😀", "😃", "🎉", "💪", "🙏", "☺", "👏",
		"🏻", "🏼", "🏽", "🏾", "🏿")

	// Words of a thanks sentence around a decision: "Dank voor het uitzoeken."
	thanksStart = set("dank", "bedankt", "thanks", "thank", "merci", "thx", "tnx")
	thanksWords = set("uitzoeken", "regelen", "melden", "navragen", "checken", "moeite", "werk",
		"voorbereiding", "overzicht", "alvast", "goede", "good", "work", "checking", "sorting",
		"out", "this", "dit", "dat", "het", "looking", "into", "it", "heel", "erg", "very", "much",
		"snel", "sending", "sturen", "opsturen", "doorsturen", "info")

	// A lead-in that says how the decision was reached: "Namens Marieke:", "Na overleg
	// met de wethouder:", "Besproken in het MT —", "Ik heb het nagevraagd bij financiën en".
	leadInMarkers = set("namens", "behalf", "overleg", "overlegd", "ruggespraak", "afstemming", "afgestemd",
		"bespreking", "besproken", "navraag", "nagevraagd", "gecheckt", "gecontroleerd", "nagekeken",
		"uitgezocht", "samenspraak", "discussed", "discussing", "discussion", "consulted", "consulting",
		"checked", "checking", "reviewed", "reviewing", "spoke", "spoken", "talked", "speaking", "talking",
		"confirmed")

	// Permissions that contradict a refusal in the same reply: "No, go ahead" answers
	// "any objection?" rather than the request.
	permissionPhrases = phraseList("go ahead", "ga je gang", "ga uw gang", "doe maar", "proceed",
		"go for it", "groen licht", "green light", "geen bezwaar", "no objection", "no objections")

	// Not-yet words that keep a refusal from being final: "Nee, nog niet".
	notYetPhrases = [][]string{{"nog", "niet"}, {"not", "yet"}, {"nog", "geen"}, {"later"}, {"nu", "niet"},
		{"not", "now"}, {"yet"}, {"voorlopig"}, {"for", "now"}}
	// What makes a bare "Nee"/"No" a refusal despite a deferral: "No, please hold off".
	stopPhrases = [][]string{{"hold", "off"}, {"on", "hold"}, {"stop"}, {"stoppen"}, {"even", "niet"}}
)

func phraseList(items ...string) [][]string {
	out := make([][]string, 0, len(items))
	for _, it := range items {
		if ws := phraseWords(it); len(ws) > 0 {
			out = append(out, ws)
		}
	}
	return out
}

// longestAt returns the number of words of the longest phrase of list at words[i:].
func longestAt(words []string, i int, list [][]string) int {
	best := 0
	for _, p := range list {
		if len(p) <= best || i+len(p) > len(words) {
			continue
		}
		ok := true
		for k, w := range p {
			if words[i+k] != w {
				ok = false
				break
			}
		}
		if ok {
			best = len(p)
		}
	}
	return best
}

// shortAssent reports a new text that, apart from greeting, thanks and a signed name,
// is only a clear yes, and returns the byte range of the yes. A question mark
// anywhere, or any word that is not part of an assent, and it is no yes.
func (a *analysis) shortAssent(text string) (from, to int, ok bool) {
	base := a.toks[a.contentStart].start
	body := dropTrailingNames(text[base:])
	toks := tokenize(body)
	type sentence struct{ words, idx []int }
	var sents []sentence
	for j, t := range toks {
		if t.kind == tkEnd && t.norm == "?" {
			return 0, 0, false
		}
		if t.kind != tkWord || t.norm == "" {
			continue // a variation selector after an emoji folds to nothing
		}
		for len(sents) <= t.sent {
			sents = append(sents, sentence{})
		}
		sents[t.sent].idx = append(sents[t.sent].idx, j)
	}
	strong, first, last := false, -1, -1
	for _, s := range sents {
		if len(s.idx) == 0 {
			continue
		}
		words := make([]string, len(s.idx))
		for k, j := range s.idx {
			words[k] = toks[j].norm
		}
		if thanksSentence(words) {
			continue
		}
		for i := 0; i < len(words); {
			n := longestAt(words, i, strongAssent)
			if n > 0 {
				strong = true
			} else if n = longestAt(words, i, weakAssent); n == 0 {
				return 0, 0, false
			}
			if first < 0 {
				first = s.idx[i]
			}
			last = s.idx[i+n-1]
			i += n
		}
	}
	if !strong {
		return 0, 0, false
	}
	return base + toks[first].start, base + toks[last].end, true
}

// thanksSentence reports a sentence of thanks only: "Dank voor het uitzoeken",
// "Thanks for sorting this out".
func thanksSentence(words []string) bool {
	if len(words) == 0 || len(words) > 8 || !thanksStart[words[0]] {
		return false
	}
	for _, w := range words {
		if !thanksStart[w] && !pleasantryWords[w] && !thanksWords[w] {
			return false
		}
	}
	return true
}

// dropTrailingNames removes up to four trailing lines that are only a name or title
// ("Marieke", "Jan de Boer"), as long as something remains: a lone "Ja" is no name.
func dropTrailingNames(s string) string {
	lines := strings.Split(strings.TrimRight(s, " \t\n"), "\n")
	for n := 0; n < 4 && len(lines) > 1; n++ {
		l := strings.TrimSpace(lines[len(lines)-1])
		if l != "" && !isNameLine(l) {
			break
		}
		lines = lines[:len(lines)-1]
	}
	return strings.Join(lines, "\n")
}

// afterLeadIn reports an approval that follows a lead-in saying how it was reached, in
// the same sentence after a colon, dash, comma or "en" ("Namens Marieke: akkoord",
// "Ik heb het nagevraagd bij financiën en het is akkoord"), or opening the sentence
// after a lead-in or thanks sentence ("Besproken in het MT. Akkoord, …", "Dank voor
// het uitzoeken. Akkoord, …"). Only filler words may come between the lead-in and the
// phrase; the lead-in holds no condition, negation, hedge or question.
func (a *analysis) afterLeadIn(mt match) bool {
	if mt.cat != catApprove || mt.first <= a.contentStart {
		return false
	}
	sent := a.toks[mt.first].sent
	switch sent {
	case a.firstSent:
		// The lead-in and the decision in one sentence: find the last separator.
		sep := -1
		for j := a.contentStart; j < mt.first; j++ {
			t := a.toks[j]
			if (t.kind == tkClause && t.norm != "(" && t.norm != ")") || (t.kind == tkWord && (t.norm == "en" || t.norm == "and")) {
				sep = j
			}
		}
		if sep < 0 {
			return false
		}
		n := 0
		for j := sep + 1; j < mt.first; j++ {
			if a.toks[j].kind == tkWord {
				if !fillerWords[a.toks[j].norm] || n >= 4 {
					return false
				}
				n++
			}
		}
		return a.leadIn(a.contentStart, sep)
	case a.firstSent + 1:
		from, to := a.sentenceBounds(a.firstSent)
		if from < a.contentStart {
			from = a.contentStart
		}
		var words []string
		for j := from; j < to; j++ {
			if a.toks[j].kind == tkWord {
				words = append(words, a.toks[j].norm)
			}
		}
		if to < len(a.toks) && a.toks[to].norm == "?" {
			return false
		}
		if !thanksSentence(words) && !a.leadIn(from, to) {
			return false
		}
		// The decision opens its sentence.
		start, _ := a.sentenceBounds(sent)
		n := 0
		for j := start; j < mt.first; j++ {
			if a.toks[j].kind == tkWord {
				if !fillerWords[a.toks[j].norm] || n >= 4 {
					return false
				}
				n++
			}
		}
		return true
	}
	return false
}

// leadIn reports whether the words in toks[from:to] are a lead-in: at most twelve
// words with a marker among the first six, and nothing that limits or questions.
func (a *analysis) leadIn(from, to int) bool {
	n, marker := 0, false
	for j := from; j < to; j++ {
		t := a.toks[j]
		if t.kind == tkEnd && t.norm == "?" {
			return false
		}
		if t.kind != tkWord {
			continue
		}
		w := t.norm
		if negators[w] || conditionalWords[w] || hedgeWords[w] || questionWords[w] || questionStart[w] ||
			w == "maar" || w == "but" || w == "nog" || w == "still" || w == "eerst" || w == "first" {
			return false
		}
		if leadInMarkers[w] && n < 6 {
			marker = true
		}
		n++
	}
	return marker && n > 0 && n <= 12
}

// refusalWithNextStep reports a refusal that stands although a deferral follows it:
// the refusal opens the first sentence, no "nog niet"/"not yet" makes it temporary, and
// a bare "Nee"/"No" is followed by a request to stop ("No, please hold off") rather
// than by "ik kom erop terug".
func (a *analysis) refusalWithNextStep(mt match) bool {
	if a.toks[mt.first].sent != a.firstSent || !a.opensClause(mt) {
		return false
	}
	from, _ := a.sentenceBounds(a.firstSent)
	_, to := a.sentenceBounds(a.firstSent + 1)
	if to < from {
		to = len(a.toks)
	}
	if a.anyPhrase(from, to, notYetPhrases) {
		return false
	}
	if mt.first == mt.last && genericNo[a.toks[mt.first].norm] {
		return a.anyPhrase(from, to, stopPhrases)
	}
	return true
}

func (a *analysis) anyPhrase(from, to int, list [][]string) bool {
	for j := from; j < to && j < len(a.toks); j++ {
		if a.toks[j].kind != tkWord {
			continue
		}
		for _, p := range list {
			if a.toks[j].norm != p[0] {
				continue
			}
			if last, ok := matchAt(a.toks, j, p); ok && last < to {
				return true
			}
		}
	}
	return false
}

// grantsPermission reports a yes opening the text, or a permission in it ("go ahead",
// "ga je gang", "doe maar") that no negation follows in its clause ("doe maar niet").
func (a *analysis) grantsPermission() bool {
	switch a.toks[a.contentStart].norm {
	case "ja", "yes", "jazeker", "jawel", "yep", "yup":
		return true // "Ja. Nee.", "Yes, no objection… no": a yes first
	}
	var words []string
	var idx []int
	for j := a.contentStart; j < len(a.toks); j++ {
		if a.toks[j].kind == tkWord {
			words = append(words, a.toks[j].norm)
			idx = append(idx, j)
		}
	}
	for i := range words {
		n := longestAt(words, i, permissionPhrases)
		if n == 0 {
			continue
		}
		last := idx[i+n-1]
		if nx := nextWord(a.toks, last); nx >= 0 && a.toks[nx].clause == a.toks[last].clause && negators[a.toks[nx].norm] {
			continue
		}
		return true
	}
	return false
}
