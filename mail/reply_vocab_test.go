package mail

import "testing"

// Nouns of consent with a verb that grants or refuses them; a noun that is asked for
// ("nodig") decides nothing.
func TestConsentNouns(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Goedkeuring verleend.\n\nM.vr.gr.\n\nSietske Hiemstra", DecisionApprove},
		{"Goedkeuring gegeven.", DecisionApprove},
		{"Ik geef goedkeuring.", DecisionApprove},
		{"Ik geef hierbij mijn goedkeuring.", DecisionApprove},
		{"Hierbij geef ik mijn toestemming voor de reparatie.", DecisionApprove},
		{"Toestemming verleend.", DecisionApprove},
		{"Je hebt toestemming.", DecisionApprove},
		{"Je hebt mijn akkoord.", DecisionApprove},
		{"U heeft hierbij mijn akkoord.", DecisionApprove},
		{"Hierbij mijn goedkeuring.", DecisionApprove},
		{"Akkoord van mijn kant.", DecisionApprove},
		{"Akkoord gegeven.", DecisionApprove},
		{"Instemming verleend.", DecisionApprove},
		{"Ik geef mijn fiat.", DecisionApprove},
		{"Fiat.", DecisionApprove},
		{"Approval granted.", DecisionApprove},
		{"You have my approval.", DecisionApprove},
		{"You've got the go-ahead.", DecisionApprove},
		{"Sign-off given.", DecisionApprove},
		{"Geen goedkeuring.", DecisionReject},
		{"Geen toestemming.", DecisionReject},
		{"Ik geef geen toestemming.", DecisionReject},
		{"Ik geef hier geen goedkeuring voor, dit is geen spoed.", DecisionReject},
		{"Toestemming geweigerd.", DecisionReject},
		{"Permission denied.", DecisionReject},
		{"No approval from me, it's not in the budget.", DecisionReject},
		// Counter-examples.
		{"Je hebt geen toestemming nodig.", DecisionNone},
		{"Ik heb nog goedkeuring nodig van Piet.", DecisionNone},
		{"Ik heb akkoord nodig van Piet.", DecisionNone},
		{"Goedkeuring van de directeur is nodig.", DecisionNone},
		{"Toestemming moet van de directeur komen.", DecisionNone},
		{"Ik heb toestemming gevraagd aan de directeur.", DecisionNone},
		{"Mijn akkoord volgt na overleg met Piet.", DecisionNone},
		{"Approval will follow once I've seen the quote.", DecisionNone},
		{"De Fiat moet naar de garage.", DecisionNone},
		{"Heb je mijn akkoord nodig?", DecisionNone},
		{"Kun je goedkeuring geven?", DecisionNone},
	})
}

// Dutch separable verbs in any word order, with the negation between the parts.
func TestSeparableVerbs(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Keur ik goed.", DecisionApprove},
		{"Ik keur het verzoek goed.", DecisionApprove},
		{"Hierbij keur ik de offerte goed.", DecisionApprove},
		{"Dit keur ik niet goed.", DecisionReject},
		{"Hallo Daan,\n\nDit keur ik niet goed. Het budget voor 2026 is op en dit is geen spoed. Dien het in januari maar opnieuw in.", DecisionReject},
		{"Ik keur het niet goed.", DecisionReject},
		{"Hierbij wijs ik het verzoek af. De kosten zijn voor rekening van de veroorzaker.", DecisionReject},
		{"Goedemorgen Stijn,\n\nHelaas, dit wijs ik af. De extra schoonmaakronde zit al in de aanneemsom.", DecisionReject},
		{"Ik wijs het af.", DecisionReject},
		{"Dit keuren we af.", DecisionReject},
		{"Ik stem ermee in.", DecisionApprove},
		{"Ik stem in.", DecisionApprove},
		{"Ik stem niet in met de kosten.", DecisionReject},
		{"Dit sta ik niet toe.", DecisionReject},
		{"Dit kan ik niet goedkeuren.", DecisionReject},
		{"Dit kan ik helaas niet goedkeuren, het budget is op.", DecisionReject},
		{"Ik moet het helaas afwijzen.", DecisionReject},
		// Counter-examples.
		{"Keur het goed, Piet.", DecisionNone}, // an imperative to someone else
		{"Piet keurt het goed.", DecisionNone}, // someone else
		{"Ik keur het goed als het onder de 500 blijft.", DecisionNone},
		{"Ik keur het in principe goed.", DecisionNone},
		{"Keur ik het goed?", DecisionNone},
		{"Dit keur ik nog niet goed, eerst de offerte.", DecisionNone},
		{"Dit wijs ik niet af, maar ik wil eerst de offerte zien.", DecisionNone},
		{"Ik ga het niet afwijzen, maar ik wil eerst overleggen.", DecisionNone},
		{"Moet ik dit goedkeuren?", DecisionNone},
		{"Ik stem in het MT voor.", DecisionNone},
	})
}

