package mail

import (
	"regexp"
	"strings"
)

// A question in a sentence of its own after a clear yes may be about something else: the
// writer says so ("One unrelated thing - has anyone sent the annual return yet?", "Los
// daarvan: …?", "Ander punt: …?", "Is de sleutel trouwens al terecht?", "By the way, …?"), or it asks someone to do a practical thing, a named
// colleague or anyone ("Erik, wil jij de huurder even bellen voor een afspraak?", "…, kan
// iemand die factuur naar me doorsturen?"). The request part is read on its own: the last
// clause after a statement, the name that addresses someone left off. It still may not
// doubt, limit or put off anything (guardDoubt); calling someone else is no doubt, "bel me
// even" is (it wants to talk first).
var (
	asideMarker = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:unrelated|los\s+(?:daarvan|hiervan|van\s+dit|van\s+deze\s+aanvraag)|ander\s+(?:punt|onderwerp)|iets\s+anders|something\s+else|another\s+thing|different\s+(?:matter|topic|note)|on\s+another\s+(?:note|matter|subject)|apart\s+from\s+(?:that|this)|separately|off[\s-]topic|nothing\s+to\s+do\s+with\s+this|heeft\s+hier\s+niets\s+mee\s+te\s+maken|trouwens|overigens|by\s+the\s+way|btw|incidentally|out\s+of\s+interest|just\s+curious|uit\s+(?:interesse|nieuwsgierigheid)|(?:separate|unrelated|different|other)\s+question|losse\s+vraag|terzijde|ter\s+zijde)(?:[^\p{L}]|$)`)

	// A polite request to someone: the requester ("wil je", "could you"), a colleague by
	// name (taken off before), anyone ("kan iemand", "could someone", "has anyone"; "have
	// you checked" asks whether it was looked into).
	asideRequest  = regexp.MustCompile(`^(?:(?:en|o|oh|ps|and|also|ook|verder|nog|trouwens|btw)\s+)?(?:(?:wil|wilt|kun|kunt|kan|zou|could|can|would|will)\s+(?:je|jij|u|jullie|you|iemand|anyone|someone|somebody|een\s+van\s+jullie|one\s+of\s+you)|(?:has|have|did|heeft)\s+(?:iemand|anyone|someone|somebody)|(?:vraag|bel|regel|stuur|mail|app|informeer|zorg|check|neem)\s+(?:jij|jullie))\b`)
	asideVocative = regexp.MustCompile(`^\p{L}+\s*,\s*`)
	asideCall     = regexp.MustCompile(`\b(?:bellen|bel|call|ring|phone)\b`)
	asideCallMe   = regexp.MustCompile(`\b(?:me|mij|ons|us)\b`)

	// In a question about another matter "nog"/"yet" asks whether it was done; a word that
	// points at this request ("dit", "this") makes it about this one after all.
	asideStill   = regexp.MustCompile(`\b(?:nog|yet|still|al|already)\b`)
	asideChecked = regexp.MustCompile(`\b(?:checked|gecheckt|gecontroleerd|verified|asked|gevraagd|overlegd|consulted|cleared|besproken|discussed)\b`)
	// "wie had hem als laatste?", "wie was er als eerste?": an order, no condition.
	asideAsOrdinal = regexp.MustCompile(`\bals\s+(?:aller)?(?:eerste|laatste|enige)\b`)
	asideThisOne   = regexp.MustCompile(`\b(?:dit|deze|this|these|aanvraag|verzoek|request|bestelling|order|offerte|quote)\b`)
)

// asideClean reports that q (a folded question said to be about another matter) doubts
// nothing and does not point at this request.
func asideClean(q string) bool {
	return !asideThisOne.MatchString(q) && !asideChecked.MatchString(q) && !guardDoubt.MatchString(asideStill.ReplaceAllString(asideAsOrdinal.ReplaceAllString(q, " "), " "))
}

// asideQuestion reports that the paragraph up to a question (before, the text before its
// "?") says the question is about something else.
func asideQuestion(before string) bool {
	if i := strings.LastIndex(before, "\n\n"); i >= 0 {
		before = before[i:]
	}
	if i := strings.LastIndexAny(before, "!?"); i >= 0 {
		before = before[i+1:]
	}
	return asideMarker.MatchString(before)
}

// practicalRequest reports that q (a folded question without its "?") asks someone to do a
// practical thing and doubts nothing (see above).
func practicalRequest(q string) bool {
	if i := strings.LastIndex(q, ", "); i >= 0 && !asideVocative.MatchString(q) {
		q = q[i+2:] // "ik heb de factuur nog niet gezien, kan iemand die doorsturen"
	}
	q = asideVocative.ReplaceAllString(q, "")
	if !asideRequest.MatchString(q) {
		return false
	}
	if !asideCallMe.MatchString(q) {
		q = asideCall.ReplaceAllString(q, " ")
	}
	return !guardDoubt.MatchString(q) && !asideChecked.MatchString(q)
}

// A question after a clear yes that asks who has a thing or where it is ("En wie heeft die
// andere 7 sleutels??", "PS de sleutel ligt weer niet in het kastje, wie heeft hem??") asks
// about something lost, not about this request: unless it points at the request, at money,
// or doubts.
var (
	asideWhere = regexp.MustCompile(`^(?:(?:en|o|oh|ps|and|also|ook|verder|trouwens|btw)\s+)?(?:wie\s+heeft|who\s+has|who\s+had|whos\s+got|who's\s+got|waar\s+(?:is|zijn|ligt|liggen|blijft|blijven|staat|staan)|where\s+(?:is|are|has|have))\b`)
	asideOther = regexp.MustCompile(`\b(?:andere|other|others)\b`)
	asideMoney = regexp.MustCompile(`\b(?:geld|budget|money|funds|kosten|cost|costs|betaald|paid|pays|betaalt|bedrag|amount|offerte|quote|rekening|account)\b`)
)

