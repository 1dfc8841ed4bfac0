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
		{"Ik heb er een nacht over geslapen. De oude vitrine doet het nog en we verhuizen volgend jaar toch.\n\nOm die reden ga ik niet akkoord. We kunnen het in het voorjaar gerust nog eens bespreken, als je dat wilt.", DecisionReject},
		{"Een nieuwe bus van 40.000 euro past niet in de meerjarenbegroting. Als alternatief stel ik voor dat we er een huren voor de zomerkampen.\n\nNiet akkoord dus, maar ik sta open voor een nieuw voorstel zodra de begroting voor 2028 rond is.", DecisionReject},
		{"The van is only four years old and passed its inspection in May. For that reason I am not approving it. Happy to talk about it again next year if the repairs keep adding up.", DecisionReject},
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
		{"Het is te duur. Om die reden ben ik niet akkoord. Laten we het eerst bespreken.", DecisionNone},
		{"Het is te duur. Om die reden ben ik niet akkoord. Of toch? Laten we het nog eens bespreken als je dat wilt.", DecisionNone},
		{"Het is te duur. Niet akkoord dus, maar ik sta open voor een nieuw voorstel. Of misschien toch wel, ik twijfel.", DecisionNone},
		{"It is too expensive. For that reason I am not approving it yet. Happy to talk about it again next week.", DecisionNone},
		{"The supplier is late again. So not approved for now, but the small order is fine.", DecisionNone},
	})
	noApproval(t, DefaultKeywords(),
		"Het budget is op. Dus niet akkoord. Oeps, verkeerde knop, ik bedoel akkoord als het onder de 200 blijft.",
		"Dus niet akkoord? Nee hoor, akkoord, maar alleen voor de kleine kast.",
	)
}
