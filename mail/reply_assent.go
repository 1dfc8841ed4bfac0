package mail

// Readings of what approvers write besides the keywords:
//
//   - a reply that is only a clear yes ("Ja, doe maar.", "Prima, ga je gang", "Geen
//     bezwaar.", "Go ahead", "Fine by me", "OK to proceed") approves, and so does a verbal
//     OK by itself ("Ok", "Prima", "Is goed", "Sounds good"), also before a remark about
//     next time ("Oké voor nu, maar volgende keer graag eerder melden."); a lone "👍" or a
//     word for "understood" ("Helder", "Noted") stays no decision;
//   - a decision may follow a lead-in that says how it was reached ("Namens Marieke:
//     akkoord", "Na overleg met de wethouder: akkoord", "Ik heb het nagevraagd bij
//     financiën en het is akkoord") or a sentence of thanks ("Dank voor het uitzoeken.
//     Akkoord, …");
//   - a refusal followed by what to do instead ("Niet akkoord, eerst overleggen met X",
//     "No, please hold off") is a refusal, not a deferral; so is a refusal that
//     concludes the reasons before it ("… dat gaan wij niet betalen. Dus: niet akkoord.
//     Laat ze het onder de SLA oppakken.") and a softened no ("Nee hoor, niet nodig.").

import "strings"

