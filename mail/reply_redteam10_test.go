package mail

import "testing"

// The tenth session's red-team round in the shapes of a reason, a wish or a practical
// question after a yes (reply_tailscope.go, tsLeak): these read as approve before it.
func TestRedTeamRound10NoApproval(t *testing.T) {
	for _, s := range []string{
		"Akkoord, dezelfde regeling als vorige keer: wij de helft, de school de helft.",
		"Akkoord, graag een bedrijf dat niet vooruit laat betalen.",
		"Akkoord, graag een bus die niet nieuw is; huur er een.",
		"Akkoord, graag een exemplaar dat niet meer kost dan de oude.",
		"Akkoord, graag een exemplaar dat niet van deze leverancier komt.",
		"Akkoord, graag een machine die niet gekocht hoeft te worden maar gehuurd.",
		"Akkoord, graag een model dat niet nieuw is.",
		"Akkoord, graag een tent die niet gehuurd wordt maar geleend van de scouting.",
		"Akkoord, graag een variant die niet zo duur is.",
		"Akkoord, graag zo'n ding dat niet duurder is dan 300.",
		"Akkoord, hetzelfde aantal uren als vorige keer.",
		"Akkoord, hetzelfde budget als vorig jaar.",
		"Akkoord, plan het niet in de herfstvakantie maar na de jaarafsluiting.",
		"Akkoord, plan het niet in de zomervakantie. En eigenlijk ook niet erna, tot we weten wat de gemeente doet.",
		"Akkoord, plan het niet in dit boekjaar.",
		"Akkoord, voor hetzelfde bedrag als vorig jaar.",
		"Akkoord. Denk je er wel aan dat de kascommissie het nog moet zien?",
		"Akkoord. Denk je eraan dat Bas zo'n ding nog in de schuur heeft staan?",
		"Akkoord. Denk je eraan dat Frans hier ook iets over te zeggen heeft?",
		"Akkoord. Denk je eraan dat Henk er ook nog iets van moet vinden?",
		"Akkoord. Denk je eraan dat de ALV hier nog over moet stemmen?",
		"Akkoord. Denk je eraan dat de montage eruit moet?",
		"Akkoord. Dit moet gebeuren voordat we verhuizen. Of misschien moet het helemaal niet meer, als we toch verhuizen.",
		"Akkoord. Heb je het al aan Ria voorgelegd? Die gaat erover.",
		"Akkoord. Heeft de eigenaar al ja gezegd? Dan is het goed.",
		"Akkoord. Heeft de kascommissie er al naar gekeken?",
		"Akkoord. Heeft de verhuurder al gereageerd? Misschien doet hij het zelf.",
		"Akkoord. Het moet gebeuren voordat Anneke met pensioen gaat, zij moet haar handtekening nog zetten.",
		"Akkoord. Is de ledenraad al ingelicht? Die moet het nog goedvinden.",
		"Akkoord. Kunnen we de stoelen ook lenen van de voetbalclub?",
		"Akkoord. Kunnen we het ook even aan de huurders voorleggen?",
		"Akkoord. Plan het aub niet in de kerstvakantie, plan het volgend jaar.",
		"Akkoord. Weet je al of de btw erbij zit? Anders wordt het me te veel.",
		"Akkoord. Zonder Harry's zegen wordt het niks.",
		"Akkoord. Zonder de bijdrage van de school kunnen we het niet opbrengen.",
		"Akkoord. Zonder overleg met de buurvrouw kan het niet, die moet er ook mee leven.",
		"Akkoord. Zouden we de dakgoot zelf kunnen schoonmaken met de ladder van Ton?",
		"Akkoord. Zouden we de stagiair dit kunnen laten doen?",
		"Akkoord. Zouden we het bij één dag kunnen houden?",
		"Akkoord. Zouden we het kunnen combineren met de verbouwing volgend jaar?",
		"Akkoord. Zouden we het kunnen laten meelopen met het groot onderhoud in het voorjaar?",
		"Akkoord. Zouden we het zelf kunnen doen met een paar vrijwilligers?",
		"Approved - an accident waiting to happen. But it's the council's pavement, ask them first.",
		"Approved - the same number of hours as the last time, no more.",
		"Approved, an accident waiting to happen, says the guy selling us the new one. Let's get an independent look.",
		"Approved, don't schedule it on a Friday. In fact don't schedule it yet.",
		"Approved, for the same amount as last year.",
		"Approved, please a caterer that doesn't cost us the full amount.",
		"Approved, please a model that doesn't need the installation package.",
		"Approved, please a version which isn't the expensive one they quoted.",
		"Approved. Don't book it in the holidays, book it after year-end when we know what's left.",
		"Approved. Has the landlord replied yet? He may do it himself.",
		"Approved. Has the maintenance pot been topped up yet? Otherwise we can't.",
		"Approved. Have you run it past Susan yet? She holds the purse strings.",
		"Approved. Have you talked to Neil yet? He has reservations.",
		"Approved. Please don't schedule it in the week of the audit, schedule it once the auditor has seen the numbers.",
		"Approved. Will you remember it all has to go via Linda?",
		"Approved. Will you remember the limit's 250?",
		"Approved. Will you remember to leave the installation out of the order?",
		"Approved. Without the landlord's ok it can't go ahead, of course.",
		"Approved. Without the landlord's written consent it can't happen.",
		"Beste Gerda,\n\nAkkoord, voor hetzelfde bedrag als vorig jaar.\n\nMet vriendelijke groet,\nBen Smit\nVoorzitter",
		"Beste Loes,\n\nAkkoord. Het moet gebeuren voordat Anneke met pensioen gaat, zij moet haar handtekening nog zetten.\n\nHartelijke groet,\nMieke",
		"Dear Jo,\n\nApproved, for the same amount as last year.\n\nKind regards,\nMartin\nTreasurer",
		"Hallo Bas,\n\nAkkoord. Zonder overleg met de buurvrouw kan het niet, die moet er ook mee leven. Loop je even bij haar langs?\n\nGroet, Ingrid",
		"Hallo Frank,\n\nAkkoord.\nHeeft de kascommissie er al naar gekeken?\n\nGroeten,\nWillemien",
		"Hi Sam,\n\nApproved - please a model that doesn't need the installation package, Chris can fit it.\n\nThanks,\nLiz",
		"Hoi Kim,\n\nAkkoord, goed dat je dit oppakt.\n\nDenk je eraan dat de ALV hier nog over moet stemmen? Die is op 12 maart.\n\nGroetjes,\nEls",
		"Hoi Lotte,\n\nAkkoord. Is de ledenraad al ingelicht? Die moet het nog goedvinden.\n\nGroetjes,\nPetra",
		"Hoi Yvonne,\n\nAkkoord, plan het niet in dit boekjaar.\n\nGroet,\nRob",
		"Approved, but don't book it in the week of the board meeting, book it after they've said yes.",
	} {
		if r := ReadReply(s, "", DefaultKeywords()); r.Decision == DecisionApprove {
			t.Errorf("%q: got approve, want none", s)
		}
	}
}

// Replies of the same shapes whose reason, wish or question changes nothing still approve.
func TestRedTeamRound10StillApproves(t *testing.T) {
	for _, s := range []string{
		"Akkoord. Is de monteur al terug van vakantie?",
		"Akkoord. Zonder koelcel kunnen we zaterdag niets uitdelen.",
		"Akkoord, anders staan de rollators weer in de gang.",
		"Approved. Otherwise accounts payable will send it back again.",
		"Akkoord, hetzelfde model als vorige keer graag.",
		"Approved, same company as last time please.",
		"Akkoord. Zonder werkende kaartlezers kunnen wij niet pinnen.",
	} {
		if r := ReadReply(s, "", DefaultKeywords()); r.Decision != DecisionApprove {
			t.Errorf("%q: got %s (%s), want approve", s, r.Decision, r.Ambiguous)
		}
	}
}
