package mail

import (
	"testing"
	"time"
)

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

// A third red-team round (693 replies to one request, "6 bureaustoelen, € 1.240,00", 135
// read as approve): counts and parts in other words, another variant, someone else first,
// plans and postponements, no money, payment terms, caps in words, sarcasm about money.
// The comment names the family. Left open: a yes for another amount without the request
// ("Akkoord voor € 1.000,-"), which the workflow holds against the estimate.
func TestRedTeamRound9cNoApproval(t *testing.T) {
	noApproval(t, DefaultKeywords(),
		"Prima, doe maar de goedkopere van de Ikea. Akkoord.\nHans",                                            // cheaper variant
		"Hoi Sandra,\nAkkoord van mijn kant, maar even langs Henk want hij gaat over de inventaris.\nGr Mieke", // someone else
		"Tuurlijk akkoord, we hebben toch een geldboom in de tuin staan.\nRob",                                 // sarcasm money
		"akkoord, voor 3 stuks\nGr", // partial count
		"Prima idee hoor, zes nieuwe stoelen. Dan kunnen we meteen ook wel een nieuw gebouw kopen. Akkoord hoor.\nGerrit", // sarcasm money
		"Akkoord, helemaal geweldig, weer 1240 euro weg terwijl de kinderen geen boeken hebben.\nAnneke",                  // sarcastic grumble
		"Dag Marja, ja, akkoord met 5 stoelen. Gr Henk",                                                                   // partial count
		"Akkoord! Maar laten we het wel volgend schooljaar doen 😊\nEva",                                                   // deferral timing
		"Akkoord... maar ik wil eerst Henk spreken.\nErik",                                                                // someone else
		"Prima, neem maar de goedkope van de Action. Akkoord.\nGr Bert",                                                   // cheaper variant
		"Akkoord, pak gewoon de simpele van de Kwantum.\nLeo",                                                             // cheaper variant
		"Ja, akkoord, ga voor de budgetversie.\nGroet Tom",                                                                // cheaper variant
		"Akkoord van mijn kant, maar loop even langs Jolanda, zij beheert het budget.\nGr Anja",                           // someone else
		"Akkoord, want we zitten hier op een goudmijn, zoals je weet.\nMarcel",                                            // sarcasm money
		"Zes nieuwe stoelen, waarom ook niet, dan doen we er meteen een jacuzzi bij. Akkoord.\nBas",                       // sarcasm money
		"akkoord, voor 2 stuks\nGr Leo",                                                                                   // partial count
		"Ja, akkoord met 4 stoelen.\nGr Fien",                                                                             // partial count
		"Akkoord met drie stoelen, niet zes.\nMvg Ton",                                                                    // partial count
		"Hoi, ja, akkoord met 2 nieuwe stoelen. Gr Henk",                                                                  // partial count
		"Akkoord, maar laten we dat volgend jaar doen.\nKoen",                                                             // deferral timing
		"Akkoord. Maar laten we het wel na de verbouwing doen.\nRik",                                                      // deferral timing
		"Akkoord... maar ik wil eerst Jolanda horen.\nSaskia",                                                             // someone else
		"Akkoord, even langs de directeur.\nMvg",                                                                          // someone else
		"Akkoord, even via de penningmeester graag.\nGroet",                                                               // someone else
		"Akkoord, twee kunnen nog wel een jaar mee.\nLuc",                                                                 // partial count
		"Ja hoor, de kapotte mag je vervangen.\nRuud",                                                                     // partial count
		"Akkoord voor de kapotte stoelen.\nGr Ellen",                                                                      // partial count
		"Doe maar de twee kapotte, akkoord.\nGr",                                                                          // partial count
		"Akkoord, maar koop ze gebruikt via Marktplaats.\nDolf",                                                           // cheaper variant
		"Akkoord dat de stoelen vervangen moeten worden, maar het budget is op tot januari.\nGr Leo",                      // yes-word sense
		"Akkoord, de stoelen zijn inderdaad slecht. Geld is er alleen niet.\nGroet Ton",                                   // yes-word sense
		"Akkoord, ze zijn versleten. Helaas geen budget.\nMarja",                                                          // yes-word sense
		"Akkoord maar gespreid over twee jaar.\nSaskia",                                                                   // payment terms
		"Akkoord, in termijnen van 200 per maand graag, we hebben niet meer.\nGr Fien",                                    // payment terms
		"Akkoord, maar huur ze liever.\nPeter",                                                                            // cheaper variant
		"Beste Sandra,\n\nHartelijk dank voor je verzoek. Ik ben het met je eens dat het secretariaat goede stoelen verdient. Akkoord. Ik zou alleen voorstellen om er niet zes maar vier te bestellen, want Ingrid werkt toch maar twee dagen en kan op de stoel van Els.\n\nMet vriendelijke groet,\nHans Pieters\nPenningmeester", // partial count
		"Approved — go for the cheaper IKEA ones though.\nLinda",                                     // cheaper variant
		"Approved, but let's do it next quarter, budget is empty now.\nSarah",                        // deferral timing
		"Approved, because obviously we have money to burn.\nMark",                                   // sarcasm money
		"Approved! But let's do it next school year 😊\nEva",                                          // deferral timing
		"Approved... but I want to talk to Henk first.\nEric",                                        // someone else
		"Approved, and I suppose the roof can keep leaking then.\nRuud",                              // sarcastic grumble
		"Great idea, six new chairs. Why not buy a new building while we're at it. Approved.\nGerry", // sarcasm money
		"Approved, brilliant, another 1240 gone while the kids have no books.\nAnne",                 // sarcastic grumble
		"Approved with 5 chairs.\nHenry",                                                             // partial count
		"Approved, but buy them used on eBay.\nDolf",                                                 // cheaper variant
		"Approved, but two can last another year.\nLuke",                                             // partial count
		"Approved to get quotes, not to order yet.\nHenk",                                            // scope quotes
		"Dear Marja,\n\nThank you for your email. I fully agree the office needs better chairs, I hear it from Els all the time. Approved, although I would suggest we order four now and two in spring, to spread the cost.\n\nKind regards,\nRev. John Miller", // partial count
		"Yes, go ahead, as soon as the subsidy is in.\nJeroen",                          // funding condition
		"Approved. Well, approved-ish. Let's talk Monday.\nPete",                        // hedged yes
		"Oh sure, approved, and while we're at it gold-plated desks for everyone.\nRon", // sarcasm money
		"Approved but 1240 is too much, make it 1000.\nWill",                            // cap amount
		"Approved from Jan 1st.\nIan",                                                   // deferral timing
		"Akkoord! Enneh, laten we voor de zekerheid eerst de leverancier bellen of ze ze kunnen repareren, scheelt misschien een hoop.\nX Lotte", // repair first
		"Akkoord, bestel er nu 3.\nGr Leo",                                                    // partial count
		"Akkoord, maar maak er vijf van, de zesde staat nooit iemand op.\nWillem",             // partial count
		"Akkoord, laten we het na de fusie oppakken.\nGr Ellen",                               // deferral timing
		"Akkoord, wel even afstemmen met Harry voor je bestelt.\nGr",                          // someone else
		"Akkoord, laat het bestuur het even bevestigen.\nLinda",                               // someone else
		"Prima! Helemaal goed! We hebben immers toch geld genoeg, zeker na die lekkage.\nRob", // sarcasm money
		"Ja prima. Echt geweldig hoe we hier met geld smijten.\nGr Harm",                      // sarcastic grumble
		"Beste Sandra,\n\nNa wat rondvragen bij het bestuur ben ik tot de conclusie gekomen dat het wel nodig is. Akkoord dus. Maar let op: we kunnen pas na de eerstvolgende collecte betalen, dus bestel nog niks tot ik het zeg.\n\nHartelijke groet,\nKerkrentmeester J. de Groot", // deferral timing
		"Hallo Sandra,\n\nIk heb overlegd met de voorzitter en we zijn akkoord met drie stoelen. De andere drie komen in de volgende begroting.\n\nMet vriendelijke groet,\nSecretaris VV De Zwaluwen",                                                                                 // partial count
		"Akkoord, 3x.\nGr",             // partial count
		"Akkoord, 4 stk.\nH",           // partial count
		"Akkoord x4\nP",                // partial count
		"Akkoord tot duizend.\nGr Wim", // cap amount
		"Approved, x4.\nT",             // partial count
		"Approved, 4 pcs.\nM",          // partial count
		"OK, get the cheap ones from Lidl then. Approved.\nCheers, Bob",          // cheaper variant
		"Fine, get the basic model instead. Approved.\nAmy",                      // cheaper variant
		"Approved, go with the budget model.\nTom",                               // cheaper variant
		"Approved, do the broken two now.\nKate",                                 // partial count
		"Approved, but make it five, the sixth desk is empty anyway.\nWill",      // partial count
		"Approved, just have the board confirm.\nLinda",                          // someone else
		"Approved from my end, but loop in Jolanda, she holds the budget.\nAnja", // someone else
		"Approved. But let's do it next year.\nKoen",                             // deferral timing
		"Approved — yeah, sure, because money is no object here.\nMark",          // sarcasm money
		"Approved, since we're obviously rolling in cash.\nRob",                  // sarcasm money
		"Approved, why not, let's buy a new minibus too while we're at it.\nBas", // sarcasm money
		"Agreed, the chairs are awful. No money though.\nMarja",                  // yes-word sense
		"Akkoord, doe maar na de collecte van zondag.\nDs. Bakker",               // deferral timing
		"Akkoord, na ontvangst van de gemeentesubsidie.\nLinda",                  // funding condition
		"Akkoord, even Henk in de cc zetten en zijn ok afwachten.\nGr",           // someone else
		"Akkoord, maar zet het even op de agenda van dinsdag.\nGr Marja",         // meeting first
		"Oké, doe maar die van de Ikea, akkoord.\nGr Dirk",                       // cheaper variant
		"Akkoord, neem maar de Ikea-variant.\nBas",                               // cheaper variant
		"Akkoord, ga maar voor de Ikea-versie.\nGr",                              // cheaper variant
		"Akkoord, wel de simpele versie graag.\nAnja",                            // cheaper variant
		"Hoi Sandra,\n\nWat fijn dat je dit oppakt, ik hoor al maanden geklaag over die stoelen. Akkoord. Ik zou er trouwens maar vier nemen, Ingrid en Els zitten toch om en om.\n\nGroetjes,\nMarian", // partial count
		"Beste Sandra,\n\nUiteraard akkoord. We hebben immers onbeperkt budget sinds de laatste bezuinigingsronde, zoals je weet.\n\nGroet,\nHarm",                                                      // sarcasm money
		"Dear Sandra,\n\nOf course approved. We have unlimited funds since the last round of cuts, as you know.\n\nHarm",                                                                                // sarcasm money
		"Akkoord, in overleg met Henk.\nGr",                                                                               // someone else
		"Akkoord, in overleg met de directie.\nGr Tom",                                                                    // someone else
		"Akkoord, na overleg.\nGr",                                                                                        // someone else
		"Akkoord na akkoord bestuur.\nGr Piet",                                                                            // someone else
		"Approved after board approval.\nPiet",                                                                            // someone else
		"Approved insofar as the budget allows.\nRia",                                                                     // cap amount
		"Akkoord, binnen de grenzen van het budget.\nGr",                                                                  // cap amount
		"Akkoord, onder de duizend blijven hè.\nGr",                                                                       // cap amount
		"Approved, stay under a grand.\nGr",                                                                               // cap amount
		"Akkoord, € 1.240 is wel erg veel, maak er € 1.000 van.\nGr",                                                      // cap amount
		"Akkoord, 1240 is te gortig, 1000 is prima.\nGr Jos",                                                              // cap amount
		"Approved, 1240 is steep, 1000 is fine.\nJos",                                                                     // cap amount
		"Ik ben het akkoord met Henk: te duur.\nGr Ria",                                                                   // yes-word sense
		"Ik ga akkoord met de opmerking van Henk dat het te duur is.\nGr",                                                 // yes-word sense
		"Approved. Aren't there chairs left over from the move, btw? Then we don't need it.\nTom",                         // doubt question
		"Approved, but I wouldn't do it.\nKees",                                                                           // hedged yes
		"Goed idee, akkoord, we nemen het mee in het plan voor volgend jaar.\nGr Ria",                                     // deferral plan
		"Great idea, approved, we'll include it in next year's plan.\nRia",                                                // deferral plan
		"Akkoord, ik zet het op de wensenlijst.\nGr",                                                                      // deferral plan
		"Approved, I'll put it on the wish list.\nGr",                                                                     // deferral plan
		"Approved, keep the email until there's budget.\nBert",                                                            // funding condition
		"Akkoord, wel een stoel minder, Els gaat met pensioen.\nGr Marja",                                                 // partial count
		"Approved, one chair less though, Els is retiring.\nMarja",                                                        // partial count
		"Approved, all but two.\nGr",                                                                                      // partial count
		"Akkoord, de goede laten staan.\nGr Rik",                                                                          // partial count
		"Akkoord met het voorstel van de kascommissie om dit uit te stellen.\nGr Bas",                                     // agrees postpone
		"Akkoord met uitstel.\nGr Jos",                                                                                    // agrees postpone
		"Approved the postponement.\nJos",                                                                                 // agrees postpone
		"Akkoord om het uit te stellen.\nGr",                                                                              // agrees postpone
		"Agreed we'll do it next year.\nGr",                                                                               // deferral timing
		"Akkoord, zet het maar in de meerjarenbegroting.\nGr Ton",                                                         // deferral plan
		"Approved, put it in the long-term plan.\nTon",                                                                    // deferral plan
		"Akkoord, we pakken het op bij de grote verbouwing.\nGr",                                                          // deferral timing
		"Approved, we'll do it with the big renovation.\nGr",                                                              // deferral timing
		"Akkoord, neem er dan meteen maar 4, 2 kunnen we uit de aula halen.\nGr Kees",                                     // partial count
		"Approved, just get 4 and take 2 from the hall.\nKees",                                                            // partial count
		"Akkoord, twee uit de aula halen en vier nieuwe.\nGr",                                                             // partial count
		"Akkoord, de stoelen uit de directiekamer kunnen ook naar het secretariaat, dan hoeven er maar 3 nieuw.\nGr Anja", // partial count
		"Approved, but my brother-in-law's firm has six spare ones we can get for free, I'll ask.\nHarm",                  // free alternative
	)
}

