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

// A grumble that opens the sentence ("Niet zo blij dat …, maar akkoord.") leaves the yes
// that closes it a yes; a condition, part, cap, report or deferral keeps it none.
func TestGrumbleThenYes(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Niet zo blij dat dit weer last-minute komt, maar akkoord.", DecisionApprove},
		{"Not so happy that this is last-minute again, but approved.", DecisionApprove},
		{"Jammer dat het zo laat is, maar akkoord.", DecisionApprove},
		{"Last week: akkoord.", DecisionNone},
		{"Niet blij, maar akkoord als het goedkoper kan.", DecisionNone},
		{"Niet zo blij dat dit weer last-minute komt, maar akkoord voor de helft.", DecisionNone},
		{"Not so happy that this is last-minute again, but approved. Only the straps though.", DecisionNone},
		{"Niet zo blij dat dit weer last-minute komt, maar Piet zei akkoord.", DecisionNone},
		{"Niet zo blij dat dit weer last-minute komt, maar akkoord. Ik check nog even met Piet.", DecisionNone},
		{"Niet zo blij dat dit weer last-minute komt en dat alleen de helft besteld wordt, maar akkoord.", DecisionNone},
		{"Niet zo blij dat dit weer last-minute komt, maar akkoord; de rest niet.", DecisionNone},
		{"Niet zo blij dat dit weer last-minute komt, maar akkoord?", DecisionNone},
		{"Niet zo blij dat dit weer last-minute komt, maar niet akkoord.", DecisionNone},
	})
}
