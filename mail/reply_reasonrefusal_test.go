package mail

import "testing"

// A refusal that opens the second sentence after one short statement of the reason, with
// what "we" do instead after it, is a refusal; a condition or a question before or in it
// keeps it none.
func TestReasonBeforeRefusal(t *testing.T) {
	kw := DefaultKeywords()
	for _, tc := range []struct {
		text string
		want Decision
	}{
		{"De oude printer doet het nog prima. Niet akkoord, we kopen volgend jaar wel een nieuwe.", DecisionReject},
		{"The old boiler was serviced in May. Rejected, we will replace it next year instead.", DecisionReject},
		{"Die banken zijn pas drie jaar oud. Afgekeurd, we laten ze liever opknappen.", DecisionReject},
		// Still none.
		{"Als het goedkoper kan prima. Niet akkoord met deze prijs.", DecisionNone},
		{"Dat scherm is al twee keer gerepareerd. Niet akkoord als het meer dan 500 euro kost.", DecisionNone},
		{"Misschien kan het goedkoper. Niet akkoord, tenzij er geen alternatief is.", DecisionNone},
	} {
		if r := ReadReply(tc.text, "", kw); r.Decision != tc.want {
			t.Errorf("%q: got %s (%s), want %s", tc.text, r.Decision, r.Ambiguous, tc.want)
		}
	}
}
