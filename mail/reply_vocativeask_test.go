package mail

import "testing"

// After a clear yes, a question put by name to a colleague about carrying the work out is
// an instruction, not a question about the request; "we hebben geen keus" is a reason.
// Questions about the request itself, conditions and caps in such a question keep it none.
func TestYesThenQuestionByName(t *testing.T) {
	kw := DefaultKeywords()
	for _, tc := range []struct {
		text string
		want Decision
	}{
		{"Akkoord.\n\nPeter, laat je me even weten wanneer de schilder begint? Dan haal ik de sleutel op.", DecisionApprove},
		{"Goedgekeurd. Anouk, vraag je de drukker of ze het ook op gerecycled papier kunnen doen?", DecisionApprove},
		{"Akkoord. Sander, zet je de bestelling in de gedeelde agenda?", DecisionApprove},
		{"Approved. Tom, could you let the caretaker know when the van arrives?", DecisionApprove},
		{"Akkoord, we hebben eigenlijk geen keus met die lekkage. Bram, regel je de loodgieter voor morgen?", DecisionApprove},
		// Still none: a question about the request, a condition, a cap, a choice.
		{"Akkoord. Peter, laat je weten of het ook goedkoper kan?", DecisionNone},
		{"Akkoord. Anouk, vraag je na of we dit echt nodig hebben?", DecisionNone},
		{"Akkoord. Sander, bestel je ze alleen als de oude echt kapot zijn?", DecisionNone},
		{"Akkoord. Bram, kun je het onder de 400 euro houden?", DecisionNone},
		{"Akkoord. Peter, neem je de grote of de kleine?", DecisionNone},
		{"Akkoord. Tom, weet je wat het gaat kosten?", DecisionNone},
		{"Approved. Tom, can you check whether we need it at all?", DecisionNone},
		{"Approved. Tom, could you let me know if the price goes up?", DecisionNone},
		{"Akkoord. Mits Peter, laat je weten wanneer?", DecisionNone},
		{"Niet akkoord. Peter, laat je het de aanvrager weten?", DecisionReject},
	} {
		if r := ReadReply(tc.text, "", kw); r.Decision != tc.want {
			t.Errorf("%q: got %s (%s), want %s", tc.text, r.Decision, r.Ambiguous, tc.want)
		}
	}
}
