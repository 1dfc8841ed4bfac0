package mail

import "testing"

// A refusal followed by the writer's own past approval of another thing — a simple past
// ("was", "had") with "wel" in contrast and a time word — stands: that yes is no yes now.
// A yes brought to now, or one in the present, keeps the reply open as before.
func TestRefusalThenOwnPastApproval(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Niet akkoord. Ik was in september wel akkoord met het schilderen van de gang, en dat zat al in de offerte. Dit is dubbel.", DecisionReject},
		{"Afgewezen. Ik had in juni wel akkoord gegeven voor de nieuwe banken, niet voor een tweede set.", DecisionReject},
		{"Niet akkoord. Vorig jaar was ik wel akkoord met de huur van de bus, maar dit is te veel.", DecisionReject},
		{"Niet akkoord. In maart waren we wel akkoord met het vervangen van de cv-ketel, de leidingen zaten daar al in.", DecisionReject},
		{"Not approved. I did approve the new boiler in March, and the pipes were part of that quote. This is a double charge.", DecisionReject},
		// a yes now
		{"Niet akkoord. Ik zie nu dat ik het vorige week toch al goedgekeurd heb.", DecisionNone},
		{"Niet akkoord. Ik ben wel akkoord met het ontvochtigen van de kelder.", DecisionNone},
		{"Niet akkoord. Ik was wel akkoord met het idee, dus toch maar akkoord.", DecisionNone},
		{"Nee. Inmiddels heb ik het gisteren alsnog goedgekeurd.", DecisionNone},
	})
}

// A bare refusal that closes the reply as a sentence of its own, with only a signature
// after it, is the writer's decision: the reasons before it — even that nothing has been
// decided yet, or an outcry — do not undo it. A refusal put as a question, doubt after it,
// or a real question to the requester before it keep the reply as it was.
func TestClosingRefusalAfterReasons(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Over de nieuwe huisstijl is nog niets besloten; dat komt in de stuurgroep van maart. Ik wil daar niet op vooruitlopen. Niet akkoord.\n\nJ. de Boer", DecisionReject},
		{"Er staan op zolder nog zes van die stoelen, die heeft niemand ooit gebruikt. Het magazijn ligt er vol mee.\n\nZes nieuwe stoelen?!\n\nNiet akkoord.", DecisionReject},
		{"The team already has two licences that nobody uses. We also cancelled the trial last spring because of the cost. Not approved.\n\nMark", DecisionReject},
		{"De bus is vorig jaar nog volledig nagekeken en rijdt prima. De garage heeft geen gebreken gevonden.\n\nAfgewezen.\n\nGroet,\nPetra", DecisionReject},
		{"Nobody on the third floor has asked for this. The old screens were replaced in 2024.\n\nDeclined.\n\nRegards,\nTom", DecisionReject},
		// a question, doubt after it, a real question before it
		{"Er staan op zolder nog zes van die stoelen. Het magazijn ligt er vol mee. Niet akkoord?", DecisionNone},
		{"De kast is nog goed en we hebben er al twee. Niet akkoord, denk ik.", DecisionNone},
		{"De kast is nog goed en we hebben er al twee. Niet akkoord.\n\nOf toch wel? Ik weet het niet.", DecisionNone},
		{"Is dit echt nodig? We hebben er al twee. Niet akkoord.", DecisionNone},
		{"Do we really need four of these? The old ones still work. Not approved.", DecisionNone},
	})
}