// Assent phrases, folded. A strong one is a yes by itself; a weak one ("ok", "prima",
// "👍", thanks) may go with a strong one but is no yes alone.
var (
	strongAssent = phraseList(
		"ja", "yes", "jazeker", "jawel", "jep", "yep", "yup", "zeker", "zeker weten", "absoluut",
		"certainly", "absolutely", "definitely", "natuurlijk", "tuurlijk", "uiteraard", "of course", "sure",
		"laten doen", "laat maar doen", "doorgaan", "gewoon doorgaan", "go",
		"doe maar", "doe het maar", "doe dat maar", "doe dan maar", "doen", "doen we",
		"ga je gang", "ga uw gang", "ga gerust je gang", "ga gerust uw gang", "ga je gang maar",
		"ga maar je gang", "ga maar", "ga door", "ga maar door", "ga verder", "go ahead",
		"please go ahead", "go ahead with it", "go ahead with that", "go ahead with this", "go ahead with them",
		"go for it", "proceed", "please proceed", "groen licht", "green light",
		"bestel maar", "eens", "mee eens", "helemaal mee eens", "ermee eens", "het ermee eens",
		"agree", "i agree", "we agree", "fully agree", "geen bezwaar", "geen enkel bezwaar",
		"geen bezwaren", "ik heb geen bezwaar", "ik heb er geen bezwaar tegen", "geen bezwaar tegen",
		"daar heb ik geen bezwaar tegen", "wij hebben geen bezwaar", "we hebben geen bezwaar",
		"geen bezwaar van mijn kant", "van mijn kant geen bezwaar", "wat mij betreft geen bezwaar",
		"van mij geen bezwaar", "i have no objection", "i have no objections", "no objection from me",
		"no objections from me", "no objection", "no objections", "fine by me", "fine with me", "ok by me",
		"ok with me", "okay by me", "okay with me", "ok voor mij", "oke voor mij", "okay voor mij",
		"prima voor mij", "goed voor mij", "ok van mij", "oke van mij", "okay van mij", "prima van mij",
		"thats fine by me", "thats fine with me", "thats ok with me", "thats okay with me", "thats ok by me",
		"prima wat mij betreft", "wat mij betreft prima",
		"wat mij betreft ok", "wat mij betreft goed", "mag van mij", "van mij mag het",
		"van mij mag dat", "works for me", "good to go", "ok to proceed", "okay to proceed",
		"ok to go ahead", "okay to go ahead", "you may proceed", "you can proceed", "you may go ahead",
		"you can go ahead", "feel free to proceed", "feel free to go ahead", "je mag doorgaan",
		"je kunt doorgaan", "u mag doorgaan", "u kunt doorgaan", "je kan doorgaan",
		// Go-aheads: "Top, graag doen", "dus: doen", "Geen bezwaar, gaat door.".
		"graag doen", "doen graag", "dus doen", "gaat door", "kan doorgaan", "mag doorgaan",
		// A yes named as a noun, mirroring "that's a no from me": "That's a yes from me".
		"thats a yes", "thats a yes from me", "its a yes", "its a yes from me", "a yes from me",
		"thats a yes from us", "its a yes from us", "a yes from us", "thats a clear yes", "its a clear yes",
		"dat is een ja", "het is een ja", "een ja van mij", "dat is een ja van mij", "het is een ja van mij",
		"een ja van mijn kant", "dat wordt een ja", "het wordt een ja")
	weakAssent = phraseList(
		"ok", "oke", "okay", "okee", "okido", "prima", "goed", "prima zo", "top", "perfect", "mooi", "graag", "please",
		"in orde", "is in orde", "dat is in orde", "moet gebeuren", "moet gewoon gebeuren", "moet echt gebeuren",
		"dat moet gebeuren", "dit moet gebeuren", "moet toch gebeuren", "has to be done", "needs to be done",
		"needs doing", "has to happen", "must be done",
		"super", "great", "grand", "fine", "good", "sounds good", "klinkt goed", "klinkt prima", "helder",
		"duidelijk", "hoor", "dus", "gerust", "dat is goed", "is goed", "dat is prima", "is prima",
		"dat is ok", "is ok", "alright", "all right", "cool", "bedankt", "dank", "dank je",
		"dank je wel", "dank u", "dank u wel", "thanks", "thank you", "thx", "merci",
		"👍", "✅", "✔", "👌", "🙂", "😊", "😀", "😃", "🎉", "💪", "🙏", "☺", "👏",
		"🏻", "🏼", "🏽", "🏾", "🏿", "helemaal goed", "helemaal prima", "prima hoor",
		// "Yep, all good, go for it", "Ja, alles prima, ga je gang".
		"all good", "all fine", "alles goed", "alles prima", "allemaal prima", "allemaal goed",
		// Whose view it is, and softening particles: "groen licht wat mij betreft", "prima joh".
		"wat mij betreft", "wat ons betreft", "van mijn kant", "van onze kant", "from my side",
		"from our side", "as far as im concerned", "as far as i am concerned", "joh", "he",
		// Interjections that open a reply and say nothing by themselves: "Right, no objections."
		"right", "well", "nou", "oh", "ah", "so",

		// A positive opinion is no yes by itself, and no condition before one: "Dat lijkt
		// me verstandig, dus: doen", "This looks fine to me, go ahead".
		"dat lijkt me verstandig", "dit lijkt me verstandig", "lijkt me verstandig", "dat lijkt me prima",
		"dit lijkt me prima", "lijkt me prima", "dat lijkt me goed", "dit lijkt me goed", "lijkt me goed",
		"dat lijkt me redelijk", "dit lijkt me redelijk", "lijkt me redelijk", "dat klinkt redelijk",
		"this looks fine to me", "this looks good to me", "this looks reasonable to me", "looks fine to me",
		"looks good to me", "looks reasonable to me", "this seems reasonable", "seems reasonable to me",
		"that seems sensible", "this seems sensible", "lgtm")

	// Freedom of timing, no condition: "Laat ze maar beginnen zodra het ze uitkomt", "als
	// het u schikt", "whenever it suits them". A weak assent in a short reply; the analysis
	// (conditional) and the approval guard (guardTimingFreedom) do not read a condition in it.
	timingFreedom = timingFreedomPhrases()

	// A verbal OK that answers a request for approval: "Ok", "Prima", "Is goed", "Sounds
	// good". Alone (with greeting, thanks, name or emoji) it approves; an emoji alone or a
	// word for "understood" ("helder", "duidelijk") does not.
	okAssent = phraseList("ok", "oke", "okay", "okee", "okido", "prima", "prima zo", "is goed",
		"dat is goed", "is prima", "dat is prima", "is ok", "dat is ok", "fine", "sounds good",
		"klinkt goed", "klinkt prima", "alright", "all right", "helemaal goed", "helemaal prima", "prima hoor",
		"dat is helemaal goed", "is helemaal goed", "dat is helemaal prima")
	// A verbal OK that stays a yes before a practical remark; a bare "Ok" does not ("Ok.
	// Ik zit in overleg." may only say the mail was read).
	okRemarkAssent = phraseList("is goed", "dat is goed", "is prima", "dat is prima", "klinkt goed",
		"klinkt prima", "sounds good", "helemaal goed", "helemaal prima", "dat is helemaal goed",
		"is helemaal goed", "dat is helemaal prima")
	// Words that make a remark after a verbal OK about handling the request later rather
	// than practical: "Is goed. Ik kijk er morgen naar.", "Ik neem het mee naar het MT".
	okRemarkUnsafe = set("er", "het", "dit", "dat", "ernaar", "hiernaar", "daarnaar", "erop", "hierop", "it",
		"this", "that", "kijk", "kijken", "bekijk", "bekijken", "neem", "meenemen", "look", "review", "reageer",
		"reageren", "terug", "later", "weten", "mt", "overleg", "overleggen", "bel", "bellen",
		"call", "spreken", "spreek", "talk")
	understoodWords = set("helder", "duidelijk", "begrepen", "noted", "understood", "gezien", "gelezen",
		"ontvangen", "received", "genoteerd")

	// "voor nu" / "for now" after an OK, allowed only when a remark about next time follows.
	forNowAssent = phraseList("voor nu", "for now")

	// A remark about next time after an assent: "…, maar volgende keer graag eerder melden".
	nextTimePhrases = [][]string{{"volgende", "keer"}, {"next", "time"}, {"in", "het", "vervolg"},
		{"in", "de", "toekomst"}, {"voortaan"}, {"in", "future"}, {"in", "the", "future"},
		{"from", "now", "on"}, {"going", "forward"}, {"een", "volgende", "keer"}}

	// Words that make a next-time remark about now, or a condition: "maar volgende keer
	// eerst …", "maar nu niet".
	nextTimeUnsafe = set("nu", "now", "eerst", "first", "voordat", "before", "pas", "alleen", "only", "enkel",
		"wacht", "wachten", "wait", "ditmaal")
	nowPhrases = [][]string{{"deze", "keer"}, {"dit", "keer"}, {"this", "time"}, {"deze", "aanvraag"},
		{"dit", "verzoek"}, {"this", "request"}, {"this", "one"}}

	// Words of a thanks sentence around a decision: "Dank voor het uitzoeken."
	thanksStart = set("dank", "bedankt", "thanks", "thank", "merci", "thx", "tnx")
	thanksWords = set("uitzoeken", "regelen", "melden", "navragen", "checken", "moeite", "werk",
		"voorbereiding", "overzicht", "alvast", "goede", "good", "work", "checking", "sorting",
		"out", "this", "dit", "dat", "het", "looking", "into", "it", "heel", "erg", "very", "much",
		"snel", "sending", "sturen", "opsturen", "doorsturen", "info", "heldere", "duidelijke",
		"uitgebreide", "snelle", "clear", "detailed", "quick")

	// A lead-in that says how the decision was reached: "Namens Marieke:", "Na overleg
	// met de wethouder:", "Besproken in het MT —", "Ik heb het nagevraagd bij financiën en".
	leadInMarkers = set("namens", "behalf", "overleg", "overlegd", "ruggespraak", "afstemming", "afgestemd",
		"bespreking", "besproken", "navraag", "nagevraagd", "gecheckt", "gecontroleerd", "nagekeken",
		"uitgezocht", "samenspraak", "discussed", "discussing", "discussion", "consulted", "consulting",
		"checked", "checking", "reviewed", "reviewing", "spoke", "spoken", "talked", "speaking", "talking",
		"confirmed",
		// A note for information: "Ter info: ik heb deze goedgekeurd", "FYI: approved".
		"info", "informatie", "fyi", "kennisname")

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

func timingFreedomPhrases() [][]string {
	var items []string
	for _, conj := range []string{"zodra", "wanneer", "als"} {
		for _, who := range []string{"", " ze", " hun", " hen", " hem", " haar", " je", " jou", " jullie", " u"} {
			for _, verb := range []string{"uitkomt", "schikt"} {
				items = append(items, conj+" het"+who+" "+verb)
			}
		}
	}
	items = append(items, "whenever it suits them", "whenever it suits you", "whenever suits them",
		"whenever suits you", "at their convenience", "at your convenience", "whenever convenient",
		"whenever they like", "whenever you like")
	return phraseList(items...)
}

// Letting the supplier start: "Laat ze maar beginnen", "Ze kunnen aan de slag". Not "laat
// maar …" (a refusal: "Laat maar.").
var letStartItems = []string{"laat ze maar beginnen", "laat ze maar starten", "laat ze maar komen",
	"laat ze maar aan de slag gaan", "laat ze het maar doen", "laat ze maar bestellen", "laat ze maar gaan",
	"laat hem maar beginnen", "laat hem maar komen", "laat haar maar beginnen", "laat haar maar komen",
	"laat ze beginnen", "ze kunnen beginnen", "ze kunnen aan de slag", "ze mogen beginnen",
	"ze mogen aan de slag", "jullie kunnen beginnen", "jullie kunnen aan de slag", "je kunt beginnen",
	"je kunt aan de slag", "u kunt beginnen", "u kunt aan de slag", "let them start", "let them go ahead",
	"they can start", "they can go ahead", "they may start"}

// "Go ahead and book them": a go-ahead joined to a verb of carrying the request out and
// at most a pronoun for what was asked. Not "go ahead and ask for a quote first": any other
// verb or word after it is no assent.
func goAheadAndItems() []string {
	var items []string
	for _, lead := range []string{"go ahead and", "please go ahead and", "feel free to go ahead and"} {
		for _, verb := range []string{"book", "order", "buy", "purchase", "schedule", "arrange", "hire", "get", "do"} {
			for _, obj := range []string{"", " it", " them", " this", " that", " these", " those"} {
				if verb == "do" && obj == "" {
					continue
				}
				items = append(items, lead+" "+verb+obj)
			}
		}
	}
	return items
}

func phraseList(items ...string) [][]string {
	out := make([][]string, 0, len(items))
	for _, it := range items {
		if ws := phraseWords(it); len(ws) > 0 {
			out = append(out, ws)
		}
	}
	return out
}

// Go-aheads by the verb of carrying the request out. Dutch "<verb> [het/ze/die] maar
// [particle]" ("Bestel maar", "Zet maar in gang", "Plan het maar in", "Laat ze maar maken"),
// the bare infinitive ("Meteen laten doen", "Bestellen!") and English "let's <verb> it"
// ("Let's do it", "Let's order them"). Any other word in the sentence (a negation, "alleen",
// an object that picks a part) and it is no assent: "Bestel maar niet", "Bestel maar
// alleen de kasten". "Laat (het) maar" alone is a refusal and is not made here.
func carryOutItems() []string {
	var items []string
	objs := []string{"", " het", " ze", " die", " dat", " dit", " hem"}
	parts := []string{"", " in", " aan", " door", " in gang", " in de bestelling"}
	advs := []string{"", " gerust", " gewoon", " meteen", " direct", " alvast", " snel"}
	for _, v := range []string{"bestel", "koop", "boek", "regel", "reserveer", "huur", "schaf", "zet", "plan",
		"start", "begin", "betaal", "doe"} {
		for _, o := range objs {
			for _, adv := range advs {
				for _, p := range parts {
					items = append(items, v+o+" maar"+adv+p)
				}
			}
		}
	}
	for _, o := range []string{" ze", " het", " hem", " die", " dat"} {
		for _, inf := range []string{"maken", "doen", "komen", "uitvoeren", "leveren", "installeren", "plaatsen",
			"repareren", "vervangen", "bestellen", "regelen", "aanleggen", "schilderen"} {
			items = append(items, "laat"+o+" maar "+inf, "laat"+o+" maar meteen "+inf)
		}
	}
	for _, adv := range []string{"", "meteen ", "direct ", "maar ", "gewoon ", "snel "} {
		for _, inf := range []string{"laten doen", "laten maken", "laten uitvoeren", "laten komen", "laten repareren",
			"laten vervangen", "laten leveren", "laten installeren", "bestellen", "kopen", "boeken", "regelen",
			"aanschaffen", "inplannen", "in gang zetten"} {
			items = append(items, adv+inf)
		}
	}
	for _, lets := range []string{"lets", "let us"} {
		for _, vo := range []string{"do it", "do this", "do that", "go for it", "go ahead", "go with it",
			"order it", "order them", "book it", "book them", "buy it", "buy them", "get it", "get them",
			"make it happen", "get it done", "get it sorted", "proceed"} {
			items = append(items, lets+" "+vo)
		}
	}
	return items
}

func init() {
	strongAssent = append(strongAssent, phraseList(carryOutItems()...)...)
	strongAssent = append(strongAssent, phraseList(letStartItems...)...)
	strongAssent = append(strongAssent, phraseList(goAheadAndItems()...)...)
	permissionPhrases = append(permissionPhrases, phraseList(letStartItems...)...)
	weakAssent = append(weakAssent, timingFreedom...)
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
	body := text[base:]
	remark := a.nextTimeRemark()
	if remark >= 0 {
		body = text[base:a.toks[remark].start]
	}
	body = dropTrailingNames(body)
	toks := tokenize(body)
	type sentence struct{ words, idx []int }
	var sents []sentence
	firstSent := -1
	for j, t := range toks {
		if t.kind == tkWord && firstSent < 0 {
			firstSent = t.sent
		}
		if t.kind == tkEnd && t.norm == "?" && !informRequestIn(toks, t.sent) &&
			(t.sent == firstSent || !followUpQuestion(sentenceText(body, toks, t.sent, j))) {
			return 0, 0, false
		}
		if t.kind != tkWord || t.norm == "" || vocativeEnd(toks, j) {
			continue // a variation selector after an emoji folds to nothing; "Doe maar Piet."
		}
		for len(sents) <= t.sent {
			sents = append(sents, sentence{})
		}
		sents[t.sent].idx = append(sents[t.sent].idx, j)
	}
	strong, verbalOK, understood, first, last := false, false, false, -1, -1
	okForRemark := false // "Is goed. Ik zit de rest van de middag in de raadscommissie, …"
	for si, s := range sents {
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
		if (strong || okForRemark) && si > 0 && remark < 0 && !assentOnly(words) {
			// "Prima, ga je gang. Wel graag na 17:00 uur, anders staan de wagens in de
			// weg.": a clear yes, then a practical remark that limits nothing.
			if a.plainRemark(base+toks[s.idx[0]].start) && (strong || !anyWordIn(toks, s.idx[0], okRemarkUnsafe)) {
				break
			}
			return 0, 0, false
		}
		for i := 0; i < len(words); {
			n := longestAt(words, i, strongAssent)
			switch {
			case n > 0:
				strong = true
			case remark >= 0 && longestAt(words, i, forNowAssent) > 0:
				n = longestAt(words, i, forNowAssent)
			default:
				if n = longestAt(words, i, weakAssent); n == 0 {
					if strong && remark < 0 && i > 0 && a.dashReason(toks, s.idx[i], base) {
						// "Yes, go ahead - the trailer needs those new straps before the regatta."
						return base + toks[first].start, base + toks[last].end, true
					}
					if strong && remark < 0 && i > 0 && emojiBreak(toks, s.idx[i]) && a.plainRemark(base+toks[s.idx[i]].start) {
						// "Yes, go ahead 👍 Book it for the whole day": the emoji ends the yes.
						return base + toks[first].start, base + toks[last].end, true
					}
					return 0, 0, false
				}
				if k := longestAt(words, i, okAssent); k == n {
					verbalOK = true
					okForRemark = okForRemark || longestAt(words, i, okRemarkAssent) == n
				}
				for _, w := range words[i : i+n] {
					understood = understood || understoodWords[w]
				}
			}
			if first < 0 {
				first = s.idx[i]
			}
			last = s.idx[i+n-1]
			i += n
		}
	}
	if first < 0 || (!strong && (!verbalOK || understood)) {
		return 0, 0, false
	}
	return base + toks[first].start, base + toks[last].end, true
}

// nextTimeRemark returns the token index where a remark about next time starts after an
// assent, or -1: "Oké voor nu, maar volgende keer graag eerder melden. Dit is al de derde
// spoedaanvraag." The remark is a "maar"/"but" clause, or a sentence, that opens (within
// three words) with "volgende keer", "next time", "in het vervolg", …; nothing from there
// on may put a condition or a deferral on the request at hand, name a decision or speak
// of now ("maar volgende keer eerst …", "maar nu niet").
func (a *analysis) nextTimeRemark() int {
	for j := a.contentStart; j < len(a.toks); j++ {
		t := a.toks[j]
		if t.kind != tkWord {
			continue
		}
		opens := t.norm == "maar" || t.norm == "but" || (j > a.contentStart && a.sentFirst[t.sent] == j)
		if !opens {
			continue
		}
		start := j
		if t.norm != "maar" && t.norm != "but" {
			start = a.prevWord(j) + 1
		}
		found := false
		for k, w := 0, j; k < 4 && w >= 0 && a.toks[w].sent == t.sent; k, w = k+1, nextWord(a.toks, w) {
			found = found || a.phraseAt(w, nextTimePhrases)
		}
		if !found {
			continue
		}
		if a.remarkSafe(j) {
			return start
		}
		return -1
	}
	return -1
}

// remarkSafe reports that the text from token from on holds no condition, deferral,
// decision phrase, question or word about now.
func (a *analysis) remarkSafe(from int) bool {
	for j := from; j < len(a.toks); j++ {
		t := a.toks[j]
		if t.kind == tkEnd && t.norm == "?" {
			return false
		}
		if t.kind != tkWord {
			continue
		}
		if nextTimeUnsafe[t.norm] || (conditionalWords[t.norm] && t.norm != "wel" && t.norm != "onder") ||
			a.deferral(j, j+1) || a.phraseAt(j, nowPhrases) {
			return false
		}
	}
	return true
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
		return a.leadIn(a.contentStart, sep) || a.refLeadIn(a.contentStart, sep, mt)
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
		// "No, not approved. We'll discuss it at the MT meeting.": the bare no carries a
		// refusal phrase of its own in its sentence.
		return a.anyPhrase(from, to, stopPhrases) || a.refusalPhraseIn(a.firstSent, mt) || a.noThenTalk(mt) ||
			a.flatNo(mt)
	}
	return true
}

