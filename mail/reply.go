package mail

// Reading a reply (SPEC §5). Only the new text counts: StripReply (reply_strip.go)
// cuts quoted messages, signatures, footers and disclaimers. analyze then looks for
// keyword phrases by whole words (folded: case and diacritics ignored), longest
// phrase first so that "niet akkoord" wins over "akkoord", and decides:
//
//   - a decision phrase counts when it opens the first sentence after a greeting
//     ("Hoi Piet, prima, akkoord.") or when the text is short (12 words or fewer)
//     with exactly one phrase that opens its clause;
//   - a tight negation turns approval into rejection ("ik ga er niet mee akkoord");
//     "nog niet" / "not yet", a loose negation, a question, a condition (als, mits,
//     indien, tenzij, op voorwaarde, onder voorbehoud, max, if, unless, provided,
//     "maar alleen …"), a deferral (even wachten, eerst overleggen), a hedge
//     (denk, misschien), a request to someone else (geef jij …, please approve) or
//     approve and reject phrases together give no decision, with the reason in
//     Reply.Ambiguous;
//   - without a decision phrase, a text that is only a clear yes ("Ja, doe maar.",
//     "Geen bezwaar.", "Go ahead", a verbal "Ok" or "Prima") approves; a decision may
//     follow a lead-in ("Namens Marieke: akkoord", "Na overleg met …: akkoord") or a
//     thanks sentence; a refusal followed by what to do instead, or concluding the
//     reasons before it ("Dus: niet akkoord."), stays a refusal (reply_assent.go);
//   - a question after an approval keeps it only when it is a polite practical request
//     ("Wil je wel zorgen dat …?") that does not doubt or limit it (reply_guard.go);
//   - answers typed into the quoted request count when the new text points at them
//     ("Zie hieronder") or is empty (reply_inline.go);
//   - supplier statuses (ingepland, gereed, …) count anywhere in the first sentence,
//     after a "Status:" label, or in a short text, with the same care for negations
//     and questions, and "wordt opgelost" / "bijna klaar" are not done.
//
// Never guess: everything that is not clearly a decision is DecisionNone.

import (
	"regexp"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"
)

// Decision is what an approver decided in a reply.
type Decision string

// Decisions. The string values are part of the `spocd parse --json` contract.
const (
	DecisionNone    Decision = "none"
	DecisionApprove Decision = "approve"
	DecisionReject  Decision = "reject"
)

// Status is a status a supplier (or requester) reported in a reply.
type Status string

// Statuses. The string values are part of the `spocd parse --json` contract.
const (
	StatusNone      Status = ""
	StatusScheduled Status = "scheduled"
	StatusDone      Status = "done"
	StatusCancelled Status = "cancelled"
)

// Reasons in Reply.Ambiguous.
const (
	AmbiguousQuestion    = "question"     // "akkoord?", "moet ik akkoord geven"
	AmbiguousConditional = "conditional"  // "akkoord als/mits/indien …", "akkoord, maar alleen als …"
	AmbiguousMixed       = "mixed"        // approve and reject phrases, "ja en nee", two statuses
	AmbiguousNegated     = "negated"      // a negation not tied to the phrase ("ik weet niet of dit akkoord is")
	AmbiguousNotYet      = "not-yet"      // "nog niet akkoord", "nog niet gereed", "not approved yet"
	AmbiguousDeferred    = "deferred"     // "even wachten", "eerst overleggen", "on hold"
	AmbiguousHedged      = "hedged"       // "ik denk dat het akkoord is", "misschien akkoord"
	AmbiguousRequest     = "request"      // "geef jij even akkoord", "please approve", "kun jij akkoord geven"
	AmbiguousNotAtStart  = "not-at-start" // a decision phrase somewhere in a longer text
	AmbiguousFuture      = "future"       // "wordt morgen opgelost", "will be done"
	AmbiguousUnclear     = "unclear"      // a short assent without a decision phrase: "ja", "helder", "top", "👍"
	AmbiguousForward     = "forward"      // the mail forwards the request (FW:/Doorst:)
	AmbiguousIgnored     = "ignored"      // an automatic mail (auto-reply, bounce, list, own mail)
)

// Keywords are the phrases that carry a decision or a status. Matching is by whole
// words, case-insensitive, ignoring diacritics and punctuation between the words of
// a phrase. An empty list falls back to the default list of that kind.
type Keywords struct {
	Approve   []string // default nl+en: "akkoord", "ja, akkoord", "ja akkoord", "goedgekeurd", "approved", "approve", "agreed", "yes, approved"
	Reject    []string // default: "niet akkoord", "geen akkoord", "nee", "afgewezen", "afgekeurd", "niet goedgekeurd", "rejected", "reject", "not approved", "declined", "no"
	Scheduled []string // "ingepland", "gepland", "scheduled", "planned"
	Done      []string // "gereed", "afgerond", "opgelost", "klaar", "done", "completed", "resolved", "fixed"
	Cancel    []string // "annuleren", "geannuleerd", "intrekken", "cancel", "cancelled", "withdraw"
}

// DefaultKeywords returns the built-in Dutch and English keywords.
func DefaultKeywords() Keywords {
	return Keywords{
		Approve: []string{"akkoord", "ja, akkoord", "ja akkoord", "goedgekeurd", "approved", "approve",
			"agreed", "yes, approved", "accoord", "ga akkoord", "ik ga akkoord", "einverstanden",
			"akoord", "akkord", "akkoort", "akkoortd", "akk", "acoord", "aproved", "appoved", "approvd",
			"keur ik goed", "ik keur het goed", "ik keur dit goed"},
		Reject: []string{"niet akkoord", "geen akkoord", "nee", "neen", "afgewezen", "afgekeurd", "niet goedgekeurd",
			"rejected", "reject", "not approved", "declined", "no", "niet accoord", "geen accoord",
			"niet mee akkoord", "don't approve", "do not approve", "not agreed", "disapproved", "nicht einverstanden",
			"niet akoord", "niet akkord", "geen akoord", "geen akkord", "niet akk", "geen akk", "niet acoord",
			"not aproved", "not appoved", "not approvd", "keur ik af", "ik keur het af", "ik keur dit af"},
		Scheduled: []string{"ingepland", "gepland", "scheduled", "planned"},
		Done: []string{"gereed", "afgerond", "opgelost", "klaar", "done", "completed", "resolved", "fixed",
			"afgehandeld", "gereedgemeld", "gereed gemeld"},
		Cancel: []string{"annuleren", "geannuleerd", "intrekken", "cancel", "cancelled", "withdraw",
			"canceled", "ingetrokken", "annuleer", "withdrawn"},
	}
}

// Reply is what a reply says.
type Reply struct {
	NewText   string   // the new text: quotes, signature, disclaimers, mobile footers removed; trimmed
	Decision  Decision // approve, reject or none
	Status    Status   // scheduled, done, cancelled or ""
	Date      string   // "2026-12-03" when a scheduled date was given, else ""
	Remark    string   // text after the decision (or status) keyword, or ""
	Ambiguous string   // when Decision (or Status) is none although a keyword was present: why; else ""
	ReadBy    string   // ReadByRemarkModel when the remark model read the decision, else ""
}

// ReadByRemarkModel marks a decision the remark model read (reply_remarkmodel.go): a yes
// whose remark the word-by-word rules could not place.
const ReadByRemarkModel = "remark-model"

// ReadReply reads the decision/status from a reply. text is the plain body
// (Message.Text), html the HTML part if any. A date without a year is taken to be
// the next such date from now; use ReadReplyAt to give the reference time (the
// message's Date).
func ReadReply(text, html string, kw Keywords) Reply {
	return ReadReplyAt(text, html, kw, time.Now())
}

// ReadReplyAt is ReadReply with the reference time for dates without a year.
func ReadReplyAt(text, html string, kw Keywords, ref time.Time) Reply {
	return readReplyAt(text, html, kw, ref, false)
}

