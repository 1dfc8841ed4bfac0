package mail

import "testing"

// The tenth session's second red-team round: approvals in a full sentence, formal or
// concluded, followed by a sentence that still limits them (reply_tailscope.go, tsLeak2).
func TestRedTeamRound10bNoApproval(t *testing.T) {
	for _, s := range []string{
		"Akkoord voor de kleine variant.",
		"Akkoord voor de offerte-aanvraag.",
		"Akkoord voor de reparatie. In principe.",
		"Akkoord voor de tweede offerte.",
		"Akkoord voor de tweede offerte.\n\nOp di 3 mrt 2026 schreef SPOC <spoc@example.org>:\n> Schildersbedrijf De Kwast vraagt akkoord voor meerwerk: extra laag lak op de kozijnen, geschat € 380,00.\n> Graag uw akkoord of afwijzing.",
		"Akkoord voor de volgende begroting.",
		"Akkoord voor een second opinion.",
		"Akkoord voor het inmeten.",
		"Akkoord voor het inmeten.\n\nOp di 3 mrt 2026 schreef SPOC <spoc@example.org>:\n> Loodgietersbedrijf Van Veen vraagt akkoord voor meerwerk: vervanging van de lekkende afvoer in de keuken, geschat € 640,00.\n> Graag uw akkoord of afwijzing.",
		"Akkoord voor het oude bedrag.",
		"Approved for the site visit.\n\nOn Tue, 3 Mar 2026, SPOC <spoc@example.org> wrote:\n> Northern Roofing asks approval for extra work: replacing the flashing around the chimney, estimated € 900.00.\n> Please approve or reject.",
		"Beste Sander,\n\nDank voor je mail. Akkoord voor de reparatie van de kraan. De douchekop vervangen we zelf.\n\nGroet,\nIrma",
		"Bij de vorige aanvraag was mijn antwoord: akkoord. Bij deze moet ik even kijken.",
		"Dag Erik,\n\nAkkoord met de reparatie. Mijn collega Joyce beslist over de vervanging.\n\nMvg,\nIngrid",
		"De vorige keer ging het ook goed. Kortom: akkoord, zelfde bedrag als toen.",
		"FYI I've approved this (SPOC in cc). Can you let me know if you disagree? Then I'll withdraw it.",
		"FYI I've approved this one, SPOC is cc'd. Can you make sure they don't go over 500?",
		"FYI the treasurer has approved this one. I haven't looked at it yet.",
		"Hallo Joop,\n\nDank voor je geduld. Akkoord met de offerte. Het stukje extra isolatie laten we eruit.\n\nGroet,\nMarleen",
		"Hi Paul,\n\nApproved for this week's visit. The follow-up visit needs a separate request.\n\nBest,\nNina",
		"Hi Paul,\n\nThanks. Approved for the survey. The repair itself we'll decide on afterwards.\n\nBest,\nNina",
		"Hierbij geef ik akkoord voor de arbeid. Het materiaal leveren wij zelf aan.",
		"Hierbij geef ik akkoord voor de variant zonder zonnescherm.",
		"Hierbij geef ik akkoord voor het meerwerk. De kosten worden gedeeld met de buren, dus wij betalen de helft.",
		"Hierbij geef ik akkoord voor het meerwerk. Wel graag de kosten beperken tot wat strikt noodzakelijk is, en zeker niet boven de 900 euro.",
		"Hierbij geef ik namens het bestuur akkoord voor de nieuwe keuken. Formeel moet de ALV dit nog bekrachtigen.",
		"Hierbij geef ik namens het bestuur akkoord voor de reparatie van de deur. Het slot vervangen we zelf.",
		"Hierbij geef ik namens het bestuur akkoord voor de reparatie van het dak. De goot valt hier buiten.",
		"Hierbij geef ik namens het bestuur akkoord voor de reparatie. De uitvoering mag pas starten na de ALV.",
		"Hierbij geef ik namens het bestuur akkoord voor de reparatie.\n\nAanvulling: het bestuur heeft vanavond anders besloten, dus negeer bovenstaande.",
		"Hierbij geef ik namens het bestuur akkoord, al zijn niet alle bestuursleden overtuigd. We houden ons het recht voor hierop terug te komen.",
		"Hierbij verleen ik akkoord voor de werkzaamheden aan de toren. De werkzaamheden aan het schip vallen hier niet onder.",
		"Hierbij verleen ik akkoord voor het meerwerk. Het bedrag mag de € 2.000 niet overschrijden.",
		"Hoi Ilse,\n\nAkkoord. Ik verwacht wel dat Bert nog bezwaar maakt, dus hou er rekening mee dat het nog kan veranderen.\n\nGroet, Arjen",
		"Hoi Nico,\n\nBedankt. Akkoord voor de extra uren van vorige week. Voor deze week heb ik eerst een toelichting nodig.\n\nGroet,\nAnouk",
		"I approve the new locks. The back door can stay as it is.",
		"I approved a similar repair two years ago. Please check why it's needed again.",
		"I approved the original quote. The extra 30% was never discussed.",
		"I approved the scaffolding last month. This is a new request and I need more detail.",
		"I will approve this when the contractor confirms the start date.",
		"I'll approve it as soon as Mark has confirmed the dates.",
		"I'll approve the repair when I'm back from holiday next week.",
		"I'll approve this as soon as I have seen the photos of the damage.",
		"Ik ben akkoord met de extra uren. Dit verrekenen we met de uren die vorige maand te veel zijn gefactureerd.",
		"Ik ben akkoord met het voorstel. Ik hoor graag nog wat Marja ervan vindt.",
		"Ik ben akkoord met het voorstel. Marja heeft er nog wel vragen over.",
		"Ik ben akkoord met twee extra dagen, meer zit er niet in.",
		"Ik ga akkoord met de extra uren. Niet meer dan acht uur graag.",
		"Ik ga akkoord met de nieuwe lampen. De armaturen hergebruiken we.",
		"Ik ga akkoord met de vervanging, hoewel ik er niet helemaal gerust op ben.",
		"Na lang nadenken: akkoord. Ik wil er alleen nog één nachtje over slapen.",
		"Na lang wikken en wegen: akkoord, hoewel ik er nog steeds niet gerust op ben.",
		"Na overleg met de beheerder: akkoord. Zij bespreekt het nog met de eigenaar.",
		"Na overleg met de voorzitter: akkoord met de huur van de hoogwerker. Het snoeiwerk doen we met vrijwilligers.",
		"Na overleg met de voorzitter: akkoord met de reparatie. De vervanging van het dak stellen we uit.",
		"Na telefonisch overleg met de conciërge geef ik hierbij mijn akkoord voor het vervangen van de sloten. Het gaat dan wel om de cilindersloten, niet om de complete deurbeslagen.",
		"Namens de directie geef ik akkoord voor het meerwerk, met een bovengrens van 1500 euro.",
		"Namens de kerkenraad geef ik akkoord voor het schilderwerk binnen. Het buitenschilderwerk wordt apart aanbesteed.",
		"Namens het bestuur geef ik akkoord voor de reparatie. Start pas na schriftelijke bevestiging van de verzekeraar.",
		"On behalf of the board I hereby approve the repair. Work cannot begin until the permit has been granted.",
		"On behalf of the council I approve the request. Final sign-off rests with the clerk.",
		"FYI I've approved the previous one. Can you look at this one?",
		"Hierbij geef ik akkoord voor de reparatie. Dit akkoord is gebaseerd op de offerte van 3 maart; bij een hogere prijs vervalt het.",
		"Hierbij verleen ik namens het dagelijks bestuur akkoord voor de werkzaamheden, uiterlijk uit te voeren vóór 1 mei, anders vervalt dit akkoord.",
		"Ik ben akkoord met het eerdere voorstel van 250 euro.",
		"Ik ben akkoord met het vervangen van de ruiten, ervan uitgaande dat de verzekering de schade vergoedt.",
		"Ik ga akkoord met de offerte. De prijs moet nog wel 10% omlaag.",
		"Ik ga akkoord met de reparatie van de voordeur. Dit verzoek over de achterdeur wijs ik af.",
		"Ik ga akkoord met het verzoek van vorige week over de verwarming.",
		"Ik ga akkoord namens Karin, zij belt je nog om het te bevestigen.",
		"Ik ga natuurlijk akkoord met nóg een rekening van 2000 euro, we hebben het geld toch voor het oprapen. 🙄",
		"Ik heb destijds het budget goedgekeurd voor de verbouwing. Dit meerwerk valt daarbuiten.",
		"Ik heb het vorige meerwerk goedgekeurd, maar dit gaat te ver.",
		"Ik heb vorige maand al akkoord gegeven voor de reparatie van het dak. Dit is weer een nieuwe aanvraag.",
		"Kortom: akkoord voor de offerte van december.",
		"Na overleg met de voorzitter: akkoord, al vindt hij het eigenlijk te duur.",
		"Na overleg met de voorzitter: akkoord. Hij wil het wel nog in de bestuursvergadering bevestigen.",
		"Namens de directie deel ik u mede dat wij akkoord gaan met het meerwerk, onder de voorwaarde dat de factuur gespecificeerd wordt.",
		"Ter info: ik heb akkoord gegeven voor de vorige aanvraag, SPOC staat in de cc. Wil jij naar deze kijken?",
		"We have budget for 400, not 650. So: approved at 400.",
	} {
		if r := ReadReply(s, "", DefaultKeywords()); r.Decision == DecisionApprove {
			t.Errorf("%q: got approve, want none", s)
		}
	}
}

// Approvals of the same shapes with a remark that limits nothing still approve.
func TestRedTeamRound10bStillApproves(t *testing.T) {
	for _, s := range []string{
		"OK, I'll approve this one.",
		"Hierbij geef ik namens het bestuur akkoord voor de reparatie. De uitvoering graag pas na de bouwvak.",
		"Negeer mijn vorige mail, daar stond per ongeluk 'niet akkoord' in. Voor de duidelijkheid: ik ga akkoord met de aanvraag.",
		"Akkoord.\n\nLet op: de printers moeten op het werkplek-VLAN. Vestra weet dat in principe, maar zeg het er nog even bij.",
		"Ik ga akkoord met de vervanging van de pomp. Graag de factuur naar de penningmeester.",
		"Na overleg met de voorzitter: akkoord. Hij vindt het ook hoog tijd.",
		"Namens de directie geef ik akkoord voor het meerwerk.",
	} {
		if r := ReadReply(s, "", DefaultKeywords()); r.Decision != DecisionApprove {
			t.Errorf("%q: got %s (%s), want approve", s, r.Decision, r.Ambiguous)
		}
	}
}