// Words that put the decision itself off, after a bare "Nee.": "ik kom erop terug", "ik
// moet er nog over nadenken", "let me check", "maybe later".
var decideLaterWords = set("terug", "later", "nadenken", "denk", "denken", "kijken", "kijk", "bekijken",
	"overleggen", "overleg", "bespreken", "beslissen", "beslis", "besluiten", "weten", "back", "think", "check",
	"discuss", "decide", "know", "look", "review", "nog", "still", "yet", "misschien", "maybe", "wellicht",
	"perhaps", "voorlopig", "even")

// flatNo reports a bare "Nee."/"No." that is a sentence of its own, closed by a full stop or
// "!", with nothing in the next sentence that puts the decision off: "Nee. We wachten eerst
// de definitieve kaartverkoop af, pas daarna huren we extra toiletunits." refuses now and
// says why; "Nee. Ik kom er later op terug." does not.
func (a *analysis) flatNo(mt match) bool {
	from, to := a.sentenceBounds(a.toks[mt.first].sent)
	if a.firstWordIn(from, to) != mt.first || mt.last != mt.first || to >= len(a.toks) ||
		(a.toks[to].norm != "." && a.toks[to].norm != "!") {
		return false
	}
	for j := mt.last + 1; j < to; j++ {
		if a.toks[j].kind == tkWord {
			return false
		}
	}
	ns, ne := a.sentenceBounds(a.toks[mt.first].sent + 1)
	for j := ns; j < ne; j++ {
		if t := a.toks[j]; t.kind == tkWord && (decideLaterWords[t.norm] || conditionalWords[t.norm] ||
			hedgeWords[t.norm] || questionWords[t.norm]) {
			return false
		}
	}
	return ne >= len(a.toks) || a.toks[ne].norm != "?"
}

// Words of a proposal to talk it over: "Let's discuss Monday", "Laten we het maandag
// bespreken", "Let's talk about it at the team meeting".
var (
	talkOpeners = set("lets", "let", "laten")
	talkWords   = set("discuss", "talk", "bespreken", "overleggen", "praten", "spreken", "meeting", "overleg")
	// What makes the proposal put the decision off rather than go with the no: "Let's discuss
	// it first", "… and then decide", "Let's talk, maybe …".
	talkUnsafe = set("eerst", "first", "then", "dan", "decide", "decision", "beslissen", "besluiten", "beslissing",
		"nog", "still", "yet", "again", "opnieuw", "wait", "wachten", "maybe", "misschien", "perhaps", "whether", "of")
)

