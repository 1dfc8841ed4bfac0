package mail

import (
	"regexp"
	"strings"
)

// A part of the request set apart after the approval: "Akkoord voor de koffie. Lunch hoeft
// niet.", "Akkoord kantine. Kleedkamers niet.", "Akkoord voor het dak. De goot doen we
// volgend jaar.", "Approved. We won't pay the weekend surcharge though." The approval then
// covers only the rest, which is no plain yes. partialAfterYes is a safety net under every
// reading: it only ever takes an approval away.

var (
	// Clauses that set a part apart by themselves: "Lunch hoeft niet", "Kleedkamers niet",
	// "De derde laten we", "De broodjes regelen we zelf", "De goot doen we volgend jaar",
	// "Lokaal 2.16 kan wachten".
	pvPartClause = regexp.MustCompile(`^(?:en\s+|and\s+|maar\s+|but\s+)?(?:` +
		`(?:\p{L}+\s+){1,3}(?:hoeft|hoeven)\s+(?:\p{L}+\s+)?niet` +
		`|\p{L}+\s+(?:niet|not)` +
		`|(?:\S+\s+){1,3}laten\s+we(?:\s+(?:zelf|zitten|vallen|weg|liggen))?` +
		`|(?:\S+\s+){1,3}(?:doen|regelen|betalen|nemen|plannen|bestellen|kopen|schilderen|maken|pakken)\s+we\s+(?:\p{L}+\s+){0,2}(?:zelf|later|volgend\s+jaar|volgend\w*\s+(?:maand|week|keer)|niet|in\s+\S+)(?:\s+op)?` +
		`|(?:\S+\s+){1,3}(?:kan|kunnen|mag|mogen)\s+(?:nog\s+)?wachten` +
		`|(?:\S+\s+){1,3}can\s+wait` +
		`|(?:\S+\s+){1,3}laat\s+maar|(?:\S+\s+){1,3}laten\s+we\s+maar\s+even` +
		`)$`)
	// "we" refusing to pay for, take or need a part; a ceiling; a part not needed; not
	// enough; not convinced.
	pvRefusePart = regexp.MustCompile(`\b(?:` +
		`(?:betalen|nemen|bestellen|sluiten)\s+we\s+(?:\p{L}+\s+)?niet` +
		`|we\s+(?:nemen|bestellen|doen|betalen|willen|hoeven)\s+(?:\p{L}+\s+){0,2}geen` +
		`|we\s+(?:wont|will\s+not|dont|do\s+not)\s+(?:pay|take|order|need|want)\s+(?:for\s+)?(?:the|that|this|those|these|any)` +
		`|(?:cant|can\s+not|cannot|must\s+not|mustnt|should\s+not|shouldnt|mag\s+niet|mogen\s+niet|kan\s+niet)\s+(?:go\s+|gaan\s+)?(?:over|above|exceed\w*|boven|hoger|meer\s+dan|more\s+than)` +
		`|(?:the|de|het|die|dat)\s+(?:\p{L}+\s+){1,3}(?:isnt|arent|(?:is|are|zijn)\s+(?:\p{L}+\s+)?(?:not|niet))\s+(?:\p{L}+\s+)?(?:necessary|needed|nodig|noodzakelijk)` +
		`|(?:niet|not)\s+(?:genoeg|enough|voldoende|sufficient)` +
		`|(?:not|niet)\s+(?:convinced|overtuigd)` +
		// The request to be changed and sent again, the approval promised for that:
		// "Kun je de aanvraag aanpassen naar de helft en opnieuw indienen? Dan keur ik
		// hem meteen goed."
		`|(?:opnieuw|nogmaals|weer)\s+(?:\p{L}+\s+)?(?:indienen|insturen|aanvragen|sturen)|(?:stuur|dien)\s+(?:\p{L}+\s+){0,4}(?:opnieuw|nog\s+eens|nogmaals|apart)\s+in|resubmit\w*|submit\s+(?:it\s+|a\s+new\s+\p{L}+\s+)?again` +
		`|(?:aanvraag|verzoek|offerte|request|quote)\s+(?:\p{L}+\s+){0,3}(?:aanpassen|wijzigen|bijstellen|amend|change|adjust|revise)` +
		`|dan\s+(?:keur|geef)\s+ik\s+(?:\p{L}+\s+){0,3}(?:goed|akkoord)|(?:then|and)\s+ill\s+approve|i\s+will\s+then\s+approve` +
		`)\b`)
	pvClauseSep = regexp.MustCompile(`[,;:.!?\n()–—]+`)
	pvDigitDot  = regexp.MustCompile(`(\d)[.,](\d)`)
)

