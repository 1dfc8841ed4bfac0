package mail

import "testing"

// A later sentence (or clause) after a clear yes that puts the spending off, cuts it to a
// share, swaps one number for another or leaves the writer still to think is no yes. A
// deadline, a time of day, a preference, a plan stated with a subject and a reason clause
// are practical remarks.
func TestTimingLimitAfterApproval(t *testing.T) {
	checkDecisions(t, []decisionCase{
		// found unseen: read as approve before
		{"Akkoord. Laat me er een nachtje over slapen.", DecisionNone},
		{"Akkoord. De helft van het bedrag.", DecisionNone},
		{"Akkoord. Niet in december.", DecisionNone},
		{"Akkoord. Wel pas na 1 januari bestellen.", DecisionNone},
		// unseen variants
		{"Approved. Half now, the rest next year.", DecisionNone},
		{"Akkoord. Maar eerst even overleggen met Piet.", DecisionNone},
		{"OK. Not before January though.", DecisionNone},
		{"Approved. Not before January though.", DecisionNone},
		{"Prima. Alleen de kasten.", DecisionNone},
		{"Akkoord, in 2027.", DecisionNone},
		{"Akkoord, niet in december.", DecisionNone},
		{"Goedgekeurd. Ik kom er nog op terug.", DecisionNone},
		{"Akkoord. Pas volgend jaar.", DecisionNone},
		{"Goedgekeurd. Volgend jaar.", DecisionNone},
		{"Approved. Let me sleep on it.", DecisionNone},
		{"Approved. I'll think about it some more.", DecisionNone},
		{"Approved. Not in December.", DecisionNone},
		{"Approved, not this year.", DecisionNone},
		{"Akkoord. Niet deze maand.", DecisionNone},
		{"Akkoord. Bestel maar na de kerst.", DecisionNone},
		{"Akkoord. Wel na de zomer.", DecisionNone},
		{"Approved. Order after 1 January.", DecisionNone},
		{"Approved. Wait until the new year.", DecisionNone},
		{"Akkoord. 50% nu, de rest in het voorjaar.", DecisionNone},
		{"Akkoord. Eén in plaats van twee.", DecisionNone},
		{"Approved. Two instead of three.", DecisionNone},
		{"Go ahead, but the rest next year.", DecisionNone},
		// practical remarks stay a yes
		{"Akkoord. Graag na 17:00 uur leveren.", DecisionApprove},
		{"Akkoord. Graag voor vrijdag regelen.", DecisionApprove},
		{"Akkoord. Bestel ze maar meteen, dan liggen ze er in het voorjaar.", DecisionApprove},
		{"Akkoord. Vorig jaar hebben we hetzelfde gedaan.", DecisionApprove},
		{"Akkoord. Volgend jaar moeten we dit beter begroten.", DecisionApprove},
		{"Approved. Let's also put the other rooms on next year's budget.", DecisionApprove},
		{"Akkoord. Het liefst in de kerstvakantie, dan is de school leeg.", DecisionApprove},
		{"Akkoord. De zaal is pas na 13:00 vrij.", DecisionApprove},
		{"Approved. I'll let the caretaker know.", DecisionApprove},
		{"Akkoord. Ik bel de leverancier morgen.", DecisionApprove},
		{"Akkoord. Laat de oude kasten ophalen in plaats van ze weg te gooien.", DecisionApprove},
	})
}

func TestTimingLimitScheduling(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Akkoord met de extra inhuur tot de zomer.", DecisionApprove},
		{"Approved. Please schedule it after the holidays.", DecisionApprove},
		{"Akkoord. Plan het werk maar in na de zomervakantie.", DecisionApprove},
		{"Akkoord. Pas na de zomer inplannen.", DecisionNone},
		{"Approved. Don't order it until January.", DecisionNone},
	})
}

func TestTimingLimitNegatedUntil(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Akkoord. Niet bestellen voor januari.", DecisionNone},
		{"Approved, but nothing before the summer.", DecisionNone},
	})
}

// More limits and deferrals after a yes, found by probing: the writer still to consult or
// confirm, a share after "eerst", a number said to be enough, a later holiday, a
// confirmation to follow, an approval for now.
func TestTimingLimitProbed(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Approved for now.", DecisionNone},
		{"Akkoord voor nu.", DecisionNone},
		{"Akkoord. Ik overleg nog met Piet.", DecisionNone},
		{"Akkoord. Ik laat het je nog weten.", DecisionNone},
		{"Approved. I need to run it past Jan first.", DecisionNone},
		{"Approved, I'll confirm next week.", DecisionNone},
		{"Akkoord. Bevestiging volgt.", DecisionNone},
		{"Akkoord. Eerst de helft.", DecisionNone},
		{"Approved. Just one, not two.", DecisionNone},
		{"Akkoord. Eentje is genoeg.", DecisionNone},
		{"Approved. One will do.", DecisionNone},
		{"Go ahead. After Easter though.", DecisionNone},
		{"Akkoord. Na Pasen.", DecisionNone},
		{"Akkoord. Na de herfstvakantie.", DecisionNone},
		{"Approved. Next quarter.", DecisionNone},
		{"Akkoord. Volgende maand.", DecisionNone},
		// stay a yes
		{"Oké voor nu, maar volgende keer graag eerder melden.", DecisionApprove},
		{"Approved for now, but next time please ask earlier.", DecisionApprove},
		{"Akkoord. Ik laat het de conciërge weten.", DecisionApprove},
		{"Approved. I'll let the caretaker know.", DecisionApprove},
		{"Akkoord. Ik bel de leverancier zelf wel.", DecisionApprove},
	})
}
