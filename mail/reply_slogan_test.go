package mail

import "testing"

// The slogan Dutch alcohol advertising must carry ("Geniet, maar drink met mate. Niet voor
// personen onder de 18.") under a brewer's signature is no cap on the approval above it;
// the same words typed by the approver still are.
func TestAlcoholSloganIsFooter(t *testing.T) {
	footer := "\n\nTom Verhoeven\nFinanciële administratie\nT 033 246 19 80\n\n" +
		"Brouwerij De Gistende Gans B.V. | Havenweg 14, 3861 NK Nijkerk | KvK 71234567\n"
	checkDecisions(t, []decisionCase{
		{"akkoord" + footer + "Geniet, maar drink met mate. Niet voor personen onder de 18.", DecisionApprove},
		{"Akkoord, laat ze maar komen." + footer + "Geniet maar drink met mate. NIX18", DecisionApprove},
		{"Akkoord, niet voor personen onder de 18." + footer, DecisionNone},
		{"akkoord\n\nalleen onder de 500 euro" + footer + "Geniet, maar drink met mate.", DecisionNone},
	})
}

// Terms of business under a company signature ("Op al onze prestaties zijn onze algemene
// voorwaarden van toepassing. Indien u niet akkoord gaat met deze voorwaarden, …") are a
// footer, not a refusal after the yes.
func TestTermsOfBusinessIsFooter(t *testing.T) {
	footer := "\n\nTom\n\nTom Hendrickx\nZaakvoerder - MS Scheldestroom\n+32 475 31 62 08\n\nHendrickx Binnenvaart BV - BTW BE 0712.448.903\n"
	checkDecisions(t, []decisionCase{
		{"Akkoord voor de twee extra data." + footer + "Op al onze prestaties zijn onze algemene voorwaarden van toepassing. Indien u niet akkoord gaat met deze voorwaarden, gelieve ons dit schriftelijk te melden binnen 8 dagen.", DecisionApprove},
		{"Akkoord." + footer + "Op al onze werkzaamheden zijn de Algemene Voorwaarden van toepassing, tenzij schriftelijk anders overeengekomen.", DecisionApprove},
		{"Akkoord, maar alleen de eerste datum." + footer + "Op al onze prestaties zijn onze algemene voorwaarden van toepassing.", DecisionNone},
	})
}
