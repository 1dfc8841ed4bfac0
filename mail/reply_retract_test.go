package mail

import "testing"

// An approval taken back later in the same reply is a refusal when the refusal is clear;
// hesitation ("Of toch niet"), a question, a condition, a scoped approval or a refusal taken
// back stay none.
func TestRetractedApproval(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Akkoord.\n\nWacht, ik zie nu dat Vos diezelfde kozijnen vorig jaar al heeft geschilderd. Dan toch niet akkoord – dit moet onder de garantie vallen. Graag Vos daarop aanspreken.\n\nHenk", DecisionReject},
		{"Approved. On second thought, no — the budget is gone.", DecisionReject},
		{"Akkoord.\n\nNee, toch niet akkoord.", DecisionReject},
		{"Akkoord. Of toch niet akkoord.", DecisionNone},
		{"Akkoord. Of toch niet akkoord?", DecisionNone},
		{"Akkoord. Toch niet akkoord als het meer dan 500 kost.", DecisionNone},
		{"Akkoord voor de koffie. Toch niet akkoord voor de lunch.", DecisionNone},
		{"Niet akkoord. Wacht, toch akkoord.", DecisionNone},
		{"Akkoord. Niet akkoord.", DecisionNone},
		{"Akkoord. Wacht, toch niet.", DecisionNone},
		{"Akkoord. Wacht even, Piet zei: niet akkoord.", DecisionNone},
	})
}

// A "toch" in a question between an approval of a part and a refusal of the rest is no
// retraction: "Voor de ledstrips zelf akkoord, maar … kan Gijs toch zelf doen? Daar ga ik
// niet mee akkoord" approves part and refuses part, and decides nothing.
func TestRetractedApprovalNotAPartial(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Voor de ledstrips zelf akkoord, maar de installatie kan Gijs toch zelf doen? Daar ga ik niet mee akkoord, dat is 280 euro van dit bedrag.\n\nFrits", DecisionNone},
		{"Voor de ledstrips akkoord. Wacht, toch niet akkoord.", DecisionNone},
		{"Akkoord. Kan Gijs het toch zelf doen? Niet akkoord dan.", DecisionNone},
		{"Voor mij akkoord. Wacht, ik zie nu dat het dubbel besteld is. Toch niet akkoord.", DecisionReject},
	})
}

// An approval put right as a mistake, with what was meant, is the refusal after it
// (heldout17: "akkoord\n\nOeps, verkeerde knop! Ik bedoelde NIET akkoord. …").
func TestRetractedByMistake(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"akkoord\n\nOeps, verkeerde knop! Ik bedoelde NIET akkoord. Veel te duur, we kunnen de koelcel van de supermarkt gebruiken.", DecisionReject},
		{"Approved\n\nSorry, wrong button. I meant not approved, far too expensive.", DecisionReject},
		// near-misses: without what was meant, which button was wrong stays open; a
		// not-yet is no refusal.
		{"Approved\n\nSorry, wrong button. Not approved, far too expensive.", DecisionNone},
		{"Akkoord.\n\nOeps, verkeerde knop. Niet akkoord.", DecisionNone},
		{"akkoord\n\nOeps, verkeerde knop! Ik bedoelde: nog niet akkoord.", DecisionNone},
	})
}
