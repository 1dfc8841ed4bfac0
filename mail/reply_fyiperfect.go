package mail

import (
	"regexp"
	"strings"
	"unicode"
)

// The writer's own approval told in the perfect tense to a colleague, with SPOC copied and
// a practical request after it: "Ter info: ik heb akkoord gegeven voor de nieuwe koelkast,
// SPOC staat in de cc. Wil jij de oude leeghalen voordat ze komen?", "Tim, ik heb de router
// en firewall zojuist goedgekeurd, SPOC staat in de cc. Wil jij een moment afspreken?",
// "Jo - FYI I've approved this one (spoc in cc). Can you let Sam know …?". Dutch puts the
// object between "heb" and the participle; up to ten words may stand there, none of them a
// condition, cap, part, deferral or doubt. The rest is read as after a bare yes (a request
// to do something is a remark); the notes that SPOC is copied and "(see below)" are left
// out. The adverb may come first ("Hier heb ik zojuist akkoord op gegeven."), and an emoji
// ends the sentence ("… op de kerstlunch 🎄 Wil jij reserveren?"). Whether the mail went to SPOC at all is the forward check's business (fyiDecision).
var (
	fyiPerfectHead = regexp.MustCompile(`(?i)^\s*(?:(?:fyi|ter\s+info(?:rmatie)?|even\s+ter\s+info|alvast\s+ter\s+info|for\s+(?:your\s+)?info(?:rmation)?)\s*[:\-–—,]?\s*)?(?:ik\s+heb|heb\s+ik|(?:hier|daar|hierop|daarop|hiervoor|daarvoor|dit|deze|die|net|zojuist|zonet|vanochtend|vandaag|gisteren|inmiddels)\s+heb\s+ik|i\s*['’]?ve|i\s+have|i)\s+((?:[^\s.!?]+\s+){0,10}?)(?:mijn\s+)?(?:akkoord\s+(?:op\s+|voor\s+)?gegeven|ja\s+(?:op\s+|tegen\s+)?gezegd|goedgekeurd|approved)\b([^.!?\n\p{So}]*)[.!]?`)
	fyiPerfectName = regexp.MustCompile(`(?i)^\s*(?:(?:hoi|hi|hallo|hello|dear|beste|ha|hey)\s+)?\p{L}+(?:\s+\p{L}+)?\s*(?:,|\s[-–—])\s*`)
	fyiPerfectNote = regexp.MustCompile(`(?i)\(\s*(?:see\s+below|zie\s+(?:hieronder|onder)|spoc\s+(?:is\s+)?in\s+(?:de\s+)?cc|spoc\s+staat\s+in\s+de\s+cc)[^)]*\)|[,;]?\s*(?:de\s+)?spoc\s+(?:staat|zit|is)\s+(?:\p{L}+\s+)?(?:in\s+(?:de\s+)?cc|gecc['’]?d|in\s+kopie)(?:\s*,?\s*(?:so|dus)\s+[^.!?\n]*)?`)
)

// fyiPerfectApproval reports such a note and the end of the approval.
func fyiPerfectApproval(text string) (int, bool) {
	end, ok := fyiPerfectHeadEnd(text)
	if !ok {
		return 0, false
	}
	rest := fyiPerfectNote.ReplaceAllString(strings.TrimLeftFunc(text[end:], func(r rune) bool {
		return unicode.IsSpace(r) || unicode.Is(unicode.So, r) || unicode.Is(unicode.Sk, r) || r == '\uFE0F'
	}), " ")
	rest = yfWorkersComing.ReplaceAllString(rest, " ")
	if reportedOwnDecideLater.MatchString(fold(rest)) || !remarkChangesNothingAfter(rest, true) || !questionsAfterArePractical(withoutNoHold(rest)) {
		return 0, false
	}
	return end, true
}

// fyiPerfectHeadEnd reports a note that opens with the writer's own approval in the perfect
// tense, with nothing in it that limits the approval, and the end of that approval; what
// follows is not read.
func fyiPerfectHeadEnd(text string) (int, bool) {
	if len(text) > reportedOwnMaxText {
		return 0, false
	}
	off := 0
	if m := fyiPerfectName.FindStringIndex(text); m != nil && !strings.Contains(text[:m[1]], "\n\n") || m != nil && strings.Count(strings.TrimSpace(text[:m[1]]), " ") <= 2 {
		off = m[1]
	}
	m := fyiPerfectHead.FindStringSubmatchIndex(text[off:])
	if m == nil {
		return 0, false
	}
	if fyiPerfectNotOwn.MatchString(fold(text[off+m[2] : off+m[3]])) {
		return 0, false // "Ik heb gehoord dat het meerwerk is goedgekeurd.": not the writer's
	}
	if fyiPastBareI.MatchString(text[off+m[0]:off+m[2]]) && !fyiPastAdverbs.MatchString(fold(text[off+m[2]:off+m[3]])) {
		return 0, false // "I would have approved this.", "I almost approved it.": no simple past
	}
	obj := yfApostrophe.Replace(fold(text[off+m[2]:off+m[3]] + " " + text[off+m[4]:off+m[5]]))
	obj = fyiPerfectNote.ReplaceAllString(obj, " ")
	if fyiPerfectThat.MatchString(fold(text[off+m[4]:off+m[5]])) || yfAlternative.MatchString(obj) {
		return 0, false // "Ik heb goedgekeurd dat ze een offerte maken.": something else approved
	}
	if yfCondition.MatchString(obj) || yfDefer.MatchString(obj) || yfDoubt.MatchString(obj) || yfNegation.MatchString(obj) ||
		(yfCap.MatchString(obj) && !yfCapFree.MatchString(obj)) || yfRetract.MatchString(obj) {
		return 0, false
	}
	return off + m[1], true
}

// The simple past "I approved" (no "I've"/"I have") takes only an adverb of time before
// the verb: "I approved this one.", "I just approved it."
var (
	fyiPastBareI   = regexp.MustCompile(`(?i)\bi\s+$`)
	fyiPastAdverbs = regexp.MustCompile(`^(?:(?:just|already|hereby|today|yesterday|now)\s+)*$`)
)

var fyiPerfectThat = regexp.MustCompile(`^\s*,?\s*(?:dat|that|om|to)\b`)

// Words between "ik heb" and the participle that make the approval someone else's or
// report it: "gehoord dat het … is", "begrepen dat", "been told".
var fyiPerfectNotOwn = regexp.MustCompile(`\b(?:dat|that|is|was|wordt|werd|zijn|door|by|been|heard|gehoord|gezien|gelezen|begrepen|vernomen|told|seen|read)\b`)

// "voordat ze komen", "before they come": when a preparation is done, no step before the yes.
var yfWorkersComing = regexp.MustCompile(`(?i)\b(?:voordat|voor)\s+(?:ze|zij|de\s+\p{L}+)\s+(?:komen|komt|langskomen|beginnen|er\s+zijn)\b|\bbefore\s+(?:they|the\s+\p{L}+)\s+(?:come|comes|arrive|arrives|start|starts)\b`)
