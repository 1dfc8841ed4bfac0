package mail

import "testing"

// A condition word in a later clause of the opening refusal's sentence belongs to the
// reason, not to the refusal: the refusal stands. One in the refusal's own clause, or
// opening the clause right after it, keeps the reply open as before.
func TestOpeningRefusalReasonCondition(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Niet akkoord – geen nieuw apparaat, het oude doet het nog prima als je het goed instelt.", DecisionReject},
		{"Nee, niet doen, de oude tent kan nog jaren mee als we hem na elk kamp goed laten drogen.", DecisionReject},
		{"Afgewezen, de kantine heeft al een koelkast, die houdt het best koud zolang je de deur dichtdoet.", DecisionReject},
		{"Niet akkoord. We hebben nog twee beamers, de oude werkt prima als je de kabel vervangt.", DecisionReject},
		{"Rejected - we still have two projectors, and the old one works fine if you update the driver.", DecisionReject},
		{"Declined, we don't need a second van, the first one is free on Saturdays once the youth team is back.", DecisionReject},
		{"Not approved, sorry: the current laptop still works, it only gets slow if you keep fifty tabs open.", DecisionReject},
		// the condition limits the refusal itself
		{"Niet akkoord als het meer dan 500 kost.", DecisionNone},
		{"Niet akkoord, als het meer dan 500 kost.", DecisionNone},
		{"Nee, tenzij het goedkoper kan.", DecisionNone},
		{"Nee, pas als de begroting voor volgend jaar rond is.", DecisionNone},
		{"No, only if the club pays half of it.", DecisionNone},
		{"Not approved, the quote is too high, unless the supplier drops the delivery costs.", DecisionNone},
		{"Nee, ik ga pas akkoord als de offerte onder de 300 blijft.", DecisionNone},
	})
}

// A later approval phrase that is no approval now — an earlier agreement reported, or an
// approval of the writer's marked past by a time word — leaves the opening refusal
// standing. A misclick put right, doubt, or a yes brought to now keep it as before.
func TestOpeningRefusalPastApproval(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Not approved, sorry. This was not in the plan we agreed with the board in September.", DecisionReject},
		{"Niet akkoord, dit is dubbel: het hek heb ik vorige week al goedgekeurd onder een andere aanvraag.", DecisionReject},
		{"Afgewezen. De nieuwe doelen heb ik gisteren al goedgekeurd via de aanvraag van Sandra, dit is dezelfde bestelling.", DecisionReject},
		{"Niet akkoord, de verf voor de kantine is in september al goedgekeurd op het budget van de jeugdcommissie.", DecisionReject},
		{"Declined. I already approved the same chairs last week under Tom's request.", DecisionReject},
		{"Not approved: that is not the price we agreed.", DecisionReject},
		{"Not approved. We approved a new printer for the office two months ago, that one will do.", DecisionReject},
		{"Nee, niet akkoord. Die laptop heb ik eerder al goedgekeurd voor Jeroen, we bestellen er geen twee.", DecisionReject},
		// a yes after all
		{"Niet akkoord. Oeps, verkeerde knop: akkoord!", DecisionApprove},
		{"Niet akkoord. Of toch wel akkoord, ik weet het niet.", DecisionNone},
		{"Niet akkoord. Ik zie nu dat ik het vorige week toch al goedgekeurd heb.", DecisionNone},
		{"Not approved. Sorry, I see now I had already approved it last week, so go ahead.", DecisionNone},
		{"Nee. Inmiddels heb ik het gisteren alsnog goedgekeurd.", DecisionNone},
	})
}

// The approval keyword echoed as a question and answered with a bare no, then a reason, is
// a refusal. A yes, a no that waits ("nog niet", "eerst overleggen") or a reason that sets
// a condition, doubts or asks keep it as before.
func TestEchoedKeywordBareNoReason(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Akkoord? Nee dus. € 180,95 voor een paar lampen vervangen is belachelijk.", DecisionReject},
		{"Akkoord?? Nee dus! Voor dat geld huren we liever een busje.", DecisionReject},
		{"Goedgekeurd? Nee, natuurlijk niet. We hebben vorig jaar nog nieuwe tafels gekocht.", DecisionReject},
		{"Akkoord? Nee sorry. De oude kast staat er nog prima bij.", DecisionReject},
		{"Approved? No, of course not. Three hundred euros for a banner is far too much.", DecisionReject},
		{"Approved? No really. We bought two of those last spring.", DecisionReject},
		// a yes, a no that waits, or a reason that keeps it open
		{"Akkoord? Ja hoor.", DecisionNone},
		{"Akkoord? Nee, nog niet, eerst overleggen.", DecisionNone},
		{"Akkoord? Nee dus. Nog niet, ik wil eerst de offerte zien.", DecisionNone},
		{"Akkoord? Nee dus. Als het goedkoper kan wel.", DecisionNone},
		{"Approved? No, of course not. Maybe next month.", DecisionNone},
		{"Akkoord? Nee dus. Of toch wel, ik twijfel.", DecisionNone},
		{"Approved? No really. Is this even needed?", DecisionNone},
	})
}