// Words before a bare "niet"/"not" that name no part: "Akkoord, waarom niet."
var pvNotPart = set("waarom", "why", "zeker", "certainly", "echt", "really", "ook", "also", "nog", "toch", "helaas",
	"maar", "of", "or", "natuurlijk", "course", "absoluut", "absolutely", "nee", "no", "wel", "if", "als", "dus", "so", "hopelijk", "hopefully",
	"hoeft", "hoef", "hoeven", "need", "needs", "moet", "must")

// partialAfterYes reports a part of the request set apart after the approval that ends at
// text[end]: a clause of its own that leaves a part out or puts it off, or "we" refusing to
// pay or take a part.
func partialAfterYes(text string, end int) bool {
	if end < 0 || end > len(text) || len(text) > maxAnalyzedText {
		return false
	}
	rest := yfApostrophe.Replace(fold(text[end:]))
	rest = pvDigitDot.ReplaceAllString(rest, "${1}_${2}")
	if pvRefusePart.MatchString(rest) {
		return true
	}
	for _, c := range pvClauseSep.Split(rest, -1) {
		w := strings.Fields(c)
		if len(w) == 2 && pvNotPart[w[0]] {
			continue // "waarom niet", "why not", "echt niet"
		}
		if pvPartClause.MatchString(strings.Join(w, " ")) {
			return true
		}
	}
	return false
}

// Somebody else's say sought or still pending after the yes: "Kun jij het ook
// goedkeuren?", "Check even met Piet of hij het ermee eens is", "Please check with Sarah
// whether she agrees", "Jan hasn't signed yet", "The vendor has not confirmed the price
// yet." The writer's yes is then not the whole answer.
var pvOthersSay = regexp.MustCompile(`\b(?:` +
	`(?:ook|also|too|as\s+well)\s+(?:\p{L}+\s+){0,3}(?:goedkeuren|goedkeurt|akkoord\s+geven|akkoord\s+gaan|approve|approves|sign|signs|sign\s+off|tekenen|tekent|aftekenen)` +
	`|(?:goedkeuren|approve|sign|tekenen)\s+(?:\p{L}+\s+){0,2}(?:ook|also|too|as\s+well)` +
	`|(?:of|whether|if)\s+(?:hij|zij|ze|he|she|they|\p{L}+)\s+(?:het\s+|it\s+|this\s+)?(?:er\s*mee\s+|ermee\s+|daarmee\s+)?(?:ook\s+|also\s+)?(?:eens\s+is|akkoord\s+is|akkoord\s+gaat|agrees?|approves?|is\s+(?:fine|ok|okay)|goed\s*vindt|instemt)` +
	`|(?:hasnt|has\s+not|havent|have\s+not|heeft\s+(?:\p{L}+\s+)?nog\s+niet|hebben\s+(?:\p{L}+\s+)?nog\s+niet)\s+(?:\p{L}+\s+){0,3}(?:signed|approved|confirmed|agreed|getekend|goedgekeurd|bevestigd|ingestemd)` +
	`|(?:signed|approved|confirmed|agreed\s+to\s+it|agreed)\s+(?:it\s+|this\s+|the\s+\p{L}+\s+)?yet` +
	`)\b`)

// othersSayAfterYes reports pvOthersSay in text after end.
func othersSayAfterYes(text string, end int) bool {
	if end < 0 || end > len(text) || len(text) > maxAnalyzedText {
		return false
	}
	for _, sent := range guardSentenceEnd.Split(yfApostrophe.Replace(fold(text[end:])), -1) {
		sent = strings.Join(strings.Fields(sent), " ")
		if pvOthersSay.MatchString(sent) && !pvPaperwork.MatchString(sent) {
			return true
		}
	}
	return false
}