// noThenTalk reports a bare "No." that is a sentence of its own, followed by a sentence that
// proposes to talk it over: "No. Let's discuss Monday." The no stands; the meeting is about
// what to do instead. "No? Let's discuss Monday" is a question, "No, let's discuss" and "No.
// Let's discuss it first and then decide." put the decision off.
func (a *analysis) noThenTalk(mt match) bool {
	if mt.last+1 >= len(a.toks) || a.toks[mt.last+1].kind != tkEnd || a.toks[mt.last+1].norm == "?" {
		return false
	}
	ns, ne := a.sentenceBounds(a.toks[mt.first].sent + 1)
	f := a.firstWordIn(ns, ne)
	if f < 0 || !talkOpeners[a.toks[f].norm] || (ne < len(a.toks) && a.toks[ne].norm == "?") {
		return false
	}
	if a.toks[f].norm == "let" {
		if n := nextWord(a.toks, f); n < 0 || a.toks[n].norm != "us" {
			return false
		}
	}
	talk := false
	for j := ns; j < ne; j++ {
		t := a.toks[j]
		if t.kind != tkWord {
			continue
		}
		if talkUnsafe[t.norm] || conditionalWords[t.norm] && t.norm != "wel" || hedgeWords[t.norm] ||
			negators[t.norm] || questionWords[t.norm] {
			return false
		}
		talk = talk || talkWords[t.norm]
	}
	return talk
}

// phraseAt reports a phrase of list that starts at token j.
func (a *analysis) phraseAt(j int, list [][]string) bool {
	for _, p := range list {
		if a.toks[j].norm == p[0] {
			if _, ok := matchAt(a.toks, j, p); ok {
				return true
			}
		}
	}
	return false
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

// Words that open the object of a go-ahead: what it is for, named after it ("doe maar de
// standaard", "go for the cheaper one"), is another thing than the request.
var permissionObject = set("de", "het", "die", "dat", "een", "the", "a", "an", "that", "those")

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
		if a.negatedBefore(idx[i]) {
			continue // "We will not proceed with this", "We won't be going ahead": the refusal itself
		}
		if nx := nextWord(a.toks, last); nx >= 0 && a.toks[nx].clause == a.toks[last].clause && permissionObject[a.toks[nx].norm] {
			continue // "Niet akkoord met de luxe variant. Doe maar de standaard.": a go-ahead for something else
		}
		return true
	}
	return false
}

// Words after "Nee hoor" that turn it into reassurance ("Nee hoor, geen probleem",
// "Nee hoor, maakt niet uit", "Nee hoor, helemaal niet erg").
var reassuranceWords = set("erg", "uit", "moeite", "probleem", "problemen", "bezwaar", "bezwaren", "punt",
	"zorgen", "haast", "gerust", "nood", "goed", "prima", "ok", "oke", "okay", "fine", "top", "gang", "doe",
	"doen", "door", "maar", "mag", "akkoord", "eens", "ja", "yes")

// softenedNo reports a reply that opens with "Nee hoor" ("hoor" softens a ja or nee) and
// refuses: "Nee hoor.", "Nee hoor, niet nodig. Vorig jaar ook zonder gedaan." It returns
// the end of the phrase. A question, any other phrase (a decision, "geen probleem"), a
// yes, a reassurance, a condition or a deferral, and it is no refusal.
func (a *analysis) softenedNo(all []match) (int, bool) {
	c := a.contentStart
	if len(all) != 1 || all[0].first != c || a.toks[c].norm != "nee" {
		return 0, false
	}
	h := nextWord(a.toks, c)
	if h < 0 || a.toks[h].norm != "hoor" || a.toks[h].sent != a.toks[c].sent {
		return 0, false
	}
	for j := h + 1; j < len(a.toks); j++ {
		t := a.toks[j]
		if t.kind == tkEnd && t.norm == "?" {
			return 0, false
		}
		if t.kind != tkWord {
			continue
		}
		if t.norm == "uit" && !closesClause(a.toks, j) {
			continue // "Nee hoor, dit gaat niet uit de clubkas": not "maakt niet uit"
		}
		if assentWords[t.norm] || reassuranceWords[t.norm] || (conditionalWords[t.norm] && t.norm != "wel") ||
			a.deferral(j, j+1) || a.phraseAt(j, strongAssent) {
			return 0, false
		}
	}
	if a.grantsPermission() || a.hasApprovingEmoji() {
		return 0, false
	}
	return a.toks[h].end, true
}

// hasApprovingEmoji reports a 👍, ✅, ✔ or 👌 in the text.
func (a *analysis) hasApprovingEmoji() bool {
	for _, t := range a.toks {
		switch t.norm {
		case "👍", "✅", "✔", "👌":
			return true
		}
	}
	return false
}

// Words of a sentence that concludes with a refusal: "Dus: niet akkoord.", "Om die reden
// ga ik niet akkoord.", "Therefore: rejected." At least one is a marker.
var (
	conclusionMarkers = set("dus", "daarom", "derhalve", "kortom", "reden", "redenen", "vandaar", "conclusie",
		"samengevat", "besluit", "therefore", "hence", "thus", "so", "reason", "reasons", "conclusion",
		"short", "summary")
	conclusionWords = set("om", "die", "deze", "de", "het", "mijn", "is", "in", "ik", "we", "wij", "ga", "gaan",
		"er", "hier", "daar", "mee", "hiermee", "daarmee", "ermee", "wat", "mij", "betreft", "for", "that",
		"this", "these", "those", "my", "i", "we", "am", "are", "answer", "antwoord", "decision", "hoor", "then",
		"dan", "all", "kort",
		// "Voor nu dus niet akkoord.", "So for now: rejected.": a refusal for now is a refusal.
		"voor", "nu", "for", "now", "dit", "moment", "op", "keer", "time")
)

// concludingRefusal reports a refusal that is not at the start but concludes the reasons
// before it, in a sentence of its own led by "dus", "daarom", "om die reden", "therefore":
// "De storing kwam door hun eigen update. Dus: niet akkoord. Laat ze het onder de SLA
// oppakken." Nothing in the text may ask a question, and the phrase is not quoted
// ("… schreef: 'niet akkoord'") or reported ("Piet zei dus: niet akkoord").
func (a *analysis) concludingRefusal(mt match) bool {
	if mt.cat != catReject || a.toks[mt.first].sent == a.firstSent {
		return false
	}
	// A question in the deliberation before it ("Kan de neef van Daan dat niet doen?") is
	// answered by the conclusion; one after it is still open.
	for _, t := range a.toks[mt.last:] {
		if t.kind == tkEnd && t.norm == "?" {
			return false
		}
	}
	from, to := a.sentenceBounds(a.toks[mt.first].sent)
	marker := false
	for j := from; j < to; j++ {
		t := a.toks[j]
		if j >= mt.first && j <= mt.last {
			continue
		}
		switch {
		case t.kind == tkClause && t.norm != "," && t.norm != ":" && t.norm != "-":
			return false // quotes, brackets
		case t.kind != tkWord:
		case j > mt.last && t.norm != "dus" && t.norm != "hoor" && t.norm != "so" && t.norm != "then":
			return false
		case conclusionMarkers[t.norm]:
			marker = true
		case !conclusionWords[t.norm]:
			return false
		}
	}
	if !marker {
		return false
	}
	// Taken back after it: "Dus: niet akkoord. Of wacht, …", "Of toch wel".
	rest := a.text[a.toks[mt.last].end:]
	if guardRetracted.MatchString(rest) {
		return false
	}
	if n := nextWord(a.toks, mt.last); n >= 0 && (a.toks[n].norm == "of" || a.toks[n].norm == "or" || a.toks[n].norm == "toch") {
		return false
	}
	// A quote mark right around the phrase: "Dus 'niet akkoord'".
	before := strings.TrimRight(a.text[:a.toks[mt.first].start], " \t")
	after := strings.TrimLeft(a.text[a.toks[mt.last].end:], " \t")
	for _, q := range []string{"'", "‘", "’", "`"} {
		if strings.HasSuffix(before, q) || strings.HasPrefix(after, q) {
			return false
		}
	}
	return true
}

