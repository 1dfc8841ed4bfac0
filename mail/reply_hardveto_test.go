package mail

import "testing"

// Replies written by a red-team round to be read as approve where a careful secretary
// would not pay: conditions and steps first in other words, a count or a later year, someone
// else's say, second thoughts, sarcasm, notices and bounces without their headers, and
// conditions typed below a signature (reply_hardveto.go, conditionBelowSignature). The
// comment names the family.
func TestRedTeamRound9NoApproval(t *testing.T) {
	noApproval(t, DefaultKeywords(),
		"Approved, on the understanding that this is the last furniture spend this year.",                              // 1
		"Akkoord\n\n--\nMarleen\nZorgcentrum De Linde\n\nAls de leverancier ook de vloerbescherming levert tenminste.", // 1
		"Akkoord. Wel op één voorwaarde: geen bezorgkosten.",                                                           // 1
		"Approved.\n\nThe one condition: they must be delivered flat-packed so we save on fitting.",                    // 1
		"Akkoord\n\nGroet,\nRob\n\nAls het bedrag tenminste inclusief btw is.",                                         // 1
		"Akkoord voor 3 stuks.",      // 2
		"Approved for two.",          // 2
		"Akkoord voor twee stoelen.", // 2
		"Approved for 3.",            // 2
		"Akkoord, als eerste stap graag een proefstoel laten komen. Bevalt die, dan de rest.",                              // 3
		"Akkoord, maar stel het uit tot het nieuwe boekjaar.",                                                              // 3
		"Akkoord in afwachting van de definitieve offerte.",                                                                // 3
		"Akkoord, maar zet het op de agenda van januari en bestel dan pas.",                                                // 3
		"Approved, but park it until spring.",                                                                              // 3
		"Hoi Ria,\n\nakkoord wat mij betreft. Het bestuur vergadert dinsdag, dan hoor je het definitief.\n\nGroeten, Kees", // 4
		"Akkoord\n\nMaar dit moet nog langs de MR.",                                                                        // 4
		"Akkoord, wel even afstemmen met Fatima, zij beheert het budget.",                                                  // 4
		"Approved by me, still needs the head teacher's OK.",                                                               // 4
		"Hi,\nApproved from my end. Please also get the owner's OK before ordering.\nThanks",                               // 4
		"Approved — but I'll need my boss to countersign.",                                                                 // 4
		"Approved, though it still has to go through the parish council.",                                                  // 4
		"Akkoord, wel even met Jan checken.",                                                                               // 4
		"Akkoord, laatste woord is aan de directeur.",                                                                      // 4
		"Akkoord, wel eerst langs de penningmeester.",                                                                      // 4
		"Approved. Hmm. Actually, I don't think we should.",                                                                // 5
		"Ja hoor, akkoord, en meteen een zwembad erbij zeker 😂",                                                            // 7
		"Akkoord, en doe er meteen een massagestoel bij 🙃",                                                                 // 7
		"Oh tuurlijk, akkoord, we zwemmen in het geld 💸🙄",                                                                  // 7
		"Ja ja akkoord, en ik ben de paus.",                                                                                // 7
		"Tuurlijk akkoord, dan eten we volgende maand gewoon droog brood.",                                                 // 7
		"Akkoord! (niet)", // 7
		"Approved, obviously, because the budget is infinite 🙄",                                   // 7
		"Approved. And a champagne fountain for the staff room, naturally.",                       // 7
		"Akkoord 😜 ja dat had je gedacht",                                                         // 7
		"Akkoord, 1240 euro voor 6 stoelen, wat een koopje 🙄🙄",                                    // 7
		"Geweldig, akkoord, dan zitten we tenminste op goud 👑 Echt niet hoor.",                    // 7
		"Akkoord, hahaha, goeie grap Sandra.",                                                     // 7
		"Approved 🤡",                                                                              // 7
		"Akkoord. April fools! Nee dus.",                                                          // 7
		"Akkoord, ja ja, en morgen schijnt de zon in de kelder.",                                  // 7
		"Approved, and my salary doubles next week too I suppose.",                                // 7
		"Approved, and I'm the Queen of England.",                                                 // 7
		"Tuurlijk akkoord, en een jacuzzi voor in de personeelskamer ook 🙄",                       // 7
		"Akkoord, voor het schooljaar 2027-2028.",                                                 // 9
		"Akkoord voor het bedrag van vorig jaar (€ 900).",                                         // 9
		"Approved for Q3 2027.",                                                                   // 9
		"Akkoord voor de eerste aanvraag. Deze tweede (stoelen) niet.",                            // 9
		"Approved for the 2027/28 budget year.",                                                   // 9
		"Akkoord, voor de begroting van 2028.",                                                    // 9
		"Approved for the spring term of 2028.",                                                   // 9
		"Bedankt voor uw bericht. Ik ben afwezig. Voor akkoord op inkoop: inkoop@zorgcentrum.nl.", // 11
		"Afwezig. Voor akkoord op facturen: zie rooster.",                                         // 11
		"Leesbevestiging: Uw bericht \"Akkoord voor extra werk\" is geopend.",                     // 11
		"Message not delivered. Reason: mailbox full. Original subject: Approved",                 // 11
		"Automatisch antwoord: Ik ben afwezig. Akkoord op inkoop regelt Jeroen.",                  // 11
		"Afwezig tot 4 januari. Akkoord op uitgaven geeft Marian.",                                // 11
		"Undeliverable: RE: Approved\nThe recipient's mailbox is full.",                           // 11
		"akkoord\n\n--\nPeter\n\nna de begrotingsvergadering pas bestellen",                       // 12
		"✅ Akkoord\n⚠️ pas na overleg met het bestuur",                                            // 12
		"Akkoord\n\n--\nGerda\n\nalleen voor 4 stoelen",                                           // 12
		"Approved\n\n--\nKaren\n\nonce the board agrees",                                          // 12
		"Approved\n\n--\nJo\n\nfor 2 chairs only",                                                 // 12
	)
}

