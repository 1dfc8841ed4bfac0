package mail

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Limits that keep the reply reader linear and cheap on hostile input.
const (
	maxStripLines    = 5000     // lines of a body examined for quote separators
	maxSeparatorLine = 1000     // bytes of one line examined by the separator patterns
	maxSeparatorSpan = 3        // a separator ("Op … schreef …:") may wrap over this many lines
	maxAnalyzedText  = 64 << 10 // bytes of new text analysed for a decision
)

// StripReply returns only the newly written text of a reply body (text/plain form):
// quoted messages (every common client's attribution line or header block, '>'
// quoting, bottom posts and inline replies), signatures, mobile footers, legal
// disclaimers and "external sender" banners are removed; the result is trimmed.
func StripReply(text string) string {
	return stripReply(text).text
}

// quoteKind is the kind of the first quote separator found in a body.
type quoteKind int

const (
	quoteNone    quoteKind = iota
	quoteReply             // an attribution line: "On … wrote:", "Op … schreef …:", "Op … heeft … het volgende geschreven:"
	quoteHeader            // an Outlook header block, "-----Oorspronkelijk bericht-----", an underscore line
	quoteForward           // "---------- Forwarded message ---------", "Begin doorgestuurd bericht:"
)

type strippedText struct {
	text   string
	kind   quoteKind // first separator found
	quoted bool      // quoted material was found and removed
	inline string    // answers typed into the quote, when text is empty or points at them
	top    string    // the unquoted lines above the first separator, signature and all
	typed  string    // unquoted lines typed into or below the quote, whatever is above it
}

var (
	// -----Original Message----- and its translations (Outlook desktop, Lotus, Yahoo).
	reOriginalMessage = regexp.MustCompile(`(?i)^[\s>]*[-_=*]{2,}\s*(?:oorspronkelijk bericht|origineel bericht|oorspronkelijke bericht|original message|reply message|urspr(?:ü|ue|u)ngliche nachricht|message d'origine|oprindelig meddelelse|originalmeddelande|mensaje original|messaggio originale)\s*[-_=*]{2,}\s*$`)

	// Forward markers: Gmail ("---------- Forwarded message ---------", also in Dutch
	// Gmail), Thunderbird/Yahoo ("-------- Doorgestuurd bericht --------"), Apple Mail
	// ("Begin doorgestuurd bericht:").
	reForwardMarker = regexp.MustCompile(`(?i)^[\s>]*(?:[-_=*]{2,}\s*(?:forwarded message|doorgestuurd bericht|doorgestuurde bericht|weitergeleitete nachricht|message transf[ée]r[ée]|mensaje reenviado|messaggio inoltrato)\s*[-_=*]{2,}|(?:begin forwarded message|begin doorgestuurd bericht|anfang der weitergeleiteten nachricht|d[ée]but du message r[ée]exp[ée]di[ée])\s*:)\s*$`)

	// Outlook Web / new Outlook put a line of 32 underscores above the header block.
	reUnderscoreLine = regexp.MustCompile(`^\s*_{20,}\s*$`)

	// Attribution lines starting with "On/Op/Am …" (Gmail, Apple Mail, Thunderbird,
	// Outlook 2019+, Outlook mobile), possibly wrapped over a few lines:
	//   Op wo 25 nov. 2026 om 10:12 schreef Jan Jansen <jan@x.nl>:
	//   On Wed, Nov 25, 2026 at 10:12 AM Jan Jansen <jan@x.nl> wrote:
	//   Op 25 nov. 2026, om 10:12 heeft Jan Jansen <jan@x.nl> het volgende geschreven:
	//   Op 25-11-2026 om 10:12 schreef Jan Jansen:
	//   On 25/11/2026 10:12, Jan Jansen wrote:
	reAttributionOn = regexp.MustCompile(`(?i)^[\s>*-]*(?:on|op|am|le|el|il|em|den|dne|w dniu)\s.*\b(?:wrote|schreef|geschreven|schrieb|a [ée]crit|escribi[óo]|ha scritto|escreveu|skrev|napsal|napisa[łl])\b.{0,200}:[\s*]*$`)

	// Attribution lines that start with the sender:
	//   Jan Jansen <jan@x.nl> schreef:
	//   Jan Jansen schreef op 25-11-2026 10:12:
	//   "Jan Jansen" <jan@x.nl> wrote:
	reAttributionWho = regexp.MustCompile(`(?i)^[\s>*-]*\S.{0,200}\b(?:wrote|writes|schreef|schrijft|schrieb|schreibt|a [ée]crit|skrev)\b.{0,120}:[\s*]*$`)

	// Outlook header blocks, in plain text and in text converted from HTML (Gmail
	// shows them as "*Van:* …"):
	//   Van: SPOC Gemeente <spoc@gemeente.nl>
	//   Verzonden: woensdag 25 november 2026 10:12
	//   Aan: Jansen, Jan <j.jansen@gemeente.nl>
	//   Onderwerp: …
	reHeaderFrom  = regexp.MustCompile(`(?i)^[\s]*[*_]{0,2}(?:van|from|von|de|fra|fr[åa]n|da|od)[*_]{0,2}\s?:[*_]{0,2}\s*\S`)
	reHeaderField = regexp.MustCompile(`(?i)^[\s]*[*_]{0,2}(?:verzonden|sent|aan|to|onderwerp|subject|datum|date|cc|bcc|kopie|betreff|gesendet|an|objet|envoy[ée]|[àa]|importance|urgentie|prioriteit|belang|afzender|antwoord\s+aan|reply-to)[*_]{0,2}\s?:`)

	// Mobile and client footers: "Verzonden vanaf mijn iPhone", "Verstuurd vanaf mijn
	// iPad", "Sent from my iPhone", "Verzonden vanuit Outlook", "Sent from Outlook for
	// Android", "Gesendet von meinem iPhone", "Verzonden met BlackBerry", …
	reMobileFooter = regexp.MustCompile(`(?i)^\s*(?:verzonden|verstuurd|gestuurd|sent|gesendet|envoy[ée]|enviado|inviato)\s+(?:vanaf|vanuit|van|met|via|from|with|using|on|von|mit|mit|de|depuis|desde|da|dal)\b`)
	reOutlookGet   = regexp.MustCompile(`(?i)^\s*(?:(?:get|download)\s+outlook\s+(?:for|voor)\s+(?:ios|android)|outlook\s+voor\s+(?:ios|android)\s*(?:<[^>]*>)?\s*downloaden|outlook\s+f(?:ü|u)r\s+(?:ios|android)\s*(?:<[^>]*>)?\s*herunterladen)`)

	// GroupWise: >>> "SPOC Gemeente" <spoc@gemeente.nl> 25-11-2026 10:12 >>>
	reGroupWise = regexp.MustCompile(`^\s*>>>\s*\S.*\d.*>>>\s*$`)

	// Zoho Mail: "---- On Tue, 03 Mar 2026 10:12:45 +0100 Name <addr> wrote ----".
	reAttributionDashed = regexp.MustCompile(`(?i)^[\s>]*-{2,}\s*(?:on|op|am|le)\s.*\b(?:wrote|schreef|schrieb|a [ée]crit)\b\s*-{2,}\s*$`)
	// Mutt/NeoMutt: "* Name <addr> [2026-03-03 10:12 +0100]:".
	reAttributionMutt = regexp.MustCompile(`^[\s>]*\*\s+\S.{0,200}\[\d{4}-\d{2}-\d{2}[^\]]{0,40}\]:\s*$`)

	// Signature separators: "-- " (RFC 3676), "--", "__".
	reSigSeparator = regexp.MustCompile(`^(?:-- ?|-{2,4}|_{2,4}|—|–)\s*$`)
)

