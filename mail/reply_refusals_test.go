package mail

import "testing"

// Refusals in words: a conclusion ("Afwijzen dus."), an earlier consent taken back, "not
// this time". Their questions and negations decide nothing.
func TestRefusalWordsMore(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Dat lijkt me geen goed idee, het dak wordt in maart vervangen. Afwijzen dus.", DecisionReject},
		{"Te duur voor wat het is. Dus afwijzen.", DecisionReject},
		{"Afwijzen dus?", DecisionNone},
		{"Ik trek mijn eerdere akkoord in: het zit al in het contract. Dus niet boeken graag.", DecisionReject},
		{"Hierbij trek ik mijn goedkeuring in.", DecisionReject},
		{"I withdraw my approval, the budget is gone.", DecisionReject},
		{"Ik trek mijn akkoord niet in.", DecisionNone},
		{"Ik trek mijn akkoord in?", DecisionNone},
		{"Moet ik mijn akkoord intrekken?", DecisionNone},
		{"Sorry, not this time. We agreed at the last meeting: no more orders before January.", DecisionReject},
		{"Not this time, I'm afraid.", DecisionReject},
		{"OK, but not this time.", DecisionNone},
		{"Not this time?", DecisionNone},
		{"Akkoord, maar niet deze keer via de huisleverancier.", DecisionNone},
	})
}

// A bare "Nee." as a sentence of its own refuses, with a reason about waiting after it; a
// decision put off ("ik kom erop terug"), a condition or a question keeps it no decision.
// An organisation's notice that a mail is "geen akkoord" is footer.
func TestFlatNo(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Nee. We wachten eerst de definitieve kaartverkoop af, pas daarna huren we extra toiletunits.\n\nDaan\n\n" +
			"Dit e-mailbericht is geen akkoord, opdracht of bestelling, tenzij uitdrukkelijk anders vermeld.", DecisionReject},
		{"No. We wait for the ticket sales first.", DecisionReject},
		{"Nee. Ik kom er later op terug.", DecisionNone},
		{"Nee. Eerst nog even overleggen.", DecisionNone},
		{"Nee, we wachten eerst de kaartverkoop af.", DecisionNone},
		{"Nee. Wachten we eerst de kaartverkoop af?", DecisionNone},
		{"Nee. Als de kaartverkoop goed gaat wel.", DecisionNone},
	})
}

// The approval keyword echoed in disbelief and then a flat no ("Akkoord?? Echt niet.") is
// a refusal; an echo without a no, a no with more to it, or a condition, hedge, deferral or
// question after it is not.
func TestEchoedKeywordThenNo(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Akkoord?? Echt niet. Dit is al het derde uitje deze maand.", DecisionReject},
		{"Approved? No way.", DecisionReject},
		{"Akkoord?? Absoluut niet.", DecisionReject},
		{"Akkoord? Echt?", DecisionNone},
		{"Akkoord? Echt niet duur.", DecisionNone},
		{"Akkoord? Nee, nog niet.", DecisionNone},
		{"Akkoord voor de lunch? Echt niet.", DecisionNone},
		{"Akkoord? Echt niet? Dan akkoord.", DecisionNone},
		{"Akkoord? Nee. Akkoord!", DecisionNone},
		{"Akkoord?? Echt niet. Wel als het goedkoper kan.", DecisionNone},
		{"Akkoord? Echt niet. Ik denk er nog over na.", DecisionNone},
		{"Akkoord? Echt niet. Volgende maand misschien.", DecisionNone},
		{"Akkoord? Echt niet. Is dit nodig?", DecisionNone},
	})
}