// A misclick put right below a "-- " signature line is the writer's own text: "Niet
// akkoord\n\n--\nsorry, verkeerde knop!! Ik bedoel AKKOORD" approves, and the other way round
// refuses (reAmendment).
func TestMisclickBelowSignature(t *testing.T) {
	kw := DefaultKeywords()
	approves(t, kw, "Niet akkoord\n\n--\nsorry, verkeerde knop!! Ik bedoel natuurlijk AKKOORD, de module willen we al een jaar.\nWilma")
	if r := ReadReply("Akkoord\n\n--\nSorry, wrong button. I meant: not approved.\nWilma", "", kw); r.Decision != DecisionReject {
		t.Errorf("approval put right below the signature = %s (%s), want reject", r.Decision, r.Ambiguous)
	}
}

// Parts named in words after the yes, a part below the name, and a thing approved as the
// subject of the yes; the rest asked for later with "also" stays a remark.
func TestHardVetoPartsInWords(t *testing.T) {
	kw := DefaultKeywords()
	noApproval(t, kw,
		"Akkoord voor de vloer. De verf van de muren (zie regel 3 van de offerte) gaat eruit.",
		"Akkoord voor het eerste lokaal, het tweede doen we volgend schooljaar.",
		"Approved.\n\nBest, Rick\n\n(for the ground floor only)\nRick",
		"Ja ok, voor 4\nM",
	)
	approves(t, kw,
		"Approved. Let's also put the other rooms on next year's budget.",
	)
	req := RequestScope{Subject: "Nieuwe wifi-versterker achterzijde", Text: "Plaatsen van een wifi-versterker aan de achterzijde\n640,00"}
	for s, want := range map[string]bool{
		"The rota looks good, approved.":        true,
		"Ik ga akkoord met de wifiversterker.":  false,
		"Akkoord met de nieuwe openingstijden.": true,
		"Akkoord met deze meerkosten.":          false,
	} {
		if got := ScopeProblem(Reply{NewText: s, Decision: DecisionApprove}, req) != ""; got != want {
			t.Errorf("ScopeProblem(%q) = %v, want %v", s, got, want)
		}
	}
}

