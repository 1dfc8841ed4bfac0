package mail

import (
	"regexp"
	"strings"
)

// A refusal denied: "Ik zie geen reden om niet akkoord te gaan.", "Ik kan er moeilijk niet
// akkoord mee gaan", "Niet akkoord gaan heeft nu weinig zin", "I see no reason to not
// approve this", "I can't really say no", "I could hardly refuse". The words of a refusal
// ("niet akkoord", "not approve", "refuse") stand in a clause that says there is no reason
// for, no point in or no way to a refusal: a double negation that leans to the yes and is
// no refusal. Such a clause, standing on its own (no condition, question, doubt or someone
// else's view around it), is blanked out before the reply is read, so that the yes the
// writer then says ("Dus: akkoord.", "so: approved.", "Akkoord, … Maar niet akkoord gaan
// heeft weinig zin: …") is read as if the clause were a plain reason. A yes it leans to
// is not made by it: "Ik zie geen reden om niet akkoord te gaan" alone reads as before, and
// a denied approval ("Ik zie geen reden om akkoord te gaan", "I see no reason to approve
// this") is no denied refusal.

// drRefusal is a refusal in words, as the object of the denial (folded, no apostrophes).
const drRefusal = `(?:(?:niet|geen)\s+(?:\w+\s+){0,3}?(?:akkoord|goed\s*te\s*keuren|goedkeuren|toestemming)` +
	`|nee\s+(?:\w+\s+){0,2}?(?:te\s+)?zeggen|af\s*te\s*(?:keuren|wijzen)|afkeuren|afwijzen|te\s+weigeren|weigeren` +
	`|(?:not\s+to|to\s+not|not)\s+(?:\w+\s+){0,1}?(?:approve|agree|sign\s+off|accept|say\s+yes|go\s+ahead)` +
	`|(?:to\s+)?(?:refuse|reject|decline|say\s+no|object|block\s+(?:it|this))|refusing|rejecting|saying\s+no|objecting|not\s+approving)`

var (
	drDenied = []*regexp.Regexp{
		// "geen (enkele) reden om niet akkoord te gaan", "no reason not to approve", "can't see
		// any reason to refuse".
		regexp.MustCompile(`\b(?:geen|no|not\s+any|niet\s+een|any)\s+(?:enkele\s+|goede\s+|good\s+|real\s+|earthly\s+)?(?:reden|aanleiding|grond|reason|grounds?)\s+(?:(?:om|waarom|to|why)\s+)?(?:(?:ik|we|wij|i|hier|er|daar|dit|this|it|hem|mee|ermee|hiermee|should|would|zou|zouden|moeten|moet)\s+){0,3}` + drRefusal + `\b`),
		// "kan er moeilijk niet akkoord mee gaan", "I can hardly refuse", "could hardly say no".
		regexp.MustCompile(`\b(?:kan|kun|kon|can|could)\s+(?:(?:ik|er|hier|daar|dit|het|we|hem)\s+){0,3}(?:moeilijk|lastig|nauwelijks|bezwaarlijk|onmogelijk|hardly|scarcely)\s+(?:(?:er|hier|daar|dit|het|hem|mee)\s+){0,2}` + drRefusal + `\b`),
		// "I can't really say no", "I couldn't very well refuse".
		regexp.MustCompile(`\b(?:cant|cannot|couldnt|can\s+not|could\s+not)\s+(?:really\s+|very\s+well\s+|in\s+good\s+conscience\s+)(?:say\s+no|refuse|reject|object)\b`),
		// "niet akkoord gaan heeft (nu) weinig zin", "nee zeggen is geen optie", "no point in
		// refusing", "there's no sense in saying no".
		regexp.MustCompile(`(?:^|\b)` + drRefusal + `\s+(?:gaan\s+|geven\s+|zeggen\s+)?(?:heeft|is|would\s+be|is)\s+(?:(?:nu|toch|ook|hier|verder|echt|eigenlijk|really|now)\s+)*(?:weinig|geen|niet\s+veel|nauwelijks|pointless|zinloos|onzin|no|not\s+an?)\s*(?:zin|optie|option|use|point|sense)?\b`),
		regexp.MustCompile(`\b(?:heeft|has)\s+(?:(?:nu|toch|ook|het|echt|eigenlijk)\s+){0,2}(?:weinig|geen|niet\s+veel|nauwelijks|little|no)\s+(?:zin|point|sense|use)\s+(?:om|to|in)\s+` + drRefusal + `\b`),
		regexp.MustCompile(`\b(?:no|little|not\s+much)\s+(?:point|sense|use)\s+(?:in\s+)?` + drRefusal + `\b`),
		// "hard to say no", "moeilijk om nee te zeggen".
		regexp.MustCompile(`\b(?:hard|difficult|moeilijk|lastig)\s+(?:om\s+|to\s+)?(?:hier\s+|er\s+|dit\s+)?(?:nee\s+te\s+zeggen|say\s+no|refuse)\b`),
	}
	// Words around the denial that make it more than a reason for the yes: a condition, a
	// question, doubt, someone else's view, a step first.
	drUnsafe = set("als", "indien", "mits", "tenzij", "zolang", "zodra", "wanneer", "if", "unless", "provided",
		"once", "when", "whether", "of", "alleen", "only", "eerst", "first", "nog", "yet", "pas", "maar", "but",
		"hij", "zij", "ze", "he", "she", "they", "volgens", "according", "waarom", "why", "twijfel", "doubt",
		"misschien", "maybe", "perhaps", "denk", "think", "weet", "know", "zegt", "zei", "says", "said", "vindt",
		"vond", "thinks", "wel", "still", "however", "echter", "toch", "though", "although", "hoewel")
	drLeadOK = set("maar", "but", "en", "and", "tja", "nou", "well", "dus", "so")
)

