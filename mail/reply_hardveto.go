package mail

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Safety nets for approvals found by a red-team round (written to be read as approve and
// not to be paid on). Each only ever takes an approval away; each looks at the whole reply
// the reader decided on (the new text), folded, without apostrophes.
//
//   - a condition, step first, deferral or somebody else's say in words the other readings
//     lack: "on the understanding that …", "Wel op één voorwaarde: …", "The one condition:
//     …", "als … tenminste", "als eerste stap", "stel het uit", "park it until spring", "in
//     afwachting van de definitieve offerte", "bestel dan pas", "dan hoor je het
//     definitief", "moet nog langs de MR", "still needs the head's OK", "countersign", "has
//     to go through the parish council", "get the owner's OK", "laatste woord is aan …",
//     "eerst langs de penningmeester", "wel even met Jan checken" (not a planning matter:
//     "de planning even met de balie afstemmen" stays a remark);
//   - a yes for a number of items ("Akkoord voor 3 stuks", "Approved for two") or for a
//     later year, school year or budget year ("voor het schooljaar 2027-2028", "Approved for
//     Q3 2027"): the request asks for now, for what it names;
//   - sarcasm: an eye-roll, a clown or an upside-down face, "(niet)", "echt niet", "nee
//     dus", "ja ja", "yeah right", "and I'm the Queen of England", "we zwemmen in het
//     geld", "wat een koopje", "April fools", "goeie grap", "I suppose" at the end;
//   - second thoughts in words the other readings lack: "Hmm. Actually, I don't think we
//     should.";
//   - the keyword as a noun in a notice ("Voor akkoord op facturen: …", "Akkoord op inkoop
//     regelt Jeroen"), and a read receipt, bounce or away notice without its headers
//     ("Leesbevestiging: …", "Undeliverable: RE: Approved", "Bedankt voor uw bericht. Ik
//     ben afwezig.").
var (
	hvCondition     = regexp.MustCompile(`\b(?:on\s+the\s+understanding|with\s+the\s+understanding|op\s+(?:een|één|de|1|twee|2)\s+voorwaarden?|(?:one|only|the|a|my|single)\s+condition|voorwaarde\s*:|condition\s*:|als\s+eerste\s+stap|as\s+a\s+first\s+step|stel\s+(?:\w+\s+){0,2}?uit|uitstellen|park\s+(?:it|this|that)|in\s+afwachting|awaiting|dan\s+pas|pas\s+dan|definitief|definitive|final\s+(?:ok|okay|yes|go|word|decision|say)|moet\s+(?:\w+\s+){0,2}?langs|nog\s+langs|eerst\s+langs|still\s+(?:needs|need|has\s+to|have\s+to|requires|must)|countersign\w*|co-?sign\w*|(?:go|goes|going)\s+through\s+(?:the|our|my)\s+(?:\w+\s+)?(?:board|council|committee|trustees|governors|vestry|chapter|management|finance|treasurer|director|head|parish|mt|mr)|(?:get|need|needs|ask\s+for|obtain)\s+(?:the\s+|his\s+|her\s+|their\s+|our\s+|my\s+)?(?:\w+s\s+)?(?:ok|okay|sign[\s-]?off|approval|go[\s-]ahead|blessing|consent)|laatste\s+woord|last\s+word|final\s+say|(?:checken|overleggen|kortsluiten|bespreken)\s+met|met\s+\w+\s+(?:checken|overleggen|kortsluiten)|(?:afstemmen|af\s+te\s+stemmen)\s+met|(?:check|clear|run\s+(?:it|this))\s+with|(?:check|clear)\s+(?:it|this)\s+with|(?:until|till|tot)\s+(?:the|het|de)\s+(?:\w+\s+)?(?:board|council|committee|survey|grant|bestuur|subsidie|raad)|(?:do\s+not|dont|niet|nog\s+niet)\s+(?:\w+\s+)?(?:order|bestellen|bestel)|zodra\s+(?:de|het)\s+(?:bestuur|penningmeester|offerte|subsidie|begroting|budget|mt|mr|directie|vergadering|goedkeuring|raad)|once\s+(?:the|we|he|she|they|it|our|my)\s+(?:\w+\s+){0,3}?(?:board|council|committee|trustees|treasurer|bestuur|head|director|manager|boss|agrees?|approves?|signs?|signed|confirms?|confirmed|decides?|decided|grant|funding|budget|quote|has\s+met|have\s+met))\b|\bals\b[^.!?\n]*\btenminste\b`)
	hvNegatedBefore = regexp.MustCompile(`\b(?:not|no|geen|niet|never|nooit)\s+(?:(?:verder|langer|meer|a|een)\s+)?$`)
	hvNegatedIn     = regexp.MustCompile(`\b(?:niet|not)\b`)
	hvAuthority     = regexp.MustCompile(`\b(?:penningmeester|bestuur|directeur|directie|voorzitter|mr|mt|controller|budget\w*|teamleider|manager|baas|board|treasurer|boss)\b`)
	// A planning matter: agreeing a date or time with someone is no other say.
	hvPlanning = regexp.MustCompile(`\b(?:planning|plannen|datum|data|tijdstip|tijd|wanneer|dag|dagen|moment|rooster|sleutel\w*|toegang|date|time|when|day|schedule|access|keys?)\b`)

	hvCount = regexp.MustCompile(`\b(?:akkoord|akoord|accoord|approved?|goedgekeurd|ok|oke|okay)\s*[,:]?\s*(?:voor|for)\s+(?:(?:\d+|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?:\s+(?:stuks?|stoelen|stuk|items?|pieces?|units?|exemplaren|chairs?|\w+))?\s*(?:[.!,;)\n]|$|only|alleen))`)
	// A yes for another amount ("Akkoord voor het bedrag van vorig jaar (€ 900)"), and a
	// part refused in a short sentence of its own ("Deze tweede (stoelen) niet.").
	hvAmount    = regexp.MustCompile(`\b(?:akkoord|akoord|accoord|approved?|goedgekeurd|ok|oke|okay)\s+(?:voor|for|tot|up\s+to)\s+(?:het|een|the|an?)\s+(?:\w+\s+)?(?:bedrag|amount|sum|budget)\b`)
	hvPartNot   = regexp.MustCompile(`(?m)(?:^|[.!?]\s+)(?:deze|die|de|het|dat|this|that|the)\s+[^.!?\n]{1,40}?\s(?:niet|not)\s*[.!]?\s*$`)
	hvYear      = regexp.MustCompile(`\b(20\d\d)(?:\s*[-/]\s*(?:20)?\d\d)?\b`)
	hvYearFor   = regexp.MustCompile(`\b(?:voor|for|in|tot|until|till|na|after|vanaf|from|per)\s+(?:[\w'/-]+\s+){0,4}$`)
	hvYearEarly = regexp.MustCompile(`\b(?:januari|februari|maart|january|february|march|jan|feb|mrt|mar)\s+$`)

	hvSarcasm    = regexp.MustCompile(`\((?:niet|not|nee|no)\)|\becht\s+niet(?:\s+hoor)?\s*(?:[.!]|$)|\b(?:nee|niet)\s+dus\s*(?:[.!,]|$)|\b(?:ja\s+ja|jaja|yeah\s+right|yeah\s+yeah|as\s+if|en\s+ik\s+ben\s+de\s+\w+|and\s+im\s+the\s+\w+|and\s+i\s+am\s+the\s+\w+|pigs\s+(?:can|might|will)\s+fly|zwemmen\s+in\s+het\s+geld|geld\s+groeit|money\s+grows|budget\s+is\s+(?:infinite|unlimited|endless|oneindig)|infinite\s+budget|oneindig\s+budget|wat\s+een\s+koopje|what\s+a\s+bargain|april\s+fools?|1\s+april|goeie\s+grap|goede\s+grap|good\s+one|nice\s+try|you(?:re|\s+are)\s+(?:joking|kidding)|je\s+maakt\s+(?:zeker\s+)?een\s+grapje|dat\s+had\s+je\s+gedacht|droog\s+brood)\b`)
	hvSarcasmEnd = regexp.MustCompile(`(?m)\b(?:i\s+suppose|naturally|obviously|zeker)\s*[.!😂🤣😜]*\s*$`)

	hvSecondThought = regexp.MustCompile(`\b(?:actually,?\s+(?:no|not|i\s+dont|i\s+do\s+not|we\s+shouldnt)|i\s+dont\s+think\s+we\s+should|i\s+do\s+not\s+think\s+we\s+should|eigenlijk\s+(?:toch\s+)?(?:niet|nee)\s*(?:[.!,]|$)|ik\s+denk\s+(?:toch\s+)?(?:het\s+)?niet\s+dat\s+we)\b`)

	hvNotice = regexp.MustCompile(`\b(?:(?:voor|for)\s+(?:akkoord|approval|goedkeuring)\s+(?:op|of|on|van)|akkoord\s+op\s+(?:\w+\s+){0,2}?(?:facturen|uitgaven|inkoop|bestellingen|aanvragen|offertes|invoices|purchases)|leesbevestiging|ontvangstbevestiging|read\s+receipt|return\s+receipt|not\s+delivered|niet\s+afgeleverd|undeliverable|onbestelbaar|delivery\s+(?:has\s+)?failed|mailbox\s+(?:is\s+)?full|postvak\s+(?:is\s+)?vol|automatisch\s+antwoord|automatic\s+reply|auto[\s-]?reply|out\s+of\s+(?:the\s+)?office|bedankt\s+voor\s+uw\s+(?:bericht|e-?mail)[^.!?\n]*[.!]\s*ik\s+ben\s+(?:\w+\s+){0,3}?afwezig|^\s*afwezig\b|afwezig\s+(?:tot|t/m|tot\s+en\s+met|van)\s+\d)`)
)

// hardVeto reports one of the qualifiers above in text (the new text the approval was read
// from); ref dates the later-year net.
func hardVeto(text string, ref time.Time) string {
	if len(text) > maxAnalyzedText {
		return ""
	}
	f := yfApostrophe.Replace(fold(text))
	after := afterFirstYes(f)
	switch {
	case hvNotice.MatchString(f):
		return AmbiguousUnclear
	case hvSarcasm.MatchString(f), hvSarcasmEnd.MatchString(f), hvSecondThought.MatchString(f), rolledYes(f):
		return AmbiguousHedged
	case hvCount.MatchString(f), otherAmount(f), hvPartNot.MatchString(f), laterYear(f, ref):
		return AmbiguousMixed
	case hvRound2After.MatchString(hvBringBack.ReplaceAllString(after, " ")):
		return AmbiguousHedged
	case restLater(after):
		return AmbiguousMixed
	case hvShorthand.MatchString(after), tailNets(f, after):
		return AmbiguousConditional
	case round3(f, after):
		return AmbiguousConditional
	case yfVetoMore(after), authorityFirst(after):
		return AmbiguousConditional
	case hvCheaper.MatchString(after):
		return AmbiguousMixed
	}
	for _, m := range hvCondition.FindAllStringIndex(f, -1) {
		s := sentenceAt(f, m[0], m[1])
		if hvNegatedBefore.MatchString(f[:m[0]]) || hvNegatedIn.MatchString(f[m[0]:m[1]]) {
			continue // "not a condition", "Niet verder uitstellen", "lekkages stel je niet uit"
		}
		if hvBeenThere.MatchString(f[m[1]:]) {
			continue // "ik ben er dinsdag zelf nog langs geweest": a visit told, no step to come
		}
		if strings.HasPrefix(f[m[0]:], "afstem") || strings.HasPrefix(f[m[0]:], "af te stem") {
			if !hvAuthority.MatchString(s) {
				continue
			}
		}
		if strings.Contains(f[m[0]:m[1]], "met") || strings.Contains(f[m[0]:m[1]], "with") {
			if hvPlanning.MatchString(s) {
				continue // "wil je de planning nog even met de publieksbalie afstemmen?"
			}
		}
		return AmbiguousConditional
	}
	return ""
}

// "… nog langs geweest", "… al langs gegaan": a visit that took place.
var hvBeenThere = regexp.MustCompile(`^\s*(?:geweest|gegaan|gekomen|gelopen|gereden|gefietst)\b`)

// "Dit stond al in de meerjarenplanning": the work was planned, not put off to the plan.
var hvR3AlreadyPlanned = regexp.MustCompile(`\b(?:stond|stonden|staat|staan|zat|zit)\s+(?:\w+\s+){0,2}?(?:al|ook|gewoon)\s+in\s+(?:de|het|onze|ons)\s+meerjaren\w*`)

// "Neem mooie echoplaatjes mee terug": bringing something back, no retraction.
var hvBringBack = regexp.MustCompile(`\bmee\s+terug\b`)

// An eye-roll, a clown or an upside-down face in the sentence of the yes: "Tuurlijk
// akkoord, en een jacuzzi voor in de personeelskamer ook 🙄". In a sentence of its own it
// rolls its eyes at a remark ("Nu is het wel erg last minute 🙄").
var (
	hvRoll    = regexp.MustCompile(`[🙄🤡🙃]`)
	hvYesWord = regexp.MustCompile(`\b(?:akkoord|akoord|accoord|approved?|goedgekeurd|prima|ok|oke|okay|sure|tuurlijk|natuurlijk|ja|yes)\b`)
	hvBooking = regexp.MustCompile(`\b(?:ten\s+laste|boeken|boek|book\w*|charge\w*|kostenplaats|begrotingspost|post|budget\s*line|uit\s+het|from\s+the|onder\s+het)\b`)
)

// rolledYes reports such a face in a sentence of f that holds a yes.
func rolledYes(f string) bool {
	for _, m := range hvRoll.FindAllStringIndex(f, -1) {
		if hvYesWord.MatchString(sentenceAt(f, m[0], m[1])) {
			return true
		}
	}
	return false
}

// After the yes: someone with a say first or still ("Zorg wel dat ze eerst de
// penningmeester bellen", "the board still has to see it"), and a lower price to be sought
// ("It would be nice if they could do it for less", "kijk of er korting af kan").
var (
	hvAuthorityFirst = regexp.MustCompile(`\b(?:eerst|first|nog|still|before)\b[^.!?\n]{0,40}?\b(?:penningmeester|bestuur|directeur|directie|voorzitter|mr|board|treasurer|head\s*teacher|headteacher|principal|manager|baas|boss|chair|committee|commissie|raad|council|trustees|governors)\b|\b(?:penningmeester|bestuur|directeur|directie|voorzitter|board|treasurer|headteacher|principal|manager|baas|boss|chair|committee|commissie|raad|council|trustees|governors)\b[^.!?\n]{0,40}?\b(?:eerst|first|nog\s+(?:even\s+)?(?:moet|moeten|kijken|zien|tekenen|akkoord)|still\s+(?:has|have|needs|need|must)|has\s+to|needs\s+to|must)\b`)
	hvCheaper        = regexp.MustCompile(`\b(?:(?:would\s+be\s+(?:nice|great|good|better)|it\s+would\s+be\s+(?:nice|great|good|better)|zou\s+(?:mooi|fijn|beter)\s+zijn|het\s+liefst|preferably|liefst)\s+(?:if|als)\s+[^.!?\n]{0,60}?\b(?:for\s+less|cheaper|goedkoper|voordeliger|voor\s+minder|lower|lager)|(?:try\s+to\s+|probeer\s+(?:\w+\s+){0,2}?)?(?:negotiate|onderhandelen|afdingen|af\s+te\s+dingen)|(?:vraag|vragen|ask|get)\s+(?:\w+\s+){0,3}?(?:om\s+|for\s+)?(?:een\s+|a\s+)?(?:korting|discount))\b`)
)

// From a second red-team round, after the first yes: a retraction in other words ("Streep
// dat maar door", "Ignore my yes above", "Laat mijn akkoord maar vervallen", "Geldt niet
// meer", "Never mind", "Dat akkoord was voor de andere aanvraag"); a hedge ("barring any
// surprises", "met een slag om de arm", "vooralsnog", "with reservations", "provisional",
// "voor nu"); ordering put behind a step ("Opdracht pas geven nadat …", "hold the order
// until …", "We laten het even rusten", "pas daarna mogen ze beginnen"); no deal without
// it ("als dat niet kan hoeft het niet", "anders laten we het gewoon lopen", "no VOG, no
// job"); others still to answer ("De voorzitter moet nog.", "De andere bestuursleden moeten
// nog reageren", "al ben ik niet degene die hierover gaat"); doubt ("neem ik aan", "al vraag
// ik me af of …"); a tie ("dus we staken", "stem ik tegen"); the yes for something short of
// the spending ("Akkoord met de noodzaak. Het bedrag zien we nog wel.", "The plan is
// approved. The spend isn't yet.", "te vroeg om te zeggen", "he hasn't read it").
var hvRound2After = regexp.MustCompile(`\b(?:streep\s+(?:\w+\s+){0,2}?door|doorstrepen|ignore\s+(?:my|the|that|this)\s+(?:\w+\s+)?(?:yes|approval|akkoord|above|previous|last|mail|email|e-mail|message|reply|answer)|neem\s+(?:\w+\s+){0,3}?terug|terugnemen|(?:laat|laten)\s+(?:\w+\s+){0,5}?vervallen|geldt\s+niet\s+meer|(?:akkoord|ja|yes|mail|bericht|antwoord|reactie|goedkeuring)\s+(?:\w+\s+){0,4}?(?:kun\s+je\s+|mag\s+je\s+|mag\s+|kan\s+)?weggooien|had\s+ik\s+niet\s+moeten|never\s*mind|neem\s+dat\s+(?:maar\s+)?niet\s+mee|was\s+voor\s+(?:de|een|het)\s+andere|dan\s+hoeft\s+(?:dit|dat|het)\s+(?:dus\s+)?(?:ook\s+)?niet|hoeft\s+(?:dit|dat|het)\s+(?:dus\s+)?niet\s+meer|(?:sent|hit\s+send)\s+too\s+soon|disregard|barring|slag\s+om\s+de\s+arm|vooralsnog|not\s+(?:yet\s+)?final|niet\s+definitief|with\s+(?:some\s+)?reservations?|met\s+(?:enige\s+)?reserves?|provision\w*|voorlopig\w*|under\s+protest|onder\s+protest|voorwaardelijk|conditional\w*|(?:opdracht|bestelling|order)\b[^.!?\n]{0,30}?\bpas\b|pas\s+(?:\w+\s+){0,2}?(?:bestellen|bestelt|versturen|verstuur|geven|plaatsen|opdracht)\b[^.!?\n]{0,25}?\b(?:na|nadat|als|wanneer|zodra)|hold\s+(?:the|this|that|our)\s+order|(?:laten|laat)\s+(?:\w+\s+){0,2}?rusten|on\s+ice|in\s+de\s+ijskast|(?:pas|only)\s+na\s+ontvangst|pas\s+daarna|daarna\s+pas|only\s+then|(?:als|if)\s+(?:dat|dit|het|that|this|it)\s+niet\s+(?:kan|lukt|gaat)\s*,?\s*(?:dan\s+)?(?:hoeft|gaat\s+het\s+niet|zien\s+we|laten\s+we|stoppen|stop|niet|no)|(?:if|als)\s+(?:that|this|it)\s+(?:cant|cannot|isnt|is\s+not)\s+(?:\w+\s+){0,3}?(?:then\s+)?(?:no|dont|forget|skip)|anders\s+(?:laten\s+we\s+het|gaat\s+het\s+niet|zien\s+we\s+ervan|hoeft\s+het\s+niet)|gaat\s+het\s+niet\s+door|zien\s+we\s+ervan\s+af|no\s+\w+\s*,\s*no\s+(?:job|deal|work|go)|heroverwegen|reconsider|(?:moeten|moet)\s+nog\s+(?:reageren|tekenen|instemmen|antwoorden)|moet\s+(?:\w+\s+){0,4}?goedkeuren|enige\s+voorwaarde|voorwaarde\s+(?:van\s+mijn\s+kant\s+)?is|moet\s+eerst\s+geregeld|akkoord\s+dat\s+(?:jij|je|we|wij|u|hij|zij|ze)|niet\s+degene\s+die|not\s+the\s+(?:one|person)\s+who|namens\s+mezelf|speaking\s+for\s+myself|neem\s+ik\s+aan|vraag\s+ik\s+me\s+af\s+of|ik\s+vraag\s+me\s+af\s+of|i\s+wonder\s+(?:if|whether)|staken|staakt|gelijkspel|stem\s+(?:ik\s+)?tegen|vote\s+against|te\s+vroeg\s+om|too\s+early\s+to|hasnt\s+read|heeft\s+(?:het\s+)?nog\s+niet\s+gelezen|weet\s+nog\s+van\s+niks|(?:plan|idea|principle)\s+is\s+approved|(?:spend|spending|money|cost|bedrag|geld)\s+(?:isnt|is\s+not|niet)\s+(?:yet|nog)|bedrag\s+zien\s+we\s+nog|over\s+het\s+geld\s+beslist|(?:for|voor)\s+(?:the|de)\s+(?:waiting\s+list|wachtlijst))\b|\b1-1\b|\b(?:tegen|against)\s*[.!]|\bonly\s*\)|\(\s*(?:alleen|only)\b|\b(?:floor|verdieping|lokaal|room|kitchen|keuken)\s+only\b|\buit\s+de\s+offerte\b|\bregel\s+\d+\s+van\s+de\s+offerte|\b(?:gaat|gaan)\s+eruit\b|\b(?:schrappen|weglaten)\b|\bleave\s+out\b|\btake\s+(?:it\s+|them\s+)?out\s+of\b|\b(?:goedgekeurd|approved|akkoord\s+(?:op\s+)?gegeven)\s*,?\s+(?:dat|that)\s+(?:ze|zij|they|we|de|het|the|hij|he|she)\b|\bmoet\s+nog\s*(?:[.!]|$)|\b(?:helft|half|deel|share|percentage)\b[^.!?\n]{0,40}?\b(?:betaal\w*|terugbetaal\w*|pays?|paid|vergoed\w*|bijdra\w*)\b|\b(?:betaal\w*|terugbetaal\w*|pays?|vergoed\w*)\b[^.!?\n]{0,30}?\b(?:helft|half|deel|share)\b`)

// From a third red-team round (693 replies written for one request, "6 bureaustoelen,
// € 1.240,00"), after the first yes:
//   - a count or part in other words: "voor 3 stuks", "x4", "4 pcs", "bestel er nu 3",
//     "maak er vijf van", "neem er dan 4", "een stoel minder", "all but two", "niet zes maar
//     vier", "de twee kapotte", "de goede laten staan", "four now and two in spring";
//   - another variant: "de goedkopere van de Ikea", "de budgetversie", "koop ze gebruikt
//     via Marktplaats", "huur ze liever", "the basic model";
//   - someone else first: "even langs Henk", "even via de penningmeester", "in overleg met
//     de directie", "na akkoord bestuur", "have the board confirm", "ik wil eerst Henk
//     spreken", "zijn ok afwachten", "loop in Jolanda";
//   - put off or planned: "laten we het volgend jaar doen", "let's do it next quarter",
//     "na de fusie oppakken", "bestel nog niks tot ik het zeg", "we nemen het mee in het
//     plan voor volgend jaar", "op de wensenlijst", "akkoord met uitstel", "zet het even op
//     de agenda van dinsdag";
//   - no money, payment terms, a cap in words: "het budget is op", "No money though",
//     "gespreid over twee jaar", "in termijnen", "maak er € 1.000 van", "tot duizend",
//     "stay under a grand", "insofar as the budget allows";
//   - sarcasm about money: "we hebben toch een geldboom", "money to burn", "rolling in
//     cash", "unlimited funds", "while we're at it";
//   - a yes for quotes only, agreeing with someone's objection, a repair or a free
//     alternative first: "Approved to get quotes, not to order yet", "Ik ga akkoord met de
//     opmerking van Henk dat het te duur is", "eerst de leverancier bellen of ze ze kunnen
//     repareren", "Then we don't need it".
var (
	hvR3Count   = regexp.MustCompile(`\b(?:(?:voor|for|met|with)\s+)?(?:\d{1,2}|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|one|two|three|four|five|six|seven|eight|nine|ten)\s*(?:x|stuks?|stk|pcs|pieces|exemplaren|stoelen|chairs)\b|\bx\s*\d{1,2}\b|\b\d{1,2}\s*x\b|\b(?:bestel|order|neem|take|get|koop|buy)\s+(?:er\s+)?(?:\w+\s+){0,3}?(?:\d{1,2}|twee|drie|vier|vijf|two|three|four|five)\b|\b(?:maak|make)\s+(?:er|it)\s+(?:\w+\s+)?(?:\d{1,2}|twee|drie|vier|vijf|zes|two|three|four|five|six)\b|\b(?:een|één|one)\s+\w+\s+(?:minder|less|fewer)\b|\ball\s+but\b|\b(?:niet|not)\s+(?:\d+|zes|six|vijf|five)\s+(?:maar|but)\b|\bde\s+(?:twee|drie|vier|\d)\s+kapotte|\b(?:de\s+)?kapotte\s+(?:\w+\s+)?(?:mag|mogen|vervangen|stoelen)|\bde\s+goede\s+(?:\w+\s+)?(?:laten|houden)|\bbroken\s+(?:two|ones|three)|\b(?:\d|two|three|four)\s+now\s+and\b|\b(?:er\s+)?maar\s+(?:twee|drie|vier|vijf|\d)\s+(?:nemen|bestellen|nieuw|kopen)|\bhoeven\s+er\s+(?:maar\s+)?\d`)
	hvR3Variant = regexp.MustCompile(`\b(?:goedkopere|goedkope\s+(?:van|versie|variant|uitvoering)|de\s+goedkoopste|the\s+cheapest|budget\s*(?:versie|variant|model|optie|version|option)|budgetversie|simpele\s+(?:versie|variant|uitvoering)|basic\s+(?:model|version|ones?)|cheap(?:er)?\s+ones|koop\s+ze\s+gebruikt|gebruikte\s+\w+|tweedehands|second[\s-]?hand|used\s+on|marktplaats|ebay|ikea|kwantum|lidl|aldi|huur\s+ze|rent\s+them|liever\s+huren)\b`)
	hvR3Other   = regexp.MustCompile(`\b(?:even\s+(?:langs|via)|(?:loop|ga)\s+(?:\w+\s+)?langs|in\s+overleg\s+met|na\s+overleg\s*$|na\s+akkoord\s+(?:van\s+)?(?:het\s+)?\w+|after\s+(?:the\s+)?(?:board|treasurer|head|director|committee)\w*\s+(?:approval|ok|okay|sign[\s-]?off)|(?:have|let|get)\s+the\s+(?:board|treasurer|head|director|committee)\s+(?:\w+\s+)?confirm|laat\s+(?:het\s+|de\s+)?(?:bestuur|directie|penningmeester|voorzitter)\s+(?:het\s+)?(?:even\s+)?bevestigen|loop\s+in\s+\w+|(?:eerst|first)\s+(?:\w+\s+){0,2}?(?:spreken|horen)|(?:talk|speak)\s+to\s+(?:\w+\s+){0,2}?first|(?:ok|okay|akkoord|reactie)\s+afwachten|voor\s+je\s+bestelt|before\s+you\s+order)\b`)
	hvR3Later   = regexp.MustCompile(`\b(?:laten\s+we\s+(?:het|dat|dit)\s+(?:\w+\s+){0,4}?(?:doen|oppakken)|lets\s+do\s+it\s+(?:next|after|in|with)|(?:do|doen|oppakken)\s+(?:it\s+)?(?:next|volgend\w*)\s+(?:year|quarter|school\s*year|kwartaal|schooljaar|jaar)|na\s+de\s+(?:fusie|verbouwing|collecte)|bestel\s+nog\s+niks|nog\s+niks\s+bestellen|tot\s+ik\s+het\s+zeg|until\s+i\s+say|neme?n?\s+het\s+mee\s+in|include\s+it\s+in|meerjaren\w*|long[\s-]term\s+plan|wensenlijst|wish\s*list|grote\s+verbouwing|big\s+renovation|until\s+theres\s+budget|as\s+soon\s+as\s+the\s+(?:subsidy|grant|funding|money)|na\s+ontvangst|from\s+(?:jan|january|1st|1\s+januari)|gespreid|in\s+termijnen|spread\s+over|in\s+instal?ments|maak\s+er\s+(?:€\s*)?[\d.,]+\s*(?:,-)?\s*van|make\s+it\s+(?:€\s*)?\d+|tot\s+(?:duizend|honderd)|onder\s+de\s+(?:duizend|honderd)|under\s+a\s+grand|binnen\s+de\s+grenzen|insofar|as\s+far\s+as\s+the\s+budget|voor\s+zover\s+het\s+budget|(?:budget|geld)\s+is\s+(?:er\s+)?(?:alleen\s+)?(?:op|niet)|geen\s+(?:budget|geld)|no\s+(?:money|budget|funds)|geldboom|goudmijn|geld\s+genoeg|money\s+to\s+burn|rolling\s+in|money\s+is\s+no\s+object|unlimited\s+(?:funds|budget|money)|onbeperkt\s+budget|smijten|to\s+get\s+quotes|not\s+to\s+order|niet\s+(?:om\s+)?te\s+bestellen|opmerking\s+van\s+\w+|akkoord\s+met\s+\w+\s*:|(?:kunnen|can)\s+(?:\w+\s+){0,2}?repare\w*|(?:could|can)\s+(?:\w+\s+){0,2}?repair|(?:then|dan)\s+(?:we\s+)?(?:dont|do\s+not|hoeven)\s+(?:\w+\s+)?(?:need|niet)|wouldnt\s+do\s+it|zou\s+het\s+niet\s+doen|approved-ish|for\s+free)\b`)
	hvR3Agenda  = regexp.MustCompile(`\bop\s+de\s+agenda\b`)
	hvR3Inform  = regexp.MustCompile(`\b(?:zodat|so\s+that|ter\s+info|informeren|weet|weten|know)\b`)
)

// round3 reports one of the qualifiers above in f (folded, from the first yes on); a
// count is read only in a sentence without a time, date or room.
func round3(whole, f string) bool {
	if hvR3Variant.MatchString(whole) || hvR3Sarcasm.MatchString(whole) || hvR3Later.MatchString(hvR3AlreadyPlanned.ReplaceAllString(f, " ")) || hvR3Tail.MatchString(f) {
		return true
	}
	if hvR3CountBefore.MatchString(whole) {
		return true // "Doe maar de twee kapotte, akkoord."
	}
	for _, m := range hvR3Other.FindAllStringIndex(f, -1) {
		if !hvPlanning.MatchString(sentenceAt(f, m[0], m[1])) {
			return true
		}
	}
	for _, m := range hvR3Agenda.FindAllStringIndex(f, -1) {
		if !hvR3Inform.MatchString(sentenceAt(f, m[0], m[1])) {
			return true
		}
	}
	for _, m := range hvR3Count.FindAllStringIndex(f, -1) {
		if m[1] < len(f) && f[m[1]] == '-' {
			continue // "Order the 8-way one, not the 6-way": a variant, no count
		}
		if !hvR3NotCount.MatchString(f[max(0, m[0]-16):min(len(f), m[1]+14)]) {
			return true
		}
	}
	for _, m := range hvR3Postpone.FindAllStringIndex(f, -1) {
		if !hvNegatedBefore.MatchString(strings.TrimRight(f[:m[0]], " ")+" ") && !strings.Contains(f[max(0, m[0]-12):m[0]], "niet") {
			return true // "Akkoord met uitstel."; "Niet verder uitstellen a.u.b." is no postponement
		}
	}
	return false
}

// More of the third round: sarcasm, counts before the yes, and shapes that end in
// punctuation (outside the word-bounded lists above).
var (
	hvR3Sarcasm     = regexp.MustCompile(`\b(?:waarom\s+ook\s+niet|why\s+not\s+(?:buy|get|order|add)|nieuw\s+gebouw|new\s+building|jacuzzi|gold[\s-]plated|i\s+suppose\s+(?:the|we|our)|minibus\s+too|(?:weer|another)\s+(?:€\s*)?\d[\d.,]*\s*(?:euro\s+)?(?:weg|gone))\b`)
	hvR3CountBefore = regexp.MustCompile(`\b(?:doe|neem|bestel|koop|take|get|order|buy)\s+(?:maar\s+)?(?:de|die|the)\s+(?:twee|drie|vier|vijf|two|three|four|five|\d)\s+(?:kapotte|broken|oude|old|\w+e)\b`)
	hvR3Tail        = regexp.MustCompile(`\bna\s+overleg\s*[.!]?\s*(?:\n|$)|\bakkoord\s+met\s+\w+\s*:|\b\d[\d.,]*\s+is\s+(?:prima|fine|ok|oke|okay|genoeg|enough)\b|\b(?:twee|drie|two|three|\d)\s+(?:kunnen|can)\s+(?:nog\s+)?(?:wel\s+)?(?:een\s+jaar\s+)?(?:mee|last)\b|\b(?:twee|drie|vier|vijf|zes|two|three|four|five|six|\d{1,2})\s+(?:\w+\s+)?(?:nieuwe|new)\s*(?:stoelen|chairs|ones|[.,!]|$)`)
)

var hvR3Postpone = regexp.MustCompile(`\b(?:uitstel\w*|uit\s+te\s+stellen|postpone\w*)\b`)

// A time, date, room, group or amount in the sentence: its number is no count of items.
var hvR3NotCount = regexp.MustCompile(`\d\s*(?:u|h|am|pm)\b|\b(?:uur|min|mins|minuten|minutes|dag\w*|days?|week\w*|maand\w*|months?|jaar|years?|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|may|june|july|august|october|lokaal|room|kamer|zaal|groep|group|klas|class|nr|nummer|number|man|mensen|people|kinderen|children|leerlingen|pupils|keer|times|procent|percent|quotes?|offertes?|next\s+time|volgende\s+keer)\b|[€$£%:]`)

// "Akkoord voor het eerste lokaal, het tweede doen we volgend schooljaar.": the rest of
// the request put off or done by others; "Let's also put the other rooms on next year's
// budget" asks for more, later, and leaves this one whole.
var (
	hvRestLater   = regexp.MustCompile(`\b(?:het|de|the)\s+(?:tweede|andere|overige|rest|second|other|remaining)\b[^.!?\n]{0,40}?\b(?:volgend\w*|later|next|zelf|ourselves|laten\s+we)\b`)
	hvRestLaterOK = regexp.MustCompile(`\b(?:ook|also|too|budget\w*|begroting\w*)\b`)
)

// restLater reports hvRestLater in a sentence of f that asks for nothing more.
func restLater(f string) bool {
	for _, m := range hvRestLater.FindAllStringIndex(f, -1) {
		if !hvRestLaterOK.MatchString(sentenceAt(f, m[0], m[1])) {
			return true
		}
	}
	return false
}

// authorityFirst reports hvAuthorityFirst in a sentence of f that asks nothing ("are we
// still on for the governors' meeting?" is about another matter; a question about the
// request is read elsewhere).
func authorityFirst(f string) bool {
	for _, m := range hvAuthorityFirst.FindAllStringIndex(f, -1) {
		j := strings.IndexAny(f[m[1]:], ".!?\n")
		if j < 0 || f[m[1]+j] != '?' {
			return true
		}
	}
	return false
}

// The whole amount named is the request's: "Akkoord voor het volledige bedrag".
var hvWhole = regexp.MustCompile(`\b(?:hele|gehele|volledige|totale|genoemde|gevraagde|geraamde|full|whole|entire|total|stated|quoted|requested|estimated)\b`)

// otherAmount reports a yes for an amount that is not the whole one asked for.
func otherAmount(f string) bool {
	for _, m := range hvAmount.FindAllStringIndex(f, -1) {
		if !hvWhole.MatchString(f[m[0]:m[1]]) && hvOtherAmount.MatchString(f[m[1]:min(len(f), m[1]+40)]) {
			return true
		}
	}
	return false
}

// An amount named as another one than asked for: last year's, a lower one, the original.
var hvOtherAmount = regexp.MustCompile(`^[^.!?\n]*?\b(?:vorig\w*|last|previous|oude|old|lager\w*|lower|kleiner\w*|smaller|minder|less|half|helft|ander\w*|other|eerder\w*|earlier|oorspronkelijk\w*|original|begroot\w*|budgeted)\b`)

// afterFirstYes returns f from its first decision keyword on ("Na overleg met de
// controller ga ik akkoord": the consultation before the yes is done).
func afterFirstYes(f string) string {
	if m := hvFirstYes.FindStringIndex(f); m != nil {
		return f[m[0]:]
	}
	return f
}

var hvFirstYes = regexp.MustCompile(`\b(?:akkoord|akoord|accoord|approved?|goedgekeurd|goedkeur\w*|instem\w*)\b`)

// laterYear reports a year after ref's named in f (folded), but for one in the first
// months of next year ("in januari 2027"): the work put off to a later year.
func laterYear(f string, ref time.Time) bool {
	for _, m := range hvYear.FindAllStringSubmatchIndex(f, -1) {
		y, err := strconv.Atoi(f[m[2]:m[3]])
		if err != nil || y <= ref.Year() {
			continue
		}
		if y == ref.Year()+1 && hvYearEarly.MatchString(f[max(0, m[0]-12):m[0]]) {
			continue
		}
		if !hvYearFor.MatchString(f[max(0, m[0]-48):m[0]]) {
			continue // "zie mijn mail over de begroting 2027", a phone number: not when the work is done
		}
		if hvBooking.MatchString(sentenceAt(f, m[0], m[1])) {
			continue // "Bedrag komt ten laste van het onderhoudsbudget 2025."
		}
		// A reference or a phone number is no year: "SPOC-2027", "2027-1187".
		if m[0] > 0 && (f[m[0]-1] == '-' || f[m[0]-1] == '#' || (f[m[0]-1] >= '0' && f[m[0]-1] <= '9')) {
			continue
		}
		return true
	}
	return false
}

// sentenceAt returns the sentence of f around from..to.
func sentenceAt(f string, from, to int) string {
	i, j := sentenceAround(f, from, to)
	return f[i:j]
}
