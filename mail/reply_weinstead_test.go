package mail

import "testing"

// A refusal followed by what "we" will do instead stays a refusal; a part approved in the
// next sentence still makes it mixed.
func TestRefusalWithWeInstead(t *testing.T) {
	kw := DefaultKeywords()
	for _, tc := range []struct {
		in   string
		want Decision
	}{
		{"Helaas: afgekeurd. Veel te duur voor ons, we huren de klok wel voor de twee wedstrijden per jaar.", DecisionReject},
		{"Niet akkoord. We lenen hem wel op de dagen dat het nodig is.", DecisionReject},
		// Near misses: a part approved, or "we" doing the requested thing, stay none.
		{"Niet akkoord met de soep. Wel met de broodjes.", DecisionNone},
		{"Niet akkoord. Wel akkoord voor de broodjes.", DecisionNone},
		{"Niet akkoord. We doen wel de broodjes.", DecisionNone},
	} {
		if got := ReadReply(tc.in, "", kw); got.Decision != tc.want {
			t.Errorf("%q: got %q (%s), want %q", tc.in, got.Decision, got.Ambiguous, tc.want)
		}
	}
}
