package mail

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A decision relayed from someone else is not the writer's: "Akkoord volgens Piet.", "Dit
// is akkoord volgens de penningmeester.", "Approved according to Sarah.", "Akkoord, zegt
// Jan.", "Akkoord, aldus het bestuur.", "Piet zegt: akkoord." The writer reports what a
// person or a body decided; a human must check that it was decided. Who is a person: a
// capitalised name, a pronoun (hem, haar, him, her, …) or a role or body ("de
// penningmeester", "het bestuur", "my manager"). "Volgens de offerte" or "volgens afspraak"
// names no one. "Volgens mij" / "volgens ons" ("I think") in the decision's own sentence
// is doubt: "Akkoord volgens mij.", "Volgens mij is het akkoord". "Namens het bestuur
// akkoord" is the writer granting on a body's behalf and stays an approval.

var (
	// Words that introduce who said or decided it.
	relayAccording = set("volgens", "aldus")
	// Speech verbs with a third-person subject: "zegt Jan", "Jan zegt", "says Sarah".
	relaySpeech = set("zegt", "zei", "zeggen", "zeiden", "says", "said", "meldt", "meldde", "schrijft", "schreef",
		"writes", "wrote", "tells", "told", "mailt", "mailde", "appt", "appte")
	// Pronouns that name someone else.
	relayPronouns = set("hem", "haar", "hen", "hun", "him", "her", "them", "hij", "zij", "ze", "he", "she", "they")
	// Words before a role or body: "volgens de penningmeester", "according to my manager".
	relayDeterminers = set("de", "het", "the", "onze", "ons", "our", "mijn", "my", "zijn", "his", "haar", "her",
		"hun", "their", "onze", "jullie", "je", "jouw", "your", "uw")
	// Bodies and people that decide, besides the role nouns (isRoleNoun).
	relayBodies = set("bestuur", "directie", "board", "management", "team", "commissie", "committee",
		"kascommissie", "finance", "financien", "afdeling", "department", "collega", "colleague", "collegas",
		"colleagues", "baas", "boss", "chef", "pastoor", "dominee", "priester", "pastor", "vicar", "wethouder",
		"gemeente", "council", "raad", "ceo", "cfo", "cto", "mt", "leiding", "leidinggevende", "vereniging",
		"partner", "partners", "eigenaar", "verhuurder", "landlord", "school", "schoolleider")
	// Capitalised words that are no name after a speech verb or "volgens": the writer.
	relaySelf = set("ik", "i", "we", "wij", "me", "mij", "ons", "us")
)

// relayedSentence returns why a decision in sentence (the sentence that holds the decision
// phrase) is not the writer's own: AmbiguousNotAtStart for a decision relayed from someone
// else, AmbiguousHedged for "volgens mij" (I think); "" otherwise.
func relayedSentence(sentence string) string {
	ws := relayWords(sentence)
	return relayedWords(ws)
}

type relayWord struct {
	norm  string
	upper bool
	first bool // first word of the sentence or of a line
}

// relayHasWriter reports a word of the writer in ws: "De penningmeester en ik gaan akkoord".
func relayHasWriter(ws []relayWord) bool {
	for _, w := range ws {
		if relaySelf[w.norm] || w.norm == "ive" || w.norm == "weve" || w.norm == "mijn" || w.norm == "my" ||
			w.norm == "onze" || w.norm == "our" {
			return true
		}
	}
	return false
}

// relayBodyVerbs are the verbs of a body or role that decides: "Het bestuur gaat akkoord".
var relayBodyVerbs = set("gaat", "gaan", "is", "zijn", "heeft", "hebben", "keurt", "keuren", "stemt", "stemmen",
	"geeft", "geven", "vindt", "vinden", "agrees", "agree", "approves", "approve", "approved", "has", "have", "are")

func relayWords(sentence string) []relayWord {
	type word = relayWord
	var ws []word
	first := true
	for _, t := range tokenize(sentence) {
		if t.kind != tkWord {
			if t.kind == tkEnd || t.kind == tkLine || t.norm == ":" {
				first = true
			}
			continue
		}
		r, _ := utf8.DecodeRuneInString(sentence[t.start:])
		ws = append(ws, word{t.norm, unicode.IsUpper(r), first})
		first = false
	}
	return ws
}

func relayedWords(ws []relayWord) string {
	// person reports a name, pronoun, role or body at ws[i] (after an optional determiner).
	person := func(i int) bool {
		if i >= len(ws) {
			return false
		}
		if relayPronouns[ws[i].norm] {
			return true
		}
		if relayDeterminers[ws[i].norm] && i+1 < len(ws) {
			n := ws[i+1].norm
			return isRoleNoun(n) || relayBodies[n] || strings.HasSuffix(n, "commissie") || strings.HasSuffix(n, "bestuur")
		}
		return ws[i].upper && !relaySelf[ws[i].norm] && !relayDeterminers[ws[i].norm] && !isMonthOrDay(ws[i].norm)
	}
	if len(ws) > 1 && relayDeterminers[ws[0].norm] && person(0) && !relayHasWriter(ws) {
		// "Het bestuur heeft het besproken en gaat akkoord.", "De directie is akkoord.": a
		// body or role as the subject, with a verb of its own in the first clause.
		for _, w := range ws[2:min(len(ws), 6)] {
			if relayBodyVerbs[w.norm] {
				return AmbiguousNotAtStart
			}
		}
	}
	for i, w := range ws {
		switch {
		case w.norm == "volgens" && i+1 < len(ws) && (ws[i+1].norm == "mij" || ws[i+1].norm == "ons"):
			return AmbiguousHedged
		case (relayAccording[w.norm] || w.norm == "per") && person(i+1):
			return AmbiguousNotAtStart
		case w.norm == "according" && i+1 < len(ws) && ws[i+1].norm == "to" && person(i+2):
			return AmbiguousNotAtStart
		case relaySpeech[w.norm] && person(i+1):
			return AmbiguousNotAtStart // "Akkoord, zegt Jan."
		case relaySpeech[w.norm] && i > 0 && !ws[i-1].first && person(i-1):
			return AmbiguousNotAtStart // "…, Jan zegt akkoord"
		case relaySpeech[w.norm] && i > 0 && ws[i-1].first && (relayPronouns[ws[i-1].norm] || (ws[i-1].upper && !relaySelf[ws[i-1].norm] && !relayDeterminers[ws[i-1].norm])):
			return AmbiguousNotAtStart // "Piet zegt: akkoord."
		case relaySpeech[w.norm] && i > 1 && relayDeterminers[ws[i-2].norm] && person(i-2):
			return AmbiguousNotAtStart // "de penningmeester zegt akkoord"
		}
	}
	return ""
}

var monthDayWords = set("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
	"oktober", "november", "december", "january", "february", "march", "may", "june", "july", "august",
	"october", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "monday",
	"tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

func isMonthOrDay(w string) bool { return monthDayWords[w] }
