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