// Refusals in words.
func TestRefusalWords(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Nope. Niet doen. We stappen in het voorjaar over op een ander platform, dan is\ndit weggegooid geld.", DecisionReject},
		{"Laat maar.", DecisionReject},
		{"Dat doen we niet.", DecisionReject},
		{"Gaan we niet doen.", DecisionReject},
		{"Doe maar niet.", DecisionReject},
		{"I decline.", DecisionReject},
		{"Request denied.", DecisionReject},
		{"I can't approve this one, sorry.", DecisionReject},
		{"I won't approve this.", DecisionReject},
		{"We won't do this.", DecisionReject},
		{"Let's not.", DecisionReject},
		{"Don't do it.", DecisionReject},
		{"I have to turn this one down, sorry.", DecisionReject},
		{"No, not approved. We'll discuss at the MT meeting.", DecisionReject},
		// Counter-examples.
		{"Laat maar weten wanneer.", DecisionNone},
		{"Let's not forget the invoice. Approved? I thought this was done.", DecisionNone},
		{"Ik ga niet akkoord met het bedrag, wel met de helft.", DecisionNone},
		{"I can't approve the full amount, but half is fine.", DecisionNone},
		{"No, wait. I'll get back to you.", DecisionNone},
	})
}

// A decision in a sentence of its own anywhere in the new text.
func TestStandaloneDecision(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Beste Jan,\n\nDank voor de duidelijke toelichting en de foto's. Bij de Molenhof hebben we een paar jaar geleden hetzelfde gezien en toen werd het uiteindelijk veel duurder omdat we te lang wachtten.\n\nDus: akkoord. Laat het zo snel mogelijk inplannen.", DecisionApprove},
		{"Hi Sanne,\n\nThis is long overdue — approved. Let's also put rooms 5 and 6 on next year's budget while we're at it.", DecisionApprove},
		{"Approved.\n\nIf the technician finds the leak is in the outdoor unit, just let me know; no need to ask again for that.", DecisionApprove},
		{"Hallo Emma,\n\nIk heb hier even naar gekeken samen met Financiën. Het uurtarief in de offerte klopt niet met het raamcontract. Zo ga ik dus niet akkoord.\n\nKun je de leverancier hierop aanspreken?", DecisionReject},
		{"De monteur is al twee keer geweest en het lekt nog steeds. Sorry for the delay. Akkoord met het meerwerk.", DecisionApprove},
		{"Hallo Sanne,\n\nAkkoord, maar laat de hovenier wel eerst even bij de conciërge langsgaan voor de sleutel van het hek.", DecisionApprove},
		// Counter-examples.
		{"Ik heb de offerte bekeken. Als de aannemer de prijs vasthoudt, is het goed.\n\nDus: akkoord.", DecisionNone},
		{"De offerte is hoog. Marieke schreef gisteren: akkoord. Ik twijfel nog.", DecisionNone},
		{"Hij zei: akkoord.", DecisionNone},
		{"Het is duur en de vorige keer ging het mis. Piet: akkoord.", DecisionNone},
		{"Ik wil eerst met Piet overleggen. Daarna akkoord.", DecisionNone},
		{"Klopt het bedrag? Dus akkoord.", DecisionNone},
		{"De prijs is hoog. Akkoord. Als het meer dan 500 wordt, eerst even bellen.", DecisionNone},
		{"Approved.\n\nIf it costs more than the quote, let me know first.", DecisionNone},
		{"De offerte is hoog. Je schreef \"akkoord\" in je vorige mail, maar ik wil eerst de factuur zien.", DecisionNone},
		{"Dit is al goedgekeurd door Piet.", DecisionNone},
		{"Approved by the board last week.", DecisionNone},
		{"Ik ga akkoord met de helft.", DecisionNone},
		{"Akkoord, maar laat Piet wel eerst even kijken of het nodig is.", DecisionNone},
		{"Akkoord, maar laat de aannemer eerst een tweede offerte maken.", DecisionNone},
		{"In principe: akkoord.", DecisionNone},
		{"Mijn eerste reactie was dus: niet akkoord. Na het gesprek met Piet ben ik om.", DecisionNone},
	})
}