// Disclaimer and banner starts, folded (lower case, no diacritics).
var disclaimerStarts = []string{
	"dit e-mailbericht is uitsluitend bestemd",
	"dit e-mailbericht is alleen bestemd",
	"dit bericht is uitsluitend bestemd",
	"deze e-mail is uitsluitend bestemd",
	"deze e-mail is alleen bestemd",
	"dit e-mailbericht en eventuele bijlagen",
	"dit e-mailbericht kan vertrouwelijke",
	"dit bericht kan vertrouwelijke",
	"de informatie verzonden met dit e-mailbericht",
	"de informatie verzonden in dit e-mailbericht",
	"de informatie in dit e-mailbericht",
	"de informatie opgenomen in dit e-mailbericht",
	"de inhoud van dit e-mailbericht",
	"de inhoud van dit bericht",
	"aan dit bericht kunnen geen rechten",
	"aan dit e-mailbericht kunnen geen rechten",
	"aan deze e-mail kunnen geen rechten",
	"indien u dit bericht ten onrechte",
	"mocht u dit bericht ten onrechte",
	"denk aan het milieu",
	"disclaimer",
	"this e-mail and any attachments",
	"this email and any attachments",
	"this e-mail and any files",
	"this email and any files",
	"this message and any attachments",
	"this message (including any attachments)",
	"the information contained in this",
	"the information in this e-mail",
	"the information in this email",
	"if you are not the intended recipient",
	"confidentiality notice",
	"dit bericht is vertrouwelijk",
	"dit e-mailbericht is vertrouwelijk",
	"deze e-mail is vertrouwelijk",
	"deze mail is vertrouwelijk",
	"this message is confidential",
	"this e-mail is confidential",
	"this email is confidential",
	"please consider the environment",
	"think before you print",
	"this email has been scanned",
	// An organisation's notice that a mail binds to nothing: "Dit e-mailbericht is geen
	// akkoord, opdracht of bestelling, tenzij …", "This e-mail does not constitute an order".
	"dit e-mailbericht is geen akkoord",
	"dit e-mailbericht is geen opdracht",
	"dit e-mailbericht is geen bestelling",
	"dit e-mailbericht vormt geen",
	"deze e-mail is geen akkoord",
	"deze e-mail is geen opdracht",
	"deze e-mail vormt geen",
	"this e-mail does not constitute",
	"this email does not constitute",
	"this message does not constitute",
	"this e-mail is not an order",
	"this email is not an order",
	"this e-mail has been scanned",
	// The slogan Dutch alcohol advertising must carry, which brewers and wine merchants
	// put under their mail: "Geniet, maar drink met mate. Niet voor personen onder de 18."
	// Terms of business under a company signature: "Op al onze prestaties zijn onze algemene
	// voorwaarden van toepassing. Indien u niet akkoord gaat met deze voorwaarden, …".
	"op al onze prestaties",
	"op al onze werkzaamheden",
	"op al onze diensten",
	"op al onze leveringen",
	"op al onze overeenkomsten",
	"op al onze offertes",
	"geniet, maar drink met mate",
	"geniet maar drink met mate",
	"nix18",
	"nix 18",
}

