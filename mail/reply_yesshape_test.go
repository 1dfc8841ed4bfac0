package mail

import "testing"

// A hope after a clear yes ("en als … nog beter") is no condition; "akkoord als …" is.
func TestYesShapeHope(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Prima, akkoord. En als ze het in één dag redden nog beter.", DecisionApprove},
		{"Akkoord hoor, en als het goedkoper uitvalt des te beter.", DecisionApprove},
		{"Goedgekeurd, en als de schilder eerder kan is dat mooi meegenomen.", DecisionApprove},
		{"Approved, and if they finish before Friday, even better.", DecisionApprove},
		{"Fine by me, and if it comes in under the estimate, all the better.", DecisionApprove},

		{"Akkoord als het meevalt met de uren.", DecisionNone},
		{"Akkoord, als ze het in één dag redden.", DecisionNone},
		{"Approved if they finish before Friday.", DecisionNone},
		{"Akkoord, en als het meer dan 500 euro wordt hoor ik het graag eerst.", DecisionNone},
		{"Akkoord, en als Piet het ook goed vindt nog beter.", DecisionNone},
	})
}

// A concession about the price after a clear yes is a grumble; one about a step first, the
// need or a doubt is not.
func TestYesShapeConcession(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Akkoord, hoewel ik de prijs best stevig vind.", DecisionApprove},
		{"Goedgekeurd, al vind ik het behoorlijk prijzig. Volgende keer graag eerder aanvragen.", DecisionApprove},
		{"Approved, although it's quite expensive.", DecisionApprove},
		{"Fine, approved, even though the amount is steep.", DecisionApprove},

		{"Akkoord, hoewel ik eerst de offerte wil zien.", DecisionNone},
		{"Akkoord, hoewel ik twijfel of het nodig is.", DecisionNone},
		{"Approved, although I'd like to see the quote first.", DecisionNone},
		{"Akkoord, hoewel het niet echt nodig is.", DecisionNone},
		{"Approved, although it's expensive, so please get another quote.", DecisionNone},
		{"Akkoord, al vind ik het fors, dus vraag nog een offerte op.", DecisionNone},
		{"Approved, although it isn't really needed.", DecisionNone},
		{"Akkoord. Eerst een offerte, ook volgende keer.", DecisionNone},
	})
}

// A report about an earlier occasion in the past tense, after a clear yes, decides nothing
// now; one that speaks of now, of a part or of the price may.
func TestYesShapeEarlierOccasion(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Akkoord. De vorige keer was ik niet blij met de rommel die ze achterlieten, dus graag netjes opruimen.", DecisionApprove},
		{"Prima, doe maar. Vorig jaar was het rooster een chaos, dus graag tijdig laten weten wanneer ze komen.", DecisionApprove},
		{"Approved. Last time they were two hours late, so please remind them of the start time.", DecisionApprove},
		{"Go ahead. Though honestly the last repair was supposed to sort this out.", DecisionApprove},

		{"Ja, bestel maar. Vorige keer gaf de leverancier alleen de kleine.", DecisionNone},
		{"Akkoord. De vorige keer had Piet het goedgekeurd, nu moet hij het ook doen.", DecisionNone},
		{"Akkoord. De vorige keer was ik ook akkoord, maar nu wil ik eerst de offerte zien.", DecisionNone},
		{"Approved. Last time I said no, and this time I am not sure either.", DecisionNone},
		{"Akkoord. Vorig jaar was ik niet akkoord en nu eigenlijk ook niet.", DecisionNone},
	})
}

// A wish for when the work is done (a time of day, a holiday, a weekday, and a verb of
// carrying it out) after a clear yes; not a later year, not buying later, not a meeting.
func TestYesShapeWorkTiming(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Akkoord, maar graag pas na de kerstvakantie beginnen, dan zijn de leerlingen weg.", DecisionApprove},
		{"Goedgekeurd. Wel graag na 10 uur komen, want eerder is er niemand.", DecisionApprove},
		{"Ja, doe maar, maar liefst op een woensdag uitvoeren.", DecisionApprove},
		{"Approved, but please start after half-term, the hall is in use until then.", DecisionApprove},
		{"Fine, go ahead. Please come after 9 am.", DecisionApprove},

		{"Akkoord, maar alleen als het na de herfstvakantie kan.", DecisionNone},
		{"Akkoord, maar pas na de herfstvakantie.", DecisionNone},
		{"Akkoord, maar graag pas volgend jaar uitvoeren.", DecisionNone},
		{"Akkoord, maar graag pas na de kerst bestellen.", DecisionNone},
		{"Akkoord, maar graag pas na de ALV uitvoeren.", DecisionNone},
		{"Akkoord, maar graag pas na de kerstvakantie uitvoeren, dan valt het in het nieuwe boekjaar.", DecisionNone},
		{"Approved, but only after half-term.", DecisionNone},
	})
}