// A clear yes followed by a practical remark that limits nothing.
func TestAssentWithPracticalRemark(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Hoi Daan,\n\nPrima, ga je gang. Wel graag na 17:00 uur of in het weekend, anders staan de\nwagens in de weg.", DecisionApprove},
		{"Ja hoor, ga je gang. De sleutel ligt bij de receptie.", DecisionApprove},
		{"Go ahead. Please schedule it after 5 pm so the car park is empty.", DecisionApprove},
		{"Jazeker, doen. Laat even weten wanneer de monteur komt.", DecisionApprove},
		{"Is goed, ga je gang. Stuur me de factuur even door als het klaar is.", DecisionApprove},
		// Counter-examples.
		{"Ja, doe maar. Maar hou het onder de 500.", DecisionNone},
		{"Ja, doe maar. Eerst even met Piet overleggen.", DecisionNone},
		{"Go ahead. Only the first floor though.", DecisionNone},
		{"Doe maar. Ik denk wel dat het goedkoper kan.", DecisionNone},
		{"Ga je gang. Bel me als het meer dan 500 wordt.", DecisionNone},
		{"Ok. Ik bel je morgen.", DecisionNone},
	})
}

// More forms of the families: form answers, "helaas niet", first-person progressive.
func TestDecisionFamiliesMore(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Goedkeuring: ja.", DecisionApprove},
		{"Akkoord: ja", DecisionApprove},
		{"Goedkeuring: nee, te duur.", DecisionReject},
		{"Helaas niet. Het budget is op.", DecisionReject},
		{"Absolutely not, this is far too expensive.", DecisionReject},
		{"I'm declining this, we have spares in stock.", DecisionReject},
		{"Thanks Anna. After reviewing the budget I'm going to decline this one.", DecisionReject},
		{"Bedankt voor de offerte. Na overleg met de teamleider wijs ik dit verzoek af; we nemen het mee in de begroting van volgend jaar.", DecisionReject},
		{"OK, I'll approve this one.", DecisionApprove},
		{"Met het meerwerk ga ik akkoord.", DecisionApprove},
		{"Dag Peter,\n\nWe hebben dit al drie keer uitgesteld en de klachten van huurders stapelen zich op. Wat mij betreft akkoord.", DecisionApprove},
		// Counter-examples.
		{"Thanks Anna. After reviewing the budget I'm going to decline this one for now.", DecisionNone},
		{"I'll approve it once I have the second quote.", DecisionNone},
		{"I'll approve after I've seen the invoice.", DecisionNone},
		{"Ik heb het nagevraagd bij financiën en zij zijn akkoord. Ik moet er zelf nog naar kijken.", DecisionNone},
		{"Helaas niet mogelijk om dit zelf te doen, kan de leverancier het oppakken?", DecisionNone},
		{"De vorige keer heb ik dit afgewezen. Nu wel akkoord.", DecisionNone},
	})
}