// What the safety nets of reply_hardveto.go leave standing.
func TestHardVetoLeavesRemarks(t *testing.T) {
	kw := DefaultKeywords()
	approves(t, kw,
		"Akkoord voor het volledige bedrag van € 1.240,00.",
		"Akkoord. Het bedrag komt ten laste van het onderhoudsbudget 2027.",
		"Approved. I'll pay it once the invoice comes in.",
		"Akkoord, maar volgende keer graag eerder aanvragen. Nu is het wel erg last minute 🙄",
		"Akkoord, lekkages stel je niet uit.",
		"Approved. Ring me on 06 4471 2038 if anything needs signing.",
		"Na overleg met de penningmeester: akkoord.",
	)
}

// Someone with a say first or still after the yes, and a lower price to be sought, keep
// it from standing; a grumble after "maar ik", a wish with "would be great if" and a step
// by those doing the work are remarks.
func TestHardVetoAuthorityAndPrice(t *testing.T) {
	kw := DefaultKeywords()
	noApproval(t, kw,
		"Akkoord. Zorg wel dat ze eerst de penningmeester bellen.",
		"Approved. The board still has to see it though.",
		"Akkoord, de voorzitter moet wel nog even tekenen.",
		"Approved. It would be nice if they could do it for less.",
		"Akkoord, maar probeer wel wat af te dingen.",
		"Akkoord. Vraag ze wel om korting.",
		"Akkoord, maar ik wil eerst de offerte zien.",
		"Approved, but I'd rather have the cheaper option.",
	)
	approves(t, kw,
		"approved, thanks\n\nbtw are we still on for the governors' meeting on the 14th?",
		"Akkoord hoor, en als het goedkoper uitvalt des te beter.",
		"Approved 👍 Would be great if they can come before 10.",
		"Akkoord. Zorg wel dat de monteur zich eerst meldt bij de receptie.",
	)
}