// assentOnly reports words made of assent phrases only (or none).
func assentOnly(words []string) bool {
	for i := 0; i < len(words); {
		n := max(longestAt(words, i, strongAssent), longestAt(words, i, weakAssent))
		if n == 0 {
			return false
		}
		i += n
	}
	return true
}

// Words that keep a remark after a clear yes from being plain: a limit, a contrast, a
// step before the work, a negation, a hedge.
var remarkUnsafe = set("maar", "but", "however", "echter", "alleen", "only", "enkel", "pas", "eerst", "first",
	"voordat", "before", "vooraf", "alvorens", "tot", "max", "maximaal", "maximum", "hooguit", "budget",
	"bedrag", "amount", "offerte", "quote", "goedkoper", "cheaper", "nu", "now", "behalve", "except", "meer",
	"more", "duurder", "expensive", "kosten", "cost", "costs", "hoger", "higher", "boven", "above", "over",
	// Someone else still to decide, or wait and see: "Piet moet het ook nog goedkeuren",
	// "Finance still needs to sign it off", "We'll see".
	"nog", "still", "ook", "also", "too", "moet", "moeten", "must", "need", "needs", "goedkeuren", "goedkeuring",
	"akkoord", "toestemming", "approve", "approval", "sign", "tekenen", "aftekenen", "zien", "see", "kijken",
	"look", "bekijken", "beslissen", "decide", "overleggen", "bespreken", "discuss")

// Words before "als"/"wanneer"/"when" that make it a request to be told or sent something.
var informVerbs = set("weten", "know", "door", "doorsturen", "sturen", "send", "bellen", "bel", "call", "melden",
	"meld", "mailen", "mail", "me", "mij", "appen", "app", "text", "ring")

// informBefore reports a verb of telling or sending right before toks[j].
func (a *analysis) informBefore(j int) bool {
	p := a.prevWord(j)
	return p >= 0 && a.toks[p].sent == a.toks[j].sent && informVerbs[a.toks[p].norm]
}

// plainRemark reports that the text from byte offset at on is a remark that limits nothing:
// at most 40 words, no question, condition, deferral, hedge, negation or limit. Three
// shapes are plain although they hold such words: a request to be told something, with
// the trigger after "als"/"if" ("Laat je het wel weten als het onverhoopt meer gaat
// kosten?"); a positive verdict on the money ("Bedrag is redelijk voor wat er gevraagd
// wordt"); "vragen" as a noun ("eventuele vragen graag morgen").
func (a *analysis) plainRemark(at int) bool {
	n, skipClause, lastTimeEnd := 0, -1, -1
	for j := range a.toks {
		t := a.toks[j]
		if t.start < at {
			continue
		}
		if t.kind == tkEnd && t.norm == "?" && !a.informRequest(t.sent) && !a.followUp(t.sent) {
			return false
		}
		if t.kind != tkWord {
			continue
		}
		if a.followUp(t.sent) || a.anywaySentence(t.sent) {
			n++
			continue // "Zet je de oude netten bij het containerpark?": read as a whole
		}
		if end, ok := a.lastTimeClause(j); ok {
			lastTimeEnd = end // "…, last year we ran late."
		}
		if j <= lastTimeEnd {
			n++
			continue
		}
		w := t.norm
		if t.clause == skipClause {
			if triggerUnsafe[w] || (w != "" && w[0] >= '0' && w[0] <= '9') || negators[w] {
				return false // "Laat het weten als het meer dan 500 wordt"
			}
			n++
			continue
		}
		if (w == "als" || w == "if" || w == "wanneer" || w == "when" || w == "zodra" || w == "once") && a.informBefore(j) {
			// "Laat even weten wanneer de monteur komt", "stuur de factuur door als het klaar is".
			n++
			if p := a.prevWord(j); a.toks[p].norm == "weten" || a.toks[p].norm == "know" {
				skipClause = t.clause // the trigger of a request to be told, not a limit
			}
			continue
		}
		if (pastFillers[w] || pastVerbs[w]) && a.pastDescription(t.sent) {
			n++
			continue // "Die oude bak gaf al weken alleen nog heet water"
		}
		if w == "over" && closesClause(a.toks, j) {
			n++
			continue // "daar struikelen de leerlingen elke dag over": a particle, not "over budget"
		}
		if moneyWords[w] && a.verdictSentence(t.sent) {
			n++
			continue
		}
		if (w == "needs" || w == "need" || w == "before") && a.needReason(j) {
			n++
			continue // "the trailer needs those new straps before the regatta": why, not a limit
		}
		if (w == "nu" || w == "now") && a.pleasedClause(j) {
			n++
			continue // "dus fijn dat het nu gebeurt": pleased it happens now, no limit
		}
		if w == "vragen" {
			if p := a.prevWord(j); p >= 0 && questionNounBefore[a.toks[p].norm] {
				n++
				continue
			}
		}
		if negators[w] && (a.reasonNegation(j) || a.needNegation(j) || a.placeNegation(j) || a.bookingNegation(j) ||
			a.innerReasonNegation(j)) {
			n++
			continue // "…, dan hoeven we geen patiënten te verzetten"
		}
		if w == "als" && a.isComparisonAls(j) {
			n++
			continue // "Graag dezelfde als vorig jaar"
		}
		if modalMust[w] && a.otherObligation(j) {
			n++
			continue // "Die orders voor de gemeente moeten vrijdag de deur uit."
		}
		if (conditionalWords[w] && w != "wel") || hedgeWords[w] || negators[w] || remarkUnsafe[w] ||
			questionWords[w] || speechWords[w] || a.deferral(j, j+1) {
			return false
		}
		n++
	}
	return n > 0 && n <= 40
}

// Words of being pleased before "dat"/"that": "fijn dat het nu gebeurt", "glad that it
// happens now".
var pleasedWords = set("fijn", "mooi", "goed", "blij", "prettig", "top", "glad", "good", "great", "nice", "happy", "pleased")

// pleasedClause reports "nu"/"now" at j inside a pleased remark: its clause holds "fijn
// dat"/"mooi dat"/"glad that" before j, nothing but words after it up to the end of the
// sentence, and no negation, contrast or limit in the clause (those are read as they are
// anywhere else). "Fijn dat het nu kan, maar alleen de kasten" keeps its "maar alleen".
func (a *analysis) pleasedClause(j int) bool {
	clause := a.toks[j].clause
	pleased := false
	for p := a.clauseStart(clause); p < j; p++ {
		if a.toks[p].kind != tkWord {
			continue
		}
		if pleasedWords[a.toks[p].norm] {
			if n := nextWord(a.toks, p); n >= 0 && n < j && (a.toks[n].norm == "dat" || a.toks[n].norm == "that") {
				pleased = true
			}
		}
	}
	if !pleased {
		return false
	}
	for p := j + 1; p < len(a.toks) && a.toks[p].sent == a.toks[j].sent; p++ {
		if a.toks[p].kind == tkClause {
			return false
		}
		if a.toks[p].kind == tkWord && (a.toks[p].clause != clause || nextTimeUnsafe[a.toks[p].norm] ||
			negators[a.toks[p].norm] || remarkUnsafe[a.toks[p].norm] || conditionalWords[a.toks[p].norm]) {
			return false
		}
	}
	return true
}

var (
	// Money words that a positive verdict makes plain: "Bedrag is redelijk".
	moneyWords = set("bedrag", "amount", "offerte", "quote", "kosten", "cost", "costs", "prijs", "price")
	// Words that make the trigger of a request to be told a limit: "… als het meer dan 500
	// wordt", "… als het boven budget komt, dan stoppen".
	triggerUnsafe = set("dan", "than", "then", "boven", "above", "over", "budget", "eerst", "first", "pas",
		"akkoord", "goedkeuren", "approve", "euro", "eur", "€")
	// Words of a positive verdict on what is asked.
	verdictWords = set("redelijk", "reasonable", "acceptabel", "acceptable", "verantwoord", "verantwoorden",
		"terecht", "justified", "fair", "marktconform", "alleszins", "billijk")
	// Words before "vragen" that make it the noun: "eventuele vragen", "met vragen".
	questionNounBefore = set("eventuele", "met", "bij", "voor", "andere", "de", "je", "jouw", "uw", "any", "eventueel")
	// Openings of a request to be kept informed: "Laat je het wel weten …?", "Can you let me know …?".
	informOpeners  = set("laat", "laten", "wil", "wilt", "kun", "kunt", "kan", "can", "could", "will", "would")
	informWords    = set("weten", "know", "informeren", "inform", "melden", "update", "posted")
	informTriggers = set("als", "wanneer", "zodra", "if", "when", "once")
)

