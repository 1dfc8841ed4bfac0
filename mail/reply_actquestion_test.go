package mail

import "testing"

// A clear yes, then a request to act put as a question (reply_actquestion.go): put to "we",
// a reminder, whether a practical step outside the request was already taken, with "make
// sure", a time "before …" for the work or a negation that describes people. The approval
// stands. The same questions about the request's price, need, budget, an alternative or
// second quote, a cap, a part, a condition, somebody else's say, a step before the decision
// or a deferral keep the reply none.
func TestYesThenActQuestion(t *testing.T) {
	kw := DefaultKeywords()
	for _, tc := range []struct {
		text string
		want Decision
	}{
		// Put to "we".
		{"Approved. Could we get the new signs in the same font as the old ones?", DecisionApprove},
		{"Akkoord. Kunnen we de stoelen weer in het blauw nemen, net als in de grote zaal?", DecisionApprove},
		{"Approved, thanks Raj. Can we please have the chairs delivered to the side entrance?", DecisionApprove},
		{"Akkoord. Zouden we de leverancier kunnen vragen de dozen mee terug te nemen?", DecisionApprove},
		// A reminder put as a question.
		{"Akkoord. Denk je eraan dat de buren een briefje krijgen over de steiger?", DecisionApprove},
		{"Akkoord.\n\nDenken jullie er wel aan de sleutel bij de beheerder op te halen? Die ligt in het kantoortje.", DecisionApprove},
		{"Approved. Will you remember to put the spare keys in the key safe afterwards?", DecisionApprove},
		// Whether a practical step outside the request was already taken.
		{"Akkoord. Hebben we de schade al bij de politie gemeld? Dan kan ik het dossier afmaken.", DecisionApprove},
		{"Akkoord. Sandra, heb je de buren al gewaarschuwd? Die hebben last van het lawaai.", DecisionApprove},
		{"Approved. Has anyone told the caretaker yet? He'll need to open the gym.", DecisionApprove},
		{"Akkoord. Kees, is de kapotte kluis al leeggehaald? Dan bel ik de slotenmaker.", DecisionApprove},
		// "make sure": care, no doubt.
		{"Approved. Can you make sure the fitters sign in at reception?", DecisionApprove},
		{"Approved! Could we make sure the new bins are labelled in English and Dutch?", DecisionApprove},
		{"Approved. Could you make sure the old carpet goes to the recycling centre?", DecisionApprove},
		// A time "before …" for the work.
		{"Approved. Could you make sure it's all working before the open day on the 14th?", DecisionApprove},
		{"Akkoord. Kun je zorgen dat het klaar is voordat de kerstmarkt begint?", DecisionApprove},
		{"Approved. Can you put a notice on the door before the term starts?", DecisionApprove},
		{"Approved. Could you send me the wording of the sign before it goes up?", DecisionApprove},
		// A negation that describes people.
		{"Akkoord, mooi plan. Stuur je de slides ook naar iedereen die er niet bij was?", DecisionApprove},
		{"Approved. Can you record it for those who can't make it on the day?", DecisionApprove},
		{"Akkoord. Kun je de folder ook mailen voor wie er dinsdag niet is?", DecisionApprove},

		// Still none: the question is about the decision.
		{"Approved. Could you first check whether it is really needed?", DecisionNone},
		{"Akkoord. Kunnen jullie eerst een tweede offerte vragen?", DecisionNone},
		{"Approved. Can you confirm the price includes VAT?", DecisionNone},
		{"Akkoord. Kun je nagaan of het binnen het budget past?", DecisionNone},
		{"Akkoord, maar kunnen we het ook goedkoper?", DecisionNone},
		{"Approved. Could you check with Mark whether he agrees?", DecisionNone},
		{"Akkoord. Kun je het uitstellen tot januari?", DecisionNone},
		// "we" asked about the decision.
		{"Approved. Could we first check whether it's really needed?", DecisionNone},
		{"Akkoord. Kunnen we eerst een tweede offerte vragen?", DecisionNone},
		{"Approved. Can we get it cheaper somewhere else?", DecisionNone},
		{"Approved. Could we wait until January?", DecisionNone},
		{"Akkoord. Kunnen we het uitstellen tot na de zomer?", DecisionNone},
		{"Approved. Could we discuss this at the next board meeting?", DecisionNone},
		{"Akkoord. Kunnen we het met Mark overleggen?", DecisionNone},
		{"Approved. Can we only do the ground floor?", DecisionNone},
		{"Approved. Could we go for the smaller model instead?", DecisionNone},
		{"Approved. Can we keep it under €500?", DecisionNone},
		{"Akkoord. Kunnen we ook een andere leverancier proberen?", DecisionNone},
		{"Approved. Can we think about it a bit longer?", DecisionNone},
		{"Approved. Could we lease it rather than buy?", DecisionNone},
		// A reminder of a condition, cap, step first or someone else's say.
		{"Akkoord. Denk je eraan dat het onder de 500 euro moet blijven?", DecisionNone},
		{"Akkoord. Denk je eraan eerst de penningmeester te vragen?", DecisionNone},
		{"Akkoord. Denk je er wel aan dat Mark nog akkoord moet geven?", DecisionNone},
		{"Akkoord. Denk je eraan dat we pas in januari kunnen betalen?", DecisionNone},
		// Whether a step about the decision or its money was taken.
		{"Akkoord. Heb je al een tweede offerte gevraagd?", DecisionNone},
		{"Approved. Have you already checked whether it's covered by the warranty?", DecisionNone},
		{"Akkoord. Heb je het al met de penningmeester besproken?", DecisionNone},
		{"Akkoord. Is het budget al rond?", DecisionNone},
		{"Approved. Has Mark agreed yet?", DecisionNone},
		{"Akkoord. Heeft het bestuur al ingestemd?", DecisionNone},
		{"Akkoord. Is de subsidie al toegekend?", DecisionNone},
		{"Approved. Have we had the grant confirmed yet?", DecisionNone},
		{"Akkoord. Hebben we al gekeken of het echt nodig is?", DecisionNone},
		{"Approved. Has the insurance paid out yet?", DecisionNone},
		// "make sure" of the price, need, budget, a cap or somebody's yes.
		{"Approved. Can you make sure it's really necessary?", DecisionNone},
		{"Approved. Could you make sure the price includes VAT?", DecisionNone},
		{"Approved. Can you make sure the board agrees?", DecisionNone},
		{"Akkoord. Kun je zorgen dat het binnen het budget blijft?", DecisionNone},
		{"Approved. Can you make sure it stays under 500?", DecisionNone},
		// "before" a purchase, payment, signature, decision or check.
		{"Approved. Could you send me the quote before you order?", DecisionNone},
		{"Approved. Can you check with Mark before ordering?", DecisionNone},
		{"Akkoord. Kun je het me laten zien voordat je bestelt?", DecisionNone},
		{"Akkoord. Kun je de leverancier bellen voordat we tekenen?", DecisionNone},
		{"Approved. Could you run it past Mark before it's ordered?", DecisionNone},
		{"Approved. Can you let me see the final design before we commit?", DecisionNone},
		{"Akkoord. Kun je even wachten voordat de vergadering begint?", DecisionNone},
		{"Approved. Could you ask the board before it goes ahead?", DecisionNone},
		// A negation outside the clause that describes people.
		{"Akkoord. Kun je het niet doen voor iedereen die al een laptop heeft?", DecisionNone},
		{"Akkoord. Kun je alleen bestellen voor wie er nog geen heeft?", DecisionNone},
		// A call to whoever decides after the question.
		{"Akkoord, uiteraard. Tim, heb je de aangifte al gedaan? Dan bel ik het bestuur.", DecisionNone},
		{"Approved. Could you ask the board?", DecisionNone},
		{"Akkoord. Kun je het aan de penningmeester voorleggen?", DecisionNone},
	} {
		if r := ReadReply(tc.text, "", kw); r.Decision != tc.want {
			t.Errorf("%q: got %s (%s), want %s", tc.text, r.Decision, r.Ambiguous, tc.want)
		}
	}
}
