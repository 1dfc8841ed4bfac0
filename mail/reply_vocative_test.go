package mail

import (
	"testing"
	"time"
)

// A capitalised word with a comma that opens the reply is a name only when it opens no
// phrase the reader knows: "Gereed, de koffie staat klaar." is a status, not a supplier
// addressed as Gereed.
func TestLeadingKeywordIsNoName(t *testing.T) {
	ref := time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC)
	custom := DefaultKeywords()
	custom.Done = []string{"voltooid"}
	tests := []struct {
		text     string
		kw       Keywords
		decision Decision
		status   Status
		date     string
		remark   string
	}{
		{"Gereed, de koffie staat klaar.", DefaultKeywords(), DecisionNone, StatusDone, "", "de koffie staat klaar."},
		{"Ingepland, dinsdag 8 december.", DefaultKeywords(), DecisionNone, StatusScheduled, "2026-12-08", "dinsdag 8 december."},
		{"Klaar, alles werkt weer.", DefaultKeywords(), DecisionNone, StatusDone, "", "alles werkt weer."},
		{"Afgerond, de lamp is vervangen.", DefaultKeywords(), DecisionNone, StatusDone, "", "de lamp is vervangen."},
		{"Done, the boiler works again.", DefaultKeywords(), DecisionNone, StatusDone, "", "the boiler works again."},
		{"Geannuleerd, niet meer nodig.", DefaultKeywords(), DecisionNone, StatusCancelled, "", "niet meer nodig."},
		{"Akkoord, graag voor donderdag.", DefaultKeywords(), DecisionApprove, StatusNone, "", "graag voor donderdag."},
		{"Voltooid, de deur sluit weer.", custom, DecisionNone, StatusDone, "", "de deur sluit weer."},
		// a name still is one
		{"Mehmet, doe maar.", DefaultKeywords(), DecisionApprove, StatusNone, "", ""},
	}
	for _, tt := range tests {
		r := ReadReplyAt(tt.text, "", tt.kw, ref)
		if r.Decision != tt.decision || r.Status != tt.status || r.Date != tt.date || (tt.remark != "" && r.Remark != tt.remark) {
			t.Errorf("ReadReply(%q) = {%s %q %q remark=%q ambiguous=%q}, want {%s %q %q remark=%q}",
				tt.text, r.Decision, r.Status, r.Date, r.Remark, r.Ambiguous, tt.decision, tt.status, tt.date, tt.remark)
		}
	}
}

// A name and a dash open a reply like a name and a comma ("Emma - yes, approved."); a
// lead-in in capitals or from the list is no name ("FYI - …", "Update - …").
func TestDashAfterName(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Emma - yes, approved. Thanks for sorting this out!", DecisionApprove},
		{"Sven – akkoord.", DecisionApprove},
		{"Emma - approved, but only the first course.", DecisionNone},
		{"Kees - niet akkoord, te duur.", DecisionReject},
		{"FYI - I've approved this one (SPOC is cc'd), so they can schedule the work.", DecisionApprove},
		{"Update - toch niet akkoord, de offerte klopt niet.", DecisionReject},
	})
	toks := tokenize("Emma - yes")
	if k := leadingVocative("Emma - yes", toks, 0, nil); k < 0 || toks[k].norm != "yes" {
		t.Errorf("leadingVocative(Emma - yes) = %d, want the index of yes", k)
	}
	if k := leadingVocative("FYI - yes", tokenize("FYI - yes"), 0, nil); k >= 0 {
		t.Errorf("leadingVocative(FYI - yes) = %d, want -1", k)
	}
}

// Praise for the plan and a name before the decision open a reply like a greeting: "Goed
// plan Kevin, akkoord.", "Good idea - approved."; what follows is read as ever.
func TestPraiseBeforeDecision(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Goed plan Kevin, akkoord.", DecisionApprove},
		{"Goed idee Petra, akkoord van mij.", DecisionApprove},
		{"Good idea - approved.", DecisionApprove},
		{"Goed plan, maar te duur. Niet akkoord.", DecisionReject},
		{"Goed plan Kevin, akkoord als het onder de 500 euro blijft.", DecisionNone},
		{"Goed plan? Ik weet het niet.", DecisionNone},
	})
}

// Refusals in everyday words that close their clause (heldout70-71): "I am against this,
// sorry.", "Not ok.", "Dat gaat helaas niet door."
func TestEverydayRefusals(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"I am against this, sorry. Far too much for a website nobody uses.", DecisionReject},
		{"Not ok. The landlord has to pay for the sign lighting.", DecisionReject},
		{"Dat gaat helaas niet door. De oude kassa doet het nog.", DecisionReject},
		{"Daar ben ik tegen, we hebben net nieuwe stoelen gekocht.", DecisionReject},
		{"Akkoord, maar de tweede dag gaat niet door.", DecisionNone},
	})
}
