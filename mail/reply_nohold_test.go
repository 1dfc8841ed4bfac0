package mail

import "testing"

// A check or a curiosity question after a yes that the writer says holds nothing up ("maar
// daar niet op wachten", "Not holding it up, just curious") leaves the yes; without the
// marker, or with a condition, a step first, an amount or a cut anywhere, it does not.
func TestNoHoldRemark(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Approved. Out of interest, did we get a second quote this time? Not holding it\nup, just curious for next year.\nG", DecisionApprove},
		{"Akkoord.\nWel even checken of we 'm niet goedkoper via Ramon kunnen krijgen, maar daar niet op wachten.", DecisionApprove},
		{"Akkoord. Wel even checken of het goedkoper kan.", DecisionNone},
		{"Approved. Did we get a second quote this time?", DecisionNone},
		{"Approved. Out of interest, is this within budget? If not, hold it.", DecisionNone},
		{"Approved, if it stays under 500. Just curious.", DecisionNone},
		{"Akkoord. Wel even checken of het onder de 500 blijft, maar daar niet op wachten.", DecisionNone},
		{"Akkoord. Even wachten met bestellen, maar niet op Piet wachten.", DecisionNone},
		{"Approved. Could you check the price first? Out of interest.", DecisionNone},
		{"Akkoord. Wel even checken of het goedkoper kan, maar daar niet op wachten. Alleen de kasten.", DecisionNone},
		{"Approved. Out of interest, did we get a second quote? Not holding it up. But only the basic package.", DecisionNone},
	})
}