// Words that limit in the present but only describe in the past ("gaf alleen nog heet
// water"), past-tense verbs of how the old thing worked, and words that make a past
// sentence an agreement or a rule.
var (
	pastFillers = set("alleen", "nog", "ook", "meer", "only", "still", "also", "more")
	pastVerbs   = set("gaf", "gaven", "deed", "deden", "werkte", "werkten", "liep", "liepen", "lekte", "lekten",
		"stond", "stonden", "viel", "vielen", "brak", "gave", "worked", "ran", "leaked", "kept", "broke")
	pastUnsafe = set("afgesproken", "agreed", "gezegd", "said", "besloten", "decided", "is", "zijn", "moet",
		"moeten", "wordt", "worden", "mag", "mogen", "kan", "kunnen", "must", "may", "can", "will", "zal",
		"keer", "time", "ik", "we", "wij", "i", "aan", "dat", "that", "toe", "door", "op", "bestel", "bestellen", "order", "koop", "kopen", "buy")
)

// pastDescription reports a sentence that describes how the old thing worked: a past-tense
// verb of the list, no present-tense verb, first person, order verb or agreement.
func (a *analysis) pastDescription(sent int) bool {
	past := false
	for j := a.sentFirst[sent]; j < len(a.toks) && a.toks[j].sent == sent; j++ {
		if a.toks[j].kind != tkWord {
			continue
		}
		w := a.toks[j].norm
		if pastUnsafe[w] || negators[w] || conditionalWords[w] || moneyWords[w] || (w != "" && w[0] >= '0' && w[0] <= '9') {
			return false
		}
		past = past || pastVerbs[w]
	}
	return past
}

// verdictSentence reports a sentence with a verdict word and no negation or contrast.
func (a *analysis) verdictSentence(sent int) bool {
	verdict := false
	for j := a.sentFirst[sent]; j < len(a.toks) && a.toks[j].sent == sent; j++ {
		w := a.toks[j].norm
		if a.toks[j].kind != tkWord {
			continue
		}
		if negators[w] || w == "maar" || w == "but" || w == "te" && !verdictWords[a.nextNorm(j)] {
			return false
		}
		verdict = verdict || verdictWords[w]
	}
	return verdict
}

func (a *analysis) nextNorm(j int) string {
	if n := nextWord(a.toks, j); n >= 0 {
		return a.toks[n].norm
	}
	return ""
}

// informRequest reports a question that asks only to be kept informed: it opens with
// "laat"/"wil"/"kun"/"can"/"could" and holds "weten"/"know"/"informeren".
func (a *analysis) informRequest(sent int) bool {
	return informRequestIn(a.toks, sent)
}

func informRequestIn(toks []token, sent int) bool {
	f := -1
	for j, t := range toks {
		if t.sent != sent || t.kind != tkWord {
			continue
		}
		if f < 0 {
			f = j
			if !informOpeners[t.norm] {
				return false
			}
		}
		if informWords[t.norm] {
			// What follows is when to tell, or nothing: "… weten als het meer gaat kosten?";
			// "Laat je weten wat het kost?" asks for something before the work.
			n := nextWord(toks, j)
			return n < 0 || toks[n].sent != sent || informTriggers[toks[n].norm]
		}
	}
	return false
}

// anyWordIn reports a word of ws in toks from index from on.
func anyWordIn(toks []token, from int, ws map[string]bool) bool {
	for _, t := range toks[from:] {
		if t.kind == tkWord && ws[t.norm] {
			return true
		}
	}
	return false
}

// Words that take back what came before: "toch" right before the negation of the refusal
// ("Dan toch niet akkoord"), or a change of mind before it ("On second thought, no", "Bij
// nader inzien niet akkoord", "Wacht, …").
var retractBefore = [][]string{{"toch"}, {"on", "second", "thought"}, {"on", "second", "thoughts"},
	{"bij", "nader", "inzien"}, {"scratch", "that"}, {"wacht"}, {"wait"}, {"hold", "on"},
	{"changed", "my", "mind"}, {"heb", "me", "bedacht"}, {"van", "gedachten", "veranderd"}}

// retractedApproval returns the index in dec of a refusal that takes back the approvals
// before it, or -1: every approval is a bare "Akkoord."/"Approved." (nothing after it in
// its clause, so nothing scoped: "Akkoord voor de koffie. Toch niet akkoord voor de lunch"
// stays mixed), the refusal is the last decision phrase, in a later sentence than all of
// them, closes its clause and has a retraction word between the last approval and it; its
// sentence does not open with "of"/"or" ("Akkoord. Of toch niet akkoord." hesitates).
// The refusal is read; an approval after a refusal never is.
func (a *analysis) retractedApproval(dec []match) int {
	last := len(dec) - 1
	r := dec[last]
	if r.cat != catReject || r.flag != "" || !closesClause(a.toks, r.last) || a.quotedPhrase(r) || a.withdrawnToCheck(r) {
		return -1 // "Akkoord. Wacht even … Laat maar, ik wil eerst uitzoeken …" (reply_withdrawn.go)
	}
	lastApprove := -1
	for _, d := range dec[:last] {
		if d.cat == catApprove {
			if !closesClause(a.toks, d.last) || a.toks[d.first].sent >= a.toks[r.first].sent || a.scopedBefore(d) {
				return -1
			}
			lastApprove = d.last
		}
	}
	if lastApprove < 0 {
		return -1
	}
	// "Akkoord. Of toch niet akkoord.": "of"/"or" hesitates between the two.
	from, _ := a.sentenceBounds(a.toks[r.first].sent)
	if f := a.firstWordIn(from, r.first+1); f >= 0 && (a.toks[f].norm == "of" || a.toks[f].norm == "or") {
		return -1
	}
	// "toch" takes back only in the refusal's own sentence ("Dan toch niet akkoord"); in a
	// question between ("… kan Gijs toch zelf doen?") it is something else.
	for j := lastApprove + 1; j < r.first; j++ {
		if a.toks[j].kind != tkWord {
			continue
		}
		if a.phraseAt(j, mistakeWords) && a.anyPhrase(j, r.first, meantWords) {
			// "akkoord\n\nOeps, verkeerde knop! Ik bedoelde NIET akkoord.": the approval
			// was the mistake, put right by the refusal after it, said as what was meant.
			return last
		}
		if !a.phraseAt(j, retractBefore) {
			continue
		}
		if a.toks[j].norm != "toch" || a.toks[j].sent == a.toks[r.first].sent {
			return last
		}
	}
	return -1
}

// scopedBefore reports an approval phrase with words before it in its clause that pick a
// part of the request ("Voor de ledstrips zelf akkoord"); "Van mijn kant akkoord", "Wat mij
// betreft akkoord" and "Ja, akkoord" pick nothing.
func (a *analysis) scopedBefore(d match) bool {
	clause := a.toks[d.first].clause
	for j := a.prevWord(d.first); j >= 0 && a.toks[j].clause == clause; j = a.prevWord(j) {
		w := a.toks[j].norm
		if w == "voor" || w == "for" {
			if n := nextWord(a.toks, j); n >= 0 && n < d.first && (a.toks[n].norm == "mij" || a.toks[n].norm == "me" || a.toks[n].norm == "ons" || a.toks[n].norm == "us") {
				continue // "voor mij akkoord", "for me approved"
			}
			return true
		}
		if !fillerWords[w] {
			return true
		}
	}
	return false
}

// Words that may stand with a flat refusal after an echoed keyword: "Echt niet",
// "Absoluut niet", "No way", "Nee hoor".
var echoIntensifiers = set("echt", "absoluut", "zeker", "hoor", "really", "definitely", "absolutely", "certainly")