// readReplyAt is ReadReplyAt; fyiForward lets a forward's FYI note carry the writer's
// decision (see fyiDecision).
func readReplyAt(text, html string, kw Keywords, ref time.Time, fyiForward bool) Reply {
	st := stripReply(text)
	textStrip := st // the text part alone, before the HTML part may take its place
	if html != "" && (strings.TrimSpace(text) == "" || st.kind == quoteNone) {
		// The HTML quote containers (divRplyFwdMsg, gmail_quote, blockquote
		// type=cite, …) give a clean cut when the text part has none.
		if newText, hadQuote := HTMLNewText(html); hadQuote || strings.TrimSpace(text) == "" {
			hs := stripReply(newText)
			if hs.text == "" && hadQuote && st.text != "" && st.quoted && bottomPost(st.text, html) {
				// Apple Mail and others below the quote: nothing before the quote
				// container, the answer after it. The '>' quoted text part has it too.
				hs = st
			}
			if hadQuote || hs.kind != quoteNone || st.text == "" {
				hs.quoted = hs.quoted || hadQuote
				if hs.kind == quoteNone && hadQuote {
					hs.kind = quoteReply
				}
				st = hs
			}
		}
	}
	if st.text == "" && st.inline == "" && st.kind != quoteNone {
		// GMX and web.de below the quote, a plain-text Outlook answer typed at the
		// bottom, Yahoo Mail for Android below its indented quote: the header block or
		// attribution opens the text part and the request follows without '>'; the answer
		// is below the request's token.
		if html != "" {
			st.text = belowUnmarkedQuote(text, html)
		} else {
			st.text = belowOwnRequest(text)
		}
	}
	pointer := st.text != "" && (announcesInline(st.text) || colourPointer(st.text))
	if st.inline == "" && html != "" && (st.text == "" || pointer) {
		// An HTML-only reply: the answers typed into the quote are in the part
		// HTMLNewText cut off.
		st.inline = stripReply(HTMLToText(html)).inline
	}
	if st.inline == "" && pointer {
		// "Zie mijn reactie hieronder in het rood.": Outlook answers in colour, unmarked.
		first, _, _ := strings.Cut(strings.TrimSpace(st.text), "\n\n")
		st.inline = colouredAnswers(first, html)
	}
	read, newText := maskResolvedDoubt(maskDeniedRefusal(st.text)), st.text
	r, span := analyzeSpan(read, kw, ref)
	switch {
	case pointer && r.Decision == DecisionApprove:
		// "Akkoord, zie mijn opmerkingen hieronder": an approval with remarks
		// elsewhere is not plainly unconditional.
		r, span = Reply{Decision: DecisionNone, Ambiguous: AmbiguousConditional}, phraseSpan{}
	case r.Decision == DecisionNone && r.Status == StatusNone && st.inline != "":
		// "Zie hieronder." (or nothing) above the quote: the answers typed into it
		// are what is read; both are the new text.
		read = st.inline
		newText = strings.TrimSpace(st.text + "\n\n" + st.inline)
		r, span = analyzeSpan(read, kw, ref)
	}
	r.NewText = newText
	if r.Decision == DecisionApprove {
		if why := guardApproval(read, span.start, span.end); why != "" {
			r = Reply{NewText: newText, Decision: DecisionNone, Ambiguous: why}
		}
	}
	if r.Decision == DecisionReject && span.end > span.start {
		if why := guardRefusal(read, span.start, span.end); why != "" {
			r = Reply{NewText: newText, Decision: DecisionNone, Ambiguous: why}
		}
	}
	if r.Decision != DecisionApprove && r.Status == StatusNone && !pointer {
		// A tight refusal that opens the reply stays one (reply_refusalfirst.go).
		switch v, end := openingRefusal(read, kw); v {
		case refusalStands:
			r = Reply{NewText: newText, Decision: DecisionReject, Remark: remarkAfter(read, end)}
		case refusalDoubted:
			r = Reply{NewText: newText, Decision: DecisionNone, Ambiguous: AmbiguousHedged}
		}
	}
	if r.Decision == DecisionNone && r.Status == StatusNone && !pointer {
		// A bare refusal closing the reply, the keyword negated by its verb, a refusal for
		// now with a reason (reply_refusalround2.go).
		if ok, end := closingRefusal(read, kw); ok {
			r = Reply{NewText: newText, Decision: DecisionReject, Remark: remarkAfter(read, end)}
		} else if laterRefusal(read, kw) {
			r = Reply{NewText: newText, Decision: DecisionReject}
		} else if ok, end := concludedRefusal(read, kw); ok {
			// "… Dus helaas niet akkoord. Zullen we het volgend jaar begroten?"
			// (reply_refusalconcluded.go).
			r = Reply{NewText: newText, Decision: DecisionReject, Remark: remarkAfter(read, end)}
		} else if ok, end := correctedToRefusal(read, kw); ok {
			// "akkoord\n\nCorrectie: NIET akkoord, verkeerde knop." (reply_correctedno.go).
			r = Reply{NewText: newText, Decision: DecisionReject, Remark: remarkAfter(read, end)}
		}
	}
	if r.Decision == DecisionApprove && yesFirstVeto(read, kw) {
		// A yes first, then a cap, condition, step first or deferral (reply_yesfirst.go).
		r = Reply{NewText: newText, Decision: DecisionNone, Ambiguous: AmbiguousConditional}
	}
	if r.Decision == DecisionNone && r.Status == StatusNone && !pointer && (yesFirstMay(r.Ambiguous) ||
		r.Ambiguous == AmbiguousDeferred && (blankPracticalShapes(read) != read || nextTimeWishSentence(read) || blankAsideParagraphs(read) != read || yfSenseFixed.MatchString(yfApostrophe.Replace(fold(read))) ||
			blankNegatedReasons(read) != read)) {
		// A clear yes first, then remarks that change nothing (reply_yesfirst.go).
		// Remarks that change nothing by their shape are blanked first (reply_yesshape.go);
		// a deferral read in a practical instruction ("vooraf even laten weten op welke dag
		// …", "make sure they don't start before 8:30") or in a wish for next time
		// ("Volgende keer graag eerst even overleggen.") or in a reason ("The work can't
		// wait anyway.", "Niet verder uitstellen a.u.b., …": reply_negatedreason.go) is read
		// again there.
		blanked := blankYesShapes(read)
		if from, to, ok := yesFirst(blanked, kw); ok && guardApprovalWith(blanked, from, to, true) == "" {
			r = Reply{NewText: newText, Decision: DecisionApprove, Remark: remarkAfter(read, to)}
		}
	}
	if r.Decision == DecisionNone && r.Status == StatusNone && !pointer &&
		(r.Ambiguous == AmbiguousNotAtStart || r.Ambiguous == AmbiguousConditional) && len(read) <= reportedOwnMaxText {
		// The writer's own approval told in a full sentence, after a greeting or an FYI
		// lead-in ("Ter info: ik heb deze goedgekeurd.", "I approve the equipment for 14
		// January.") with remarks that change nothing (reply_reportedown.go).
		blanked := blankYesShapes(read)
		if from, to, ok := reportedOwn(blanked, kw); ok && guardApprovalWith(blanked[:to]+reportedOwnRest(blanked[to:]), from, to, true) == "" {
			r = Reply{NewText: newText, Decision: DecisionApprove, Remark: remarkAfter(read, to)}
		}
	}
	if r.Decision == DecisionNone && r.Status == StatusNone && !pointer && (r.Ambiguous == AmbiguousNotAtStart ||
		r.Ambiguous == AmbiguousConditional || r.Ambiguous == "") && len(read) <= reportedOwnMaxText {
		// A formal grant with a lead-in or an inverted subject ("Na overleg met … geef ik
		// hierbij mijn akkoord voor …", "Hierbij verleen ik namens het bestuur akkoord …"),
		// read as a reported own approval (reply_formalgrant.go).
		if prepared, from, to, ok := formalGrant(read, kw); ok && guardApprovalWith(prepared[:to]+reportedOwnRest(prepared[to:]), from, to, true) == "" {
			r = Reply{NewText: newText, Decision: DecisionApprove, Remark: remarkAfter(prepared, to)}
		}
	}
	if r.Decision == DecisionNone && r.Status == StatusNone && !pointer &&
		(r.Ambiguous == AmbiguousNotAtStart || r.Ambiguous == AmbiguousQuestion || r.Ambiguous == AmbiguousDeferred) {
		// "Ter info: ik heb akkoord gegeven …, SPOC staat in de cc. Wil jij …?"
		// (reply_fyiperfect.go).
		if end, ok := fyiPerfectApproval(read); ok {
			r = Reply{NewText: newText, Decision: DecisionApprove, Remark: remarkAfter(read, end)}
		}
	}
	if r.Decision == DecisionNone && r.Status == StatusNone && !pointer && (yesFirstMay(r.Ambiguous) || r.Ambiguous == AmbiguousDeferred) {
		// Reasons first, then a clear yes as a sentence of its own (reply_concludedyes.go);
		// a deferral read in the reasons may be urgency ("Dit kan niet wachten tot januari,
		// dus: akkoord."), which reasonsClean tells apart.
		blanked := blankYesShapes(read)
		if from, to, ok := reasonsThenYes(blanked, kw); ok && guardApprovalWith(blanked, from, to, true) == "" &&
			!yesFirstVeto(read[from:], kw) {
			r = Reply{NewText: newText, Decision: DecisionApprove, Remark: remarkAfter(read, to)}
		}
	}
	if r.Decision == DecisionNone && r.Status == StatusNone && !pointer && (r.Ambiguous == AmbiguousQuestion || r.Ambiguous == AmbiguousDeferred || r.Ambiguous == AmbiguousConditional) &&
		!yesFirstVeto(read, kw) {
		// A clear yes first, then a practical question or one about another matter; the
		// rest is read without it (reply_practicalquestion.go).
		if pr, ok := practicalQuestionApproval(read, kw, ref); ok {
			r = Reply{NewText: newText, Decision: DecisionApprove, Remark: pr.Remark}
		}
	}
	if r.Decision == DecisionNone && r.Status == StatusNone && !pointer && r.Ambiguous != AmbiguousForward {
		// A clear yes first whose remark the remark model reads as practical
		// (reply_remarkmodel.go); the safety nets below still apply.
		if remark, ok := remarkModelApproval(read, kw); ok {
			r = Reply{NewText: newText, Decision: DecisionApprove, Remark: remark, ReadBy: ReadByRemarkModel}
		}
	}
	if r.Decision == DecisionApprove && asksAboutCostOrNeed(read) {
		// "Approved. Could you tell me who is paying for this?", "Akkoord. Kun je me
		// vertellen wat het per uur kost?": however the question is put, it asks about the
		// request's price, payer or need, which is no remark (a safety net under every
		// reading above).
		r = Reply{NewText: newText, Decision: DecisionNone, Ambiguous: AmbiguousQuestion}
	}
	if r.Decision == DecisionApprove {
		// "Akkoord voor de koffie. Lunch hoeft niet.", "Kun jij het ook goedkeuren?",
		// "Alleen de koffie. Akkoord.": a part set apart, somebody else's say or a
		// qualifier before a closing yes (reply_partialveto.go), safety nets under every
		// reading above.
		i := len(read)
		if r.Remark != "" {
			// The remark's lines may have been joined: find where its first line starts.
			i = strings.Index(read, firstLine(r.Remark))
		}
		switch {
		case i < 0:
		case r.Remark != "" && partialAfterYes(read, i):
			r = Reply{NewText: newText, Decision: DecisionNone, Ambiguous: AmbiguousMixed}
		case r.Remark != "" && othersSayAfterYes(read, i), r.Remark == "" && qualifiedBeforeYes(read, i),
			qualifierNearYes(read, i), conditionBelowSignature(st.top, st.text), conditionBelowSignature(st.typed, st.text):
			r = Reply{NewText: newText, Decision: DecisionNone, Ambiguous: AmbiguousConditional}
		}
	}
	if r.Decision == DecisionApprove {
		// Conditions, counts, later years, sarcasm and notices in words the readings above
		// lack (reply_hardveto.go), a safety net under all of them.
		if why := hardVeto(read, ref); why != "" {
			r = Reply{NewText: newText, Decision: DecisionNone, Ambiguous: why}
		}
	}
	if r.Decision == DecisionApprove {
		// "Akkoord met de notulen.": a yes for something the quoted request does not name
		// (reply_scope.go).
		if namesObject(newText) {
			if why := ScopeProblem(r, quotedScope(text, html, newText)); why != "" {
				r = Reply{NewText: newText, Decision: DecisionNone, Ambiguous: why}
			}
		}
	}
	if r.Decision == DecisionApprove && grantNetCatches(read) {
		// A cap after the yes, advice or somebody else's reaction as its label, a suggestion
		// to wait, a grant after a step to come (reply_grantnet.go): a safety net.
		r = Reply{NewText: newText, Decision: DecisionNone, Ambiguous: AmbiguousConditional}
	}
	if r.Decision == DecisionApprove && !pointer && read == st.text && st.kind != quoteForward {
		// Text typed below the quote, between its lines or after a footer, besides the
		// answer on top (reply_typedbelow.go).
		extra := typedOutsideTop(text, st.text)
		if strings.TrimSpace(text) == "" && html != "" {
			extra = typedOutsideTop(HTMLToText(html), st.text)
		}
		if len(extra) > 0 {
			r = Reply{NewText: newText, Decision: DecisionNone, Ambiguous: AmbiguousConditional}
		}
	}
	if r.Decision == DecisionApprove && strings.TrimSpace(text) != "" && html != "" && !pointer {
		// The text and HTML parts, each read alone, must not disagree: a condition or a
		// refusal in one part that the other lacks keeps the approval open.
		// A part is read alone only where it marks its own quote (a text part without
		// one holds the request unquoted), and counts only when its words differ.
		// Only parts whose stripped words differ from what was read are read again.
		words := strings.Join(strings.Fields(newText), " ")
		var alone []Reply
		if ts := textStrip; (ts.kind != quoteNone || ts.quoted) && strings.Join(strings.Fields(ts.text), " ") != words {
			alone = append(alone, readReplyAt(text, "", kw, ref, fyiForward))
		}
		if hnew, hadQuote := HTMLNewText(html); hadQuote && strings.Join(strings.Fields(stripReply(hnew).text), " ") != words {
			alone = append(alone, readReplyAt("", html, kw, ref, fyiForward))
		}
		for _, a := range alone {
			if a.Decision != DecisionApprove && strings.TrimSpace(a.NewText) != "" && strings.Join(strings.Fields(a.NewText), " ") != words {
				r = Reply{NewText: newText, Decision: DecisionNone, Ambiguous: AmbiguousMixed}
				break
			}
		}
	}
	if read != st.text && r.Decision != DecisionNone && r.Remark != "" {
		r.Remark = strings.TrimSpace(strings.Join(strings.Fields(r.Remark), " ")) // a resolved doubt was blanked out
	}
	if st.kind == quoteForward && (r.Decision != DecisionNone || r.Status != StatusNone) && !(fyiForward && (fyiDecision(read, r) || fyiRefusal(read, r))) {
		// A forward of the request with a note to someone else decides nothing.
		r = Reply{NewText: newText, Decision: DecisionNone, Ambiguous: AmbiguousForward}
	}
	return r
}

var (
	// A question about what the request costs, who pays or whether it is needed.
	costOrNeedQuestion = regexp.MustCompile(`\b(?:wie\s+(?:\w+\s+){0,2}betaalt|(?:who|whom)\s+(?:\w+\s+){0,2}(?:pays|paying|pay|will\s+pay)|wat\s+(?:\w+\s+){0,2}(?:kost|kosten|kostte)|hoeveel\s+(?:\w+\s+){0,2}(?:kost|kosten|is|wordt|bedraagt)|what\s+(?:\w+\s+){0,2}(?:costs?|price)|how\s+much|(?:is|zijn)\s+(?:dit|dat|het|deze|die|this|it|that)\s+(?:(?:echt|wel|really|actually|even)\s+)?(?:nodig|noodzakelijk|necessary|needed)|(?:waarom|why)\s+(?:is|moet|zijn|moeten|kost|do|does|is|are|must)\s+(?:dit|dat|het|deze|this|it|that|we)\b)`)
	// Marked as about another matter, or about next time.
	costOrNeedElsewhere = regexp.MustCompile(`\b(?:overigens|trouwens|by\s+the\s+way|los\s+daarvan|apart\s+from\s+this|separate\s+question|andere\s+vraag|losse\s+vraag|out\s+of\s+interest|volgende\s+keer|next\s+time|in\s+het\s+vervolg|in\s+future|for\s+future|vorig\w*\s+(?:jaar|keer)|last\s+(?:year|time))\b`)
	questionSentence    = regexp.MustCompile(`[^.!?\n]*\?`)
)

// asksAboutCostOrNeed reports a question in text about the price, the payer or the need
// (see costOrNeedQuestion) that is not marked as about another matter or next time.
func asksAboutCostOrNeed(text string) bool {
	if len(text) > maxAnalyzedText {
		return false
	}
	for _, q := range questionSentence.FindAllString(yfApostrophe.Replace(fold(text)), -1) {
		if costOrNeedQuestion.MatchString(q) && !costOrNeedElsewhere.MatchString(q) {
			return true
		}
	}
	return false
}

// An FYI label that opens a note: "Ter info:", "Ter kennisname:", "FYI:", "For your
// information,".
var fyiLabel = regexp.MustCompile(`^(?:(?:ter\s+info(?:rmatie)?|ter\s+kennisname|fyi|for\s+your\s+information|for\s+info)\s*[:,\-–—]|fyi\s+(?:i|ive|ik|we|weve|wij)\b|zie\s+(?:hieronder|onder|below)\s*[:,.\-–—]?\s*(?:ik|i|we|wij|deze|dit|niet|not|akkoord|approved|van\s+mijn\s+kant|from\s+my\s+side)\b)`)

