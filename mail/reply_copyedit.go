package mail

import (
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Edits typed into the copy of the request. Outlook and other clients put the mail they
// answer below the answer; some people type into that copy instead of above it: "NIET"
// before a line, "alleen de voordeur" after the description, € 300 where the request said
// € 450. The reader only reads the answer on top (StripReply), so such an edit is
// invisible to it. The workflow knows the mail it sent, and CopyEdits compares the copy
// with it: every word of the copy must be a word of the sent mail, in its order. Words the
// client leaves out (links, images, buttons) count for nothing; words it adds are edits.

// AmbiguousCopyEdited is the reason a yes does not count when the copy of the request
// below it holds words the request did not (CopyEdits).
const AmbiguousCopyEdited = "copy-edited"

// Limits of CopyEdits: a copy or a sent mail of more words is compared in its first
// copyMaxWords words only, and the part where the two differ may be at most
// copyMaxDiff words long on either side (beyond that it is no copy of this mail).
const (
	copyMaxWords = 5000
	copyMaxDiff  = 800
)

// CopyEdits returns the words of reply's copy of sent that sent does not hold, in the
// order of the copy and as they were written: what the writer typed or changed in the
// quoted request. It returns nil when the reply holds no copy below its answer, when the
// copy is not a copy of sent (too few of its words are sent's), or when nothing was
// added. Both the text and the HTML part of each mail are read; the part of sent that fits
// the copy best counts. Words of sent struck through in the reply's HTML count too.
func CopyEdits(reply, sent *Message) []string {
	return CopyEditsBesides(reply, sent, "")
}

// CopyEditsBesides is CopyEdits without what the reader read as the answer: read is the
// reply's new text (Reply.NewText), which holds the answers typed into the quoted request
// when the reader read those ("Zie hieronder." on top, or nothing). A run of typed words
// that stands in read as it is counts for nothing: the reader decided on it already.
func CopyEditsBesides(reply, sent *Message, read string) []string {
	if reply == nil || sent == nil {
		return nil
	}
	var sentWords [][]string
	for _, b := range bodies(sent) {
		if w, _ := copyWords(strings.Split(normalizeBody(b), "\n")); len(w) > 0 {
			sentWords = append(sentWords, w)
		}
	}
	if len(sentWords) == 0 {
		return nil
	}
	// Outlook wraps a long subject in its header block without indenting the rest: the
	// rest is no edit.
	subject := map[string]bool{}
	for _, sj := range []string{reply.Subject, sent.Subject} {
		k, _ := copyWords([]string{sj})
		for _, w := range k {
			subject[w] = true
		}
	}
	readWords, _ := copyWords(strings.Split(normalizeBody(read), "\n"))
	readJoined := " " + strings.Join(readWords, " ") + " "
	var edits []string
	for _, b := range bodies(reply) {
		region := copyRegion(b)
		if len(region) == 0 {
			continue
		}
		words, shown := copyWords(region)
		var best []int
		found := false
		for _, sw := range sentWords {
			if added, ok := addedWords(words, sw, subject); ok && (!found || len(added) < len(best)) {
				best, found = added, true
			}
		}
		// Runs of consecutive typed words; a run the reader read is left out.
		for start := 0; start < len(best); {
			end := start + 1
			for end < len(best) && best[end] == best[end-1]+1 {
				end++
			}
			var run []string
			for _, i := range best[start:end] {
				// The initials that mark an inline answer ("[GJH] Akkoord") are not in
				// the answer the reader read.
				if !copyInitials.MatchString(shown[i]) {
					run = append(run, words[i])
				}
			}
			if len(readWords) == 0 || !strings.Contains(readJoined, " "+strings.Join(run, " ")+" ") {
				for _, i := range best[start:end] {
					edits = append(edits, shown[i])
				}
			}
			start = end
		}
	}
	if len(edits) == 0 {
		edits = struckEdits(reply, sent, sentWords)
	}
	return edits
}

// bodies returns the text renderings of a message: its text part and, when it has one,
// its HTML part as text.
func bodies(m *Message) []string {
	var out []string
	if strings.TrimSpace(m.Text) != "" {
		out = append(out, m.Text)
	}
	if strings.TrimSpace(m.HTML) != "" {
		if t := HTMLToText(m.HTML); strings.TrimSpace(t) != strings.TrimSpace(m.Text) {
			out = append(out, t)
		}
	}
	return out
}

// copyRegion returns the lines of the copy of the answered mail in a reply body: the
// lines below the first quote separator (and below its header block) up to the next one,
// with their '>' marks removed. When the copy is '>' quoted only its quoted lines count
// (lines between them are answers, read by the reader itself); an unquoted copy (Outlook)
// counts only below an answer on top, since a bottom post has its answer in the same
// place. A forward has no copy of this kind.
func copyRegion(body string) []string {
	lines := strings.Split(normalizeBody(body), "\n")
	if len(lines) > maxStripLines {
		lines = lines[:maxStripLines]
	}
	lines = markIndentQuotes(lines)
	sep, span, kind, ok := quoteAt(lines)
	if !ok {
		return nil
	}
	below := lines[sep+span:]
	if kind == quoteHeader {
		below = below[copyHeaderEnd(below):]
	}
	first := firstNonBlank(below)
	if first < 0 {
		return nil
	}
	// eM Client writes its header block without colons ("From \"SPOC\" <…>", "Date
	// 23-11-2026 10:05:00") above the '>' quote: the quote below such lines is the copy.
	quoted := false
	for i, seen := first, 0; i < len(below) && seen <= 6; i++ {
		if isBlank(below[i]) {
			continue
		}
		if isQuotedLine(below[i]) {
			quoted = true
			break
		}
		if f := strings.Fields(strings.ToLower(below[i])); len(f) == 0 || !headerWord[strings.Trim(f[0], "*:")] {
			break
		}
		seen++
	}
	if quoted {
		var out []string
		for _, l := range below {
			if isQuotedLine(l) {
				out = append(out, strings.TrimLeft(l, "> \t"))
			}
		}
		// iOS Mail quotes its attribution line too ("> Op … heeft … het volgende
		// geschreven:"), and Apple Mail its "Begin forwarded message:" with the header
		// block below it: they are no part of the copy.
		if f := firstNonBlank(out); f >= 0 {
			if n, k := separatorAt(out, f); k != quoteNone {
				out = out[f+n:]
				if k != quoteReply {
					out = out[copyHeaderEnd(out):]
				}
			}
		}
		return out
	}
	if strings.TrimSpace(cleanLines(lines[:sep])) == "" {
		return nil
	}
	if next, _, _ := findSeparator(below, first); next >= 0 {
		below = below[:next]
	}
	return below
}

// copyWords splits lines into the words compared, folded to lower case (keys), and the
// same words as written (shown): runs of letters and digits, with '.' and ',' kept between
// digits ("780,00"). Links, mail addresses, images ("[image: logo]") and what stands
// between '<' and '>' (a link Outlook writes after its text, possibly over several lines)
// are left out: clients write them in ways of their own.
func copyWords(lines []string) (keys, shown []string) {
	inAngle := false
	for _, l := range lines {
		if t := strings.ToLower(strings.TrimSpace(l)); strings.HasPrefix(t, "[image:") || strings.HasPrefix(t, "[afbeelding:") {
			continue // an image as Gmail and others write it in text
		}
		for _, f := range strings.Fields(l) {
			if len(keys) >= copyMaxWords {
				return keys, shown
			}
			if inAngle {
				if i := strings.IndexByte(f, '>'); i >= 0 {
					inAngle = false
					f = f[i+1:]
				} else {
					continue
				}
			}
			if i := strings.IndexByte(f, '<'); i >= 0 && linkLike(strings.TrimLeft(f[i:], "<")) {
				if j := strings.IndexByte(f[i:], '>'); j >= 0 {
					f = f[:i] + " " + f[i+j+1:]
				} else {
					f, inAngle = f[:i], true
				}
			}
			for _, g := range strings.Fields(f) {
				if !linkLike(g) {
					keys, shown = appendWords(keys, shown, g)
				}
			}
		}
	}
	return keys, shown
}

// linkLike reports a field that is (part of) a link or an address, or the number that
// Roundcube's and mutt's HTML-to-text conversion puts after a link's text ("pagina [1].").
func linkLike(f string) bool {
	l := strings.ToLower(f)
	return linkFootnote.MatchString(l) || strings.Contains(l, "://") || strings.HasPrefix(l, "mailto:") || strings.HasPrefix(l, "www.") || strings.HasPrefix(l, "http") ||
		strings.Contains(l, "@") || strings.HasPrefix(l, "cid:") || strings.HasPrefix(l, "[cid:") ||
		(strings.Contains(l, "%") && strings.ContainsAny(l, "=&"))
}

var copyInitials = regexp.MustCompile(`^\p{Lu}{2,4}$`)

var linkFootnote = regexp.MustCompile(`^\[\d{1,3}\][.,;:!?)]*$`)

// appendWords appends the words of one field, folded and as written.
func appendWords(keys, shown []string, f string) ([]string, []string) {
	rs := []rune(f)
	start := -1
	flush := func(end int) {
		if start >= 0 {
			if w := string(rs[start:end]); fold(w) != "" {
				keys, shown = append(keys, fold(w)), append(shown, w)
			}
			start = -1
		}
	}
	for i, r := range rs {
		inWord := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) ||
			((r == '.' || r == ',') && i > 0 && i+1 < len(rs) && unicode.IsDigit(rs[i-1]) && unicode.IsDigit(rs[i+1]))
		switch {
		case inWord && start < 0:
			start = i
		case !inWord:
			flush(i)
		}
	}
	flush(len(rs))
	return keys, shown
}

