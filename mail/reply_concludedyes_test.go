package mail

import "testing"

// A refusal denied ("geen reden om niet akkoord te gaan", "kan er moeilijk niet akkoord mee
// gaan", "niet akkoord gaan heeft weinig zin", "no reason not to approve", "I can't really
// say no") is no refusal: the yes the writer says with it stands. A denied approval, a
// denial with a condition or a step first, or one without a yes stays unclear.
func TestDeniedRefusalLeavesYes(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Ik zie echt geen reden om hier niet mee akkoord te gaan. Akkoord dus.", DecisionApprove},
		{"Nou, ik kan er moeilijk niet akkoord mee gaan, de lift staat al twee weken stil. Dus: akkoord.", DecisionApprove},
		{"Akkoord. Niet akkoord gaan heeft toch geen zin, het moet gewoon gebeuren voor de winter.", DecisionApprove},
		{"I see no reason not to approve this, so: approved. The boiler is older than I am.", DecisionApprove},
		{"I can't really say no to this. Approved, the old chairs are falling apart.", DecisionApprove},
		{"There is no point in refusing, the fence is down anyway. Approved.", DecisionApprove},
		{"Geen enkele reden om dit af te wijzen. Akkoord wat mij betreft.", DecisionApprove},

		{"Ik zie geen reden om akkoord te gaan.", DecisionNone},
		{"Niet akkoord gaan heeft weinig zin, maar ik wil eerst overleggen.", DecisionNone},
		{"I see no reason to approve this.", DecisionNone},
		{"Ik zie geen reden om niet akkoord te gaan.", DecisionNone},
		{"Als Piet geen reden ziet om niet akkoord te gaan, dan akkoord.", DecisionNone},
		{"Is er een reden om niet akkoord te gaan? Akkoord misschien.", DecisionNone},
		{"I can hardly refuse, but let me check with the board first.", DecisionNone},
		{"No reason not to approve, if the price stays under 400. Approved then?", DecisionNone},
		{"Ik kan er moeilijk niet akkoord mee gaan. Toch wil ik eerst met Piet overleggen.", DecisionNone},
		{"Piet ziet geen reden om niet akkoord te gaan. Akkoord.", DecisionNone},
		{"I see no reason not to approve, except the price. Approved.", DecisionNone},
	})
}

// Reasons, history or feelings first, then the yes as a sentence of its own, with remarks
// after it read as after any opening yes. Reasons that ask, set a condition, doubt, report
// someone else's view or leave a part out, or a yes with a real qualification, stay unclear.
func TestReasonsThenYes(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Hoi Karin,\n\nIk liep vorige week nog door de fietsenstalling en het is er echt pikkedonker. Mijn buurvrouw is er bijna gevallen. Dus ja hoor, akkoord, laat ze die lampen maar ophangen.", DecisionApprove},
		{"Hoi Sem,\n\nIk had de foto's van het dak ook al gezien. Eigenlijk schandalig dat de dakgoot pas nu wordt afgekeurd, maar goed.\n\nAkkoord voor de reparatie. Laat je me weten wanneer ze komen?", DecisionApprove},
		{"Wat een mooi plan voor de tuin!! Van mij mag het hoor, akkoord dus. Ik heb al twee bewoners die willen helpen met planten.", DecisionApprove},
		{"Ik heb er een paar dagen over na moeten denken. Vorig jaar vond ik het nog te veel geld, maar nu de oude kast uit elkaar valt zie ik wel dat het moet. Akkoord.", DecisionApprove},
		{"I walked past the storage room on Monday and it smelled awful. The damp is everywhere. Approved, go ahead.", DecisionApprove},
		{"Hi Tom,\n\nThe old kettle has been leaking for weeks and the kitchen staff keep complaining about it. Approved.\n\nBy the way, does anyone know where the ladder is?", DecisionApprove},
		{"Die verwarming valt elke winter uit, daar hebben we nu wel genoeg over geklaagd. Dus: akkoord.", DecisionApprove},

		{"Is dit echt nodig? Nou ja, akkoord als het onder de 500 blijft.", DecisionNone},
		{"Ik twijfel nog. Akkoord? Ik weet het niet.", DecisionNone},
		{"Piet vond het prima. Akkoord volgens hem.", DecisionNone},
		{"Het dak lekt al maanden. Akkoord, maar alleen voor het dak van de schuur.", DecisionNone},
		{"Het is goed als de prijs klopt. Akkoord.", DecisionNone},
		{"Ik twijfel of het echt nodig is. Akkoord.", DecisionNone},
		{"The board thinks it is necessary. Approved according to them.", DecisionNone},
		{"Alles prima, maar niet de extra stoelen. Akkoord.", DecisionNone},
		{"De penningmeester moet het ook nog ondertekenen. Dus ja, akkoord.", DecisionNone},
		{"The old printer keeps jamming. Approved, if it stays under 300 euros.", DecisionNone},
		{"De offerte is aan de hoge kant. Ik wil er nog even over nadenken. Akkoord.", DecisionNone},
		{"Ik heb nog geen offerte gezien. Akkoord.", DecisionNone},
		{"Er is geen reden om dit af te wijzen, behalve de prijs. Akkoord.", DecisionNone},
	})
}