// echoedRefusal returns the index in dec of a refusal that answers the approval keyword
// echoed as a question, or -1: "Akkoord?? Echt niet.", "Approved? No way." The text opens
// with the bare approval phrase and a "?", the next sentence is only the refusal phrase
// (with at most an intensifier: "echt", "absoluut", "hoor"), closed by "." or "!" or the
// end, and there are no other decision phrases. "Akkoord? Echt?" has no refusal; "Akkoord?
// Nee, nog niet" has more words than the refusal.
//
// The next sentence may also open with the refusal and say more ("Akkoord? Nee dus.",
// "Akkoord?? Nee natuurlijk niet, dit is precies waar we over geklaagd hebben.") when a
// refusal that is more than a bare no follows ("Niet akkoord.") and every decision phrase
// after the echo is a refusal. Up to the last refusal nothing asks, sets a condition,
// hedges or defers; after it, what follows may only explain or invite a talk ("Bel me maar
// als je erover wilt praten"), not set what would make it a yes, doubt or keep it open.
func (a *analysis) echoedRefusal(dec []match) int {
	if len(dec) < 2 || dec[0].cat != catApprove || dec[1].cat != catReject || dec[0].first != a.contentStart {
		return -1
	}
	sent, ok := a.keywordAskedAlone(dec[0])
	if !ok {
		return -1
	}
	from, to := a.sentenceBounds(sent + 1)
	// A bare "Nee" that opens the next sentence is not among the phrases (isGenericNo).
	no, bareNo := dec[1].first, false
	if a.toks[dec[1].first].sent != sent+1 {
		if n := nextWord(a.toks, from-1); n < 0 || n >= to || !genericNo[a.toks[n].norm] {
			return -1
		}
		no, bareNo = nextWord(a.toks, from-1), true
	}
	if to < len(a.toks) && a.toks[to].norm != "." && a.toks[to].norm != "!" && a.toks[to].kind != tkEnd {
		return -1
	}
	if to < len(a.toks) && (a.toks[to].norm == "?" || a.toks[to].norm == "…") {
		return -1
	}
	flat := !bareNo
	for j := from; j < to && !bareNo; j++ {
		if a.toks[j].kind == tkWord && (j < dec[1].first || j > dec[1].last) && !echoIntensifiers[a.toks[j].norm] {
			flat = false
			if j < dec[1].first {
				return -1 // the refusal opens its sentence
			}
		}
	}
	if len(dec) == 2 && flat {
		// What follows gives reasons only: no condition, deferral, hedge or question ("Echt
		// niet. Wel als het goedkoper kan.", "Echt niet. Ik denk er nog over na.").
		for j := to; j < len(a.toks); j++ {
			t := a.toks[j]
			if t.norm == "?" || (t.kind == tkWord && (conditionalWords[t.norm] || hedgeWords[t.norm] ||
				decideLaterWords[t.norm] || a.deferral(j, j+1))) {
				return -1
			}
		}
		return 1
	}
	// More said: a clear refusal again later, every phrase after the echo a refusal.
	again := false
	for _, d := range dec[1:] {
		if d.cat != catReject || d.flag != "" {
			return -1
		}
		if a.toks[d.first].sent > sent+1 && !(d.first == d.last && genericNo[a.toks[d.first].norm]) {
			again = true
		}
	}
	if !again {
		return -1
	}
	lastDec := dec[len(dec)-1]
	for j := no; j <= lastDec.last; j++ {
		t := a.toks[j]
		if t.norm == "?" || (t.kind == tkWord && (conditionalWords[t.norm] || hedgeWords[t.norm] ||
			decideLaterWords[t.norm] || a.deferral(j, j+1))) {
			return -1
		}
	}
	for j := lastDec.last + 1; j < len(a.toks); j++ {
		if t := a.toks[j]; t.norm == "?" || (t.kind == tkWord && (hedgeWords[t.norm] || decideLaterWords[t.norm])) {
			return -1
		}
	}
	rest := strings.Join(strings.Fields(yfApostrophe.Replace(fold(a.text[a.toks[lastDec.last].end:]))), " ")
	if refusalCondYes.MatchString(rest) || refusalDoubt.MatchString(rest) || refusalStillOpen.MatchString(rest) ||
		refusalPartialYes.MatchString(rest) || refusalLaterAssent.MatchString(rest) || a.mistakeBetween(lastDec.last+1, len(a.toks)) {
		return -1
	}
	return len(dec) - 1
}

// Grumbles that may open a sentence before "maar akkoord": "Niet zo blij dat …", "Not
// happy about …", "Jammer dat …". The words of displeasure after the negation, and the
// word that links it to what it is about.
var (
	grumbleDegree = set("zo", "erg", "echt", "heel", "bepaald", "so", "very", "too", "really", "exactly",
		"particularly", "overly")
	grumbleWords = set("blij", "gelukkig", "enthousiast", "happy", "pleased", "thrilled", "keen", "excited")
	grumbleLink  = set("dat", "met", "over", "mee", "that", "about", "with")
	grumbleAlone = set("jammer", "balen", "vervelend", "irritant", "shame", "pity", "annoying")
	// Words that keep a grumble from being only that: a limit, a condition, a first step.
	grumbleUnsafe = set("alleen", "only", "enkel", "pas", "eerst", "first", "voordat", "before", "behalve",
		"except", "max", "maximaal", "maximum", "hooguit", "nog", "still", "yet")
)

// afterGrumble reports an approval that closes a first sentence opened by a grumble:
// "Niet zo blij dat dit weer last-minute komt, maar akkoord.", "Not happy about the
// timing, but approved." The grumble opens the text ("niet (zo) blij dat/met …", "not
// (so) happy that/about …", "jammer dat …"), holds no condition, hedge, deferral, limit or
// question; ", maar"/", but" (and at most "toch"/"goed"/"dan") come right before the
// phrase, which ends the sentence. What comes after is read as after any approval.
func (a *analysis) afterGrumble(mt match) bool {
	if mt.cat != catApprove || a.toks[mt.first].sent != a.firstSent {
		return false
	}
	from, to := a.sentenceBounds(a.firstSent)
	from = max(from, a.contentStart)
	if to < len(a.toks) && a.toks[to].norm == "?" {
		return false
	}
	for j := mt.last + 1; j < to; j++ {
		if a.toks[j].kind == tkWord {
			return false
		}
	}
	// ", maar [toch] akkoord"
	b := a.prevWord(mt.first)
	for b >= 0 && (a.toks[b].norm == "toch" || a.toks[b].norm == "goed" || a.toks[b].norm == "dan") {
		b = a.prevWord(b)
	}
	if b < from || (a.toks[b].norm != "maar" && a.toks[b].norm != "but") || b == 0 ||
		a.toks[b-1].kind != tkClause || a.toks[b-1].norm != "," {
		return false
	}
	// The grumble.
	j := a.firstWordIn(from, b)
	if j < 0 {
		return false
	}
	switch w := a.toks[j].norm; {
	case w == "niet" || w == "not":
		j = nextWord(a.toks, j)
		if j >= 0 && grumbleDegree[a.toks[j].norm] {
			j = nextWord(a.toks, j)
		}
		if j < 0 || !grumbleWords[a.toks[j].norm] {
			return false
		}
		j = nextWord(a.toks, j)
		if j < 0 || j >= b || !grumbleLink[a.toks[j].norm] {
			return false
		}
	case grumbleAlone[w]:
		j = nextWord(a.toks, j)
		if j < 0 || j >= b || (a.toks[j].norm != "dat" && a.toks[j].norm != "that") {
			return false
		}
	default:
		return false
	}
	for k := from; k < b; k++ {
		t := a.toks[k]
		if t.kind == tkEnd || (t.kind == tkClause && k != b-1) {
			return false
		}
		if t.kind == tkWord && (conditionalWords[t.norm] || hedgeWords[t.norm] || grumbleUnsafe[t.norm] ||
			questionWords[t.norm] || a.deferral(k, k+1)) {
			return false
		}
	}
	return true
}

// hyphenJoined reports a word joined to the next by a hyphen: the first half of a compound
// ("last-minute") is no word of its own; "last" there names no earlier time.
func (a *analysis) hyphenJoined(j int) bool {
	end := a.toks[j].end
	n := nextWord(a.toks, j)
	return n >= 0 && end < len(a.text) && a.text[end] == '-' && a.toks[n].start == end+1
}

