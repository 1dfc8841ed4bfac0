package mail

import (
	"regexp"
	"strings"
)

// What a yes is given for, said in the shortest way (the fourth red-team round,
// mail/testdata/redteam): no approval in the blind corpora says it like this, so these nets
// cost no plain yes with a remark.
//
//   - a preposition other than "voor"/"met"/"for"/"with" right after the keyword: "Akkoord na
//     de lichtmeting.", "Akkoord bij een korting van € 300.", "Akkoord inzake de vloer.",
//     "Akkoord m.b.t. de vloer.", "Akkoord wat betreft de vloer.", "Approved re the floor.",
//     "Approved as regards the floor.", "Approved to put it on the agenda." ("Akkoord bij
//     deze", "Approved to go ahead" stay a yes);
//   - a short part named in brackets, after a colon or after a comma, and nothing after it:
//     "Approved (floor).", "Akkoord (8 armaturen).", "Approved: the floor.", "Akkoord: 8
//     armaturen.", "Akkoord, de vloer." ("Akkoord (approved).", "Approved (finally!).",
//     "Akkoord, de deur klemt al maanden." stay a yes);
//   - a condition that names itself or an assumption: "Approved. Condition: insurance.",
//     "Eén voorwaarde: …", "Approved, on the assumption it's covered.", "Approved, given the
//     insurer agrees.", "Approved, should the subsidy come through.", "Approved whenever the
//     funds are there."
var (
	tsPrep    = regexp.MustCompile(`\b(?:akkoord|akoord|accoord|approved?|goedgekeurd)[ \t]*,?[ \t]+(?:na|after|bij\s+(?:een|de|het|a|the|\d)|inzake|m\.?\s?b\.?\s?t\.?|met\s+betrekking\s+tot|wat\s+betreft|wat\s+(?:de|het)\s+(?:\w+\s+){1,4}?betreft|as\s+regards|regarding|re\s+(?:the|de|het)|to\s+(?:look|put|discuss|consider|think|investigate|explore|review|revisit|talk|bring|table|park|keep))\b`)
	tsBracket = regexp.MustCompile(`\b(?:akkoord|akoord|accoord|approved?|goedgekeurd)\s*\(\s*([^()!?'\n]{1,40})\)\s*[.!]?\s*$`)
	tsColon   = regexp.MustCompile(`\b(?:akkoord|akoord|accoord|approved?|goedgekeurd)\s*:\s*((?:de|het|the|een|a|\d+)\s+[^.!?,;:\n]{1,30})\.?\s*$`)
	tsComma   = regexp.MustCompile(`\b(?:akkoord|akoord|accoord|approved?|goedgekeurd)\s*,\s*((?:de|het|the)\s+[^\s.!?,;:]+(?:\s+[^\s.!?,;:]+)?)\s*\.?\s*$`)
	// Words that make a bracket, colon or comma tail no part: the yes repeated or
	// translated, urgency, an apology, thanks, the writer's own capacity.
	tsTailFree  = regexp.MustCompile(`\b(?:approved?|akkoord|goedgekeurd|ok|okay|yes|ja|finally|eindelijk|uiteraard|natuurlijk|of\s+course|obviously|sorry|excuses|thanks|bedankt|dank|urgent|dringend|spoed|asap|zsm|sooner|eerder|beter|better|namens|on\s+behalf|ook|also|penningmeester|treasurer|voorzitter|chair|directeur|director|zie|see|spoc-?\d*|as\s+the|zoals)\b`)
	tsCondition = regexp.MustCompile(`\b(?:voorwaarde|condition)\s*:\s*\w|\b(?:on\s+the\s+assumption|assuming\s+(?:that\s+)?(?:the|it|its|we|they|our|this|that)|should\s+the\s+\w+(?:\s+\w+)?\s+(?:come|go|be|get|pay|agree)|whenever\s+the\s+(?:funds?|money|budget|grant|subsidy|cash)|given\s+(?:that\s+)?the\s+\w+\s+(?:agrees?|approves?|pays?|confirms?|covers?))\b`)
	tsNegated   = regexp.MustCompile(`\b(?:geen|not\s+a|no|niet\s+een|zonder|without)\s+$`)
)

// tailScope reports a net above in f (the folded new text, without apostrophes).
func tailScope(f string) bool {
	if tsPrep.MatchString(f) {
		return true
	}
	for _, m := range tsCondition.FindAllStringIndex(f, -1) {
		if !tsNegated.MatchString(f[:m[0]]) {
			return true
		}
	}
	body := strings.TrimSpace(f)
	for _, re := range []*regexp.Regexp{tsBracket, tsColon, tsComma} {
		// The tail must close its sentence: the reply's first sentence or paragraph.
		for _, part := range strings.Split(body, "\n") {
			if m := re.FindStringSubmatch(strings.TrimSpace(part)); m != nil && !tsTailFree.MatchString(m[1]) {
				return true
			}
		}
	}
	return false
}