// An invoicing instruction with the address not to use, after a clear yes.
func TestYesShapeInvoiceAddress(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Akkoord, maar zet de bon wel op mijn naam en niet op het algemene adres.", DecisionApprove},
		{"Prima, akkoord. Stuur de rekening naar de penningmeester, niet naar het oude adres.", DecisionApprove},
		{"Approved, but send the invoice to me and not to the general address.", DecisionApprove},

		{"Akkoord, maar niet de hele factuur.", DecisionNone},
		{"Approved, but not the full amount.", DecisionNone},
		{"Akkoord, maar niet naar deze leverancier.", DecisionNone},
	})
}

// A question about the keyword or the way to answer, after a clear yes.
func TestYesShapeProcedureQuestion(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"akkoord (is dat het juiste woord?)", DecisionApprove},
		{"Goedgekeurd. Werkt het zo?", DecisionApprove},
		{"Akkoord (dat is toch het goede woord?)", DecisionApprove},
		{"approved (that's the right keyword, isn't it?)", DecisionApprove},
		{"Approved. Is this how it works?", DecisionApprove},

		{"akkoord? (is dat het juiste bedrag?)", DecisionNone},
		{"Akkoord. Is dit echt nodig?", DecisionNone},
		{"Approved. Is that the right price?", DecisionNone},
		{"Akkoord (is dat het juiste woord?), maar alleen voor de lampen.", DecisionNone},
	})
}

// Asking to have the cause of a fault looked into, after a clear yes.
func TestYesShapeLookInto(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Approved. Could you ask them to find out why the boiler keeps failing?", DecisionApprove},
		{"Akkoord. Kun je ze laten uitzoeken waarom de pomp steeds kapot gaat?", DecisionApprove},
		{"Goedgekeurd. Wil je laten nagaan waarom het dak telkens lekt?", DecisionApprove},

		{"Approved. Could you ask them why it is so expensive?", DecisionNone},
		{"Akkoord. Kun je uitzoeken waarom dit zo duur is?", DecisionNone},
		{"Approved. Can you find out why we need a new one?", DecisionNone},
	})
}

// A rhetorical grumble about the past, put by with "enfin"/"anyway", then the yes; a
// question about price, need or another option, or a yes that is itself a question, stays.
func TestYesShapeResolvedGrumble(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Waarom hebben ze dat vorig jaar niet meteen gedaan? Maar goed, akkoord, laat ze maar komen.", DecisionApprove},
		{"Alweer kapot... waarom was dit niet in de garantie geregeld? Afijn, akkoord.", DecisionApprove},
		{"Why wasn't this spotted during the inspection? Anyway, approved.", DecisionApprove},
		{"Hoi Piet,\n\nWaarom zat dit niet gewoon in de garantie? Enfin, akkoord.\n\nGroet, Jan", DecisionApprove},
		{"How come nobody noticed this in the summer? Oh well, approved, we can't leave the pupils without heating.", DecisionApprove},

		{"Waarom zo duur? Enfin, akkoord.", DecisionNone},
		{"Hoi Piet,\n\nWaarom is dit zo duur? Enfin, akkoord.", DecisionNone},
		{"Waarom is dit nodig? Maar goed, akkoord.", DecisionNone},
		{"Why not the cheaper option? Anyway, approved.", DecisionNone},
		{"Waarom niet gewoon een goedkopere? Maar goed, akkoord.", DecisionNone},
		{"Waarom zat dit niet in het contract? Enfin, akkoord?", DecisionNone},
		{"Waarom zat dit niet in het contract? Enfin, akkoord als het onder de 400 euro blijft.", DecisionNone},
		{"Akkoord, maar we kunnen het niet zonder offerte laten.", DecisionNone},
	})
}

// An outcry before a clear refusal; a plain question or a condition after it does not make
// it one.
func TestIndignantLeadInRefusal(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Zoveel geld voor een paar stoelen?? Afgekeurd.", DecisionReject},
		{"Nog een koffiemachine?! Echt niet.\n\nNiet akkoord.", DecisionReject},
		{"Another 900 euros for a sign?! No way. Rejected.", DecisionReject},

		{"Zoveel geld voor een paar stoelen?? Niet akkoord, tenzij het goedkoper kan.", DecisionNone},
		{"Zoveel geld voor een paar stoelen?? Misschien niet akkoord, ik denk er nog over na.", DecisionNone},
	})
}

