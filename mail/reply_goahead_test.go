package mail

import "testing"

// "Go ahead and <verb of carrying it out> [them]" is a yes; any other verb, an object
// that picks a variant, or a word after it ("first", "but only two") is not.
func TestGoAheadAndVerb(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Looks good to me — go ahead and book them.", DecisionApprove},
		{"Go ahead and order it.", DecisionApprove},
		{"Please go ahead and book them.", DecisionApprove},
		{"Go ahead and ask for a quote first.", DecisionNone},
		{"Go ahead and book them first.", DecisionNone},
		{"Go ahead and book them, but only two.", DecisionNone},
		{"Go ahead and book the cheap ones.", DecisionNone},
		{"Go ahead and book them after the budget meeting.", DecisionNone},
		{"Go ahead and book them?", DecisionNone},
		{"Don't go ahead and book them.", DecisionNone},
		{"Looks good to me — go ahead and book them. Only the two rooms though.", DecisionNone},
	})
}

// A clear yes, a spaced dash and what a thing needs by when ("- the trailer needs those
// new straps before the regatta") is a yes with its reason; a part, a step, a cap, a
// person, a decision body or the purchase itself as the deadline is not.
func TestYesDashReason(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Yes, go ahead - the trailer needs those new straps before the regatta.", DecisionApprove},
		{"Yes, go ahead. The trailer needs those new straps before the regatta.", DecisionApprove},
		{"Yes, go ahead - the trailer needs those new straps.", DecisionApprove},
		{"Yes, go ahead - but only the straps.", DecisionNone},
		{"Yes, go ahead - the trailer needs a check before the order.", DecisionNone},
		{"Yes, go ahead - the trailer needs to be checked first.", DecisionNone},
		{"Yes, go ahead - the trailer needs those new straps before we order.", DecisionNone},
		{"Yes, go ahead - the trailer needs those new straps, but only two.", DecisionNone},
		{"Yes, go ahead - the trailer needs those new straps before the regatta, max 200.", DecisionNone},
		{"Yes, go ahead - the trailer needs those new straps before the regatta. Only the straps though.", DecisionNone},
		{"Yes, go ahead - finance needs to approve it too.", DecisionNone},
		{"Yes, go ahead - the trailer needs those new straps before the regatta?", DecisionNone},
		{"Yes, go ahead - the trailer needs approval before the regatta.", DecisionNone},
		{"Yes, go ahead - the board needs the quote before the meeting.", DecisionNone},
		{"Yes, go ahead - the committee needs the straps before the vote.", DecisionNone},
		{"Yes, go ahead - the trailer needs only the straps before the regatta.", DecisionNone},
		{"Yes, go ahead - the trailer needs those new straps before the regatta, not the ropes.", DecisionNone},
		{"Maybe, go ahead - the trailer needs those new straps before the regatta.", DecisionNone},
		{"Ok - the trailer needs those new straps before the regatta.", DecisionNone},
	})
}
