package mail

import (
	"regexp"
	"strings"
)

// Text typed outside the answer on top. A reply that reads as an approval on top may hold
// more that the writer typed below the quoted request, between its quoted lines, below the
// request's own last line ("spocd-token: …") in a client that does not quote with '>', or
// after a mobile footer or a signature: "PS: alleen als het onder de € 300 blijft.", "Only
// 20 people, not 40.", "Maar niet voor de lunch.". Such text is read with the answer by a
// person and may change it; spocd does not guess which, and the approval stays open (the
// approver is asked). Lines that only close the mail (a name, a greeting, a client footer)
// and lines the top answer already holds count for nothing. In the blind corpora, 1 approval
// in 6,500 had typed text of this kind besides a plain yes on top that was no inline answer.

// typedOutsideTop returns the lines of text typed outside the top answer top: unquoted
// lines below the first quote separator that a '>' quote surrounds or follows, or the lines
// below the request's token line where the client does not quote with '>'.
func typedOutsideTop(text, top string) []string {
	lines := strings.Split(normalizeBody(text), "\n")
	if len(lines) > maxStripLines {
		return nil
	}
	lines = markIndentQuotes(lines)
	sep, span, kind, ok := quoteAt(lines)
	if !ok {
		return nil
	}
	if strings.TrimSpace(cleanLines(lines[:sep])) == "" {
		return nil // nothing on top: a bottom post or an inline reply, read as such
	}
	// On top, below a mobile footer or a closing the answer was cut at: "Verstuurd vanaf
	// mijn iPhone\n\nMaar niet voor de lunch.", "Groetjes, Rianne\nOja, niet meer dan 250
	// euro.".
	typed := topTail(lines[:sep])
	below := lines[sep+span:]
	if kind == quoteHeader {
		below = below[headerBlockEnd(below):]
	}
	// A client that quotes with '>' starts the quote right away; the request's own "> "
	// lines ("Het verzoek:") in an unquoted copy are no quote of the client's.
	first := firstNonBlank(below)
	quoted := first >= 0 && isQuotedLine(below[first])
	if quoted {
		for _, l := range below {
			if !isQuotedLine(l) {
				typed = append(typed, l)
			}
		}
	} else if after, ok := belowTokenLine(strings.Join(below, "\n")); ok {
		typed = append(typed, after...)
	}
	if unquotedRequestLine(typed) {
		return nil // a copy of the request that lost its quote: no telling what was typed
	}
	topWords := " " + strings.Join(strings.Fields(fold(top)), " ") + " "
	var out []string
	for i, l := range typed {
		if strings.TrimRight(l, " \t") == "--" {
			break // a signature below the quote
		}
		if typedBoilerplate.MatchString(fold(typedParagraph(typed, i))) {
			continue // a disclaimer, or a piece of the request that lost its quote
		}
		t := strings.TrimSpace(l)
		if t == "" {
			continue
		}
		f := strings.Join(strings.Fields(fold(t)), " ")
		if strings.Contains(topWords, " "+f+" ") || typedClosing.MatchString(f) || nameLine(t) ||
			strings.Contains(f, "spocd") || strings.Contains(f, "[spoc-") {
			continue // spocd's own footer below the token line, a closing, a name
		}
		if _, _, k := findSeparator([]string{l}, 0); k != quoteNone {
			continue // an attribution line of an older message in the quote
		}
		out = append(out, t)
	}
	if !typedChanges.MatchString(fold(strings.Join(out, " "))) {
		return nil // a signature, a title, an address: nothing that could change a decision
	}
	return out
}

// Words that can change a decision: a condition, a part, a cap, a step first, a deferral,
// a contrast, a negation, a decision word, an amount, a question, a postscript or a
// correction.
var typedChanges = regexp.MustCompile(`\b(?:niet|not|geen|no|nee|never|nooit|alleen|only|enkel|mits|als|if|unless|tenzij|indien|provided|max\w*|tot|until|under|onder|boven|above|over|pas|eerst|first|wacht\w*|wait\w*|later|hold|maar|but|behalve|except|zonder|without|akkoord|approv\w*|goedgekeurd|reject\w*|afgewezen|correctie|correction|edit|update|ps|p\.s|pps|nb|n\.b|aanvulling|addendum|oeps|oops|sorry|toch|actually|eigenlijk|helft|half|deel|part|stop|cancel\w*|annuleer\w*|schrap\w*|skip)\b|€|\$|\?|\d+\s*(?:euro|eur|personen|people|persons|stuks|pieces|uur|hours|dagen|days|%)`)

