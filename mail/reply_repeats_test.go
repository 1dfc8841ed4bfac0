package mail

import (
	"testing"
	"time"
)

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

// A decision typed with a key held down reads as the decision; the traps stay traps.
func TestHeldKeyDecisions(t *testing.T) {
	ref := time.Date(2026, 11, 27, 12, 0, 0, 0, time.UTC)
	for text, want := range map[string]Decision{
		"Akkkoord":                       DecisionApprove,
		"Akkoooord!":                     DecisionApprove,
		"Akkkkoord, graag voor vrijdag.": DecisionApprove,
		"Appproved.":                     DecisionApprove,
		"Niet akkkoord.":                 DecisionReject,
		"Neeeee, veel te duur.":          DecisionReject,
		"Nooooo, not this year.":         DecisionReject,
		"Akkkoord?":                      DecisionNone,
		"Akkkoord mits het onder de 500 euro blijft.": DecisionNone,
	} {
		if got := ReadReplyAt(text, "", Keywords{}, ref).Decision; got != want {
			t.Errorf("%q = %s, want %s", text, got, want)
		}
	}
}

func TestAkkoordTypo(t *testing.T) {
	for s, want := range map[string]bool{
		"akord": true, "akkord": true, "akoord": true, "akkoordd": true, "akkorod": true, "akort": true,
		"akkoort": true, "akrod": true, "akkorrd": true,
		"akkoord": true, // a spelling of itself; the tokenizer only asks for other words
		"koord":   false, "kord": false, "akkoorden": false, "akk": false, "akkers": false, "award": false,
		"aboard": false, "record": false, "": false, "akkoo": false,
	} {
		if got := akkoordTypo(s); got != want {
			t.Errorf("akkoordTypo(%q) = %v, want %v", s, got, want)
		}
	}
}

// "akkoord" mistyped by one letter is read as "akkoord", refusals and traps included.
func TestAkkoordTypos(t *testing.T) {
	ref := time.Date(2026, 11, 27, 12, 0, 0, 0, time.UTC)
	for text, want := range map[string]Decision{
		"akord":                    DecisionApprove,
		"Akkorod, graag vrijdag.":  DecisionApprove,
		"niet akord":               DecisionReject,
		"Geen akkort, te duur.":    DecisionReject,
		"akord?":                   DecisionNone,
		"Akord mits onder de 300.": DecisionNone,
	} {
		if got := ReadReplyAt(text, "", Keywords{}, ref).Decision; got != want {
			t.Errorf("%q = %s, want %s", text, got, want)
		}
	}
}
