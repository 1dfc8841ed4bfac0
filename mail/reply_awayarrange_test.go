package mail

import "testing"

// The writer away, the practical arrangement handed to a colleague.
func TestYesShapeAwayHandOver(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"akkoord, maar ik ben er volgende week niet, dus spreek de tijd maar af met Martha.", DecisionApprove},
		{"akkoord, maar ik ben er die week niet dus spreek de sleuteloverdracht maar af met Hanneke", DecisionApprove},
		{"Akkoord. Ik ben er dinsdag niet, dus regel de sleutel maar met Piet.", DecisionApprove},
		{"Approved, but I'm away next week, so please arrange the time with Martha.", DecisionApprove},
		{"Approved. I'm not around that week, so sort out the key handover with Hanneke.", DecisionApprove},

		{"akkoord, maar ik ben er niet, dus laat Martha maar beslissen", DecisionNone},
		{"akkoord, maar overleg eerst met Martha", DecisionNone},
		{"Akkoord, maar Martha moet het ook goedkeuren", DecisionNone},
		{"Approved, but I'm away next week, so let Martha decide.", DecisionNone},
		{"akkoord, maar ik ben er volgende week niet, dus spreek het maar af met Martha.", DecisionNone},
	})
}
