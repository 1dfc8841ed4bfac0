package mail

import "testing"

// decisionCase is a reply text and the decision it must get.
type decisionCase struct {
	text string
	want Decision
}

// checkDecisions reads each text with the default keywords and checks its decision.
func checkDecisions(t *testing.T, cases []decisionCase) {
	t.Helper()
	kw := DefaultKeywords()
	for _, tc := range cases {
		if got := ReadReply(tc.text, "", kw); got.Decision != tc.want {
			t.Errorf("ReadReply(%q) = %s (%s), want %s", tc.text, got.Decision, got.Ambiguous, tc.want)
		}
	}
}

// The guard rules are general: these phrasings are not in any corpus.
func TestGuardApproval(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Akkoord, maar niet voor de extra lunch.", DecisionNone},
		{"OK, approved except the lunch.", DecisionNone},
		{"Akkoord, alleen voor de koffie.", DecisionNone},
		{"Approved only after the budget review.", DecisionNone},
		{"Is dit al besteld? Dan akkoord.", DecisionNone},
		{"Akkoord, dat hangt wel af van de prijs.", DecisionNone},
		{"Approval depends on the final quote: approved for now.", DecisionNone},
		{"Akkoord kan pas per 1 januari.", DecisionNone},
		{"Akkoord, geen probleem.", DecisionApprove},
		{"Akkoord. Kun je het voor vrijdag regelen?", DecisionApprove},
		{"Akkoord voor het hele bedrag.", DecisionApprove},
		{"Approved. Not urgent though.", DecisionApprove},
		{"Akkoord, dank voor het regelen.", DecisionApprove},
	})
}

func TestGuardCapsAndOthers(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Approved up to € 800.", DecisionNone},
		{"Akkoord, maar niet meer dan 500 euro.", DecisionNone},
		{"Akkoord. Tot € 900 dan, niet meer.", DecisionNone},
		{"Akkoord van mijn kant, maar de wethouder moet eerst nog kijken.", DecisionNone},
		{"Approved, but finance also needs to sign off.", DecisionNone},
		{"Einverstanden.", DecisionApprove},
		{"Nicht einverstanden, zu teuer.", DecisionReject},
		{"Einverstanden, falls es unter Budget bleibt.", DecisionNone},
		{"Akkoord. Dank voor het snelle regelen!", DecisionApprove},
	})
	kw := DefaultKeywords()
	cal := &Message{Text: "Accepted. Akkoord.", Attachments: []Attachment{{Filename: "invite.ics", ContentType: "text/calendar; method=REPLY"}}}
	if got := ReadMessageReply(cal, kw); got.Decision != DecisionNone {
		t.Errorf("a calendar reply decided %s", got.Decision)
	}
}

func TestGuardShareRetractionAndClosing(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Akkoord voor een deel van de kosten; de rest via het project.", DecisionNone},
		{"Approved for 50% of the amount.", DecisionNone},
		{"Akkoord.\n\nHm, bij nader inzien wil ik eerst de offerte zien.", DecisionNone},
		{"Approved. Wait, is this the third floor? Let me check first.", DecisionNone},
		{"Ik heb de foto's bekeken en de zaal is echt toe aan een opknapbeurt.\n\nAkkoord.", DecisionApprove},
		{"Dank voor de uitleg, maar dit past niet in de planning.\n\nNiet akkoord dus.", DecisionReject},
		{"Helaas niet akkoord, het budget is op.", DecisionReject},
		{"Akoord!", DecisionApprove},
		{"Ik heb de foto's bekeken. Is het echt nodig?\n\nAkkoord.", DecisionNone},
	})
}

func TestSplitVerbsAndSalutations(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Dit keur ik af, te duur.", DecisionReject},
		{"Dat keur ik goed.", DecisionApprove},
		{"Geachte heer, mevrouw,\n\nHierbij geef ik akkoord voor de uitvoering.", DecisionApprove},
		{"Geachte heer, mevrouw,\n\nIs dit echt nodig? Akkoord.", DecisionNone},
		{"Ik heb er geen bezwaar tegen, maar ik ben niet bevoegd.", DecisionNone},
	})
}

