package mail

import (
	"strings"
	"testing"
)

// A forward whose note opens with "Ter info:" and the writer's own decision counts when the
// approval (plus) address, or the address the forwarded request came from (the plain SPOC
// address), is in To or Cc; copied to nobody of SPOC, without an FYI label (a delegation),
// with a condition or with someone else's decision it decides nothing.
func TestFYIForward(t *testing.T) {
	const tok = "rnpq53g6xybb6webu3ao2hw36i"
	msg := forwardOf(t, tok, "Marjolein <m.vanrijn@lekstede.test>", "Fatima <f.elamrani@lekstede.test>", "lekstede.test", "0478", "lekkage",
		"Wed, 25 Nov 2026 10:31:02 +0000", "woensdag 25 november 2026 10:12", "Graag uw akkoord voor de loodgieter.")
	plus := "spoc+" + tok + "@lekstede.test"
	cases := []struct {
		cc, body string
		want     Decision
	}{
		{plus, "Hoi Fatima,\r\n\r\nTer info: akkoord van mijn kant, dit is de lekkage bij mevrouw De Boer. Wil jij haar laten weten dat de loodgieter komt?", DecisionApprove},
		{plus, "Hoi Yvonne,\r\n\r\nTer info: ik ga hiermee akkoord, die compressor maakt al weken herrie.", DecisionApprove},
		{"spoc@lekstede.test", "Ter info: ik heb hier akkoord op gegeven.", DecisionApprove},
		{"SPOC <spoc@lekstede.test>", "Ter info: ik heb dit goedgekeurd, akkoord dus. Jij hoeft er verder niets mee, Fatima.", DecisionApprove},
		{"spoc@lekstede.test", "Fatima,\r\n\r\nFor your information: I approve this, nothing for you to do.", DecisionApprove},
		{"spoc@lekstede.test", "Ter info: akkoord van mijn kant, de loodgieter mag komen.", DecisionApprove},
		{"boekhouding@lekstede.test", "Ter info: ik heb hier akkoord op gegeven.", DecisionNone},
		{"spoc@lekstede.test", "Fatima, wat vind jij? Ik twijfel nog.", DecisionNone},
		{"spoc@lekstede.test", "Ter info: akkoord als het onder de 500 blijft.", DecisionNone},
		{"spoc@lekstede.test", "Ter info: Piet heeft dit goedgekeurd.", DecisionNone},
		{"spoc@lekstede.test", "Hoi Fatima, kun jij dit oppakken? Ik ben akkoord als jij het ook goed vindt.", DecisionNone},
		{plus, "Hoi Fatima, kun jij dit oppakken? Ik ben akkoord.", DecisionNone},
		{plus, "Ter info: akkoord als het onder de 500 blijft.", DecisionNone},
		{plus, "Ter info: Piet heeft dit goedgekeurd.", DecisionNone},
		{plus, "Ter info: afgerond.", DecisionNone},
		// The writer's own decision in the first person, then a request to the colleague.
		{plus, "Hoi Kees,\r\n\r\nIk keur dit goed, kun jij de monteur inplannen?", DecisionApprove},
		{plus, "Kees,\r\n\r\nIk ga akkoord met de reparatie, wil jij die bestellen?", DecisionApprove},
		{"spoc@lekstede.test", "Hoi Kees,\r\n\r\nIk keur dit goed, kun jij de monteur inplannen?", DecisionApprove},
		{"boekhouding@lekstede.test", "Hoi Kees,\r\n\r\nIk keur dit goed, kun jij de monteur inplannen?", DecisionNone},
		// A clear yes first whose remark the remark model reads as practical (heldout75).
		{plus, "Hi Jonas,\r\n\r\nApproved from my side, go ahead and order (I've put spoc in cc so it's logged). Can you have it done before the adoption day on the 12th?\r\n\r\nSarah", DecisionApprove},
		{"boekhouding@lekstede.test", "Hi Jonas,\r\n\r\nApproved from my side, go ahead and order. Can you have it done before the adoption day on the 12th?\r\n\r\nSarah", DecisionNone},
		{plus, "Hi Jonas,\r\n\r\nApproved from my side, but only if Mark agrees. Can you ask him?\r\n\r\nSarah", DecisionNone},
		{plus, "Hoi Kees,\r\n\r\nIk ga akkoord als jij het ook goed vindt.", DecisionNone},
		{plus, "Hoi Kees,\r\n\r\nIk ga akkoord met de deur, kun jij nagaan of het goedkoper kan?", DecisionNone},
		{plus, "Hoi Kees,\r\n\r\nWil jij hiernaar kijken? Ik ga akkoord als jij het goed vindt.", DecisionNone},
		{plus, "Hoi Kees,\r\n\r\nJa, doe maar. Ik zet de SPOC in de cc zodat het geregistreerd is.", DecisionApprove},
		{plus, "Hoi Kees,\r\n\r\nKun jij hier even naar kijken? Ik twijfel.", DecisionNone},
		// The writer's decision in the perfect tense, "FYI" without a colon, "Zie hieronder".
		{plus, "Margaret,\r\n\r\nFYI I've approved this one, so expect the invoice in January.", DecisionApprove},
		{plus, "Dennis, deze heb ik afgekeurd. De printer blijft waar hij staat tot de nieuwe balie er is.", DecisionReject},
		{plus, "Robin,\r\n\r\nDeze heb ik afgewezen, dus niet akkoord. Dat rolluik is vorig jaar nog op garantie gerepareerd.", DecisionReject},
		{plus, "Hoi Bas,\r\n\r\nZie hieronder, ik heb het goedgekeurd - akkoord dus, SPOC staat in de cc.", DecisionApprove},
		{"boekhouding@lekstede.test", "Dennis, deze heb ik afgekeurd.", DecisionNone},
		{plus, "FYI I've approved this one, but Sarah still has to sign.", DecisionNone},
		{plus, "Zie hieronder. Wil jij dit beoordelen? Ik heb het nog niet goedgekeurd.", DecisionNone},
	}
	for _, c := range cases {
		if got := ReadMessageReply(msg(c.cc, c.body), DefaultKeywords()); got.Decision != c.want {
			t.Errorf("Cc %s, %q: %s (%s), want %s", c.cc, c.body, got.Decision, got.Ambiguous, c.want)
		}
	}
}

