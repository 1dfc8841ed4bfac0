package mail

import "testing"

// A paragraph after the yes set apart as another matter (a postscript, a note, "staat hier
// los van", "not a condition") is a remark; one that still limits, conditions, puts off,
// doubts or speaks of money or of someone's decision keeps the approval from standing.
func TestAsideParagraphIsRemark(t *testing.T) {
	kw := DefaultKeywords()
	approves(t, kw,
		"Akkoord.\n\nPS Hanneke, weet jij nog wie de reservesleutel van de kelder heeft?",
		"Akkoord, prima.\nP.S. Staat de kerstborrel nu op vrijdag of op zaterdag?",
		"Approved.\n\nPS - does anyone know if the car park barrier is fixed yet? It wasn't on Monday.",
		"Goedgekeurd.\n\nLet op: de monteur moet zich melden bij de receptie, niet bij de achteringang.",
		"Akkoord.\n\nNB: de lift doet het niet, dus ze moeten de trap nemen met het materiaal.",
		"Approved.\n\nFor the record: the fire officer wants to see the new certificate when he comes round, so keep a copy.",
		"Akkoord hoor.\n\nVraagje tussendoor: zijn de nieuwe visitekaartjes al binnen? Geen haast.",
		"Approved.\n\nOut of curiosity: is the old unit going back to the manufacturer or to the tip?",
		"Akkoord.\n\nDe verlichting in de gang knippert ook al weken, kan daar eens iemand naar kijken? Staat hier los van.",
		"Ja, akkoord. Kunnen ze meteen ook even naar de deurbel kijken? Die doet het half. Los van dit verzoek natuurlijk.",
		"Approved.\n\nOne thing, not a condition: could someone ask whether the old boiler can be recycled? I'd like to know for our green report.",
		"Akkoord.\n\nIk had graag gezien dat we dit eerder hadden gepland, maar dat is een wens voor de toekomst en geen voorwaarde.",
	)
	noApproval(t, kw,
		"Akkoord.\n\nPS: wel graag eerst een tweede offerte.",
		"Akkoord.\n\nPS alleen de stoelen, de tafels laten we zitten.",
		"Akkoord.\n\nP.S. Niet voor de vergaderzaal.",
		"Akkoord.\n\nPS: mits het onder de 800 euro blijft.",
		"Approved.\n\nPS as long as it is done before the inspection.",
		"Akkoord.\n\nNB: graag pas na overleg met de penningmeester.",
		"Akkoord.\n\nLet op: maximaal 2 dagen werk.",
		"Akkoord.\n\nPS: ik ga ervan uit dat de garantie dit dekt.",
		"Approved.\n\nPS: is this really needed now? Just asking.",
		"Akkoord.\n\nPS: is dit de enige optie? Staat hier los van hoor.",
		"Akkoord.\n\nPS: het bedrag is exclusief btw neem ik aan?",
		"Akkoord.\n\nPS Jan moet ook nog akkoord geven.",
		"Akkoord.\n\nPS toch maar niet, ik bedenk me net dat we dit al hebben.",
		"Approved.\n\nNote: only for the ground floor.",
		"Akkoord.\n\nLos daarvan: ik twijfel of we dit wel moeten doen.",
		"Ja, akkoord. Maar alleen de voorkant, de achterkant staat hier los van.",
	)
}