func TestRejectionAfterAClause(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Ik heb ernaar gekeken, maar ik ga hier niet mee akkoord.", DecisionReject},
		{"Ik heb ernaar gekeken en de begroting nagelopen, dus akkoord.", DecisionApprove}, // a short text
		{"Ik heb ernaar gekeken, maar ik ga hier niet mee akkoord als het meer dan 800 euro wordt.", DecisionNone},
	})
}

// A first step after the approval that is more than practical (a quote to see, a check,
// someone's say) keeps it from being an approval; a practical one (a key, informing the
// tenants) and thanks for what was done first do not.
func TestGuardFirstStep(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Akkoord. Wel eerst de offerte naar mij.", DecisionNone},
		{"Mag doorgaan. Wel eerst de offerte naar mij.", DecisionNone},
		{"Approved. Please send me the quote first.", DecisionNone},
		{"Akkoord. Voordat je bestelt, wil ik de prijs nog zien.", DecisionNone},
		{"Akkoord, wel eerst even met Piet overleggen.", DecisionNone},
		{"Akkoord. Wel eerst de sleutel ophalen bij de conciërge.", DecisionApprove},
		{"Approved. Please inform the tenants first.", DecisionApprove},
		{"Approved – thanks for checking the budget first.", DecisionApprove},
	})
}

// An approval with an exception after it covers only part of the request.
func TestGuardButNot(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"De eerste twee accesspoints kan ik goedkeuren, maar de extra switch niet; die staat al in de planning.", DecisionNone},
		{"Akkoord, maar de lunch niet.", DecisionNone},
		{"Approved, but not the second screen.", DecisionNone},
		{"Akkoord, behalve de extra switch.", DecisionNone},
		{"Akkoord. Maar de extra switch niet, die komt later.", DecisionNone},
		{"Akkoord, graag voor vrijdag.", DecisionApprove},
	})
}

// Someone else still to decide anywhere in the reply, or doubt about someone else's view,
// takes an approval away.
func TestGuardStillToDecide(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Akkoord, Piet moet het nog goedkeuren.", DecisionNone},
		{"Akkoord, de wethouder moet ook nog tekenen.", DecisionNone},
		{"Prima, akkoord. Piet moet het nog goedkeuren.", DecisionNone},
		{"Approved. Finance still needs to sign off.", DecisionNone},
		{"Ik weet niet of Piet het goed vindt. Akkoord.", DecisionNone},
		{"Akkoord. Kun je de werkbon ook laten aftekenen door de conciërge?", DecisionApprove},
		{"Akkoord, dank voor het uitzoeken.", DecisionApprove},
	})
}

// Having waited long for it is no deferral: "Akkoord hoor, zat er al op te wachten".
func TestEagerWaitIsNoDeferral(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Akkoord hoor, zat er al op te wachten. Zeg maar tegen Bram dat hij de monteur kan bellen.", DecisionApprove},
		{"Akkoord, daar wachten we al maanden op.", DecisionApprove},
		{"Akkoord, zat er al lang op te wachten.", DecisionApprove},
		{"Akkoord, maar we moeten er nog even op wachten.", DecisionNone},
		{"Akkoord, we wachten er nog op.", DecisionNone},
		{"Akkoord, laten we er nog op wachten.", DecisionNone},
		{"Akkoord, we zitten er nog op te wachten.", DecisionNone},
		{"Akkoord, we gaan er al op wachten.", DecisionNone},
		{"Akkoord, we zitten al op de offerte te wachten.", DecisionNone},
		{"Akkoord, daar wachten we al maanden op tot de offerte er is.", DecisionNone},
		{"Nee, daar zit ik al lang op te wachten.", DecisionNone},
	})
}

// An exception in a clause of its own after the approval, without "maar", and an approval
// in principle are no approvals.
func TestGuardExceptClauseAndInPrinciple(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Akkoord, de extra switch niet.", DecisionNone},
		{"Akkoord, de rest niet.", DecisionNone},
		{"Akkoord. De rest niet.", DecisionNone},
		{"Akkoord voor de accesspoints, de switch niet.", DecisionNone},
		{"Van mij mag het door, de rest niet.", DecisionNone},
		{"Approved, not the lunch.", DecisionNone},
		{"Approved, the rest not.", DecisionNone},
		{"Approved in principle.", DecisionNone},
		{"Happy for this to proceed in principle.", DecisionNone},
		{"Akkoord, in principe.", DecisionNone},
		{"Approved. Not urgent though.", DecisionApprove},
		{"Akkoord, dat is niet erg.", DecisionApprove},
		{"Akkoord, de monteur hoeft niet te bellen.", DecisionApprove},
	})
}

