package mail

import "regexp"

// A clear yes first, then a request to act put as a question (R2 in reply_yesfirst.go:
// bareYesRemarkQuestion reads it). Besides "Kun je …?" and "Could you …?" the request may be
// put to "we" ("Could we please ask for …?", "Kunnen we de zaal weer bij De Linde huren?"),
// as a reminder ("Denk je eraan dat …?") or as a question whether a practical step outside
// the request was already taken ("Hebben we al aangifte gedaan?", "Tim, heb je de
// verzekering al gebeld?", "Has anyone told the caretaker yet?"). Words that read as a doubt
// about the request elsewhere play another role in such a request, and are read by it:
//
//   - "make sure" asks for care, it doubts nothing ("sure" elsewhere: "are you sure?");
//   - "before it goes live", "before induction on the 5th", "voordat de vergadering
//     begint": a time for the work, not a step before the decision, as long as the clause
//     names no purchase, payment, signature, decision, check or start by somebody;
//   - "voor wie er niet bij kan zijn", "for those who can't make it": a negation that
//     describes people, inside their own relative clause, cuts nothing from the request.
//
// Everything else in the question is read by the same features as any remark question: the
// request's price, need, budget, an alternative or second quote, a cap, a part, a condition,
// a decision word, a step first or a deferral keep the reply open.

var (
	// A request put to "we": "Could we …", "Can we please …", "Kunnen we …", "Zouden we …".
	// "Shall we"/"zullen we" proposes, it does not ask somebody to act.
	actWeOpen = regexp.MustCompile(`^(?:could|can|kunnen|zouden|kunnen)\s+(?:we|wij)\s+(?:please\s+|misschien\s+|ook\s+|dan\s+)*(?:\p{L}+)`)
	// A reminder put as a question: "Denk je eraan dat …?", "Denken jullie er wel aan …?",
	// "Will you remember to …?".
	actRemind = regexp.MustCompile(`^(?:(?:denk|denkt|denken)\s+(?:je|jij|jullie|u)\s+(?:er\s+)?(?:(?:wel|ook|nog|even|zeker)\s+)*(?:aan|eraan)|(?:will|would|could|can)\s+(?:you|someone)\s+(?:please\s+)?remember)\b`)
	// Whether a practical step was already taken: "Hebben we al aangifte gedaan?", "heb je de
	// aangifte al gedaan", "is dat al gebeurd", "Have you reported it yet?", "Has anyone told
	// the caretaker already?".
	actDoneOpen = regexp.MustCompile(`^(?:heb|hebben|heeft|is|zijn|have|has|did)\s+(?:je|jij|jullie|u|we|wij|hij|zij|ze|iemand|dat|het|you|they|he|she|someone|anyone|anybody|somebody|that|it|(?:de|het|die|the)\s+\p{L}+)\s+(?:\p{L}+\s+){0,5}?(?:al|already|yet)\b`)
	// "make sure"/"ensure": care, no doubt.
	actMakeSure = regexp.MustCompile(`\b(?:make\s+sure|making\s+sure)\b`)
	// "before/voordat …" up to the end of the clause.
	actBeforeClause = regexp.MustCompile(`\b(?:voordat|before)\s+[^,;:]*`)
	// A clause after "before" that is a step before the decision or the work rather than a
	// time: a purchase, payment, signature, booking, decision, check, somebody starting, or a
	// word of a first step.
	actBeforeStep = regexp.MustCompile(`\b(?:eerst|first|vooraf|beforehand|pas|wacht\w*|wait\w*|bestel\w*|besteld|order\w*|koop|kopen|gekocht|buy\w*|bought|purchas\w*|aanschaf\w*|betaal\w*|betaald|pay\w*|paid|teken\w*|getekend|sign\w*|boek\w*|geboekt|book\w*|akkoord|goedkeur\w*|goedgekeurd|approv\w*|beslis\w*|besluit|besloten|decid\w*|decision|agree\w*|commit\w*|proceed\w*|doorgaan|doorgaat|(?:go|goes|going|gone)\s+ahead|ga\s+je|ik|i|me|mij|we|wij|you|je|jij|jullie|u|they|ze|zij|hij|he|she|the\s+work|het\s+werk|de\s+werkzaamheden|de\s+klus|the\s+job|contract\w*|offerte\w*|quote\w*)\b`)
	// A relative clause about people that holds a negation: "voor wie er niet bij kan zijn",
	// "iedereen die niet kan komen", "for those who can't make it", "anyone who isn't there".
	actPeopleNotClause = regexp.MustCompile(`\b(?:voor\s+wie|(?:iedereen|degenen|diegenen|mensen|collegas|leden|ouders|vrijwilligers|bewoners)\s+die|(?:those|anyone|anybody|everyone|everybody|people|colleagues|staff|members|parents|volunteers|residents)\s+who|whoever)\s+[^,;:]*`)
)