// Banner lines inserted by mail gateways and Microsoft 365; removed wherever they
// appear so that they never hide the start of the new text.
var bannerStarts = []string{
	"let op: deze e-mail is afkomstig van buiten",
	"let op: deze mail is afkomstig van buiten",
	"let op: deze e-mail komt van buiten",
	"let op: deze mail komt van buiten",
	"let op: dit bericht is afkomstig van buiten",
	"caution: this email originated from outside",
	"caution: this e-mail originated from outside",
	"external email",
	"[external]",
	"[extern]",
	"extern bericht",
	"you don't often get email from",
	"you don’t often get email from",
	"u ontvangt niet vaak e-mail van",
	"sommige personen die dit bericht hebben ontvangen, ontvangen niet vaak e-mail",
	"some people who received this message don't often get email from",
	"spocd-token:",
}

// stripReply does the work of StripReply and reports what it found.
func stripReply(text string) strippedText {
	text = normalizeBody(text)
	lines := strings.Split(text, "\n")
	if len(lines) > maxStripLines {
		lines = lines[:maxStripLines]
	}
	lines = markIndentQuotes(lines)

	sep, span, kind := findSeparator(lines, 0)
	top := lines
	if sep >= 0 {
		top = lines[:sep]
	}
	hadQuoted := sep >= 0
	topLines, q := dropQuoted(top)
	hadQuoted = hadQuoted || q
	out := strippedText{text: cleanLines(topLines), kind: kind, quoted: hadQuoted, top: strings.Join(topLines, "\n")}
	// Below the separator; for a header block ("-----Oorspronkelijk bericht-----" and its
	// fields) below the block, where the quoted request starts.
	var below []string
	if sep >= 0 {
		below = lines[sep+span:]
		if kind == quoteHeader {
			below = below[headerBlockEnd(below):]
			below = below[attributionAfterHeader(below):]
		}
	}
	if sep >= 0 && kind != quoteForward {
		out.typed = inlineAnswers(below, false)
	}
	greeting := ""
	if onlyGreeting(out.text) {
		// "Hoi," above the attribution line and the answer below the quote (Mutt, Gnus).
		greeting, out.text = out.text, ""
	}
	if pointed := out.text != "" && announcesInline(out.text); sep >= 0 && kind != quoteForward && (out.text == "" || pointed) {
		// "Zie hieronder." above the quote, or nothing: the answers typed into the
		// quoted request.
		out.inline = inlineAnswers(below, pointed)
	}
	if out.text != "" || sep < 0 || (kind != quoteReply && kind != quoteHeader) {
		if greeting != "" {
			out.text = greeting
		}
		return out
	}

	// Nothing above the attribution line (or the "----- Oorspronkelijk bericht -----"
	// header block of Zimbra and others): a bottom post or an inline reply. It must be
	// followed by '>' quoted lines; the unquoted lines between and below them are the
	// new text.
	rest := lines[sep+span:]
	if kind == quoteHeader {
		rest = rest[headerBlockEnd(rest):]
		rest = rest[attributionAfterHeader(rest):]
	}
	first := firstNonBlank(rest)
	if first >= 0 && !isQuotedLine(rest[first]) && kind == quoteReply {
		// "Op … schreef …:", then "Hoi," or "Hieronder mijn reactie, tussen de regels
		// door." and the request quoted with answers typed between its lines: the lines
		// above the quote open the inline reply.
		if q := greetingAboveQuote(rest, first); q > first {
			first = q
		}
	}
	if first < 0 || !isQuotedLine(rest[first]) {
		if kind == quoteHeader && greeting != "" {
			out.text = greeting // the lone line above the header block is all there is
		}
		return out
	}
	if next, _, _ := findSeparator(rest, first); next >= 0 {
		rest = rest[:next]
	}
	restLines, _ := dropQuoted(rest)
	if unquotedRequestLine(restLines) {
		return out // the request itself below the attribution, not quoted: no answer to read
	}
	out.text = cleanLines(restLines)
	if out.inline == out.text {
		// The lines between the quotes are the new text itself: reading them twice
		// (and showing them twice) adds nothing.
		out.inline = ""
	}
	if greeting != "" && out.text != "" {
		out.text = greeting + "\n" + out.text
	} else if greeting != "" {
		out.text = greeting
	}
	return out
}

