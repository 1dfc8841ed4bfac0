package mail

import "testing"

// A misclick put right after a leading refusal: the "niet akkoord" button pressed by
// mistake, the correction typed below it ("Moet AKKOORD zijn", "I meant to approve this
// one", or the wrong refusal only quoted: "daar stond per ongeluk 'niet akkoord' in").
func TestReportedOwnMisclickCorrected(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"niet akkoord\n\nOeps, verkeerde knop. Moet natuurlijk akkoord zijn. De lift moet gewoon gemaakt worden.", DecisionApprove},
		{"Niet akkoord\n\nSorry, verkeerd geklikt! Moet AKKOORD zijn. Die hekken zijn echt aan vervanging toe.\n\nGr. Joke", DecisionApprove},
		{"not approved\n\nSorry, wrong button on my phone. I meant to approve this one. The boiler is really at the end of its life.", DecisionApprove},
		{"Rejected\n\nApologies, I hit the wrong button. I meant to approve it, the contract is fine.", DecisionApprove},
		{"Negeer mijn vorige mail, daar stond per ongeluk 'niet akkoord' in. Voor de duidelijkheid: ik ga akkoord met de aanvraag.\n\nPeter", DecisionApprove},
		{"Please ignore my earlier answer, it said 'not approved' by mistake. To be clear: I approve this request.", DecisionApprove},

		// Corrected to a refusal stays a refusal.
		{"akkoord\n\nOeps, verkeerde knop. Moet NIET akkoord zijn. Dit hebben we vorig jaar al laten doen.", DecisionReject},
		{"Approved\n\nSorry, wrong button. I meant not approved, we did this last spring.", DecisionReject},
		// No mistake said, doubt, a condition or a question after the correction: unclear.
		{"niet akkoord. Sorry, ik weet het eigenlijk niet", DecisionNone},
		{"niet akkoord\n\nMoet akkoord zijn volgens Piet, maar ik ben er nog niet uit.", DecisionNone},
		{"niet akkoord\n\nSorry, verkeerde knop. Moet akkoord zijn als de prijs onder de 500 euro blijft.", DecisionNone},
		{"not approved\n\nSorry, wrong button. I meant to approve this one, but only the first phase.", DecisionNone},
		{"Daar stond per ongeluk 'niet akkoord' in. Ik ga akkoord met de aanvraag als Piet ook tekent.", DecisionNone},
		{"Daar stond per ongeluk 'niet akkoord' in. Ik ga akkoord met de aanvraag? Weet ik niet.", DecisionNone},
		{"Niet akkoord. Het bedrijf heeft per ongeluk dubbel gefactureerd. Akkoord met de eerste factuur.", DecisionNone},
	})
}

