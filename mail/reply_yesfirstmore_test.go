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

// A verbal yes ("Is goed hoor, doe maar", "Sure, go ahead", "Graag laten uitvoeren,
// akkoord") then a remark: relief that it is finally done, a question said to be about
// another matter (also where another thing's quote is), a colleague asked to pass a fact on
// with the person's availability after it. A question about this request, its price or a
// condition stays.
func TestVerbalYesThenRemark(t *testing.T) {
	checkDecisions(t, []decisionCase{
		// heldout27, heldout29, heldout30
		{"Hoi Bram,\n\nIs goed hoor, doe maar. Het werd ook eens tijd dat daar iets aan gebeurde.", DecisionApprove},
		{"Sure, go ahead.\n\nOut of interest: is the same company doing the floor in the changing rooms next spring? Separate question, no rush.", DecisionApprove},
		{"Akkoord, mag doorgaan. Kan Ton de leverancier laten weten dat de sleutel bij de beheerder ligt? Die is er alleen op dinsdag en donderdag.\n\nJos", DecisionApprove},
		{"Graag laten uitvoeren, akkoord.\n\nPS weet jij of de nieuwe pasjes voor de bestuurskamer al besteld zijn?", DecisionApprove},
		{"Goedgekeurd.\n\nWaar blijft overigens de offerte voor de nieuwe printer? Die zou ik vorige maand al krijgen.", DecisionApprove},
		// unseen variants
		{"Approved. Could Mark tell the caretaker that the gate code changed? He's only in on Mondays.", DecisionApprove},
		{"Goedgekeurd.\n\nTrouwens, waar blijft de factuur voor de nieuwe doelen? Die had ik vorige week verwacht.", DecisionApprove},
		{"Approved. About time too, that roof has leaked for years.", DecisionApprove},
		{"Akkoord. Hoog tijd dat dit gebeurt.", DecisionApprove},
		{"Graag bestellen, akkoord.", DecisionApprove},
		{"Is goed, doe maar.\n\nUit interesse: doen ze volgend jaar ook de kantine?", DecisionApprove},
		// near-misses
		{"Is goed hoor, maar wat kost het?", DecisionNone},
		{"Sure, go ahead if it's under 500.", DecisionNone},
		{"Goedgekeurd. Waar blijft de offerte hiervoor eigenlijk?", DecisionNone},
		{"Goedgekeurd.\n\nOverigens, waar blijft de offerte voor deze klus?", DecisionNone},
		{"Goedgekeurd.\n\nWaar blijft de offerte voor de nieuwe printer?", DecisionNone},
		{"Akkoord. Kan het de leverancier laten weten dat het duurder wordt?", DecisionNone},
		{"Akkoord. Kan Ton de leverancier laten weten dat we eerst een offerte willen?", DecisionNone},
		{"Akkoord. Kan Ton de leverancier laten weten dat het alleen de voorkant is?", DecisionNone},
		{"Akkoord. Kan Ria de schilder laten weten dat de sleutel bij de buren ligt? Alleen de voorkant.", DecisionNone},
		{"Akkoord. Het werd tijd dat we eerst een tweede offerte vragen.", DecisionNone},
		{"Sure, go ahead. Out of interest, is this really needed?", DecisionNone},
		{"Graag uitvoeren als het onder de 500 blijft.", DecisionNone},
	})
}
