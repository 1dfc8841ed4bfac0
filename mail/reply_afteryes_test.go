package mail

import "testing"

// A request for something more after a clear yes is another matter; one about the price,
// the need, a first step or another supplier is about this request.
func TestAfterYesAlsoRequest(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Prima, regel het maar. Kun je ook even uitzoeken of de gemeente hier subsidie voor geeft?", DecisionApprove},
		{"Go ahead. Could you also book the van for the spring clean-up while you're at it?", DecisionApprove},
		{"Akkoord. Wil je daarnaast de oude kast laten ophalen door de kringloop?", DecisionApprove},

		{"Prima, regel het maar. Kun je ook vragen of het goedkoper kan?", DecisionNone},
		{"Go ahead. Could you also get a second quote?", DecisionNone},
		{"Akkoord. Kun je ook eerst even bij Karin checken of het nodig is?", DecisionNone},
		{"Akkoord. Kun je ook navragen of Piet akkoord is?", DecisionNone},
		{"Go ahead. Can we also keep it under 300 euro?", DecisionNone},
	})
}

// A wish for next year, where the money comes from, "niet urgent": no change to the yes.
func TestAfterYesLaterWishBudget(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Ok, akkoord. Maar komend jaar graag wat eerder indienen.", DecisionApprove},
		{"Fine, go ahead. Next year please ask a bit sooner.", DecisionApprove},
		{"Ja, doe maar. Dit kan uit het onderhoudsbudget.", DecisionApprove},
		{"Approved, it comes out of the events budget.", DecisionApprove},
		{"Go ahead. Not urgent though, whenever suits.", DecisionApprove},

		{"Akkoord, maar pas volgend jaar.", DecisionNone},
		{"Ok, akkoord. Maar volgend jaar graag bestellen, niet nu.", DecisionNone},
		{"Ja, doe maar. Het budget is wel bijna op.", DecisionNone},
		{"Ja, doe maar. Gaat dit uit het onderhoudsbudget?", DecisionNone},
	})
}

// A negated fact about a third thing, and a step before a later stage of the work.
func TestAfterYesFactsAndLaterStage(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Ja, vervang hem maar. De oude pomp doet het echt niet meer.", DecisionApprove},
		{"Is goed. De kinderen zitten er nog niet in, dus een extra oefenmiddag helpt.", DecisionApprove},
		{"Akkoord, en laat de tekst even nakijken door Joke voordat hij online gaat.", DecisionApprove},

		{"Ja, doe maar. De lunch is niet nodig.", DecisionNone},
		{"Prima. De prijs klopt niet.", DecisionNone},
		{"Akkoord, maar vraag eerst een offerte op voordat je bestelt.", DecisionNone},
		{"Akkoord, maar niet voordat de kascommissie ernaar gekeken heeft.", DecisionNone},
		{"Prima. Dat zit er dit jaar niet in.", DecisionNone},
	})
}

// An instruction on how to carry the work out may name a place not to use.
func TestAfterYesInstructionPlace(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Doe maar. Zorg wel dat de pakketten bij de achteringang worden bezorgd en niet bij de winkel.", DecisionApprove},
		{"Doe maar. Zorg wel dat het niet meer dan 300 euro wordt.", DecisionNone},
		{"Doe maar. Niet bij de winkel bestellen maar bij de groothandel.", DecisionNone},
	})
}

// A refusal said again at the end, after a question in the deliberation or a name; a refusal
// with an alternative is a refusal.
func TestRefusalConcludedOrWithAlternative(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Nee, sorry. Waarom moet het per se de duurste zijn? Dus voor nu niet akkoord.", DecisionReject},
		{"Sorry Ingrid, I have to decline this one. We said no new furniture until spring, didn't we? Declined.", DecisionReject},
		{"Niet akkoord met de premium versie. Bestel maar de gewone, die voldoet prima.", DecisionReject},
		{"No, not the deluxe package. Go for the basic one like last year.", DecisionReject},

		{"Dus niet akkoord? Of toch wel?", DecisionNone},
		{"Niet akkoord met de premium versie, wel met de gewone.", DecisionNone},
	})
}