// Words of a remark read in the sense they have there: "that's a first", thanks for the
// quote, nothing to discuss, a time of day, "wel eens", access to, a place under or above a
// thing, the yes said again.
func TestYesFirstOtherSense(t *testing.T) {
	kw := DefaultKeywords()
	approves(t, kw,
		"Approved - and in good time, that's a first!",
		"Akkoord, en bedankt voor de duidelijke offerte.",
		"Approved. This is required by law, so there is not much to discuss.",
		"Akkoord. Daar valt weinig over te beslissen, de keuring is verplicht.",
		"Approved. Ask them to come before 9 if they can, the shop opens at 10.",
		"Akkoord. De leverancier mag ook wel eens kijken waarom dit steeds gebeurt.",
		"Akkoord. Graag ook Joke toegang tot de gedeelde map geven, ze heeft hem nodig.",
		"Akkoord. Er is op vrijdag niemand tot een uur of tien, dus graag daarna.",
		"Akkoord. De kabels liggen nu onder het bureau van Sanne, graag netjes wegwerken.",
		"Akkoord. Het lek zit boven het plafond van de keuken.",
		"Ja hoor! Akkoord 👍 het is echt niet te doen zo.",
		"Prima. Dus van mij: akkoord.",
		"Akkoord, al vind ik € 1.450,00 eerlijk gezegd aan de hoge kant.",
		"Goedgekeurd. Het was al lang de bedoeling om die lampen te vervangen.",
	)
	noApproval(t, kw,
		"Approved, but not before the board has met.",
		"Akkoord. Wel eerst bespreken in het MT.",
		"Akkoord. Maar hou het onder de 500.",
		"Akkoord. Wel onder het bedrag van de vorige keer blijven.",
		"Akkoord. Akkoord van Jan is ook nog nodig.",
		"Approved. Approved by the board too?",
		"Akkoord. Ben je het er wel eens mee dat dit nodig is?",
		"Akkoord, maar ik bedoelde alleen de eerste offerte.",
		"Approved, as long as they come before 9.",
		"Akkoord. Het hangt er wel van af of de subsidie rond komt.",
	)
}

// Qualifiers after a yes that no reading let through before: a second thought ("toch maar
// niet"), a step first that is no time ("pas na overleg met …"), a cap in words ("onder het
// bedrag van … blijven"), "it depends".
func TestYesFirstMoreVetoes(t *testing.T) {
	kw := DefaultKeywords()
	noApproval(t, kw,
		"Akkoord.\n\nPS toch maar niet, ik bedenk me net dat we dit al hebben.",
		"Akkoord.\n\nNB: graag pas na overleg met de penningmeester.",
		"Akkoord, maar pas als de subsidie binnen is.",
		"Approved, only after the board meeting on Tuesday.",
		"Approved. Not until we have the grant letter though.",
		"Akkoord. Wel onder het bedrag van de vorige keer blijven.",
		"Approved. Please keep it within the original estimate.",
		"Akkoord. Het hangt er wel van af of de subsidie rond komt.",
		"Approved, depending on what the landlord says.",
	)
	approves(t, kw,
		"Akkoord. Het past ruim binnen de begroting.",
		"Approved. Please book it under the maintenance budget line.",
		"Akkoord, maar graag pas na de kerstvakantie uitvoeren.",
	)
}

// A negation in a reason, grumble or idiom after a clear yes cuts nothing; one that leaves a
// part out, puts off, doubts or names money still keeps the approval from standing.
func TestYesFirstNegatedReason(t *testing.T) {
	kw := DefaultKeywords()
	approves(t, kw,
		"Akkoord. Het gaat om de brandveiligheid, daar gaan we niet op bezuinigen.",
		"Akkoord hoor. Daar hoeven we echt niet over te vergaderen.",
		"Akkoord. De kleedkamers zien er al jaren niet uit.",
		"Ja, akkoord. Het is in dat lokaal 's middags niet te doen van de hitte.",
		"Akkoord. Dweilen schiet niet op, er moet echt een nieuwe afvoer in.",
		"Akkoord. Zo kan het echt niet langer met die printer.",
		"Approved. We can't have the lift out of action with the open day coming up.",
		"Akkoord. Ik hoef hier verder niet over geïnformeerd te worden.",
		"Akkoord. Het moet gewoon, anders keurt de brandweer het pand niet goed.",
	)
	noApproval(t, kw,
		"Akkoord. Daar hoeven we niet over te vergaderen, maar de tafels niet.",
		"Akkoord. Maar niet de stoelen.",
		"Akkoord, anders gaat het niet door, maar eerst de offerte.",
		"Akkoord, zonder offerte kunnen we het niet goed beoordelen.",
		"Akkoord. Ik weet niet zeker of het nodig is.",
		"Akkoord, maar nog niet deze maand.",
		"Approved. Not the second unit though.",
		"Akkoord. Daar gaan we niet op bezuinigen, mits het onder de 800 blijft.",
	)
}
