package mail

import "testing"

// The practical-question class: after a clear yes, a question that asks a colleague or the
// supplier to do or find out something practical, asks when the work happens, adds a small
// job for the same visit, or is marked as another matter is a remark; the approval stands.
// Questions about the request's price, payer, need, budget, contents, a second quote, a
// cheaper way, someone else's say, a choice between variants, a step first, "anders niet"
// after the question and a call about the decision keep the reply none.
func TestYesThenPracticalQuestion(t *testing.T) {
	kw := DefaultKeywords()
	for _, tc := range []struct {
		text string
		want Decision
	}{
		// A named colleague or "iemand"/"anyone" asked to do or find out something practical.
		{"Akkoord.\n\nWeet iemand of de schilder meteen naar de deur van het magazijn kan kijken nu hij er toch is? Die klemt al weken.", DecisionApprove},
		{"Approved!\n\nSam - could you ask Northwind whether they can take the old fridge away on the same visit? Otherwise it goes to the tip.", DecisionApprove},
		{"Akkoord. Karin, regel je dat er iemand is om de monteur binnen te laten? Anders staat hij voor een dichte deur.", DecisionApprove},
		{"Akkoord! Het is hier ijskoud in de kantine 🥶\nPeter, bel je ze vandaag nog?", DecisionApprove},
		{"Akkoord.\n\nMarja, bewaar je de factuur even apart? Die wil ik bij de jaarafsluiting hebben.", DecisionApprove},
		{"Approved.\n\nJoe, could you ask the supplier whether they can deliver to the back entrance? The front steps are a pain with a trolley.", DecisionApprove},
		// An extra small job for the same visit, what becomes of the old thing.
		{"Akkoord!\n\nKan de monteur meteen even naar de lamp boven de trap kijken? Die knippert al een maand.", DecisionApprove},
		{"Goedgekeurd. Kunnen de schilders ook even het hekje bij de ingang meenemen? Dat bladdert helemaal.", DecisionApprove},
		{"Hoi Anton,\n\nakkoord van mijn kant. Ik heb nog een vraagje: kan de oude printer daarna nog ergens heen? Anders neem ik hem mee voor de club.", DecisionApprove},
		// When the work happens.
		{"Approved.\nCould they come before 9:00 or after 17:30 so the children aren't around when they drill?", DecisionApprove},
		{"Akkoord. Weet je al wanneer de nieuwe laptops geleverd worden? Maar dat hoor ik wel van je.", DecisionApprove},
		// Another matter, marked as such.
		{"Approved.\n\nUnrelated - does anyone know if the printer on the second floor was moved? I have a pile of letters to print.", DecisionApprove},
		{"Akkoord.\n\nLos hiervan: weet iemand waar de sleutel van de fietsenstalling is? Die hangt niet meer in het kastje.", DecisionApprove},
		{"Approved.\n\nOther thing - does anyone know if the coffee machine got fixed? My cup was empty this morning.", DecisionApprove},
		{"Akkoord.\n\nTrouwens, weet iemand wie de beamer als laatste heeft gebruikt? De kabel is weg.", DecisionApprove},
		{"Akkoord. Ilse, zet je de monteur in de gedeelde agenda?", DecisionApprove},

		// Still none: the request's price, payer, need, budget, contents, a second quote,
		// a cheaper way, someone else's say, a choice, a step first, "anders niet", a call.
		{"Akkoord. Weet iemand wat het precies gaat kosten?", DecisionNone},
		{"Akkoord. Karin, wie betaalt de factuur eigenlijk?", DecisionNone},
		{"Akkoord. Hebben we dit echt nodig?", DecisionNone},
		{"Approved. Could you check whether it fits in the budget?", DecisionNone},
		{"Akkoord. Weet je wat er allemaal bij de prijs zit?", DecisionNone},
		{"Akkoord. Kun je eerst nog een tweede offerte vragen?", DecisionNone},
		{"Akkoord. Kan het niet goedkoper?", DecisionNone},
		{"Akkoord. Weet Piet hiervan?", DecisionNone},
		{"Akkoord. Heb je dit met Jan besproken?", DecisionNone},
		{"Akkoord. Sanne, neem je de grote of de kleine?", DecisionNone},
		{"Akkoord. Kun je eerst een offerte vragen?", DecisionNone},
		{"Akkoord. Karin, kun je vragen of ze voor vrijdag kunnen komen? Anders niet.", DecisionNone},
		{"Approved. Sam, could you ask them whether they can come this week? Otherwise no.", DecisionNone},
		{"Akkoord. Piet, kun je me even bellen?", DecisionNone},
		{"Approved. Could the fitter also replace the second unit at the same price?", DecisionNone},
		{"Akkoord. Kan de monteur ook kijken of het goedkoper kan?", DecisionNone},
		{"Akkoord. Peter, bel je ze eerst om te vragen wat het kost?", DecisionNone},
	} {
		if r := ReadReply(tc.text, "", kw); r.Decision != tc.want {
			t.Errorf("%q: got %s (%s), want %s", tc.text, r.Decision, r.Ambiguous, tc.want)
		}
	}
}

