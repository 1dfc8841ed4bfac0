package mail

import "testing"

// A forward copied to SPOC whose note opens with the writer's own refusal, after an
// optional FYI or "see below" lead-in, is a refusal, whatever follow-up it asks of the
// colleague; not copied to SPOC, someone else's refusal, a doubt or a refusal kept open
// stays none (reply_fyirefusal.go).
func TestFYIRefusalForward(t *testing.T) {
	const tok = "k3vq7mzp2yd4ehwbnx6ufa5rso"
	msg := forwardOf(t, tok, "Willem <w.dekker@hoeve.test>", "Noor <n.bakker@hoeve.test>", "hoeve.test", "0311", "schuurdeur",
		"Thu, 26 Nov 2026 09:14:00 +0000", "donderdag 26 november 2026 08:50", "Graag uw akkoord voor een nieuwe schuurdeur.")
	plus := "spoc+" + tok + "@hoeve.test"
	cases := []struct {
		cc, body string
		want     Decision
	}{
		{plus, "Noor,\r\n\r\nZie onderstaande aanvraag. Ik ga hier niet mee akkoord: de deur valt nog onder de garantie van de timmerman. Wil jij hem even bellen?", DecisionReject},
		{plus, "Hoi Noor,\r\n\r\nAlvast ter info: deze heb ik helaas nee op gezegd, dus niet akkoord. Mocht Kees ernaar vragen, dan weet je hoe het zit.", DecisionReject},
		{"spoc@hoeve.test", "Noor,\r\n\r\nFYI: I'm not approving this one, the old door can be repaired. Could you ring the carpenter?", DecisionReject},
		// Not copied to SPOC, someone else's refusal, or kept open.
		{"boekhouding@hoeve.test", "Noor,\r\n\r\nZie onderstaande aanvraag. Ik ga hier niet mee akkoord: de deur valt nog onder de garantie.", DecisionNone},
		{plus, "Noor,\r\n\r\nZie onderstaande aanvraag. Kees gaat hier niet mee akkoord. Wil jij hem bellen?", DecisionNone},
		{plus, "Noor,\r\n\r\nZie onderstaande aanvraag. Ik ga hier niet mee akkoord, tenzij de timmerman het niet onder garantie doet. Wat vind jij?", DecisionNone},
		{plus, "Noor,\r\n\r\nWat vind jij hiervan? Ik ga hier eigenlijk niet mee akkoord, maar ik twijfel.", DecisionNone},
		{plus, "Noor,\r\n\r\nZie onderstaande aanvraag. Ik ga hier niet mee akkoord? Of toch wel?", DecisionNone},
		{plus, "Noor,\r\n\r\nZie onderstaande aanvraag. Ik ga hier niet mee akkoord, maar beslis jij maar.", DecisionNone},
		{plus, "Noor,\r\n\r\nTer info: ik ga hier niet mee akkoord. Wil jij de knoop doorhakken?", DecisionNone},
		{plus, "Noor,\r\n\r\nFYI: I'm not approving this one, but you decide.", DecisionNone},
	}
	for _, c := range cases {
		if got := ReadMessageReply(msg(c.cc, c.body), DefaultKeywords()); got.Decision != c.want {
			t.Errorf("Cc %s, %q: %s (%s), want %s", c.cc, c.body, got.Decision, got.Ambiguous, c.want)
		}
	}
}
