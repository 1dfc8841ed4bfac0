package mail

import "testing"

// A clear yes followed by how to carry it out or why it is needed stays a yes: where the
// invoice goes and where not, what happened last time, a reason that holds anyway, a reason
// clause with its own subject, "Anders …" after a follow-up question, a remark after an
// emoji that ends the yes.
func TestYesWithPracticalRemark(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Top, doen! Graag de factuur naar finance@ sturen, niet naar mij.", DecisionApprove},
		{"Prima, bestel maar.\nGraag wel de factuur op naam van de club (HC Rijnvliet, t.a.v. penningmeester)\nen niet op jouw eigen naam, anders krijg ik hem niet door de kascontrole.", DecisionApprove},
		{"Prima, bestel maar. Graag de factuur op naam van de club\nen niet op jouw eigen naam.", DecisionApprove},
		{"OK to proceed. Please book it for a weekday morning so it doesn't clash with visiting.", DecisionApprove},
		{"Prima Ayşe, ga je gang. Neem je de bon mee? Anders krijg ik het niet verantwoord naar de gemeente.", DecisionApprove},
		{"Yes please go ahead. It has to be done before the inspection anyway.", DecisionApprove},
		{"Ja, doen! Vorig jaar was het ook zo'n succes.", DecisionApprove},
		{"Yes, go ahead 👍 Book it for the whole day, last year we ran late.", DecisionApprove},
	})
}

// The near misses keep their condition, cut, amount, question or decision word.
func TestYesWithRemarkNearMisses(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Ja, doen, mits het onder de 500 blijft.", DecisionNone},
		{"Prima, maar is dit inclusief btw?", DecisionNone},
		{"Go ahead once we have the second quote.", DecisionNone},
		{"OK to proceed, so don't order the big one.", DecisionNone},
		{"OK to proceed. Please book it so we don't go over 500.", DecisionNone},
		{"Top, doen! Graag de factuur naar finance@ sturen, niet het hele bedrag.", DecisionNone},
		{"Top, doen! Stuur de factuur naar finance@, niet meer dan 500.", DecisionNone},
		{"Prima, ga je gang. Anders niet.", DecisionNone},
		{"Prima, ga je gang. Neem je de bon mee? Anders niet.", DecisionNone},
		{"Ja, doen! Vorig jaar hebben we afgesproken dat het max 500 mag kosten.", DecisionNone},
		{"Ja, doen! Vorig jaar was het ook zo, maar nu alleen de kasten.", DecisionNone},
		{"Ja, doen! Vorig jaar was het ook zo'n succes. Wel eerst een offerte.", DecisionNone},
		{"Yes please go ahead. It has to be approved by Piet anyway.", DecisionNone},
		{"Yes please go ahead. We need a second quote anyway.", DecisionNone},
		{"Yes please go ahead. It has to be done before the inspection anyway?", DecisionNone},
		{"Yes, go ahead 👍 Only the big one.", DecisionNone},
		{"Yes, go ahead 👍 Book it only for the morning.", DecisionNone},
		{"Yes, go ahead 👍 If it stays under 500.", DecisionNone},
		{"Prima, bestel maar. De factuur op naam van de club, niet op de helft.", DecisionNone},
	})
}

// "go ahead with that" (a pronoun for what was asked) is a go-ahead; with a thing named or
// a limit it is not. "grand" is a weak assent, no yes by itself.
func TestGoAheadWithThat(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Yes grand, go ahead with that.", DecisionApprove},
		{"Go ahead with the cheaper one.", DecisionNone},
		{"Go ahead with that, but only the basic package.", DecisionNone},
		{"Go ahead with that if it stays under 500.", DecisionNone},
		{"Grand.", DecisionNone},
	})
}
