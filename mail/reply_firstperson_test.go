package mail

import "testing"

// "als"/"as" with a role or capacity is no condition; with a clause of its own it is.
func TestRoleAls(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Als budgethouder ga ik akkoord.", DecisionApprove},
		{"As budget holder I approve.", DecisionApprove},
		{"Als teamleider van Groenbeheer geef ik akkoord voor de extra maaironde.", DecisionApprove},
		{"Dank voor het doorsturen. Als afdelingshoofd stem ik in met de cursus.", DecisionApprove},
		{"Als directeur kan ik dit niet goedkeuren.", DecisionReject},
		{"Het valt onder het onderhoudscontract; als meerwerk ga ik hier niet mee akkoord.", DecisionReject},
		{"Als het binnen budget blijft, ga ik akkoord.", DecisionNone},
		{"Als de directeur akkoord is, ga ik ook akkoord.", DecisionNone},
		{"Als budgethouder ga ik akkoord als het onder de 500 blijft.", DecisionNone},
		{"Als de prijs klopt ga ik akkoord.", DecisionNone},
		{"If the price is right, as budget holder I approve.", DecisionNone},
	})
}

// A first-person decision sentence after context, before practical remarks.
func TestFirstPersonSentence(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Ik heb de offertes naast elkaar gelegd.\n\nIk ga akkoord met de offerte van de schilder.", DecisionApprove},
		{"Namens de directie ga ik akkoord met deze aanvraag.\n\nGraag wel even afstemmen met de receptie.", DecisionApprove},
		{"Vanuit Financiën geen bezwaar; ik keur de uitgave goed.", DecisionApprove},
		{"Het lek wordt erger, dit kan echt niet wachten.\n\nIk stem in met de reparatie.", DecisionApprove},
		{"Ik heb het bekeken.\n\nIk ga akkoord met de offerte.\n\nPiet moet het ook nog goedkeuren.", DecisionNone},
		{"Ik heb het bekeken. Ik ga akkoord met de offerte van Jansen als de prijs klopt.", DecisionNone},
		{"Ik heb het bekeken. Ik ga akkoord met de helft van het bedrag.", DecisionNone},
		{"Ik heb het bekeken.\n\nIk ga akkoord met de offerte.\n\nKun je nog een tweede offerte opvragen?", DecisionNone},
		{"Namens het MT ga ik akkoord, mits het binnen budget blijft.", DecisionNone},
		{"Volgens Piet ga ik akkoord met de offerte.", DecisionNone},
		{"Ik ga akkoord met de offerte. Ik wil eerst nog even met Piet overleggen.", DecisionNone},
		{"Dank voor het doorsturen. Ik ga akkoord met de offerte, maar Piet moet nog tekenen.", DecisionNone},
	})
}

// Impersonal permission and denial, and reasons after a refusal that are no second decision.
func TestImpersonalAndRefusalReasons(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Dit kan doorgaan.", DecisionApprove},
		{"Voor mij is dit in orde, de bestelling mag geplaatst worden.", DecisionApprove},
		{"Dit kan doorgaan, zonder die keuring mogen we de lift niet gebruiken.", DecisionApprove},
		{"Dit kan doorgaan zodra Piet akkoord is.", DecisionNone},
		{"Voor mij is dit in orde, maar Finance moet nog tekenen.", DecisionNone},
		{"Kan dit doorgaan?", DecisionNone},
		{"Dit kan doorgaan, zonder de lunch.", DecisionNone},
		{"Dit gaat niet door: de markt is verplaatst.", DecisionReject},
		{"Dit gaat niet door tenzij de gemeente meebetaalt.", DecisionNone},
		{"Declined. We agreed last year that travel goes through the annual plan.", DecisionReject},
		{"I'm turning this one down. Only two people can go this year.", DecisionReject},
		{"Declined. Only if the price drops by half.", DecisionNone},
		{"Dat vind ik niet nodig en ik ga er dan ook niet mee akkoord.", DecisionReject},
		{"Ik denk dat ik niet akkoord ga.", DecisionNone},
		{"We agreed.", DecisionApprove},
	})
}

// A refusal whose reason reports an earlier approval of something else stays a refusal;
// a report that points back at this request, contrasts or asks stays mixed.
func TestRefusalReasonReportsOtherApproval(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Afgekeurd.\n\nReden: dit is dubbel met SPOC-0187, dat is vorige week al goedgekeurd en wordt volgende week uitgevoerd.", DecisionReject},
		{"Niet akkoord. Reden: dubbel met SPOC-0101, die is al goedgekeurd.", DecisionReject},
		{"Rejected. Reason: duplicate of SPOC-0101, which was already approved last week.", DecisionReject},
		{"Niet akkoord. Reden: dubbel met SPOC-0101, die is al goedgekeurd. Maar inmiddels is het toch nodig.", DecisionNone},
		{"Niet akkoord. Reden: het is al goedgekeurd.", DecisionNone},
		{"Niet akkoord. Omdat dit al goedgekeurd is, hoeft het niet opnieuw.", DecisionNone},
		{"Niet akkoord. Reden: dubbel met SPOC-0101, maar die is inmiddels al goedgekeurd.", DecisionNone},
		{"Niet akkoord. Dubbel met SPOC-0101, die is al goedgekeurd?", DecisionNone},
		{"Nee. Reden: dubbel met SPOC-0101, die is al goedgekeurd.", DecisionNone},
		{"Afgekeurd. Reden: dubbel met SPOC-0101, die heb ik vorige week al goedgekeurd.", DecisionNone},
		{"Afgekeurd. Reden: dubbel met SPOC-0101, die is goedgekeurd.", DecisionNone},
		{"Niet akkoord was mijn eerste reactie, maar dubbel met X, die is al goedgekeurd.", DecisionNone},
	})
}

// The Flemish word order of an impersonal permission: "Dat is in orde voor mij".
func TestInOrdeVoorMij(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Dag Katrien,\n\nDat is in orde voor mij.", DecisionApprove},
		{"Het is in orde voor ons.", DecisionApprove},
		{"Is dat in orde voor jou?", DecisionNone},
		{"Is dat in orde voor mij?", DecisionNone},
		{"Dat is niet in orde.", DecisionNone},
		{"Dat is in orde.", DecisionNone}, // may report that it was taken care of
		{"Het is in orde voor mij als het onder de 500 euro blijft.", DecisionNone},
		{"Dat is in orde voor mij, maar niet de lunch.", DecisionNone},
		{"Zorg dat het in orde is voor mij.", DecisionNone},
	})
}