// Paperwork signed when the work is done: "Kun je de werkbon ook laten aftekenen?"
var pvPaperwork = regexp.MustCompile(`\b(?:werkbon\w*|bon|bonnen|pakbon\w*|afleverbon\w*|receipt\w*|work\s+orders?|job\s+sheets?|delivery\s+notes?|timesheets?|urenbriefje\w*|formulier\w*|form)\b`)

// What comes before an approval that closes the reply can qualify it as much as what
// follows: "Alleen de koffie. Akkoord.", "De lunch hoeft niet. Akkoord.", "I want to see
// the quote first. Approved then.", "Misschien is het nodig, misschien niet. Akkoord.",
// "Dit is eigenlijk niet nodig. Akkoord."
var (
	pvBefore = regexp.MustCompile(`\b(?:alleen|only|uitsluitend|slechts|eerst|first|misschien|maybe|perhaps|wellicht|(?:niet|not)\s+(?:echt\s+|really\s+|eigenlijk\s+|strictly\s+)?(?:nodig|necessary|needed|noodzakelijk))\b`)
	// A first thought told in the past: "Eerst twijfelde ik, maar …", "At first I thought …".
	pvBeforePast = regexp.MustCompile(`\b(?:eerst|first|at\s+first)\s+(?:\p{L}+\s+){0,2}(?:twijfel\w*|aarzel\w*|dacht|vond|was|leek|wilde|thought|was|felt|doubt\w*|hesitat\w*|wanted)\b`)
	// The approval as the consequence of what came before: "Dan akkoord.", "Approved then."
	pvThen = regexp.MustCompile(`(?:^|[.!?:;,]\s*)(?:dan|then)\s+(?:\p{L}+\s+)?(?:akkoord|approved|goed|prima|ok|oke|fine)\b|\b(?:approved|akkoord)\s+then\b`)
)

// qualifiedBeforeYes reports, for an approval that closes the reply (end is the end of the
// text), a qualifier before the approval's own sentence, or an approval put as the
// consequence of what came before.
func qualifiedBeforeYes(text string, end int) bool {
	if end < 0 || end > len(text) || len(text) > maxAnalyzedText {
		return false
	}
	head := strings.Join(strings.Fields(yfApostrophe.Replace(fold(text[:end]))), " ")
	cut := strings.LastIndexAny(strings.TrimRight(head, ".!?: "), ".!?\n") + 1
	own, before := head[cut:], head[:cut]
	if pvThen.MatchString(own) {
		return true
	}
	if before == "" {
		return false
	}
	if pvBefore.MatchString(pvBeforePast.ReplaceAllString(before, " ")) {
		return true
	}
	for _, c := range pvClauseSep.Split(pvDigitDot.ReplaceAllString(before, "${1}_${2}"), -1) {
		w := strings.Fields(c)
		if len(w) == 2 && pvNotPart[w[0]] {
			continue
		}
		if pvPartClause.MatchString(strings.Join(w, " ")) {
			return true
		}
	}
	return false
}