// The decision left to someone else after the approval takes it away.
func TestGuardOtherDecides(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Akkoord. Maar Piet beslist.", DecisionNone},
		{"Akkoord. De wethouder beslist.", DecisionNone},
		{"Van mij mag het door, maar het is aan Piet.", DecisionNone},
		{"Akkoord, maar de beslissing ligt bij Piet.", DecisionNone},
		{"Happy for this to proceed, but it's Finance's call.", DecisionNone},
		{"Approved, but Jan has the final say.", DecisionNone},
		{"Approved. The board decides on the budget next month.", DecisionNone},
		{"Akkoord, dit moet beslist gebeuren.", DecisionApprove},
		{"Akkoord. De sleutel ligt bij de receptie.", DecisionApprove},
	})
}

// An approval followed by "maar"/"but" and a cut or change of scope, or scoped to a part
// and followed by "maar"/"but", is a partial approval; a practical remark after "maar"
// keeps the approval.
func TestGuardButCut(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Akkoord voor de broodjes, maar de soep schrappen. Koffie en broodjes is genoeg.", DecisionNone},
		{"Akkoord, maar de soep schrappen.", DecisionNone},
		{"Akkoord, maar schrap de soep.", DecisionNone},
		{"Akkoord, maar laat de soep weg.", DecisionNone},
		{"Akkoord, maar de soep mag eruit.", DecisionNone},
		{"Akkoord, maar de soep kan weg.", DecisionNone},
		{"Prima, maar de lunch laten we vallen.", DecisionNone},
		{"Akkoord, maar alleen de koffie.", DecisionNone},
		{"Akkoord, maar zonder de soep.", DecisionNone},
		{"Akkoord, maar dan minder stoelen.", DecisionNone},
		{"Akkoord, maar neem de goedkopere variant.", DecisionNone},
		{"Akkoord, maar vier stoelen in plaats van zes.", DecisionNone},
		{"Akkoord. Maar de soep schrappen.", DecisionNone},
		{"Akkoord met de stoelen, maar de bureaus wachten tot volgend jaar.", DecisionNone},
		{"Akkoord voor de koffie, maar graag na 17:00.", DecisionNone},
		{"Approved, but drop the soup.", DecisionNone},
		{"Approved, but skip the lunch.", DecisionNone},
		{"Approved, but leave the soup out.", DecisionNone},
		{"OK, approved, but only the coffee.", DecisionNone},
		{"Approved, but without the lunch.", DecisionNone},
		{"Approved, but please go for the cheaper option.", DecisionNone},
		{"Approved. But cut the soup.", DecisionNone},
		{"Approved for the sandwiches, but the soup can go.", DecisionNone},
		{"Akkoord, de soep schrappen.", DecisionNone},
		{"Akkoord voor de broodjes; de soep laten we vallen.", DecisionNone},
		{"Akkoord. Laat de soep weg.", DecisionNone},
		{"Approved, drop the soup.", DecisionNone},
		{"Approved. Skip the lunch, coffee is enough.", DecisionNone},
		{"Akkoord, maar graag na 17:00.", DecisionApprove},
		{"Akkoord, maar laat ze wel even bellen.", DecisionApprove},
		{"Akkoord, laat de monteur maar bellen.", DecisionApprove},
		{"Approved. Leave the key at reception.", DecisionApprove},
		{"Approved, but please book it for Monday.", DecisionApprove},
		{"Akkoord met de offerte. Graag doorzetten naar de leverancier.", DecisionApprove},
		{"Akkoord, maar graag de factuur naar de administratie.", DecisionApprove},
	})
}

