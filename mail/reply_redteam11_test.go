package mail

import "testing"

// The eleventh session's red-team round of a yes followed by a task put to a colleague by
// name (testdata/redteam/vocative-*.tsv, written without the code): 200 that a careful
// secretary would not pay on (the task limits, conditions, defers, swaps, asks a fact
// first or hands the say to someone else), and 80 that are only practical. With the code
// of that session 30 of the 200 read as approve and 66 of the 80 do; a class that read the
// task as a remark and a net that kept such tasks open were both tried and left out (see
// mail/heldout_test.go, heldout67). This is a ratchet: neither figure may get worse.
func TestRedTeamVocativeRatchet(t *testing.T) {
	if a, n := redTeamApprovals(t, "vocative-none.tsv"); n != 200 || a > 30 {
		t.Errorf("%d of %d non-approvals read as approve, want at most 30", a, n)
	}
	if a, n := redTeamApprovals(t, "vocative-approve.tsv"); n != 80 || a < 66 {
		t.Errorf("%d of %d approvals read as approve, want at least 66", a, n)
	}
}
