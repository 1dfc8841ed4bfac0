package mail

import "regexp"

// Shorthand after a yes that says what it holds, in words a signature, a grumble or a
// practical remark does not use (a fourth red-team round, mail/testdata/redteam): "Akkoord,
// ovb.", "Approved, tbc.", "Akkoord (fase 1).", "Approved, refurb.", "Akkoord, lease.",
// "Akkoord, eigen mensen.", "Approved, insurance permitting.", "Akkoord, lopende het
// onderzoek.", "Akkoord (advies).", "Akkoord, mijn stem.", "Akkoord, pro forma.",
// "Approved as a concept.", "Akkoord, factuur naar de verhuurder.", "Approved. Someday.",
// "Akkoord, ingeval de verzekering niet dekt …", "Sorry, deze was voor Jan bedoeld", "Akkoord.... 🤔". Unlike a list of
// words that may follow a yes, this list only names what may not, so it costs no plain yes
// with a remark.
var hvShorthand = regexp.MustCompile(`\b(?:o\.?v\.?b\.?|ovb|onder\s+voorbehoud|tbc|tbd|to\s+be\s+confirmed|nog\s+te\s+bevestigen|pro\s+forma|fase\s+\d|phase\s+\d|eerste\s+fase|first\s+phase|refurb\w*|lease|huurlaptop|huren\s+ipv|rent\s+not\s+buy|instapmodel|entry[\s-]level|gebruikt\s+exemplaar|eigen\s+mensen|own\s+(?:people|guys|staff)|(?:door|by)\s+(?:de\s+|onze\s+|our\s+)?(?:klusploeg|vrijwilligers|volunteers)|uitvoering\s+door|doet\s+het\s+voor\s+niks|doen\s+het\s+zelf|permitting|god\s+willing|contingent|pending|lopende\s+het|hangende\s+de|staat\s+of\s+valt|valt\s+erbuiten|op\s+(?:één|een)\s+ding\s+na|apart\s+from\s+the|save\s+for|bar\s+the|ex\.?\s+\w+|ex\s+montage|excl\.?\s+\w+|exclusief\s+\w+|w/?o\s+the|(?:mijn|my)\s+stem|\(stem\)|\(advies\)|advisory|advies\s+aan|as\s+advice|positief\s+advies|voor\s+mijn\s+deel|for\s+my\s+part|wat\s+onze\s+afdeling\s+betreft|share\s+of|inhoudelijk|technisch\s+gezien|as\s+a\s+(?:concept|plan|topic)|als\s+(?:concept|idee)|het\s+idee\s*:|in\s+theory|in\s+theorie|someday|eventually|ooit|for\s+when\s+we|factuur\s+naar\s+de\s+(?:verzekeraar|verhuurder|huurder|aannemer)|invoice\s+to\s+the\s+(?:insurer|landlord|tenant|contractor)|op\s+(?:kosten|rekening)\s+van|te\s+verhalen|kosten\s+voor\s+de|covers\s+whatever|betaalt\s+de\s+aannemer|zijn\s+voor\s+de\s+aannemer|ingeval|in\s+case|geldig\s+tot|gaat\s+(?:pas|alleen)\s+door|niet\s+eerder\s+dan|no\s+earlier\s+than|verzekering\s+eerst|insurance\s+first|verkeerde\s+draad|wrong\s+thread|was\s+(?:voor|for)\s+\w+\s+(?:bedoeld|meant)|meant\s+for|niet\s+echt,?\s+bel|not\s+really,?\s+call|\(not\s+really|\(niet\s+echt|sort\s+of\.\s+call|zei\s+niemand|droom\s+maar|vast\s+wel|my\s+foot|zeker\s+weten\.{2,}|premature|voorbarig|te\s+snel|lijkt\s+me\s+wat\s+snel|groot\s+woord|tot\s+ik\s+het\s+bedrag|on\s+behalf\s+of\s+\w+\s*,\s*he|namens\s+\w+\s*,\s*hij|cap\s+\d|\d+\s*k\s+flat|at\s+\d[\d.,]*\s+flat)\b|🤔|🤞|😬`)
