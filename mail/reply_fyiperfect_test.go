package mail

import "testing"

// The writer's own approval told in the perfect tense, SPOC copied, then a practical
// request to the colleague; not one still to be given, one with a condition, a part, a
// doubt or somebody else's say, nor a request that asks about the price or the need.
func TestFYIPerfectApproval(t *testing.T) {
	kw := DefaultKeywords()
	approves(t, kw,
		"Hoi Sanne,\n\nTer info: ik heb akkoord gegeven voor de nieuwe wasmachine, SPOC staat in de cc. Wil jij de oude leeghalen voordat ze komen?",
		"Ruud,\n\nIk heb de nieuwe printer zojuist goedgekeurd, SPOC staat in de cc. Kun jij met de leverancier een moment afspreken?",
		"Hi Kate,\n\nFYI - I've approved the new projector (see below). Could you send them the room plan?",
		"Jo - FYI I've approved this one (spoc in cc). Can you let Sam know it should be done by Friday?\n\nClaire",
		// The adverb first, and an emoji ending the sentence (heldout61).
		"Lisa,\n\nHier heb ik zojuist akkoord op gegeven. Wil jij met de leverancier een datum prikken?\n\nPieter",
		"Ricardo,\n\nDaar heb ik net akkoord op gegeven. Wil jij de monteur morgen om 8 uur binnenlaten?",
		"Shirley,\n\nIk heb akkoord gegeven op de kerstlunch 🎄 Wil jij reserveren voor de 18e?\n\nKarin",
	)
	noApproval(t, kw,
		"Hoi Sanne,\n\nTer info: ik heb nog geen akkoord gegeven. Wil jij er eerst naar kijken?",
		"Ruud,\n\nIk heb de printer alleen voor de eerste verdieping goedgekeurd. Kun jij dat doorgeven?",
		"Hi Kate,\n\nFYI - I've approved the projector if the price stays under 500. Could you check?",
		"Hi Kate,\n\nFYI - I've approved this one, but Sarah still has to sign. Could you chase her?",
		"Ruud,\n\nIk heb het goedgekeurd. Wil jij nagaan of het echt nodig is?",
		"Hoi Sanne,\n\nIk heb akkoord gegeven, denk ik. Kun jij het controleren?",
		"Ruud,\n\nIk heb het goedgekeurd. Wil jij vragen of het goedkoper kan?",
		"Ik heb goedgekeurd dat ze een offerte maken. Wil jij die opvragen?",
		"Piet,\n\nIk heb de eerste offerte goedgekeurd, niet deze. Wil jij dat doorgeven?",
		"Ik heb gehoord dat het meerwerk is goedgekeurd. Kun jij het inplannen?",
		"Lisa,\n\nHier heb ik nog geen akkoord op gegeven. Wil jij eerst de offerte sturen?",
		"Lisa,\n\nHier heb ik akkoord op gegeven als het onder de 500 blijft. Wil jij dat checken?",
		"Shirley,\n\nIk heb akkoord gegeven op de lunch 🎄 Wil jij nagaan of het goedkoper kan?",
	)
}
