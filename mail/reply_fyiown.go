package mail

// A note that tells a colleague, for information, of the writer's own approval, and then
// asks them something practical: "Hoi Femke,\n\nTer info: ik heb dit meerwerk goedgekeurd,
// de akkoordmail zit in de cc. Kun jij het in de begroting bijwerken?", "FYI - I've approved
// this one (SPOC is cc'd), so they can schedule the work. Could you make sure someone is
// around to let the engineer in?". The sentence opens with an FYI label ("Ter info:", "Ter
// kennisname,", "FYI -", "For your information,"), then the writer in the perfect tense
// ("ik heb", "we hebben", "I've", "I have") and at most five words of what was approved
// ("dit meerwerk", "hier zojuist", "this one") before the approval ("goedgekeurd", "akkoord
// (op) gegeven", "approved"). What follows is read as for any approval: the request to the
// colleague must be about carrying it out, not about deciding ("Wil jij beslissen of het
// doorgaat?", "wat vind jij?"), and a condition ("als jij ook akkoord bent") or a hedge ("I'd
// approve") keeps it no decision.

var (
	fyiLabelWords = [][]string{{"ter", "info"}, {"ter", "informatie"}, {"ter", "kennisname"}, {"fyi"},
		{"for", "your", "information"}, {"for", "info"}, {"even", "ter", "info"}, {"just", "fyi"}}
	fyiPerfectSubj = set("ik", "we", "wij", "i", "ive", "weve")
	fyiPerfectAux  = set("heb", "hebben", "have", "has")
	// Words between the auxiliary and the approval: what was approved, and when.
	fyiWhatWords = set("dit", "deze", "dat", "die", "het", "hier", "hiervoor", "daarvoor", "daar", "er", "zojuist",
		"net", "vandaag", "vanochtend", "gisteren", "al", "reeds", "inmiddels", "meerwerk", "verzoek", "aanvraag",
		"offerte", "bestelling", "opdracht", "this", "that", "it", "one", "the", "request", "quote", "order",
		"work", "just", "already", "today", "now", "mijn", "my", "op", "on", "voor", "for", "van", "mij", "me",
		"ook", "also", "formally", "formeel", "officieel", "officially", "de", "een", "a", "an")
	// Words that may follow the approval in its clause.
	fyiAfterWords = set("op", "gegeven", "given", "voor", "for", "aan", "this", "one", "it", "dit", "het", "deze",
		"verleend", "granted", "hoor", "zojuist", "net", "just", "already", "al", "van", "mijn", "kant", "my", "side")
)

// fyiOwn reports an approval d in a sentence that opens with an FYI label and tells the
// writer's own approval in the perfect tense (see above).
func (a *analysis) fyiOwn(d match) bool {
	if d.cat != catApprove || d.flag != "" || a.quotedPhrase(d) {
		return false
	}
	sent := a.toks[d.first].sent
	from, to := a.sentenceBounds(sent)
	if sent == a.firstSent && from < a.contentStart {
		from = a.contentStart
	}
	j := a.firstWordIn(from, d.first)
	if j < 0 {
		return false
	}
	if a.toks[j].upper && !greetingWords[a.toks[j].norm] && j+1 < len(a.toks) && a.toks[j+1].norm == "," {
		j = nextWord(a.toks, j) // "Els, ter info: …"
	}
	label := false
	for _, l := range fyiLabelWords {
		if k, ok := matchAt(a.toks, j, l); ok {
			j, label = k, true
			break
		}
	}
	if !label {
		return false
	}
	// The label ends at a colon, comma or dash; the writer's clause follows.
	sep := j + 1
	if sep >= len(a.toks) || a.toks[sep].kind != tkClause {
		return false
	}
	s := nextWord(a.toks, sep)
	if s < 0 || !fyiPerfectSubj[a.toks[s].norm] {
		return false
	}
	k := s
	if w := a.toks[s].norm; w != "ive" && w != "weve" {
		if k = nextWord(a.toks, s); k < 0 || !fyiPerfectAux[a.toks[k].norm] {
			return false
		}
	}
	n := 0
	for m := nextWord(a.toks, k); m >= 0 && m < d.first; m = nextWord(a.toks, m) {
		if !fyiWhatWords[a.toks[m].norm] || n >= 5 || a.toks[m].clause != a.toks[d.first].clause {
			return false
		}
		n++
	}
	// After the approval in its clause only what it is about; the clauses after it are read
	// by contextReason and the guard.
	for m := nextWord(a.toks, d.last); m >= 0 && m < to && a.toks[m].clause == a.toks[d.last].clause; m = nextWord(a.toks, m) {
		if w := a.toks[m].norm; !fyiAfterWords[w] && !fyiWhatWords[w] {
			return false
		}
	}
	return true
}