// Approvals that are someone else's, in the past, still to come from others, or negated
// after the phrase stay none.
func TestApprovalTrapsAfterVocabulary(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"De directeur vindt het te duur. Akkoord van haar kant komt niet.", DecisionNone},
		{"Vorig jaar: akkoord. Dit jaar is het budget op.", DecisionNone},
		{"Ja, doe maar. Piet moet het ook nog goedkeuren.", DecisionNone},
		{"Go ahead. Finance still needs to sign it off.", DecisionNone},
		{"Sure. We'll see.", DecisionNone},
		{"Goedkeuring verleend voor de koffie, niet voor de lunch.", DecisionNone},
		{"Approval granted up to EUR 500.", DecisionNone},
		{"Dit keur ik goed, behalve de extra monitor.", DecisionNone},
		{"The old units keep failing. Approved, pending Finance.", DecisionNone},
		{"Technisch gezien akkoord, financieel nog niet.", DecisionNone},
		// Still a refusal.
		{"Nee. Dit hebben we vorige maand in het MT ook al besproken, het antwoord is nog steeds nee.", DecisionReject},
	})
}

// Refusal idioms and formal decisions, with the shapes that only resemble them.
func TestRefusalIdiomsAndFormalDecisions(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Daar zeg ik nee tegen. We verhuizen in het voorjaar.", DecisionReject},
		{"Sorry Joost, dit wordt hem niet. Er is al een goedkopere oplossing.", DecisionReject},
		{"Afwijzen graag. Dit is eerder aangevraagd en toen ook afgewezen.", DecisionReject},
		{"I'm not going to sign off on this one. It is under warranty.", DecisionReject},
		{"Dit verzoek wordt niet gehonoreerd. Catering komt niet ten laste van de afdeling.", DecisionReject},
		{"De subsidie wordt niet toegekend.", DecisionReject},
		{"Thank you for the request. I am happy to authorise the additional work as described.", DecisionApprove},
		// Counter-examples.
		{"Daar zeg ik geen nee tegen, maar eerst wil ik de offerte zien.", DecisionNone},
		{"I'd be happy to authorise it once the quote is in.", DecisionNone},
		{"Het meerwerk moet nog worden goedgekeurd.", DecisionNone},
		{"Of dit het wordt weet ik niet.", DecisionNone},
	})
}

// A positive opinion before a go-ahead is no condition; "doen", "graag doen", "gaat door"
// and an elliptic "Kan doorgaan." are go-aheads. An opinion alone decides nothing.
func TestOpinionAndGoAhead(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Hi all,\n\nThis looks fine to me, go ahead.", DecisionApprove},
		{"This looks reasonable to me — go ahead.", DecisionApprove},
		{"Dat lijkt me verstandig, dus: doen.", DecisionApprove},
		{"Top, graag doen 👍", DecisionApprove},
		{"Helemaal goed, bestel maar.", DecisionApprove},
		{"Geen bezwaar, gaat door.\n\nErik", DecisionApprove},
		{"Kan doorgaan. De extra kosten zijn te verantwoorden gezien de klachten van de huurders.", DecisionApprove},
		// Counter-examples.
		{"This looks fine to me.", DecisionNone},
		{"Dit lijkt me verstandig, maar eerst wil ik de offerte zien.", DecisionNone},
		{"Graag doen, maar pas na de zomer.", DecisionNone},
		{"Kan doorgaan?", DecisionNone},
		{"Gaat het door?", DecisionNone},
		{"Het feest gaat door, maar zonder catering.", DecisionNone},
	})
}

