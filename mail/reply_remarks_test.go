package mail

import "testing"

// A yes with a practical instruction after "maar … wel" stays a yes: a clock time with
// "half" is no share, an invoice named to one party and not to another is a booking
// instruction. A cheaper or partial choice stays no decision.
func TestPracticalRemarkAfterYes(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Akkoord, maar laat de monteur wel buiten de spreekuren komen (dus voor half 9 of na 5).", DecisionApprove},
		{"Akkoord. Graag na half zes, dan is de zaal leeg.", DecisionApprove},
		{"akkoord, laat de factuur wel op naam van de stichting zetten en niet op de BV van Jeroen", DecisionApprove},
		{"Akkoord, maar laat de monteur wel de goedkope variant nemen.", DecisionNone},
		{"Approved, but get the cheap one.", DecisionNone},
		{"Akkoord, maar niet de kasten.", DecisionNone},
		{"Akkoord, maar voor half.", DecisionNone},
		{"Akkoord, maar voor half 9 stuks.", DecisionNone},
		{"Akkoord voor de helft.", DecisionNone},
		{"Akkoord, maar niet op de begroting van de stichting.", DecisionNone},
		{"Akkoord, factuur op naam van de stichting, maar niet de kasten.", DecisionNone},
	})
}

// "nu" in a pleased remark after a clear yes ("fijn dat het nu gebeurt") limits nothing; a
// limit, negation or condition in or after that clause still does.
func TestPleasedRemarkAfterYes(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Prima, ga je gang. Die kasten zijn al jaren aan vervanging toe, dus fijn dat het nu gebeurt.", DecisionApprove},
		{"Yes, go ahead. Glad that it happens now.", DecisionApprove},
		{"Prima, ga je gang. Fijn dat het nu gebeurt, maar alleen de kasten.", DecisionNone},
		{"Prima, ga je gang. Fijn dat het nu nog niet hoeft.", DecisionNone},
		{"Prima, ga je gang. Fijn dat het nu kan voor max 500 euro.", DecisionNone},
		{"Prima, ga je gang. Fijn dat het nu eerst de kasten zijn.", DecisionNone},
		{"Prima, ga je gang. Fijn dat het nu gebeurt als de prijs klopt.", DecisionNone},
		{"Prima, ga je gang. Nu alleen de kasten.", DecisionNone},
		{"Prima, ga je gang, maar nu niet. Fijn.", DecisionNone},
	})
}
