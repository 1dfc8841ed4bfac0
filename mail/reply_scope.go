package mail

import (
	"regexp"
	"strings"
	"unicode"
)

// An approval that names what it approves ("Akkoord met de notulen.", "Approved the
// minutes.", "Akkoord voor de gang.", "Akkoord voor € 238,00.", "Akkoord voor lokaal
// 2.41.") approves that; when the request names none of it, it is no approval of the
// request. The reply reader is given the reply only; ScopeProblem checks an approval
// against the request it answers: its subject and text (with its estimate), from the
// workflow's record or, for a reply read on its own (spocd parse, ReadMessageReply), from
// the subject and the quoted request.
//
// What is named is the phrase right after the yes ("akkoord met|voor|wat betreft …",
// "approved for …", "approved: …", "approved the …", "I approve the …", "ik ga akkoord
// met …") up to the end of its clause. Its words of the request in general ("dit verzoek",
// "de aanvraag", "het meerwerk", "the work", "the quote", "de reparatie" …) name nothing;
// its other words must be found in the request (a word of four letters or more as part of
// a request word or the other way round: "vloer" in "vloerbedekking"), its numbers among
// the request's numbers (an amount, a room). One word found is enough: a part of the
// request named ("Akkoord voor de gang" of "vloer in de gang en lokaal 2.14") is read by
// the other readings, not here.
type RequestScope struct {
	Subject string // the request's subject
	Text    string // the request's text, the estimate and whatever else describes it
}

