package mail

import "testing"

// A clear yes first, then remarks that change nothing (reply_yesfirst.go).
func TestYesFirstRemarks(t *testing.T) {
	checkDecisions(t, []decisionCase{
		// heldout17
		{"Heb er niks op tegen hoor.", DecisionApprove},
		{"Geen bezwaar. Succes met de voorstelling, ik kom de zaterdag kijken!\n\nHarry", DecisionApprove},
		{"Hoi Tineke,\n\nPrima, laat Bakker het maar repareren. Ik zet het SPOC-adres in de cc zodat het ook geregistreerd staat.", DecisionApprove},
		{"Ja, is goed. De klarinetten moeten gewoon in orde zijn voor het concours.\n\nLieve groet, Anneke", DecisionApprove},
		{"Doe maar. Wel jammer dat De Vennen weer duurder is geworden, maar we hebben weinig keus als we die kinderen niet nog een jaar willen laten wachten.\n\nPeter", DecisionApprove},
		{"Akkoord, maar laat de factuur dit keer wel op naam van de stichting zetten en niet op jouw naam. Vorige keer moesten we dat achteraf allemaal laten corrigeren.", DecisionApprove},
		{"Is goed, vergeet niet de bon bij mij in te leveren", DecisionApprove},
		{"Approved, but can we please get at least two quotes next time? De Kroon puts its prices up every year.\n\nTomasz", DecisionApprove},
		{"Nee joh, geen enkel probleem. Huur maar 👍", DecisionApprove},
		{"Ok, akkoord. Dit kan niet wachten.\nIk betaal het wel voor uit en declareer het daarna bij de stichting, is dat een probleem voor de administratie?\n\nCorrie", DecisionApprove},
		{"OK with this. Same room as last year, wasn't it? That worked well.", DecisionApprove},
		{"Beste Sanne,\n\nNaar aanleiding van je verzoek: ik ga akkoord met de aanschaf van de nieuwe behandelbank. Het bedrag past nog binnen het investeringsbudget van dit jaar, ik heb het even met Marieke afgestemd.\n\nKun jij nagaan of de oude bank nog ergens naartoe kan? Misschien wil de hockeyclub hem hebben.", DecisionApprove},
		{"Hallo Ineke,\n\nhelemaal goed, haal maar op. Zet je het wel even op de agenda van de volgende bestuursvergadering zodat het in de notulen komt?", DecisionApprove},
		// heldout15
		{"Ja prima, regel maar. Zelfde verhuurder als vorig jaar?", DecisionApprove},
		{"Hoi Marian, ik vind het goed hoor. Laat hem maar snel komen nu het nog droog is.", DecisionApprove},
		// unseen variants
		{"Geen bezwaar. Fijne vakantie alvast!", DecisionApprove},
		{"Akkoord, bestel ze maar zodat ze er voor de wedstrijd zijn.", DecisionApprove},
		{"Prima, bestel ze maar. Wil je de oude stoelen naar de kringloop brengen?", DecisionApprove},
		{"Akkoord. Zorg wel dat de vloer niet beschadigd raakt.", DecisionApprove},
		{"Fine by me. Please send the invoice to the treasurer, not to me.", DecisionApprove},
		{"Approved. Thanks for sorting it out so quickly, much appreciated.", DecisionApprove},

		// near-misses: a condition, cap, share, part, step first, deferral, retraction,
		// question about the request, somebody else's approval, doubt
		{"Akkoord, maar alleen als het onder de 500 blijft.", DecisionNone},
		{"Prima, maar is dit inclusief btw?", DecisionNone},
		{"Doe maar, maar eerst een tweede offerte.", DecisionNone},
		{"Approved, but can we wait until January?", DecisionNone},
		{"Is goed, als de penningmeester ook akkoord is.", DecisionNone},
		{"Geen bezwaar, mits het in de vakantie gebeurt.", DecisionNone},
		{"Akkoord. Als het meer dan 400 euro wordt hoor ik het graag.", DecisionNone},
		{"Akkoord, maar de lunch doen we zelf.", DecisionNone},
		{"Akkoord, maar laat de lunch maar zitten.", DecisionNone},
		{"Akkoord voor de helft.", DecisionNone},
		{"Doe maar. Niet de dure variant graag.", DecisionNone},
		{"Prima. Wacht wel even tot na de vergadering.", DecisionNone},
		{"Akkoord. Oh wacht, ik kom er morgen op terug.", DecisionNone},
		{"Akkoord. Het bestuur moet het ook nog goedkeuren.", DecisionNone},
		{"Geen bezwaar. Goedgekeurd door het bestuur.", DecisionNone},
		{"Akkoord. Welke leverancier wordt het?", DecisionNone},
		{"Doe maar. Is het echt nodig?", DecisionNone},
		{"Approved. Is this within budget?", DecisionNone},
		{"Approved. Does that include VAT?", DecisionNone},
		{"Prima. Kan het niet goedkoper?", DecisionNone},
		{"Akkoord. Ik twijfel nog een beetje.", DecisionNone},
		{"Prima. Bedrag is hoog.", DecisionNone},
		{"Akkoord. Laten we het eerst even bespreken.", DecisionNone},
		{"Is goed, ik kijk er morgen naar.", DecisionNone},
		{"Akkoord? Ik weet het niet.", DecisionNone},
		{"Akkoord, bestel je ze bij Gamma?", DecisionNone},
		{"Ik ga akkoord met de aanschaf van de kasten, niet van de stoelen.", DecisionNone},
		{"Ik ga akkoord met de helft.", DecisionNone},
		{"Approved, but next time only with two quotes. This time half is fine.", DecisionNone},
		{"Ik vind het goed hoor. Laat hem maar komen als het droog is.", DecisionNone},
		{"Ik vind het goed. Ik kijk er morgen nog naar.", DecisionNone},
		{"Bestel maar nu het nog kan, maar alleen de kasten.", DecisionNone},
		{"Ja prima, regel maar. Zelfde verhuurder als vorig jaar, of een goedkopere?", DecisionNone},
	})
	// No yes after a no to "any objection?" without a go-ahead, nor from "laat maar".
	for _, text := range []string{"Nee joh, geen probleem.", "Nee joh. Huur maar.", "Laat maar.", "Laat het maar zitten.",
		"Nee hoor, geen bezwaar.", "Doe maar niet."} {
		if r := ReadReply(text, "", DefaultKeywords()); r.Decision == DecisionApprove {
			t.Errorf("ReadReply(%q) = approve, want no approval", text)
		}
	}
}