// A request to do something "als dat nog niet gebeurd is" is about that request: the
// approval before it stands. A deferral or a condition on the decision still takes it away.
func TestUnlessDoneIsNoDeferral(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Akkoord. Graag ook even aangifte doen als dat nog niet gebeurd is, dan kunnen we het eventueel verhalen.", DecisionApprove},
		{"Akkoord. Graag de buren inlichten als dat nog niet gebeurd is.", DecisionApprove},
		{"Akkoord. Meld het ook even bij de conciërge, als dat nog niet gedaan is.", DecisionApprove},
		{"Approved. Please also report it to the police if that hasn't been done yet.", DecisionApprove},
		{"Akkoord. Als dat nog niet geregeld is, wacht ik even.", DecisionNone},
		{"Akkoord. Graag eerst aangifte doen als dat nog niet gebeurd is.", DecisionNone},
		{"Akkoord. Meld het ook nog even bij de conciërge als dat nog niet gedaan is.", DecisionNone},
		{"Akkoord. Het budget is nog niet rond.", DecisionNone},
		{"Akkoord, als het nog niet besteld is.", DecisionNone},
		{"Nog niet akkoord. Graag eerst de offerte.", DecisionNone},
	})
}

// After an approval, "niet"/"not" that cuts nothing stays an approval: a preposition without
// an object ("ik ben er niet bij"), a negation in a reason clause ("want we redden het niet
// met één droger"), a choice of variant in a sentence of its own ("Order the 8-way one, not
// the 6-way."). A part left out, a cut after "maar"/"but" and a question stay none.
func TestGuardNegationThatCutsNothing(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Akkoord. Ik ben er zelf niet bij, maar Jeroen weet ervan.", DecisionApprove},
		{"Akkoord hoor. Snel regelen want we redden het niet met één droger.", DecisionApprove},
		{"That's fine. Approved. Order the 8-way one, not the 6-way.", DecisionApprove},
		{"Approved. Order the big one, not the small one.", DecisionApprove},
		{"Akkoord. Bestel de grote versie, niet de kleine.", DecisionApprove},
		{"Approved. Order the 8-way one, not the 6-way. Thanks!", DecisionApprove},
		{"Akkoord. Ik ben er niet voor.", DecisionNone},
		{"Akkoord. Niet voor de lunch.", DecisionNone},
		{"Akkoord, want anders niet voor de winter klaar?", DecisionNone},
		{"Akkoord, maar niet voor de lunch want die is te duur.", DecisionNone},
		{"Akkoord, omdat het moet. Maar niet voor de lunch.", DecisionNone},
		{"Approved, but not the 6-way one.", DecisionNone},
		{"Approved. Not the 6-way one.", DecisionNone},
		{"Approved. Order the screens, not the switch.", DecisionNone},
		{"Approved. Order the 8-way one, but not the 6-way.", DecisionNone},
		{"Approved, order the 8-way one, not the 6-way.", DecisionNone},
		{"Approved. Order the 8-way one, not the 6-way, and skip the cables.", DecisionNone},
		{"Approved. Order the 8-way one, not the 6-way. Skip the cables.", DecisionNone},
		{"Approved. Order the 8-way one, not the 6-way.\nOnly up to 500 euro.", DecisionNone},
	})
}