// The writer reports or declares their own approval in a full sentence, to a colleague or
// formally, after a greeting or an FYI lead-in, with remarks that change nothing.
func TestReportedOwnApproval(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Mevrouw Jansen,\n\nTer informatie: ik heb akkoord gegeven op onderstaand verzoek voor de nieuwe sloten van de fietsenstalling. Wilt u dit opnemen in het jaaroverzicht?", DecisionApprove},
		{"Geachte heer Smit,\n\nHierbij deel ik u mede dat ik akkoord ga met het voorstel om de bewonersavond van 12 maart in de grote zaal te houden en op te nemen. Het is in mijn ogen van groot belang dat alle huurders kunnen meepraten.", DecisionApprove},
		{"Dear Priya,\n\nI approve the catering for the volunteers' evening on 3 March. The caterer confirmed yesterday they will bring food for 30 people, so the 25 plates we ordered extra is enough for everybody.", DecisionApprove},
		{"Goedemiddag mevrouw Bakker,\n\nIk ben akkoord met de aanschaf van de nieuwe rolstoelen.\n\nEen kleine opmerking: bij ons vorige zorgcentrum werden de oude altijd gedoneerd, ik neem aan dat dat hier ook gebeurt. Dat is geen voorwaarde, alleen nieuwsgierigheid.", DecisionApprove},
		{"Kees,\n\nFyi: ik heb dit meerwerk goedgekeurd. Het komt ten laste van het onderhoudsbudget en niet van de exploitatie, wil je het meenemen in de kwartaalrapportage? SPOC zit in de cc, dus het akkoord is daar ook binnen.\n\nIneke", DecisionApprove},
		{"Henk,\n\nTer info, ik heb deze goedgekeurd (SPOC staat in de cc, dus dat is geregeld). Je kunt de schilder laten inplannen. Graag wel de steiger aan de kant van de tuin, niet voor de ingang van het kantoor.\n\nAnnemiek", DecisionApprove},
		{"Tom,\n\nFYI, I've approved this one, so please go ahead and ask the contractor to plan the work. It will be booked on the maintenance budget, not on the operating budget.", DecisionApprove},
		{"Beste Ruud,\n\nVoor de duidelijkheid: ik ga akkoord met de aanvraag voor de nieuwe printer. Het is van belang dat het secretariaat weer kan printen.", DecisionApprove},
		{"Marloes,\n\nFYI, I've approved this request, so you can ask the supplier to deliver the chairs. It will be charged to the facilities budget.", DecisionApprove},
		{"Dear Priya,\n\nI approve the sound system for 3 March. The school confirmed yesterday they will come with 40 pupils, so 50 chairs is enough for everybody.", DecisionApprove},
		{"Goedemorgen mevrouw Bakker,\n\nIk ben akkoord met de afvoer van de oude kasten.\n\nEen kleine opmerking: in België moet men het hout apart afvoeren, ik neem aan dat de aannemer dat hier ook zo doet. Dat is geen voorwaarde, alleen een vraag uit nieuwsgierigheid.", DecisionApprove},

		// A real condition, cap, part, step first or question after it: unclear.
		{"Dear Priya,\n\nI approve the catering, but only for 20 people.", DecisionNone},
		{"Goedemiddag mevrouw Bakker,\n\nIk ben akkoord met de aanschaf, mits de oude rolstoelen worden ingeruild.", DecisionNone},
		{"Henk,\n\nTer info, ik heb deze goedgekeurd, maar Piet moet nog tekenen.", DecisionNone},
		{"Dear Priya,\n\nI approve the catering for the evening. Please get a second quote first.", DecisionNone},
		{"Goedemorgen heer Postma,\n\nIk ben akkoord met de afvoer van de bedden. Wat kost dat eigenlijk?", DecisionNone},
		// Someone else's approval, a forward asking a colleague to decide, another thing before.
		{"Henk,\n\nTer info: Piet heeft dit goedgekeurd.", DecisionNone},
		{"Henk,\n\nTer info: ik heb dit goedgekeurd. Wil jij ook even kijken of het nodig is?", DecisionNone},
		{"Marloes,\n\nFYI, I approved the previous order for the chairs last month. Can you check whether this one is needed?", DecisionNone},
		{"Mevrouw Jansen,\n\nTer informatie: ik heb akkoord gegeven op de offerte van vorige maand. Wilt u deze ook beoordelen?", DecisionNone},
		{"Geachte heer Smit,\n\nHierbij deel ik u mede dat ik akkoord ga met het voorstel, op voorwaarde dat de kosten onder de 2000 euro blijven.", DecisionNone},
		{"Dear Priya,\n\nI approve the sound system for 3 March. The school has not confirmed yet how many pupils will come, so please wait with ordering.", DecisionNone},
		{"Tom,\n\nFYI, I've approved this one, so please go ahead. It will be booked on the maintenance budget, but only up to 500 euros.", DecisionNone},
		{"Goedemorgen mevrouw Bakker,\n\nIk ben akkoord met de afvoer van de oude kasten.\n\nIk neem aan dat de aannemer het hout apart afvoert, anders niet.", DecisionNone},
		{"Henk,\n\nTer info, ik heb deze goedgekeurd (SPOC staat in de cc). Graag wel eerst een tweede offerte opvragen.", DecisionNone},
		{"Geachte heer Smit,\n\nHierbij deel ik u mede dat ik niet akkoord ga met het voorstel. Het is van groot belang dat de zaal vrij blijft.", DecisionReject},
		{"Dear Jonas,\n\nI approve the headsets. 10 is enough.", DecisionNone},
		{"Mevrouw Kok,\n\nTer informatie: ik heb akkoord gegeven op het verzoek van de heer Jansen. Dit verzoek van mevrouw Prins beoordeel ik volgende week.", DecisionNone},
		{"Henk,\n\nTer info: ik heb vorige week het hek goedgekeurd. Dit verzoek wil ik eerst met het team bespreken.", DecisionNone},
	})
}