// More near-misses for yesFirst's qualifiers: each must stay no approval.
func TestYesFirstQualifiers(t *testing.T) {
	for _, text := range []string{
		"Akkoord. Graag eerst even bellen.", "Prima. Ik wil wel eerst de offerte zien.", "Ja, is goed. Maar dan wel de goedkoopste.",
		"Doe maar. Niet meer dan twee stuks.", "Geen bezwaar. Wel even met Jan overleggen.", "Akkoord. De rest volgt later.",
		"Prima, regel het maar. Eén exemplaar is genoeg.", "Akkoord. De stoelen hoeven niet.", "Akkoord. Maar de stoelen laten we zitten.",
		"Akkoord. Goed plan. Maar de stoelen doen we zelf.", "Prima, maar dan via de gemeente.", "Fine by me. Just the chairs though.",
		"Prima. Koop er twee in plaats van drie.", "Doe maar. Volgende week beslissen we over de rest.",
		"Ja hoor. Vraag wel even aan Marieke of zij het ook goed vindt.", "Yes. Subject to board approval.", "Yes, in principle.",
		"OK with this for now.", "Akkoord. Hopelijk valt het mee met de kosten.", "Prima. Dan ga ik ervan uit dat Piet het ook goed vindt.",
		"Fine by me. Let's see what the others say.", "Ja. Ik heb wel mijn twijfels.", "Akkoord. Ik leg het nog even voor aan het bestuur.",
		"Akkoord. Piet moet nog tekenen.", "Sure, go ahead. Not the premium package though.", "Go ahead. The cheaper one, please.",
		"Prima, doe maar. Alleen de kasten.", "Akkoord. Maar pas in januari.", "Go for it. Once the grant comes through.",
		"Is goed, doe maar. Of toch liever niet.", "Doe maar. Hmm, of moeten we wachten?", "OK with this. Sarah will confirm.",
		"Approved. Sarah has the final say.", "Akkoord. Wie gaat het ophalen?", "Prima, huur maar. Niet dat busje van vorig jaar.",
	} {
		if r := ReadReply(text, "", DefaultKeywords()); r.Decision == DecisionApprove {
			t.Errorf("ReadReply(%q) = approve, want no approval", text)
		}
	}
}

// A yes first, then a cap with an amount, a step first, "after …", an assumption, or
// somebody else deciding or disagreeing takes away an approval the analysis read
// (yesFirstVeto).
func TestYesFirstVeto(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Approved. Keep it under 300 please.", DecisionNone},
		{"Akkoord hoor, tot en met 10 stuks.", DecisionNone},
		{"Geen bezwaar. Ik ga ervan uit dat het binnen de begroting blijft.", DecisionNone},
		{"Akkoord. Eerst de oude opmaken.", DecisionNone},
		{"Yes. After the AGM.", DecisionNone},
		{"Fine by me. Mark disagrees though.", DecisionNone},
		{"Approved. Happy for Tom to decide.", DecisionNone},
		// still a yes
		{"Akkoord, dit moet beslist gebeuren.", DecisionApprove},
		{"Approved. Please make sure it is done before the 1st.", DecisionApprove},
		{"Ja, akkoord. Graag in overleg met Marieke plannen.", DecisionApprove},
	})
}
