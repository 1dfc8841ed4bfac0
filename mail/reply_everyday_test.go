package mail

import "testing"

// Everyday words of the blind corpora heldout72-77 (agriculture, performing arts,
// professional practices, animals, faith communities, hospitality): "yes please", "it has
// to happen" before a yes, "in orde" (Flemish for all right), "we doen dit niet", "not
// happening", Flemish "neen", "not this year", "I'm afraid not", "dit kunnen we niet
// betalen", "doorgaan", "laten doen", "uiteraard", "go", "dat kan echt niet", "?!"
// closing a refusal's reason, "I approved this one", "ik heb hier ja op gezegd", "Let's
// not do this", "Niet doen.", "Unfortunately not."; a confidentiality notice under the
// signature whose "only after written approval" is no condition; and Proton Mail's inline
// answers below its "------- Original Message -------" line and "On … wrote:".
func TestEverydayYesAndNo(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Ja graag!! Het stof ligt overal, zelfs op de kazen 🙈", DecisionApprove},
		{"Yes please!", DecisionApprove},
		{"Moet gewoon gebeuren, ok van mij.", DecisionApprove},
		{"Moet gebeuren, akkoord. Laat ze wel vóór 16u klaar zijn, dan beginnen de lessen van de kleintjes.", DecisionApprove},
		{"Prima, herkeuring laten doen.", DecisionApprove},
		{"akkoord\n\n-- \nJelle Verstraeten\nAdministratie\n\nPas de Quatre BV – Lievekaai 14 – 9000 Gent\nDit bericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde. Bestellingen en opdrachten binden Pas de Quatre BV enkel na schriftelijke goedkeuring door de zaakvoerder.", DecisionApprove},
		{"Ik heb het met Henriëtte besproken en we doen dit niet.", DecisionReject},
		{"Sorry, dit doen we niet.", DecisionReject},
		// heldout74, heldout75
		{"Neen Arne, vanaf januari gaan we naar de cloud-back-up, geen schijven meer kopen aub.", DecisionReject},
		{"Sorry Sanne, not this year. The race is the same weekend as the course in Utrecht.", DecisionReject},
		{"Jesse, I'm afraid not. We only have 9 kids booked.", DecisionReject},
		{"Elke,\n\nDit kunnen we nu echt niet betalen. De raad van bestuur heeft de investeringen vastgelegd.", DecisionReject},
		{"Sorry, maar dat gaat me te ver. Ruim 52 euro per persoon voor een uitje.", DecisionReject},
		{"De crosstrainer staat voor volgend jaar op de investeringslijst, dus nu niet, sorry.", DecisionReject},
		{"Prima, doorgaan.", DecisionApprove},
		{"Ja, laten doen.", DecisionApprove},
		{"Uiteraard.", DecisionApprove},
		{"Prima, go! 🥂", DecisionApprove},
		// heldout76, heldout77
		{"Nathalie,\n\nI approved this one. Can you order them so we have them for the weekend of the 12th? Thx!\n\nGriet", DecisionApprove},
		{"I just approved it. Tom, can you book the van?", DecisionApprove},
		{"Ruud, ter info: ik heb hier ja op gezegd, Kesteloo komt de 14e. Kun jij dan thuis zijn om het hek open te doen?", DecisionApprove},
		{"Bas,\n\nI'm not keen, sorry. We tried paid Instagram in 2024 and got three bookings out of it. Let's not do this.", DecisionReject},
		{"Veel te veel voor 4 dagen.\n\nNiet doen. De koeling in de kantine krijgen we prima leeg.", DecisionReject},
		{"Laten we dat niet doen.", DecisionReject},
		{"Samir,\n\nUnfortunately not. We can't start paying volunteers in one group and not in the others.", DecisionReject},
		{"Go for it.", DecisionApprove},
		{"No go, sorry.", DecisionReject},
		{"Dat kan echt niet. Veel te duur.", DecisionReject},
		{"Hallo Jonas,\nniet akkoord, die dakgoten zijn 2 jaar geleden nog vernieuwd?! Laat Smets eerst komen kijken.", DecisionReject},

		{"Moet gebeuren.", DecisionNone},
		{"Graag eerst een offerte.", DecisionNone},
		{"Ja graag, maar eerst even overleggen.", DecisionNone},
		{"Alles in orde?", DecisionNone},
		{"Dit doen we niet, tenzij het goedkoper kan.", DecisionNone},
		{"Prima, eerst een offerte laten maken.", DecisionNone},
		{"Niet dit jaar, misschien volgend jaar als er budget is.", DecisionNone},
		{"Neen, akkoord.", DecisionNone},
		{"Doorgaan?", DecisionNone},
		{"Go?", DecisionNone},
		{"I approved this one, but Mark still has to sign.", DecisionNone},
		{"I think I approved this already?", DecisionNone},
		{"I would have approved this last year.", DecisionNone},
		{"I almost approved this.", DecisionNone},
		{"I should have approved this earlier.", DecisionNone},
		{"Akkoord, maar de vloer niet doen.", DecisionNone},
		{"Unfortunately not yet, the quote is still missing.", DecisionNone},
		{"Niet akkoord?!", DecisionNone},
		{"Good.", DecisionNone},
		{"Go back to the supplier and ask for a better price.", DecisionNone},
	})
	proton := "------- Original Message -------\nOn Tuesday, February 2nd, 2027 at 9:40 PM, SPOC <spoc@example.test> wrote:\n\n" +
		"> Hallo Wouter,\n>\n> Ria vraagt het volgende meerwerk aan. Daarvoor is jouw akkoord nodig.\n> Meerwerk\n> ja, geschat € 2.900,00\n\n" +
		"Dat is bijna een kwart van de contributie. Niet akkoord.\n\n> Het verzoek:\n> Een nieuwe website.\n\nWouter\n"
	if got := ReadReply(proton, "", DefaultKeywords()); got.Decision != DecisionReject {
		t.Errorf("Proton inline: got %s (%s) from %q, want reject", got.Decision, got.Ambiguous, got.NewText)
	}
}