// emojiBreak reports a capitalised word right after an emoji: the emoji ended the sentence
// before it ("Yes, go ahead 👍 Book it for the whole day").
func emojiBreak(toks []token, j int) bool {
	if !toks[j].upper || j == 0 {
		return false
	}
	p := prevWordTok(toks, j)
	if p < 0 || p != j-1 {
		return false
	}
	r := []rune(toks[p].norm)
	return len(r) > 0 && !isWordRune(r[0])
}

// dashReason reports a reason after a clear yes and a spaced dash: toks (the body from byte
// base on) has a "-" right before toks[at], and the text from there is a plain remark
// that opens with an article or possessive ("the trailer …", "onze bus …"): "Yes, go ahead
// - the trailer needs those new straps before the regatta."
func (a *analysis) dashReason(toks []token, at, base int) bool {
	if at == 0 || toks[at-1].kind != tkClause || toks[at-1].norm != "-" || !factOpeners[toks[at].norm] {
		return false
	}
	return a.plainRemark(base + toks[at].start)
}

// Objects of a need that are a step or a decision rather than the thing asked for, and
// events that are the purchase itself: "needs a check before the order".
var needUnsafe = set("check", "checks", "inspection", "keuring", "controle", "review", "approval", "sign",
	"signoff", "quote", "quotes", "offerte", "to", "te", "order", "ordering", "purchase", "booking", "payment",
	"invoice", "work", "start", "delivery", "bestelling", "aankoop", "levering", "betaling", "factuur",
	"we", "i", "you", "they", "it", "ik", "wij", "je", "u", "ze", "het", "vote", "board", "committee", "finance",
	"council", "raad", "bestuur", "commissie", "stemming")

// needReason reports "needs"/"need"/"before" at j in a sentence that says what a thing
// needs: it opens with an article or possessive and a noun ("the trailer needs …", "our
// boats need …"), the need has an object ("needs those new straps", not "needs to be
// checked"), and "before" is followed by "the" and one noun that closes the clause (a
// deadline: "before the regatta"). Persons, steps and the purchase itself as the deadline
// ("before the order") are no reason.
func (a *analysis) needReason(j int) bool {
	_, to := a.sentenceBounds(a.toks[j].sent)
	f := a.clauseStart(a.toks[j].clause) // the sentence, or the clause after a dash
	if !factOpeners[a.toks[f].norm] || factDummyVerb[a.nextNorm(f)] {
		return false
	}
	needAt := -1
	for k := f; k < to; k++ {
		t := a.toks[k]
		if t.kind == tkClause {
			return false
		}
		if t.kind != tkWord {
			continue
		}
		if needUnsafe[t.norm] || factUnsafe[t.norm] && t.norm != "need" && t.norm != "needs" {
			return false
		}
		if (t.norm == "needs" || t.norm == "need") && needAt < 0 {
			needAt = k
		}
	}
	if needAt < 0 || needAt > f+4 {
		return false
	}
	if a.toks[j].norm != "before" {
		return j == needAt
	}
	d := nextWord(a.toks, j)
	if j < needAt || d < 0 || a.toks[d].norm != "the" {
		return false
	}
	n := nextWord(a.toks, d)
	return n >= 0 && n < to && closesClause(a.toks, n)
}

// negatedBefore reports a negator among the three words before toks[j] in its clause: "we
// will not proceed", "won't be going ahead".
func (a *analysis) negatedBefore(j int) bool {
	for p, n := a.prevWord(j), 0; p >= 0 && n < 3 && a.toks[p].clause == a.toks[j].clause; p, n = a.prevWord(p), n+1 {
		if negators[a.toks[p].norm] {
			return true
		}
	}
	return false
}

// Words that may stand with a bare no that answers the echoed keyword: "Nee dus.", "Nee,
// natuurlijk niet.", "No, of course not."
var echoBareNoWords = set("dus", "natuurlijk", "niet", "echt", "absoluut", "zeker", "really", "absolutely", "definitely",
	"certainly", "of", "course", "not", "sorry")

// Words of assent that keep a reason after a bare no from being only that: "Akkoord? Nee.
// Ja, toch wel."
var echoBareYes = set("ja", "yes", "wel", "toch", "alsnog", "akkoord")

// Words of decideLaterWords that in a reason say how things still are: "het oude doet het
// nog prima", "the old one still works".
var echoReasonStill = set("nog", "still")

// echoedBareNo returns the token index of a bare no that answers the approval keyword
// echoed as a question and is followed by its reason only, or -1: "Akkoord? Nee dus. € 180,95
// voor een paar lampen vervangen is belachelijk.", "Approved? No. We replaced that printer
// in March." The text opens with the bare approval phrase and a "?"; the next sentence is a
// bare no (with at most "dus", "natuurlijk niet", "of course not"), closed by "." or "!";
// a reason follows. That reason holds no other decision phrase, asks nothing, sets no
// condition, hedges, defers or waits ("Akkoord? Nee, nog niet, eerst overleggen."), keeps
// no share or later yes, and puts right no mistake; a no to "any objection?" ("Akkoord?
// Nee, geen probleem.") is no refusal.
func (a *analysis) echoedBareNo(dec []match) int {
	if len(dec) > 2 || dec[0].cat != catApprove || dec[0].first != a.contentStart {
		return -1
	}
	sent, ok := a.keywordAskedAlone(dec[0])
	if !ok {
		return -1
	}
	from, to := a.sentenceBounds(sent + 1)
	no := nextWord(a.toks, from-1)
	if no < 0 || no >= to || !genericNo[a.toks[no].norm] {
		return -1
	}
	for j := no + 1; j < to; j++ {
		if a.toks[j].kind == tkWord && !echoBareNoWords[a.toks[j].norm] {
			return -1
		}
	}
	// "Nee, natuurlijk niet" may read the no itself as the refusal phrase.
	if len(dec) == 2 && (dec[1].cat != catReject || dec[1].flag != "" || dec[1].first != no || dec[1].last != no) {
		return -1
	}
	if to >= len(a.toks) || (a.toks[to].norm != "." && a.toks[to].norm != "!") {
		return -1
	}
	if a.grantsPermission() {
		return -1
	}
	var words []string
	for j := no + 1; j < len(a.toks) && len(words) < 4; j++ {
		if a.toks[j].kind == tkWord {
			words = append(words, a.toks[j].norm)
		}
	}
	if longestAt(words, 0, noObjectionAfterNo) > 0 {
		return -1
	}
	reason := false
	for j := to; j < len(a.toks); j++ {
		t := a.toks[j]
		if t.norm == "?" || (t.kind == tkWord && (conditionalWords[t.norm] || hedgeWords[t.norm] ||
			decideLaterWords[t.norm] && !echoReasonStill[t.norm] || refusalFirstIf[t.norm] || a.deferral(j, j+1) || echoBareYes[t.norm])) {
			return -1
		}
		if t.kind == tkWord && echoReasonStill[t.norm] {
			// "nog prima", "still works"; not "nog niet", "nog even", "not yet".
			if n := nextWord(a.toks, j); n >= 0 && (negators[a.toks[n].norm] || decideLaterWords[a.toks[n].norm] || a.toks[n].norm == "geen") {
				return -1
			}
		}
		reason = reason || t.kind == tkWord
	}
	if !reason {
		return -1
	}
	rest := strings.Join(strings.Fields(yfApostrophe.Replace(fold(a.text[a.toks[to].end:]))), " ")
	if refusalCondYes.MatchString(rest) || refusalDoubt.MatchString(rest) || refusalStillOpen.MatchString(rest) ||
		refusalPartialYes.MatchString(rest) || refusalShare.MatchString(rest) || refusalLaterAssent.MatchString(rest) ||
		a.mistakeBetween(to, len(a.toks)) {
		return -1
	}
	return no
}

// keywordAskedAlone reports that the sentence of d holds only d and ends in "?" ("Akkoord?")
// and returns that sentence.
func (a *analysis) keywordAskedAlone(d match) (int, bool) {
	sent := a.toks[d.first].sent
	from, to := a.sentenceBounds(sent)
	if to >= len(a.toks) || a.toks[to].norm != "?" {
		return 0, false
	}
	for j := from; j < to; j++ {
		if a.toks[j].kind == tkWord && (j < d.first || j > d.last) {
			return 0, false
		}
	}
	return sent, true
}
