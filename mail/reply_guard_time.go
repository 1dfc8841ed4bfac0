package mail

import "regexp"

// An approval that puts the spending off, or cuts it, in words the other guard rules do not
// read in a later sentence: "Akkoord. Niet in december.", "Akkoord. Wel pas na 1 januari
// bestellen.", "Akkoord, in 2027.", "Approved. Half now, the rest next year.", "Akkoord. De
// helft van het bedrag.", "Akkoord. Laat me er een nachtje over slapen." Every clause of
// the text after the approval phrase (its own sentence and all later ones) is read for four
// shapes; a clause of reason or consequence ("…, dan liggen ze er in het voorjaar") tells
// why and is left out:
//
//   - not before: "pas na/in/op/vanaf/volgend …", "not before", "not until", "no earlier
//     than", "niet eerder dan", "wait until";
//   - a later period of the calendar named as when: "in 2027", "in januari", "na de zomer",
//     "after Christmas", "volgend jaar", "next month", "vanaf het voorjaar". A deadline
//     ("voor vrijdag", "before the summer", "uiterlijk …") and a time of day ("na 17:00")
//     name no period and stay a practical remark;
//   - a share at the head of a clause: "De helft van het bedrag.", "Half now", "50% nu",
//     "the rest next year";
//   - one number in place of another, or said to be enough: "Eén in plaats van twee.",
//     "Eentje is genoeg.", "One will do.";
//   - the writer still to think or come back: "laat me er een nachtje over slapen", "let me
//     sleep on it", "ik kom er nog op terug", "I'll think about it", "I'll get back to you".
var (
	timePeriod = `(?:20\d\d|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|june|july|august|october|voorjaar|zomer|najaar|herfst|winter|lente|spring|summer|autumn|fall|kerst\p{L}*|christmas|pasen|easter|pinksteren|whitsun|carnaval|\p{L}*vakantie|half[\s-]?term|nieuwjaar|new\s+year|jaarwisseling|holidays?|(?:volgend|volgende|komend|komende|next|coming|het\s+nieuwe|the\s+new)\s+(?:jaar|year|maand|month|kwartaal|quarter|seizoen|season|begrotingsjaar|boekjaar|financial\s+year|school\s*year|schooljaar)|q[1-4])`

	// "pas na 1 januari", "not before January", "wait until the new year", "Don't order it
	// until January", "Niet bestellen voor januari"; "pas na 13:00" is a time of day.
	timeNotBefore = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:pas|not\s+before|not\s+until|not\s+till|no\s+earlier\s+than|niet\s+eerder\s+dan|niet\s+v[oó]{1,2}r|(?:wait|wacht|wachten)\s+(?:until|till|tot|met\s+\p{L}+\s+tot)|(?:don'?t|do\s+not|niet|niets|nothing)(?:\s+\p{L}+){0,3}?\s+(?:until|till|before|tot|v[oó]{1,2}r))\s+(?:(?:na|in|op|vanaf|per|after|in|begin|eind|medio|halverwege)\s+)?(?:(?:de|het|the|this)\s+)?(?:\d{1,2}\s+)?` + timePeriod + `(?:[^\p{L}'’]|$)`)

	// "in 2027", "na de zomer", "after Christmas", "volgend jaar", "next month".
	timeLaterPeriod = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:(?:in|na|after|vanaf|from|per|ergens\s+in|sometime\s+in|begin|eind|medio|early|late|end\s+of|start\s+of)\s+(?:(?:de|het|the|this|deze|dit|\d{1,2})\s+)?` + timePeriod + `|(?:volgend|volgende|komend|komende|next|coming)\s+(?:jaar|year|maand|month|kwartaal|quarter|seizoen|season|begrotingsjaar|boekjaar|financial\s+year|schooljaar|school\s*year))(?:[^\p{L}'’]|$)`)

	// A clause with a subject or a modal states a plan or a fact ("Volgend jaar moeten we
	// beter begroten", "De planning mag in de kerstvakantie", "Let's also put it on next
	// year's budget"), and one that schedules the work ("Please schedule it after the
	// holidays") says when it is done, not whether; a later period in it is no limit on this
	// approval. A bare period or an instruction to buy later ("Bestel maar na de kerst", "In
	// 2027.") is. "tot de zomer" is how long, not from when.
	timeStatement = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:plan|plannen|inplannen|gepland|ingepland|planning|schedule|scheduled|scheduling|inroosteren|agenda|afspraak|appointment|book|boeken|we|wij|ik|i|let'?s|let\s+us|mag|mogen|moet|moeten|kan|kunnen|can|could|may|must|should|zal|zullen|will|would|is|zijn|wordt|worden|was|waren|hebben|heeft|have|has|had|are|were|ze|zij|they|hij|he|she|je|jij|you)(?:[^\p{L}]|$)`)

	// A preference or a choice left to them is no limit: "Het liefst in de kerstvakantie",
	// "wat mij betreft pas na de jaarwisseling", "maar dat laat ik aan jullie", "preferably
	// after Christmas", "if possible".
	timeSoftener = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:wat\s+mij\s+betreft|het\s+liefst|liefst|liefste|bij\s+voorkeur|indien\s+mogelijk|als\s+het\s+kan|laat\s+ik\s+aan|aan\s+jullie|aan\s+jou|up\s+to\s+you|preferably|ideally|if\s+possible|your\s+call)(?:[^\p{L}]|$)`)

	// A share at the head of a clause: "De helft van het bedrag.", "Half now", "50% nu",
	// "the rest next year".
	timeShareHead = regexp.MustCompile(`(?i)^[\s\-–—*>•]*(?:(?:p\.?\s?s\.?|n\.?\s?b\.?|maar|but|en|and|wel|ook|also|dus|so|dan|then|graag|please|though|eerst|first|voorlopig|for\s+now|just|only|alleen|nu|now)\s*[:,]?\s+)*(?:(?:de|het|the|een|a|ongeveer|about|roughly|circa|ca\.?)\s+)?(?:helft|half|deel|gedeelte|part|portion|\d+\s*%|\d+\s*procent|\d+\s*percent|rest|remainder)(?:[^\p{L}]|$)`)

	// The writer still to think, consult or come back: "laat me er een nachtje over slapen",
	// "ik kom er nog op terug", "Ik overleg nog met Piet", "let me sleep on it", "I'll get
	// back to you", "I need to run it past Jan first", "I'll confirm next week".
	timeWriterDefers = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:laat\s+me|laat\s+mij|let\s+me|ik\s+(?:wil|ga|moet|kom|zal|overleg|bespreek|bevestig|leg)|i\s*(?:'ll|will|need\s+to|want\s+to|have\s+to|'d\s+like\s+to|am\s+going\s+to))(?:\s+\p{L}+){0,5}?\s+(?:nadenken|denken|slapen|overwegen|overdenken|beraden|terug|terugkomen|overleg|overleggen|bespreek|bespreken|voorleggen|bevestig|bevestigen|think|sleep|consider|mull|reflect|ponder|get\s+back|come\s+back|revert|confirm|consult|discuss|run\s+(?:it|this|that)\s+(?:past|by)|check\s+with)(?:[^\p{L}]|$)`)

	// A number in place of another: "Eén in plaats van twee.", "two instead of three".
	timeInstead = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:\d+|één|eén|een|twee|drie|vier|vijf|zes|one|two|three|four|five|six)\s+(?:\p{L}+\s+)?(?:in\s+plaats\s+van|i\.?\s?p\.?\s?v\.?|instead\s+of|rather\s+than)\s+(?:\d+|één|een|twee|drie|vier|vijf|zes|zeven|acht|tien|one|two|three|four|five|six|seven|eight|ten)(?:[^\p{L}]|$)`)

	// A number said to be enough: "Eentje is genoeg.", "One will do.", "Twee is voldoende".
	timeEnough = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:\d+|één|eén|een|eentje|twee|tweetjes|drie|vier|vijf|one|two|three|four|five)\s+(?:\p{L}+\s+)?(?:is|zijn|will|would|should|moet|moeten|kan|kunnen)\s+(?:ook\s+|wel\s+|echt\s+)?(?:genoeg|voldoende|enough|do|suffice)(?:[^\p{L}]|$)`)

	// The writer still to consult, decide or tell, in words of their own: "Ik overleg nog met
	// Piet", "Ik laat het je nog weten", "I still have to check with Jan": a first person, a
	// "nog/eerst/still/first" and a verb of deciding later in one clause.
	timeWriterI     = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:ik|i|me|mij)(?:[^\p{L}]|$)`)
	timeWriterStill = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:nog|eerst|still|first)(?:[^\p{L}]|$)`)
	timeWriterVerb  = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:overleg\p{L}*|bespre\p{L}*|bespreek|bevestig\p{L}*|beslis\p{L}*|weten|navragen|vraag|nadenken|terug\p{L}*|check\p{L}*|confirm\p{L}*|decide|discuss|consult|ask|know)(?:[^\p{L}]|$)`)

	timeSentenceSplit = regexp.MustCompile(`[!?\n]+|\.+(?:\s|$)`)
	timeClauseSplit   = regexp.MustCompile(`[,;:()–—]+|\s-\s`)
	timeReasonHead    = regexp.MustCompile(`(?i)^\s*(?:dan|want|omdat|zodat|anders|aangezien|because|since|so|so\s+that|otherwise|as|zodoende|then)(?:[^\p{L}]|$)`)
)

// timingLimit reports a limit of time or share in rest, the text after an approval phrase
// (see above).
func timingLimit(rest string) bool {
	for _, sentence := range timeSentenceSplit.Split(withoutClockHalf(rest), -1) {
		if timeSoftener.MatchString(sentence) {
			continue
		}
		if timeInstead.MatchString(sentence) || timeEnough.MatchString(sentence) {
			return true
		}
		for _, c := range timeClauseSplit.Split(sentence, -1) {
			if timeReasonHead.MatchString(c) {
				continue
			}
			if (timeWriterI.MatchString(c) && timeWriterStill.MatchString(c) && timeWriterVerb.MatchString(c)) ||
				timeNotBefore.MatchString(c) || timeShareHead.MatchString(c) || timeWriterDefers.MatchString(c) ||
				(timeLaterPeriod.MatchString(c) && !timeStatement.MatchString(c)) {
				return true
			}
		}
	}
	return false
}
