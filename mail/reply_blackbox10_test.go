package mail

import "testing"

// The tenth session's black-box round: replies written without the code that a careful
// secretary would not pay on. These read as approve with the code of that session before
// the nets of reply_tailscope.go (tsLeak3, tsRetract) and the shapes before them.
func TestBlackBox10NoApproval(t *testing.T) {
	for _, s := range []string{
		"Akkoord met de huur van een beamer. Over een laptop heb ik niks gezien, dus daar zeg ik niks over.",
		"Akkoord met de reparatie die je vorige week stuurde. Deze lijkt me dubbel.",
		"Akkoord met de vervanging van de kozijnen zoals in de begroting staat. Deze extra dakgoot valt daarbuiten.",
		"Akkoord te zijner tijd. Eerst de jaarafsluiting.",
		"Akkoord zou ik bijna zeggen. Bijna.",
		"Akkoord, want € 1.250 voor een stukje dakgoot is natuurlijk een koopje.",
		"Akkoord... maar eigenlijk wil ik eerst de evaluatie van de vorige vergadering afwachten. Hou het nog even vast.",
		"Akkoord.\n\nVergeet dit, ik had de verkeerde offerte open staan.",
		"Approved - for the committee meeting. The council meeting catering is arranged separately.",
		"Approved - hang on, I misread the amount. I thought it was €148. Not at €480.",
		"Approved in spirit, but Gerald can fix that gutter himself - he used to be a roofer.",
		"Approved! Because the last \"small extra\" went so well. 🙃",
		"Fantastisch, akkoord, de kascommissie zal dolblij zijn.",
		"Goedgekeurd hoor, maar zet het op de lijst voor het najaar. Nu gaan we geen dakdekker bestellen met al die regen.",
		"Goedgekeurd wat betreft het materiaal. De arbeid doet onze eigen conciërge.",
		"Goedgekeurd!!! Net als de vorige 14 extraatjes deze maand. Er komt vast een keer een eind aan 🙃",
		"Happy to approve next week when I'm back at my desk and can see the full quote.",
		"Hi Lisa,\n\nI approved the gutter repair for the clubhouse last month. This one's for the changing rooms, which I haven't seen yet.\n\nBest,\nTom",
		"Ik geef mijn akkoord na de vergadering van dinsdag.",
		"Ja hoor, akkoord. Koffie van € 20 per kopje is heel normaal.",
		"Ja prima, en dan snijden we volgend jaar in de jeugdsubsidie om het te betalen. Echt top.",
		"Ja, akkoord met de lunch voor de commissievergadering. Voor de raadsvergadering regelt de griffie het zelf.",
		"Ja, voor mij is het ok. Het college moet het nog bekrachtigen.",
		"Morgen geef ik mijn akkoord, na het gesprek met de aannemer.",
		"Oh, wat een verrassing, weer extra werk. Ja hoor, akkoord, dat zal vast de laatste keer zijn.",
		"The other request (painting) is approved. Still looking at this one.",
		"Tuurlijk, goedgekeurd, ik teken alles blind. Kom op zeg.",
		"Wonderful, approved, the auditors will love this one.",
		"Zeker akkoord, want de vorige \"kleine reparatie\" aan die goot ging ook zo soepel 😏",
		"akkoord hoor, de kas is toch oneindig",
		"goedgekeurd... geloof ik. ik moet nog even in de begroting kijken",
		"ja akkoord\n\nsorry, mijn zoontje zat aan mijn telefoon. ik kijk er morgen serieus naar",
		"tuurlijk joh akkoord, 1150 voor een laptop om excel in te doen, heel verstandig",
	} {
		if r := ReadReply(s, "", DefaultKeywords()); r.Decision == DecisionApprove {
			t.Errorf("%q: got approve, want none", s)
		}
	}
}

