package mail

// Two ways of quoting that the separators of reply_strip.go do not see:
//
//   - answers typed inside the quoted request ("Zie hieronder." on top, Outlook's
//     "[MJ] Akkoord" between the quoted lines, or unquoted lines between '>' lines).
//     They count only when the new text announces them or is empty, and only the
//     inserted lines are read: the quoted request itself says "akkoord" and "niet
//     akkoord" and never counts;
//   - mailx and other plain-text clients that quote with a tab or with leading spaces,
//     often under a bare "Marieke de Vries wrote:" line.

import (
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/net/html"
)

var (
	// "Zie hieronder", "Zie mijn reactie hieronder", "antwoorden in de tekst", "see
	// below", "see my comments inline", "answers in red".
	reInlineAnnounce = regexp.MustCompile(`(?i)\b(?:zie|see|antwoord(?:en)?|reactie(?:s)?|opmerking(?:en)?|commentaar|answers?|comments?|repl(?:y|ies)|responses?|notes?)\b.{0,40}\b(?:hieronder|onder|beneden|inline|tussendoor|in\s+de\s+tekst|in\s+je\s+mail|in\s+uw\s+mail|in\s+de\s+mail|in\s+het\s+bericht|in\s+(?:het\s+)?(?:rood|blauw|groen|vet)|below|in\s+(?:red|blue|green|bold)|in\s+the\s+text|in\s+your\s+mail|in\s+the\s+mail)\b`)

	// A line typed into a quoted message, marked with initials or an arrow: "[MJ]
	// Akkoord", "(MJ) niet akkoord", "<<MJ>> akkoord", "==> akkoord", "→ akkoord".
	reInlineMarker = regexp.MustCompile(`^\s*(?:\[(\p{L}{1,12})\]|\((\p{Lu}{2,4})\)|<<\s*(\p{L}{1,12})\s*>>|\*{1,2}(\p{Lu}{2,4})\*{1,2}|={1,2}>|-{1,2}>|→|►|⇒)\s*:?\s*(\S.*)$`)

	// An attribution line without a date or address: "Marieke de Vries wrote:",
	// "Jan schreef:", "Op dinsdag heeft Jan het volgende geschreven:".
	reLooseAttribution = regexp.MustCompile(`(?i)^\s*\S.{0,150}\b(?:wrote|writes|schreef|schrijft|geschreven|schrieb|a [ée]crit)\s*:\s*$`)

	// The opening of a quoted letter: a salutation or a header field.
	reLetterStart = regexp.MustCompile(`(?i)^\s*(?:beste|geachte|hoi|hallo|dear|hi|hello|van\s*:|from\s*:|onderwerp\s*:|subject\s*:|aan\s*:|to\s*:)`)
)

// announcesInline reports a new text that only points at answers further down:
// "Zie hieronder.", "Zie mijn reactie hieronder.\n\nMarieke", "See inline".
func announcesInline(s string) bool {
	s = dropTrailingNames(s)
	return len(strings.Fields(s)) <= 12 && reInlineAnnounce.MatchString(fold(s))
}

// inlineAnswers returns what was typed into the quoted message in lines: the unquoted
// lines between '>' quoted ones, or (without '>' quoting, as in Outlook) the lines
// marked with initials or an arrow. Without a pointer above the quote ("Zie
// hieronder") only upper-case initials count as a mark: a quoted request may hold
// arrows and "[x]" check boxes of its own.
func inlineAnswers(lines []string, pointed bool) string {
	first := firstNonBlank(lines)
	if first < 0 {
		return ""
	}
	if isQuotedLine(lines[first]) {
		if next, _, _ := findSeparator(lines, first); next >= 0 {
			lines = lines[:next]
		}
		kept, _ := dropQuoted(lines)
		return cleanLines(kept)
	}
	var out []string
	for _, l := range lines {
		m := reInlineMarker.FindStringSubmatch(capLine(l))
		if m == nil {
			continue
		}
		tag := m[1] + m[2] + m[3] + m[4]
		if tag != "" && isKeywordTag(tag) {
			continue // a button rendered as "[Akkoord]" in the quoted request
		}
		if !pointed && !isInitials(tag) {
			continue
		}
		out = append(out, strings.TrimSpace(m[5]))
	}
	return strings.Join(out, "\n\n")
}

// isKeywordTag reports a bracketed word that is a decision word itself.
func isKeywordTag(tag string) bool {
	switch fold(tag) {
	case "akkoord", "approve", "approved", "reject", "rejected", "nee", "ja", "no", "yes", "ok":
		return true
	}
	return false
}