// A name before the FYI label: "Els, ter info: …".
var fyiVocative = regexp.MustCompile(`^\p{L}+\s*,\s*`)

// A forward's note that opens with the writer's own decision in the first person: "Ik ga
// akkoord met de stoelen, wil jij ze bestellen?", "Ik keur dit goed, …", "I approve this,
// …". It tells the colleague what the writer decided; it asks nothing of them about it.
var ownDecisionNote = regexp.MustCompile(`^(?:(?:ik|wij|we|i)\s+(?:ga|gaan|keur|keuren|geef|geven|verleen|verlenen|wijs|wijzen|approve|reject|am|ben|zijn)\b` +
	`|(?:ik|wij|we)\s+(?:heb|hebben)\s+(?:\p{L}+\s+){0,4}(?:goedgekeurd|afgekeurd|afgewezen|akkoord\s+gegeven|geaccordeerd)\b` +
	`|(?:deze|dit|die|het|hem)\s+(?:heb|hebben)\s+(?:ik|wij|we)\s+(?:\p{L}+\s+){0,2}(?:goedgekeurd|afgekeurd|afgewezen|geaccordeerd)\b` +
	`|(?:ive|i\s+have|weve|we\s+have)\s+(?:just\s+)?(?:approved|rejected|declined|signed\s+off)\b)`)

// fyiDecision reports a forward whose note tells its reader the writer's own decision, led
// by an FYI label ("Hoi Fatima, / Ter info: akkoord van mijn kant, …"), in the first
// person (ownDecisionNote) or as a clear yes that opens the note (yesFirst). Forwarded with the
// approval (plus) address or the address the request came from (the plain SPOC address) in To
// or Cc (ReadMessageReply checks that), the labelling policy reads it as the approver's
// explicit word to SPOC; copied to neither, or with any other note (a delegation, a
// question), a forward decides nothing. Only a decision
// the analysis read counts, never a status.
func fyiDecision(text string, r Reply) bool {
	if r.Decision == DecisionNone || r.Status != StatusNone {
		return false
	}
	if _, ok := fyiPerfectHeadEnd(text); ok && r.Decision == DecisionApprove {
		return true // "Tim, ik heb de router zojuist goedgekeurd, SPOC staat in de cc. Wil jij …?"
	}
	if r.ReadBy == ReadByRemarkModel {
		// "Hi Jonas, Approved from my side, go ahead and order (I've put spoc in cc so it's
		// logged). Can you …?": a note that opens with a clear yes whose remark the model
		// read as practical.
		if _, kind, ok := remarkCandidate(text, DefaultKeywords()); ok && kind == "" {
			return true
		}
	}
	lines := strings.Split(strings.TrimSpace(text), "\n")
	for i, l := range lines {
		l = strings.TrimSpace(yfApostrophe.Replace(fold(l)))
		if l == "" {
			continue
		}
		if v := fyiVocative.ReplaceAllString(l, ""); fyiLabel.MatchString(l) || fyiLabel.MatchString(v) || ownDecisionNote.MatchString(l) || ownDecisionNote.MatchString(v) {
			return true
		}
		if _, _, ok := yesFirst(text, DefaultKeywords()); ok {
			return true // "Prima, laat Bakker het maar repareren. Ik zet het SPOC-adres in de cc …"
		}
		// A greeting or a name on a line of its own may come first: "Hoi Fatima,", "Marco,".
		if i > 1 || !strings.HasSuffix(l, ",") || len(strings.Fields(l)) > 3 {
			return false
		}
	}
	return false
}

// belowUnmarkedQuote returns the lines below the request's "spocd-token:" line in a text
// part whose quote is not marked with '>' (GMX, web.de), when the HTML part, read in
// full, ends with the same words; "" otherwise. Text the two parts do not agree on is
// never read: it could be the request itself.
func belowUnmarkedQuote(text, html string) string {
	lines, ok := belowTokenLine(text)
	if !ok {
		return ""
	}
	below := cleanLines(lines)
	if strings.TrimSpace(below) == "" {
		return ""
	}
	// The HTML part must end with the same lines, signature and all ("Verzonden vanuit
	// Mail voor Windows", which cleanLines takes off).
	words := strings.Join(strings.Fields(strings.Join(lines, "\n")), " ")
	full := strings.Join(strings.Fields(HTMLToText(html)), " ")
	if strings.HasSuffix(full, " "+words) {
		return below
	}
	// A mobile footer only the text part has ("Outlook voor iOS downloaden"): the HTML part
	// ends with the answer as cleanLines leaves it.
	if cleaned := strings.Join(strings.Fields(below), " "); strings.HasSuffix(full, " "+cleaned) && cleaned != words {
		return below
	}
	return ""
}

// belowTokenLine returns the lines of text below its last "spocd-token:" line, the line
// that ends every request spocd sends; false when there is none (or the text is too long
// to read).
func belowTokenLine(text string) ([]string, bool) {
	lines := strings.Split(normalizeBody(text), "\n")
	if len(lines) > maxStripLines {
		return nil, false
	}
	last := -1
	for i, l := range lines {
		if strings.HasPrefix(strings.ToLower(strings.TrimSpace(l)), "spocd-token:") {
			last = i
		}
	}
	if last < 0 {
		return nil, false
	}
	return lines[last+1:], true
}

// belowOwnRequest is belowUnmarkedQuote for a mail without an HTML part: the lines below
// the last "spocd-token:" line, which ends every request spocd sends, when nothing there
// is quoted again ('>' lines or another header block: an older message, not the answer).
func belowOwnRequest(text string) string {
	below, ok := belowTokenLine(text)
	if !ok {
		return ""
	}
	if i, _, _ := findSeparator(below, 0); i >= 0 {
		return ""
	}
	for _, l := range below {
		if isQuotedLine(l) {
			return ""
		}
	}
	return cleanLines(below)
}

// bottomPost reports a reply written below the quote: the HTML part, read in full with
// its quote containers as '>' lines, has the same new text as the text part (where '>'
// lines were the quote). Lines of the request that lost their '>' in either part would
// make the two differ.
func bottomPost(text, html string) bool {
	full := stripReply(HTMLToText(html))
	if !full.quoted {
		return false
	}
	return strings.Join(strings.Fields(full.text), " ") == strings.Join(strings.Fields(text), " ")
}

// ReadMessageReply reads a parsed message: automatic mail (m.Ignore) and forwards
// (FW:/Fwd:/Doorst: subjects) never carry a decision or status; the message Date is
// the reference for dates without a year.
func ReadMessageReply(m *Message, kw Keywords) Reply {
	if m == nil {
		return Reply{Decision: DecisionNone}
	}
	ref := m.Date
	if ref.IsZero() {
		ref = time.Now()
	}
	fyi := plusCopied(m) || requestSenderCopied(m)
	r := readReplyAt(m.Text, m.HTML, kw, ref, fyi)
	switch {
	case m.Ignore != "":
		r = Reply{NewText: r.NewText, Decision: DecisionNone, Ambiguous: AmbiguousIgnored}
	case isCalendarReply(m) && (r.Decision != DecisionNone || r.Status != StatusNone):
		// An "accepted" meeting response (text/calendar) is a calendar's answer, not an
		// approval.
		r = Reply{NewText: r.NewText, Decision: DecisionNone, Ambiguous: AmbiguousIgnored}
	case IsForwardSubject(m.Subject) && (r.Decision != DecisionNone || r.Status != StatusNone) &&
		!(fyi && (fyiDecision(r.NewText, r) || fyiRefusal(r.NewText, r))):
		r = Reply{NewText: r.NewText, Decision: DecisionNone, Ambiguous: AmbiguousForward}
	}
	return r
}

// plusCopied reports a message sent to or copying the approval address itself: a To or Cc
// address whose local part carries the message's token after a "+".
func plusCopied(m *Message) bool {
	if m.Token == "" {
		return false
	}
	for _, l := range [][]Address{m.To, m.Cc} {
		for _, a := range l {
			if strings.Contains(strings.ToLower(a.Addr), "+"+m.Token+"@") {
				return true
			}
		}
	}
	return false
}

// requestSenderCopied reports a forward of a request that copies the mailbox the request
// came from: a To or Cc address (not the writer's) that the forwarded header block names as
// the sender ("Van: Loodgietersbedrijf Van Veen <spoc@…>", "From: SPOC <spoc@…>"). Like the
// plus address, the plain SPOC address in To or Cc shows the writer meant SPOC to read the
// note; it is only looked for in a message that carries the request's token.
func requestSenderCopied(m *Message) bool {
	if m.Token == "" {
		return false
	}
	body := m.Text
	if strings.TrimSpace(body) == "" && m.HTML != "" {
		body = HTMLToText(m.HTML)
	}
	if len(body) > maxAnalyzedText*8 {
		body = body[:maxAnalyzedText*8]
	}
	var senders []string
	for _, l := range strings.Split(body, "\n") {
		l = strings.ToLower(strings.TrimLeft(strings.TrimSpace(l), ">* \t"))
		for _, p := range []string{"van:", "from:", "von:", "de:", "afzender:"} {
			if strings.HasPrefix(l, p) {
				senders = append(senders, l)
			}
		}
	}
	from := strings.ToLower(m.From.Addr)
	for _, list := range [][]Address{m.To, m.Cc} {
		for _, a := range list {
			addr := strings.ToLower(strings.TrimSpace(a.Addr))
			if addr == "" || addr == from || !strings.Contains(addr, "@") {
				continue
			}
			for _, l := range senders {
				if i := strings.Index(l, addr); i >= 0 && (i == 0 || !isLocalPartByte(l[i-1])) &&
					(i+len(addr) == len(l) || !isLocalPartByte(l[i+len(addr)])) {
					return true
				}
			}
		}
	}
	return false
}

// isCalendarReply reports a meeting response: a text/calendar or application/ics part.
func isCalendarReply(m *Message) bool {
	for _, a := range m.Attachments {
		ct := strings.ToLower(a.ContentType)
		if strings.HasPrefix(ct, "text/calendar") || strings.HasPrefix(ct, "application/ics") {
			return true
		}
	}
	return false
}

// IsForwardSubject reports whether a subject starts with a forward prefix (FW:,
// Fwd:, Doorst:, WG:, TR:, …). "RE: FW: …" is a reply, not a forward.
func IsForwardSubject(subject string) bool {
	s := strings.TrimSpace(subject)
	i := strings.IndexByte(s, ':')
	if i <= 0 || i > 10 {
		return false
	}
	switch fold(strings.TrimSpace(s[:i])) {
	case "fw", "fwd", "doorst", "wg", "tr", "vs", "rv", "enc", "pd", "vb", "vl", "i", "doorgestuurd":
		return true
	}
	return false
}

// ---------------------------------------------------------------------------
// Tokens

type tokKind uint8

const (
	tkWord   tokKind = iota
	tkClause         // , ; : ( ) " and free-standing dashes
	tkEnd            // . ! ? and paragraph breaks
	tkLine           // a single line break
)

type token struct {
	kind       tokKind
	norm       string // folded word without dots and apostrophes, or the punctuation
	start, end int    // byte offsets in the analysed text
	upper      bool   // the word starts with an upper-case letter
	sent       int    // sentence number
	clause     int    // clause number
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// tokenize splits s into words and punctuation and numbers sentences and clauses.
func tokenize(s string) []token {
	var toks []token
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case isWordRune(r):
			start := i
			for i < len(s) {
				r2, sz := utf8.DecodeRuneInString(s[i:])
				if isWordRune(r2) || r2 == '@' || r2 == '_' {
					i += sz
					continue
				}
				// Dots, apostrophes and slashes inside a word or number: "m.v.g",
				// "3.12.2026", "don't", "jan@x.nl".
				if (r2 == '.' || r2 == '\'' || r2 == '’') && i+sz < len(s) {
					r3, _ := utf8.DecodeRuneInString(s[i+sz:])
					if isWordRune(r3) {
						i += sz
						continue
					}
				}
				break
			}
			w := s[start:i]
			first, _ := utf8.DecodeRuneInString(w)
			n := fold(w)
			if strings.ContainsAny(n, ".'") {
				n = strings.NewReplacer(".", "", "'", "").Replace(n)
			}
			n = collapseRepeats(n)
			if n != "akkoord" && akkoordTypo(n) {
				n = "akkoord"
			}
			toks = append(toks, token{kind: tkWord, norm: n, start: start, end: i, upper: unicode.IsUpper(first)})
			continue
		case r == '\n':
			start := i
			nl := 0
			for i < len(s) && (s[i] == '\n' || s[i] == ' ' || s[i] == '\t') {
				if s[i] == '\n' {
					nl++
				}
				i++
			}
			k := tkLine
			if nl > 1 {
				k = tkEnd
			}
			toks = append(toks, token{kind: k, norm: "\n", start: start, end: i})
			continue
		case r == '.' || r == '!' || r == '?' || r == '…':
			toks = append(toks, token{kind: tkEnd, norm: string(r), start: i, end: i + size})
		case strings.ContainsRune(",;:()\"“”„«»[]/|", r):
			toks = append(toks, token{kind: tkClause, norm: string(r), start: i, end: i + size})
		case r == '-' || r == '–' || r == '—':
			// A dash between letters joins a compound ("e-mail"); elsewhere it
			// separates clauses ("niet akkoord - te duur").
			if !(i > 0 && i+size < len(s) && isWordRuneBefore(s, i) && isWordRuneAt(s, i+size)) {
				toks = append(toks, token{kind: tkClause, norm: "-", start: i, end: i + size})
			}
		case unicode.IsSymbol(r) || unicode.In(r, unicode.So):
			// Emoji and other symbols count as words ("👍").
			toks = append(toks, token{kind: tkWord, norm: string(r), start: i, end: i + size})
		}
		i += size
	}
	numberSentences(toks)
	return toks
}

