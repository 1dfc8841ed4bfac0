package mail

import "testing"

// An adverb that only stresses the yes ("Uiteraard akkoord.", "Natuurlijk, akkoord.") or a
// "please" after a yes leaves the decision at the start of the reply.
func TestAssentAdverb(t *testing.T) {
	checkDecisions(t, []decisionCase{
		// heldout16
		{"Uiteraard akkoord. Mooi dat jullie dit weer organiseren, ik kom zelf ook.\n\nGerrit", DecisionApprove},
		// unseen variants
		{"Natuurlijk akkoord.", DecisionApprove},
		{"Vanzelfsprekend akkoord, succes ermee.", DecisionApprove},
		{"Tuurlijk, akkoord.", DecisionApprove},
		{"Obviously approved.", DecisionApprove},
		{"Uiteraard niet akkoord.", DecisionReject},
		{"Yes please, approved.", DecisionApprove},
		{"Ja graag, akkoord.", DecisionApprove},
		// near-misses
		{"Uiteraard akkoord als het onder de 500 euro blijft.", DecisionNone},
		{"Natuurlijk akkoord?", DecisionNone},
		{"Uiteraard akkoord, maar alleen de helft.", DecisionNone},
		{"Natuurlijk wil ik eerst een tweede offerte zien voordat ik akkoord ga.", DecisionNone},
		{"Uiteraard moet Karin eerst akkoord geven.", DecisionNone},
		{"Please approve.", DecisionNone},
		{"Graag akkoord van de penningmeester.", DecisionNone},
	})
}