// addedWords returns the indexes of the words of cp that a longest common subsequence
// with sent leaves over, and whether cp is a copy of sent at all: at least 10 of its words and 60 % of
// them must be matched. Added words before the first matched one are left out when they
// are a notice a mail system puts on top of a mail it receives ("LET OP: deze e-mail is
// afkomstig van buiten de organisatie") or the rest of a subject wrapped in the header
// block, and added words after the last matched one are
// always left out: the reader reads what is typed below the copy itself
// (typedOutsideTop), and a footer a mail system adds to sent mail ends up there.
func addedWords(cp, sent []string, subject map[string]bool) ([]int, bool) {
	// The two mostly agree: the part where they differ is found between their common
	// start and end.
	pre := 0
	for pre < len(cp) && pre < len(sent) && cp[pre] == sent[pre] {
		pre++
	}
	suf := 0
	for suf < len(cp)-pre && suf < len(sent)-pre && cp[len(cp)-1-suf] == sent[len(sent)-1-suf] {
		suf++
	}
	a, b := cp[pre:len(cp)-suf], sent[pre:len(sent)-suf]
	if len(a) > copyMaxDiff || len(b) > copyMaxDiff*4 {
		return nil, false
	}
	matched := make([]bool, len(a))
	lcsMark(a, b, matched)
	n := pre + suf
	for _, m := range matched {
		if m {
			n++
		}
	}
	if n < 10 || n*10 < len(cp)*6 {
		return nil, false
	}
	all := make([]bool, len(cp))
	for i := range all {
		all[i] = i < pre || i >= len(cp)-suf || matched[i-pre]
	}
	firstMatch, lastMatch := -1, -1
	for i, m := range all {
		if m {
			if firstMatch < 0 {
				firstMatch = i
			}
			lastMatch = i
		}
	}
	var added []int
	if firstMatch > 0 && !systemNotice(cp[:firstMatch]) && !allIn(cp[:firstMatch], subject) {
		for i := range firstMatch {
			added = append(added, i)
		}
	}
	for i := firstMatch; i <= lastMatch; i++ {
		if !all[i] {
			added = append(added, i)
		}
	}
	return added, true
}

