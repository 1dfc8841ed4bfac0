package mail

import "testing"

// "Ik ben er niet voor." is against it; "vraag jij even …?" to a colleague is a practical
// request after a yes, like "wil jij …?".
func TestAgainstIt(t *testing.T) {
	checkDecisions(t, []decisionCase{
		// heldout16
		{"Annelies,\n\nIk ben er niet voor. Voor 1480 euro kunnen we twee jaar de zaalhuur betalen. Laat de jeugd maar in die truien spelen, daar klaagt niemand over.\n\nTheo", DecisionReject},
		// unseen variants
		{"Ik ben er echt niet voor, te duur.", DecisionReject},
		{"Daar ben ik niet voor.", DecisionReject},
		{"Ik ben er geen voorstander van.", DecisionReject},
		{"I'm not in favour, sorry.", DecisionReject},
		{"Ik ben er niet voor te vinden.", DecisionReject},
		// near-misses
		{"Ik ben er niet voor, maar akkoord.", DecisionNone},
		{"Ik kan er niet voor instaan dat het werkt, vraag het Piet.", DecisionNone},
		{"Akkoord, al ben ik er niet voor.", DecisionNone},
		{"Ik ben er niet voor verantwoordelijk, Karin beslist.", DecisionNone},
	})
}

func TestAsideColleagueImperative(t *testing.T) {
	checkDecisions(t, []decisionCase{
		// heldout16
		{"Akoord, de sousafoon moet voor het kerstconcert wel weer klaar zijn he. Jos, vraag jij even aan Linders of dat lukt?", DecisionApprove},
		// unseen variants
		{"Akkoord. Piet, bel jij de leverancier even?", DecisionApprove},
		{"Akkoord. Regel jij de bezorging?", DecisionApprove},
		// near-misses
		{"Akkoord? Piet, bel jij de leverancier even?", DecisionNone},
		{"Akkoord. Vraag jij eerst aan Karin of het mag?", DecisionNone},
		{"Akkoord. Check jij of het wel binnen het budget past?", DecisionNone},
		{"Akkoord. Piet, zorg jij dat het niet meer dan 300 euro wordt?", DecisionNone},
	})
}
