package mail

import "testing"

// R1: a tight refusal that opens the reply stays a refusal whatever reason, alternative or
// counter-proposal follows; doubt or undoing after it makes it none, a mistake put right
// with a yes is an approval, a condition in the refusal's own sentence keeps it none.
func TestOpeningRefusalStands(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Niet akkoord, de oude beamer doet het nog prima. Laat hem eerst eens nakijken door de conciërge.", DecisionReject},
		{"Geen akkoord. Dit soort uitgaven gaat via de jaarbegroting en die is al vastgesteld.", DecisionReject},
		{"Sorry, maar nee. Kijk maar of de buurtvereniging hun partytent wil uitlenen.", DecisionReject},
		{"Helaas, niet akkoord. Als je de helft via de sponsor kunt regelen, dien het dan opnieuw in als nieuwe aanvraag.", DecisionReject},
		{"Hoi Bram,\n\nNiet akkoord, we lossen het zelf op met wat planken uit de schuur.\n\nGr. Els", DecisionReject},
		{"Not approved. The old kettle works fine and we have a spare one in the kitchen cupboard.", DecisionReject},
		{"Rejected, sorry. We won't be buying new tablets before the IT review is finished in March.", DecisionReject},
		{"Declined. Please ask the caretaker to patch it up instead, that's a ten-minute job.", DecisionReject},
		{"Sorry but no, that is far too much for a single evening. Try the community hall instead.", DecisionReject},
		{"Hmm nee, laat maar. Die stoelen gaan volgend jaar toch allemaal de deur uit.", DecisionReject},
	})
}

func TestOpeningRefusalKeptOpen(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Niet akkoord, tenzij het onder de 300 blijft", DecisionNone},
		{"Nee... of toch wel? Ik weet het niet.", DecisionNone},
		{"Niet akkoord als het meer dan 500 euro wordt.", DecisionNone},
		{"Niet akkoord. Hmm, of eigenlijk, ik twijfel nog. Ik kom erop terug.", DecisionNone},
		{"Geen akkoord... ik weet het echt niet. Laat me er een nacht over slapen.", DecisionNone},
		{"Not approved. Actually, I'm not sure. Let me think about it over the weekend.", DecisionNone},
		{"Rejected. On second thought, I need to check the budget before I decide.", DecisionNone},
		{"Niet akkoord?", DecisionNone},
		{"No, unless the supplier can deliver before the 15th.", DecisionNone},
		{"Niet akkoord met de luxe uitvoering, wel met de gewone.", DecisionNone},
		// A share kept, or a yes closing a later clause, leaves it to the partial readings.
		{"Nee, we doen het dit jaar wel met een deel van de lampen.", DecisionNone},
		{"No. But half of it is fine by me.", DecisionNone},
		{"Niet akkoord. Als ze alleen de voorkant schilderen, prima.", DecisionNone},
		{"Rejected. If it's just the one window, fine.", DecisionNone},
	})
}

func TestOpeningRefusalMisclick(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Niet akkoord\n\nAch, verkeerd getikt op mijn telefoon. Ik bedoel natuurlijk AKKOORD, het is akkoord!", DecisionApprove},
		{"niet akkoord\n\nSorry, verkeerd knopje. Ik bedoel: akkoord.", DecisionApprove},
		{"Rejected\n\nSorry, I clicked the wrong button. Approved.", DecisionApprove},
		{"Niet akkoord. Ik had eerder per ongeluk akkoord gegeven, maar dat was fout. Het is echt niet akkoord.", DecisionReject},
	})
}