// A fourth red-team round (685 replies to three requests, 185 read as approve): shorthand
// after the yes that says what it holds (reply_shorthand.go). The comment names the
// family; the replies still read as approve are kept in testdata/redteam/open-round4.tsv.
func TestRedTeamRound9dNoApproval(t *testing.T) {
	noApproval(t, DefaultKeywords(),
		"Akkoord namens Jan, hij belt je nog.",                                     // other authority
		"Ik was akkoord, tot ik het bedrag zag.",                                   // retracted doubt
		"Akkoord. Op één ding na: de armaturen in de kleedkamers laten we zitten.", // partial scope
		"Akkoord, op kosten van de huurder van de keuken.",                         // cost shifted
		"Akkoord lijkt me wat snel.",                                               // retracted doubt
		"Akkoord is een groot woord. Ik snap de noodzaak, maar dit bedrag...",      // retracted doubt
		"Akkoord (voor de eerste fase).",                                           // partial scope
		"Akkoord (fase 1).",                                                        // partial scope
		"Akkoord; de verlichting in de kleedkamers valt erbuiten.",                 // partial scope
		"Akkoord, ovb.",                                                 // condition wait
		"Akkoord o.v.b.",                                                // condition wait
		"Akkoord ovb verzekering",                                       // condition wait
		"Akkoord (ovb)",                                                 // condition wait
		"Approved, ex. installation.",                                   // partial scope
		"Approved (ovb).",                                               // condition wait
		"Approved, tbc.",                                                // condition wait
		"Approved, TBC after Monday.",                                   // condition wait
		"Approved — to be confirmed.",                                   // condition wait
		"Approved... well, sort of. Call me.",                           // sarcasm irony
		"Approved by me would be premature.",                            // retracted doubt
		"Approved. Floor only.",                                         // partial scope
		"Approved my foot.",                                             // sarcasm irony
		"Approved, save for the installation costs.",                    // partial scope
		"Approved, bar the tribune fixtures.",                           // partial scope
		"Approved. Apart from the changing rooms.",                      // partial scope
		"Approved as a topic for discussion.",                           // other object
		"Approved\n\nSent from my iPhone\n\nPS pending the fire report", // condition wait
		"Hello, I approve the laptop but is must be a refurbish one because budget.\n\nRegards Piotr", // cheaper variant
		"Approved (not really, call me).",                                                // sarcasm irony
		"Akkoord (niet echt, bel me even).",                                              // sarcasm irony
		"Ik ben akkoord, zei niemand ooit over deze offerte.",                            // sarcasm irony
		"Akkoord, ingeval de verzekering niet dekt stoppen we.",                          // condition wait
		"Akkoord. Echter: verzekering eerst.",                                            // condition wait
		"Akkoord. Geldig tot de verzekering nee zegt.",                                   // condition wait
		"Akkoord. Gaat alleen door bij subsidie.",                                        // condition wait
		"Akkoord. Gaat pas door na de keuring.",                                          // condition wait
		"Akkoord. Ooit.",                                                                 // later deferral
		"Akkoord voor de tegels van de douche (verkeerde draad, sorry).",                 // wrong thread
		"Akkoord. Het verschil met de begroting betaalt de aannemer.",                    // cost shifted
		"Akkoord voor mijn deel.",                                                        // other authority
		"Akkoord wat onze afdeling betreft; de andere afdelingen moeten zelf beslissen.", // other authority
		"Hallo Sanne\n\nIk ben akkoord met de uitvoering door onze eigen klusploeg. De offerte van de elektricien laten we lopen.\n\nGroet Gert", // other doer
		"Approved at 1,000 flat.",                                   // cap amount
		"Approved, but w/o the bag and mouse.",                      // partial scope
		"Approved. Leave out the tribune.",                          // partial scope
		"Approved for my part.",                                     // other authority
		"Approved. The contractor covers whatever exceeds € 2,000.", // cost shifted
		"Approved. Invoice to the insurer, not to us.",              // cost shifted
		"Approved. Contingent on the subsidy.",                      // condition wait
		"Approved. Someday.",                                        // later deferral
		"Approved. Eventually.",                                     // later deferral
		"Approved, as advice to the board.",                         // other authority
		"Approved (advisory).",                                      // other authority
		"Approved for the shower tiles (wrong thread, sorry).",      // wrong thread
		"Approved as a concept.",                                    // principle only
		"Approved as a plan; funding to be found.",                  // principle only
		"Approved, insurance permitting.",                           // condition wait
		"Approved, budget permitting.",                              // condition wait
		"Approved, God willing and the treasurer agreeing.",         // condition wait
		"Approved for when we have the money.",                      // later deferral
		"Akkoord, verzekering permitting.",                          // condition wait
		"Akkoord, budget permitting.",                               // condition wait
		"Akkoord, lopende het onderzoek.",                           // condition wait
		"Akkoord, hangende de verzekering.",                         // condition wait
		"Akkoord. Staat of valt met de subsidie.",                   // condition wait
		"Akkoord, ex montage.",                                      // partial scope
		"Akkoord, factuur naar de verzekeraar.",                     // cost shifted
		"Akkoord, factuur naar de verhuurder.",                      // cost shifted
		"Akkoord, op rekening van de cateraar.",                     // cost shifted
		"Akkoord, te verhalen op de cateraar.",                      // cost shifted
		"Akkoord, kosten voor de huurder.",                          // cost shifted
		"Akkoord. De meerkosten zijn voor de aannemer.",             // cost shifted
		"Akkoord, inhoudelijk dan.",                                 // principle only
		"Akkoord, technisch gezien.",                                // principle only
		"Akkoord, mijn stem. Nog twee nodig.",                       // other authority
		"Akkoord (mijn stem).",                                      // other authority
		"Akkoord, vast wel.",                                        // sarcasm irony
		"Akkoord, droom maar lekker verder.",                        // sarcasm irony
		"Akkoord, pro forma. Echt besluit volgende week.",           // form only
		"Akkoord, pro forma.",                                       // form only
		"Akkoord: Piet en Klaas doen het zelf.",                     // other doer
		"Akkoord, eigen mensen.",                                    // other doer
		"Akkoord, uitvoering door vrijwilligers.",                   // other doer
		"Akkoord, door de klusploeg.",                               // other doer
		"Akkoord, gebruikt exemplaar.",                              // cheaper variant
		"Akkoord, instapmodel.",                                     // cheaper variant
		"Akkoord, lease.",                                           // cheaper variant
		"Akkoord, huren ipv kopen.",                                 // cheaper variant
		"Akkoord, huurlaptop.",                                      // cheaper variant
		"Approved, refurb.",                                         // cheaper variant
		"Approved, entry-level model.",                              // cheaper variant
		"Approved, lease.",                                          // cheaper variant
		"Approved, rent not buy.",                                   // cheaper variant
		"Approved, own people.",                                     // other doer
		"Hoi Sanne,\n\nAkkoord. Laat Gerrit het wel ophangen, die doet het voor niks.\n\nGroet, Karin", // other doer
		"Hi Sanne,\n\nApproved. Let our own guys do the hanging, saves the labour.\n\nBest, Mark",      // other doer
		"Akkoord. Gaat pas door als de brandweer het pand heeft vrijgegeven.",                          // condition wait
		"Akkoord. Niet eerder dan na de survey.",                                                       // condition wait
		"Approved. No earlier than after the survey.",                                                  // condition wait
		"Approved 👍 🤞 subsidy",                                                                         // condition wait
		"Akkoord.... 🤔",                                                                                // sarcasm irony
		"Approved 🤔",                                                                                   // sarcasm irony
		"Approved 😬 not really",                                                                        // sarcasm irony
	)
}

