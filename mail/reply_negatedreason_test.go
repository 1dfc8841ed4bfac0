package mail

import "testing"

// A clear yes, then a reason or a fact that holds a negation (reply_negatedreason.go).
func TestNegatedReasonAfterYes(t *testing.T) {
	checkDecisions(t, []decisionCase{
		// heldout37
		{"OK from my side - approved. The DSO work can't wait for the new contract anyway.", DecisionApprove},
		{"akoord, gaat je gang. vorige maand was er geen één zaterdag rustig aan de balie, dus we komen er toch niet onderuit", DecisionApprove},
		{"Akkoord. Het is niet de eerste keer dat die slagboom dienst weigert, dus goed dat er nu echt iets aan gedaan wordt in plaats van weer een pleister erop.", DecisionApprove},
		{"Akkoord hoor! Dan hoeven die mannen en vrouwen tenminste niet met een lege maag de dijk op. Zorg wel dat de soep echt heet is, ze voorspellen vorst voor zaterdag 🥶", DecisionApprove},
		{"Akkoord, goed dat dit nu opgepakt wordt. Die 3G-kastjes hadden we vorig jaar eigenlijk al moeten vervangen, we hebben geluk gehad dat er in de tussentijd geen gemaal is volgelopen zonder dat iemand het zag.", DecisionApprove},
		{"Ja, doen. Onze eigen scanner trekt die A0-tekeningen toch niet en ik heb geen zin om de helft terug te krijgen met gescheurde randen.", DecisionApprove},
		// older corpora
		{"Yes, go ahead. Can't run a tournament without one anyway.", DecisionApprove},
		{"Wat mij betreft akoord, zonder koelwagen redden we het niet met de kerstpakketten.", DecisionApprove},
		{"Akkoord. Niet verder uitstellen a.u.b., de kinderen zitten nu al twee weken zonder werkende digiborden.", DecisionApprove},
		{"Approved — and thanks for sorting this out, I know it's not the nicest job.", DecisionApprove},

		// unseen: urgency, safety, history, grumbles, what happens without it
		{"Akkoord. De verwarming doet het al drie weken niet en de kinderen zitten in hun jas.", DecisionApprove},
		{"Prima, ga je gang. Die oude kachel is toch niet meer te repareren.", DecisionApprove},
		{"Yes, go ahead. The old boiler wasn't safe anyway.", DecisionApprove},
		{"Akkoord. Vorig jaar zijn we ook al niet gegaan, dus de leden hebben er echt recht op.", DecisionApprove},
		{"Approved. The residents have been without heating for a week already.", DecisionApprove},
		{"Ja hoor, akkoord. Zonder werkende lift komen de bewoners van de vierde verdieping hun huis niet uit.", DecisionApprove},
		{"Akkoord, we kunnen echt niet zonder een goede ladder.", DecisionApprove},
		{"OK, approved — I know it's not the most fun job, thanks for picking it up.", DecisionApprove},
		{"Is goed, doe maar. Die printer heeft het eigenlijk nooit goed gedaan.", DecisionApprove},
		{"Akkoord. Er is in de hele wijk eigenlijk geen plek waar de jongeren terecht kunnen.", DecisionApprove},
		{"Approved. The lift has been out of order since the summer and Mrs Jansen can't manage the stairs.", DecisionApprove},
		{"Ja, prima. Anders sluit de brandweer de zaal, want de nooduitgang voldoet nu niet.", DecisionApprove},
		{"Go ahead. We've had no hot water in the changing rooms for two weeks now.", DecisionApprove},
		{"Akkoord! Die kinderen hebben nog nooit een schoolreisje gehad, dus dit gunnen we ze.", DecisionApprove},
		{"Akkoord. Niet langer wachten graag, de gymzaal is al maanden niet veilig.", DecisionApprove},
		{"Akkoord, de kinderen zitten al twee weken zonder internet in de klas.", DecisionApprove},
		{"Ja, prima. Het is niet de eerste keer dat die pomp het begeeft.", DecisionApprove},
		{"Approved. The old ladder wasn't safe anyway, we had a near miss last year.", DecisionApprove},
		{"Akkoord. Zonder werkende koelcel redden we het niet met de voedselbank.", DecisionApprove},
		{"Go ahead. We can't open the hall without a working fire alarm anyway.", DecisionApprove},
		{"Akkoord hoor. Dan staan de vrijwilligers tenminste niet meer in de kou te wachten.", DecisionApprove},
		{"Prima, doe maar. We komen er toch niet onderuit, de keuring eist het.", DecisionApprove},
		{"Akkoord. Vorige winter was er geen dag dat de verwarming goed werkte.", DecisionApprove},

		// qualifications stay: a part, a deferral, not needed, not yet, against, a cap, a
		// condition, a step first, a retraction
		{"Akkoord, maar niet de lunch.", DecisionNone},
		{"Akkoord. De stoelen hoeven niet.", DecisionNone},
		{"Akkoord. Het dak lekt niet meer, dus eigenlijk is het niet nodig.", DecisionNone},
		{"Akkoord, maar we kunnen het niet zonder offerte laten.", DecisionNone},
		{"Approved, though this isn't really necessary.", DecisionNone},
		{"Akkoord, maar de stoelen hoeven toch niet.", DecisionNone},
		{"Akkoord. De koffie is toch niet nodig, dus die laten we weg.", DecisionNone},
		{"Akkoord. Het bestuur heeft er nog niet over besloten, dus wacht nog even.", DecisionNone},
		{"Akkoord, want het kan toch niet eerder dan maart.", DecisionNone},
		{"Prima. De tweede ronde hoeft toch niet, want vorig jaar was één genoeg.", DecisionNone},
		{"Akkoord. Ik ben er eigenlijk niet voor, want het is te duur.", DecisionNone},
		{"Ja, doen. Alleen de voorkant, de achterkant is toch niet zichtbaar.", DecisionNone},
		{"Akkoord. Bij nader inzien toch niet, we hebben er al een.", DecisionNone},
		{"Akkoord, maar niet voor de kerst want dan is niemand er.", DecisionNone},
		{"Akkoord. De stoelen doen we dus niet, die zijn nog goed.", DecisionNone},
		{"Akkoord. Zonder offerte kunnen we het niet laten doen, dus vraag die eerst op.", DecisionNone},
		{"Akkoord. Zonder vergunning kunnen we toch niet beginnen.", DecisionNone},
		{"Akkoord. De vergunning is er dus nog niet.", DecisionNone},
		{"Approved, but not the second visit, we never use it anyway.", DecisionNone},
		{"Akkoord. Eentje is genoeg, de tweede gebruiken we toch nooit.", DecisionNone},
		{"Akkoord. De oude doet het toch niet meer, of wel?", DecisionNone},
		{"Approved. Don't wait any longer than next week though.", DecisionNone},
		{"Akkoord. Zonder de lunch redden we het niet binnen het budget.", DecisionNone},
		{"Akkoord. De koffie nemen we dus niet, die is er al.", DecisionNone},
		{"Akkoord, maar het kan toch niet boven de 500 euro uitkomen.", DecisionNone},
		{"Akkoord. Dus niet in december, want dan is de zaal dicht.", DecisionNone},
		{"Approved. Not before the holidays though, nobody's around anyway.", DecisionNone},
		{"Akkoord. Het is eigenlijk niet genoeg, kunnen er twee bij?", DecisionNone},
		{"Akkoord. Zaterdag kan het toch niet, want dan is de hal bezet.", DecisionNone},
	})
}
