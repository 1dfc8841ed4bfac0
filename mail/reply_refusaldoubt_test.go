package mail

import "testing"

// Doubt or a maybe after a refusal read by the analysis keeps it none (guardRefusal), as
// after an opening refusal; a plain refusal with reasons stays one.
func TestRefusalDoubtAfter(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Het is te duur. Niet akkoord dus. Of misschien toch wel, ik twijfel.", DecisionNone},
		{"De zaal is te klein. Dus niet akkoord. Of toch wel?", DecisionNone},
		{"Too expensive. So: rejected. Or maybe yes after all, I'm not sure.", DecisionNone},
		{"Niet akkoord, sorry. Hmm, ik weet het eigenlijk niet meer.", DecisionNone},
		// No doubt: a refusal.
		{"Het is te duur. Dus niet akkoord. De oude stoelen kunnen nog prima mee.", DecisionReject},
		{"Too expensive. So: rejected. The old chairs will do for another year.", DecisionReject},
	})
}

// A condition on the refusal, or the decision left to someone else, said after it keeps it
// none, in every refusal reading.
func TestRefusalLeftOpenAfter(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Niet akkoord. Tenzij de gemeente de helft betaalt natuurlijk.", DecisionNone},
		{"Wij zijn het hiermee niet akkoord. Behalve als het onder de 200 euro blijft.", DecisionNone},
		{"Ik ben hiermee niet akkoord, maar ik laat de beslissing aan Marloes over.", DecisionNone},
		{"Rejected. It's your call in the end though.", DecisionNone},
		{"Het budget is op. Dus niet akkoord. Ik laat het verder aan de penningmeester over.", DecisionNone},
		{"Not approved for now, the budget is spent this quarter. I'll leave it to Sam to decide.", DecisionNone},
		// A refusal with a reason stays one.
		{"Niet akkoord. De penningmeester heeft de begroting al dichtgetimmerd.", DecisionReject},
	})
}

// Something still to be checked before a refusal, or a thinking face after it, keeps it
// none; a sad face does not.
func TestRefusalStillChecking(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Dat wil ik nog even nakijken bij de boekhouding. Voor nu: niet akkoord.", DecisionNone},
		{"I haven't checked the invoice yet. So for now: not approved.", DecisionNone},
		{"Het is best duur. Dus niet akkoord 🤔", DecisionNone},
		{"Niet akkoord 🤔", DecisionNone},
		{"Het potje is leeg. Dus helaas niet akkoord 😞 Zullen we het in het voorjaar opnieuw bekijken?", DecisionReject},
	})
}

// No approval needed is no refusal; someone else's yes or say set against a refusal keeps it
// none.
func TestRefusalNotNeededOrOthersYes(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Geen akkoord nodig, het valt onder het onderhoudscontract van de lift.", DecisionNone},
		{"Thanks for asking, but no approval needed: it's covered by the service contract.", DecisionNone},
		{"Niet akkoord gegeven, de voorzitter wel.", DecisionNone},
		{"Het budget is op. Daarom geen akkoord van mijn kant, maar Joke mag het wel goedkeuren.", DecisionNone},
		{"Not approved from my side, but Sarah may approve it.", DecisionNone},
		// A refusal with what the writer does instead stays one.
		{"Niet akkoord. Dat schilderen we zelf wel.", DecisionReject},
	})
}

// A bare no to "any objection?" is no refusal.
func TestRefusalBareNoNoObjection(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"De offerte is helder. Dus nee, geen bezwaar.", DecisionNone}, // no refusal (an approval is not read here)
		{"Het budget is prima. Dus nee, geen probleem.", DecisionNone},
		{"Nee hoor, prima.", DecisionNone},
		{"The money is gone. So unfortunately no.", DecisionReject},
	})
}