// Practical remarks the hard vetoes once took for a retraction or a step to come: throwing
// the old things away, bringing something back, a visit that took place, work that was
// planned all along (heldout38, heldout54, heldout61-63, heldout66). They stay vetoes in
// their own shapes.
func TestHardVetoPracticalLookalikes(t *testing.T) {
	ref := time.Date(2026, 11, 24, 12, 0, 0, 0, time.UTC)
	for _, text := range []string{
		"Akkoord, en graag meteen de patchkabels die los in de kast hangen weggooien.",
		"Julia, akkoord! Zet de dagen alvast in het rooster. En neem mooie echoplaatjes mee terug 😉",
		"Akkoord wat mij betreft. Ik ben er dinsdag zelf nog langs geweest en het rook er naar natte vloerbedekking.",
		"Akkoord.\n\nDit stond al in de meerjarenplanning, alleen een jaar later dan gehoopt.",
	} {
		if why := hardVeto(text, ref); why != "" {
			t.Errorf("hardVeto(%q) = %q, want none", text, why)
		}
	}
	for _, text := range []string{
		"Akkoord.\n\nMijn akkoord van vanochtend kun je weggooien.",
		"Akkoord.\nP.S. ik neem het terug, zie de mail van Ad.",
		"Akkoord, maar hij moet nog langs de penningmeester.",
		"Akkoord, neem het mee in de meerjarenplanning.",
	} {
		if why := hardVeto(text, ref); why == "" {
			t.Errorf("hardVeto(%q) = none, want a veto", text)
		}
	}
}