// lcsMark marks in matched the words of a that a longest common subsequence of a and b
// uses.
func lcsMark(a, b []string, matched []bool) {
	if len(a) == 0 || len(b) == 0 {
		return
	}
	w := len(b) + 1
	dp := make([]uint16, (len(a)+1)*w)
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			switch {
			case a[i] == b[j]:
				dp[i*w+j] = dp[(i+1)*w+j+1] + 1
			case dp[(i+1)*w+j] >= dp[i*w+j+1]:
				dp[i*w+j] = dp[(i+1)*w+j]
			default:
				dp[i*w+j] = dp[i*w+j+1]
			}
		}
	}
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			matched[i] = true
			i++
			j++
		case dp[(i+1)*w+j] >= dp[i*w+j+1]:
			i++
		default:
			j++
		}
	}
}

// systemNotice reports words that a mail system puts on top of a mail it receives: a
// warning that it comes from outside, Microsoft's first-contact tip, a scan notice.
func systemNotice(words []string) bool {
	for _, w := range words {
		switch w {
		case "extern", "externe", "external", "outside", "buiten", "caution", "waarschuwing", "phishing",
			"scanned", "gescand", "virus", "quarantine", "afzender", "sender", "organisatie", "organization", "organisation":
			return true
		}
	}
	j := " " + strings.Join(words, " ") + " "
	for _, p := range []string{" often get email from ", " niet vaak e mail van ", " learn why this is important ",
		" ontdek waarom dit belangrijk is ", " meer informatie over waarom dit belangrijk is "} {
		if strings.Contains(j, p) {
			return true
		}
	}
	return false
}

