package mail

import "testing"

// "Dit is akkoord" / "Dat is goedgekeurd" opens the reply as a clear yes, like "Akkoord.";
// what follows is read by the yesFirst rules.
func TestYesFirstDitIsAkkoord(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Beste Ruud,\n\nDit is akkoord wat mij betreft. Zorg je wel dat het voor de kerstmarkt klaar is? Die begint op 12 december.", DecisionApprove},
		{"Dat is akkoord. Laat je het me weten als de monteur geweest is?", DecisionApprove},
		{"Het is akkoord van mijn kant. Stuur de factuur maar naar de penningmeester.", DecisionApprove},
		{"This is approved. Please send the invoice to accounts.", DecisionApprove},

		{"Dit is akkoord als het voor de kerstmarkt kan.", DecisionNone},
		{"Dit is akkoord, mits het voor de ALV geregeld is.", DecisionNone},
		{"Dit is akkoord wat mij betreft. Zorg je wel dat het onder de 500 blijft?", DecisionNone},
		{"Dit is akkoord?", DecisionNone},
		{"Dat is akkoord. Kun je eerst nog een tweede offerte opvragen?", DecisionNone},
	})
}

// After a clear yes, a request to put it on the agenda of the next meeting so that the others
// know is a notice; a meeting to talk it over first, or a condition, stays unclear.
func TestYesFirstInformOthers(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Akkoord van mijn kant. Zet je het op de agenda van de komende vergadering zodat het bestuur het ook weet?", DecisionApprove},
		{"Prima, akkoord. Kun je het op de agenda van het volgende teamoverleg zetten zodat iedereen het weet?", DecisionApprove},
		{"Goedgekeurd. Wil je het wel even op de agenda van de volgende bestuursvergadering zetten, zodat de anderen op de hoogte zijn?", DecisionApprove},
		{"Approved from my side. Could you put it on the agenda for the next meeting so everyone knows?", DecisionApprove},

		{"Akkoord van mijn kant. Zet je het op de agenda van het volgende overleg?", DecisionNone},
		{"Akkoord. Zet je het op de agenda van het volgende overleg zodat we het daar kunnen bespreken?", DecisionNone},
		{"Akkoord, mits het bestuur het op het volgende overleg goedkeurt.", DecisionNone},
		{"Akkoord. Zet je het op de agenda van het volgende overleg zodat iedereen het weet? Dan beslissen we daar.", DecisionNone},
		{"Akkoord van mijn kant, als het onder de 300 blijft. Zet je het op de agenda zodat iedereen het weet?", DecisionNone},
	})
}

// A question after a clear yes said to be about another matter ("Trouwens, …?") or asking
// where a thing is, and a statement that explains it, change nothing; one that points at the
// request, its money or a step first does.
func TestYesFirstAsideQuestion(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Ja, doen. Overigens, weet jij waar de ladder gebleven is? Die staat niet meer in de schuur.", DecisionApprove},
		{"Yes, doen. Trouwens, heeft iemand de afstandsbediening van de beamer gezien? Die ligt niet meer in de la.", DecisionApprove},
		{"Doe maar. Trouwens, waar is de reservesleutel van de kantine? Ik kan hem nergens vinden.", DecisionApprove},
		{"Go for it. By the way, does anyone know where the spare ladder went? It's not in the shed anymore.", DecisionApprove},

		{"Ja, doen. Trouwens, weet iemand of dit ook goedkoper kan?", DecisionNone},
		{"Yes, doen. Trouwens, waarom is de offerte zo hoog?", DecisionNone},
		{"Ja, doen. Trouwens, weet iemand waar de sleutel is? Die moet eerst terug voordat ze beginnen.", DecisionNone},
		{"Ja, doen. Trouwens, weet jij of het budget dit nog dekt?", DecisionNone},
		{"Go for it. By the way, does anyone know if this is really needed?", DecisionNone},
		{"Ja, doen. Trouwens, weet iemand waar de sleutel is? Zonder sleutel alleen de voorkant doen.", DecisionNone},
	})
}
