package mail

import "testing"

// A part set apart after the approval in a clause of its own keeps it from standing;
// a reason, a grumble or a practical note after it does not.
func TestPartialAfterYes(t *testing.T) {
	kw := DefaultKeywords()
	noApproval(t, kw,
		"Akkoord voor de koffie. Lunch hoeft niet.",
		"Akkoord voor de eerste twee. De derde laten we.",
		"Akkoord voor de koffie; broodjes regelen we zelf.",
		"Akkoord voor het dak. De goot doen we volgend jaar.",
		"Akkoord kantine. Kleedkamers niet.",
		"Approved. We won't pay the weekend surcharge though.",
		"Akkoord. De weekendtoeslag betalen we niet.",
		"Akkoord voor de installatie. Het onderhoudscontract sluiten we niet af.",
		"Prima, doe maar. Het schilderwerk doen we zelf.",
		"Approved for the new lock. The second door can wait.",
		"Ja, bestellen. De tweede printer kan nog wachten.",
		"Akkoord, de borden ophangen doen we in januari.",
		"Akkoord. We nemen dus geen dessert.",
		"Approved. It can't go over 500 euros anyway.",
		"Approved. The catering isn't necessary anyway since people bring their own.",
		"Akkoord. Het is eigenlijk niet genoeg, dus graag twee extra.",
		"Approved. I'm not convinced we need the premium version anyway.",
		"Akkoord, de tweede printer is eigenlijk niet nodig.",
		"Prima. Het mag niet boven de 800 euro uitkomen.",
		"Akkoord voor vier spreekkamers, de andere vier hebben al een scherm. Kun je de aanvraag aanpassen naar de helft en opnieuw indienen? Dan keur ik hem meteen goed.",
		"Approved for the ground floor. Please resubmit the rest once the plans are final.",
		"Akkoord voor de koffie. Stuur de lunch maar opnieuw in als aparte aanvraag.",
		"OK for the first two rooms; change the request to two and I'll approve it straight away.",
	)
	approves(t, kw,
		"Akkoord, waarom niet.",
		"Approved, why not.",
		"Akkoord voor de bus. Wel graag de factuur op naam van de school en niet van de OR.",
		"Hierbij mijn akkoord voor het stemmen van het orgel. Het is ieder jaar hetzelfde liedje, maar het moet gebeuren.",
		"Akkoord. Dit kan echt niet langer wachten.",
		"Akkoord, het moet gewoon gebeuren.",
		"Akkoord. Zonder verwarming kunnen we de zaal niet gebruiken, dus het is echt nodig.",
		"Akkoord, we hebben geen keus.",
	)
}

// Somebody else's say sought or pending after the yes keeps it from standing.
func TestOthersSayAfterYes(t *testing.T) {
	kw := DefaultKeywords()
	noApproval(t, kw,
		"Ter info: ik heb dit goedgekeurd. Kun jij het ook goedkeuren?",
		"I approve. Just double-check with Piet whether he agrees.",
		"I approve the equipment. The vendor has not confirmed the price yet.",
		"Akkoord. Kun jij het ook goedkeuren?",
		"Akkoord. Check even met Piet of hij het ermee eens is.",
		"Approved. Please check with Sarah whether she agrees.",
		"Approved. Jan hasn't signed yet.",
		"Akkoord van mij. Henk moet het ook nog aftekenen.",
		"Prima, akkoord. Vraag wel even aan Joke of zij akkoord gaat.",
	)
	approves(t, kw,
		"Akkoord. Ik heb het ook met Piet besproken, hij vindt het prima.",
		"Approved. Sarah agrees too, we discussed it this morning.",
		"Akkoord, graag ook de factuur naar de penningmeester.",
	)
}

// A qualifier before an approval that closes the reply keeps it from standing; a first
// doubt told in the past and plain reasons do not.
func TestQualifiedBeforeYes(t *testing.T) {
	kw := DefaultKeywords()
	noApproval(t, kw,
		"I want to see the quote first. Approved then.",
		"Dit is eigenlijk niet nodig. Akkoord.",
		"Misschien is het nodig, misschien niet. Akkoord.",
		"Eerst de offerte zien. Dan akkoord.",
		"De lunch hoeft niet. Akkoord.",
		"Alleen de koffie. Akkoord.",
		"Only the coffee please. Approved.",
		"Maybe we need it, maybe not. Approved.",
	)
	approves(t, kw,
		"Ik heb er even over getwijfeld, maar het moet gewoon. Akkoord.",
		"Ik zat eerst te twijfelen vanwege het bedrag, maar het kan niet anders. Akkoord.",
		"Nee joh, geen enkel probleem. Huur maar 👍",
		"Het lekt al weken. Akkoord.",
	)
}

// noApproval fails for each reply that reads as an approval.
func noApproval(t *testing.T, kw Keywords, replies ...string) {
	t.Helper()
	for _, s := range replies {
		if r := ReadReply(s, "", kw); r.Decision == DecisionApprove {
			t.Errorf("ReadReply(%q) = approve, want no approval", s)
		}
	}
}

// approves fails for each reply that does not read as an approval.
func approves(t *testing.T, kw Keywords, replies ...string) {
	t.Helper()
	for _, s := range replies {
		if r := ReadReply(s, "", kw); r.Decision != DecisionApprove {
			t.Errorf("ReadReply(%q) = %s (%s), want approve", s, r.Decision, r.Ambiguous)
		}
	}
}
