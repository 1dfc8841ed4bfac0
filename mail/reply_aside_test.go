package mail

import "testing"

// A question after a clear yes that is about another matter, said so, or that asks a
// colleague or anyone to do a practical thing leaves the yes a yes; one that doubts,
// limits, puts off or points at the request itself does not.
func TestAsideQuestion(t *testing.T) {
	checkDecisions(t, []decisionCase{
		// heldout15
		{"Akkoord hoor. Zonder koelcel kunnen we zaterdag niets uitdelen, dus graag zo snel mogelijk laten maken.\n\nIk heb de factuur van de vorige reparatie trouwens nog steeds niet gezien, kan iemand die naar me doorsturen?", DecisionApprove},
		{"Goedgekeurd, gezien de veiligheid van de huurder mag dit wat mij betreft per direct.\nErik, wil jij de huurder even bellen voor een afspraak?", DecisionApprove},
		{"Approved.\n\nOne unrelated thing - has anyone sent the annual return to the Charities Regulator yet? Deadline is end of the month.", DecisionApprove},
		// unseen variants
		{"Akkoord. Piet, kun jij de leverancier bellen?", DecisionApprove},
		{"Approved. Sarah, could you let the caretaker know?", DecisionApprove},
		{"Akkoord. Los daarvan: heeft iemand de sleutel van het hok nog?", DecisionApprove},
		{"Approved. On another note, did anyone book the hall for Friday?", DecisionApprove},
		{"Akkoord. Kan iemand de oude kast ophalen?", DecisionApprove},
		// near-misses
		{"Akkoord. Piet, kun je me even bellen?", DecisionNone},
		{"Akkoord. Het is duur, kan het goedkoper?", DecisionNone},
		{"Approved. It's a lot, could you get a second quote?", DecisionNone},
		{"Akkoord. Erik, is dit echt nodig?", DecisionNone},
		{"Akkoord. Piet, wil jij eerst met de huurder overleggen?", DecisionNone},
		{"Approved. Could someone check whether it is within budget?", DecisionNone},
		{"Akkoord. Los daarvan: is dit niet te duur?", DecisionNone},
		{"Approved. Unrelated, but is this the cheapest option?", DecisionNone},
		{"Akkoord, kan iemand nagaan of het echt nodig is?", DecisionNone},
		{"Akkoord? Kan iemand de oude kast ophalen?", DecisionNone},
	})
}

func TestAsideQuestionChecked(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Approved. Have you checked with finance?", DecisionNone},
		{"Approved. Sarah, have you asked the caretaker?", DecisionNone},
		{"Akkoord. Piet, heb je dit met Jan besproken?", DecisionNone},
		{"Approved. Has anyone discussed this with the head?", DecisionNone},
	})
}

// A question after a clear yes that asks who has a thing or where it is asks about
// something lost, not about the request; one about the request, money or a doubt does not.
func TestAsideWhereabouts(t *testing.T) {
	checkDecisions(t, []decisionCase{
		// heldout16
		{"Akkoord. En wie heeft die andere 7 sleutels?? 😤\n\nBart", DecisionApprove},
		{"Akkoord.\n\nPS de sleutel van de trailer ligt weer niet in het kastje, wie heeft hem??", DecisionApprove},
		// unseen variants
		{"Akkoord. Waar is de boormachine eigenlijk gebleven?", DecisionApprove},
		{"Approved. Who has the van keys, by the way?", DecisionApprove},
		{"Approved. And where are the other ladders??", DecisionApprove},
		{"Goedgekeurd. Wie heeft de sleutel van het hok?", DecisionApprove},
		// near-misses
		{"Akkoord. Wie heeft dit aangevraagd?", DecisionNone},
		{"Akkoord. Wie heeft de offerte gezien?", DecisionNone},
		{"Approved. Who has the budget for this?", DecisionNone},
		{"Akkoord. Waar is het geld?", DecisionNone},
		{"Approved. Where is the quote?", DecisionNone},
		{"Akkoord? Wie heeft de sleutel?", DecisionNone},
		{"Akkoord. Wie betaalt dit?", DecisionNone},
		{"Akkoord. Is dit echt nodig??", DecisionNone},
		{"Akkoord. Wie heeft er eigenlijk om gevraagd, is het wel nodig?", DecisionNone},
	})
}