// Qualifiers said in the approval's own sentence or the one after it, found by red-teaming
// the reader with replies a careful secretary would not pay on: a lower number than asked
// ("3 i.p.v. 5", "6 of the 8", "at 80%"), a cap or budget ("capped at", "gemaximeerd op",
// "binnen de 1.000 blijven", "stick to 2 hours"), a part left out or done in-house ("met
// uitzondering van", "excl.", "minus", "kan eruit", "doen we zelf", "in eigen beheer"), a part
// not needed or kept ("tafels hebben we al", "we'll keep the old tables"), a part put off
// ("not now", "volgt", "we'll see"), a share paid by someone else ("de VvE betaalt de helft",
// "50/50", "voor rekening van de eigenaar"), a cheaper or other variant ("de goedkopere
// variant", "refurbished", "8GB is genoeg"), a time limit ("voor dit jaar", "for a trial
// period", "the deposit"), a condition in other words ("aangenomen dat", "met dien
// verstande", "so long as", "fine by me if"), a step or check with someone ("check even bij
// Jan", "run it by the board", "ik leg het voor aan het bestuur"), not the writer's call ("ik
// ben niet bevoegd", "not my call"), a second thought ("ik trek dat terug", "second
// thoughts"), doubt tied to the yes ("akkoord… denk ik", "approved I guess") and sarcasm
// ("want geld groeit op onze rug", "Approved. Not.").
var pvNearYes = regexp.MustCompile(`(?:^|[^\p{L}\d])(?:` +
	// lower number, share of the amount
	`\d+\s*\p{L}*\s*(?:ipv|in\s+plaats\s+van|in\s+lieu\s+of|instead\s+of)\s*€?\s*\d+|\d+\s+(?:van|of)\s+(?:de\s+|the\s+)?€?\s*\d+|(?:twee|drie|vier|vijf|two|three|four|five)\s+(?:van|of)\s+(?:de|the)\s+(?:drie|vier|vijf|zes|three|four|five|six)|(?:at|op|tegen|voor|for)\s+\d+\s*(?:%|procent|percent)|doe\s+er\s+maar\s+\d+|neem\s+(?:dan\s+)?(?:wel\s+)?(?:die|de\s+kleine\w*|de\s+goedkope\w*)|take\s+the\s+small\w*|graag\s+de\s+kleinere|uitgaande\s+van\s+de|andere\s+helft|other\s+half|(?:betaalt|regelt|pays|covers)\s+(?:de|het|the)\s+(?:ouderraad|gemeente|verhuurder|eigenaar|vve|school|pta|landlord|owner|council|insurance|verzekering)|(?:overige|resterende|remaining|rest)\s+(?:€\s*)?\d+\s+(?:niet|not)|binnen\s+blijven|stay\s+within|within\s+\d+\s*k|extras\s+can\s+go|\d\S*\s+(?:is\s+genoeg|is\s+enough|hoeft\s+niet)|doet\s+\p{L}+\s+wel|should\s+be\s+enough|(?:niet|not|geen)\s+€?\s*\d+|(?:niet|not)\s+(?:twee|drie|vier|vijf|two|three|four|five|de\s+volle|the\s+full)` +
	// caps and budgets
	`|capped|cap\s+(?:of|at)|ceiling|gemaximeerd|maximaal|maximum|max|ten\s+hoogste|hoogstens|hooguit|at\s+most|up\s+to|limiet|limit|limited|beperkt\s+tot|restricted\s+to|tot\s+een\s+(?:bedrag|maximum)|binnen\s+(?:de|het)\s+(?:€\s*)?\d+|within\s+(?:€\s*)?\d+|stick\s+to|hou\s+het\s+bij|houd\s+het\s+bij|budget\s+is\s+(?:wel\s+)?(?:€\s*)?\d+|\d+\s+is\s+(?:het|the)\s+budget|budget\s+(?:€\s*)?\d+|budgets?\s+\d+` +
	// a part left out, done elsewhere, kept, not needed
	`|met\s+uitzondering|uitgezonderd|except\w*|excl|exclusief|excluding|zonder\s+(?:de|het|die|the)\s+(?:\p{L}+\s+){0,2}(?:[.!?,;]|$)|minus|min\s+(?:de|het)|weglaten|laat\s+(?:\p{L}+\s+){0,3}(?:maar\s+)?(?:zitten|weg|vallen)|sla\s+(?:\p{L}+\s+){0,3}over|skip|kan\s+eruit|mag\s+eruit|mogen\s+eruit|haal\s+(?:\p{L}+\s+){0,3}eruit|schrap\w*|strike|geen\s+extras?|no\s+extras?|no\s+lunch|geen\s+lunch|bells\s+and\s+whistles|toeters` +
	`|doen\s+we\s+zelf|pakken\s+we\s+zelf|ourselves|in-house|in\s+house|in\s+eigen\s+beheer|intern|eigen\s+klusjesman|own\s+handyman|kopen\s+we\s+zelf|via\s+de\s+huisleverancier|our\s+usual\s+supplier|regelt\s+facilitair|facilities\s+will` +
	`|hebben\s+we\s+al|we\s+already\s+have|nog\s+prima|still\s+fine|houden\s+we|keep\s+the\s+old|kunnen\s+nog\s+(?:wel\s+)?(?:even\s+)?mee|mogen\s+blijven` +
	// a part put off, a first step only
	`|not\s+now|niet\s+nu|volgt|to\s+follow|we\s*ll\s+see|zien\s+we\s+verder|take\s+it\s+from\s+there|begin\s+(?:maar\s+)?met|start\s+with|dont\s+start\s+(?:yet|until)|do\s+not\s+start\s+(?:yet|until)|niet\s+(?:meteen\s+)?beginnen|revisit|opnieuw\s+bekijken|(?:komen|kom)\s+(?:\p{L}+\s+){0,3}op\s+terug|until\s+i\s+confirm|not\s+\p{L}+\s+yet` +
	// a share paid by someone else
	`|the\s+other\s+half|half\s+(?:to|naar)|50/50|fifty\s*-?\s*fifty|split|delen\s+(?:de\s+)?kosten|kosten\s+delen|costs\s+shared|shared\s+with|ons\s+deel|our\s+(?:share|part)|ons\s+aandeel|onze\s+bijdrage|our\s+contribution|dragen\s+\d+\s+bij|contribute|voor\s+rekening|at\s+the\s+\p{L}+\s+expense|billed\s+to|factureren\s+aan\s+de\s+(?:verhuurder|eigenaar|huurder|vve|buren|gemeente)|invoice\s+half|(?:verhuurder|eigenaar|landlord|owner|vve|hoa|huurder|tenant|verzekering|insurance|subsidie|grant|gemeente|ouderraad|pta|buren|neighbours|afdeling\s+\p{L}+|department|dept\s+\p{L}+)\s+(?:betaalt|pays|covers|dekt|is\s+paying|regelt|neemt)|ander\s+budget|other\s+budget|potje|voor\s+zover|as\s+far\s+as` +
	// a variant chosen
	`|goedkopere\s+(?:variant|versie|optie|offerte)|goedkoopste|cheaper\s+(?:option|version|one|quote)|cheapest|basisversie|basic\s+version|standaardmodel|standard\s+model|tweedehands|second\s*-?\s*hand|refurbished|huismerk\w*|store\s+brand|generic|b-merk|optie\s+[a-d]|option\s+[a-d]|variant\s+[a-d]|offerte\s+\d|quote\s+\d|volstaat|will\s+do|moet\s+lukken|reken\s+op\s+\d|ga\s+uit\s+van\s+\d` +
	// a condition in other words
	`|aangenomen\s+dat|aannemende|veronderstelling|met\s+dien\s+verstande|gesteld\s+dat|gegeven\s+dat|voorwaardelijk|given\s+that|presuming|presupposing|so\s+long\s+as|as\s+long\s+as|zolang|mits|provided|providing|assuming|only\s+if|alleen\s+als|on\s+condition|(?:that\s+is|thats|dat\s+wil\s+zeggen|tenminste|well)\W+(?:if|als)|(?:fine|ok|okay|prima|goed)(?:\s+by\s+me|\s+with\s+me|\s+voor\s+mij)?\s+(?:if|als)` +
	// someone else's say
	`|check\s+(?:even\s+)?(?:bij|met|with)\s+(?:de|het|the|\p{L}{3,})|stem\s+(?:het|dit)\s+(?:even\s+)?af\s+met|i\s*(?:ll|will)\s+ask\s+(?:the|our|my|\p{L}{3,})|ik\s+vraag\s+(?:het\s+)?(?:nog\s+)?(?:even\s+)?(?:aan|na\s+bij)\s+(?:de|het|\p{L}{3,})` +
	`|(?:vraag\s+me\s+(?:wel\s+)?af|snap\s+(?:\p{L}+\s+){0,2}niet\s+waarom|benieuwd|wonder\w*|curious)\s+(?:\S+\s+){0,10}(?:nodig|needed|necessary|kost\w*|cost\w*|price|prijs|garantie|warranty|includ\w*|inclusief|offerte)` +
	`|does\s+(?:that|this|it)\s+include|waarom\s+(?:was|is|zit|staat)\s+(?:dit|dat|het)\s+niet|leg\s+(?:\p{L}+\s+){0,3}voor\s+aan|run\s+(?:it|this)\s+by|voor\s+(?:zijn|haar|hun)\s+(?:ok|oke|akkoord|goedkeuring|fiat)|for\s+(?:his|her|their)\s+(?:ok|okay|approval|sign\s*-?\s*off)|forwarding\s+(?:it\s+|this\s+)?to|passing\s+(?:it\s+|this\s+)?(?:on\s+)?to|stuur\s+(?:\p{L}+\s+){0,3}door\s+naar|niet\s+bevoegd|not\s+authori[sz]ed|niet\s+mijn\s+beslissing|not\s+my\s+(?:call|decision)|boards?\s+decision|niet\s+(?:\p{L}+\s+)?beslissen` +
	// second thoughts
	`|trek\s+(?:\p{L}+\s+){0,3}(?:terug|in)|neem\s+(?:\p{L}+\s+){0,2}terug|vergeet\s+(?:dat|het)|forget\s+(?:that|it)|take\s+(?:that|it)\s+back|second\s+thoughts|on\s+the\s+fence|bedenkingen` +
	// the approval words as a title or someone else's task: an echoed request subject
	// ("[SPOC-0745] Akkoord gevraagd: …"), a read receipt, an away notice naming who approves
	// ("Akkoord gaat via Jan", "Voor akkoord: Jan")
	`|akkoord\s+gevraagd|goedkeuring\s+gevraagd|approval\s+(?:requested|needed|required)|is\s+gelezen|was\s+read|wurde\s+gelesen|gelezen\s+op|is\s+afgeleverd|was\s+delivered` +
	`|(?:gaat|loopt|verloopt)\s+via|voor\s+akkoord\s*:|akkoord-?aanvragen|(?:geven|verlenen)\s+(?:kan|doet)\s+\p{L}+` +
	// sarcasm
	`|geld\s+groeit|aan\s+de\s+bomen|geld\s+zat|pinautomaat|sinterklaas|alsof\s+(?:wij|we|het)|money\s+grows|made\s+of\s+money|infinite\s+money|niet\s+dus\s*(?:[.!]|$)|grapje|kidding|ja\W+vast|yeah\W+right|in\s+(?:je|your)\s+dromen|in\s+your\s+dreams|droom\s+(?:lekker\s+)?verder|over\s+mijn\s+lijk|over\s+my\s+dead\s+body|pigs\s+fly|said\s+no\s+one` +
	`)(?:[^\p{L}\d]|$)`)