// attributionAfterHeader returns the number of lines that an attribution line under a
// separator line takes, with the blank lines around it: Proton Mail writes "-------
// Original Message -------", then "On Tuesday, … wrote:", then the '>' quote. 0 when the
// lines do not open with one.
func attributionAfterHeader(lines []string) int {
	i := firstNonBlank(lines)
	if i < 0 || i > 1 || !reLooseAttribution.MatchString(lines[i]) {
		return 0
	}
	return i + 1
}

// onlyGreeting reports a lone salutation line such as "Hoi," or "Hi Sarah,".
func onlyGreeting(s string) bool {
	s = strings.TrimSpace(s)
	return s != "" && !strings.Contains(s, "\n") && strings.HasSuffix(s, ",") && len(strings.Fields(s)) <= 4
}

// normalizeBody unifies line ends and removes invisible characters.
func normalizeBody(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return invisibleReplacer.Replace(s)
}

var invisibleReplacer = strings.NewReplacer(
	"\u00a0", " ", // no-break space (Outlook)
	"\u202f", " ",
	"\ufeff", "", // byte order mark
	"\u200b", "", "\u200c", "", "\u200d", "", "\u2060", "", "\u00ad", "",
)

// findSeparator returns the index of the first quote separator at or after from that
// is not itself inside '>' quoted text, the number of lines it spans and its kind;
// -1 when there is none.
func findSeparator(lines []string, from int) (int, int, quoteKind) {
	for i := from; i < len(lines); i++ {
		if isBlank(lines[i]) {
			continue
		}
		if reGroupWise.MatchString(capLine(lines[i])) {
			return i, 1, quoteHeader
		}
		if isQuotedLine(lines[i]) {
			continue
		}
		if span, kind := separatorAt(lines, i); kind != quoteNone {
			if kind == quoteHeader {
				// GMX and web.de put the date above the sender: "Gesendet: Dienstag, …
				// um 12:30 Uhr" / "Sent: Tuesday, … at 12:30 PM", then "Von:"/"From:",
				// "An:"/"To:", "Betreff:"/"Subject:". That line belongs to the block.
				for i > from && reHeaderDate.MatchString(capLine(lines[i-1])) {
					i--
					span++
				}
			}
			return i, span, kind
		}
	}
	return -1, 0, quoteNone
}

// reHeaderDate is a header block's date field, as GMX and web.de write it above the
// sender ("Gesendet: Dienstag, 17. November 2026 um 12:30 Uhr", "Sent: Tuesday,
// November 17, 2026 at 12:30 PM"); it must carry a digit.
var reHeaderDate = regexp.MustCompile(`(?i)^\s*[*_]{0,2}(?:gesendet|sent|verzonden|datum|date)[*_]{0,2}\s?:[*_]{0,2}\s*\S.*\d`)

// separatorAt reports whether a quote separator starts at line i.
func separatorAt(lines []string, i int) (int, quoteKind) {
	line := capLine(lines[i])
	trimmed := strings.TrimSpace(line)
	// Cheap checks first: the patterns are only tried on lines that can match.
	marker := strings.Contains(line, "--") || strings.Contains(line, "__") || strings.Contains(line, "==") ||
		strings.Contains(line, "**") || strings.HasSuffix(trimmed, ":")
	label := strings.IndexByte(trimmed[:min(len(trimmed), 16)], ':') >= 0
	switch {
	case marker && reForwardMarker.MatchString(line):
		return 1, quoteForward
	case marker && (reOriginalMessage.MatchString(line) || reUnderscoreLine.MatchString(line)):
		return 1, quoteHeader
	case label && reHeaderFrom.MatchString(line) && (headerInline(line) || headerFieldFollows(lines, i)):
		return 1, quoteHeader
	}
	// Attribution lines, possibly wrapped.
	joined := ""
	for span := 1; span <= maxSeparatorSpan && i+span <= len(lines); span++ {
		l := lines[i+span-1]
		if span > 1 && (isBlank(l) || isQuotedLine(l) || attributionAt(lines, i+span-1)) {
			// A line that is an attribution on its own starts the separator there:
			// the lines above it are new text ("Claire" above Spark's "On 8 Nov
			// 2026 at 09:57 +0100, Name <addr>, wrote:").
			break
		}
		if span == 1 {
			joined = line
		} else {
			joined += " " + capLine(strings.TrimSpace(l))
		}
		if isAttribution(joined) {
			return span, quoteReply
		}
	}
	return 0, quoteNone
}