// collapseRepeats shortens a run of three or more of the same letter to two, so that a
// word typed with a key held down reads as the word: "Akkkoord", "akkoooord", "Neeee",
// "approveddd". No Dutch or English word has a letter three times in a row; digits stay
// as they are ("1000").
func collapseRepeats(s string) string {
	var prev, prev2 rune
	run := false
	for _, r := range s {
		if r == prev && r == prev2 && unicode.IsLetter(r) {
			run = true
			break
		}
		prev2, prev = prev, r
	}
	if !run {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	prev, prev2 = 0, 0
	for _, r := range s {
		if r == prev && r == prev2 && unicode.IsLetter(r) {
			continue
		}
		b.WriteRune(r)
		prev2, prev = prev, r
	}
	return b.String()
}

// akkoordTypo reports a word that is "akkoord" mistyped: its doubled letters written once
// or twice at will ("akord", "akkord", "akoord") and at most one more slip — a letter left
// out, added, changed or two swapped ("akort", "akrod", "kakoord"). It is used for this one
// word only, the word every decision turns on and the one people mistype most. The word
// must start with "ak" and keep five letters, so "koord" (a cord), "afford" and "accord"
// stay themselves.
func akkoordTypo(n string) bool {
	if len(n) < 5 || len(n) > 10 || n[0] != 'a' {
		return false
	}
	var b []byte
	for i := 0; i < len(n); i++ {
		if i > 0 && n[i] == n[i-1] {
			continue
		}
		b = append(b, n[i])
	}
	c := string(b)
	return len(c) >= 5 && strings.HasPrefix(c, "ak") && (c == "akord" || oneEditFrom(c, "akord"))
}

// oneEditFrom reports s one typing slip from w: a letter left out, added, changed, or two
// neighbours swapped.
func oneEditFrom(s, w string) bool {
	if len(s) < len(w)-1 || len(s) > len(w)+1 {
		return false
	}
	i := 0
	for i < len(s) && i < len(w) && s[i] == w[i] {
		i++
	}
	switch {
	case len(s) == len(w):
		if i == len(s) {
			return false // equal
		}
		if s[i+1:] == w[i+1:] {
			return true // changed
		}
		return i+1 < len(s) && s[i] == w[i+1] && s[i+1] == w[i] && s[i+2:] == w[i+2:] // swapped
	case len(s) < len(w):
		return s[i:] == w[i+1:] // left out
	default:
		return s[i+1:] == w[i:] // added
	}
}

func isWordRuneBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return isWordRune(r)
}

func isWordRuneAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isWordRune(r)
}

// numberSentences assigns sentence and clause numbers. A single line break ends a
// sentence when the next line starts with an upper-case letter (a new sentence),
// not when a hard-wrapped sentence continues in lower case.
func numberSentences(toks []token) {
	sent, clause := 0, 0
	pendingEnd, pendingClause := false, false
	for i := range toks {
		t := &toks[i]
		switch t.kind {
		case tkEnd:
			pendingEnd = true
		case tkClause:
			pendingClause = true
		case tkLine:
			if next := nextWord(toks, i); next >= 0 && toks[next].upper {
				pendingEnd = true
			} else {
				pendingClause = true
			}
		case tkWord:
			if i > 0 && toks[i-1].kind == tkWord && t.start > toks[i-1].end && isEmoji(toks[i-1].norm) {
				pendingEnd = true // "Ok akkoord 👍 stuur je …": the emoji ended the sentence
			}
			if pendingEnd {
				sent++
				clause++
			} else if pendingClause {
				clause++
			}
			pendingEnd, pendingClause = false, false
		}
		t.sent, t.clause = sent, clause
	}
}

// isEmoji reports a pictograph or dingbat ("👍", "😊", "✔"), which writers put where a
// sentence ends; other symbols ("€", "°", "%", "+") are not.
func isEmoji(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return r >= 0x2600 && r <= 0x27bf || r >= 0x1f000 && r <= 0x1faff
}

func nextWord(toks []token, i int) int {
	for j := i + 1; j < len(toks); j++ {
		if toks[j].kind == tkWord {
			return j
		}
	}
	return -1
}

// ---------------------------------------------------------------------------
// Phrases

type category uint8

const (
	catApprove category = iota + 1
	catReject
	catScheduled
	catDone
	catCancel
	catNeutral // consumed without meaning: "no problem", "geen bezwaar"
	catMixed   // "ja en nee", "yes and no"
)

func (c category) isDecision() bool { return c == catApprove || c == catReject }
func (c category) isStatus() bool   { return c == catScheduled || c == catDone || c == catCancel }

type phrase struct {
	words []string
	cat   category
	soft  bool // counts only when it closes its clause: "Liever niet." but not "liever niet nu"
}

// phraseWords turns a keyword into its folded words.
func phraseWords(s string) []string {
	var ws []string
	for _, t := range tokenize(s) {
		if t.kind == tkWord {
			ws = append(ws, t.norm)
		}
	}
	return ws
}

var builtinPhrases = []struct {
	cat   category
	soft  bool
	items []string
}{
	{catNeutral, false, []string{"no problem", "no problems", "no worries", "no objection", "no objections",
		"not a problem", "geen probleem", "geen bezwaar", "geen punt", "geen enkel probleem", "geen enkel bezwaar",
		"no rush", "geen haast", "nee hoor", "geen bezwaren"}},
	{catMixed, false, []string{"ja en nee", "ja of nee", "ja nee", "yes and no", "yes or no", "yes no", "wel en niet"}},
	// Refusals that are ordinary words elsewhere: "Liever niet." and "Please don't."
	// refuse, "liever niet nu" and "please don't forget the invoice" do not.
	{catReject, true, []string{"liever niet", "beter niet", "liever van niet", "rather not", "id rather not",
		"better not", "please dont", "please do not", "niet doen", "liever niet doen", "doe maar niet",
		"graag niet"}},
	// "Ik ben er niet voor.", "Daar ben ik niet voor.": against it, when it closes the clause.
	{catReject, true, []string{"er niet voor", "er echt niet voor", "er helemaal niet voor", "er absoluut niet voor",
		"ik niet voor", "er niet voor te vinden", "geen voorstander", "geen voorstander van", "not in favour", "not in favor"}},
	// "I am against this, sorry.", "Not ok.", "Dat gaat helaas niet door.": against it, when it
	// closes the clause ("if that's not ok with you" does not).
	{catReject, true, []string{"against this", "against it", "against that", "not ok", "not okay", "niet ok", "niet oke",
		"gaat niet door", "gaat helaas niet door", "ik ben ertegen", "ben ik tegen"}},
	// A thumbs-down counts only when it opens the reply (isGenericNo).
	{catReject, false, []string{"👎"}},
	{catReject, false, []string{"dont proceed", "do not proceed", "please dont proceed", "please do not proceed",
		"niet mee doorgaan", "niet uitvoeren", "niet bestellen"}},
}

type matcher struct {
	byFirst map[string][]phrase
}

// matchers caches the matcher of each keyword set: building one folds every phrase
// (a few thousand) and took most of the time of reading a reply. Configurations hold a
// handful of keyword sets; past maxCachedMatchers (hostile or generated keyword sets)
// matchers are built without being kept.
var (
	matchersMu sync.Mutex
	matchers   = map[string]*matcher{}
)

const maxCachedMatchers = 64

// newMatcher returns the matcher of kw. A matcher is read-only once built, so the same
// one serves concurrent readers.
func newMatcher(kw Keywords) *matcher {
	key := keywordsKey(kw)
	matchersMu.Lock()
	m, ok := matchers[key]
	matchersMu.Unlock()
	if ok {
		return m
	}
	m = buildMatcher(kw)
	matchersMu.Lock()
	if len(matchers) < maxCachedMatchers {
		matchers[key] = m
	}
	matchersMu.Unlock()
	return m
}

// keywordsKey spells kw out unambiguously: lists end in \x01, items in \x00.
func keywordsKey(kw Keywords) string {
	var b strings.Builder
	for _, l := range [][]string{kw.Approve, kw.Reject, kw.Scheduled, kw.Done, kw.Cancel} {
		for _, it := range l {
			b.WriteString(it)
			b.WriteByte(0)
		}
		b.WriteByte(1)
	}
	return b.String()
}

func buildMatcher(kw Keywords) *matcher {
	def := DefaultKeywords()
	pick := func(l, d []string) []string {
		if len(l) == 0 {
			return d
		}
		return l
	}
	m := &matcher{byFirst: map[string][]phrase{}}
	add := func(cat category, soft bool, items []string) {
		for _, it := range items {
			ws := phraseWords(it)
			if len(ws) == 0 {
				continue
			}
			m.byFirst[ws[0]] = append(m.byFirst[ws[0]], phrase{words: ws, cat: cat, soft: soft})
		}
	}
	add(catApprove, false, pick(kw.Approve, def.Approve))
	add(catReject, false, pick(kw.Reject, def.Reject))
	add(catScheduled, false, pick(kw.Scheduled, def.Scheduled))
	add(catDone, false, pick(kw.Done, def.Done))
	add(catCancel, false, pick(kw.Cancel, def.Cancel))
	for _, b := range builtinPhrases {
		add(b.cat, b.soft, b.items)
	}
	add(catApprove, false, vocabApprove)
	add(catReject, false, vocabReject)
	add(catReject, true, vocabSoftReject)
	add(catApprove, true, vocabSoftApprove)
	return m
}

// match is one phrase found in the text.
type match struct {
	cat         category
	first, last int // token indexes of the first and last word
	flag        string
	vocab       bool // a separable verb or infinitive: its negation is already read
}

// findAll returns the longest phrase matches, left to right. The words of a phrase
// may be separated by clause punctuation ("ja, akkoord") but not by a sentence end.
func (m *matcher) findAll(toks []token) []match {
	var out []match
	for i := 0; i < len(toks); i++ {
		if toks[i].kind != tkWord {
			continue
		}
		best, bestLast := -1, 0
		var bestCat category
		for _, p := range m.byFirst[toks[i].norm] {
			last, ok := matchAt(toks, i, p.words)
			if !ok || (p.soft && !closesClause(toks, last)) {
				continue
			}
			n := len(p.words)
			if n > best || (n == best && p.cat == catReject) {
				best, bestLast, bestCat = n, last, p.cat
			}
		}
		if best > 0 {
			out = append(out, match{cat: bestCat, first: i, last: bestLast})
			i = bestLast
		}
	}
	return out
}

// closesClause reports whether no word follows toks[last] in its clause.
// Particles that soften what comes before them and add nothing: "Toegestaan hoor",
// "Liever niet joh", "Van mij mag het door hè".
var particleWords = set("hoor", "joh", "he", "dus")

func closesClause(toks []token, last int) bool {
	n := nextWord(toks, last)
	for n >= 0 && toks[n].clause == toks[last].clause && (particleWords[toks[n].norm] || vocativeEnd(toks, n)) {
		n = nextWord(toks, n)
	}
	return n < 0 || toks[n].clause != toks[last].clause
}

func matchAt(toks []token, i int, words []string) (int, bool) {
	j := i
	for k, w := range words {
		if k > 0 {
			j++
			for j < len(toks) && (toks[j].kind == tkClause || toks[j].kind == tkLine) {
				j++
			}
			if j >= len(toks) || toks[j].sent != toks[i].sent {
				return 0, false
			}
		}
		if j >= len(toks) || toks[j].kind != tkWord || toks[j].norm != w {
			return 0, false
		}
	}
	return j, true
}

// ---------------------------------------------------------------------------
// Word lists (folded)

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