// A formal grant on behalf of a body, and a decision for a request named by its reference.
func TestFormalGrantAndReferenceFirst(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Geachte mevrouw Jansen,\n\nHierbij verleen ik namens het dagelijks bestuur goedkeuring voor de vervanging van de cv-ketel, conform uw aanvraag.", DecisionApprove},
		{"Hierbij geef ik namens de directie geen toestemming voor deze uitgave.", DecisionReject},
		{"Hierbij geef ik namens het bestuur toestemming, mits de kosten onder de 2000 euro blijven.", DecisionNone},
		{"Ik had de oorspronkelijke mail al weggegooid, dus bij deze voor ABC-1234 (nieuwe laptop voor Sem): akkoord.", DecisionApprove},
		{"Re KLM-0042: approved.", DecisionApprove},

		{"Voor ABC-1234: akkoord als de levertijd klopt.", DecisionNone},
		{"Ik weet niet meer waar het over ging, maar voor ABC-1234: akkoord?", DecisionNone},
	})
}

// A decision concluded after deliberation, with a question "by the way" after it.
func TestDeliberationThenDecision(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Ik heb er een nacht over moeten slapen, het is veel geld, maar de oude printer is echt op. Dus ja, akkoord. Is de nieuwe toner trouwens al binnen?", DecisionApprove},
		{"Approved. By the way, did anyone find my umbrella?", DecisionApprove},

		{"Ik heb er een nacht over moeten slapen. Dus ja, akkoord. Is dit trouwens wel nodig?", DecisionNone},
		{"Het is veel geld en de penningmeester moet ook nog tekenen. Dus ja, akkoord.", DecisionNone},
	})
}

// An exclamation of delight before the decision, an adverb that only stresses it, and a
// forward whose note opens with a clear yes.
func TestDelightAndStress(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Wat een mooi initiatief! Van mij mag het.", DecisionApprove},
		{"What a lovely idea! Go ahead.", DecisionApprove},
		{"Eindelijk. Dit had vorig jaar al moeten gebeuren. Akkoord uiteraard.", DecisionApprove},

		{"Wat een bedrag! Van mij mag het.", DecisionNone},
		{"Wat een leuk idee! Mag het wel wat goedkoper?", DecisionNone},
		{"Wat een leuk idee! Van mij mag het als het onder de 200 blijft.", DecisionNone},
		{"Eindelijk. Akkoord uiteraard, als de penningmeester ook tekent.", DecisionNone},
	})
}

// More near-misses for the readings above.
func TestAfterYesNearMisses(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Doe maar. Kunnen we ook met minder stoelen toe?", DecisionNone},
		{"Akkoord. Kun je ook zorgen dat het onder de 500 blijft?", DecisionNone},
		{"Akkoord. De vergunning is er nog niet.", DecisionNone},
		{"Ja, doe maar. Gaat uit het budget van volgend jaar.", DecisionNone},
		{"Akkoord, maar laat het controleren voordat het geplaatst wordt.", DecisionNone},
		{"Piet zegt voor ABC-1234: akkoord.", DecisionNone},
	})
}

// The request said to be not needed after the approval.
func TestApprovalThenNotNeeded(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Akkoord. Het dak lekt niet meer, dus eigenlijk is het niet nodig.", DecisionNone},
		{"Approved, though this isn't really necessary.", DecisionNone},
		{"Ja, doe maar. Dit is niet echt nodig maar wel fijn.", DecisionNone},
		{"Prima, akkoord. Dat zit er dit jaar helaas niet in.", DecisionNone},
		{"OK, approved. We can't really afford it though.", DecisionNone},
		{"Akkoord. Een tweede offerte is niet nodig.", DecisionApprove},
	})
}