var (
	scopeYes       = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:(?:ik\s+ga\s+|we\s+gaan\s+|ga\s+)?akkoord|akoord|accoord|goedgekeurd|approved|i\s+approve|we\s+approve)(?:\s+(?:met|voor|for|with|wat\s+betreft|regarding|of)\b|\s*:|\s+(?:the|de|het)\b)((?:[^.!?;\n]|\.\d){1,90})`)
	scopeClauseEnd = regexp.MustCompile(`(?i)\s*(?:,|\(|\s-\s|–|—|\b(?:maar|but|want|omdat|because|dus|so|en\s+(?:ik|we|de|het)|and\s+(?:i|we|the))\b)`)
	scopeWord      = regexp.MustCompile(`[\p{L}\d][\p{L}\d.,'’-]*`)
	scopeNumber    = regexp.MustCompile(`\d+(?:[.,]\d+)*`)
	// Words that name the request in general, or name nothing.
	scopeGeneric = set("de", "het", "een", "the", "a", "an", "dit", "deze", "die", "dat", "this", "that", "these", "those",
		"van", "voor", "met", "for", "with", "of", "in", "op", "aan", "bij", "om", "to", "on", "at", "by", "en", "and",
		"mijn", "jouw", "je", "uw", "ons", "onze", "my", "your", "our", "kant", "side", "mij", "me", "wat", "betreft",
		"hele", "gehele", "volledige", "totale", "genoemde", "gevraagde", "whole", "full", "entire", "total", "as",
		"quoted", "described", "beschreven", "omschreven", "zoals", "aangevraagd", "gevraagd", "requested", "proposed",
		"voorgestelde", "hierboven", "above", "below", "hieronder", "onder", "under", "nummer", "number", "ref",
		"referentie", "reference", "spoc", "kenmerk", "zaak", "extra", "nieuwe", "new", "ook", "also", "too", "wel",
		"gewoon", "dan", "then", "natuurlijk", "of course", "hoor", "dus", "graag", "please", "maar", "but", "all",
		"alle", "alles", "everything", "it", "het", "them", "ze", "hem", "er", "daar", "hier", "there", "here",
		"verzoek", "aanvraag", "request", "requests", "aanvragen", "verzoeken", "meerwerk", "werk", "werkzaamheden",
		"work", "works", "job", "klus", "klusje", "opdracht", "order", "offerte", "offertes", "quote", "quotation",
		"estimate", "raming", "begroting", "bedrag", "amount", "kosten", "costs", "cost", "uitgave", "expense",
		"meerkosten", "extra's", "extras", "additional",
		"expenditure", "spend", "spending", "reparatie", "repair", "repairs", "vervanging", "replacement",
		"levering", "delivery", "installatie", "installation", "uitvoering", "plan", "voorstel", "proposal",
		"aanschaf", "purchase", "bestelling", "aankoop", "item", "items", "zaken", "dingen", "things", "stuff",
		"ticket", "melding", "issue", "punt", "point", "euro", "eur", "euros", "inclusief", "exclusief", "incl",
		"excl", "btw", "vat", "per", "stuk", "stuks", "zo", "so", "is", "are", "be", "zijn", "wordt", "worden",
		"moment", "nu", "now", "vandaag", "today", "direct", "meteen", "hierbij", "hereby", "bij", "deze", "mail",
		"e-mail", "email", "vraag", "question", "akkoord", "approved", "goedgekeurd", "ja", "yes", "ok", "oké", "oke",
		"prima", "fine", "good", "goed", "top", "thanks", "bedankt", "dank", "groet", "groeten", "regards",
		"bovenstaande", "bovenstaand", "bovengenoemd", "bovengenoemde", "bovenvermeld", "bovenvermelde", "onderstaande",
		"onderstaand", "genoemd", "vermelde", "bericht", "message", "uitvoeren", "aforementioned", "mentioned",
		"said", "attached", "bijgevoegde", "ingediende", "submitted", "mentioned", "stated",
		// Days and months name when, not what: the quote's header lines hold them too.
		"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "monday", "tuesday",
		"wednesday", "thursday", "friday", "saturday", "sunday", "januari", "februari", "maart", "april", "mei",
		"juni", "juli", "augustus", "september", "oktober", "november", "december", "january", "february",
		"march", "may", "june", "july", "august", "october", "morgen", "tomorrow", "week", "volgende", "next",
		"vorige", "last", "deze", "komende", "coming")
)

// namesObject reports a yes in text followed by what it approves (scopeYes), the cheap
// test before a request is looked at.
func namesObject(text string) bool {
	return len(text) <= maxAnalyzedText && (scopeYes.MatchString(text) || scopeSubjectYes.MatchString(text))
}

// ScopeProblem reports an approval that names something the request does not hold (an
// Ambiguous reason, "" when it names none or the request holds it); s without words
// checks nothing.
func ScopeProblem(r Reply, s RequestScope) string {
	if r.Decision != DecisionApprove {
		return ""
	}
	text := r.NewText
	if !namesObject(text) {
		return ""
	}
	scope := strings.ToLower(fold(s.Subject + "\n" + s.Text))
	if len(strings.Fields(scope)) < 2 {
		return ""
	}
	if m := scopeSubjectYes.FindStringSubmatch(text); m != nil && outsideScope(m[1], scope) {
		return AmbiguousMixed // "The rota looks good, approved."
	}
	for _, m := range scopeYes.FindAllStringSubmatchIndex(text, -1) {
		if scopeNegated.MatchString(strings.ToLower(text[max(0, m[0]-24) : m[0]+1])) {
			continue // "de vorige keer was ik niet akkoord met het tijdstip"
		}
		obj := text[m[2]:m[3]]
		if i := scopeClauseEnd.FindStringIndex(obj); i != nil {
			obj = obj[:i[0]]
		}
		if outsideScope(obj, scope) {
			return AmbiguousMixed
		}
		break // the first yes is the one read
	}
	return ""
}

// A thing named as the subject of the yes: "The rota looks good, approved.", "De notulen
// zijn prima, akkoord.".
var scopeSubjectYes = regexp.MustCompile(`(?i)^\s*((?:the|de|het)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)\s+(?:looks?|is|are|zijn|ziet\s+er|zien\s+er)\s+(?:\p{L}+\s+)?(?:good|fine|ok|okay|great|prima|goed|in\s+orde|uit)\s*[,.!:;-]*\s*(?:akkoord|approved|goedgekeurd)\b`)

var (
	scopeNegated   = regexp.MustCompile(`\b(?:niet|geen|not|never|nooit|no)\s+(?:\p{L}+\s+)?$`)
	scopeReference = regexp.MustCompile(`^\p{L}+-\d+$`)
)

// outsideScope reports an object phrase with words or numbers of its own none of which
// the scope (folded, lower case) holds.
func outsideScope(obj, scope string) bool {
	obj = strings.ToLower(fold(obj))
	var own []string
	numbers := 0
	for _, w := range scopeWord.FindAllString(obj, -1) {
		w = strings.Trim(w, ".,'’-")
		if w == "" || scopeGeneric[w] || scopeReference.MatchString(w) {
			continue // "SPOC-0935": the reference, read elsewhere
		}
		if scopeNumber.MatchString(w) && strings.IndexFunc(w, unicode.IsLetter) < 0 {
			numbers++
			if !scopeHasNumber(scope, w) {
				return true // "Akkoord voor € 238,00." of € 2.380,00; "lokaal 2.41" of 2.14
			}
			continue
		}
		if len([]rune(w)) < 3 {
			continue
		}
		own = append(own, w)
	}
	if len(own) == 0 {
		return false
	}
	for _, w := range own {
		if scopeHasWord(scope, w) {
			return false
		}
	}
	return true
}

// scopeHasNumber reports n (digits with dots or commas) among the scope's numbers, the
// separators left out ("2.380" is "2380,00" is "2380").
func scopeHasNumber(scope, n string) bool {
	want := digitsOf(n)
	for _, m := range scopeNumber.FindAllString(scope, -1) {
		got := digitsOf(m)
		if got == want || strings.TrimSuffix(got, "00") == want || got == strings.TrimSuffix(want, "00") {
			return true
		}
	}
	return false
}

func digitsOf(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, s)
}

