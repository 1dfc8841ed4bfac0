package mail

import "testing"

// A doubt the writer had and has put aside ("Eerst had ik mijn twijfels …, maar … is het
// redelijk") is the reason for the yes, not a step first; a verdict with a condition, a cap,
// a negation or a question, or "eerst" about what is to come, stays unclear.
func TestResolvedPastDoubt(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Goed, akkoord. Aanvankelijk had ik mijn bedenkingen bij de prijs maar nu ik de toelichting gelezen heb vind ik het prima.", DecisionApprove},
		{"Akkoord hoor. Eerst vond ik het aan de dure kant, maar als ik de offertes naast elkaar zie is het redelijk.", DecisionApprove},
		{"Ja, doe maar. In eerste instantie twijfelde ik over de noodzaak maar het is wel terecht.", DecisionApprove},
		{"Approved. At first I had my doubts about the cost, but looking at the quote it's reasonable.", DecisionApprove},
		{"OK, go ahead. Initially I was sceptical, but having read the report it seems fine to me.", DecisionApprove},

		{"Akkoord. Eerst had ik mijn twijfels over het bedrag, maar als het onder de 500 blijft is het redelijk.", DecisionNone},
		{"Akkoord. Eerst wil ik de offerte zien.", DecisionNone},
		{"Akkoord. Eerst had ik twijfels, maar nu weet ik het niet meer.", DecisionNone},
		{"Oké, akkoord. Eerst had ik mijn twijfels over het bedrag maar is het redelijk?", DecisionNone},
		{"Akkoord. Eerst had ik mijn twijfels, maar het is redelijk. Eerst de oude opmaken.", DecisionNone},
		{"Approved. At first I had doubts about the price, but it's reasonable if they include installation.", DecisionNone},
		{"Akkoord. Eerst had ik mijn twijfels en die heb ik nog steeds.", DecisionNone},
		{"Eerst had ik mijn twijfels maar het is redelijk. Ik wacht nog op Piet.", DecisionNone},
	})
}
