package mail

import "testing"

// An opening refusal in the writer's own frame ("Wij zijn het hiermee niet akkoord.") or
// after thanks for the work ("Bedankt voor het uitzoeken, maar niet akkoord."), followed by
// a deliberation told as done ("We discussed it … and decided to wait …") or a reason with a
// tag ("…, dat hebben we vorig jaar al gedaan toch?"), stays a refusal (reply_refusalfirst.go).
func TestRefusalFrameRead(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Beste Jeroen,\n\nWij zijn het hiermee niet akkoord.\n\nDe vloer is pas drie jaar oud. Ik zou graag eerst een onderbouwing zien waarom hij nu al vervangen moet worden.\n\nMet vriendelijke groet,\nDirk", DecisionReject},
		{"Bedankt voor het uitzoeken, maar niet akkoord. De oude tafels kunnen nog jaren mee als we ze laten schuren.", DecisionReject},
		{"Thanks for looking into this, but rejected. The current fridge still works and the canteen closes in June anyway.", DecisionReject},
		{"Not approved, sorry. We talked it over at the team meeting and decided to wait until the new lease is signed. Feel free to raise it again after summer.", DecisionReject},
		{"Niet akkoord. Dat hebben we gisteren in het bestuur besproken en besloten te wachten tot de subsidie binnen is.", DecisionReject},
		{"niet akkoord, die goot is in maart nog schoongemaakt toch?", DecisionReject},
		{"Rejected - the windows were cleaned only last month, right?", DecisionReject},
		{"Niet akkoord, het oude hek werkt toch prima. Dat hebben we vorige maand ook besproken.", DecisionReject},
		{"Sorry Lotte, maar daar zeg ik nee op. Niet akkoord. Het speelveld komt wel terug op de agenda van de ledenvergadering, daar bespreken we het dan.", DecisionReject},
		{"Daar ga ik niet mee akkoord. Geen akkoord. We overleggen in het voorjaar wel over een nieuw plan.", DecisionReject},
		{"Beste allemaal,\n\nIk moet hier toch echt nee op zeggen. De kantine is vorig jaar pas geschilderd.", DecisionReject},
		{"We moeten daar helaas nee tegen zeggen: het onderhoudsbudget is op.", DecisionReject},
		{"Geen akkoord. De gemeenteraad heeft nog geen besluit genomen over de subsidie en daar loop ik niet op vooruit.", DecisionReject},
		{"Niet akkoord. De directie heeft hier nog niet over beslist en wij gaan daar niet op vooruitlopen.", DecisionReject},
	})
}

// Similar wording that keeps the decision open stays none.
func TestRefusalFrameKeptOpen(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Niet akkoord, toch?", DecisionNone},
		{"Niet akkoord, of wel, toch?", DecisionNone},
		{"Niet akkoord, wat kost dat eigenlijk toch?", DecisionNone},
		{"Niet akkoord. We hebben het nog niet besproken in het bestuur.", DecisionNone},
		{"Niet akkoord, kunnen we het niet eerst bespreken, toch?", DecisionNone},
		{"Bedankt voor het uitzoeken, maar niet akkoord als het boven de 400 euro komt.", DecisionNone},
		{"Wij zijn het hiermee niet akkoord, tenzij de leverancier de montage gratis doet.", DecisionNone},
		{"Thanks for sorting this, but not approved yet. I still need to check the budget.", DecisionNone},
		{"Wij zijn het hiermee niet akkoord. Of eigenlijk, ik twijfel nog.", DecisionNone},
		{"Hier zeg ik nee op. Niet akkoord. Laten we het eerst met het bestuur bespreken.", DecisionNone},
		{"Hier zeg ik nee op. We bespreken het later wel eens.", DecisionNone},
		{"Daar zeg ik nee op. Niet akkoord. We bespreken het in maart, dan beslissen we.", DecisionNone},
		{"Hier zeg ik nee op, tenzij het goedkoper kan.", DecisionNone},
		{"Ik ga er nee op zeggen, denk ik.", DecisionNone},
		{"Niet akkoord. De directie heeft nog niet besloten, dus ik wacht even af.", DecisionNone},
		{"Niet akkoord. We hebben het in het bestuur besproken en besloten dat het toch door kan gaan.", DecisionNone},
		{"Not approved. We talked it over and decided that it is fine after all.", DecisionNone},
		{"Not approved. We discussed it at the board meeting and decided we will decide next month.", DecisionNone},
		{"Niet akkoord. De directie heeft nog niet besloten en ik ga daar niet op vooruitlopen, maar misschien later wel.", DecisionNone},
		{"Niet akkoord, denk ik. Het lijkt me te duur.", DecisionNone},
		{"Rejected, I think.", DecisionNone},
		{"Ik moet hier misschien nee op zeggen.", DecisionNone},
		{"Moet ik hier nee op zeggen?", DecisionNone},
		{"Ik moet hier toch echt nee op zeggen, tenzij het goedkoper kan.", DecisionNone},
		{"Ik moet hier toch echt nee op zeggen. Maar de kleine kast is wel prima.", DecisionNone},
	})
	noApproval(t, DefaultKeywords(),
		"Bedankt voor het uitzoeken, maar niet akkoord. Oeps, verkeerde knop: akkoord als het onder de 300 blijft.",
		"Wij zijn het hiermee niet akkoord, wel met de goedkopere variant.",
	)
}