// allIn reports whether every word is in set.
func allIn(words []string, set map[string]bool) bool {
	for _, w := range words {
		if !set[w] {
			return false
		}
	}
	return true
}

// struckWords returns the words of the HTML that are struck through (<s>, <strike>, <del>,
// text-decoration: line-through): a writer striking out a line of the copy in Outlook adds
// no word, but changes it all the same.
func struckWords(h string) []string {
	l := strings.ToLower(h)
	if !strings.Contains(l, "<s>") && !strings.Contains(l, "<s ") && !strings.Contains(l, "<strike") && !strings.Contains(l, "<del") &&
		!strings.Contains(l, "line-through") {
		return nil
	}
	doc, err := html.Parse(strings.NewReader(h))
	if err != nil {
		return nil
	}
	var out []string
	var walk func(n *html.Node, struck bool, depth int)
	walk = func(n *html.Node, struck bool, depth int) {
		if depth > maxHTMLDepth || len(out) >= copyMaxWords {
			return
		}
		switch n.Type {
		case html.TextNode:
			if struck {
				k, _ := copyWords([]string{n.Data})
				out = append(out, k...)
			}
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.S, atom.Strike, atom.Del:
				struck = true
			case atom.Script, atom.Style, atom.Head:
				return
			}
			if strings.Contains(strings.ToLower(htmlAttr(n, "style")), "line-through") {
				struck = true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, struck, depth+1)
		}
	}
	walk(doc, false, 0)
	return out
}

// struckEdits returns the words of the sent mail (sentWords: the words of its parts) that
// the reply's HTML strikes through and the sent mail's does not, shown struck (U+0336).
func struckEdits(reply, sent *Message, sentWords [][]string) []string {
	struck := struckWords(reply.HTML)
	if len(struck) == 0 {
		return nil
	}
	inSent := map[string]bool{}
	for _, ws := range sentWords {
		for _, w := range ws {
			inSent[w] = true
		}
	}
	already := map[string]bool{}
	for _, w := range struckWords(sent.HTML) {
		already[w] = true
	}
	var out []string
	for _, w := range struck {
		if inSent[w] && !already[w] {
			var b strings.Builder
			for _, r := range w {
				b.WriteRune(r)
				b.WriteRune('\u0336')
			}
			out = append(out, b.String())
		}
	}
	return out
}

// headerWord are the field names of a header block above a quote.
var headerWord = map[string]bool{"from": true, "to": true, "cc": true, "date": true, "sent": true, "subject": true,
	"van": true, "aan": true, "datum": true, "verzonden": true, "onderwerp": true}

// copyHeaderEnd is headerBlockEnd, also past the fields a forward's header block may add
// ("Reply-To:", "Antwoord aan:") and past eM Client's header block without colons ("Van
// \"SPOC\" <…>", "Datum 25-11-2026 08:46:59"), which it writes above an unquoted copy too.
func copyHeaderEnd(lines []string) int {
	i := headerBlockEnd(lines)
	if i == 0 {
		i = colonlessHeaderEnd(lines)
	}
	for i < len(lines) && reCopyHeaderField.MatchString(capLine(lines[i])) {
		i++
	}
	return i
}

var reCopyHeaderField = regexp.MustCompile(`(?i)^\s*[*_]{0,2}(?:reply-to|antwoord\s+aan|beantwoorden\s+aan|cc|bcc|from|to|van|aan|date|datum|subject|onderwerp|sent|verzonden)[*_]{0,2}\s?:`)

// colonlessHeaderEnd returns the end of a header block without colons at the top of lines
// (at least two lines, each opening with a field name and a value), or 0.
func colonlessHeaderEnd(lines []string) int {
	i := firstNonBlank(lines)
	if i < 0 {
		return 0
	}
	n := 0
	for ; i < len(lines) && !isBlank(lines[i]); i++ {
		f := strings.Fields(strings.ToLower(capLine(lines[i])))
		if len(f) < 2 || !headerWord[f[0]] {
			break
		}
		n++
	}
	if n < 2 {
		return 0
	}
	return i
}