// A source lead-in ("Vanuit mij", "Van mij", "Wat mij betreft") before a decision, a
// positive verdict on the money and a request to be kept informed after a yes keep it.
func TestLeadInAndPlainRemarks(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Vanuit mij akkoord. Ik zit de rest van de dag in de raad, dus bellen lukt niet.", DecisionApprove},
		{"Wat mij betreft akkoord.", DecisionApprove},
		{"Hallo,\n\nvan mij mag het. Bedrag is redelijk voor wat er gevraagd wordt.", DecisionApprove},
		{"Hoi Jeroen,\n\nDat lijkt me verstandig, dus: doen. Laat je het wel weten als het onverhoopt meer gaat kosten?", DecisionApprove},
		{"Akkoord. Laat je het wel weten als het onverhoopt meer gaat kosten?", DecisionApprove},
		// Counter-examples.
		{"Van mij mag het, als Piet ook akkoord is.", DecisionNone},
		{"Van mij mag het. Bedrag is hoog.", DecisionNone},
		{"Van mij mag het. Bedrag is redelijk, maar max 500.", DecisionNone},
		{"Ja, doen. Laat je het weten als het meer kost, dan kijk ik opnieuw?", DecisionNone},
		{"Akkoord. Laat je het weten als de offerte binnen is, dan keur ik het goed?", DecisionNone},
		{"Ja, doen. Kun je eerst de offerte sturen?", DecisionNone},
		{"Ja, doen. Laat je het weten als het meer dan 500 wordt?", DecisionNone},
		{"Ga je gang. Laat het weten als het meer dan 500 wordt.", DecisionNone},
		{"Doen. Laat je wel weten wat het kost?", DecisionNone},
		{"Akkoord. Laat je wel weten wat het kost?", DecisionNone},
	})
}

// "Is goed" before a practical remark approves; a bare "Ok", or a remark about looking at
// it later, does not.
func TestVerbalOKWithRemark(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Is goed. Ik zit de rest van de middag in de raadscommissie, dus eventuele vragen graag morgen.", DecisionApprove},
		{"Is goed. Wel graag voor vrijdag.", DecisionApprove},
		// Counter-examples.
		{"Is goed, ik kijk er morgen naar.", DecisionNone},
		{"Is goed. Ik kijk er morgen naar.", DecisionNone},
		{"Ok. Ik kijk er morgen naar.", DecisionNone},
		{"Ok. Ik zit in overleg.", DecisionNone},
		{"Prima. Ik neem het mee naar het MT.", DecisionNone},
		{"Is goed. Ik moet nog even met Piet overleggen.", DecisionNone},
		{"Is goed. Alleen de koffie.", DecisionNone},
		{"Is goed. We zullen zien.", DecisionNone},
		{"Is goed. Bel me even.", DecisionNone},
		{"Is goed. Ik bel je morgen.", DecisionNone},
	})
}

// A formal notice by the writer ("deel ik u mede dat …") before a passive decision is no
// request; a hoped-for, reported or wanted one is no decision.
func TestFormalNotice(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Geachte mevrouw De Boer,\n\nIn antwoord op uw verzoek deel ik u mede dat het meerwerk is goedgekeurd. De uitvoering kan worden ingepland in week 49.", DecisionApprove},
		{"Ik laat u weten dat het meerwerk is goedgekeurd.", DecisionApprove},
		{"In antwoord op uw verzoek deel ik u mede dat het meerwerk niet is goedgekeurd.", DecisionReject},
		// Counter-examples.
		{"In antwoord op uw verzoek deel ik u mede dat het meerwerk nog moet worden goedgekeurd.", DecisionNone},
		{"In antwoord op uw verzoek deel ik u mede dat het meerwerk door de directeur is goedgekeurd.", DecisionNone},
		{"Ik deel u mede dat het meerwerk is goedgekeurd als de prijs gelijk blijft.", DecisionNone},
		{"Ik hoop u binnenkort te berichten dat het meerwerk is goedgekeurd.", DecisionNone},
		{"Ik wil graag weten dat het is goedgekeurd.", DecisionNone},
		{"Ik heb gehoord dat het meerwerk is goedgekeurd.", DecisionNone},
		{"Ik weet dat het meerwerk is goedgekeurd.", DecisionNone},
		{"Kunt u mij laten weten dat het meerwerk is goedgekeurd?", DecisionNone},
	})
}

