package mail

import "testing"

// A refusal for now as a sentence of its own ("Niet nu Arjen.", "Niet in december.",
// "Sorry, maar dit keer niet.") refuses, with reasons or "ask again later" after it. Not
// when the writer puts it off ("Ik kijk er morgen naar"), a condition or a yes to another
// time follows, it is a question, or a yes goes with it.
func TestFlatNotNow(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Niet nu Arjen. Die Transit kan nog tot de zomer mee, in april kijken we naar een lease.", DecisionReject},
		{"Jeroen,\n\nNiet in december. Buitenschilderwerk bij vorst en regen is weggegooid geld. Zet het op de planning voor april en vraag het dan opnieuw aan.\n\nHenk", DecisionReject},
		{"Sorry, maar dit keer niet. Een hele dag op pad is te zwaar. Misschien in het voorjaar iets dichter bij huis? Dan denk ik graag mee.", DecisionReject},
		{"Nu even niet.", DecisionReject},
		{"Not now, sorry. We can look at it again in January.", DecisionReject},
		{"Niet nu, ik kijk er morgen naar.", DecisionNone},
		{"Niet nu. Ik kijk er morgen naar.", DecisionNone},
		{"Niet nu. Ik kom erop terug.", DecisionNone},
		{"Niet nu. We bespreken het maandag in het MT.", DecisionNone},
		{"Not now. I'll get back to you on Monday.", DecisionNone},
		{"Not now. Let me think about it.", DecisionNone},
		{"Niet nu?", DecisionNone},
		{"Niet nu. Als het budget er is wel.", DecisionNone},
		{"Niet nu. Wel in januari, dan is er budget.", DecisionNone},
		{"Niet nu, wel in januari.", DecisionNone},
		{"Niet nu. Doe maar in januari.", DecisionNone},
		{"Ok, maar dit keer niet.", DecisionNone},
		{"Prima, maar niet nu.", DecisionNone},
		{"Niet in de winkel.", DecisionNone},
	})
}

// Refusals in other words: a firm no inside a sentence, the consent named and refused, a
// formal notice with "moet ik je laten weten", a refusal whose reason says someone else has
// not signed off yet.
func TestRefusalShapes(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Hard no on the haze, sorry. Last time it set off the detectors.", DecisionReject},
		{"It's not a hard no, but let's discuss.", DecisionNone},
		{"Is that a hard no?", DecisionNone},
		{"Ik ben het met je eens dat het er leuk uitziet en de bewoners zouden het vast waarderen, maar akkoord geef ik niet: het budget is op. Dien het in februari maar opnieuw in.", DecisionReject},
		{"Akkoord geef ik niet als het meer dan 500 wordt.", DecisionNone},
		{"Akkoord geef ik nog niet.", DecisionNone},
		{"Na overleg met de penningmeester moet ik je helaas laten weten dat we de aanschaf van de nieuwe mengtafel nu niet goedkeuren. We zitten al boven de begroting.", DecisionReject},
		{"Ik moet je laten weten dat Piet het nog moet goedkeuren.", DecisionNone},
		{"Moet ik je laten weten dat het is goedgekeurd?", DecisionNone},
		{"Rejected, I'm afraid. The Board hasn't signed off the grant yet and I can't commit money we don't have. We can look at it again in January.", DecisionReject},
		{"Approved, though finance hasn't signed off yet.", DecisionNone},
		{"Nee hoor, dit gaat niet uit de clubkas. Bespreek het even met Rob.", DecisionReject},
		{"Nee hoor, maakt niet uit.", DecisionNone},
	})
}