// A time limit or a first phase right after the yes: "Akkoord voor dit jaar.", "Approved
// for the pilot.", "Akkoord tot de kerst."
var pvTimeLimit = regexp.MustCompile(`\b(?:akkoord|approved?|goedgekeurd|prima|oke|ok|okay|fine)[\s,:;–-]+(?:\p{L}+\s+){0,2}(?:` +
	`(?:zonder|without|minus|behalve|except|excl\w*)\s+\p{L}+|` +
	`voor\s+(?:dit|het\s+lopende)\s+jaar|for\s+this\s+year|for\s+the\s+current\s+(?:financial\s+)?year|voor\s+de\s+rest\s+van\s+dit\s+jaar|tot\s+de\s+kerst|t/m|through\s+\p{L}+|until\s+\p{L}+` +
	`|voor\s+de\s+eerste\s+(?:maand|\d+\s+maanden|fase|termijn)|for\s+the\s+first\s+(?:month|\d+\s+months|phase|instalment)|for\s+phase\s+1|voor\s+fase\s+1|voor\s+de\s+aanbetaling|for\s+the\s+deposit` +
	`|voor\s+(?:een\s+)?(?:proefperiode|pilot)|for\s+(?:a\s+)?(?:trial\s+period|trial|pilot)|for\s+the\s+pilot|voor\s+de\s+pilot|voor\s+(?:een|één)\s+jaar|for\s+(?:a|one)\s+year|(?:voor|for)\s+20\d\d` +
	`)\b`)

