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