// scopeHasWord reports w in the scope: a scope word that holds it, or that it holds (four
// letters or more: "vloer" and "vloerbedekking", "schermen" and "scherm"), or the same
// stem (the first five letters of both).
func scopeHasWord(scope, w string) bool {
	w = strings.ReplaceAll(w, "-", "")
	for _, sw := range scopeWord.FindAllString(scope, -1) {
		sw = strings.ReplaceAll(strings.Trim(sw, ".,'’-"), "-", "") // "wifi-versterker" is "wifiversterker"
		if sw == w {
			return true
		}
		// "vloer" in "vloerbedekking"; "scherm" in "schermen", but not "open" (of "open dag")
		// in "openingstijden".
		if len(w) >= 4 && strings.Contains(sw, w) || len(sw) >= 5 && strings.Contains(w, sw) {
			return true
		}
		if len(w) >= 5 && len(sw) >= 5 && w[:5] == sw[:5] {
			return true
		}
	}
	return false
}

// quotedScope returns what a reply tells of the request it answers: the request quoted
// with it (in the text part, or else in the HTML part as text), the new text left out. A
// quote is known by the request's reference ("SPOC-0335") and twenty words or more; a
// reply by the mail button or without the quote tells nothing.
func quotedScope(text, html, newText string) RequestScope {
	for _, body := range []string{text, html} {
		if body == "" {
			continue
		}
		if body == html {
			body = HTMLToText(html)
		}
		if len(body) > maxAnalyzedText*8 {
			body = body[:maxAnalyzedText*8]
		}
		body = withoutNewText(body, newText)
		if len(strings.Fields(body)) >= 20 && scopeRequestRef.MatchString(body) {
			return RequestScope{Text: body}
		}
	}
	return RequestScope{}
}

// A request's reference: letters, a dash, three digits or more.
var scopeRequestRef = regexp.MustCompile(`\b\p{L}{2,12}-\d{3,}\b`)

// withoutNewText returns body with the new text left out.
func withoutNewText(body, newText string) string {
	if newText == "" {
		return body
	}
	if i := strings.Index(body, newText); i >= 0 {
		return body[:i] + body[i+len(newText):]
	}
	// The new text was read from the other part or its lines were joined: leave out every
	// line of it.
	for _, l := range strings.Split(newText, "\n") {
		if l = strings.TrimSpace(l); len(l) > 3 {
			body = strings.Replace(body, l, " ", 1)
		}
	}
	return body
}