// More of the fourth round's short ways to take a yes back or to limit it, after the yes:
//
//   - a joke that takes it back: "Akkoord, haha nee natuurlijk niet.", "Approved, haha, no
//     of course not.", "Akkoord, zeker weten... niet.", "Approved, won't happen. Call me.",
//     "Akkoord, wordt het niet.";
//   - a restatement or a shrug: "Akkoord. Dat wil zeggen: pas na …", "Akkoord, maar we zien
//     wel.";
//   - no say or no decision of the writer's own: "… maar ik heb niks te zeggen hierover.",
//     "Besluit bij het bestuur.", "Approved for next year's budget.";
//   - a part left out in a sentence of a few words: "Akkoord. Zonder docking station.",
//     "Akkoord. Geen dockingstation en geen tweede scherm.", "Approved. No docking station,
//     no Office licence.", "Akkoord, geen verlengde garantie." ("Geen haast.", "No
//     worries.", "Zonder koffie geen vrijwilligers 😄" stay remarks).
var (
	tsJoke    = regexp.MustCompile(`\b(?:haha\w*|hihi|lol)[ ,!.]*(?:nee|no|niet|not)\b|\b(?:natuurlijk|of\s+course|uiteraard)\s+(?:niet|not)\b|\.{2,}\s*(?:niet|not)\b|\bwont\s+happen\b|\bwordt\s+het\s+niet\b|\bgaat\s+(?:het\s+)?niet\s+gebeuren\b|\bnot\s+going\s+to\s+happen\b`)
	tsRestate = regexp.MustCompile(`\b(?:dat\s+wil\s+zeggen|that\s+is\s+to\s+say|d\.\s?w\.\s?z\.?)|\b(?:maar|but)\s+(?:we\s+zien\s+wel|zien\s+we\s+wel|well\s+see|we\s+will\s+see)\b`)
	tsNoSay   = regexp.MustCompile(`\b(?:heb|have)\s+(?:\w+\s+){0,3}?(?:niks|niets|nothing|no\s+say)\s+(?:\w+\s+){0,2}?(?:te\s+zeggen|to\s+say)|\bbesluit\s+(?:ligt\s+)?bij\b|\bdecision\s+(?:lies|is|rests|sits)\s+with\b|\b(?:akkoord|approved?)\s+(?:voor|for)\s+(?:volgend\s+jaar|next\s+years?)\b`)
	tsPartOut = regexp.MustCompile(`^(?:zonder|without)\s+(?:\S+\s*){1,3}$|^(?:geen|no)\s+(?:\S+\s+){0,2}\S+(?:\s*(?:,|en|and|of|or)\s*(?:geen|no)\s+(?:\S+\s+){0,2}\S+)*$`)
	// A condition that calls the work off, however far after the yes: "Heb je de aangifte al
	// gedaan? Dan bel ik de verzekering, en als die niet betaalt doen we het niet."
	tsIfNot = regexp.MustCompile(`\b(?:als|if|indien|wanneer|unless|tenzij)\b[^.!?\n]*\b(?:doen\s+we\s+het\s+niet|gaat\s+(?:het\s+)?niet\s+door|dan\s+niet|then\s+(?:we\s+)?(?:dont|do\s+not|wont|will\s+not)|(?:its|it\s+is)\s+off|no\s+deal|we\s+(?:dont|wont)\s+do\s+it)\b`)
	// "Zonder koffie geen vrijwilligers": what the work is needed for, no part left out.
	tsWithoutNo = regexp.MustCompile(`^(?:zonder|without)\s.*\b(?:geen|no|niet|not)\b`)
	tsPartFree  = regexp.MustCompile(`\b(?:probleem|problemen|problem|problems|bezwaar|bezwaren|objection|objections|haast|rush|hurry|worries|worry|zorgen|punt|idee|dank|thanks|need|nodig|discussie|discussion|twijfel|doubt|vraag|vragen|questions?|stress|paniek|panic|excuses|sorry|spijt|regrets|zin|moeite|bother|kosten\s+bespaard|cent|cents|penny|meer|more)\b`)
)

// tailLater reports a net above in after (the folded text from the first yes on).
func tailLater(after string) bool {
	if tsJoke.MatchString(after) || tsRestate.MatchString(after) || tsNoSay.MatchString(after) || tsIfNot.MatchString(after) {
		return true
	}
	// The sentences after the yes's own, and the clause after its comma.
	s := strings.NewReplacer("\n", ". ", "!", ".", "?", ".", ";", ".").Replace(after)
	parts := strings.Split(s, ".")
	if len(parts) > 0 {
		if _, clause, ok := strings.Cut(parts[0], ","); ok {
			parts = append(parts, clause)
		}
		parts = parts[1:]
	}
	for _, p := range parts {
		p = strings.Join(strings.Fields(strings.Trim(p, " -–—:")), " ")
		if p != "" && tsPartOut.MatchString(p) && !tsPartFree.MatchString(p) && !tsWithoutNo.MatchString(p) {
			return true
		}
	}
	return false
}