// A limit on a later line or sentence, after a blank line, a PS or a remark in between,
// takes the approval away as one right after it does; a greeting, a practical remark or a
// booking instruction after it does not.
func TestGuardLaterSentences(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Akkoord.\n\nTot 500 euro.", DecisionNone},
		{"Akkoord.\n\nPS: niet voor de lunch.", DecisionNone},
		{"Akkoord.\nMaximaal € 300.", DecisionNone},
		{"Approved.\n\nUp to 500 euros.", DecisionNone},
		{"Approved.\nBut not the catering.", DecisionNone},
		{"Akkoord.\nAlleen de koffie.", DecisionNone},
		{"Prima.\n\nMits het voor 1 december klaar is.", DecisionNone},
		{"Goedgekeurd\nmaar eerst een offerte", DecisionNone},
		{"Akkoord. Bedankt voor de snelle offerte. Wel maximaal 400 euro.", DecisionNone},
		{"Akkoord. Bedankt voor de snelle offerte. Niet voor de lunch.", DecisionNone},
		{"Akkoord.\n\nP.S. De lunch niet.", DecisionNone},
		{"Approved.\n\nThanks for the quick quote.\nOnly the coffee, please.", DecisionNone},
		{"Approved.\n\nProvided it stays within budget.", DecisionNone},
		{"Approved.\n\nNo more than 400 euros please.", DecisionNone},
		{"Akkoord.\nHet hangt wel af van de prijs.", DecisionNone},
		{"Akkoord.\n\nVoor de helft van het bedrag.", DecisionNone},
		{"Akkoord.\n\nZonder de soep.", DecisionNone},
		{"Akkoord.\n\nDe soep schrappen.", DecisionNone},
		{"Akkoord.\nMaar zonder de soep.", DecisionNone},
		{"Akkoord.\n\nGroet, Piet", DecisionApprove},
		{"Akkoord.\nWel graag na 17:00.", DecisionApprove},
		{"Approved.\n\nThanks, Sam", DecisionApprove},
		{"Akkoord.\n\nNiet vergeten de buren in te lichten.", DecisionApprove},
		{"Akkoord.\n\nGeen haast overigens.", DecisionApprove},
		{"Approved.\n\nNot urgent though.", DecisionApprove},
		{"Akkoord.\n\nIk ben er zelf niet bij, maar Jeroen weet ervan.", DecisionApprove},
		{"Akkoord. Die sloten moeten er vandaag in.\nWe kunnen niet met een kwijtgeraakte sleutelbos blijven zitten.", DecisionApprove},
		{"Approved. Order the 8-way one, not the 6-way.\n\nThanks, Sam", DecisionApprove},
	})
}

// A booking instruction names the account and the one not to use: a practical remark, not a
// cut. A part left out next to it still is one.
func TestGuardBookingInstruction(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Akkoord.\n\nLet op: factuur op kostenplaats 4410 boeken, niet op algemeen onderhoud.", DecisionApprove},
		{"Akkoord.\nLet op: factuur graag op kostenplaats 6120 boeken, niet op algemeen onderhoud.", DecisionApprove},
		{"Akkoord. Let wel op dat dit ten laste komt van het budget ICT en niet van de algemene reserve.", DecisionApprove},
		{"Akkoord.\nWel graag de factuur naar Bestuurszaken, niet naar Facilitair.", DecisionApprove},
		{"Approved.\n\nPlease bill it to cost centre 4410, not the events budget.", DecisionApprove},
		{"Approved.\n\nPlease bill it to cost centre 4410, not to the events budget.", DecisionApprove},
		{"Akkoord.\n\nLet op: factuur op kostenplaats 4410 boeken, maar niet voor de lunch.", DecisionNone},
		{"Akkoord.\n\nFactuur op kostenplaats 4410, niet het hele budget.", DecisionNone},
		{"Akkoord.\n\nMaar niet het hele budget.", DecisionNone},
		{"Approved.\n\nBill it to 4410. Not the catering though.", DecisionNone},
		{"Akkoord.\n\nFactuur op 4410 boeken, niet op algemeen onderhoud. Alleen de koffie.", DecisionNone},
	})
}

// A part left out after a yes: "niet van de stoelen", "de lunch doen we zelf".
func TestGuardPartLeftOut(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Ik ga akkoord met de aanschaf van de kasten, niet van de stoelen.", DecisionNone},
		{"Akkoord, maar de lunch doen we zelf.", DecisionNone},
		{"Akkoord, maar de koffie regelen we zelf wel.", DecisionNone},
		// still a yes
		{"Akkoord, de kasten zijn hard nodig.", DecisionApprove},
	})
}

// A part refused in a clause of its own that names it by a preposition, also when its name
// holds a dot: the approval covers only the rest.
func TestExceptClauseByPreposition(t *testing.T) {
	kw := DefaultKeywords()
	noApproval(t, kw,
		"Akkoord voor lokaal 2.14. Voor 2.16 niet, die beamer is vorig jaar nog vervangen.",
		"Akkoord voor de eerste verdieping. Voor de tweede niet.",
		"Akkoord voor gebouw A, in gebouw B niet.",
		"Approved for room 1.02. For 1.04 not, that one is fine.",
		"Akkoord voor de kantine. Op het veld niet.",
	)
	approves(t, kw,
		"Akkoord voor lokaal 2.14.",
		"Akkoord. Vergeet de sleutel voor lokaal 2.14 niet.",
	)
}
