package mail

import (
	"regexp"
	"strings"
)

// The guard reads the approval's own sentence and the one after it closely. A limit can come
// later too: on a line of its own ("Akkoord.\n\nTot 500 euro."), after a PS ("PS: niet voor
// de lunch.") or two sentences on ("Akkoord. Bedankt voor de offerte. Wel maximaal 400
// euro."). Every later sentence and line of the new text is read for the plain shapes of a
// limit: a cap, a condition, a cut at the head of a clause ("Niet voor de lunch.", "Alleen
// de koffie.", "De lunch niet.", "Maar zonder de soep."). A statement with a negation inside
// it ("we kunnen niet met een kwijtgeraakte sleutelbos blijven zitten") is no cut there: only
// the sentence right after the approval is read for that.

// A booking instruction names the account or budget and, to be clear, the one not to use:
// "Let op: factuur graag op kostenplaats 6120 boeken, niet op algemeen onderhoud", "ten
// laste van het budget Digitalisering en niet van de algemene reserve", "Please bill it to
// cost centre 4410, not to the events budget". It says where the money goes, it cuts nothing
// from the approval. The negated part names a place for the money: a preposition of booking
// ("niet op/van/naar/onder …", "not to/on/against/under …") or a word of booking ("niet de
// algemene reserve", "not the events budget").
var (
	guardBookingWord = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:kostenplaats\p{L}*|kostenplaatsen|bon|bonnen|bonnetje\p{L}*|kassabon\p{L}*|rekening|rekeningen|receipt\p{L}*|kostensoort\p{L}*|kostenpost\p{L}*|grootboek\p{L}*|boeken|boek|boekt|geboekt|ten\s+laste|factuur|facturen|factureer|factureren|gefactureerd|budget\p{L}*|begrotingspost\p{L}*|projectcode|projectnummer|ordernummer|inkoopordernummer|cost\s+cent(?:re|er)s?|cost\s+code|budget\p{L}*|ledger|account\s+code|charge|charged|bill|billed|invoice\p{L}*|book|booked)(?:[^\p{L}]|$)`)
	guardBookingNot  = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:(?:en|and|maar|but)\s+)?(?:niet|not|geen)\s+(?:(?:op|van|naar|onder|ten\s+laste\s+van|to|on|against|under|from|via)(?:[^\p{L}]|$)|(?:de|het|the|a|een)\s+(?:[^,;:.!?\n]*?[^\p{L}])?(?:kostenplaats\p{L}*|kostensoort\p{L}*|kostenpost\p{L}*|grootboek\p{L}*|budget\p{L}*|reserve\p{L}*|post|begroting\p{L}*|rekening|cost\s+cent(?:re|er)|budget|reserve|account|ledger|code)(?:[^\p{L}]|$))[^,;:.!?\n]*`)
)

// withoutBookingNot returns s without the negated part of a booking instruction (see
// guardBookingNot). A sentence without a word of booking is returned as it is.
func withoutBookingNot(s string) string {
	return withoutBookingNotAfter(s, "")
}

// withoutBookingNotAfter is withoutBookingNot where the word of booking may also stand in
// before, the text just before s: a line break or an abbreviation ("t.a.v.") that ends a
// sentence early leaves "en niet op jouw eigen naam" apart from "de factuur op naam van …".
func withoutBookingNotAfter(s, before string) string {
	out := guardBookingNot.ReplaceAllStringFunc(s, func(m string) string {
		if guardBookingShare.MatchString(m) {
			return m // "niet het hele budget": a share, not an account
		}
		return " "
	})
	if out == s || !(guardBookingWord.MatchString(out) || guardBookingWord.MatchString(before)) {
		// The word of booking must be in what is left: "Akkoord, maar niet het budget" names
		// no account to use instead.
		return s
	}
	return out
}

