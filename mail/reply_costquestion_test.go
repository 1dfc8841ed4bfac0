package mail

import "testing"

// After a yes, a question about what the request costs, who pays for it or whether it is
// needed keeps it open however it is put (asked of someone, "could you tell me …"); doubt
// said with an adverb in between ("ik weet het eigenlijk niet") too. Practical questions
// that only mention money stay remarks.
func TestYesThenCostOrNeedQuestion(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Approved. Could you tell me who is paying for this?", DecisionNone},
		{"Approved. Can you tell me what this costs per hour?", DecisionNone},
		{"Akkoord. Kun je me vertellen wie dit betaalt?", DecisionNone},
		{"Akkoord. Weet jij hoeveel dit uiteindelijk kost?", DecisionNone},
		{"Prima, akkoord. Is dit echt nodig trouwens?", DecisionNone},
		{"Goedgekeurd. Waarom moet dit eigenlijk nu?", DecisionNone},
		{"Akkoord\n\nSorry, ik weet het eigenlijk niet.", DecisionNone},
		{"Akkoord.\n\nIk weet het echt niet.", DecisionNone},
		// Remarks that mention money or need without asking about this request's.
		{"Akkoord. Laat je het wel weten als het onverhoopt meer gaat kosten?", DecisionApprove},
		{"Approved. Could you make sure the invoice goes to cost centre 4711?", DecisionApprove},
		{"Akkoord. Kun je ze laten uitzoeken waarom de pomp steeds kapot gaat?", DecisionApprove},
		{"Akkoord. Wil jij Naima laten weten dat de monteur een sleutel nodig heeft?", DecisionApprove},
	})
}