// An approval that names a part ("akkoord voor beneden", "approved for the chairs") and a
// next clause that says another part is not needed.
var (
	pvScopedOwn       = regexp.MustCompile(`\b(?:akkoord|approved?|goedgekeurd|prima|oke|ok|okay|fine)\s+(?:voor|for|met|with)\s+\p{L}+`)
	pvScopedNotNeeded = regexp.MustCompile(`\b(?:(?:is|zijn)\s+(?:\p{L}+\s+)?niet\s+nodig|(?:isnt|arent|is\s+not|are\s+not)\s+(?:\p{L}+\s+)?needed|not\s+needed|no\s+need|hoeft\s+niet|hoeven\s+niet|laat\s+maar|kan\s+eruit|can\s+go)\b`)
)

// Doubt said right after the yes: "Akkoord… denk ik.", "Approved I guess."
var pvDoubtAfterYes = regexp.MustCompile(`^\W{0,6}(?:denk\s+ik|misschien|waarschijnlijk|vermoedelijk|i\s+guess|i\s+suppose|i\s+reckon|i\s+think|probably|perhaps|maybe|likely|not)\W*$`)

// pvAbbrev takes the dots out of abbreviations and numbers so that they end no sentence.
var pvAbbrev = regexp.MustCompile(`\b(?:i\.p\.v|ipv|excl|incl|t\.a\.v|o\.a|bijv|e\.g|i\.e|ca|nr|resp)\.|(\d)[.,](\d)`)

