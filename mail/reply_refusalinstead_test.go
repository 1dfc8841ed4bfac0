package mail

import "testing"

// A refusal with what "we" do instead in the same sentence ("Niet akkoord, we doen het zelf
// wel met …") stays a refusal; a part taken ("wel met de helft", "wel met de stoelen") is mixed.
func TestRefusalWeDoItOurselves(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Niet akkoord, we doen het zelf wel met een paar vrijwilligers op zaterdag.", DecisionReject},
		{"Niet akkoord, wij regelen het zelf wel met de buurman zijn aanhanger.", DecisionReject},
		{"Afgewezen, we knappen het zelf wel op met de ouders op de klusdag.", DecisionReject},
		{"Niet akkoord, we lossen het wel op met de oude printer.", DecisionReject},

		{"Niet akkoord, we doen het wel met de helft.", DecisionNone},
		{"Niet akkoord met alles, wel met de stoelen.", DecisionNone},
		{"Niet akkoord, we doen het wel met een deel van het budget.", DecisionNone},
	})
}

// A refusal followed by what the writer would look at instead ("Als je …, dan wil ik er wel
// naar kijken") stays a refusal; a condition on the request itself ("Nee, tenzij …", "…
// dan is het akkoord") does not.
func TestRefusalCounterProposal(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Nee, sorry, dit is te veel in een keer. Als je het opknipt in twee fases, dan wil ik er wel naar kijken.", DecisionReject},
		{"Niet akkoord, veel te duur. Als je een goedkopere leverancier vindt, kijk ik er graag opnieuw naar.", DecisionReject},
		{"Afgewezen. Als de offerte onder de 2000 uitkomt, dien dan een nieuwe aanvraag in.", DecisionReject},
		{"No, this goes too far. If you split it into two phases I'm happy to take another look.", DecisionReject},

		{"Nee, tenzij je het in twee delen doet.", DecisionNone},
		{"Niet akkoord. Als de subsidie rond is, kijk ik er opnieuw naar.", DecisionNone},
		{"Not now. When the budget is approved I will take another look.", DecisionNone},
		{"Nee. Als je het in twee delen doet, dan mag het wel.", DecisionNone},
		{"Niet akkoord. Als je alleen het dak doet, prima.", DecisionNone},
		{"No. If you split it, it's fine by me.", DecisionNone},
		{"Nee, dit gaat te ver. Als je het in twee delen doet, wil je er dan naar kijken?", DecisionNone},
	})
}
