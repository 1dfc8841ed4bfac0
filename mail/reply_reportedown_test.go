package mail

import "testing"

// A misclick put right after a leading refusal: the "niet akkoord" button pressed by
// mistake, the correction typed below it ("Moet AKKOORD zijn", "I meant to approve this
// one", or the wrong refusal only quoted: "daar stond per ongeluk 'niet akkoord' in").
func TestReportedOwnMisclickCorrected(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"niet akkoord\n\nOeps, verkeerde knop. Moet natuurlijk akkoord zijn. De lift moet gewoon gemaakt worden.", DecisionApprove},
		{"Niet akkoord\n\nSorry, verkeerd geklikt! Moet AKKOORD zijn. Die hekken zijn echt aan vervanging toe.\n\nGr. Joke", DecisionApprove},
		{"not approved\n\nSorry, wrong button on my phone. I meant to approve this one. The boiler is really at the end of its life.", DecisionApprove},
		{"Rejected\n\nApologies, I hit the wrong button. I meant to approve it, the contract is fine.", DecisionApprove},
		{"Negeer mijn vorige mail, daar stond per ongeluk 'niet akkoord' in. Voor de duidelijkheid: ik ga akkoord met de aanvraag.\n\nPeter", DecisionApprove},
		{"Please ignore my earlier answer, it said 'not approved' by mistake. To be clear: I approve this request.", DecisionApprove},

		// Corrected to a refusal stays a refusal.
		{"akkoord\n\nOeps, verkeerde knop. Moet NIET akkoord zijn. Dit hebben we vorig jaar al laten doen.", DecisionReject},
		{"Approved\n\nSorry, wrong button. I meant not approved, we did this last spring.", DecisionReject},
		// No mistake said, doubt, a condition or a question after the correction: unclear.
		{"niet akkoord. Sorry, ik weet het eigenlijk niet", DecisionNone},
		{"niet akkoord\n\nMoet akkoord zijn volgens Piet, maar ik ben er nog niet uit.", DecisionNone},
		{"niet akkoord\n\nSorry, verkeerde knop. Moet akkoord zijn als de prijs onder de 500 euro blijft.", DecisionNone},
		{"not approved\n\nSorry, wrong button. I meant to approve this one, but only the first phase.", DecisionNone},
		{"Daar stond per ongeluk 'niet akkoord' in. Ik ga akkoord met de aanvraag als Piet ook tekent.", DecisionNone},
		{"Daar stond per ongeluk 'niet akkoord' in. Ik ga akkoord met de aanvraag? Weet ik niet.", DecisionNone},
		{"Niet akkoord. Het bedrijf heeft per ongeluk dubbel gefactureerd. Akkoord met de eerste factuur.", DecisionNone},
	})
}