// A first-person main clause with "kan" and an approving infinitive approves; a verb-first
// question, a "pas"/"eerst"/"zou"/"als"/"wel", a negation or someone else does not.
func TestModalApprovingInfinitive(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Beste Ilse,\n\nNa overleg met de controller kan ik instemmen met dit verzoek. Het bedrag past binnen de begroting 2026 van Burgerzaken.", DecisionApprove},
		{"Ik kan hiermee instemmen.", DecisionApprove},
		{"Wij kunnen instemmen met dit verzoek.", DecisionApprove},
		{"Ik kan niet instemmen met dit verzoek.", DecisionReject},
		// Counter-examples.
		{"Ik kan pas instemmen met dit verzoek als Piet tekent.", DecisionNone},
		{"Ik zou kunnen instemmen met dit verzoek.", DecisionNone},
		{"Ik kan eerst instemmen als de offerte er is.", DecisionNone},
		{"Kan ik instemmen met dit verzoek?", DecisionNone},
		{"Kan ik instemmen met dit verzoek.", DecisionNone},
		{"Kun jij instemmen met dit verzoek?", DecisionNone},
		{"Ik kan instemmen met dit verzoek als het onder de 500 blijft.", DecisionNone},
		{"Piet kan instemmen met dit verzoek.", DecisionNone},
		{"Ik denk dat ik kan instemmen met dit verzoek.", DecisionNone},
		{"Ik kan wel instemmen met de helft.", DecisionNone},
		{"Ik kan instemmen met dit verzoek, maar de directeur moet ook tekenen.", DecisionNone},
	})
}

// A negated "wachten" in the context before a closing decision is urgency.
func TestUrgencyBeforeClosingDecision(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Beste Anouk,\n\nIk heb even met Facilitair overlegd over de lekkage. Het is duidelijk dat dit niet tot het nieuwe begrotingsjaar kan wachten, en het bedrag past nog binnen het onderhoudsbudget. Hierbij geef ik mijn akkoord op de offerte.", DecisionApprove},
		// Counter-examples.
		{"We moeten nog even wachten. Hierbij geef ik mijn akkoord op de offerte.", DecisionNone},
		{"Het hoeft niet nu, het kan wachten. Hierbij geef ik mijn akkoord op de offerte.", DecisionNone},
	})
}

// After a clear yes, a past-tense description of how the old thing worked limits nothing;
// a past sentence with someone's word, a first person, an order verb or "keer" may.
func TestPastDescriptionAfterYes(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Helemaal goed, bestel maar. Die oude bak gaf al weken alleen nog heet water 😅", DecisionApprove},
		{"Ja, bestel maar. De oude koelkast lekte ook al weken.", DecisionApprove},
		// Counter-examples.
		{"Ja, bestel maar. Vorige keer gaf de leverancier alleen de kleine.", DecisionNone},
		{"Ja, bestel maar. Die oude bak werkte alleen nog op maandag, dus alleen de kleine bestellen.", DecisionNone},
		{"Ja, bestel maar. Ik gaf alleen de koffie vrij.", DecisionNone},
		{"Ja, bestel maar. Piet gaf aan dat alleen de kleine nodig is.", DecisionNone},
		{"Ja, bestel maar. Piet gaf alleen de kleine door.", DecisionNone},
		{"Ja, bestel maar. Alleen de kleine.", DecisionNone},
	})
}

// Infinitives of granting count only negated, also split by "te" ("niet toe te kennen"),
// and "uw verzoek" before a refusal names the request, it asks no one.
func TestGrantInfinitivesNegated(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Beste mevrouw De Wit,\n\nNa bespreking in het MT hebben we besloten deze aanvraag niet te honoreren. De renovatie staat voor volgend jaar op de planning.", DecisionReject},
		{"We hebben besloten het verzoek niet toe te kennen.", DecisionReject},
		{"Helaas kunnen we uw verzoek niet honoreren.", DecisionReject},
		{"Ik heb besloten uw verzoek niet in te willigen, het budget is op.", DecisionReject},
		{"Ik kan je verzoek helaas niet inwilligen.", DecisionReject},
		{"Ik heb besloten het verzoek af te wijzen.", DecisionReject},
		{"Ik heb besloten het niet goed te keuren.", DecisionReject},
		// Counter-examples: a grant without a negation is no reading of its own, a
		// negation of the refusal, a question, "nog niet", no first person.
		{"Wij hebben besloten de aanvraag te honoreren.", DecisionNone},
		{"Dit kan ik toekennen.", DecisionNone},
		{"Ik heb besloten het niet af te wijzen.", DecisionNone},
		{"Ik zie geen reden om het af te wijzen.", DecisionNone},
		{"Hebben jullie besloten het niet toe te kennen?", DecisionNone},
		{"We hebben besloten het nog niet toe te kennen.", DecisionNone},
		{"Het is niet de bedoeling om dit toe te kennen.", DecisionNone},
		{"Graag uw akkoord op je voorstel.", DecisionNone},
	})
}