// A refusal that states what happens instead, then a counter-proposal for the requester
// ("Als …, vraag dan …", "If …, ask …"), is a refusal. A yes, a question or doubt in
// that last sentence keep the reply as it was.
func TestClosingRefusalCounterProposal(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"De zaal wordt in april verbouwd en krijgt dan nieuwe gordijnen. Zonde om nu nog te vervangen.\n\nNiet akkoord dus. Als het echt te licht is, vraag dan of de conciërge er tijdelijk een doek voor hangt.", DecisionReject},
		{"The van goes in for its service in May anyway. No point fixing the mirror now.\n\nNot approved then. If it's unsafe, ask the garage to do a temporary fix under the lease.", DecisionReject},
		{"De printer op de eerste verdieping doet het prima. Die staat tien meter verderop.\n\nNiet akkoord. Als het lopen echt een probleem is, gebruik dan de printer bij de receptie.", DecisionReject},
		{"We have three spare laptops in the storeroom. A new one is not needed.\n\nDeclined. If the spare ones are too slow, contact IT to get one of them upgraded.", DecisionReject},
		// a yes, a question or doubt after it
		{"De zaal wordt in april verbouwd. Zonde om nu nog te vervangen.\n\nNiet akkoord dus. Als het echt te licht is, is een doek ervoor wel prima.", DecisionNone},
		{"De zaal wordt in april verbouwd. Zonde om nu nog te vervangen.\n\nNiet akkoord dus. Als het echt te licht is, vraag dan of het goedkoper kan?", DecisionNone},
		{"The van goes in for its service in May anyway.\n\nNot approved. If it's really unsafe, let me think about it again.", DecisionNone},
	})
}

// The approval keyword negated by its verb is a refusal: "Akkoord gaan kan ik hier niet
// mee", "Akkoord geven kan ik niet". A deferral ("nog", "pas", "niet zomaar", "niet
// voordat …") or doubt ("Ik weet niet of …") keeps the reply open as before.
func TestNegatedApprovalVerb(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Geachte heer Smit,\n\nAkkoord gaan kan ik hier helaas niet mee. De zaal is die week al verhuurd aan de schaakclub.", DecisionReject},
		{"Akkoord geven kan ik niet.", DecisionReject},
		{"Goedkeuren kan ik dit helaas niet, het valt buiten de regeling.", DecisionReject},
		{"Akkoord gaan kan ik daar niet mee: de vorige bestelling is nog niet eens gebruikt.", DecisionReject},
		{"Beste Jan,\n\nToestemming geven kan ik hier niet voor. De zaal is die week al verhuurd.", DecisionReject},
		{"Hier kan ik geen akkoord op geven.", DecisionReject},
		{"I can't approve this.", DecisionReject},
		// a deferral or doubt
		{"Ik kan nog geen akkoord geven, eerst overleggen.", DecisionNone},
		{"Akkoord geven kan ik pas na de vergadering.", DecisionNone},
		{"Ik weet niet of ik akkoord kan geven.", DecisionNone},
		{"Akkoord geven kan ik niet zomaar, eerst even met Piet bellen.", DecisionNone},
		{"Akkoord geven kan ik niet voordat de offerte binnen is.", DecisionNone},
	})
}

// A refusal "for now" with a reason, often with an invitation to submit it again later,
// is a refusal of this request. One that waits for a decision still to be taken, or says
// the matter is still open, keeps the reply open as before.
func TestRefusalForNow(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Kees, ik snap waarom je het vraagt, maar niet akkoord voor nu: het budget voor dit jaar is op. Dien het in maart opnieuw in, dan neem ik het mee.\n\nEls", DecisionReject},
		{"I'm sorry, I have to say no to this one. The events budget is fully spent until April.\n\nNot approved for now - happy to look at it again in Q3 if it's still needed.\n\nPriya", DecisionReject},
		{"Voor nu niet akkoord: de begroting voor dit jaar is uitgeput. Probeer het in maart opnieuw.", DecisionReject},
		{"Not for now, I'm afraid - the training budget is spent. Please put it in again next year.", DecisionReject},
		{"Declined for now: we are over budget on events this quarter.\n\nAnna", DecisionReject},
		// waiting for a decision, still open
		{"Voorlopig niet akkoord, ik wil eerst met het bestuur overleggen.", DecisionNone},
		{"Not approved for now - let's discuss it at the board meeting first.", DecisionNone},
		{"Voor nu niet akkoord, misschien later als er meer geld is.", DecisionNone},
	})
}