var (
	greetingWords = set("hoi", "hallo", "hai", "hey", "hi", "hello", "beste", "geachte", "dag", "goedemorgen",
		"goedemiddag", "goedenavond", "morgen", "middag", "dear", "ls", "heren", "dames", "collega", "collegas",
		"allen", "allemaal", "team", "spoc", "all", "good", "morning", "afternoon", "evening",
		// regional and informal greetings: "Moi Wouter,", "Moin,", "Goeiemorgen,", "Hiya,"
		"moi", "moin", "hoihoi", "hee", "heey", "hej", "goeiemorgen", "goeiemiddag", "goeienavond", "goeiedag",
		"hiya", "howdy")

	// Words allowed before a decision phrase in the first sentence.
	fillerWords = set("vanuit", "uiteraard", "natuurlijk", "tuurlijk", "vanzelfsprekend", "obviously", "prima", "ok", "oke", "okay", "okee", "okido", "goed", "helder", "top", "mooi", "prachtig",
		"perfect", "ja", "jazeker", "jawel", "yes", "yep", "yeah", "sure", "fine", "great", "hierbij", "bij", "deze",
		"dan", "is", "ik", "ga", "gaat", "ben", "we", "wij", "gaan", "zijn", "wat", "mij", "me", "ons", "betreft", "voor",
		"van", "mijn", "onze", "kant", "ook", "hereby", "i", "am", "are", "it", "its", "this", "that", "dit", "dat",
		"het", "de", "alles", "all", "everything", "aanvraag", "verzoek", "request", "bedankt", "dank", "thanks",
		"thank", "you", "je", "u", "wel", "hoor", "dus", "so", "then", "hiermee", "daarmee", "geef", "geven", "heb",
		"hebben", "has", "have", "been", "zeker", "certainly", "absolutely", "definitely", "volledig", "fully",
		"gewoon", "akkoord", "from", "my", "side", "our", "er", "mee", "hiervoor", "daarvoor", "for", "me", "a",
		"an", "the", "een", "was", "wordt", "word", "gegeven", "given", "helemaal", "100", "procent", "nl",
		"gelezen", "read", "bekeken", "seen", "in", "orde", "order", "hier", "daar", "hierop", "daarop", "hiermee",
		"daarom", "bij", "ermee", "al", "reeds", "already", "nu", "now", "bij deze", "helaas", "unfortunately",
		"sorry", "👍", "👎", "✅", "❌", "✔", "maar", "gekeken", "hiernaar", "ernaar", "daarnaar", "heer", "mevrouw",
		"mevr", "dhr", "sir", "madam")

	// Words of a polite opening sentence that may precede the decision.
	pleasantryWords = set("dank", "bedankt", "thanks", "thank", "you", "for", "voor", "je", "jij", "u", "de",
		"het", "uw", "your", "the", "mail", "e-mail", "email", "emailbericht", "bericht", "berichtje", "aanvraag",
		"verzoek", "request", "message", "info", "informatie", "snelle", "quick", "reactie", "reply", "vraag",
		"hartelijk", "hartelijke", "many", "veel", "nogmaals", "again", "wel", "goed", "ontvangen", "received",
		"offerte", "quote", "fotos", "photos", "overzicht", "overview", "update", "details",
		"hoi", "hallo", "hi", "hello", "email", "toelichting", "uitleg", "explanation", "mailtje")

	negators = set("niet", "geen", "not", "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "cant", "cannot",
		"wont", "never", "nooit", "nicht", "kein", "keine", "nein", "neither", "nor", "noch", "nimmer",
		"hasnt", "havent", "hadnt", "wouldnt", "couldnt", "shouldnt", "werent", "mustnt", "neednt")

	// Words between a negator and the phrase that keep the negation tight: "niet mee akkoord".
	negationFiller = set("mee", "ermee", "hiermee", "daarmee", "er", "het", "helemaal", "echt", "zomaar",
		"direct", "meteen", "hier", "daar", "ook", "be", "been", "being", "is", "was", "zijn", "gaan", "ga",
		"yet", "fully", "volledig", "officieel", "officially", "formeel", "formally")

	notYetBefore = set("nog", "still", "yet")

	questionStart = set("moet", "moeten", "mag", "mogen", "kan", "kun", "kunt", "kunnen", "zal", "zullen",
		"wil", "wilt", "willen", "zou", "zoudt", "zouden", "wat", "waarom", "hoe", "wanneer", "wie", "welke",
		"waar", "waarvoor", "klopt", "should", "shall", "can", "could", "do", "does", "did", "would", "will",
		"what", "why", "how", "when", "who", "which", "where", "may", "might", "must")

	questionWords = set("vraag", "vraagje", "vraagt", "vragen", "wonder", "wondering", "question", "afvragen",
		"twijfel", "twijfels", "doubt", "unsure", "onzeker")

	conditionalWords = set("als", "mits", "indien", "tenzij", "zolang", "zodra", "wanneer", "voorwaarde",
		"voorwaarden", "voorbehoud", "behoudens", "behalve", "if", "provided", "providing", "unless",
		"condition", "conditions", "conditional", "assuming", "except", "pending", "afhankelijk", "depending",
		"dependent", "onder", "wel", "max", "maximaal", "maximum", "hooguit", "hoogstens", "plafond", "cap",
		"sofern", "falls", "wenn", "vorausgesetzt", "bedingung", "ausser", "außer", "nur", "once")

	// Words after "maar"/"but" that turn it into a condition: "akkoord, maar alleen als …".
	butLimiters = set("alleen", "enkel", "pas", "eerst", "niet", "wel", "only", "not", "first", "if", "als",
		"mits", "onder", "then", "dan", "met", "zonder", "without", "max", "maximaal", "maximum", "tot")

	deferralPhrases = [][]string{{"even", "wachten"}, {"wacht", "even"}, {"wacht", "nog"}, {"nog", "even"},
		{"eerst", "overleggen"}, {"eerst", "even"}, {"eerst", "nog"}, {"overleggen"}, {"eerst", "overleg"},
		{"kom", "erop", "terug"}, {"kom", "hierop", "terug"}, {"kom", "er", "op", "terug"}, {"terugkomen"},
		{"kom", "ik", "op", "terug"}, {"laat", "het", "weten"}, {"later"}, {"on", "hold"}, {"hold", "off"},
		{"wait"}, {"wachten"}, {"not", "yet"}, {"nog", "niet"}, {"nog", "geen"}, {"check", "first"},
		{"first", "check"}, {"get", "back"}, {"uitstellen"}, {"postpone"}, {"postponed"}, {"uitgesteld"},
		{"standby"}, {"parkeren"}, {"geparkeerd"}, {"bespreken"}, {"discuss"}, {"nog", "naar", "kijken"},
		{"nog", "kijken"}, {"nog", "bekijken"}, {"nog", "nadenken"}, {"nog", "over", "nadenken"},
		{"zelf", "nog"}, {"still", "need", "to"}, {"still", "have", "to"}, {"still", "to", "check"},
		{"need", "to", "think"}, {"think", "about", "it"}}

	hedgeWords = set("misschien", "wellicht", "waarschijnlijk", "vermoedelijk", "denk", "denken", "geloof",
		"principe", "beginsel", "voorlopig", "principle", "provisionally", "provisional", "tentatively",
		"tentative", "voorwaardelijk",
		"lijkt", "maybe", "perhaps", "probably", "possibly", "think", "guess", "believe", "suppose", "zou",
		"zouden", "would", "could", "might", "mogelijk", "eventueel", "vast", "wsl", "mss",
		"id", "wed", "youd") // "I'd be happy for this to proceed (if …)"

	// Words that address someone else or ask them: "geef jij even akkoord", "please approve".
	secondPerson   = set("jij", "je", "u", "jullie", "you", "uw", "your")
	requestMarkers = set("graag", "please", "pls", "plz", "svp", "aub", "alsjeblieft", "alstublieft", "kindly")
	imperatives    = set("geef", "give", "regel", "zorg", "stuur", "send", "approve", "keur")

	futureWords = set("wordt", "worden", "zal", "zullen", "gaat", "gaan", "will", "shall", "going",
		"verwacht", "verwachten", "expected", "expect", "hopelijk", "hopefully", "binnenkort", "soon",
		"straks", "morgen", "tomorrow", "volgende", "next", "moet", "moeten", "bijna", "almost", "nearly",
		"gedeeltelijk", "deels", "partially", "partly", "grotendeels", "mostly")

	assentWords = set("ok", "oke", "okay", "okee", "ja", "yes", "prima", "goed", "top", "sure", "fine", "yep",
		"jep", "👍", "✅", "✔", "agree", "eens", "helder", "duidelijk", "super", "great", "perfect", "mooi",
		"doe", "gang", "ahead", "go", "licht", "mag", "akoord", "akkord", "acoord", "oké")

	// Single-word reject keywords that are also common words: they count only when
	// they stand alone ("Nee.", "No, too expensive") or open the text.
	genericNo = set("nee", "no", "neen", "nope", "nein")

	statusLabels = set("status", "state", "staat", "stand")
)

// ---------------------------------------------------------------------------
// Analysis

const (
	maxNegationLookback = 12 // words before a phrase searched for a negation
	maxDecisionPhrases  = 8  // more decision phrases than this is no clear decision
)

type analysis struct {
	text         string
	toks         []token
	sentFirst    []int   // token index of the first word of each sentence
	contentStart int     // token index of the first word after greeting and pleasantries
	firstSent    int     // sentence number of that word
	words        int     // number of words
	decs         []match // the decision phrases, qualified
	m            *matcher
	noHold       map[int]bool // noHoldSentence, by sentence
}

// phraseSpan is the byte range of the phrase that carried a decision.
type phraseSpan struct{ start, end int }

// analyze reads the decision and status from the new text of a reply.
func analyze(text string, kw Keywords, ref time.Time) Reply {
	r, _ := analyzeSpan(text, kw, ref)
	return r
}

// newAnalysis tokenizes text (its first maxAnalyzedText bytes, cut at a whole character)
// and counts its words and where each sentence starts.
func newAnalysis(text string) *analysis {
	if len(text) > maxAnalyzedText {
		text = text[:maxAnalyzedText]
		for len(text) > 0 && !utf8.ValidString(text) {
			text = text[:len(text)-1]
		}
	}
	a := &analysis{text: text, toks: tokenize(text)}
	for j, t := range a.toks {
		if t.kind == tkWord {
			a.words++
			for len(a.sentFirst) <= t.sent {
				a.sentFirst = append(a.sentFirst, j)
			}
		}
	}
	return a
}

// readyAnalysis is newAnalysis for one reading of a whole reply: nil when text has no
// words or more than maxWords; else with the matcher for kw, the content start after the
// opening and its sentence set.
func readyAnalysis(text string, kw Keywords, maxWords int) *analysis {
	a := newAnalysis(text)
	if a.words == 0 || a.words > maxWords {
		return nil
	}
	a.m = newMatcher(kw)
	a.contentStart = a.skipOpening()
	a.firstSent = a.toks[a.contentStart].sent
	return a
}