// Words of quantity in a negated part make it a share of the money, not an account:
// "niet het hele budget", "not the full amount".
var guardBookingShare = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:hele|gehele|volledige|totale|helft|deel|gedeelte|rest|whole|full|entire|total|half|part|rest|all)(?:[^\p{L}]|$)`)

var (
	// A condition in words that only make one: "Mits het voor 1 december klaar is.",
	// "Provided it stays within budget.", "Het hangt wel af van de prijs.", "Only if the
	// quote is final.", "Pas als de offerte er is."
	guardLaterCondition = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:mits|op\s+(?:de\s+)?voorwaarde|onder\s+(?:de\s+)?voorwaarden?|onder\s+voorbehoud|behoudens|zolang|provided|providing|as\s+long\s+as|on\s+(?:the\s+)?condition|conditional\s+(?:on|upon)|subject\s+to|hangt\s+(?:\p{L}+\s+){0,2}af\s+van|afhankelijk\s+van|depends?\s+(?:\p{L}+\s+){0,1}on|depending\s+on|only\s+(?:if|once|after|when)|not\s+until|(?:alleen|enkel|uitsluitend)\s+(?:als|indien|wanneer|na|nadat|zodra|op\s+voorwaarde)|pas\s+(?:als|wanneer|zodra|nadat|indien))(?:[^\p{L}]|$)`)

	// A cut at the head of a clause: "Niet voor de lunch.", "PS: alleen de koffie.", "Maar
	// zonder de soep.", "Only the coffee.", "But not the catering." Lead-ins (PS, NB, maar,
	// wel, ook, but, also …) go before it.
	guardLaterCut = regexp.MustCompile(`(?i)^[\s\-–—*>•]*(?:(?:p\.?\s?s\.?|n\.?\s?b\.?|let\s+op|maar|but|en|and|wel|ook|also|dus|so|then|dan|though|however|echter|graag|please|o|oh)\s*[:,]?\s+)*(?:niet|not|geen|no|behalve|except|excluding|exclusief|zonder|without|alleen|enkel|uitsluitend|slechts|only|just)\s+(?:voor|for|de|het|the|op|aan|met|bij|over|die|dat|deze|dit|those|that|these|this|\d|€|in|na|tijdens|during|before|after|until|till|tot|next|volgend\p{L}*|komend\p{L}*|vanaf|from|binnen|within|v[oó]{1,2}r|één|eén|een|twee|drie|vier|vijf|one|two|three|four|five)(?:[^\p{L}]|$)`)

	guardLaterClause = regexp.MustCompile(`[,;:()–—]+|\s-\s`)
	guardLaterSplit  = regexp.MustCompile(`[!?\n]+|\.+(?:\s|$)`)
)

// laterLimit reports a limit, condition or cut in a sentence or line of rest (the new text
// after the approval's sentence).
func laterLimit(rest string) bool {
	prev, prev2 := "", "" // the two pieces before: "… de factuur op naam van de club (t.a.v. | penningmeester) | en niet op …"
	for _, s := range guardLaterSplit.Split(rest, -1) {
		if guardVariantChoice.MatchString(s) {
			prev, prev2 = s, prev
			continue // "Order the 8-way one, not the 6-way.": a choice, no cut
		}
		s, prev, prev2 = withoutClockHalf(withoutPlaceNot(withoutBookingNotAfter(s, prev2+" "+prev))), s, prev
		if guardCapped.MatchString(s) || guardLaterCondition.MatchString(s) || shareIn(s) ||
			exceptClauseAfter(s) || (guardButNext.MatchString(s) && guardButCut.MatchString(s)) {
			return true
		}
		for _, c := range guardLaterClause.Split(s, -1) {
			if guardLaterCut.MatchString(c) {
				return true
			}
		}
	}
	return false
}

// nextSentence returns the first sentence with words in it after the one that ends at
// text[to], with the terminators and blank lines before it in front: after "Akkoord.\n\n"
// it is the line that follows, not the empty text between "." and "\n".
func nextSentence(text string, to int) string {
	next := text[min(to, len(text)):]
	k := 0
	for k < len(next) && strings.ContainsRune(".!?\n\r \t", rune(next[k])) {
		k++
	}
	if k == 0 || k == len(next) {
		return sentenceAfter(text, to)
	}
	if j := strings.IndexAny(next[k:], ".!?\n"); j >= 0 {
		return next[:k+j]
	}
	return next
}

// A time of day with "half" is no share: "voor half 9 of na 5", "na half negen". The
// clock time is taken out before guardShare reads the sentence.
var guardClockHalf = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:voor|na|om|tot|vanaf|rond|omstreeks|tussen)\s+half\s+(?:\d{1,2}|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)(?:\s*(?:uur|u))?\s*(?:$|[).,;!?\n]|(?:of|en|or|and)(?:[^\p{L}]|$))`)

// withoutClockHalf returns s without its clock times with "half" (guardClockHalf).
func withoutClockHalf(s string) string {
	return guardClockHalf.ReplaceAllString(s, " ")
}

// shareIn reports an approval of a share in s (guardShare), a clock time aside.
func shareIn(s string) bool {
	return guardShare.MatchString(withoutClockHalf(s))
}