// "Ter info:" is a lead-in before the writer's decision, as "Na overleg:" is.
func TestFYILeadIn(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Marco,\n\nTer info: ik heb deze goedgekeurd, je kunt de schilder inplannen. Wel graag de bewoners vooraf informeren, die hadden vorige keer klachten over de verflucht.\n\nPaul", DecisionApprove},
		{"Ter info: akkoord als het onder 500 blijft.", DecisionNone},
		{"Ter info: Piet heeft dit goedgekeurd.", DecisionNone},
	})
}

// forwardOf returns a builder of a plain-text forward (FW:) of the approval request
// SPOC-<ref> about subject, from one person to another at domain, copied to cc, with
// body as the note above the forwarded request (whose text is request).
func forwardOf(t *testing.T, tok, from, to, domain, ref, subject, date, sent, request string) func(cc, body string) *Message {
	t.Helper()
	return func(cc, body string) *Message {
		raw := "From: " + from + "\r\nTo: " + to + "\r\nCc: " + cc +
			"\r\nSubject: FW: [SPOC-" + ref + " a:" + tok + "] Akkoord gevraagd: " + subject + "\r\nDate: " + date + "\r\n" +
			"Message-ID: <x1@" + domain + ">\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body +
			"\r\n\r\nVan: SPOC <spoc@" + domain + ">\r\nVerzonden: " + sent + "\r\nAan: " + from + "\r\nOnderwerp: [SPOC-" + ref + "] Akkoord gevraagd: " + subject + "\r\n\r\n" + request + "\r\n"
		m, err := Parse(strings.NewReader(raw), Options{RefPrefix: "SPOC", PlusLocal: "spoc", OwnDomain: domain})
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
}