// markIndentQuotes turns lines quoted by indentation into '>' quoted lines: a block
// indented with tabs or spaces under an attribution line ("Marieke de Vries wrote:",
// which is marked too), or a block of at least five tab-indented lines that opens like
// a letter (a salutation or header field). An indented list in the new text is
// neither.
func markIndentQuotes(lines []string) []string {
	var out []string
	top := firstNonBlank(lines)
	for i := 0; i < len(lines); {
		indent := indentOf(lines[i])
		if indent == "" {
			i++
			continue
		}
		// The block: indented lines with the same kind of indentation, blank lines
		// inside it allowed.
		end, nonBlank, letter := i, 0, false
		for j := i; j < len(lines); j++ {
			if isBlank(lines[j]) {
				continue
			}
			if !sameIndent(indentOf(lines[j]), indent) {
				break
			}
			if nonBlank < 3 && reLetterStart.MatchString(lines[j]) {
				letter = true
			}
			nonBlank++
			end = j + 1
		}
		attr, salutation := -1, -1
		for k := i - 1; k >= 0; k-- {
			if isBlank(lines[k]) {
				continue
			}
			if reLooseAttribution.MatchString(capLine(lines[k])) {
				attr = k
			} else if top == k && reLetterStart.MatchString(lines[k]) &&
				strings.HasSuffix(strings.TrimSpace(lines[k]), ",") {
				// The quote opens the body and its first line lost its indentation
				// when the body was trimmed: "Beste Jan,\n\n\tMarieke vraagt …".
				salutation, letter = k, true
			}
			break
		}
		quoted := attr >= 0 || (indent[0] == '\t' && nonBlank >= 5 && letter)
		if quoted {
			if out == nil {
				out = append([]string(nil), lines...)
			}
			for _, k := range []int{attr, salutation} {
				if k >= 0 {
					out[k] = "> " + strings.TrimSpace(out[k])
				}
			}
			for j := i; j < end; j++ {
				if !isBlank(lines[j]) {
					out[j] = "> " + strings.TrimSpace(lines[j])
				}
			}
		}
		i = max(end, i+1)
	}
	if out == nil {
		return lines
	}
	return out
}

// indentOf returns the leading tab, or two or more leading spaces, of a non-blank line.
func indentOf(l string) string {
	if isBlank(l) {
		return ""
	}
	if strings.HasPrefix(l, "\t") {
		return "\t"
	}
	n := len(l) - len(strings.TrimLeft(l, " "))
	if n >= 2 {
		return l[:n]
	}
	return ""
}

// sameIndent reports whether indentation b continues a block that started with a:
// tabs with tabs, spaces with at least as many spaces (wrapped or nested lines).
func sameIndent(b, a string) bool {
	if a == "" || b == "" {
		return false
	}
	if a[0] == '\t' {
		return b[0] == '\t'
	}
	return b[0] == ' ' && len(b) >= len(a)
}

// isInitials reports two to four upper-case letters: "MJ", "JdB" is not.
func isInitials(tag string) bool {
	n := 0
	for _, r := range tag {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 4
}

// Colours an announcement may name ("Zie mijn reactie hieronder in het rood", "answers in
// red") and the CSS values Outlook and others write for them. Only plain, strong values:
// the request's own HTML uses greys, a dark red (#a40e26) and a link blue, none of these.
var inlineColours = []struct {
	name   *regexp.Regexp
	values map[string]bool
}{
	{regexp.MustCompile(`(?i)\b(?:rood|rode|red)\b`), set("red", "#ff0000", "#f00", "#c00000", "#c00", "#cc0000", "#e00", "#ee0000", "rgb(255,0,0)", "rgb(192,0,0)")},
	{regexp.MustCompile(`(?i)\b(?:blauw|blauwe|blue)\b`), set("blue", "#0000ff", "#00f", "#0070c0", "rgb(0,0,255)", "rgb(0,112,192)")},
	{regexp.MustCompile(`(?i)\b(?:groen|groene|green)\b`), set("green", "#00b050", "#008000", "#00ff00", "#0f0", "rgb(0,176,80)")},
}

var reStyleColour = regexp.MustCompile(`(?i)(?:^|[;\s"'])color\s*:\s*([^;"']+)`)

// colourPointer reports a new text whose first paragraph only points at answers in a
// colour further down, above a signature and notice: "Zie mijn reactie hieronder in het
// rood.\n\nKarim de Boer\nTeamleider …\n\nDit bericht kan informatie bevatten …".
func colourPointer(s string) bool {
	first, _, _ := strings.Cut(strings.TrimSpace(s), "\n\n")
	if !announcesInline(first) {
		return false
	}
	for _, c := range inlineColours {
		if c.name.MatchString(first) {
			return true
		}
	}
	return false
}

// colouredAnswers returns the text an announcement points at by colour ("Zie mijn
// reactie hieronder in het rood."): every element of html whose own style or font colour
// is the announced colour, each as a paragraph. Without a colour in the announcement, or
// no such element, it returns "". Outlook leaves such answers unmarked in the text part.
func colouredAnswers(announcement, body string) string {
	var values map[string]bool
	for _, c := range inlineColours {
		if c.name.MatchString(announcement) {
			if values != nil {
				return "" // two colours: which one holds the answer is unclear
			}
			values = c.values
		}
	}
	if values == nil || body == "" {
		return ""
	}
	doc, err := html.Parse(strings.NewReader(body))
	if err != nil {
		return ""
	}
	var out []string
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if depth > maxHTMLDepth {
			return
		}
		if n.Type == html.ElementNode && values[elementColour(n)] {
			var b strings.Builder
			nodeText(n, &b, depth)
			if t := strings.Join(strings.Fields(b.String()), " "); t != "" {
				out = append(out, t)
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(doc, 0)
	return strings.Join(out, "\n\n")
}

// elementColour returns the folded text colour an element sets itself, or "".
func elementColour(n *html.Node) string {
	for _, a := range n.Attr {
		switch strings.ToLower(a.Key) {
		case "style":
			if m := reStyleColour.FindStringSubmatch(a.Val); m != nil {
				return strings.ToLower(strings.Join(strings.Fields(m[1]), ""))
			}
		case "color":
			return strings.ToLower(strings.TrimSpace(a.Val))
		}
	}
	return ""
}

// nodeText appends the text below n, with a space for every element boundary.
func nodeText(n *html.Node, b *strings.Builder, depth int) {
	if depth > maxHTMLDepth {
		return
	}
	if n.Type == html.TextNode {
		b.WriteString(n.Data)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			b.WriteString(" ")
		}
		nodeText(c, b, depth+1)
	}
}