// analyzeSpan is analyze that also returns where the decision phrase is in text, so
// that the approval guard looks at the sentence the analysis read.
func analyzeSpan(text string, kw Keywords, ref time.Time) (Reply, phraseSpan) {
	r := Reply{Decision: DecisionNone}
	var span phraseSpan
	a := newAnalysis(text)
	text = a.text
	if a.words == 0 {
		return r, span
	}
	m := newMatcher(kw)
	a.m = m
	a.contentStart = a.skipOpening()
	a.firstSent = a.toks[a.contentStart].sent

	all := m.findAll(a.toks)
	all = mergeMatches(all, findVocab(a.toks, all))
	var dec, stat []match
	mixed := false
	for _, mt := range all {
		switch {
		case mt.cat == catMixed:
			mixed = true
		case mt.cat.isDecision():
			if mt.cat == catReject && a.isGenericNo(mt) {
				continue
			}
			if mt.cat == catApprove && a.reportedAgreement(mt) {
				continue // "We agreed in October that …": an earlier agreement, not this decision
			}
			q := a.qualifyDecision(mt)
			if q.flag == "" && a.askedFor(q) {
				q.flag = AmbiguousRequest // "ik heb nog goedkeuring nodig van Piet"
			}
			dec = append(dec, q)
		case mt.cat.isStatus():
			stat = append(stat, a.qualifyStatus(mt))
		}
	}

	dec = a.dropReasonApprovals(dec)
	dec = a.dropQuestionRefusals(dec)
	decReason := ""
	var decMatch *match
	a.decs = dec
	if len(dec) > 0 {
		decMatch, decReason = a.decide(dec, mixed)
		if decMatch != nil && decMatch.cat == catReject && (a.grantsPermission() ||
			(a.toks[decMatch.first].norm == "👎" && a.hasApprovingEmoji())) {
			// "No, go ahead": a no to "any objection?", with a yes to the request.
			decMatch, decReason = nil, AmbiguousMixed
		}
	} else if mixed {
		decReason = AmbiguousMixed
	}
	statReason := ""
	var statMatch *match
	if len(stat) > 0 {
		statMatch, statReason = a.decideStatus(stat)
	}

	if decMatch == nil && decReason == "" && statMatch == nil {
		// No decision phrase: a reply that is only a clear yes ("Ja, doe maar.",
		// "Geen bezwaar.", "Go ahead") approves.
		if from, to, ok := a.shortAssent(text); ok {
			r.Decision = DecisionApprove
			r.Remark = remarkAfter(text, to)
			return r, phraseSpan{from, to}
		}
		// "Nee hoor, niet nodig.": a softened no that refuses.
		if end, ok := a.softenedNo(all); ok {
			r.Decision = DecisionReject
			r.Remark = remarkAfter(text, end)
			return r, span
		}
		// "Niet nu Arjen. Die Transit kan nog tot de zomer mee.": a refusal for now.
		if end, ok := a.flatNotNow(); ok && len(all) == 0 && !a.grantsPermission() {
			r.Decision = DecisionReject
			r.Remark = remarkAfter(text, end)
			return r, span
		}
	}
	if decMatch != nil {
		r.Decision = DecisionApprove
		if decMatch.cat == catReject {
			r.Decision = DecisionReject
		}
		r.Remark = remarkAfter(text, a.toks[decMatch.last].end)
		span = phraseSpan{a.toks[decMatch.first].start, a.toks[decMatch.last].end}
	}
	if statMatch != nil {
		switch statMatch.cat {
		case catScheduled:
			r.Status = StatusScheduled
			r.Date = findDate(text, a.toks[statMatch.last].end, ref)
		case catDone:
			r.Status = StatusDone
		case catCancel:
			r.Status = StatusCancelled
		}
		if decMatch == nil {
			r.Remark = remarkAfter(text, a.toks[statMatch.last].end)
		}
	}
	switch {
	case decMatch == nil && decReason != "":
		r.Ambiguous = decReason
	case decMatch == nil && statMatch == nil && statReason != "":
		r.Ambiguous = statReason
	case decMatch == nil && statMatch == nil:
		r.Ambiguous = a.unclear()
	}
	return r, span
}

// skipOpening returns the index of the first word after a greeting ("Hoi Piet,",
// "Beste SPOC,") and up to two polite opening sentences ("Dank voor je mail.").
func (a *analysis) skipOpening() int {
	toks := a.toks
	i := nextWord(toks, -1)
	start := i
	if greetingWords[toks[i].norm] {
		// The greeting runs to the first comma, line break or sentence end, when
		// that comes within six words; otherwise only the greeting word and the
		// capitalised name after it are skipped.
		j, n := i, 0
		for ; j < len(toks) && n <= 6; j++ {
			if toks[j].kind == tkWord {
				n++
				continue
			}
			if toks[j].kind != tkClause || toks[j].norm == "," || toks[j].norm == ":" {
				break
			}
		}
		if j < len(toks) && n <= 6 && toks[j].kind != tkWord && toks[j].norm != "?" {
			if k := nextWord(toks, j); k >= 0 {
				start = k
			}
		} else {
			k := nextWord(toks, i)
			for c := 0; k >= 0 && c < 3 && toks[k].upper && !greetingWords[toks[k].norm]; c++ {
				k = nextWord(toks, k)
			}
			if k >= 0 {
				start = k
			}
		}
	}
	// A second greeting after the first: "Beste Annemiek, beste SPOC,", "Hi Sarah, hi team,".
	for c := 0; c < 2 && start != i && greetingWords[toks[i].norm] && greetingWords[toks[start].norm]; c++ {
		k := secondGreetingEnd(toks, start)
		if k < 0 {
			break
		}
		start = k
	}
	if k := leadingVocative(a.text, toks, start, a.m); k >= 0 {
		start = k // "Mehmet, doe maar.", "Koen,\n\nGeen bezwaar."
	}
	// Polite opening sentences made only of thanks, or of delight ("Wat een leuk idee!").
	for s := 0; s < 2; s++ {
		sent := toks[start].sent
		allPleasant, end := true, -1
		for j := start; j < len(toks) && toks[j].sent == sent; j++ {
			if toks[j].kind == tkWord {
				if !pleasantryWords[toks[j].norm] {
					allPleasant = false
					break
				}
				end = j
			}
		}
		if !allPleasant || end < 0 {
			if end = delightEnd(toks, start); end < 0 {
				if end = praiseEnd(toks, start); end < 0 {
					break
				}
			}
		}
		k := nextWord(toks, end)
		if k < 0 {
			break
		}
		start = k
	}
	return start
}

// secondGreetingEnd returns the first word after a greeting that starts at toks[i] and runs,
// in at most four greeting words or capitalised names, to a comma or a line break; -1 when
// toks[i:] is no such greeting.
func secondGreetingEnd(toks []token, i int) int {
	n := 0
	for j := i; j < len(toks); j++ {
		t := toks[j]
		switch {
		case t.kind == tkWord:
			if n >= 4 || (j > i && !greetingWords[t.norm] && !t.upper) {
				return -1
			}
			n++
		case t.norm == "," || t.kind == tkLine || (t.kind == tkEnd && t.norm == "\n"):
			return nextWord(toks, j)
		default:
			return -1
		}
	}
	return -1
}

func (a *analysis) isGenericNo(mt match) bool {
	if a.toks[mt.first].norm == "👎" {
		return mt.first != a.contentStart
	}
	if mt.first != mt.last || !genericNo[a.toks[mt.first].norm] {
		return false
	}
	if mt.first == a.contentStart {
		return false
	}
	next := mt.last + 1
	if next >= len(a.toks) || a.toks[next].kind != tkWord {
		return false
	}
	return true
}

// qualifyDecision looks at the words around a decision phrase: a tight negation
// turns approval into rejection ("ik ga er niet mee akkoord"), "nog niet" makes it
// not-yet, a looser negation makes it ambiguous.
func (a *analysis) qualifyDecision(mt match) match {
	if mt.vocab {
		return mt
	}
	neg, tight, notYet := a.negation(mt)
	if mt.cat == catReject {
		startsNeg := negators[a.toks[mt.first].norm] || a.toks[mt.first].norm == "nee" || a.toks[mt.first].norm == "no"
		if startsNeg {
			// "nog niet akkoord", "not approved yet"
			if p := a.prevWord(mt.first); p >= 0 && notYetBefore[a.toks[p].norm] && a.toks[p].clause == a.toks[mt.first].clause {
				mt.flag = AmbiguousNotYet
			}
			if n := nextWord(a.toks, mt.last); n >= 0 && a.toks[n].norm == "yet" && a.toks[n].sent == a.toks[mt.last].sent {
				mt.flag = AmbiguousNotYet
			}
		}
		if p := a.prevWord(mt.first); neg && mt.flag == "" && mt.first == mt.last && genericNo[a.toks[mt.first].norm] &&
			p >= 0 && (a.toks[p].norm == "a" || a.toks[p].norm == "een") {
			// "It's not a no, but …": a no as a noun, negated.
			mt.flag = AmbiguousNegated
		}
		if neg && mt.flag == "" && !(startsNeg && !tight) {
			// "niet afgewezen"; a negation further back belongs to something else: "Dat
			// lijkt me niet verstandig en ik ga er dan ook niet mee akkoord".
			mt.flag = AmbiguousNegated
		}
		return mt
	}
	switch {
	case notYet:
		mt.flag = AmbiguousNotYet
	case tight:
		mt.cat = catReject
		if n := nextWord(a.toks, mt.last); n >= 0 && a.toks[n].norm == "yet" && a.toks[n].sent == a.toks[mt.last].sent {
			mt.flag = AmbiguousNotYet
		}
	case neg:
		mt.flag = AmbiguousNegated
	}
	return mt
}

func (a *analysis) qualifyStatus(mt match) match {
	neg, _, notYet := a.negation(mt)
	switch {
	case notYet:
		mt.flag = AmbiguousNotYet
	case neg:
		mt.flag = AmbiguousNegated
	}
	if mt.flag == "" {
		if n := nextWord(a.toks, mt.last); n >= 0 && a.toks[n].norm == "yet" && a.toks[n].sent == a.toks[mt.last].sent {
			mt.flag = AmbiguousNotYet
		}
	}
	return mt
}

func (a *analysis) prevWord(i int) int {
	for j := i - 1; j >= 0; j-- {
		if a.toks[j].kind == tkWord {
			return j
		}
	}
	return -1
}

// negation reports a negator before the phrase in the same clause; tight when only
// filler words separate them; notYet when the negator is "nog niet"/"not yet"/…
func (a *analysis) negation(mt match) (neg, tight, notYet bool) {
	clause := a.toks[mt.first].clause
	adjacent := true
	for j, n := a.prevWord(mt.first), 0; j >= 0 && a.toks[j].clause == clause && n < maxNegationLookback; j, n = a.prevWord(j), n+1 {
		w := a.toks[j].norm
		if negators[w] {
			neg = true
			tight = tight || adjacent
			if p := a.prevWord(j); p >= 0 && a.toks[p].clause == clause && notYetBefore[a.toks[p].norm] {
				notYet = true
			}
			if n := nextWord(a.toks, j); n >= 0 && a.toks[n].norm == "yet" {
				notYet = true
			}
			continue
		}
		if !negationFiller[w] {
			adjacent = false
		}
	}
	return neg, tight && !notYet, notYet
}

// decide applies the position rule and the ambiguity checks to the decision phrases.
func (a *analysis) decide(dec []match, mixed bool) (*match, string) {
	hasApprove, hasReject := false, false
	for _, d := range dec {
		if d.cat == catApprove {
			hasApprove = true
		} else {
			hasReject = true
		}
	}
	if !mixed {
		// "Per ongeluk op akkoord gedrukt. Het moet zijn: NIET akkoord." (reply_corrected.go)
		if k := a.correctedDecision(dec); k >= 0 {
			d := dec[k]
			return &d, ""
		}
	}
	if !mixed && hasApprove && !hasReject {
		// "Akkoord? Nee dus. € 180,95 voor een paar lampen is belachelijk.": the keyword
		// echoed as a question and answered with a bare no, then a reason.
		if no := a.echoedBareNo(dec); no >= 0 {
			return &match{cat: catReject, first: no, last: no}, ""
		}
	}
	if !mixed && hasApprove && hasReject {
		// "Akkoord?? Echt niet.": the keyword echoed in disbelief, then a flat no; "Akkoord.
		// Wacht, ik zie nu dat … Dan toch niet akkoord.": the approval taken back. Either is
		// a refusal, if the refusal is clear by itself.
		k := a.echoedRefusal(dec)
		if k < 0 {
			if no := a.echoedBareNo(dec); no >= 0 {
				return &match{cat: catReject, first: no, last: no}, ""
			}
		}
		if k < 0 {
			k = a.retractedApproval(dec)
		}
		if k < 0 {
			k = a.correctedRefusal(dec)
		}
		refusalFirst := false
		if k < 0 {
			k = a.refusalBeforeOtherApproval(dec)
			refusalFirst = k >= 0
		}
		if k >= 0 {
			d := dec[k]
			if refusalFirst {
				d.flag = ""
			}
			if d.flag != "" {
				return nil, d.flag
			}
			if why := a.contextReason(d, true); why != "" && !(refusalFirst && (why == AmbiguousMixed || why == AmbiguousConditional && !a.sentenceConditional(d))) {
				return nil, why
			}
			return &d, ""
		}
	}
	if mixed || (hasApprove && hasReject) {
		return nil, AmbiguousMixed
	}
	if len(dec) > maxDecisionPhrases {
		return nil, AmbiguousUnclear
	}
	first := dec[0]
	// At the start of the text, or a short text with one phrase that opens its
	// clause ("Dat is fors, maar het moet. Akkoord."). "Karin heeft al akkoord
	// gegeven" reports someone else's decision and is not one.
	// A short text or a closing decision after context counts only when that context sets
	// no condition and does not defer ("Als de prijs klopt, is het goed. Dus: akkoord.").
	atStart := a.atStart(first, false) || a.afterLeadIn(first) || (len(dec) == 1 && a.afterGrumble(first)) ||
		(len(dec) == 1 && (a.ownVerdict(first) || a.fyiOwn(first)) && a.contextClean(first)) ||
		(len(dec) == 1 && (a.concludingRefusal(first) || a.reasonBeforeRefusal(first))) || a.afterIndignantLeadIn(first, dec) ||
		(((a.words <= 12 && len(dec) == 1 && a.opensClause(first)) || (len(dec) == 1 && a.closingDecision(first))) &&
			(a.toks[first.first].sent == a.firstSent || a.contextClean(first)))
	if !atStart {
		if k := a.standalone(dec); k >= 0 {
			atStart, first = true, dec[k]
		}
	}
	// The specific reasons first (they tell the approver what was unclear).
	for _, d := range dec {
		if d.flag != "" {
			return nil, d.flag
		}
		if why := a.contextReason(d, true); why != "" {
			return nil, why
		}
	}
	if !atStart && !(first.cat == catReject && !hasApprove && a.toks[first.first].sent == a.firstSent) {
		// A rejection may come after a clause in the first sentence ("Ik heb ernaar
		// gekeken, maar ik ga hier niet mee akkoord"), also when the text says it again
		// ("Sorry Tomasz, I can't approve this one. … Rejected."); an approval may not.
		return nil, AmbiguousNotAtStart
	}
	return &first, ""
}