// qualifierNearYes reports pvNearYes in the sentence that holds text[end-1] (the end of the
// approval) or the sentence after it, or doubt right after the yes.
func qualifierNearYes(text string, end int) bool {
	if end <= 0 || end > len(text) || len(text) > maxAnalyzedText {
		return false
	}
	head := yfApostrophe.Replace(fold(text[:end]))
	rest := yfApostrophe.Replace(fold(text[end:]))
	head = pvAbbrev.ReplaceAllStringFunc(head, func(m string) string { return strings.ReplaceAll(strings.ReplaceAll(m, ".", ""), ",", "") })
	rest = pvAbbrev.ReplaceAllStringFunc(rest, func(m string) string { return strings.ReplaceAll(strings.ReplaceAll(m, ".", ""), ",", "") })
	own := strings.TrimRight(head, ".!?\n \t")
	own = own[strings.LastIndexAny(own, ".!?\n")+1:]
	after := rest
	if i := strings.IndexAny(after, "!?\n."); i >= 0 {
		first := after[:i]
		next := strings.TrimLeft(after[i:], ".!?\n \t")
		if j := strings.IndexAny(next, ".!?\n"); j >= 0 {
			next = next[:j]
		}
		if pvDoubtAfterYes.MatchString(first) || pvDoubtAfterYes.MatchString(next) && len(strings.Fields(next)) <= 3 {
			return true
		}
		after = first + " . " + next
	} else if pvDoubtAfterYes.MatchString(after) {
		return true
	}
	near := own + " " + after
	if m := pvScopedOwn.FindStringIndex(near); m != nil && pvScopedNotNeeded.MatchString(near[m[1]:]) {
		return true // "Akkoord voor beneden, boven is niet nodig."
	}
	if h := strings.TrimRight(head, " \t"); h != "" && strings.ContainsAny(h[len(h)-1:], ".!?\n") {
		near = own + " . " + after // the remark is a sentence of its own
	}
	return pvNearYes.MatchString(near) || pvTimeLimit.MatchString(near)
}