// After a clear refusal, the writer's own approval on an earlier occasion is a report.
func TestRefusalEarlierOccasionApproval(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Niet akkoord. Vorig jaar had ik gezegd dat dat akkoord een uitzondering was, en nu vraagt hij het weer.", DecisionReject},
		{"Afgekeurd. De vorige keer had ik al gezegd dat mijn akkoord de laatste keer was.", DecisionReject},
		{"Rejected. Last time I said my approval was a one-off.", DecisionReject},

		{"Niet akkoord. Vorig jaar had ik wel akkoord gegeven, nu ligt het anders.", DecisionNone},
		{"Niet akkoord. De vorige keer was ik akkoord, kan dat nu ook?", DecisionNone},
	})
}

// A second quote or opinion asked for after an approval keeps it from being unconditional;
// one asked for next time does not.
func TestSecondQuoteAfterApproval(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Akkoord. Volgende keer graag een tweede offerte erbij.", DecisionApprove},
		{"Approved. Next time please get another quote as well.", DecisionApprove},
		{"Goedgekeurd. In het vervolg graag nog een offerte ter vergelijking.", DecisionApprove},

		{"Approved, so please get another quote.", DecisionNone},
		{"Akkoord, maar vraag wel nog een offerte op bij Jansen.", DecisionNone},
		{"Prima, maar graag een tweede offerte.", DecisionNone},
		{"Fine, go ahead, but a second opinion from another plumber would be good.", DecisionNone},
	})
}

// The addressee or route not to use for the paperwork after a clear yes ("… naar de
// penningmeester en niet naar het secretariaat", "invoice to finance@ and not to me") cuts
// nothing; a share, an amount, a second invoice or a condition in the negated part stays.
func TestYesShapeRoutingNot(t *testing.T) {
	checkDecisions(t, []decisionCase{
		// heldout28, heldout29, heldout30
		{"Yes, approved. Invoice to the usual address please (the foundation, not the school).", DecisionApprove},
		{"Akkoord, maar stuur de factuur wel apart naar de penningmeester en niet mee op de verzamelfactuur. Vorige keer is hij zoekgeraakt.", DecisionApprove},
		{"Akkoord, maar graag de factuur naar de penningmeester sturen en niet naar het secretariaat.", DecisionApprove},
		{"Hi Sanne,\n\nApproved, thanks. Could you make sure the invoice goes to finance@ and not to me? Last one ended up in my inbox.", DecisionApprove},
		// unseen variants
		{"Approved, bill it to the club and not to me.", DecisionApprove},
		{"Akkoord. Graag de rekening op naam van de vereniging en niet op mijn naam.", DecisionApprove},
		{"Akkoord, de bon graag bij Ans inleveren en niet bij de kantine.", DecisionApprove},
		{"Goedgekeurd, de offerte graag naar Kees en niet naar mij.", DecisionApprove},
		{"Approved, but please send the receipt to the treasurer, not to the office.", DecisionApprove},
		{"Akkoord, maar wel de factuur aan de stichting richten, niet aan de school.", DecisionApprove},
		// near-misses
		{"Akkoord, maar niet de hele factuur.", DecisionNone},
		{"Approved, but not the second invoice.", DecisionNone},
		{"Akkoord, maar de factuur mag niet hoger zijn dan 500 euro.", DecisionNone},
		{"Akkoord, maar niet voor de lunch. Factuur naar Piet.", DecisionNone},
		{"Approved. Send the invoice to finance, not the lunch part.", DecisionNone},
		{"Akkoord, maar de factuur naar Piet en niet naar mij, en alleen de helft.", DecisionNone},
		{"Akkoord, maar niet de lunch, en de factuur naar Piet.", DecisionNone},
		{"Approved, invoice to the school, not the full amount.", DecisionNone},
		{"Approved, invoice to the school and not the foundation if it is over budget.", DecisionNone},
		{"Akkoord, maar niet de catering. Factuur graag naar de penningmeester.", DecisionNone},
	})
}

func TestYesShapeRoutingNotThing(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Akkoord, factuur naar de stichting, niet de kasten.", DecisionNone},
		{"Approved, invoice to the school, not the chairs.", DecisionNone},
		{"Approved, invoice to the school, but not the foundation.", DecisionNone},
	})
}

