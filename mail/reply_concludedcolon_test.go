package mail

import "testing"

// Reasons or a lead-in first, then the yes after a colon that closes it: "Alles
// afwegende: akkoord.", "…, maar voor de vorm: akkoord." (reply_concludedyes.go).
func TestConcludedYesAfterColon(t *testing.T) {
	kw := DefaultKeywords()
	approves(t, kw,
		"De oude kachel is al drie keer gerepareerd en de monteur komt elke maand terug.\n\nAl met al: akkoord.",
		"Ik heb de cijfers van vorig jaar erbij gepakt. Het past ruim binnen de post onderhoud.\n\nSamengevat: akkoord.",
		"We hebben het er in de kerkenraad al over gehad, maar voor de goede orde op papier: akkoord.",
		"Kort want ik zit in een vergadering: akkoord.",
		"Ik heb de tekeningen bekeken en de aannemer ken ik van vorig jaar: akkoord.",
		"The old heater has been repaired three times this year and the engineer is here every month.\n\nAll in all: approved.",
		"Quick one as I'm on the train: approved.",
		"Ik heb het gisteren met de koster doorgenomen aan de telefoon, dus bij deze: akkoord!",
		"I went through the figures with our bookkeeper last night, and all in all: approved.",
		"I spoke to the caretaker yesterday and he says the lock is beyond repair.\n\nIn short: approved.",
	)
	noApproval(t, kw,
		// A condition, cap, part or question after the yes.
		"De oude kachel is al drie keer gerepareerd.\n\nAl met al: akkoord, mits de monteur in januari komt.",
		"Kort want ik zit in een vergadering: akkoord als het onder de 300 euro blijft.",
		"Kort want ik zit in een vergadering: akkoord voor de kachel, niet voor de boiler.",
		"Kort want ik zit in een vergadering: akkoord?",
		"Ik heb het gisteren met de koster doorgenomen, dus bij deze: akkoord als de prijs niet stijgt.",
		"Ik heb het gisteren met de koster doorgenomen, maar bij deze: akkoord voor de stoelen, niet voor de tafels.",
		"Hoe gaat het? Akkoord?",
		// Doubt, a step first or somebody else's say before the colon.
		"Ik twijfel nog wat, maar na het gesprek met de koster: akkoord.",
		"Ik wil eerst de tweede offerte zien, daarna hoor je het: akkoord of niet.",
		"Piet zegt het al de hele week en ik herhaal het: akkoord van Piet.",
		"Mijn eerste reactie op het verzoek was: akkoord. Maar nu twijfel ik.",
		"Ik heb het besproken met de penningmeester: akkoord van hem, ik wacht nog op de voorzitter.",
		"All in all: I would approve it if the price goes down.",
		"De uitkomst van de ledenvergadering van gisteren: akkoord.",
		// A decision still to come in the reasons, in words the word lists lack.
		"Dit parkeren we tot na de jaarrekening. Kortom: akkoord.",
		"Ik houd het nog even aan tot de kerkenraad. Al met al: akkoord.",
		"I'll get back to you on Tuesday. Approved.",
		"Wat de gordijnen in de zaal betreft: akkoord.",
		"Quick one as I'm on the train: approved once the second quote is in.",
		"The committee met last night and the outcome is: approved next week.",
		"Ik ga akkoord als de prijs omlaag gaat.",
		"Na overleg met Jan: akkoord, mits het onder de 500 blijft.",
		"Ik zou akkoord gaan, maar het bestuur moet nog beslissen.",
		"Daar ga ik niet mee akkoord.",
	)
}
