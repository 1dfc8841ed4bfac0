package mail

import "testing"

// The fourth red-team round's replies that say in the shortest way what a yes is given
// for (reply_tailscope.go): none of them is an approval.
func TestTailScopeNoApproval(t *testing.T) {
	for _, s := range []string{
		"Akkoord na de lichtmeting van de KNVB.",
		"Akkoord bij een korting van minstens € 300.",
		"Akkoord. Eén voorwaarde: de oude armaturen gaan terug naar de leverancier voor statiegeld.",
		"Ga ik mee akkoord na een bezichtiging.",
		"Approved: 8 fixtures.",
		"Approved. Condition: insurance.",
		"Approved to look into it further.",
		"Approved to put it on the agenda.",
		"Akkoord wat betreft de vloer.",
		"Akkoord wat de armaturen in zaal A betreft.",
		"Akkoord (advies).",
		"Approved (kitchen floor).",
		"Approved (floor).",
		"Approved (6 fixtures).",
		"Approved: the floor.",
		"Approved re the floor.",
		"Approved as regards the floor.",
		"Approved, on the assumption it's covered.",
		"Approved, given the insurer agrees.",
		"Approved, should the subsidy come through.",
		"Approved whenever the funds are there.",
		"Akkoord: 8 armaturen.",
		"Akkoord (8 armaturen).",
		"Akkoord, de vloer.",
		"Akkoord: de vloer.",
		"Akkoord m.b.t. de vloer.",
		"Akkoord inzake de vloer.",
		"Akkoord (stem).",
		"Akkoord, de 600-euro-versie.",
		"Akkoord. Dat wil zeggen: pas na het rapport van de brandweer.\n\nMvg, Ria",
		"Akkoord. Zonder docking station.",
		"Akkoord. Geen dockingstation en geen tweede scherm.",
		"Approved. No docking station, no Office licence.",
		"Approved for next year's budget.",
		"Akkoord, haha nee natuurlijk niet.",
		"Akkoord, maar ik heb niks te zeggen hierover.",
		"Akkoord, wordt het niet. Bel me.",
		"Approved, haha, no of course not.",
		"Approved, won't happen. Call me.",
		"Akkoord, geen verlengde garantie.",
		"Akkoord. Geen plafond.",
		"Mijn stem: akkoord. Besluit bij het bestuur.",
		"Akkoord, zeker weten... niet.",
		"Akkoord, maar we zien wel.",
		// Found by the practical-question class (fixD): the condition after the question.
		"Akkoord, uiteraard. Heb je de aangifte al gedaan? Dan bel ik de verzekering, en als die niet betaalt doen we het niet.",
		"Approved. Could you book the van? If the grant does not come through, then we don't do it.",
		// Paraphrases not in the round.
		"Approved, lol no.",
		"Akkoord. Zonder montage.",
		"Approved. No installation, no cables.",
		"Akkoord, maar ik heb hier eigenlijk niets over te zeggen.",
		"Akkoord, dat wil zeggen: alleen de lampen.",
		"Akkoord na de keuring.",
		"Approved after the survey.",
		"Akkoord (keuken).",
		"Approved: the lamps.",
		"Akkoord, het plafond.",
		"OK, approved. Condition: the old ones go back.",
		"Approved, assuming the landlord pays.",
	} {
		if r := ReadReply(s, "", DefaultKeywords()); r.Decision == DecisionApprove {
			t.Errorf("%q: got approve, want none", s)
		}
	}
}

// The same shapes that say nothing of what the yes holds stay a yes.
func TestTailScopeStillApproves(t *testing.T) {
	for _, s := range []string{
		"Akkoord bij deze.",
		"Approved to go ahead.",
		"Akkoord (approved).",
		"Approved (finally!).",
		"Akkoord (sorry voor de late reactie).",
		"Akkoord, de deur klemt al maanden.",
		"Akkoord wat mij betreft.",
		"Akkoord wat ons betreft.",
		"Approved, the sooner the better.",
		"Akkoord (urgent).",
		"akkoord\n\nna die inbraak geen discussie wat mij betreft.",
		"Approved. Not a condition: could they come after 9?",
		"Akkoord. Geen voorwaarde: wel handig als ze na negen uur komen.",
		"Approved, with thanks for the quick quote.",
		"Akkoord. Geen haast.",
		"Approved. No worries.",
		"Akkoord. Zonder koffie geen vrijwilligers.",
		"Akkoord tot dat bedrag, geen cent meer.",
		"Akkoord, haha, eindelijk!",
	} {
		if r := ReadReply(s, "", DefaultKeywords()); r.Decision != DecisionApprove {
			t.Errorf("%q: got %s (%s), want approve", s, r.Decision, r.Ambiguous)
		}
	}
}