// maskDeniedRefusal returns text with each clause of a denied refusal (see above) blanked
// out with spaces, so that every offset stays the same.
func maskDeniedRefusal(text string) string {
	low := strings.ToLower(text)
	if !strings.Contains(low, "niet") && !strings.Contains(low, "nee") && !strings.Contains(low, "not") &&
		!strings.Contains(low, "no") && !strings.Contains(low, "af") && !strings.Contains(low, "refus") {
		return text
	}
	var b []byte
	start := 0
	for i := 0; i <= len(text); i++ {
		if i < len(text) && !strings.ContainsRune(".!?\n", rune(text[i])) {
			continue
		}
		if i < len(text) && text[i] == '?' {
			start = i + 1
			continue
		}
		if i < len(text) && text[i] == '\n' && i+1 < len(text) && text[i+1] != '\n' && i > start &&
			!strings.ContainsRune(".!?:", rune(text[i-1])) {
			continue // a hard-wrapped line goes on
		}
		if from, to, ok := deniedRefusalClause(text[start:i]); ok {
			if b == nil {
				b = []byte(text)
			}
			for k := start + from; k < start+to; k++ {
				b[k] = ' '
			}
		}
		start = i + 1
	}
	if b == nil {
		return text
	}
	return string(b)
}

// deniedRefusalClause reports the byte range in sent (a sentence without its end) of a
// clause that is a denied refusal standing on its own.
func deniedRefusalClause(sent string) (from, to int, ok bool) {
	cs := 0
	for i := 0; i <= len(sent); i++ {
		if i < len(sent) && !strings.ContainsRune(",;:()", rune(sent[i])) {
			continue
		}
		clause := sent[cs:i]
		if deniedRefusal(clause) {
			return cs, i, true
		}
		cs = i + 1
	}
	return 0, 0, false
}

// deniedRefusal reports a clause that says only that there is no reason for, no point in
// or no way to a refusal (see drDenied).
func deniedRefusal(clause string) bool {
	s := strings.Join(strings.Fields(yfApostrophe.Replace(fold(clause))), " ")
	if s == "" || len(s) > 160 {
		return false
	}
	for _, re := range drDenied {
		loc := re.FindStringIndex(s)
		if loc == nil {
			continue
		}
		before := strings.Fields(s[:loc[0]])
		after := strings.Fields(s[loc[1]:])
		if len(before) > 5 || len(after) > 6 {
			return false
		}
		for k, w := range before {
			if drUnsafe[w] && !(k == 0 && drLeadOK[w]) {
				return false
			}
		}
		for _, w := range after {
			w = strings.Trim(w, `"'`)
			if drUnsafe[w] {
				return false
			}
		}
		return true
	}
	return false
}
