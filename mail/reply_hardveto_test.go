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
