package mail

import "testing"

// R2: after a bare yes, a later question that asks somebody to do something or asks about
// another matter does not block the approval; the statement right after it only explains it.
func TestBareYesThenRemarkQuestion(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Akkoord.\n\nKun je de sleutel na afloop bij de conciërge inleveren?", DecisionApprove},
		{"Ja, akkoord. Zet je de datum ook even in de clubkalender? Dan weet de kantine ervan.", DecisionApprove},
		{"Akkoord!\n\nPS weet jij of de nieuwe ballen al geleverd zijn? Ik zag ze vanochtend niet in het hok.", DecisionApprove},
		{"Prima. Akkoord.\n\nWil je de bonnetjes bewaren voor de kascommissie?", DecisionApprove},
		{"Hoi Sanne,\n\nAkkoord! Neem je ook wat fruit mee voor de kleintjes?\n\nGroet, Wim", DecisionApprove},
		{"Approved. Could you forward me the delivery confirmation when it arrives?", DecisionApprove},
		{"Yes, approved. Can you let the caretaker know which day they are coming?", DecisionApprove},
		{"Akkoord.\n\nVoor een volgende keer: kunnen jullie zulke aanvragen een week eerder indienen? Ik zag hem pas gisteravond.", DecisionApprove},
		{"OK, approved. Do you know whether the old projector can go to the storage room?", DecisionApprove},
		{"Akkoord. Kunnen ze het in de meivakantie doen? Dan is de school leeg.", DecisionApprove},
		{"Akkoord. Joris, vraag je of ze hem in de zomervakantie komen plaatsen? Dan is het gebouw leeg.", DecisionApprove},
	})
}

// The shapes that stay none after a yes and a question.
func TestBareYesQuestionStaysOpen(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Akkoord?", DecisionNone},
		{"Akkoord?? Dit hadden we toch vorig jaar al gekocht?", DecisionNone},
		{"Akkoord als het voor de zomer klaar is. Kun je dat navragen?", DecisionNone},
		{"Akkoord mits de vereniging de helft betaalt. Kun je dat bevestigen?", DecisionNone},
		{"Akkoord tot 400 euro. Kun je met de leverancier bellen?", DecisionNone},
		{"Approved if it stays under 900. Can you check that with them?", DecisionNone},
		{"Akkoord.\n\nOh wacht, is dit voor de andere locatie? Dan moet Ineke tekenen.", DecisionNone},
		{"Akkoord van mijn kant, maar wil jij er ook nog even naar kijken?", DecisionNone},
		{"Akkoord. Wat kost dat eigenlijk per uur?", DecisionNone},
		{"Akkoord. Is dit echt nodig?", DecisionNone},
		{"Akkoord. Kan het ook goedkoper?", DecisionNone},
		{"Akkoord. Moet Henk dit niet ook goedkeuren?", DecisionNone},
		{"Akkoord. Kunnen jullie eerst navragen of het onder de garantie valt?", DecisionNone},
		{"Approved. Could you get a second quote first?", DecisionNone},
		{"Akkoord. Kun je vragen of ze het voor minder willen doen?", DecisionNone},
		{"Akkoord. Weet jij of dit al besproken is met de penningmeester?", DecisionNone},
		{"Akkoord. Vraag je of ze eerst de oude kunnen ophalen?", DecisionNone},
		{"Akkoord. Vraag je of ze het voor minder willen doen?", DecisionNone},
		{"Akkoord. Kun je de lampen bestellen? Alleen de gang, de zaal niet.", DecisionNone},
	})
}