// A condition, cap, part or deferral typed below the signature, a mobile footer or a "-- "
// line, which the stripper takes off as signature: "akkoord\n\nGroet,\nMonique\n\nalleen
// als het onder de 1000 blijft", "akkoord\n\nVerstuurd vanaf mijn iPhone\n\nNog niet
// bestellen!". Only words that a signature or disclaimer does not hold count.
var pvBelowSignature = regexp.MustCompile(`(?:^|[^\p{L}\d])(?:mits|op\s+voorwaarde|onder\s+voorbehoud|alleen\s+(?:als|tot|de|het|repareren|onder)|zolang|als\s+het\s+(?:maar|budget)|provided|assuming|only\s+if|as\s+long\s+as|so\s+long\s+as|max\w*\.?\s*(?:€\s*)?\d+|tot\s+(?:€\s*)?\d+|onder\s+(?:de\s+)?(?:€\s*)?\d+|niet\s+bestellen|nog\s+niet|eerst\s+(?:\p{L}+\s+){0,3}(?:checken|afstemmen|overleggen|navragen|met|bij|de|het)|wacht\w*|toch\s+niet|anders\s+niet|pas\s+(?:in|na)|not\s+yet|hold\s+off|voorlopig|geen\s+nieuwe|niet\s+vervangen|seulement|nur\s+wenn|si\s+moins)(?:[^\p{L}\d]|$)`)

var (
	pvQuoteStart = regexp.MustCompile(`schreef\s*:|wrote\s*:|geschreven\s*:|referentie\s*:|spocd-token|(?:^|\s)(?:van|from|de|von)\s*:|-{5}|_{10}`)
	pvDisclaimer = regexp.MustCompile(`[^.!?]*(?:bericht|e-?mail|geadresseerde|disclaimer|vertrouwelijk|confidential|rechten|intended|recipient|functionaris|bevoegd|message|addressee|sender|authori[sz]ed|mandate|mandaat|afzender|views|author|auteur|organisation|organization|organisatie|print\p{L}*|afdruk\p{L}*|milieu|environment)[^.!?]*[.!?]?`)
)

// conditionBelowSignature reports pvBelowSignature in the lines of top (the unquoted lines
// above the quote) that the reading of newText did not see.
func conditionBelowSignature(top, newText string) bool {
	if top == "" || len(top) > maxAnalyzedText {
		return false
	}
	f := strings.Join(strings.Fields(fold(top)), " ")
	n := strings.Join(strings.Fields(fold(newText)), " ")
	if i := strings.Index(f, n); n != "" && i >= 0 {
		f = f[:i] + " " + f[i+len(n):]
	}
	// An attribution or header the stripper did not take for one (Yahoo's indented quote)
	// starts the request: nothing from there on is the writer's.
	if i := pvQuoteStart.FindStringIndex(f); i != nil {
		f = f[:i[0]]
	}
	// A disclaimer's own "alleen als …" is no condition on this request, nor is anything
	// after a disclaimer or slogan the stripper knows ("Niet voor personen onder de 18.").
	for _, d := range disclaimerStarts {
		if i := strings.Index(f, d); i >= 0 && (i == 0 || f[i-1] == ' ') {
			f = f[:i]
		}
	}
	f = pvDisclaimer.ReplaceAllString(f, " ")
	return pvBelowSignature.MatchString(f) || pvBelowMore.MatchString(f) || yfVetoMore(f) ||
		(strings.TrimSpace(f) != "" && hvCondition.MatchString(yfApostrophe.Replace(f)))
}

// More that a signature does not hold: a condition clause ("Als de leverancier ook de
// vloerbescherming levert tenminste."), a part by number ("alleen voor 4 stoelen", "for 2
// chairs only"), ordering put off ("pas bestellen", "na de begrotingsvergadering").
var pvBelowMore = regexp.MustCompile(`(?:^|[^\p{L}\d])(?:als\s+(?:de|het|er|we|wij|ze|zij|hij|dat|die)|tenminste|(?:alleen|enkel|only)\s+(?:voor|for)|(?:voor|for)\s+\d+\s+\p{L}+\s+only|pas\s+(?:bestellen|bestelt|uitvoeren|beginnen|starten)|na\s+de\s+\p{L}*vergadering|once\s+the|(?:only\s+)?if\s+(?:the|we|they|it)|unless|tenzij|(?:alleen|only)\s+(?:\d|lokaal|room|the|de|het|voor|for)|only\s*\)|provisional\p{L}*|voorlopig|conditional|voorwaardelijk|niet\s+\d|not\s+\d)(?:[^\p{L}\d]|$)`)