// reAttributionOnStart is how an "On <date> … wrote:" attribution opens.
var reAttributionOnStart = regexp.MustCompile(`(?i)^\s*(?:on|op|am|le|el|il|em|den|dne|w dniu)\s+.{0,40}\d`)

// attributionAt reports an "On <date> … wrote:" attribution (possibly wrapped) that
// starts at line j. Only that form: a continuation line such as "<jan@x.nl> wrote:" is
// no attribution of its own.
func attributionAt(lines []string, j int) bool {
	if !reAttributionOnStart.MatchString(capLine(lines[j])) {
		return false
	}
	joined := ""
	for span := 1; span <= maxSeparatorSpan && j+span <= len(lines); span++ {
		l := strings.TrimSpace(lines[j+span-1])
		if span > 1 && (l == "" || isQuotedLine(lines[j+span-1])) {
			return false
		}
		if span == 1 {
			joined = capLine(lines[j])
		} else {
			joined += " " + capLine(l)
		}
		if isAttribution(joined) {
			return true
		}
	}
	return false
}

func isAttribution(s string) bool {
	if reAttributionDashed.MatchString(s) || reAttributionMutt.MatchString(s) {
		return true
	}
	if !strings.HasSuffix(strings.TrimRight(s, " \t*"), ":") {
		return false
	}
	if reAttributionOn.MatchString(s) && strings.ContainsAny(s, "0123456789@") {
		return true
	}
	if reAttributionWho.MatchString(s) {
		// "Jan <jan@x.nl> schreef:" or "Jan schreef op 25-11-2026 10:12:"
		f := fold(s)
		if strings.Contains(s, "@") {
			return true
		}
		for _, w := range []string{"schreef op", "wrote on", "schrieb am"} {
			if strings.Contains(f, w) && strings.ContainsAny(s, "0123456789") {
				return true
			}
		}
	}
	return false
}

// A line that holds only an address: "[mailto:spoc@example.org]", "<spoc@example.org>".
var reAddressLine = regexp.MustCompile(`^\s*(?:\[mailto:[^\]\s]+\]|<[^>\s]+@[^>\s]+>)\s*$`)

// The subject field of a header block.
var reSubjectField = regexp.MustCompile(`(?i)^[\s]*[*_]{0,2}(?:onderwerp|subject|betreff|objet)[*_]{0,2}\s?:`)

// blankFollows reports that the line after lines[i] is blank or the last one.
func blankFollows(lines []string, i int) bool {
	return i+1 >= len(lines) || isBlank(lines[i+1])
}

// headerBlockEnd returns the index of the first line after the header fields that open
// lines ("Van: …", "Aan: …", "Onderwerp: …", folded values), or 0 when they do not open
// with a header field.
func headerBlockEnd(lines []string) int {
	i := 0
	for i < len(lines) && isBlank(lines[i]) {
		i++
	}
	start := i
	subject := false // the line before is the subject field or its rest
	for i < len(lines) && !isBlank(lines[i]) {
		l := capLine(lines[i])
		// A folded field goes on indented; Outlook 2010 wraps a long "Van: Name
		// [mailto:addr]" before the address, which then stands alone on the next line, and
		// a long subject without indenting its rest, up to the blank line below the block.
		folded := i > start && (strings.HasPrefix(l, " ") || strings.HasPrefix(l, "\t") || reAddressLine.MatchString(l) ||
			subject && (blankFollows(lines, i) || i+1 < len(lines) && reHeaderField.MatchString(capLine(lines[i+1]))))
		field := reHeaderField.MatchString(l)
		if !folded && !field && !reHeaderFrom.MatchString(l) {
			break
		}
		subject = field && reSubjectField.MatchString(l) || subject && folded
		i++
	}
	if i == start {
		return 0
	}
	return i
}

// headerInline reports the compact header form of Outlook mobile and some
// converters, all on one line: "From: X <x@y> Sent: … To: … Subject: …".
func headerInline(line string) bool {
	f := strings.NewReplacer("*", "", "_", "").Replace(fold(capString(line, 400)))
	if !strings.HasPrefix(strings.TrimSpace(f), "van") && !strings.HasPrefix(strings.TrimSpace(f), "from") {
		return false
	}
	for _, l := range []string{" verzonden:", " sent:", " onderwerp:", " subject:", " datum:", " date:",
		" verzonden :", " sent :", " onderwerp :", " subject :"} {
		if strings.Contains(f, l) {
			return true
		}
	}
	return false
}

