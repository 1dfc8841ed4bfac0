package mail

import "strings"

// A name the writer addresses the requester with is no part of what they decide: "Liever
// niet Daan.", "Niet nu Arjen.", "Doe maar Piet!", "Mehmet, doe maar.". Two shapes:
//
//   - a capitalised word that closes its clause right after another word of the sentence
//     (not sentence-initial, where every word is capitalised), with no preposition or
//     article before it ("Bestel maar bij Gamma" names a shop, not a person);
//   - a capitalised word that opens the reply followed by a comma and more words in its
//     sentence, that is no word the reader knows (greeting, filler, assent, negation,
//     condition, hedge, question, deferral): "Mehmet, doe maar." but not "Misschien, doe
//     maar." or "Sorry, maar dit keer niet".

var vocativeBlockers = set("bij", "op", "aan", "voor", "van", "met", "naar", "door", "de", "het", "een", "the",
	"a", "an", "to", "for", "from", "with", "by", "at", "on", "in", "of", "als", "dan", "en", "and", "or", "via",
	"namens", "vanuit", "behalf", "om", "over", "under", "onder", "tot", "till", "until", "than", "as", "like",
	"zoals", "die", "dat", "deze", "dit", "that", "this", "those", "these", "mijn", "my", "your", "jouw", "uw",
	"our", "onze", "ons")

// Words that open a reply before a dash and are no name: "FYI - I've approved this",
// "Update - akkoord", "Edit – toch niet".
var dashLeadIns = set("fyi", "ps", "pps", "nb", "btw", "edit", "update", "correctie", "correction", "aanvulling",
	"addendum", "note", "nota", "info", "re", "fw", "fwd", "urgent", "spoed", "ugh", "hmm", "oh", "ok", "oke",
	"okay", "sorry", "reminder", "herinnering", "antwoord", "reply", "answer", "samenvatting", "summary", "conclusie",
	"conclusion", "kortom", "dus", "so", "ja", "yes", "nee", "no", "nope")

// allUpper reports that the word t of text is written in capitals only ("FYI", "NB").
func allUpper(text string, t token) bool {
	w := text[t.start:t.end]
	return w != "" && strings.ToUpper(w) == w
}

// vocativeEnd reports that toks[j] is a name the clause closes with (see above).
func vocativeEnd(toks []token, j int) bool {
	t := toks[j]
	if t.kind != tkWord || !t.upper || len(t.norm) < 2 || (t.norm[0] >= '0' && t.norm[0] <= '9') {
		return false
	}
	p := prevWordTok(toks, j)
	if p < 0 || toks[p].sent != t.sent || vocativeBlockers[toks[p].norm] || toks[p].upper && toks[p].clause == t.clause && p != firstWordOfSent(toks, p) {
		return false
	}
	n := nextWord(toks, j)
	return n < 0 || toks[n].clause != t.clause
}

func firstWordOfSent(toks []token, j int) int {
	f := j
	for p := prevWordTok(toks, j); p >= 0 && toks[p].sent == toks[j].sent; p = prevWordTok(toks, p) {
		f = p
	}
	return f
}

// knownWord reports a word of the reader's own lists: no name.
func knownWord(w string) bool {
	for _, s := range []map[string]bool{greetingWords, fillerWords, pleasantryWords, negators, conditionalWords,
		hedgeWords, questionStart, questionWords, assentWords, remarkUnsafe, genericNo, reassuranceWords,
		nextTimeUnsafe, futureWords, requestMarkers, secondPerson, imperatives, thanksStart} {
		if s[w] {
			return true
		}
	}
	for _, l := range [][][]string{strongAssent, weakAssent} {
		for _, p := range l {
			if p[0] == w {
				return true
			}
		}
	}
	for _, p := range deferralPhrases {
		if p[0] == w {
			return true
		}
	}
	return false
}

// leadingVocative returns the index of the first word after a name the reply opens with,
// or -1: a name and a comma before more words of its sentence ("Mehmet, doe maar."), or up
// to three capitalised words and a comma on a line of their own ("Koen,\n\nGeen bezwaar.",
// "Jan Willem,"), or a name and a dash before more words ("Emma - yes, approved.").
//
// No word that opens a phrase the matcher knows (a built-in or configured keyword, a
// vocabulary phrase, a separable verb) is a name: "Gereed, de koffie staat klaar." is a
// status, "Akkoord, graag voor donderdag." a decision.
func leadingVocative(text string, toks []token, j int, m *matcher) int {
	k := j
	for c := 0; c < 3; c++ {
		t := toks[k]
		if t.kind != tkWord || !t.upper || len(t.norm) < 2 || knownWord(t.norm) || vocativeBlockers[t.norm] ||
			m.opensPhrase(t.norm) {
			return -1
		}
		if c == 0 && k+2 < len(toks) && toks[k+1].kind == tkClause && toks[k+1].norm == "-" && toks[k+2].kind == tkWord &&
			!dashLeadIns[t.norm] && !allUpper(text, t) {
			return k + 2 // "Emma - yes, approved.", "Sven – akkoord, zie hieronder."
		}
		if k+1 < len(toks) && toks[k+1].kind == tkClause && toks[k+1].norm == "," {
			n := nextWord(toks, k)
			if n < 0 {
				return -1
			}
			if toks[n].sent == t.sent && c == 0 && (k+2 >= len(toks) || toks[k+2].kind == tkWord) {
				return n
			}
			if k+2 < len(toks) && (toks[k+2].kind == tkLine || toks[k+2].kind == tkEnd) && toks[k+2].norm == "\n" {
				return n
			}
			return -1
		}
		if k+1 >= len(toks) || toks[k+1].kind != tkWord {
			return -1
		}
		k++
	}
	return -1
}

// opensPhrase reports that w is the first word of a phrase the matcher knows, or a
// separable verb the vocabulary reads.
func (m *matcher) opensPhrase(w string) bool {
	if m != nil && len(m.byFirst[w]) > 0 {
		return true
	}
	_, ok := separableVerbs[w]
	return ok
}