func (a *analysis) decideStatus(stat []match) (*match, string) {
	for _, s := range stat[1:] {
		if s.cat != stat[0].cat {
			return nil, AmbiguousMixed
		}
	}
	first := stat[0]
	if !a.atStart(first, true) && !(a.words <= 12 && len(stat) == 1) && !a.afterStatusLabel(first) {
		return nil, AmbiguousNotAtStart
	}
	if first.flag != "" {
		return nil, first.flag
	}
	if from, to := a.sentenceBounds(a.toks[first.first].sent); a.conditional(from, to, first) {
		return nil, AmbiguousConditional
	}
	if why := a.contextReason(first, false); why != "" {
		return nil, why
	}
	if first.cat == catDone && a.future(first) {
		return nil, AmbiguousFuture
	}
	if first.cat != catCancel {
		// "Please make sure it is done", "graag voor vrijdag gereed": asked, not reported.
		from, _ := a.sentenceBounds(a.toks[first.first].sent)
		for j := from; j < first.first; j++ {
			if a.toks[j].kind == tkWord && (requestMarkers[a.toks[j].norm] || a.toks[j].norm == "zorg") {
				return nil, AmbiguousRequest
			}
		}
	}
	return &first, ""
}

var salutationWords = set("heer", "mevrouw", "mevr", "dhr", "meneer", "dames", "heren", "sir", "madam", "madame",
	"allen", "all", "team", "collega", "collegas", "en", "and", "of", "or")

// salutationOnly reports a sentence of salutation words only ("heer, mevrouw,").
func (a *analysis) salutationOnly(sent int) bool {
	any := false
	for j := a.contentStart; j < len(a.toks) && a.toks[j].sent == sent; j++ {
		if a.toks[j].kind != tkWord {
			continue
		}
		if !salutationWords[a.toks[j].norm] {
			return false
		}
		any = true
	}
	return any
}

// closingDecision reports a decision that stands alone as the last sentence of the text:
// "… De kosten passen binnen het budget.\n\nAkkoord." or "Niet akkoord dus."
func (a *analysis) closingDecision(mt match) bool {
	from, to := a.sentenceBounds(a.toks[mt.first].sent)
	for j := to; j < len(a.toks); j++ {
		if a.toks[j].kind == tkWord {
			return false // not the last sentence
		}
	}
	for j := from; j < to; j++ {
		if a.toks[j].kind != tkWord || (j >= mt.first && j <= mt.last) {
			continue
		}
		switch a.toks[j].norm {
		case "dus", "hoor", "so", "then", "dan", "wat", "mij", "betreft", "van", "mijn", "kant", "from", "my", "side":
		default:
			return false
		}
	}
	return true
}

// atStart reports whether the phrase opens the first sentence after the greeting
// (decisions: only filler words before it; statuses: anywhere in that sentence).
func (a *analysis) atStart(mt match, anywhereInSentence bool) bool {
	if mt.first < a.contentStart {
		return false
	}
	if a.toks[mt.first].sent != a.firstSent {
		// "Geachte heer, mevrouw,\n\nHierbij geef ik akkoord": the rest of a salutation
		// before the first real sentence.
		if a.toks[mt.first].sent != a.firstSent+1 || !a.salutationOnly(a.firstSent) {
			return false
		}
		start := mt.first
		for j := mt.first - 1; j >= 0 && a.toks[j].sent == a.toks[mt.first].sent; j-- {
			if a.toks[j].kind == tkWord {
				start = j
			}
		}
		saved := a.contentStart
		a.contentStart = start
		defer func() { a.contentStart = saved }()
	}
	if anywhereInSentence {
		return true
	}
	n := 0
	for j := a.contentStart; j < mt.first; j++ {
		t := a.toks[j]
		if t.kind != tkWord {
			continue
		}
		if !fillerWords[t.norm] && !a.pleaseAfterYes(j) {
			return false
		}
		n++
	}
	return n <= 6
}

// opensClause reports whether only filler words precede the phrase in its clause.
func (a *analysis) opensClause(mt match) bool {
	clause := a.toks[mt.first].clause
	for j := a.prevWord(mt.first); j >= 0 && a.toks[j].clause == clause; j = a.prevWord(j) {
		if !fillerWords[a.toks[j].norm] && !negators[a.toks[j].norm] {
			return false
		}
	}
	return true
}

// afterStatusLabel reports "Status: Opgelost" / "State: Resolved" lines.
func (a *analysis) afterStatusLabel(mt match) bool {
	p := a.prevWord(mt.first)
	if p < 0 || !statusLabels[a.toks[p].norm] {
		return false
	}
	for j := p + 1; j < mt.first; j++ {
		if a.toks[j].norm == ":" {
			return true
		}
	}
	return false
}

// contextReason checks the sentence of a phrase for questions, conditions,
// deferrals, hedges and requests to someone else.
func (a *analysis) contextReason(mt match, decision bool) string {
	sent := a.toks[mt.first].sent
	from, to := a.sentenceBounds(sent)
	if from < a.contentStart && sent == a.firstSent {
		from = a.contentStart
	}
	// Question: the sentence ends with "?", starts with a question word or asks. "Ik ga
	// akkoord met de stoelen, wil jij ze bestellen?" asks the requester to carry it out in a
	// clause of its own after the decision (requestAfterApproval).
	if to < len(a.toks) && a.toks[to].norm == "?" && !(decision && a.requestAfterApproval(mt, to)) {
		return AmbiguousQuestion
	}
	// A modal that opens the phrase itself is no verb-first question: "Kan doorgaan. De
	// kosten zijn te verantwoorden." ("Kan doorgaan?" ends with "?" above).
	if f := a.firstWordIn(from, to); f >= 0 && questionStart[a.toks[f].norm] && !a.isWatMijBetreft(f) &&
		(f < mt.first || f > mt.last) {
		return AmbiguousQuestion
	}
	for j := from; j < to; j++ {
		if a.toks[j].kind == tkWord && questionWords[a.toks[j].norm] {
			return AmbiguousQuestion
		}
	}
	// "Niet akkoord, eerst overleggen met archiefbeheer": a refusal stands, the
	// deferral after it says what to do instead.
	deferralCounts := !(decision && mt.cat == catReject && a.refusalWithNextStep(mt))
	if decision && mt.cat == catApprove {
		// "Akkoord, maar laat de hovenier wel eerst even bij de conciërge langsgaan voor de
		// sleutel": a practical first step, not a condition.
		if p := a.practicalStep(mt.last+1, to); p >= 0 {
			to = p
		}
	}
	if decision || mt.cat == catCancel {
		if a.conditional(from, to, mt) {
			return AmbiguousConditional
		}
		// The next sentence may carry the condition: "Akkoord. Als het meer wordt, …"
		// but not when it only asks to be told: "If X, just let me know."
		ns, ne := a.sentenceBounds(sent + 1)
		if f := a.firstWordIn(ns, ne); f >= 0 && !(decision && a.informOnly(ns, ne)) &&
			!(decision && mt.cat == catReject && a.counterProposal(ns, ne)) {
			w := a.toks[f].norm
			if (conditionalWords[w] && w != "wel" && w != "onder" && !a.isComparisonAls(f)) ||
				((w == "maar" || w == "but") && a.butLimited(f)) ||
				((w == "alleen" || w == "only") && !(mt.cat == catReject && a.onlyAsReason(ns, ne))) || w == "mits" {
				return AmbiguousConditional
			}
			if deferralCounts && a.deferral(ns, ne) && !(decision && mt.cat == catReject && a.factNotYet(ns, ne)) &&
				!(decision && mt.cat == catApprove && a.urgentOnly(ns, ne)) {
				return AmbiguousDeferred
			}
		}
	}
	if deferralCounts && a.deferral(from, to) {
		return AmbiguousDeferred
	}
	if decision && mt.cat == catApprove && a.firstStep(mt.last+1, to) {
		// "Akkoord, maar laat de aannemer eerst een tweede offerte maken."
		return AmbiguousDeferred
	}
	if decision {
		clause := a.toks[mt.first].clause
		if mt.cat == catReject {
			// "Dat lijkt me niet verstandig en ik ga er dan ook niet mee akkoord": the view
			// before "en ik" is the reason for the refusal.
			from = max(from, a.writerClauseStart(from, mt.first))
		}
		for j := from; j < mt.first; j++ {
			t := a.toks[j]
			if t.kind != tkWord {
				continue
			}
			if speechWords[t.norm] || (pastTimeWords[t.norm] && mt.cat == catApprove && !a.hyphenJoined(j)) || a.namedBefore(j, mt) {
				return AmbiguousNotAtStart // "Hij zei: akkoord", "Marieke schreef gisteren: akkoord", "Piet: akkoord"
			}
			if hedgeWords[t.norm] {
				return AmbiguousHedged
			}
			if t.clause == clause && (secondPerson[t.norm] || requestMarkers[t.norm]) && j > a.noticeEnd(from, mt.first) &&
				!(mt.cat == catReject && a.possessiveOfRequest(j)) {
				return AmbiguousRequest
			}
			if t.clause == clause && imperatives[t.norm] && j == a.firstWordIn(a.clauseStart(clause), mt.first+1) {
				return AmbiguousRequest
			}
		}
		if imperatives[a.toks[mt.first].norm] && mt.first == a.firstWordIn(a.clauseStart(clause), mt.first+1) &&
			a.toks[mt.first].norm != "approve" && !a.firstPersonAfter(mt.first) {
			return AmbiguousRequest
		}
		// "akkoord denk ik", "approved I think"
		for j := mt.last + 1; j < to; j++ {
			if a.toks[j].kind == tkWord && (a.toks[j].norm == "denk" || a.toks[j].norm == "think" ||
				a.toks[j].norm == "geloof" || a.toks[j].norm == "misschien" || a.toks[j].norm == "maybe") {
				return AmbiguousHedged
			}
		}
	}
	return ""
}

func (a *analysis) sentenceBounds(sent int) (int, int) {
	if sent < 0 || sent >= len(a.sentFirst) {
		return len(a.toks), len(a.toks)
	}
	from, to := a.sentFirst[sent], len(a.toks)
	if sent+1 < len(a.sentFirst) {
		to = a.sentFirst[sent+1]
	}
	// The sentence ends at its last word; the terminator follows it.
	end := from
	for j := from; j < to; j++ {
		if a.toks[j].kind == tkWord {
			end = j
		}
	}
	// Return [from, terminator) where terminator is the first end token after the
	// last word, if any.
	for j := end + 1; j < to; j++ {
		if a.toks[j].kind == tkEnd {
			return from, j
		}
	}
	return from, end + 1
}

func (a *analysis) clauseStart(clause int) int {
	for j, t := range a.toks {
		if t.clause == clause && t.kind == tkWord {
			return j
		}
	}
	return 0
}

func (a *analysis) firstWordIn(from, to int) int {
	for j := from; j < to && j < len(a.toks); j++ {
		if a.toks[j].kind == tkWord {
			return j
		}
	}
	return -1
}

func (a *analysis) isWatMijBetreft(i int) bool {
	if a.toks[i].norm != "wat" {
		return false
	}
	n := nextWord(a.toks, i)
	if n < 0 {
		return false
	}
	nn := nextWord(a.toks, n)
	return (a.toks[n].norm == "mij" || a.toks[n].norm == "ons" || a.toks[n].norm == "me") && nn >= 0 && a.toks[nn].norm == "betreft"
}