// headerFieldFollows reports whether one of the next lines after a "Van:"/"From:"
// line is another header field (Verzonden:, Aan:, Onderwerp:, Sent:, To:, …).
func headerFieldFollows(lines []string, i int) bool {
	seen := 0
	for j := i + 1; j < len(lines) && seen < 6; j++ {
		if isBlank(lines[j]) {
			seen++
			continue
		}
		if reHeaderField.MatchString(capLine(lines[j])) {
			return true
		}
		seen++
		// A wrapped From value ("Van: Jan Jansen <\njan@x.nl>") may take a line; any
		// other text ends the block.
		if seen > 2 {
			return false
		}
	}
	return false
}

func capLine(s string) string { return capString(s, maxSeparatorLine) }

func isBlank(s string) bool { return strings.TrimSpace(s) == "" }

func isQuotedLine(s string) bool {
	return strings.HasPrefix(strings.TrimLeft(s, " \t"), ">")
}

func firstNonBlank(lines []string) int {
	for i, l := range lines {
		if !isBlank(l) {
			return i
		}
	}
	return -1
}

// dropQuoted removes '>' quoted lines; it reports whether there were any.
func dropQuoted(lines []string) ([]string, bool) {
	out := make([]string, 0, len(lines))
	quoted := false
	for _, l := range lines {
		if isQuotedLine(l) {
			quoted = true
			// Keep a paragraph break where the quote was (inline replies).
			if len(out) > 0 && !isBlank(out[len(out)-1]) {
				out = append(out, "")
			}
			continue
		}
		out = append(out, l)
	}
	return out, quoted
}

// Phrases of a legal notice found anywhere in a paragraph (the notice may open with words of
// its own: "Let op: een akkoord op facturen … Dit bericht kan vertrouwelijke informatie
// bevatten. Bent u niet de beoogde ontvanger, …").
var disclaimerInside = []string{"beoogde ontvanger", "bedoelde ontvanger", "intended recipient",
	"vertrouwelijke informatie", "confidential information", "kunnen geen rechten worden ontleend",
	"no rights can be derived", "informeer de afzender", "notify the sender", "verwijder het bericht",
	"delete this message", "delete this e-mail", "delete this email"}

// noticeAfterSignature reports that lines[i:] opens a paragraph of a legal notice right after
// a signature block in kept: a name, then names or titles ("Ingrid Smit\nTeamleider Zorg |
// Zorgcentrum De Linde\n(ma, di, do)"), after a blank line. What follows a full signature and
// holds a legal phrase is the organisation's footer, not the reply.
func noticeAfterSignature(kept, lines []string, i int) bool {
	end := len(kept)
	if end == 0 || strings.TrimSpace(kept[end-1]) != "" {
		return false
	}
	for end > 0 && strings.TrimSpace(kept[end-1]) == "" {
		end--
	}
	start := end
	for start > 0 && strings.TrimSpace(kept[start-1]) != "" && end-start <= 5 {
		start--
	}
	if start == 0 || end-start < 2 || end-start > 5 {
		return false // no text before the signature, or no block of name and title
	}
	for k, l := range kept[start:end] {
		l = strings.TrimSpace(l)
		if !isNameLine(l) && (k == 0 || !isTitleLine(l)) {
			return false
		}
	}
	var para strings.Builder
	for _, l := range lines[i:] {
		if strings.TrimSpace(l) == "" || para.Len() > 2000 {
			break
		}
		para.WriteString(fold(capString(strings.TrimSpace(l), 500)))
		para.WriteByte(' ')
	}
	p := strings.Join(strings.Fields(para.String()), " ")
	for _, d := range disclaimerInside {
		if strings.Contains(p, d) {
			return true
		}
	}
	for _, d := range disclaimerStarts {
		if len(d) > 20 && strings.Contains(p, d) {
			return true
		}
	}
	return false
}

// cleanLines removes banners, cuts at the first signature, mobile footer, closing or
// disclaimer, and tidies whitespace.
func cleanLines(lines []string) string {
	var kept []string
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" {
			kept = append(kept, "")
			continue
		}
		if noticeAfterSignature(kept, lines, i) {
			break
		}
		// Only the start of a line decides whether it is a banner, closing,
		// footer or disclaimer: fold a bounded prefix.
		f := fold(capString(t, 200))
		if hasAnyPrefix(f, bannerStarts) {
			continue
		}
		if isSignatureStart(l, t, f) {
			if ps := postscriptAfter(lines, i+1); len(ps) > 0 {
				kept = append(append(kept, ""), ps...)
			}
			break
		}
		kept = append(kept, strings.TrimRight(l, " \t"))
	}
	// Collapse runs of blank lines and trim.
	var b strings.Builder
	blank := false
	for _, l := range kept {
		if strings.TrimSpace(l) == "" {
			blank = b.Len() > 0
			continue
		}
		if blank {
			b.WriteString("\n\n")
		} else if b.Len() > 0 {
			b.WriteByte('\n')
		}
		blank = false
		b.WriteString(l)
	}
	return strings.TrimSpace(b.String())
}

