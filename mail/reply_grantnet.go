package mail

import "regexp"

// A safety net under every reading: shapes around an approval word that make it no
// unconditional yes of the writer's own, which the readings and the guard may pass over:
//
//   - a cap with an amount after the approval in its sentence: "Hierbij verleen ik akkoord
//     voor de werkzaamheden onder de 400 euro.", "approved up to € 300";
//   - advice or somebody else's reaction as the label of the yes: "Mijn advies aan het
//     bestuur: akkoord.", "Reactie van de penningmeester: akkoord.";
//   - a suggestion to wait put as a statement, the question mark left out: "Moeten we niet
//     wachten tot januari. Akkoord.", "Shouldn't we wait for the second quote. Approved.";
//   - somebody else's view as the label, or a part or scope: "Ik heb met de commissie
//     gesproken en hun standpunt is: akkoord.", "Voor de eerste fase van het project:
//     akkoord.", "Wat betreft de stoelen en tafels: akkoord.";
//   - a person's say relayed: "Namens de penningmeester geef ik akkoord.", "On behalf of the
//     treasurer, I approve …", "… geef ik hierbij zijn akkoord";
//   - a deferral or a decision still to come before the closing yes, not negated: "Geef
//     me een dag bedenktijd. Akkoord.", "Let me sleep on it. Approved.";
//   - a grant after a step still to come: "Na het overleg van volgende week geef ik mijn
//     akkoord.", "After next week's meeting I approve this.".
var grantNet = []*regexp.Regexp{
	regexp.MustCompile(`\b(?:akkoord|akoord|approved?|goedgekeurd|goedkeuring|toestemming)\b[^.!?\n]{0,80}?\b(?:onder|beneden|tot|boven|maximaal|max|hooguit|hoogstens|up\s+to|under|below|not\s+more\s+than|no\s+more\s+than|at\s+most)\s+(?:de\s+|het\s+|the\s+|een\s+|a\s+)?(?:€|eur\b|euro\b|\$|£)?\s*\d`),
	regexp.MustCompile(`(?:^|[.!?\n]\s*)(?:mijn\s+|my\s+|ons\s+|our\s+)?(?:advies|aanbeveling|suggestie|stemadvies|advice|recommendation|suggestion)\b[^.!?\n:]{0,60}:\s*(?:akkoord|akoord|approved?|goedkeuren|ja|yes)\b`),
	grantNetReaction,
	// "Namens de penningmeester geef ik akkoord", "On behalf of the treasurer, I approve":
	// a person's say relayed.
	regexp.MustCompile(`\b(?:namens|on\s+behalf\s+of)\s+(?:de\s+|het\s+|the\s+|mijn\s+|my\s+|onze?\s+|our\s+)?(?:penningmeester|voorzitter|secretaris|directeur|manager|treasurer|chair|chairman|chairwoman|secretary|director|collega|colleague|hem|haar|him|her)\b`),
	// "geef ik hierbij zijn akkoord": somebody else's approval given by the writer.
	regexp.MustCompile(`\b(?:geef|geven|verleen|verlenen|give|giving|grant|granting)\s+(?:ik\s+|we\s+|wij\s+|i\s+)?(?:hierbij\s+|hereby\s+|bij\s+deze\s+)?(?:zijn|haar|hun|his|her|their)\s+(?:\p{L}+\s+)?(?:akkoord|goedkeuring|toestemming|fiat|approval|consent|permission)\b`),
	regexp.MustCompile(`(?:^|[.!?\n]\s*)(?:moeten|zullen|kunnen|gaan)\s+(?:we|wij)\s+(?:niet\s+)?(?:[^\s.!?\n]+\s+){0,4}?(?:wachten|afwachten|uitstellen|eerst)\b`),
	regexp.MustCompile(`(?:^|[.!?\n]\s*)(?:shouldnt|should|shall|can|could)\s+we\s+(?:not\s+)?(?:[^\s.!?\n]+\s+){0,3}?(?:wait|postpone|hold\s+off|first)\b`),
	regexp.MustCompile(`\b(?:hun|zijn|haar|their|his|her)\s+(?:standpunt|mening|oordeel|antwoord|reactie|besluit|advies|view|opinion|answer|reply|response|decision|verdict|advice)\b[^.!?\n:]{0,20}:\s*(?:akkoord|akoord|approved?|goedgekeurd|ja|yes)\b`),
	grantNetScope,
	regexp.MustCompile(`\b(?:na|after)\b[^.!?\n]{0,60}\b(?:volgende|komende|next|coming|morgen|tomorrow|overmorgen)\b[^.!?\n]{0,40}\b(?:akkoord|akoord|approve|approved|goedkeuren|goedgekeurd)\b`),
}

