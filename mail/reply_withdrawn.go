package mail

// A yes withdrawn to check something first is no refusal: "Akkoord.\n\nHmm, wacht even. Ik
// zie net dat dit ook al in de offerte van september stond. Laat maar, ik wil eerst
// uitzoeken of we niet dubbel betalen.", "Approved.\n\nHold on. Never mind, let me check
// the contract first." A soft "laat maar" / "never mind" after a "wacht even" / "hold on"
// takes the yes back; with a step first or a check after it in its sentence or the next,
// the writer has not decided yet. With a reason instead ("Laat maar, veel te duur.") it
// stays a refusal (retractedApproval).

var (
	// Soft withdrawals that read as a refusal by themselves.
	withdrawWords = map[string]bool{"laat maar": true, "laat maar zitten": true, "laat het maar": true,
		"laat dat maar": true, "never mind": true, "nevermind": true, "forget it": true, "forget that": true,
		"scratch that": true, "lets not": true}
	// Words of a check or a step still to take.
	checkFirstWords = set("eerst", "first", "uitzoeken", "uitzoek", "checken", "check", "navragen", "nakijken",
		"nagaan", "natrekken", "controleren", "verify", "uitgezocht", "gecheckt", "overleggen", "overleg",
		"discuss", "terug", "back", "investigate", "figure", "find", "look", "kijken", "bekijken", "uitzoekt",
		"nazoeken", "verifiëren", "verifieren")
)

// withdrawnToCheck reports a refusal r that is a soft withdrawal followed by a check or a
// step first (see above).
func (a *analysis) withdrawnToCheck(r match) bool {
	var ws []string
	for j := r.first; j <= r.last; j++ {
		if a.toks[j].kind == tkWord {
			ws = append(ws, a.toks[j].norm)
		}
	}
	key := ""
	for i, w := range ws {
		if i > 0 {
			key += " "
		}
		key += w
	}
	if !withdrawWords[key] {
		return false
	}
	sent := a.toks[r.first].sent
	_, to := a.sentenceBounds(sent + 1)
	if sent+1 >= len(a.sentFirst) {
		_, to = a.sentenceBounds(sent)
	}
	for j := r.last + 1; j < to && j < len(a.toks); j++ {
		if a.toks[j].kind == tkWord && checkFirstWords[a.toks[j].norm] {
			return true
		}
	}
	return a.deferral(r.last+1, to)
}