// dropNameBlock removes a trailing paragraph that is only a name, title and
// contact details ("Jan Jansen\nTeamleider Burgerzaken\nT 030 123 45 67"). It is
// used on remarks only: in the new text a lone "Akkoord" looks just like a name.
func dropNameBlock(lines []string) []string {
	end := len(lines)
	for end > 0 && strings.TrimSpace(lines[end-1]) == "" {
		end--
	}
	start := end
	for start > 0 && strings.TrimSpace(lines[start-1]) != "" {
		start--
	}
	if start == end || end-start > 5 {
		return lines
	}
	// A name first, then names, titles and contact lines ("Plv. teamleider
	// Burgerzaken").
	for i, l := range lines[start:end] {
		l = strings.TrimSpace(l)
		if !isNameLine(l) && (i == 0 || !isTitleLine(l)) {
			return lines
		}
	}
	return lines[:start]
}

// isTitleLine reports a short line that is no sentence: a job title or department
// under a name ("Plv. teamleider Facilitaire Zaken").
func isTitleLine(l string) bool {
	return len(l) <= 60 && len(strings.Fields(l)) <= 6 && !strings.ContainsAny(l, "?!") &&
		!strings.HasSuffix(l, ".") && !strings.HasSuffix(l, ":")
}

// isNameLine reports a short line of capitalised words, particles ("van", "de"),
// phone numbers, addresses and separators: part of a signature.
func isNameLine(l string) bool {
	if len(l) > 60 || strings.ContainsAny(l, ".?!:;") && !strings.Contains(l, "@") && !strings.Contains(l, "www.") {
		return false
	}
	words := strings.Fields(l)
	if len(words) == 0 || len(words) > 7 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r), unicode.IsDigit(r), strings.ContainsAny(w, "@|+/()"), w == "-", w == "–":
		case nameParticles[strings.ToLower(w)]:
		default:
			return false
		}
	}
	return true
}

var nameParticles = map[string]bool{"van": true, "de": true, "der": true, "den": true, "het": true, "ter": true,
	"ten": true, "'t": true, "in": true, "te": true, "en": true, "&": true, "and": true, "of": true}

// isSignatureStart reports whether line l (trimmed t, folded f) starts the part of a
// message that is not new text: a signature, footer, closing or disclaimer.
// capString returns at most n bytes of s, cut at a rune boundary.
func capString(s string, n int) string {
	if len(s) <= n {
		return s
	}
	s = s[:n]
	for len(s) > 0 && !utf8.ValidString(s) {
		s = s[:len(s)-1]
	}
	return s
}

func isSignatureStart(l, t, f string) bool {
	if reSigSeparator.MatchString(strings.TrimLeft(l, " \t")) || l == "-- " {
		return true
	}
	if len(t) <= 160 && (reMobileFooter.MatchString(t) || reOutlookGet.MatchString(t)) {
		return true
	}
	if hasAnyPrefix(f, disclaimerStarts) {
		return true
	}
	return len(t) <= 120 && isClosingLine(f)
}

// Closings after which only a name, title and contact details follow. The first list
// may be followed by a name on the same line ("Groet, Jan"); the second must stand
// alone ("Bedankt!"), so that "Bedankt, akkoord" is not cut.
var (
	closingWithName = [][]string{
		{"met", "vriendelijke", "groet"}, {"met", "vriendelijke", "groeten"},
		{"vriendelijke", "groet"}, {"vriendelijke", "groeten"},
		{"met", "hartelijke", "groet"}, {"met", "hartelijke", "groeten"},
		{"hartelijke", "groet"}, {"hartelijke", "groeten"},
		{"met", "groet"}, {"met", "groeten"}, {"beste", "groet"}, {"beste", "groeten"},
		{"veel", "groeten"}, {"groet"}, {"groeten"}, {"groetjes"}, {"gr"}, {"grt"},
		{"mvg"}, {"vrgr"}, {"vr", "gr"}, {"m", "v", "g"}, {"m", "vr", "gr"}, {"mvrgr"}, {"met", "vr", "gr"}, {"hoogachtend"},
		{"kind", "regards"}, {"kindest", "regards"}, {"best", "regards"}, {"warm", "regards"},
		{"with", "kind", "regards"}, {"with", "best", "regards"}, {"regards"}, {"rgds"},
		{"best", "wishes"}, {"sincerely"}, {"yours", "sincerely"}, {"cheers"},
		{"mit", "freundlichen", "grussen"}, {"viele", "grusse"},
	}
	closingAlone = [][]string{
		{"bedankt"}, {"alvast", "bedankt"}, {"dank"}, {"dank", "je"}, {"dank", "je", "wel"},
		{"dank", "u"}, {"dank", "u", "wel"}, {"hartelijk", "dank"}, {"thanks"}, {"thank", "you"},
		{"many", "thanks"}, {"thanks", "in", "advance"}, {"best"}, {"fijne", "dag"},
		{"fijne", "dag", "nog"}, {"fijn", "weekend"},
	}
)