// A practical instruction after a clear yes (to be told or to agree on when it happens,
// beforehand; not to start before a time of day) and the consequence of a practical request
// ("Anders kunnen we hem niet koppelen") are remarks; "Anders niet" after a request makes it
// a condition.
func TestYesShapePracticalInstruction(t *testing.T) {
	checkDecisions(t, []decisionCase{
		// heldout25, heldout28, heldout29
		{"Akoord, wel even met de concierge afstemmen wanneer ze komen want het hek is 's middags op slot.", DecisionApprove},
		{"Approved - but please make sure they don't start drilling before 8:30, first lessons begin at 8:45.", DecisionApprove},
		{"Akkoord. Wel graag vooraf even laten weten op welke dag de monteur komt, dan zorg ik dat de sleutel bij de balie ligt.\n\nHenk Blom\nPraktijkmanager", DecisionApprove},
		{"Goedemiddag,\n\nNamens het bestuur akkoord.\nWilt u de factuur t.a.v. de penningmeester sturen en het SPOC-nummer erop vermelden? Anders kunnen we hem niet koppelen.", DecisionApprove},
		{"Hoi Klaas,\n\nIs goed, ga je gang. Wel graag even doorgeven wanneer ze precies komen, want dinsdagavond is de zaal bezet door de yogagroep.", DecisionApprove},
		// unseen variants
		{"Approved. Let me know beforehand what day the engineer comes, then I'll make sure the key is at the desk.", DecisionApprove},
		{"Akkoord. Laat me even weten wanneer de schilder komt, dan zet ik koffie.", DecisionApprove},
		{"Prima, akkoord. Stem wel even af met Ria wanneer ze komen, want de zaal is dinsdag bezet.", DecisionApprove},
		{"Approved. Please make sure they don't start before 9am, the neighbours complained last time.", DecisionApprove},
		{"Akkoord, zorg wel dat ze niet voor 8 uur beginnen.", DecisionApprove},
		{"Approved, coordinate with the caretaker when they come please.", DecisionApprove},
		{"Akkoord. Geef even door op welke dag ze komen.", DecisionApprove},
		{"Approved. Could you ask them to send the invoice to the treasurer? Otherwise it gets lost.", DecisionApprove},
		// near-misses
		{"Akkoord, maar laat me weten wanneer ze komen als het meer dan 500 euro wordt.", DecisionNone},
		{"Akkoord, maar wacht even en laat me weten wanneer ze komen.", DecisionNone},
		{"Akkoord, maar eerst afstemmen met de concierge wanneer ze komen.", DecisionNone},
		{"Approved, but only if they don't start before 8:30.", DecisionNone},
		{"Approved, but let me know first when they come, and only the hall.", DecisionNone},
		{"Akkoord, wel even afstemmen wanneer ze komen, maar niet voor de lunch.", DecisionNone},
		{"Approved - but please make sure they don't start before the board has decided.", DecisionNone},
		{"Akkoord. Zorg wel dat ze niet voor 9 uur beginnen, tenzij Piet akkoord is.", DecisionNone},
		{"Akkoord. Wel vooraf laten weten of het doorgaat.", DecisionNone},
	})
}

// "Anders niet" / "Otherwise no" after what is asked makes it the condition of the yes.
func TestOtherwiseNotIsCondition(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Akkoord. Neem je de bon mee? Anders niet.", DecisionNone},
		{"Akkoord, laat wel eerst de offerte zien, anders niet.", DecisionNone},
		{"Approved, provided you send me the quote first. Otherwise no.", DecisionNone},
		{"Akkoord. Neem je de bon mee? Anders gaat het niet door.", DecisionNone},
		{"Approved. Bring the receipt, otherwise not.", DecisionNone},
		{"Akkoord. Laat even weten wanneer ze komen. Anders niet.", DecisionNone},
		{"Prima. Stuur me de offerte, anders geen akkoord.", DecisionNone},
		{"Approved. Send me the quote, otherwise I won't approve it.", DecisionNone},
		{"Goedgekeurd. Factuur op naam van de club graag, zo niet, dan niet.", DecisionNone},
		// a practical consequence stays a remark
		{"Prima, bestel maar.\nGraag wel de factuur op naam van de club (HC Rijnvliet, t.a.v. penningmeester)\nen niet op jouw eigen naam, anders krijg ik hem niet door de kascontrole.", DecisionApprove},
		{"Akkoord. Zet het SPOC-nummer op de factuur, anders kan ik hem niet koppelen.", DecisionApprove},
	})
}
