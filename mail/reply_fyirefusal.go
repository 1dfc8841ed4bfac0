package mail

import (
	"regexp"
	"strings"
)

// A forward of the request to a colleague, copied to SPOC, whose note opens with the
// writer's own refusal in the first person, after an optional FYI or "see below" lead-in:
// "Even ter info: hier heb ik nee op gezegd, dus niet akkoord (SPOC staat in de cc).",
// "Zie onderstaand verzoek. Ik ga hier niet mee akkoord: …. Wil jij de dakdekker bellen?",
// "FYI, I've turned this one down - …". What it asks of the colleague is the follow-up,
// not the decision. Only a refusal the analysis read counts (fyiDecision reads the rest);
// an approval is never read here.

var (
	// A lead-in before the note's own statement: "Even ter info:", "Zie onderstaand
	// verzoek.", "See below.", "FYI -".
	fyiRefusalLead = regexp.MustCompile(`^(?:(?:even|alvast|kort)\s+)?(?:ter\s+info(?:rmatie)?|ter\s+kennisname|fyi|for\s+your\s+information|for\s+info|zie\s+(?:(?:het\s+)?onderstaand\w*|hieronder|onder|below)(?:\s+(?:verzoek|aanvraag|mail|bericht|request|email))?|see\s+(?:the\s+)?(?:below|request\s+below|email\s+below))\s*[:,.\-–—]?\s*`)
	// The writer's own refusal opening the statement: "ik ga hier niet mee akkoord", "ik heb
	// dit afgewezen", "hier heb ik nee op gezegd", "I have declined this", "I'm not approving
	// this".
	fyiOwnRefusal = regexp.MustCompile(`^(?:(?:ik|wij|we)\s+(?:ga|gaan|ben|zijn)\s+(?:(?:hier|daar|er|hiermee|daarmee|dus|helaas|het)\s+){0,3}niet\s+(?:mee\s+)?akkoord` +
		`|(?:ik|wij|we)\s+(?:heb|hebben)\s+(?:(?:dit|deze|het|hem|die|dat|verzoek|de|aanvraag|helaas|dus|net|zojuist|al)\s+){0,3}(?:afgewezen|afgekeurd|niet\s+goedgekeurd)` +
		`|(?:hier|daar|deze|dit)\s+(?:heb|hebben)\s+(?:ik|wij|we)\s+(?:(?:helaas|dus|net|al)\s+)?(?:nee\s+(?:op|tegen)\s+gezegd|niet\s+mee\s+ingestemd)` +
		`|(?:ik|wij|we)\s+(?:keur|keuren)\s+(?:dit|deze|het|hem|die)\s+(?:\w+\s+){0,2}af` +
		`|(?:ive|i\s+have|weve|we\s+have)\s+(?:just\s+)?(?:rejected|declined|turned\s+(?:this|it)\s+down|turned\s+down)` +
		`|(?:im|i\s+am|were|we\s+are)\s+not\s+(?:approving|going\s+to\s+approve))\b`)
)

// fyiRefusal reports a forward's note that opens with the writer's own refusal (see above),
// the refusal the analysis read.
func fyiRefusal(text string, r Reply) bool {
	if r.Decision != DecisionReject || r.Status != StatusNone {
		return false
	}
	if f := strings.Join(strings.Fields(yfApostrophe.Replace(fold(text))), " "); refusalLeftToOther.MatchString(f) ||
		refusalDoubt.MatchString(f) || refusalStillOpen.MatchString(f) {
		return false // "…, maar beslis jij maar.": the colleague decides
	}
	lines := strings.Split(strings.TrimSpace(text), "\n")
	for i, l := range lines {
		l = strings.TrimSpace(yfApostrophe.Replace(fold(l)))
		if l == "" {
			continue
		}
		v := fyiVocative.ReplaceAllString(l, "")
		for _, s := range []string{l, v} {
			rest := s
			for k := 0; k < 2; k++ { // "Zie onderstaand verzoek. Ter info: …"
				rest = fyiRefusalLead.ReplaceAllString(rest, "")
			}
			if fyiOwnRefusal.MatchString(rest) {
				return true
			}
		}
		// A greeting or a name on a line of its own may come first: "Hoi Jasper,", "Lies,".
		if i > 1 || !strings.HasSuffix(l, ",") || len(strings.Fields(l)) > 3 {
			return false
		}
	}
	return false
}