func isClosingLine(f string) bool {
	words := lineWords(f)
	if len(words) == 0 || len(words) > 7 {
		return false
	}
	for _, c := range closingWithName {
		if hasWordPrefix(words, c) {
			// The closing plus at most a name of three words.
			return len(words)-len(c) <= 3
		}
	}
	for _, c := range closingAlone {
		if len(words) == len(c) && hasWordPrefix(words, c) {
			return true
		}
	}
	return false
}

// lineWords splits folded text into words of letters and digits.
func lineWords(f string) []string {
	return strings.FieldsFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

func hasWordPrefix(words, prefix []string) bool {
	if len(words) < len(prefix) {
		return false
	}
	for i, p := range prefix {
		if words[i] != p {
			return false
		}
	}
	return true
}

func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// fold lower-cases s and removes diacritics ("Oké" -> "oke"); typographic
// apostrophes become ASCII ones.
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		switch r {
		case '’', '‘', '`', '´':
			r = '\''
		case 'ß':
			b.WriteString("ss")
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// A postscript below the closing and name is the writer's own text, and may limit what is
// above it: "Akkoord.\n\nGroet, Piet\n\nPS: niet voor de lunch." (PS, P.S., PPS, NB, N.B.;
// and a correction or addendum, reAmendment).
var rePostscript = regexp.MustCompile(`(?i)^(?:p\.?\s?p\.?\s?s|p\.?\s?s|n\.?\s?b)(?:[.:]|\s)`)

// reAmendment starts a paragraph that puts right or adds to what stands above the
// signature ("Akkoord.\n\nPeter\n\n---\nCorrectie: ik bedoel niet akkoord …"): the writer's
// own text like a postscript, however it is set off from the name.
var reAmendment = regexp.MustCompile(`(?i)^(?:correctie|correction|aanvulling|addendum|erratum|rectificatie|wijziging|toevoeging|edit|update|oeps|oops|sorry|excuses|mijn\s+excuses|verkeerde\s+knop|wrong\s+button|ik\s+bedoel\p{L}*|i\s+meant|nee\s+wacht|no\s+wait)\b`)

// maxPostscriptGap is how many lines of signature a postscript may follow.
const maxPostscriptGap = 12

// postscriptAfter returns the postscript paragraphs in lines[from:] that follow a signature
// of at most maxPostscriptGap lines, up to a footer or disclaimer.
func postscriptAfter(lines []string, from int) []string {
	var ps []string
	in := false
	for i := from; i < len(lines) && i < from+maxPostscriptGap+len(ps); i++ {
		t := strings.TrimSpace(lines[i])
		switch {
		case t == "":
			in = false
		case in:
			ps = append(ps, strings.TrimRight(lines[i], " \t"))
		case rePostscript.MatchString(t), reAmendment.MatchString(t):
			if len(ps) > 0 {
				ps = append(ps, "")
			}
			ps = append(ps, strings.TrimRight(lines[i], " \t"))
			in = true
		case hasAnyPrefix(fold(capString(t, 200)), disclaimerStarts):
			return ps
		}
	}
	return ps
}

// greetingAboveQuote returns the index of the first '>' quoted line of rest when at most
// three short unquoted lines (a greeting, "Zie mijn reacties tussen de regels.") come before
// it from first on, and -1 otherwise.
func greetingAboveQuote(rest []string, first int) int {
	n := 0
	for i := first; i < len(rest); i++ {
		l := strings.TrimSpace(rest[i])
		switch {
		case l == "":
			continue
		case isQuotedLine(rest[i]):
			return i
		}
		n++
		if n > 3 || len(strings.Fields(l)) > 15 {
			return -1
		}
	}
	return -1
}

// unquotedRequestLine reports a line that only the request spocd sends has ("spocd-token:",
// its mailto: buttons, its "Referentie:" line, "Hoe besluit je?"), left unquoted: what
// follows an attribution line is then the request, not an answer typed into it.
func unquotedRequestLine(lines []string) bool {
	for _, l := range lines {
		f := strings.ToLower(strings.TrimSpace(l))
		for _, p := range requestOnlyPrefixes {
			if strings.HasPrefix(f, p) {
				return true
			}
		}
	}
	return false
}

var requestOnlyPrefixes = []string{"spocd-token:", "mailto:", "referentie:", "reference:", "hoe besluit je", "how do you decide", "how to decide", "of besluit op", "or decide on"}
