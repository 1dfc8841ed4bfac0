package mail

import "testing"

// An approval that names something the request does not hold is no approval of it; one
// that names the request, part of it, its amount or nothing stands.
func TestScopeProblem(t *testing.T) {
	req := RequestScope{
		Subject: "Vervangen vloerbedekking lokaal 2.14",
		Text:    "De vloerbedekking in lokaal 2.14 en de gang ervoor is versleten en moet vervangen worden.\nonderhoud\n2380,00",
	}
	approve := func(s string) Reply { return Reply{NewText: s, Decision: DecisionApprove} }
	for _, s := range []string{
		"Akkoord met de notulen.",
		"Approved the minutes, thanks.",
		"Akkoord met het menu voor de seniorenmiddag.",
		"I approve the new logo.",
		"Akkoord voor € 238,00.",
		"Akkoord voor lokaal 2.41.",
		"Akkoord voor het materiaal, het leggen doen we zelf.",
		"Goedgekeurd: de nieuwe tarieven van de sportzaal.",
		"Ik ga akkoord met de agenda voor donderdag.",
	} {
		if ScopeProblem(approve(s), req) == "" {
			t.Errorf("ScopeProblem(%q) = \"\", want a reason", s)
		}
	}
	for _, s := range []string{
		"Akkoord.",
		"Akkoord met de vloerbedekking.",
		"Akkoord voor de nieuwe vloer in 2.14.",
		"Akkoord voor het volledige bedrag van € 2.380,00.",
		"Akkoord met dit verzoek.",
		"Hierbij ga ik akkoord met het bovenstaande meerwerk (SPOC-0335).",
		"Approved for the replacement as quoted.",
		"Akkoord voor de gang.",
		"Akkoord, graag voor donderdag.",
		"De vorige keer was ik niet akkoord met het tijdstip, nu wel: akkoord.",
	} {
		if why := ScopeProblem(approve(s), req); why != "" {
			t.Errorf("ScopeProblem(%q) = %q, want none", s, why)
		}
	}
	// Without a request to hold it against nothing is checked.
	if why := ScopeProblem(approve("Akkoord met de notulen."), RequestScope{}); why != "" {
		t.Errorf("empty scope: %q", why)
	}
}

// A reply read on its own holds the yes against the request it quotes.
func TestScopeFromQuote(t *testing.T) {
	quote := "\n\nVan: SPOC <spoc@school.test>\nVerzonden: dinsdag 3 november 2026 10:12\nOnderwerp: [SPOC-0412] Akkoord gevraagd: Extra schoonmaak na de open dag\n\n" +
		"Marieke vraagt het volgende meerwerk aan. Daarvoor is jouw akkoord nodig.\nReferentie: SPOC-0412\nOnderwerp: Extra schoonmaak na de open dag\n" +
		"Meerwerk: ja, geschat € 460,00\nHet verzoek:\nNa de open dag moeten de aula en de gangen extra schoongemaakt worden.\n"
	kw := DefaultKeywords()
	if r := ReadReply("Akkoord met de notulen van dinsdag."+quote, "", kw); r.Decision == DecisionApprove {
		t.Errorf("a yes to the minutes approved the cleaning: %+v", r)
	}
	if r := ReadReply("Akkoord voor de extra schoonmaak."+quote, "", kw); r.Decision != DecisionApprove {
		t.Errorf("a yes to the cleaning = %s (%s), want approve", r.Decision, r.Ambiguous)
	}
	// Without the quote (the mail button) the reader cannot tell; the workflow checks it
	// against the request it has (workflow/approval.go).
	if r := ReadReply("Akkoord met de notulen.", "", kw); r.Decision != DecisionApprove {
		t.Errorf("without a quote = %s, want approve", r.Decision)
	}
}