// A second red-team round (543 replies written not to be paid on, 124 read as approve):
// conditions in a chatty reply, ordering put behind a step, others still to answer,
// retractions and hedges in other words, a tie, a yes short of the spending, notes below a
// signature. The comment names the family.
func TestRedTeamRound9bNoApproval(t *testing.T) {
	noApproval(t, DefaultKeywords(),
		"Akkoord hoor. Wel even zeggen: ik wil dat de oude vloerbedekking eerst door Bram bekeken wordt op asbest, pas daarna mogen ze beginnen. Verder prima.\n\nMarja",                                                                                                     // 1
		"Goedemorgen,\n\nakkoord. De open dag was een groot succes en de school zag er daarna niet uit, dus ik snap het helemaal. Als de schoonmakers het in het weekend doen tegen het weekendtarief gaat het niet door hoor, dan moet het op maandag. Fijne dag!\n\nIneke", // 1
		"Akkoord. De afspraak is wel dat de huurder van 2.14 de helft terugbetaalt, dat moet eerst geregeld zijn.\n\nVerzonden vanaf mijn iPhone",                                                                                                                            // 1
		"Akkoord hoor, we hebben de ruimte in de begroting. Wel zou ik graag zien dat het door onze vaste schoonmaker gebeurt en niet door een uitzendkracht; als dat niet kan hoeft het niet.\n\nGroetjes Wendy",                                                            // 1
		"Hoi Marieke,\n\nAkkoord. Ik heb wel met de conciërge afgesproken dat de oude vloer pas weg mag als de nieuwe er de volgende dag in kan, anders zitten de kinderen op beton. Lukt dat niet, dan zien we ervan af.\n\nGroet, Joop",                                    // 1
		"Beste Ria,\n\nPrima, akkoord. Enige voorwaarde van mijn kant is dat het lokaal niet langer dan een dag dicht is.\n\nHartelijke groet,\nCor",                                                                                                                         // 1
		"Approved. Do remember the care home policy: contractors need a VOG before entering the residents' wing; no VOG, no job.\n\nRegards, Anne",                                                                                                                           // 1
		"Goedemiddag, akkoord. Ik zet er wel één ding bij: de schoonmaakfirma moet een geldige verzekering kunnen laten zien, anders laten we het gewoon lopen. Gr. Albert",                                                                                                  // 1
		"Akkoord. Het geld komt uit de pot van de kerstmarkt; als die opbrengst tegenvalt, moeten we het heroverwegen.\n\nGroet,\nBernadette",                                                                                                                                // 1
		"Akkoord. Opdracht pas geven nadat de huurovereenkomst getekend is.\nGerda",                                                                                                                                                                                          // 3
		"Akkoord. Opdracht graag pas versturen na de bouwvergadering van de 12e.\nJoop",                                                                                                                                                                                      // 3
		"Akkoord. Wel graag pas bestellen als de nieuwe penningmeester is benoemd.\nCor",                                                                                                                                                                                     // 3
		"Akkoord. Bestelling graag pas doen wanneer de lekkage verholpen is.\nBernadette",                                                                                                                                                                                    // 3
		"Akkoord. Opdracht pas na ontvangst van de tweede offerte.\nTineke",                                                                                                                                                                                                  // 3
		"Approved. Please hold the order until the survey comes back.\nJake",                                                                                                                                                                                                 // 3
		"Akkoord. We laten het even rusten tot de nieuwe begroting.\nNel",                                                                                                                                                                                                    // 3
		"Akkoord, namens mezelf. De andere bestuursleden moeten nog reageren.\nAd",                                                                                                                                                                                           // 4
		"Akkoord, maar ik ben vanaf morgen met verlof, dus Lisa moet het verder afhandelen en goedkeuren.\nMirjam",                                                                                                                                                           // 4
		"Akkoord, namens mezelf. Henk en Ria moeten nog reageren.\nJoop",                                                                                                                                                                                                     // 4
		"Akkoord, maar ik ben vanaf morgen weg, dus Ria moet het verder goedkeuren.\nCor",                                                                                                                                                                                    // 4
		"Akkoord van mij. De voorzitter moet nog.\nAlbert",                                                                                                                                                                                                                   // 4
		"Akkoord, al ben ik niet degene die hierover gaat.\nWillem",                                                                                                                                                                                                          // 4
		"Akkoord!\nStreep dat maar door, ik had de verkeerde offerte voor me.\nMarja",                                                                                                                                                                                        // 5
		"Approved.\n\nIgnore my yes above, I misread the amount.\nMark",                                                                                                                                                                                                      // 5
		"Akkoord hoor.\n\nHmm ik zie net dat Wim het al voor € 1.800 heeft geregeld. Dan hoeft dit dus niet.\nKees",                                                                                                                                                          // 5
		"Akkoord.\n\nLaat mijn akkoord van net maar vervallen, de voorzitter wil het zelf afhandelen.\nBep",                                                                                                                                                                  // 5
		"Akkoord.\nP.S. ik neem het terug, zie de mail van Ad.\nAd",                                                                                                                                                                                                          // 5
		"Akkoord.\n\nNeem dat maar niet mee, ik had niet gezien dat het bedrag boven de 2000 zit.\nEllen",                                                                                                                                                                    // 5
		"Akkoord.\n\nStreep dat door, we doen het volgend jaar.\nJoop",                                                                                                                                                                                                       // 5
		"Approved.\n\nPlease ignore the above, I hit send too soon.\nAnne",                                                                                                                                                                                                   // 5
		"Akkoord.\n\nDan hoeft dit dus niet meer, Piet heeft het al gedaan.\nDineke",                                                                                                                                                                                         // 5
		"Akkoord.\n\nLaat mijn akkoord maar vervallen.\nAlbert",                                                                                                                                                                                                              // 5
		"Akkoord.\n\nMijn akkoord van vanochtend kun je weggooien.\nBernadette",                                                                                                                                                                                              // 5
		"Akkoord.\n\nGeldt niet meer.\nTineke",                                                                                                                                                                                                                               // 5
		"Akkoord.\n\nMijn excuses, dat had ik niet moeten sturen, we hebben het geld niet.\nLies",                                                                                                                                                                            // 5
		"Approved.\n\nNever mind, the school is paying for it.\nJake",                                                                                                                                                                                                        // 5
		"Akkoord.\n\nDat akkoord was voor de andere aanvraag.\nMarco",                                                                                                                                                                                                        // 5
		"Akkoord neem ik aan. Klopt het dat dit het lokaal van groep 5 is\nCor",                                                                                                                                                                                              // 6
		"Akkoord. Al vraag ik me af of dit wel nodig is, wat vind jij\nBernadette",                                                                                                                                                                                           // 6
		"Approved, barring any surprises in the final invoice.\nHarm",                                                                                                                                                                                                        // 8
		"Akkoord met een slag om de arm.\nRob",                                                                                                                                                                                                                               // 8
		"Akkoord, vooralsnog.\nAlbert",                                                                                                                                                                                                                                       // 8
		"Approved, although not final until Friday.\nRick",                                                                                                                                                                                                                   // 8
		"Approved with reservations.\nWill",                                                                                                                                                                                                                                  // 8
		"Akkoord, met enige reserve.\nTineke",                                                                                                                                                                                                                                // 8
		"Ik: akkoord. Mijn collega Sandra: tegen. Dus 1-1.\nIneke",                                                                                                                                                                                                           // 10
		"Ik ben akkoord, mijn collega-bestuurder Willem niet, dus we staken.\nWillem",                                                                                                                                                                                        // 10
		"Approved.\n\nPLEASE DO NOT ORDER UNTIL THE BOARD HAS SIGNED.\nMark",                                                                                                                                                                                                 // 11
		"Approved\n\n---\nNote: this approval is provisional.\nDavid",                                                                                                                                                                                                        // 11
		"Approved.\n\n\n\nKind regards,\nMargaret\n\n\n\n(but only the ground floor)\nMargaret",                                                                                                                                                                              // 11
		"Akkoord.\n\nMet vriendelijke groet,\nJoop\n\n\n(alleen 2.14 hoor, niet 2.16)\nJoop",                                                                                                                                                                                 // 11
		"Approved.\n\n---\nThis approval is conditional on the board.\nAnne",                                                                                                                                                                                                 // 11
		"Akkoord.\n\nGr Gijs\n\nPS alleen lokaal 2.14\nGijs",                                                                                                                                                                                                                 // 11
		"Approved.\n\nWill\n\n* provisional\nWill",                                                                                                                                                                                                                           // 11
		"Akkoord vind ik nog te vroeg om te zeggen.\nMirjam",                                                                                                                                                                                                                 // 12
		"Akkoord, voor de vorm. In de vergadering stem ik tegen.\nTineke",                                                                                                                                                                                                    // 12
		"Approved (this is Rick's daughter, he asked me to reply, he hasn't read it).\nRick",                                                                                                                                                                                 // 12
		"Akkoord. Dit zeg ik namens de kinderen, mama weet nog van niks. Groetjes Lotte (10 jaar)\nBernadette",                                                                                                                                                               // 12
		"Akkoord met de noodzaak. Het bedrag zien we nog wel.\nGerda",                                                                                                                                                                                                        // 12
		"Akkoord wat de planning betreft; over het geld beslist de ALV.\nEls",                                                                                                                                                                                                // 12
		"The plan is approved. The spend isn't yet.\nSusan",                                                                                                                                                                                                                  // 12
		"Akkoord dat jij de offertes opvraagt.\nJeroen",                                                                                                                                                                                                                      // 12
		"Approved for the waiting list.\nLinda",                                                                                                                                                                                                                              // 12
		"Akkoord dat we het op de agenda zetten.\nAd",                                                                                                                                                                                                                        // 12
	)
}

// A cap at the quoted amount is the approval itself: an approval is bound to the amount it
// was given for, and spocd asks again when the estimate rises (workflow). These stay
// approvals.
func TestCapAtQuotedAmountApproves(t *testing.T) {
	approves(t, DefaultKeywords(),
		"Akkoord tot dat bedrag, geen cent meer.\nHans",
		"Approved. Anything above that needs a new request.\nMark",
		"Akkoord, maar meerwerk moet apart aangevraagd worden.\nIneke",
		"Approved, but it cannot go a penny over what's quoted.\nDavid",
		"Akkoord, maar bij een overschrijding van meer dan 10% stoppen we.\nAd",
		"Akkoord. Daarboven een nieuwe aanvraag graag.\nJoop",
		"Approved. Any extras must be requested separately.\nAnne",
		"Approved, to the quoted amount and not a penny more.\nRick",
		"Akkoord. Mocht het duurder worden, dan eerst mij bellen.\nGijs",
		"Akkoord, maar de 460 is een harde grens.\nNel",
	)
}
