package mail

import "testing"

// Reasons that say the work cannot wait, then the yes: urgency, no deferral
// (reply_concludedyes.go, waitNoDeferral).
func TestConcludedYesAfterUrgency(t *testing.T) {
	kw := DefaultKeywords()
	approves(t, kw,
		"De post inventaris is bijna op, maar de kapotte vaatwasser kan echt niet wachten tot na de zomer, dus: akkoord.",
		"Ik heb even met de conciërge gesproken, de lekkage in het fietsenhok kan niet langer wachten tot het voorjaar.\n\nAl met al: akkoord.",
		"The heating in the hall broke down again on Sunday and this really cannot wait until the spring, so: approved.",
	)
	noApproval(t, kw,
		// Waiting is what the writer asks for, or what stays open.
		"De post inventaris is bijna op. De vaatwasser kan wel wachten tot na de zomer, dus: akkoord.",
		"De post inventaris is bijna op. Laten we niet wachten, maar eerst een tweede offerte vragen. Akkoord.",
		"Ik heb even met de conciërge gesproken. We wachten nog op zijn rapport.\n\nAkkoord.",
		"Ik wil eerst met de penningmeester overleggen. Akkoord.",
		"The heating broke down again. I think it can wait until spring.\n\nApproved.",
		"The heating broke down again. We cannot wait, but only if the price stays under 500.\n\nApproved.",
		"De vaatwasser kan niet wachten. Akkoord als het onder de 800 euro blijft.",
		"De vaatwasser kan niet wachten. Akkoord? Of moet het bestuur eerst beslissen?",
	)
}