// A statement around the practical question is read by the rules that read it without the
// question: "Akkoord, remmen stel je niet uit." approves alone, so it does with a
// practical question after it; a statement that keeps it none alone still does.
func TestYesStatementThenPracticalQuestion(t *testing.T) {
	kw := DefaultKeywords()
	for _, tc := range []struct {
		text string
		want Decision
	}{
		{"Akkoord, lekkages stel je niet uit. Bram, regel je wel een bouwlamp voor het weekend? Anders zitten we in het donker.", DecisionApprove},
		{"Akkoord, de kinderen kunnen zo echt niet buiten spelen.\nAnnet, bewaar je de factuur even apart?", DecisionApprove},
		{"Approved! Finally no more squinting at that tiny screen.\n\nSam - could you ask Brightlane whether they can take the old one away on the same visit? Otherwise it goes to the recycling point.", DecisionApprove},
		{"Approved - thanks Noor. Not thrilled about the price, but it's a safety issue.\nCould they come before 8:00 or after 17:00 so the kids aren't around?", DecisionApprove},
		{"Akkoord!\n\nKan de elektricien meteen even kijken naar het stopcontact bij de balie? Die zit los. Hoeft niet, als hij toch in het plafond zit.", DecisionApprove},
		{"Ik ga akkoord. Het kan niet anders met deze drukte.\nRuud, kun je daarna laten weten of het bureau dezelfde kracht als vorige keer stuurt? Die kende de weg.", DecisionApprove},
		{"Akkoord. Mogen ze dan ook meteen even naar het slot van de achterdeur kijken?", DecisionApprove},
		{"Hoi Sanne,\n\nAkkoord! De vrijwilligers verdienen het. Neem je ook iets glutenvrij mee? Vorig jaar was er bijna niks voor een paar mensen.", DecisionApprove},
		{"Approve.\n\nOther thing, not about this: who can I ask for a key to the bike shed? The caretaker does not have a spare.", DecisionApprove},
		{"Approve.\n\nLos hiervan: wie heeft de boormachine van de klusdag nog? Ik mis hem.", DecisionApprove},
		// Still none: the statement itself keeps it open, or the question does.
		{"Approve.\n\nUnrelated - who decides on the colour?", DecisionNone},
		{"Approve.\n\nPiet, kun je me even bellen?", DecisionNone},
		{"Approve.\n\nOther thing: is this really needed?", DecisionNone},
		{"Akkoord.\n\nKan Ton de schilder laten weten dat het alleen de achterkant is?", DecisionNone},
		{"Akkoord, als het voor de zomer kan. Piet, regel je de monteur?", DecisionNone},
		{"Akkoord. Karin, regel je de monteur? Pas na de vakantie.", DecisionNone},
		{"Akkoord. Karin, regel je de monteur? Wacht wel tot het nieuwe budget er is.", DecisionNone},
		{"Akkoord. Kan de monteur ook naar de lamp kijken? Hoeft niet, als het niet meer kost.", DecisionNone},
		{"Akkoord. Mogen ze ook meteen de tweede unit vervangen voor dezelfde prijs?", DecisionNone},
		{"Akkoord. Kun je laten weten of het net zo duur is als vorige keer?", DecisionNone},
		{"Akkoord, maar alleen de kleine. Piet, bel je ze?", DecisionNone},
		{"Akkoord, als het onder de 500 euro blijft. Karin, regel je de monteur?", DecisionNone},
		{"Akkoord, we kunnen niet zonder. Karin, kun je vragen of ze voor vrijdag kunnen komen? Anders niet.", DecisionNone},
		{"Akkoord, de kinderen kunnen zo echt niet buiten spelen. Annet, weet je wie dit betaalt?", DecisionNone},
		{"Approved! Sam, could you ask them whether it can be cheaper?", DecisionNone},
	} {
		if r := ReadReply(tc.text, "", kw); r.Decision != tc.want {
			t.Errorf("%q: got %s (%s), want %s", tc.text, r.Decision, r.Ambiguous, tc.want)
		}
	}
}