// A line that only closes a mail: a greeting with or without a name, a client's footer, a
// line of dashes, a phone number or an address line of a signature.
var typedClosing = regexp.MustCompile(`^(?:(?:met\s+)?(?:vriendelijke\s+|hartelijke\s+|beste\s+)?(?:groet(?:en|jes)?|gr|grt|mvg|m\.v\.g\.?|vr\.?\s*gr\.?|regards|kind\s+regards|best\s+regards|best|cheers|thanks|thank\s+you|bedankt|dank(?:je|jewel)?|tot\s+\w+|groetjes)\b[\s,.!]*(?:\p{L}+\s*){0,3}[,.!]?|(?:verstuurd|verzonden)\s+(?:vanaf|vanuit|met)\b.*|sent\s+from\b.*|get\s+outlook\b.*|outlook\s+voor\s+(?:ios|android)\b.*|download\s+outlook\b.*|[-_=*~]{2,}\s*|[+\d][\d\s()./-]{6,}|(?:tel|t|m|mob|mobiel|phone)\s*[.:]?\s*[+\d][\d\s()./-]{6,}|\S+@\S+\.\S+|www\.\S+|https?://\S+)$`)

// nameLine reports a line of one to four capitalised words without a sentence end: a name
// or a title under a signature ("Rianne", "Jan de Vries", "Hoofd Facilitair").
func nameLine(t string) bool {
	ws := strings.Fields(t)
	if len(ws) == 0 || len(ws) > 4 || strings.ContainsAny(t, ".!?:;€0123456789") {
		return false
	}
	for _, w := range ws {
		r := []rune(w)
		if !(len(r) > 0 && (r[0] >= 'A' && r[0] <= 'Z' || r[0] >= 'À' && r[0] <= 'Þ')) && !lowerNameParticle[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

var lowerNameParticle = map[string]bool{"de": true, "van": true, "der": true, "den": true, "ter": true, "te": true, "het": true, "|": true, "-": true, "&": true, "en": true, "of": true, "and": true}

// typedParagraph returns the paragraph of lines that holds line i.
func typedParagraph(lines []string, i int) string {
	from, to := i, i+1
	for from > 0 && strings.TrimSpace(lines[from-1]) != "" {
		from--
	}
	for to < len(lines) && strings.TrimSpace(lines[to]) != "" {
		to++
	}
	return strings.Join(lines[from:to], " ")
}

// A disclaimer paragraph, and the wording of spocd's own request (a copy whose lines lost
// their '>' when the client wrapped them); the lines only the request starts with
// (requestOnlyPrefixes: "Hoe besluit je?", "Of besluit op …") are left to unquotedRequestLine.
var typedBoilerplate = regexp.MustCompile(`\b(?:vertrouwelijk\w*|confidential\w*|uitsluitend\s+bestemd|intended\s+(?:only|solely)|geadresseerde\w*|addressee|rechten\s+(?:worden\s+)?ontleend|privacy\w*|persoonsgegevens|disclaimer|binding\s+agreement|not\s+bound|kvk|chamber\s+of\s+commerce|denk\s+aan\s+het\s+milieu|think\s+before\s+you\s+print|jouw\s+akkoord\s+nodig|needs\s+your\s+approval|it\s+needs\s+your\s+approval|niet\s+akkoord\W+en\s+de\s+reden|gebruik\s+een\s+knop|antwoord\s+op\s+deze\s+mail|reply\s+to\s+this\s+(?:mail|email|message)|met\s+(?:één|een)\s+klik|with\s+one\s+click|opent\s+een\s+antwoord|opens\s+a\s+reply)\b|^\s*(?:niet\s+akkoord|reject|not\s+approved)\s*:\s*$`)

// topTail returns the lines of top below a mobile footer ("Verstuurd vanaf mijn iPhone",
// "Sent from my Galaxy", "Outlook voor iOS downloaden"), where the answer was cut.
func topTail(top []string) []string {
	for i, l := range top {
		if mobileFooter.MatchString(fold(strings.TrimSpace(l))) {
			tail := []string{""}
			for _, t := range top[i+1:] {
				if tailQuoteStart.MatchString(fold(t)) {
					break // an attribution run into the request's first line
				}
				tail = append(tail, t)
			}
			return tail
		}
	}
	return nil
}

var tailQuoteStart = regexp.MustCompile(`\b(?:schreef|wrote|geschreven|a\s+écrit|schrieb)\s*:`)

var mobileFooter = regexp.MustCompile(`^(?:(?:verstuurd|verzonden)\s+(?:vanaf|vanuit|met)\s+(?:mijn\s+)?\S+|sent\s+from\s+(?:my\s+)?\S+|(?:get|download)\s+outlook\s+for\s+(?:ios|android)|outlook\s+voor\s+(?:ios|android)\s+downloaden)`)

// quoteAt finds where the quote of the answered mail starts in a reply's lines (split,
// quotes marked): the first quote separator, or, since iOS Mail quotes its attribution
// line too, the first '>' line (span 0). ok is false for a forward and for lines without
// a quote.
func quoteAt(lines []string) (sep, span int, kind quoteKind, ok bool) {
	sep, span, kind = findSeparator(lines, 0)
	if kind == quoteForward {
		return 0, 0, kind, false
	}
	if sep < 0 {
		for i, l := range lines {
			if isQuotedLine(l) {
				return i, 0, kind, true
			}
		}
		return 0, 0, kind, false
	}
	return sep, span, kind, true
}
