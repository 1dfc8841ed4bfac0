package mail

import "testing"

// A formal grant: the writer's own approval in a full sentence after a lead-in of what was
// done first or on whose behalf, or with the subject after the verb (reply_formalgrant.go).
func TestFormalGrant(t *testing.T) {
	kw := DefaultKeywords()
	approves(t, kw,
		"Geachte heer, mevrouw,\n\nNa bestudering van de offerte geef ik hierbij mijn akkoord voor de vervanging van de toegangsdeur.",
		"Geachte mevrouw De Wit,\n\nHierbij verleen ik namens de raad van toezicht akkoord voor de werkzaamheden onder kenmerk SPOC-0412, geraamd op € 2.150,00.",
		"Beste Joost,\n\nNamens het dagelijks bestuur deel ik je mede dat wij akkoord gaan met het schilderwerk aan de achtergevel.",
		"Geachte heer Pronk,\n\nGelet op de uitkomst van de keuring geef ik hierbij mijn akkoord voor de reparatie van de brandmeldinstallatie.",
		"Bij deze mijn akkoord voor de nieuwe banken in de hal.",
		"Hierbij verleen ik akkoord voor de aanschaf van de koelkast.",
		"Dear Mr Hill,\n\nAfter checking the figures with our accountant I am happy to approve the new boiler.",
		"Good afternoon,\n\nHaving read the inspection report, I am pleased to approve the roof repair.",
		"Dear Sir or Madam,\n\nOn behalf of the board, I approve the replacement of the kitchen floor.",
		"Beste Marja,\n\nGelet op het rapport van de brandweer geef ik hierbij namens de kerkenraad mijn akkoord voor de nieuwe nooduitgang.\n\nIk verzoek je de kerkenraad achteraf een foto van het resultaat te sturen.",
		"Dear Ms Lee,\n\nHaving checked the invoice, I am content to approve the repair.",
	)
	noApproval(t, kw,
		// A condition, cap, part, negation, future step or somebody else's say.
		"Geachte heer, mevrouw,\n\nNa bestudering van de offerte geef ik hierbij mijn akkoord voor de vervanging, mits de oude deur wordt afgevoerd.",
		"Hierbij verleen ik akkoord voor de werkzaamheden tot € 400,00.",
		"Bij deze mijn akkoord voor de banken, niet voor de tafels.",
		"Hierbij mijn akkoord voor de stoelen, maar niet voor de kasten.",
		"Namens het bestuur deel ik u mede dat wij niet akkoord gaan met het schilderwerk.",
		"Na ontvangst van de factuur geef ik mijn akkoord voor de betaling.",
		"After receiving a second quote I am happy to approve the boiler.",
		"Na overleg met de penningmeester geef ik misschien mijn akkoord.",
		"Als de prijs omlaag gaat geef ik hierbij mijn akkoord voor de reparatie.",
		"Na ontvangst van een tweede offerte geef ik mijn akkoord.",
		"Na de vergadering zal ik mijn akkoord geven.",
		"Dear Mr Hill,\n\nAfter checking the figures I would be happy to approve the boiler once we have a second quote.",
		"Dear Mr Hill,\n\nAfter the meeting next week I am happy to approve the boiler.",
		"Having read the report, I am not happy to approve this.",
		"Having read the report, I am happy to approve the roof, but not the gutters.",
		"Hierbij verleen ik namens het bestuur akkoord voor de werkzaamheden, begroot op € 985,00, als de aannemer in januari kan beginnen.",
		"Na overleg met Jan: akkoord, mits het onder de 500 blijft.",
		"Hierbij mijn akkoord voor de stoelen, niet voor de tafels.",
		"Gelet op het rapport geef ik hierbij namens de kerkenraad mijn akkoord voor de nooduitgang, maar niet voor de hellingbaan.",
		"Gelet op het rapport geef ik hierbij namens de kerkenraad als de brandweer instemt mijn akkoord voor de nooduitgang.",
		"Having checked the invoice, I am not content to approve the repair.",
		"I'd be happy to approve this once we have a second quote.",
		"Namens de penningmeester geef ik door dat hij akkoord gaat als hij terug is.",
		"Hierbij verleen ik akkoord? Of moet het bestuur eerst beslissen?",
		// A reservation, a part or a step still open after the grant.
		"After checking the invoice I am happy to approve the repair, subject to the trustees' sign-off.",
		"After checking the invoice I am happy to approve the repair in principle.",
		"Having read the survey, I am happy to approve the first phase.",
		"Having read the survey, I am happy to approve the repair. Ahmed still has to sign.",
		"Na lezing van de offerte geef ik hierbij mijn akkoord, onder voorbehoud van de ledenvergadering.",
		"Na lezing van de offerte geef ik hierbij mijn voorlopige akkoord.",
		"Gezien de haast geef ik hierbij mijn akkoord, de secretaris moet nog tekenen.",
		"Hierbij verleen ik akkoord voor de werkzaamheden onder kenmerk SPOC-0777, begroot op € 300,00 in plaats van € 650,00.",
		"Hierbij verleen ik akkoord voor de werkzaamheden onder kenmerk SPOC-0777, mits begroot op € 300,00.",
		// Somebody else's say relayed on their behalf.
		"Hierbij geef ik namens de voorzitter akkoord voor de reparatie.",
		"Hierbij geef ik namens Karin akkoord voor de nieuwe stoelen.",
		"Namens Karin geef ik hierbij haar akkoord voor de nieuwe stoelen.",
		"Dear Sir or Madam,\n\nOn behalf of the chair, I approve the repair.",
		"Geachte heer Pronk,\n\nGelet op de keuring geef ik hierbij zijn akkoord voor de reparatie.",
	)
}