// The same round's honest approvals (a clear yes with harmless remarks) that read as
// approve: no net may take them away.
func TestBlackBox10HonestApprovals(t *testing.T) {
	for _, s := range []string{
		"Akkoord / approved. Thanks!",
		"Akkoord hoor. Laat je even weten wanneer ze komen? Dan zorg ik dat er iemand is om open te doen.",
		"Akkoord voor het volledige bedrag. Factuur mag per mail.",
		"Akkoord 👍",
		"Akkoord! De boekhouder zal blij zijn 😄",
		"Akkoord, dank je wel voor het regelen!",
		"Akkoord, en bedankt dat je het even bij mij checkt.",
		"Akkoord, en zeg tegen de aannemer dat hij via de achteringang naar binnen kan.",
		"Akkoord, goedgekeurd. Graag de factuur binnen 30 dagen bij ons.",
		"Akkoord.",
		"Akkoord. Ik ben volgende week weg, maar dat maakt voor de uitvoering niet uit.",
		"Akkoord. Pff, alweer extra werk, maar ja, het moet.",
		"Akkoord. Veel geld voor een lunch, maar het is een lange vergadering, dus prima.",
		"Akkoord. Ze mogen vanaf maandag beginnen, de sleutel ligt bij de buren.",
		"Approved - please make sure the invoice is addressed to the foundation.",
		"Approved as quoted. No further comments.",
		"Approved.",
		"Approved. Pricey, but it needs doing.",
		"Approved. The sooner the better, it's been leaking for weeks.",
		"Beste Johan,\n\nHierbij mijn akkoord voor de genoemde werkzaamheden.\n\nMet vriendelijke groet,\nAnneke de Vries\nPenningmeester",
		"Doe maar, akkoord. Factuur graag op naam van de stichting.",
		"Fine, approved. Let me know when they start so someone can let them in.",
		"Go ahead. Approved in full.",
		"Goedgekeurd, helemaal akkoord. Geen opmerkingen.",
		"Goedgekeurd. Bedankt voor de duidelijke aanvraag.",
		"Goedgekeurd. Ik had zelf liever een ander merk gehad, maar de boekhouder moet ermee werken, dus akkoord.",
		"Goedgekeurd. Wel jammer dat het weer zo duur is, maar het moet gebeuren.",
		"Happy to approve. Good luck with the meeting.",
		"Hi Tom,\n\nApproved. Thanks for sorting this out so quickly.\n\nBest,\nRuth",
		"Hoi Ilse, akkoord hoor. Groetjes, Wim",
		"Hoi Sandra,\n\nAkkoord. Fijn dat je dit zo snel oppakt.\n\nGroet,\nPeter",
		"Ja hoor, akkoord. Graag boeken op kostenplaats 4300.",
		"Ja, akkoord met de aanvraag zoals hij er ligt.",
		"Ja, akkoord. Dat gedoe met die goot duurt al veel te lang, goed dat het eindelijk gebeurt.",
		"Ja, akkoord. Stuur de factuur maar naar de administratie.",
		"Ja, doe maar. Akkoord.",
		"Namens het bestuur akkoord. Dank voor het voorbereidende werk.",
		"OK, approved 👍",
		"Prima, akkoord. Laat ze zo snel mogelijk beginnen, het lekt al weken.",
		"Prima, ga je gang. Akkoord.",
		"Prima. Je hebt mijn akkoord. Succes met de vergadering!",
		"Yes, approved. Please send the invoice to accounts.",
		"Yes, go ahead. Approved as requested.",
		"akkoord",
		"akkoord 🙂 bedankt",
		"akkoord, prima zo",
		"akkorod, prima. mag op de factuur van deze maand",
		"approved, thanks",
		"approved, ugh, another expense, but fine",
	} {
		if r := ReadReply(s, "", DefaultKeywords()); r.Decision != DecisionApprove {
			t.Errorf("%q: got %s (%s), want approve", s, r.Decision, r.Ambiguous)
		}
	}
}
