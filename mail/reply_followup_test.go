package mail

import "testing"

// A question to the requester about how they carry it out, in a sentence of its own after
// a clear yes, leaves the yes a yes; a question about the request itself, one that doubts,
// limits or puts it off, or one in the yes's own sentence does not.
func TestFollowUpQuestion(t *testing.T) {
	checkDecisions(t, []decisionCase{
		// heldout14
		{"Akkoord. Doe je ook aangifte voor de verzekering? Zonder proces-verbaal keren ze niet uit.", DecisionApprove},
		{"Goedgekeurd! Bestel je ze bij dezelfde winkel als vorige keer? Die hadden\ngratis bezorging.", DecisionApprove},
		{"Prima, doe maar.\nZet je de oude netten bij het containerpark? Dan neemt de gemeente ze mee.", DecisionApprove},
		// unseen variants
		{"Akkoord. Neem jij contact op met de leverancier?", DecisionApprove},
		{"Ja, doe maar. Regel jij ook de afvoer van de oude kast?", DecisionApprove},
		{"Approved. Are you ordering from the same shop as last time?", DecisionApprove},
		{"Go ahead. Will you let the caretaker know when they come?", DecisionApprove},
		{"Geen bezwaar. Haal je ze zelf op of laat je ze bezorgen?", DecisionApprove},
		// near-misses
		{"Akkoord. Is dit echt nodig?", DecisionNone},
		{"Akkoord. Heb je al een tweede offerte?", DecisionNone},
		{"Akkoord. Weet Piet hiervan?", DecisionNone},
		{"Akkoord. Weet je zeker dat het zo duur moet?", DecisionNone},
		{"Akkoord, bestel je ze bij Gamma?", DecisionNone},
		{"Approved. Do you really need two?", DecisionNone},
		{"Approved. Have you checked with finance?", DecisionNone},
		{"Approved. Is this within the budget?", DecisionNone},
		{"Ja, doe maar. Kun je het niet eerst huren?", DecisionNone},
		{"Ja, doe maar. Heb je hier wel budget voor?", DecisionNone},
		{"Geen bezwaar. Wil je eerst even met Piet overleggen?", DecisionNone},
		{"Doe je het ook bij Gamma? Ja, doe maar.", DecisionNone},
		{"Prima. Bestel je er maar één als dat goedkoper is?", DecisionNone},
		{"Akkoord? Bestel je ze bij Gamma?", DecisionNone},
	})
}