// conditional reports condition words in [from,to): "als", "mits", "indien", "op
// voorwaarde", "onder voorbehoud", "if", "provided", "unless", "maar alleen", ….
func (a *analysis) conditional(from, to int, mt match) bool {
	for j := from; j < to; j++ {
		t := a.toks[j]
		if t.kind != tkWord || (j >= mt.first && j <= mt.last) {
			continue
		}
		switch t.norm {
		case "wel":
			// "wel" alone is no condition; "maar wel …" is handled below.
			continue
		case "onder":
			// "onder voorbehoud", "onder voorwaarde(n)"
			if n := nextWord(a.toks, j); n >= 0 && n < to && (a.toks[n].norm == "voorbehoud" || strings.HasPrefix(a.toks[n].norm, "voorwaarde")) {
				return true
			}
			continue
		case "als", "zodra", "wanneer", "whenever", "at":
			if a.timingFreedomAt(j) {
				continue // "zodra het ze uitkomt": freedom of timing
			}
			if t.norm == "at" {
				// "at most €500"
				if n := nextWord(a.toks, j); n >= 0 && a.toks[n].norm == "most" {
					return true
				}
				continue
			}
			if t.norm == "als" && a.isComparisonAls(j) {
				continue
			}
			if t.norm == "whenever" {
				continue
			}
			return true
		case "maar", "but":
			if a.butLimited(j) {
				return true
			}
			continue
		case "alleen", "only", "enkel":
			// "alleen voor dit jaar", "only up to €500"
			if j > mt.last {
				return true
			}
			continue
		case "subject":
			if n := nextWord(a.toks, j); n >= 0 && a.toks[n].norm == "to" {
				return true
			}
			continue
		case "up":
			// "up to €500"
			if n := nextWord(a.toks, j); n >= 0 && a.toks[n].norm == "to" {
				return true
			}
			continue
		case "long":
			// "as long as"
			if p := a.prevWord(j); p >= 0 && a.toks[p].norm == "as" {
				return true
			}
			continue
		}
		if conditionalWords[t.norm] {
			return true
		}
	}
	return false
}

// timingFreedomAt reports a phrase of freedom of timing at toks[j] that closes its clause:
// "zodra het ze uitkomt", "als het u schikt". "zodra het uitkomt dat …" is none.
func (a *analysis) timingFreedomAt(j int) bool {
	for _, p := range timingFreedom {
		if a.toks[j].norm != p[0] {
			continue
		}
		if last, ok := matchAt(a.toks, j, p); ok && closesClause(a.toks, last) {
			return true
		}
	}
	return false
}

// isComparisonAls reports "als" used as "as": "zo snel als mogelijk", "net als",
// "zowel … als", "als volgt".
func (a *analysis) isComparisonAls(j int) bool {
	if a.toks[j].norm != "als" {
		return false
	}
	if a.isRoleAls(j) {
		return true // "Als directeur geef ik akkoord": a role, not a condition
	}
	if n := nextWord(a.toks, j); n >= 0 {
		switch a.toks[n].norm {
		case "mogelijk", "volgt", "eerste", "ook", "afgesproken", "besproken", "gebruikelijk", "altijd":
			return true
		}
	}
	if p := a.prevWord(j); p >= 0 {
		switch a.toks[p].norm {
		case "met", "net", "zoals", "evenals":
			return true // "met als omschrijving", "net als vorig jaar"
		}
	}
	for k, p := 0, a.prevWord(j); k < 3 && p >= 0; k, p = k+1, a.prevWord(p) {
		switch a.toks[p].norm {
		case "zo", "even", "zowel", "evenveel", "hetzelfde", "dezelfde", "zelfde", "meer", "minder", "eerder", "later", "sneller", "liever":
			return true
		}
	}
	return false
}

func (a *analysis) butLimited(j int) bool {
	n := nextWord(a.toks, j)
	for k := 0; k < 2 && n >= 0; k++ {
		if butLimiters[a.toks[n].norm] {
			return true
		}
		n = nextWord(a.toks, n)
	}
	return false
}

func (a *analysis) deferral(from, to int) bool {
	for j := from; j < to && j < len(a.toks); j++ {
		if a.toks[j].kind != tkWord || a.eagerWait(j) || a.unlessDone(j) || a.noHoldSentence(a.toks[j].sent) {
			continue // "Wel even checken …, maar daar niet op wachten."
		}
		for _, p := range deferralPhrases {
			if a.toks[j].norm != p[0] {
				continue
			}
			if _, ok := matchAt(a.toks, j, p); ok {
				return true
			}
		}
	}
	return false
}

// eagerWait reports "wachten" at j that tells how long the writer has been waiting for the
// thing itself: "Akkoord hoor, zat er al op te wachten", "daar wachten we al maanden op",
// "waar we al lang op wachten". Its clause holds "al"/"lang"/"maanden" and a pronominal
// "op" (erop, daarop, "er … op"), and nothing that puts it off or limits it: "nog",
// "even", "eerst", "tot", a negation, "maar", a modal ("moeten", "laten") or a condition.
func (a *analysis) eagerWait(j int) bool {
	if a.toks[j].norm != "wachten" {
		return false
	}
	for _, d := range a.decs {
		if d.cat == catReject {
			return false // "Nee, daar zit ik al lang op te wachten" may say yes: no reading
		}
	}
	clause := a.toks[j].clause
	already, op, pron := false, false, false
	for p := a.clauseStart(clause); p < len(a.toks) && a.toks[p].clause == clause; p++ {
		if a.toks[p].kind != tkWord || p == j {
			continue
		}
		switch w := a.toks[p].norm; {
		case w == "nog" || w == "even" || w == "eerst" || w == "maar" || w == "moet" || w == "moeten" ||
			w == "laten" || w == "laat" || w == "gaan" || w == "ga" || w == "zullen" || w == "zal" || negators[w] ||
			w == "tot" || w == "totdat" || w == "na" || w == "nadat" || (conditionalWords[w] && w != "wel"):
			return false
		case w == "al" || w == "reeds" || w == "lang" || w == "maanden" || w == "weken" || w == "jaren":
			already = true
		case w == "erop" || w == "hierop" || w == "daarop" || w == "waarop":
			op, pron = true, true
		case w == "op":
			op = true
		case w == "er" || w == "hier" || w == "daar" || w == "waar":
			pron = true
		}
	}
	return already && op && pron
}

// future reports "wordt opgelost", "will be fixed", "bijna klaar" in the sentence
// before a done phrase.
func (a *analysis) future(mt match) bool {
	sent := a.toks[mt.first].sent
	from, _ := a.sentenceBounds(sent)
	for j := from; j < mt.first; j++ {
		if a.toks[j].kind == tkWord && futureWords[a.toks[j].norm] {
			return true
		}
	}
	return false
}

// unclear flags a short assent without a decision phrase ("Helder", "Top", "👍").
func (a *analysis) unclear() string {
	if a.words > 4 {
		for j := a.contentStart; j < len(a.toks); j++ {
			if a.toks[j].kind == tkWord && a.toks[j].sent == a.firstSent && a.deferral(j, j+1) {
				return AmbiguousDeferred
			}
		}
		return ""
	}
	for j := a.contentStart; j < len(a.toks); j++ {
		t := a.toks[j]
		if t.kind == tkWord && assentWords[t.norm] {
			return AmbiguousUnclear
		}
	}
	if a.deferral(0, len(a.toks)) {
		return AmbiguousDeferred
	}
	return ""
}

// remarkAfter returns the text after a keyword: leading punctuation removed,
// closings cut, whitespace tidied.
func remarkAfter(text string, end int) string {
	if end >= len(text) {
		return ""
	}
	rest := text[end:]
	var lines []string
	for _, l := range dropNameBlock(strings.Split(rest, "\n")) {
		f := strings.Join(strings.Fields(l), " ")
		if f == "" {
			continue
		}
		lines = append(lines, f)
	}
	s := strings.Join(lines, "\n")
	s = strings.TrimLeft(s, " \t\n,:;-.–—!)\ufe0f🏻🏼🏽🏾🏿") // skin tones after "👎"
	// "Annuleren graag, de medewerker komt toch niet": the courtesy word is no remark.
	for _, c := range []string{"graag", "please", "aub", "a.u.b.", "svp", "hoor", "alsjeblieft", "alstublieft", "bedankt", "thanks", "dank je", "dank u"} {
		if len(s) > len(c) && strings.EqualFold(s[:len(c)], c) && strings.ContainsRune(",.!;:", rune(s[len(c)])) {
			s = strings.TrimLeft(s[len(c):], " \t\n,:;-.–—!")
			break
		}
	}
	s = cutClosingSentence(s)
	s = strings.TrimSpace(s)
	// Only filler ("van mijn kant", "hoor", "wat mij betreft") is no remark.
	only := true
	for _, w := range lineWords(fold(s)) {
		if !fillerWords[w] {
			only = false
			break
		}
	}
	if only {
		return ""
	}
	return s
}

// cutClosingSentence cuts a remark at a sign-off within the line ("graag voor
// vrijdag. Groet, Jan").
func cutClosingSentence(s string) string {
	for i := 0; i < len(s); i++ {
		if i > 0 && !strings.ContainsRune(".!\n,", rune(s[i-1])) {
			continue
		}
		rest := strings.TrimLeft(s[i:], " ")
		if isClosingLine(fold(firstLine(rest))) || hasClosingPrefix(fold(rest)) {
			return strings.TrimRight(strings.TrimSpace(s[:i]), ",")
		}
	}
	return s
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

func hasClosingPrefix(f string) bool {
	words := lineWords(firstLine(f))
	for _, c := range closingWithName {
		if len(c) >= 1 && hasWordPrefix(words, c) && len(words)-len(c) <= 3 && c[0] != "gr" && c[0] != "best" {
			return true
		}
	}
	return false
}

// Formal notices: "(In antwoord op uw verzoek) deel ik u mede dat …", "laat ik u weten dat",
// "bericht ik u dat", "I can confirm that", "I am pleased to inform you that".
var noticeVerbs = set("mede", "mee", "mededelen", "meedelen", "weten", "bericht", "berichten", "informeer", "informeren", "inform",
	"confirm", "bevestig", "bevestigen")

// Words that make a notice one still to come or hoped for.
var noticeUnsafe = set("hoop", "hope", "hopen", "te", "to", "nog", "still", "yet", "straks", "later", "zodra", "once",
	"wil", "willen", "want", "wants", "graag", "zou", "would", "gehoord", "heard", "denk", "think")

// Nouns for what was asked: "uw verzoek", "je aanvraag", "your request".
var requestNouns = set("verzoek", "aanvraag", "vraag", "request", "application", "offerte", "quote", "voorstel",
	"proposal", "bestelling", "order")

// possessiveOfRequest reports "uw"/"je"/"jouw"/"your" right before a noun for what was
// asked: "Helaas kunnen we uw verzoek niet honoreren" names the request, it asks no one.
// Only a refusal is read past it; an approval keeps the stricter rule.
func (a *analysis) possessiveOfRequest(j int) bool {
	switch a.toks[j].norm {
	case "uw", "je", "jouw", "your", "jullie":
	default:
		return false
	}
	n := nextWord(a.toks, j)
	return n >= 0 && n == j+1 && requestNouns[a.toks[n].norm]
}

// noticeEnd returns the index of the "dat"/"that" that ends a formal notice by the writer in
// toks[from:to] ("In antwoord op uw verzoek deel ik u mede dat het meerwerk is
// goedgekeurd"), or -1: the "uw"/"u" before it address the reader, they ask nothing.
func (a *analysis) noticeEnd(from, to int) int {
	first, verb, laat := false, false, false
	for j := from; j < to; j++ {
		t := a.toks[j]
		if t.kind != tkWord {
			continue
		}
		if (t.norm == "moet" || t.norm == "must") && a.writerMust(j) {
			continue // "moet ik je helaas laten weten dat …", "I must inform you that …"
		}
		if negators[t.norm] || hedgeWords[t.norm] || conditionalWords[t.norm] || futureWords[t.norm] ||
			questionWords[t.norm] || noticeUnsafe[t.norm] {
			return -1 // "Ik hoop u binnenkort te berichten dat …"
		}
		switch {
		case firstPersonWords[t.norm]:
			first = true
		case noticeVerbs[t.norm] && first && (t.norm != "weten" || laat):
			verb = true
		case t.norm == "laat" || t.norm == "laten":
			laat = true
		case (t.norm == "dat" || t.norm == "that") && verb:
			return j
		}
	}
	return -1
}

// writerMust reports "moet"/"must" at j with the writer as its subject right before or
// after it: "ik moet", "moet ik", "I must".
func (a *analysis) writerMust(j int) bool {
	p, n := a.prevWord(j), nextWord(a.toks, j)
	return (p >= 0 && firstPersonWords[a.toks[p].norm]) || (n >= 0 && firstPersonWords[a.toks[n].norm])
}

// pleaseAfterYes reports "please"/"graag" right after a yes: "Yes please go ahead.", "Ja
// graag, akkoord." It adds nothing to the yes; "Please approve" alone asks, it decides nothing.
func (a *analysis) pleaseAfterYes(j int) bool {
	if w := a.toks[j].norm; w != "please" && w != "graag" {
		return false
	}
	p := a.prevWord(j)
	if p < 0 || a.toks[p].sent != a.toks[j].sent {
		return false
	}
	switch a.toks[p].norm {
	case "yes", "ja", "yep", "yeah", "jawel", "jazeker":
		return true
	}
	return false
}