// grantNetCatches reports one of the shapes above in text.
func grantNetCatches(text string) bool {
	if len(text) > maxAnalyzedText {
		return false
	}
	s := yfApostrophe.Replace(fold(text))
	if grantNetLaterBeforeYes(s) {
		return true
	}
	for _, re := range grantNet {
		if loc := re.FindStringIndex(s); loc != nil {
			if re == grantNetReaction && grantNetOwnReaction.MatchString(s[loc[0]:loc[1]]) {
				continue // "Antwoord van mij: akkoord."
			}
			if re == grantNetScope && grantNetFormality.MatchString(s[loc[0]:loc[1]]) {
				continue // "Voor de duidelijkheid: akkoord.", "For the record: approved."
			}
			return true
		}
	}
	return false
}

// Labels of formality, not of a part: "Voor de vorm:", "Voor de duidelijkheid:", "For the
// record:".
var grantNetFormality = regexp.MustCompile(`^(?:[.!?\n]\s*)?(?:voor|for)\s+(?:de|the)\s+(?:vorm|duidelijkheid|zekerheid|goede\s+orde|volledigheid|record|avoidance\s+of\s+doubt|sake\s+of\s+\S+|time\s+being)\s*:`)

// Somebody's reaction as the label of the yes, and a part or scope as its label.
var (
	grantNetReaction = regexp.MustCompile(`\b(?:reactie|antwoord|response|reply|answer)\s+(?:van|from)\s+(?:de\s+|het\s+|the\s+)?(?:[^\s.!?\n:]+\s+){0,4}?[^\s.!?\n:]+\s*:\s*(?:akkoord|akoord|approved?|ja|yes|goedgekeurd)\b`)
	grantNetScope    = regexp.MustCompile(`(?:^|[.!?\n]\s*)(?:voor\s+wat\s+betreft|wat\s+betreft|voor|for|regarding|as\s+for|as\s+to|concerning)\s+(?:de|het|dit|deze|die|the|this|these|that|those)\s+(?:[^\s.!?\n:]+\s+){0,8}?[^\s.!?\n:]+\s*:\s*(?:akkoord|akoord|approved?|goedgekeurd|ja|yes)\b`)
)

// The writer's own reaction: "Reactie van mij:", "Answer from me:".
var grantNetOwnReaction = regexp.MustCompile(`\b(?:van|from)\s+(?:mij|me|mijn\s+kant|my\s+side|ons|us|onze\s+kant|our\s+side)\s*:`)

var (
	// The approval words of a closing yes.
	grantNetYesWord = regexp.MustCompile(`\b(?:akkoord|akoord|approved?|goedgekeurd|goedkeuren)\b`)
	// A negation just before a deferral word: "Niet verder uitstellen", "no need to postpone".
	grantNetNegatedBefore = regexp.MustCompile(`\b(?:niet|geen|not|no|dont|never|nooit|cant|cannot)\s+(?:\w+\s+){0,3}$`)
)

// grantNetLaterBeforeYes reports a deferral or a decision still to come (rtyLaterDecision)
// before the last approval word of s (folded), not negated: "Geef me een dag bedenktijd.
// Akkoord.", "Let me sleep on it. Approved.", "Eerst de tweede offerte afwachten, dan:
// akkoord."
func grantNetLaterBeforeYes(s string) bool {
	ys := grantNetYesWord.FindAllStringIndex(s, -1)
	if ys == nil {
		return false
	}
	before := s[:ys[len(ys)-1][0]]
	for _, m := range rtyLaterDecision.FindAllStringIndex(before, -1) {
		if !grantNetNegatedBefore.MatchString(before[:m[0]]) {
			return true
		}
	}
	return false
}
