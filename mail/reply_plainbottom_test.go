package mail

import (
	"testing"
	"time"
)

// A plain-text Outlook answer typed at the bottom: the header block opens the mail, the
// request follows without '>', and the answer is below the request's token line.
func TestPlainOutlookBottomPost(t *testing.T) {
	const request = "-----Oorspronkelijk bericht-----\n" +
		"Van: SPOC Gemeente <spoc@gemeente.test>\n" +
		"Verzonden: dinsdag 19 januari 2027 13:19\n" +
		"Aan: Hester Noordam <hester@gemeente.test>\n" +
		"Onderwerp: [SPOC-0917 a:q2gtlnnuwfq54c5zchtrffmk37] Akkoord gevraagd: Extra zaalhuur\n\n" +
		"Hallo Hester,\n\nIvo vraagt het volgende meerwerk aan. Daarvoor is jouw akkoord nodig.\n\n" +
		"Hoe besluit je?\n- Akkoord: antwoord op deze mail met \"akkoord\".\n" +
		"- Niet akkoord: antwoord met \"niet akkoord\" en de reden.\n\n" +
		"Met vriendelijke groet,\nSPOC Gemeente\n\nspocd-token: q2gtlnnuwfq54c5zchtrffmk37\n\n"
	ref := time.Date(2027, 1, 19, 14, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		below string
		want  Decision
	}{
		{"Akkoord, ga je gang.\n\nHester\n", DecisionApprove},
		{"Niet akkoord, eerst de vorige factuur uitzoeken.\n\nGr Rob\n", DecisionReject},
		{"Akkoord.\n\nMet vriendelijke groet,\nHanneke\n-- \nDeze e-mail is uitsluitend bestemd voor de geadresseerde.\n", DecisionApprove},
		{"Akkoord?\n", DecisionNone},
		{"", DecisionNone},
		// Something quoted again below the token is an older message, not the answer.
		{"> akkoord\n", DecisionNone},
		{"-----Oorspronkelijk bericht-----\nVan: Piet <piet@gemeente.test>\nOnderwerp: Re: zaalhuur\n\nAkkoord.\n", DecisionNone},
	} {
		r := ReadReplyAt(request+c.below, "", Keywords{}, ref)
		if r.Decision != c.want {
			t.Errorf("below %q: %s (%s), want %s", c.below, r.Decision, r.Ambiguous, c.want)
		}
	}
}