// Saying no in so many words, by the writer: "I'm going to say no to this one", "I'll have
// to decline", "Ik moet helaas nee zeggen"; "what we agreed with X" reports an agreement.
func TestSayingNo(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Hi,\n\nI'm going to say no to this one. The amount is way above what we agreed with the supplier.", DecisionReject},
		{"I'm going to have to say no. Too expensive.", DecisionReject},
		{"I'll have to decline, sorry.", DecisionReject},
		{"Sorry, going to decline this one.", DecisionReject},
		{"Ik ga hier nee tegen zeggen, te duur.", DecisionReject},
		{"Ik moet helaas nee zeggen.", DecisionReject},
		// Counter-examples: questions, negations, conditions, someone else.
		{"Can I say no to this?", DecisionNone},
		{"Should I say no to this one?", DecisionNone},
		{"Do I have to decline?", DecisionNone},
		{"I'm not going to say no to this.", DecisionNone},
		{"I won't say no to this.", DecisionNone},
		{"If the price goes up I'm going to say no.", DecisionNone},
		{"Ik kan geen nee zeggen.", DecisionNone},
		{"Mijn collega zegt nee.", DecisionNone},
		{"This is what we agreed with the supplier?", DecisionNone},
	})
}

// Permissions in words that must close their clause (a particle may follow): "Toegestaan.",
// "Van mij mag het door.", "Hier mag je mee verder hoor.", "Jullie mogen beginnen."
func TestPermissionsInWords(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Toegestaan.\n\nLet wel op het budget, we zitten tegen het eind van het jaar.\n\nFrank Willems\nAfdelingshoofd", DecisionApprove},
		{"Toegestaan hoor.", DecisionApprove},
		{"Dit is toegestaan.", DecisionApprove},
		{"Allowed.", DecisionApprove},
		{"Hoi, hier mag je mee verder hoor. Het was inderdaad al een tijdje een probleem. Groetjes Saskia", DecisionApprove},
		{"Je mag verder.", DecisionApprove},
		{"Jullie mogen beginnen.", DecisionApprove},
		{"Hoi Jan,\n\nDank voor het doorsturen. Gezien de klachten van de verenigingen is dit echt nodig. Van mij mag het door.", DecisionApprove},
		{"Wat mij betreft kan dit doorgaan.", DecisionApprove},
		{"Van mij mag het door hoor.", DecisionApprove},
		{"Niet toegestaan.", DecisionReject},
		{"Dat is helaas niet toegestaan.", DecisionReject},
		{"Not allowed.", DecisionReject},
		{"Liever niet hoor.", DecisionReject},
		// Counter-examples: questions, conditions, limits, a rule rather than a permission,
		// words after the phrase, someone else to decide, later.
		{"Toegestaan? Weet ik niet.", DecisionNone},
		{"Is dat toegestaan?", DecisionNone},
		{"Is this allowed?", DecisionNone},
		{"Toegestaan, mits binnen budget.", DecisionNone},
		{"Toegestaan voor de helft.", DecisionNone},
		{"Het is toegestaan om in de zomer te werken.", DecisionNone},
		{"Ik denk dat het toegestaan is.", DecisionNone},
		{"Toegestaan. Ik kom er later op terug.", DecisionNone},
		{"Je mag verder niets bestellen.", DecisionNone},
		{"Hier mag je mee verder?", DecisionNone},
		{"Mag je hier mee verder.", DecisionNone},
		{"Je mag pas verder als de offerte binnen is.", DecisionNone},
		{"Je mag hiermee verder zodra de offerte binnen is.", DecisionNone},
		{"Je mag verder, maar eerst overleggen met Piet.", DecisionNone},
		{"Je mag beginnen, Piet moet het nog goedkeuren.", DecisionNone},
		{"Jullie mogen beginnen, maar niet voor 1 januari.", DecisionNone},
		{"Ze mogen beginnen als de vergunning er is.", DecisionNone},
		{"Van mij mag het door, mits het binnen budget blijft.", DecisionNone},
		{"Van mij mag het wel wat goedkoper.", DecisionNone},
		{"Van mij mag het door naar de wethouder.", DecisionNone},
		{"Wat mij betreft mag het door, maar alleen de eerste fase.", DecisionNone},
		{"Van mij mag het doorgaan. Wel eerst de offerte naar mij.", DecisionNone},
		{"Mag het door?", DecisionNone},
		{"Piet mag verder.", DecisionNone},
	})
}