// "Daar ga ik akkoord mee", the request named by a pronominal adverb before the inverted
// verb, after a greeting or an interjection (reply_formalgrant.go).
func TestFormalGrantPronominal(t *testing.T) {
	kw := DefaultKeywords()
	approves(t, kw,
		"Beste Wouter,\n\nNou, daar ga ik natuurlijk akkoord mee! De oude beamer is al twaalf jaar oud.",
		"Hoi allen,\n\nJa, hier ga ik uiteraard mee akkoord. De keuken is al jaren aan vervanging toe.",
	)
	noApproval(t, kw,
		"Beste Wouter,\n\nNou, daar ga ik akkoord mee, maar alleen voor de beamer.",
		"Beste Wouter,\n\nDaar ga ik akkoord mee als de prijs omlaag gaat.",
		"Beste Wouter,\n\nDaar ga ik voorlopig mee akkoord.",
		"Beste Wouter,\n\nDaar gaat de penningmeester akkoord mee.",
		"Beste Wouter,\n\nDaar ga ik niet mee akkoord.",
		"Beste Wouter,\n\nDaar ga ik akkoord mee? Ik weet het nog niet.",
		"Beste Wouter,\n\nDaar zou ik akkoord mee gaan, maar het bestuur beslist.",
	)
}

// "Hierbij deel ik u mede dat ik met het voorstel akkoord ga": the writer's own approval in
// a "dat" clause, the verb last (reply_reportedown.go).
func TestReportedOwnVerbLast(t *testing.T) {
	kw := DefaultKeywords()
	approves(t, kw,
		"Geachte mevrouw Kok,\n\nHierbij deel ik u mede dat ik met het bovenstaande voorstel akkoord ga.",
		"Beste Henk,\n\nHierbij laat ik je weten dat ik met de voorgestelde vervanging akkoord ga. De oude ketel is op.",
	)
	noApproval(t, kw,
		"Hierbij laat ik je weten dat ik met de helft van de vervanging akkoord ga.",
		"Hierbij laat ik je weten dat ik met het voorstel van de penningmeester akkoord ga.",
		"Hierbij laat ik je weten dat ik met het voorstel niet akkoord ga.",
		"Hierbij laat ik je weten dat ik met het voorstel akkoord ga, maar niet met de planning.",
		"Hierbij laat ik je weten dat ik met het voorstel akkoord ga als de prijs omlaag gaat.",
		"Hierbij laat ik je weten dat ik met het voorstel akkoord zou gaan.",
		"Hierbij laat ik je weten dat ik met het voorstel voorlopig akkoord ga.",
	)
}
