package mail

import "testing"

// A refusal concluding the reasons before it ("Dus …", "Derhalve", "So …", "Voor nu: …"),
// with what to do instead or later after it, is a refusal (reply_refusalconcluded.go).
func TestConcludedRefusalRead(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Hoi Sanne,\n\nIk begrijp dat de oude printer traag is, maar de kas is na de kerstmarkt zo goed als leeg. Dus helaas niet akkoord. Zullen we het volgend jaar opnieuw in de begroting opnemen?\n\nGroet, Wim", DecisionReject},
		{"Ik heb de cijfers bekeken en het past niet meer binnen het potje voor dit kwartaal. Voor nu: geen akkoord.\n\nHenk", DecisionReject},
		{"Het busje kan ook op dinsdag, dan is het tarief de helft. Zaterdagtoeslag betalen we niet.\n\nDus: niet akkoord in deze vorm. Vraag de verhuurder maar om een prijs voor dinsdag.", DecisionReject},
		{"Geachte heer,\n\nDe commissie heeft de aanvraag besproken. Het bedrag valt ruim buiten het jaarplan.\n\nAfgewezen derhalve.", DecisionReject},
		{"Hi Mark,\n\nThe projector is due to be replaced with the new AV contract in spring, so buying a lamp now would be wasted money. Therefore: not approved.\nIf it fails before then, borrow the one from room 4.\n\nJane", DecisionReject},
		{"Ik zou zeggen akkoord, want de oude kachel is echt op. Maar de penningmeester belde net: alle uitgaven liggen stil tot de jaarrekening rond is. Dus helaas: niet akkoord. Ik baal er zelf ook van.", DecisionReject},
		{"We have already spent the training budget for this year. So no - declined. Shall we look at it again for next year's budget?", DecisionReject},
	})
}

// Similar wording that is no concluded refusal stays none: a question, a condition, a
// share kept, doubt, a decision still open, a yes after it, or a yes that is not overruled.
func TestConcludedRefusalKeptOpen(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Het budget is op. Dus niet akkoord?", DecisionNone},
		{"Het budget is krap. Dus niet akkoord, tenzij de sponsor de helft betaalt.", DecisionNone},
		{"De datum komt slecht uit. Dus niet akkoord met de datum, wel met het werk.", DecisionNone},
		{"Het budget is op. Dus niet akkoord. Of toch wel? Ik weet het niet.", DecisionNone},
		{"Het budget is krap. Dus voor nu niet akkoord. We bespreken het volgende week in het bestuur.", DecisionNone},
		{"Het budget is op. Dus niet akkoord in deze vorm. Kun je uitleggen waarom het zo duur is?", DecisionNone},
		{"The budget is spent. So: rejected as it stands. Why does it cost this much?", DecisionNone},
		{"Het budget is op. Dus niet akkoord. Als de gemeente subsidie geeft, dan wel.", DecisionNone},
		{"Akkoord voor de verf. Dus niet akkoord voor de kwasten.", DecisionNone},
		{"Ik twijfel. Dus niet akkoord, denk ik.", DecisionNone},
		{"Akkoord of niet akkoord, ik weet het niet. Dus niet akkoord voorlopig.", DecisionNone},
		{"The budget is tight. So not approved. Or maybe we can find the money elsewhere?", DecisionNone},
		{"Als het meer dan 500 euro kost: dus niet akkoord.", DecisionNone},
		{"The supplier is late again. So not approved for now, but the small order is fine.", DecisionNone},
	})
	noApproval(t, DefaultKeywords(),
		"Het budget is op. Dus niet akkoord. Oeps, verkeerde knop, ik bedoel akkoord als het onder de 200 blijft.",
		"Dus niet akkoord? Nee hoor, akkoord, maar alleen voor de kleine kast.",
	)
}