// Content for it to go ahead: "Happy for this to proceed", also after context.
func TestHappyToProceed(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Hi team,\n\nI've read through the request and had a quick word with Jeroen about the planning. Happy for this to proceed.", DecisionApprove},
		{"I'm happy for this to go ahead.", DecisionApprove},
		{"Happy to proceed.", DecisionApprove},
		{"I'm fine for it to go ahead, thanks.", DecisionApprove},
		// Counter-examples: questions, conditions, hedges, negations, someone else, a part,
		// a cap, someone still to sign.
		{"Happy for this to proceed once we have the quote?", DecisionNone},
		{"Happy for this to proceed once we have the quote.", DecisionNone},
		{"Happy for this to proceed if the price stays under 500.", DecisionNone},
		{"I'd be happy for this to proceed.", DecisionNone},
		{"I would be happy for this to proceed.", DecisionNone},
		{"I'm not happy for this to proceed.", DecisionNone},
		{"Are you happy for this to proceed?", DecisionNone},
		{"Jeroen is happy for this to proceed.", DecisionNone},
		{"Finance is happy for this to proceed, but I still need to check.", DecisionNone},
		{"Happy for this to proceed, but not the extra switch.", DecisionNone},
		{"Happy for this to proceed up to 500 euros.", DecisionNone},
		{"Happy for this to proceed. Finance still needs to sign off.", DecisionNone},
		{"We're happy to proceed once approved.", DecisionNone},
		{"Happy for the first phase to proceed.", DecisionNone},
	})
}

// "all good"/"alles goed" is a weak assent: it goes with a clear yes ("Yep, all good, go
// for it") but is no yes alone, and it asks nothing as a question.
func TestAllGoodWithAYes(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Yep, all good, go for it 👍", DecisionApprove},
		{"Yep, all good", DecisionApprove},
		{"Ja, alles goed, ga je gang 👍", DecisionApprove},
		{"Alles prima, doe maar.", DecisionApprove},
		{"All good.", DecisionNone},
		{"Alles goed?", DecisionNone},
		{"Hoi, alles goed? Ga je gang.", DecisionNone},
		{"Not all good, go for it", DecisionNone},
		{"All good, go for it, but not the lunch.", DecisionNone},
		{"Alles goed, maar niet de soep. Ga je gang.", DecisionNone},
		{"Yep, all good, but wait for Piet.", DecisionNone},
		{"Yep, all good, go for it if it stays under budget.", DecisionNone},
	})
}

// A no named as a noun, as the writer's answer, refuses; it must close its clause ("a
// no-brainer") and may not be asked or negated.
func TestNoAsNoun(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Sorry, that's a no from me. We're already well over the events budget this quarter. Can we do something simpler with the bar stock?", DecisionReject},
		{"It's a no.", DecisionReject},
		{"That's a hard no, I'm afraid.", DecisionReject},
		{"Dat wordt een nee van mijn kant.", DecisionReject},
		{"Een nee van mij, te duur.", DecisionReject},
		{"Is that a no from you?", DecisionNone},
		{"That's not a no from me.", DecisionNone},
		{"It's not a no, but I need more information.", DecisionNone},
		{"Not a no from me, go ahead.", DecisionNone},
		{"It's a no-brainer, approved.", DecisionApprove},
	})
}
