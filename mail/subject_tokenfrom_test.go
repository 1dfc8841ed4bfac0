package mail

import (
	"strings"
	"testing"
)

// TokenFrom says where the token was found: the plus address wins, then the subject tag,
// then a footer line (which may be in a quote).
func TestTokenFrom(t *testing.T) {
	const tok = "abcdefghijklmnopqrstuvwxyz"
	for _, tt := range []struct{ raw, want string }{
		{"From: a@x.nl\nTo: spoc+" + tok + "@x.nl\nSubject: Re: [SPOC-0001 a:" + tok + "] x\n\nakkoord\n", "plus"},
		{"From: a@x.nl\nTo: spoc@x.nl\nSubject: Re: [SPOC-0001 a:" + tok + "] x\n\nakkoord\n", "subject"},
		{"From: a@x.nl\nTo: spoc@x.nl\nSubject: Re: x\n\nakkoord\n\n> spocd-token: " + tok + "\n", "footer"},
		{"From: a@x.nl\nTo: spoc@x.nl\nSubject: Re: x\n\nakkoord\n", ""},
	} {
		m, err := Parse(strings.NewReader(tt.raw), Options{RefPrefix: "SPOC", PlusLocal: "spoc"})
		if err != nil {
			t.Fatal(err)
		}
		if m.TokenFrom != tt.want || (tt.want != "" && m.Token != tok) {
			t.Errorf("%q: token %q from %q, want from %q", tt.raw, m.Token, m.TokenFrom, tt.want)
		}
	}
}