// whereaboutsQuestion reports that q (a folded question without its "?") asks who has a
// thing or where it is (see above).
func whereaboutsQuestion(q string) bool {
	if i := strings.LastIndex(q, ", "); i >= 0 && asideWhere.MatchString(q[i+2:]) {
		q = q[i+2:]
	}
	// "die andere 7 sleutels": other things of the same kind, no alternative to the request
	// (an other quote or supplier is money, above).
	return asideWhere.MatchString(q) && !asideThisOne.MatchString(q) && !asideMoney.MatchString(q) &&
		!guardDoubt.MatchString(asideOther.ReplaceAllString(q, " ")) && !asideChecked.MatchString(q)
}

// A question said to be about another matter that asks where the paperwork of another thing
// is: "Waar blijft overigens de offerte voor de nieuwe printer?", "By the way, where is the
// invoice for the new goals?". The thing is named after "voor"/"for"; "Waar blijft de
// offerte hiervoor?" (no marker, this request) asks about this one.
var (
	asidePaperworkWhere = regexp.MustCompile(`^(?:(?:en|o|oh|ps|and|also|ook|verder|trouwens|overigens|btw|by\s+the\s+way)\s*[:,]?\s+)?(?:waar\s+(?:blijft|blijven|is|zijn)|where\s+(?:is|are|has|have)|hoe\s+staat\s+het\s+met|what\s+happened\s+to|whats\s+happened\s+to)\b`)
	asidePaperworkOf    = regexp.MustCompile(`\b(?:offerte|offertes|quote|quotes|factuur|facturen|invoice|invoices|rekening|bon|bill|receipt|prijsopgave)\s+(?:van|voor|for|of)\s+(?:de|het|the|onze|our|een|a|die|that)\s+(?:\p{L}+\s+){0,2}\p{L}+\s*$`)
	asidePaperworkThis  = regexp.MustCompile(`\b(?:dit|deze|this|these|hiervoor|hierbij|hiervan|daarvoor|daarvan|aanvraag|verzoek|request|bestelling|order|klus|job|werk|work|reparatie|repair)\b`)
)

// asidePaperworkQuestion reports q (a folded question without its "?") that asks where the
// paperwork of another thing is, said to be about another matter (see above).
func asidePaperworkQuestion(q string) bool {
	return asideMarker.MatchString(q) && asidePaperworkWhere.MatchString(q) && asidePaperworkOf.MatchString(q) &&
		!asidePaperworkThis.MatchString(q) && !guardDoubt.MatchString(asidePaperworkOf.ReplaceAllString(asideStill.ReplaceAllString(q, " "), " "))
}