var (
	// What a question whether a step was taken may not ask about: a decision, agreement,
	// signature, grant, funding, payment or permit ("Heeft het bestuur al ingestemd?", "Is de
	// subsidie al toegekend?", "Has the insurance paid out yet?").
	actDoneUnsafe = regexp.MustCompile(`\b(?:ingestemd|instem\w*|agreed|agree\w*|signed|sign\w*|getekend|goedgekeurd|approved|akkoord|toegekend|granted|award\w*|betaald|paid|pay\w*|uitgekeerd|vergoed\w*|reimburs\w*|subsid\w*|grant\w*|fund\w*|financ\w*|budget\w*|begroting\w*|rond|besloten|decided|beslist|bevestigd|confirmed|toestemming|permission|vergunning\w*|permit\w*|offerte\w*|quote\w*|prijs\w*|price\w*)\b`)
	// Asking whoever decides or pays: "Could you ask the board …?", "Kun je het aan de
	// penningmeester voorleggen?", "Can you check with finance …?".
	actAskDecider = regexp.MustCompile(`\b(?:ask|asking|vraag|vragen|check\w*|run\s+(?:\w+\s+)?(?:by|past)|voorleggen|leg\w*\s+(?:\w+\s+){0,3}voor|consult\w*|raadpleeg\w*)\s+(?:\w+\s+){0,3}?(?:(?:the|het|de|our|onze|ons)\s+)?` + actDeciders + `\b|\b(?:aan|bij|met)\s+(?:(?:de|het|onze|ons)\s+)?` + actDeciders + `\s+(?:\w+\s+){0,2}?(?:voorleggen|voor\s+leggen|vragen|navragen|checken|afstemmen|overleggen|bespreken|voorgelegd|gevraagd|afgestemd|overlegd|besproken)\b`)
	actDeciders   = `(?:board|bestuur|committee|commissie|treasurer|penningmeester|chair|voorzitter|directie|director|directeur|finance|financien|mt|council|raad|budgethouder|controller)`
	// An alternative to what was asked: "een andere leverancier", "another supplier", "i.p.v.".
	actAlternative = regexp.MustCompile(`\b(?:andere\s+(?:leverancier|aanbieder|optie|winkel|bedrijf|firma|partij|installateur|aannemer)|(?:other|another|different)\s+(?:supplier|option|shop|company|firm|vendor|contractor)|ipv|in\s+plaats|second\s+opinion)\b`)
)

// Somebody else's yes asked about: "Can you make sure the board agrees?", "Kun je nagaan
// of de penningmeester ermee instemt?".
var actOthersAgree = regexp.MustCompile(`\b(?:he|she|they|hij|zij|ze|everyone|everybody|iedereen|finance|(?:the|our)\s+(?:board|committee|treasurer|chair|director|council|team|others|manager)|het\s+(?:bestuur|mt|team)|de\s+(?:penningmeester|voorzitter|directie|directeur|commissie|raad|manager|anderen))\s+(?:\w+\s+){0,2}?(?:agrees?|agreed|is\s+(?:ok|okay|fine|happy)\s+with|(?:er\s*mee\s+|ermee\s+|daarmee\s+)?instemt|(?:er\s*mee\s+|ermee\s+)?akkoord\s+(?:is|gaat))\b`)

// actQuestionOpen reports a question (folded, labels and a vocative taken off) that asks "we"
// to act, reminds somebody of a step, or asks whether a practical step was already taken.
func actQuestionOpen(q string) bool {
	return actWeOpen.MatchString(q) || actRemind.MatchString(q) || actDoneOpen.MatchString(q)
}

// actRoleFree returns q with the words taken out that play a role other than a doubt in a
// request to act (see above): "make sure", a time "before …", a negation that describes people.
func actRoleFree(q string) string {
	q = actMakeSure.ReplaceAllString(q, "ensure")
	q = actBeforeClause.ReplaceAllStringFunc(q, func(m string) string {
		rest := m[len("before"):]
		if len(m) >= len("voordat") && m[:len("voordat")] == "voordat" {
			rest = m[len("voordat"):]
		}
		if actBeforeStep.MatchString(rest) || guardFirstStepUnsafe.MatchString(rest) {
			return m
		}
		return " "
	})
	return actPeopleNotClause.ReplaceAllString(q, " ")
}

// In the statement that explains such a question the writer may say what they do next: "Dan
// bel ik de verzekering." calls a third party; it puts nothing off ("bel" elsewhere: "ik bel
// je morgen", "bel me even"). Calling whoever decides or pays ("Dan bel ik het bestuur") is
// a step before the decision and stays.
var (
	actCallThird  = regexp.MustCompile(`\b(?:bel|bellen|call|ring)\s+(?:(?:ik|we|wij|i|je|jij|jullie|u|you)\s+)?(?:(?:dan|wel|even|zelf|meteen|direct|morgen|then)\s+)*(?:de|het|the)\s+(\p{L}+)\b`)
	actCallDecide = set("bestuur", "board", "voorzitter", "chair", "chairman", "penningmeester", "treasurer", "directie",
		"directeur", "director", "manager", "mt", "raad", "council", "commissie", "committee", "finance", "financien",
		"controller", "budgethouder", "leverancier", "supplier", "aannemer", "contractor", "installateur", "monteur")
	// "Hebben we al aangifte gedaan?": a question whether a step was taken, no part "we
	// already have" (reply_partialveto.go: "tafels hebben we al").
	actHaveWeAlready = regexp.MustCompile(`(^|[.!?\n]\s*)hebben\s+we\s+al(\s[^.!?\n]*\?)`)
)

// actWithoutThirdCall returns s with a call to a third party that does not decide taken out.
func actWithoutThirdCall(s string) string {
	return actCallThird.ReplaceAllStringFunc(s, func(m string) string {
		if sm := actCallThird.FindStringSubmatch(m); sm != nil && actCallDecide[sm[1]] {
			return m
		}
		return " "
	})
}
