package mail

import "testing"

// A clear yes, then what goes wrong without the thing asked for (reply_reasonwish.go).
func TestReasonWishNecessity(t *testing.T) {
	kw := DefaultKeywords()
	approves(t, kw,
		"Akkoord, zonder ladder kunnen de vrijwilligers niet bij de dakgoot.",
		"Akkoord. Zonder verwarming kunnen we in januari geen lessen geven.",
		"Prima, akkoord. Zonder nieuwe accu gaat de bus nergens meer heen.",
		"Approved, without a working fridge we can't store the vaccines.",
		"Approved. Without the ramp the wheelchair users cannot get in.",
		"Akkoord, zonder scheidsrechtersfluitjes wordt het een chaos op het veld.",
	)
	noApproval(t, kw,
		"Akkoord, zonder de montage.",
		"Akkoord, maar zonder de extra lampen.",
		"Approved, but without the extra lamps.",
		"Akkoord zonder de extra uren, die zijn niet nodig.",
		"Akkoord, zonder de lampen kan het niet boven het budget uitkomen.",
		"Akkoord, zonder de montage is het niet duurder dan 400 euro.",
		"Approved, without the installation it is not more than the budget.",
		"Akkoord, zonder de tafels kunnen we het niet betalen, dus alleen de stoelen.",
		"Akkoord. Zonder omgevingsvergunning kunnen we niet beginnen.",
		"Approved. Without the signed contract they can't start.",
	)
}

// A clear yes, then a breakdown supposed and what follows it (reply_reasonwish.go).
func TestReasonWishBreakdown(t *testing.T) {
	kw := DefaultKeywords()
	approves(t, kw,
		"Akkoord. Als de pomp het begeeft staat de hele kelder blank.",
		"Akkoord, doe maar snel. Als die server crasht kan niemand meer inloggen.",
		"Approved. If the boiler breaks down in January the residents are left in the cold.",
		"Approved, go ahead. If the freezer fails we lose all the stock.",
	)
	noApproval(t, kw,
		"Akkoord, als het onder de 500 blijft.",
		"Approved if the landlord pays half.",
		"Akkoord. Als de oude kapot gaat, dan pas vervangen.",
		"Akkoord. Als de pomp het begeeft, dan eerst een tweede offerte.",
		"Approved. If the boiler breaks down, only the repair, not a new one.",
		"Akkoord, als het budget het toelaat.",
	)
}

// A clear yes, then the deadline the work must meet (reply_reasonwish.go).
func TestReasonWishDeadline(t *testing.T) {
	kw := DefaultKeywords()
	approves(t, kw,
		"Akkoord, dit moet echt klaar zijn voordat de winter begint.",
		"Akkoord. Het moet gewoon gebeuren voordat de eerste bewoners erin trekken.",
		"Approved, this has to happen before the kids are back.",
		"Approved. It really needs to happen before somebody trips over it.",
	)
	noApproval(t, kw,
		"Akkoord, maar niet voordat de begroting rond is.",
		"Approved, but wait until January.",
		"Akkoord, maar de begroting moet klaar zijn voordat je bestelt.",
		"Akkoord, maar dit moet eerst langs de penningmeester voordat je bestelt.",
		"Approved, but this has to go to the board before you order.",
		"Akkoord, het moet wel gebeuren voordat het bestuur akkoord geeft.",
		"Akkoord, het moet gebeuren voordat we een tweede offerte hebben.",
	)
}

// A clear yes, then urgency in words (reply_reasonwish.go).
func TestReasonWishUrgency(t *testing.T) {
	kw := DefaultKeywords()
	approves(t, kw,
		"Approved - the roof is leaking onto the stage again, this cannot wait.",
		"Approved. The kids are freezing in there, it really can't wait.",
		"Akkoord. Dat losse tegelwerk is een ongeluk dat staat te wachten.",
		"Approved, that staircase is an accident waiting to happen.",
		"Approved, urgent. Half the classrooms are without heating.",
		"Akkoord, graag snel. De helft van de lampen doet het niet.",
	)
	noApproval(t, kw,
		"Approved, but it can wait until January.",
		"Approved, but wait until the board has met.",
		"Akkoord, maar het staat nog te wachten op de subsidie.",
		"Approved, but half the chairs are enough.",
		"Approved for half the classrooms.",
		"Akkoord, maar de helft van de lampen is genoeg.",
	)
}

// A clear yes, then a wish for how the work is done (reply_reasonwish.go).
func TestReasonWishHow(t *testing.T) {
	kw := DefaultKeywords()
	approves(t, kw,
		"Akkoord! Graag de witte bekers, niet die groene van de vorige keer.",
		"Akkoord, graag weer de stevige tafels, niet de wiebelige.",
		"Approved. Please get the grey ones, not the bright orange ones.",
		"Akkoord, wel graag een kachel die niet zo'n herrie maakt.",
		"Approved, please get a model that doesn't beep all night.",
		"Akkoord, maar plan het alsjeblieft niet in de week van de open dag.",
		"Akkoord, maar doe het aub niet op een vrijdag, dan is de kantine vol.",
		"Approved. Please don't schedule it during the exam week.",
		"Approved. Please book the same band as at the summer fair.",
		"Akkoord. Graag dezelfde schilder als vorig jaar.",
		"Approved. Make sure the volunteers have gloves and a first aid kit.",
	)
	noApproval(t, kw,
		"Akkoord, wel graag eerst een tweede offerte.",
		"Akkoord, maar alleen de stoelen, niet de tafel.",
		"Akkoord voor de stoelen, niet de tafel.",
		"Akkoord, graag de stoelen, niet de tafels.",
		"Akkoord, graag de stoelen, niet de extra lampen.",
		"Akkoord, graag de kleine, niet de dure.",
		"Akkoord, maar niet in december.",
		"Akkoord, maar plan het niet dit jaar.",
		"Approved, but don't book it before the budget meeting.",
		"Approved if it's the same price as last year.",
		"Approved. Please check first with the treasurer.",
	)
}
