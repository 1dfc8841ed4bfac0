package mail

import "testing"

func TestCollapseRepeats(t *testing.T) {
	for in, want := range map[string]string{
		"akkkoord": "akkoord", "akkoooord": "akkoord", "neeeee": "nee", "approveddd": "approvedd",
		"akkoord": "akkoord", "1000": "1000", "zzz": "zz", "": "", "éééé": "éé",
	} {
		if got := collapseRepeats(in); got != want {
			t.Errorf("collapseRepeats(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestAkkoordTypo(t *testing.T) {
	for s, want := range map[string]bool{
		"akord": true, "akkord": true, "akoord": true, "akkoordd": true, "akkorod": true, "akort": true,
		"akkoort": true, "akrod": true, "akkorrd": true,
		"akkoord": true, // a spelling of itself; the tokenizer only asks for other words
		"koord":   false, "kord": false, "kakoord": false, "afford": false, "accord": false, "akkoorden": false,
		"akk": false, "akkers": false, "award": false, "aboard": false, "record": false, "": false, "akkoo": false,
	} {
		if got := akkoordTypo(s); got != want {
			t.Errorf("akkoordTypo(%q) = %v, want %v", s, got, want)
		}
	}
}

// A decision typed with a key held down, or "akkoord" mistyped, reads as the decision; the
// traps stay traps.
func TestTypedDecisions(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Akkkoord", DecisionApprove},
		{"Akkoooord!", DecisionApprove},
		{"Akkkkoord, graag voor vrijdag.", DecisionApprove},
		{"Appproved.", DecisionApprove},
		{"akord", DecisionApprove},
		{"Akkorod, graag vrijdag.", DecisionApprove},
		{"Niet akkkoord.", DecisionReject},
		{"Neeeee, veel te duur.", DecisionReject},
		{"Nooooo, not this year.", DecisionReject},
		{"niet akord", DecisionReject},
		{"Geen akkort, te duur.", DecisionReject},
		{"Akkkoord?", DecisionNone},
		{"akord?", DecisionNone},
		{"Akkkoord mits het onder de 500 euro blijft.", DecisionNone},
		{"Akord mits onder de 300.", DecisionNone},
	})
}
