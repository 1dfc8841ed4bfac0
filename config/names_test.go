package config

import (
	"strings"
	"testing"
)

// Approvers and delegates may carry a display name; the address stays the identity.
func TestApproverNames(t *testing.T) {
	c, err := Parse("n.toml", []byte(minimal+`
[approval]
approvers = ["Rianne Visser <Rianne@X.nl>", "piet@x.nl", "\"de Vries, Jan\" <jan@x.nl>"]
[approval.delegates]
"rianne@x.nl" = "Karel  Jansen <karel@x.nl>"
`), env(nil))
	if err != nil {
		t.Fatal(err)
	}
	a := c.Approval
	if strings.Join(a.Approvers, " ") != "rianne@x.nl piet@x.nl jan@x.nl" {
		t.Errorf("approvers = %q, want bare lower-case addresses", a.Approvers)
	}
	if a.Delegates["rianne@x.nl"] != "karel@x.nl" {
		t.Errorf("delegates = %v", a.Delegates)
	}
	for addr, want := range map[string]string{"rianne@x.nl": "Rianne Visser", "RIANNE@x.nl": "Rianne Visser",
		"piet@x.nl": "piet@x.nl", "jan@x.nl": "de Vries, Jan", "karel@x.nl": "Karel Jansen", "x@y.nl": "x@y.nl"} {
		if got := a.Display(addr); got != want {
			t.Errorf("Display(%s) = %q, want %q", addr, got, want)
		}
	}
	if !a.IsApprover("Rianne@x.nl") || a.IsApprover("Rianne Visser <rianne@x.nl>") {
		t.Error("IsApprover must take the address, not the named form")
	}

	// A broken entry is reported with its key; a duplicate under another name too.
	_, err = Parse("n.toml", []byte(minimal+`
[approval]
approvers = ["Rianne <rianne@x.nl", "Rianne Visser <rianne@x.nl>", "R. Visser <RIANNE@x.nl>"]
`), env(nil))
	if err == nil || !strings.Contains(err.Error(), "approval.approvers[0]") || !strings.Contains(err.Error(), "approval.approvers[2]: rianne@x.nl is listed twice") {
		t.Fatalf("bad approvers: %v", err)
	}
}
