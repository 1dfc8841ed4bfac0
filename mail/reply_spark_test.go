package mail

import "testing"

// Spark puts its attribution ("On 8 Nov 2026 at 09:57 +0100, Name <addr>, wrote:") right
// below the sign-off, without a blank line: the lines above it are the new text, not the
// start of a wrapped attribution.
func TestStripSparkAttributionBelowSignOff(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Not this year. Parents can take photos themselves. Thanks for asking though!\nClaire\nOn 8 Nov 2026 at 09:57 +0100, Maple Tree Preschool <spoc@mapletree-preschool.test>, wrote:\n> Hello\n> akkoord\n",
			"Not this year. Parents can take photos themselves. Thanks for asking though!\nClaire"},
		{"Akkoord.\nOn 8 Nov 2026 at 09:57 +0100, SPOC <spoc@x.test>, wrote:\n> niet akkoord\n", "Akkoord."},
		// A genuinely wrapped attribution is still one separator.
		{"Akkoord.\n\nOp 25 nov. 2026 om 10:12 schreef Jan Jansen <\njan@x.nl>:\n> niet akkoord\n", "Akkoord."},
		{"Akkoord.\n\nOn Wed, 25 Nov 2026 at 10:12, Jan Jansen\n<jan@x.nl> wrote:\n> niet akkoord\n", "Akkoord."},
	} {
		if got := StripReply(tc.in); got != tc.want {
			t.Errorf("StripReply(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	kw := DefaultKeywords()
	r := ReadReply("Not this year. Parents can take photos themselves.\nClaire\nOn 8 Nov 2026 at 09:57 +0100, SPOC <spoc@x.test>, wrote:\n> akkoord\n", "", kw)
	if r.Decision != DecisionReject {
		t.Errorf("Spark refusal read as %q (%q)", r.Decision, r.NewText)
	}
}

// A sign-off above a Gmail attribution wrapped over two lines stays new text; the
// address line on its own is no attribution.
func TestStripSignOffAboveWrappedAttribution(t *testing.T) {
	in := "Yes please go ahead.\n\nS.\nOn Wed, Nov 11, 2026 at 8:03 AM Canal House Dental\n<spoc@x.test> wrote:\n> niet akkoord\n"
	if got, want := StripReply(in), "Yes please go ahead.\n\nS."; got != want {
		t.Errorf("StripReply = %q, want %q", got, want)
	}
}
