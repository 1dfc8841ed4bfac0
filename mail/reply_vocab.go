package mail

// Decision vocabulary beyond the keyword lists, by word family rather than by example:
//
//   - nouns of consent with a verb that grants or refuses them: "Goedkeuring verleend",
//     "Ik geef hierbij mijn toestemming", "Je hebt mijn akkoord", "Hierbij mijn fiat",
//     "Approval granted", "You have my approval", "Geen goedkeuring", "Permission denied";
//     a noun with "nodig"/"needed" after it asks for consent and decides nothing;
//   - Dutch separable verbs with the subject "ik"/"we" in any word order, the negation
//     between the parts turning an approval into a refusal: "keur ik goed", "Dit keur ik
//     niet goed", "Hierbij wijs ik het verzoek af", "ik stem ermee in", "dit sta ik niet
//     toe"; an infinitive counts when it refuses: "Dit kan ik niet goedkeuren", "Ik moet
//     het helaas afwijzen";
//   - short refusals in words: "Nope", "Laat maar.", "Dat doen we niet.", "Let's not.",
//     "Don't do it.", "I decline", "Request denied", "We won't do this", "I'm going to say
//     no to this one", "ik moet helaas nee zeggen";
//   - infinitives of granting that refuse when negated: "(we hebben besloten) deze aanvraag
//     niet te honoreren", "niet toe te kennen", "kunnen we niet inwilligen";
//   - permissions in words that close their clause: "Toegestaan.", "Van mij mag het door.",
//     "Hier mag je mee verder hoor.", "Jullie mogen beginnen."; and content for it to go
//     ahead: "Happy for this to proceed".

import "strings"

// Nouns of consent and the words that grant or refuse them.
var (
	consentNounsNL = []string{"goedkeuring", "toestemming", "instemming", "fiat", "akkoord", "groen licht", "zegen"}
	consentNounsEN = []string{"approval", "permission", "consent", "authorisation", "authorization", "sign off",
		"signoff", "go ahead", "blessing"}
	grantedNL  = []string{"verleend", "gegeven", "toegekend"}
	grantedEN  = []string{"granted", "given"}
	refusedNL  = []string{"geweigerd", "onthouden", "niet verleend", "niet gegeven", "afgewezen"}
	refusedEN  = []string{"denied", "refused", "declined", "withheld", "not granted", "not given", "rejected"}
	grantMidNL = []string{"", "is", "hierbij", "bij deze", "is hierbij", "is bij deze", "wordt", "wordt hierbij", "bij dezen"}
	grantMidEN = []string{"", "is", "hereby", "is hereby", "has been", "is being"}
)

// vocabPhrases returns the generated phrase lists of the consent-noun family.
func vocabPhrases() (approve, reject []string) {
	cross := func(parts ...[]string) []string {
		out := []string{""}
		for _, p := range parts {
			var next []string
			for _, o := range out {
				for _, w := range p {
					next = append(next, strings.TrimSpace(o+" "+w))
				}
			}
			out = next
		}
		return out
	}
	nounsNL, nounsEN := consentNounsNL, consentNounsEN
	// "Goedkeuring verleend", "toestemming is hierbij gegeven", "approval granted".
	approve = append(approve, cross(nounsNL, grantMidNL, grantedNL)...)
	approve = append(approve, cross(nounsEN, grantMidEN, grantedEN)...)
	// "(ik) geef (hierbij) (mijn) goedkeuring", "verleen ik toestemming", "I give my approval".
	approve = append(approve, cross([]string{"geef", "verleen"},
		[]string{"", "ik", "ik hierbij", "ik bij deze", "hierbij", "bij deze", "ik je", "ik u", "ik jullie",
			"ik je hierbij", "ik u hierbij", "je", "u", "jullie", "je hierbij", "u hierbij"},
		[]string{"", "mijn", "onze", "ons"}, nounsNL)...)
	approve = append(approve, cross([]string{"give", "grant"},
		[]string{"", "hereby", "you", "you hereby"}, []string{"", "my", "our"}, nounsEN)...)
	// "Je hebt (hierbij) mijn akkoord", "you have my approval", "you've got the go-ahead".
	approve = append(approve, cross([]string{"je hebt", "jij hebt", "u heeft", "u hebt", "jullie hebben",
		"heb je", "hebt u", "heeft u", "hebben jullie"},
		[]string{"", "hierbij", "bij deze", "dan", "dus", "hiervoor", "daarvoor"},
		[]string{"", "mijn", "onze", "ons"}, nounsNL)...)
	approve = append(approve, cross([]string{"you have", "youve got", "you got", "you have got"},
		[]string{"", "hereby"}, []string{"", "my", "our", "the"}, nounsEN)...)
	// "Hierbij mijn goedkeuring", "hereby my approval", "goedkeuring van mijn kant".
	approve = append(approve, cross([]string{"hierbij", "bij deze", "hiermee", "bij dezen"},
		[]string{"mijn", "onze"}, nounsNL)...)
	approve = append(approve, cross([]string{"hereby"}, []string{"my", "our"}, nounsEN)...)
	approve = append(approve, cross(nounsNL, []string{"van mijn kant", "van onze kant", "van mij"})...)
	approve = append(approve, cross(nounsEN, []string{"from my side", "from me", "from our side"})...)
	// A form-like answer: "Goedkeuring: ja", "Akkoord: ja", "Approval: yes".
	approve = append(approve, cross(append(append([]string{}, nounsNL...), "goedgekeurd", "akkoord gegeven"), []string{"ja"})...)
	approve = append(approve, cross(append(append([]string{}, nounsEN...), "approved"), []string{"yes"})...)
	approve = append(approve,
		"ill approve", "i will approve", "im approving", "i am approving", "happy to approve", "glad to approve",
		"pleased to approve", "ingestemd", "gefiatteerd", "fiatteer ik", "ik fiatteer", "akkoord gegeven", "signed off", "signed-off",
		"i sign off", "i sign off on this", "signing off on this", "authorised", "authorized", "i authorise",
		"i authorize", "okd", "okayed", "green lit", "greenlit", "green lighted", "greenlighted", "i consent")

	// "Geen goedkeuring", "toestemming geweigerd", "no approval", "permission denied".
	reject = append(reject, cross([]string{"geen"}, []string{"", "enkele"}, nounsNL)...)
	reject = append(reject, cross(nounsNL, []string{"", "is", "wordt"}, refusedNL)...)
	reject = append(reject, cross([]string{"no"}, nounsEN)...)
	reject = append(reject, cross(nounsEN, []string{"", "is"}, refusedEN)...)
	reject = append(reject, cross([]string{"request", "verzoek", "aanvraag"}, []string{"", "is", "wordt"},
		[]string{"denied", "declined", "rejected", "refused", "afgewezen", "geweigerd"})...)
	reject = append(reject, cross(nounsNL, []string{"nee"})...)
	reject = append(reject, cross(nounsEN, []string{"no"})...)
	reject = append(reject,
		"declining this", "declining it", "rejecting this", "rejecting it", "im declining", "im rejecting",
		"i am declining", "i am rejecting", "nope", "geweigerd", "ik weiger", "weiger ik", "oneens", "decline", "i decline", "we decline",
		"i must decline", "denied", "i deny this", "turned down", "turn this down", "turn it down",
		"turning this down", "turning it down", "turn this one down", "turning this one down",
		"not be approving", "not approving", "wont be approving", "we wont do this", "we will not do this",
		"we wont do it", "we will not do it", "were not doing this", "we are not doing this",
		"not be going ahead", "wont be going ahead", "not be proceeding", "wont be proceeding", "not go ahead",
		"wont go ahead",
		"not doing this", "not going ahead", "we wont go ahead", "we will not go ahead", "not proceeding",
		"we wont proceed", "we will not proceed", "do not do it", "do not do this", "we doen het niet",
		"wij doen het niet", "gaan we niet doen", "dat gaan we niet doen")
	// Not going ahead, in Dutch: "We gaan hier niet mee door", "Daar gaan we niet mee verder".
	reject = append(reject, cross([]string{"we gaan", "wij gaan", "ik ga", "hier gaan we", "daar gaan we",
		"hier ga ik", "daar ga ik"}, []string{"", "hier", "daar", "er", "dus", "helaas"},
		[]string{"niet mee door", "niet mee verder", "niet mee akkoord"})...)
	// Refusal idioms and formal refusals: "Daar zeg ik nee tegen", "dit wordt hem niet",
	// "Afwijzen graag.", "I'm not going to sign off on this", "Dit verzoek wordt niet
	// gehonoreerd", "wordt niet toegekend".
	reject = append(reject,
		"zeg ik nee tegen", "zeg ik nee op", "dit wordt hem niet", "dat wordt hem niet", "afwijzen graag", "graag afwijzen",
		"afwijzen dus", "dus afwijzen",
		"not going to sign off", "not going to approve", "wont sign off", "will not sign off",
		"niet gehonoreerd", "wordt niet toegekend", "is niet toegekend")
	// Saying no in so many words: "I'm going to say no to this one", "I'll have to
	// decline", "Ik ga hier nee tegen zeggen", "ik moet nee zeggen". The writer says it
	// (a first person or "going to"/"have to"); "Can I say no?" is a question.
	reject = append(reject, cross([]string{"going to", "have to", "ill have to", "i will have to", "im going to",
		"i am going to", "we are going to", "were going to", "must", "i must", "we must", "will have to",
		"need to", "i need to", "gonna"},
		[]string{"say no", "decline", "reject", "turn down", "refuse"})...)
	reject = append(reject, cross([]string{"say no to", "saying no to"}, []string{"this", "this one", "it",
		"this request", "the request"})...)
	reject = append(reject, "ill say no", "i say no", "im saying no", "i am saying no", "we say no", "were saying no")
	// A no made firm by its adjective: "Hard no on the haze, sorry." (a bare "no" inside a
	// sentence is a common word and counts only alone or first).
	reject = append(reject, "hard no", "firm no", "big no", "definite no")
	// The consent named first and refused: "…, maar akkoord geef ik niet: het budget is op."
	reject = append(reject, cross([]string{"akkoord", "mijn akkoord", "goedkeuring", "mijn goedkeuring",
		"toestemming", "mijn toestemming"}, []string{"geef ik", "geven we", "geven wij", "kan ik", "kunnen we",
		"kunnen wij"}, []string{"niet", "hier niet", "hiervoor niet", "daarvoor niet", "helaas niet",
		"dus niet", "echt niet", "niet geven"})...)
	reject = append(reject, cross([]string{"ik zeg", "ik ga", "we gaan", "wij gaan", "ik moet", "we moeten",
		"moet ik", "ga ik", "zeg ik", "zeggen we", "gaan we", "moeten we"},
		[]string{"", "hier", "daar", "helaas", "er"}, []string{"nee", "nee tegen", "nee op", "nee zeggen",
			"nee tegen zeggen", "nee op zeggen"})...)
	// Content for it to go ahead: "Happy for this to proceed", "I'm fine for it to go
	// ahead", "happy to proceed". Negated ("not happy for this to proceed") it refuses; a
	// hedge ("I'd be happy for …", "would be happy") or a condition keeps it no decision.
	approve = append(approve, cross([]string{"happy", "im happy", "i am happy", "were happy", "we are happy",
		"perfectly happy", "quite happy", "fine", "im fine", "i am fine", "content", "im content", "comfortable",
		"im comfortable"},
		[]string{"for this", "for it", "for this one", "for this request", "for the request", "for the work",
			"for you", "for them", "for the works"},
		[]string{"to proceed", "to go ahead", "to go forward", "to go through", "to be done", "to happen"})...)
	approve = append(approve, "happy to proceed", "happy to go ahead", "fine to proceed", "fine to go ahead",
		"happy to proceed with this", "happy to go ahead with this", "happy to proceed with it")
	// Formal grants: "Het verzoek wordt gehonoreerd", "I am happy to authorise the work".
	approve = append(approve, "wordt gehonoreerd", "is gehonoreerd", "wordt toegekend", "happy to authorise",
		"happy to authorize", "glad to authorise", "glad to authorize", "pleased to authorise", "pleased to authorize")
	// Taking back an earlier consent refuses: "Ik trek mijn eerdere akkoord in", "I withdraw
	// my approval". The negated form ("Ik trek mijn akkoord niet in") has a word between and
	// is no match.
	reject = append(reject, cross([]string{"ik trek", "trek ik", "wij trekken", "we trekken", "trekken we"},
		[]string{"", "hierbij", "bij deze"}, []string{"mijn", "onze", "ons"},
		[]string{"", "eerdere", "eerder gegeven", "gegeven"}, nounsNL, []string{"in"})...)
	reject = append(reject, cross([]string{"i withdraw", "i am withdrawing", "im withdrawing", "i retract",
		"im retracting", "i am retracting", "we withdraw", "we are withdrawing", "were withdrawing"},
		[]string{"", "hereby"}, []string{"my", "our"}, []string{"", "earlier", "previous"}, nounsEN)...)
	ia, ir := impersonalPhrases()
	return append(approve, ia...), append(reject, ir...)
}

var vocabApprove, vocabReject = vocabPhrases()

// Soft refusals in words (they count only when they close their clause): "Laat maar.",
// "Dat doen we niet.", "Let's not.", "Don't do it."
var vocabSoftReject = []string{"laat maar", "laat maar zitten", "laat het maar", "laat dat maar", "doen we niet",
	"doen we dus niet", "dat doen we niet", "dit doen we niet", "we doen dit niet", "wij doen dit niet",
	"we doen dat niet", "wij doen dat niet", "not happening", "not this year", "niet dit jaar", "dit jaar niet",
	"im afraid not", "i am afraid not", "afraid not", "dus nu niet", "nu dus niet", "kunnen we niet betalen",
	"kunnen we echt niet betalen", "kunnen we nu niet betalen", "kunnen we nu echt niet betalen",
	"kan ik niet verantwoorden", "gaat me te ver", "dat kan echt niet", "dit kan echt niet", "lets not do this", "lets not do it", "lets not do that",
	"laten we dit niet doen", "laten we dat niet doen", "laten we het niet doen", "niet doen", "unfortunately not", "sadly not", "lets not", "let us not", "dont do it", "dont do this",
	"please dont do it", "niet mee eens", "no way", "helaas niet", "sorry niet", "zeker niet", "echt niet",
	"absoluut niet", "beslist niet", "absolutely not", "certainly not", "definitely not", "nee helaas",
	"helaas nee", "no sorry", "sorry no",
	// Not now, as the answer: "Sorry, not this time." ("Ok, maar deze keer niet" is a yes and
	// a no: the Dutch forms are left out.)
	"not this time", "not this time round", "not this time around"}

// A no named as a noun, as the writer's answer: "Sorry, that's a no from me.", "It's a no.",
// "Dat wordt een nee van mijn kant." They count only when they close their clause: "It's a
// no-brainer" is no refusal, "Is that a no from you?" a question.
func init() {
	noAsNoun := func(subjects, nos, whos []string) []string {
		var out []string
		for _, no := range nos {
			out = append(out, no)
			for _, who := range whos {
				out = append(out, no+" "+who)
			}
		}
		for _, subj := range subjects {
			for _, no := range nos {
				out = append(out, subj+" "+no)
				for _, who := range whos {
					out = append(out, subj+" "+no+" "+who)
				}
			}
		}
		return out
	}
	en := noAsNoun([]string{"thats", "that is", "its", "it is", "this is", "its going to be", "it will be"},
		[]string{"a no", "a hard no", "a firm no", "a clear no"},
		[]string{"from me", "from us", "from my side", "from our side", "for me"})
	nl := noAsNoun([]string{"dat is", "het is", "dit is", "dat wordt", "het wordt", "dit wordt"},
		[]string{"een nee", "een duidelijke nee"},
		[]string{"van mij", "van mijn kant", "van ons", "van onze kant", "voor mij"})
	// A bare "a no" / "een nee" alone would also match inside "not a no": only with a subject
	// or whose it is.
	for _, l := range [][]string{en, nl} {
		for _, p := range l {
			if p != "a no" && p != "a hard no" && p != "a firm no" && p != "a clear no" && p != "een nee" &&
				p != "een duidelijke nee" {
				vocabSoftReject = append(vocabSoftReject, p)
			}
		}
	}
}

// Permissions in words that count only when they close their clause (a particle like
// "hoor" may follow): "Toegestaan.", "Van mij mag het door.", "Hier mag je mee verder
// hoor.", "Jullie mogen beginnen." — but not "Het is toegestaan om …", "Je mag verder
// niets bestellen", "Van mij mag het wel wat goedkoper". They are written with the
// subject before the modal: "Mag je verder?" and "Mag het door" ask.
var vocabSoftApprove = softApprovePhrases()

func softApprovePhrases() []string {
	out := []string{"toegestaan", "is toegestaan", "permitted", "allowed"}
	// "Van mij mag het door", "Wat mij betreft kan dit doorgaan". A bare "Van mij mag het"
	// is a milder yes: it counts only as a short reply with a plain remark (shortAssent).
	for _, who := range []string{"van mij", "van ons", "wat mij betreft", "wat ons betreft", "van mijn kant",
		"van onze kant", "voor mij"} {
		for _, modal := range []string{"mag", "kan"} {
			for _, subj := range []string{"het", "dit", "dat"} {
				out = append(out, who+" "+modal+" "+subj+" door", who+" "+modal+" "+subj+" doorgaan",
					who+" "+modal+" "+subj+" verder")
			}
		}
	}
	// "Hier mag je mee verder", "Je mag ermee aan de slag", "Jullie mogen beginnen".
	for _, subj := range []string{"je", "jij", "u", "jullie", "ze", "zij"} {
		modal := "mag"
		if subj == "jullie" || subj == "ze" || subj == "zij" {
			modal = "mogen"
		}
		for _, next := range []string{"verder", "door", "doorgaan", "beginnen", "starten", "aan de slag",
			"ermee verder", "hiermee verder", "daarmee verder", "ermee aan de slag", "hiermee aan de slag",
			"ermee door", "hiermee door", "ermee beginnen", "hiermee beginnen"} {
			out = append(out, subj+" "+modal+" "+next)
		}
		for _, adv := range []string{"hier", "daar", "er"} {
			for _, next := range []string{"mee verder", "mee door", "mee doorgaan", "mee beginnen", "mee aan de slag",
				"mee starten"} {
				out = append(out, adv+" "+modal+" "+subj+" "+next)
			}
		}
	}
	return out
}

// Separable verbs: the verb (first person) and its particle. "keur … goed" approves, "keur
// … af" and "wijs … af" refuse, "stem … in" and "sta … toe" approve.
type separable struct {
	particle string
	cat      category
}

var separableVerbs = map[string][]separable{
	"keur":    {{"goed", catApprove}, {"af", catReject}},
	"keuren":  {{"goed", catApprove}, {"af", catReject}},
	"wijs":    {{"af", catReject}},
	"wijzen":  {{"af", catReject}},
	"stem":    {{"in", catApprove}},
	"stemmen": {{"in", catApprove}},
	"sta":     {{"toe", catApprove}},
	"staan":   {{"toe", catApprove}},
}

// Infinitives: an approving one counts only when negated ("kan ik niet goedkeuren"), a
// refusing one with a first-person subject ("ik moet het helaas afwijzen").
var (
	approveInfinitives = set("goedkeuren", "toestaan", "instemmen", "accorderen", "fiatteren")
	rejectInfinitives  = set("afwijzen", "afkeuren", "weigeren")
	// Infinitives of granting that count only when negated: "(we hebben besloten) deze
	// aanvraag niet te honoreren", "kunnen we niet toekennen", "niet in te willigen".
	// Unlike approveInfinitives they never approve ("Dit kan ik toekennen" is no reading).
	grantInfinitives = set("honoreren", "toekennen", "inwilligen", "verlenen", "goedvinden")
	firstPersonWords = set("ik", "we", "wij", "i")
	// Words that may stand between a negator and an infinitive: "kan ik hier helaas niet
	// mee instemmen".
	infinitiveFiller = set("ik", "we", "wij", "kan", "kunnen", "ga", "gaan", "wil", "willen", "zal", "zullen",
		"dit", "dat", "het", "deze", "helaas", "hier", "daar", "mee", "ermee", "hiermee", "daarmee", "echt",
		"zomaar", "zo", "dus", "zeker", "in", "mee", "verzoek", "aanvraag", "de", "er", "te")
	// Words after a consent noun that ask for it: "ik heb toestemming nodig".
	neededWords = set("nodig", "vereist", "benodigd", "needed", "required", "necessary", "need", "needs")
)

// findVocab returns the separable-verb and infinitive matches, the nouns of consent that
// are asked for ("nodig") and a lone "fiat", as matches that findAll did not already cover.
func findVocab(toks []token, have []match) []match {
	covered := make([]bool, len(toks))
	for _, m := range have {
		for j := m.first; j <= m.last; j++ {
			covered[j] = true
		}
	}
	var out []match
	skipTo := 0
	for i, t := range toks {
		if t.kind != tkWord || covered[i] {
			continue
		}
		if m, ok := grantOnBehalf(toks, i); ok && !covered[m.last] {
			out = append(out, m)
			skipTo = m.last + 1
			continue
		}
		if forms, ok := separableVerbs[t.norm]; ok {
			if m, ok := separableAt(toks, i, forms); ok {
				out = append(out, m)
			}
			continue
		}
		if i < skipTo {
			continue
		}
		if t.norm == "te" {
			// A separable infinitive split by "te": "af te wijzen", "niet toe te kennen",
			// "niet goed te keuren", "in te willigen".
			p, n := prevWordTok(toks, i), nextWord(toks, i)
			if p >= 0 && n >= 0 && p == i-1 && n == i+1 && !covered[p] {
				if w := toks[p].norm + toks[n].norm; approveInfinitives[w] || rejectInfinitives[w] || grantInfinitives[w] {
					if m, ok := infinitiveMatch(toks, p, n, w); ok {
						out = append(out, m)
						skipTo = n + 1
					}
				}
			}
			continue
		}
		if approveInfinitives[t.norm] || rejectInfinitives[t.norm] || grantInfinitives[t.norm] {
			if m, ok := infinitiveAt(toks, i); ok {
				out = append(out, m)
			} else if m, ok := modalApproveAt(toks, i); ok {
				out = append(out, m)
			}
			continue
		}
		if t.norm == "fiat" {
			// "Fiat.", "Fiat, graag snel": a lone word, not "de Fiat van de dienst".
			p := prevWordTok(toks, i)
			if (p >= 0 && toks[p].clause == t.clause && !fillerWords[toks[p].norm]) || !closesClause(toks, i) {
				continue
			}
			out = append(out, match{cat: catApprove, first: i, last: i})
		}
	}
	return out
}

func prevWordTok(toks []token, i int) int {
	for j := i - 1; j >= 0; j-- {
		if toks[j].kind == tkWord {
			return j
		}
	}
	return -1
}

// separableAt matches a separable verb at toks[i] with its particle later in the clause,
// at most seven words on, and a first-person subject in the clause.
func separableAt(toks []token, i int, forms []separable) (match, bool) {
	clause := toks[i].clause
	subject := false
	for j := prevWordTok(toks, i); j >= 0 && toks[j].clause == clause; j = prevWordTok(toks, j) {
		subject = subject || firstPersonWords[toks[j].norm]
	}
	negated, notYet, hedged := false, false, false
	for j, n := nextWord(toks, i), 0; j >= 0 && toks[j].clause == clause && n < 8; j, n = nextWord(toks, j), n+1 {
		w := toks[j].norm
		for _, f := range forms {
			if w != f.particle {
				continue
			}
			// "in" and "toe" are also prepositions: the particle closes the clause or
			// is followed by "met" ("ik stem in met het voorstel").
			if nx := nextWord(toks, j); (f.particle == "in" || f.particle == "toe") && nx >= 0 &&
				toks[nx].clause == clause && toks[nx].norm != "met" {
				continue
			}
			if !subject {
				return match{}, false
			}
			m := match{cat: f.cat, first: i, last: j, vocab: true}
			switch {
			case hedged:
				m.flag = AmbiguousHedged // "ik keur het in principe goed"
			case notYet:
				m.flag = AmbiguousNotYet
			case negated && f.cat == catApprove:
				m.cat = catReject
			case negated:
				m.flag = AmbiguousNegated // "dit wijs ik niet af"
			}
			return m, true
		}
		subject = subject || firstPersonWords[w]
		hedged = hedged || hedgeWords[w]
		if negators[w] {
			negated = true
			if p := prevWordTok(toks, j); p >= 0 && notYetBefore[toks[p].norm] {
				notYet = true
			}
		}
		if _, ok := separableVerbs[w]; ok {
			return match{}, false
		}
	}
	return match{}, false
}

// infinitiveAt matches "kan ik niet goedkeuren" (a refusal) and "ik moet het afwijzen"
// (a refusal with a first-person subject in the clause).
func infinitiveAt(toks []token, i int) (match, bool) {
	return infinitiveMatch(toks, i, i, toks[i].norm)
}

// infinitiveMatch is infinitiveAt for the infinitive inf spelled by toks[first..last]
// (one word, or a particle, "te" and the verb: "toe te kennen").
func infinitiveMatch(toks []token, first, last int, inf string) (match, bool) {
	i := first
	clause := toks[i].clause
	if toks[last].clause != clause {
		return match{}, false
	}
	subject, negated, notYet, tight, loose := false, false, false, true, false
	// "om … te": "Ik zie geen reden om het af te wijzen" negates the refusal from afar.
	withTe := last > first || (prevWordTok(toks, i) >= 0 && toks[prevWordTok(toks, i)].norm == "te")
	for j := prevWordTok(toks, i); j >= 0 && toks[j].clause == clause; j = prevWordTok(toks, j) {
		w := toks[j].norm
		subject = subject || firstPersonWords[w]
		switch {
		case negators[w]:
			loose = true
			negated = negated || tight
			if p := prevWordTok(toks, j); p >= 0 && notYetBefore[toks[p].norm] {
				notYet = true
			}
		case !infinitiveFiller[w]:
			if !negated {
				tight = false
			}
		}
	}
	if !subject {
		return match{}, false
	}
	m := match{cat: catReject, first: i, last: last, vocab: true}
	granting := approveInfinitives[inf] || grantInfinitives[inf]
	switch {
	case granting && notYet:
		m.flag = AmbiguousNotYet
	case granting && negated:
	case granting:
		return match{}, false
	case negated, loose && withTe:
		m.flag = AmbiguousNegated // "ik ga het niet afwijzen", "ik zie geen reden om het af te wijzen"
	}
	return m, true
}

// Modals of a main-clause approval with an infinitive, and the words that make it one
// still to come, hoped for or limited: "pas", "eerst", "zou", "als", "nog".
var (
	approveModals   = set("kan", "kunnen")
	modalFiller     = set("hier", "daar", "er", "hiermee", "daarmee", "ermee", "mee", "dit", "dat", "het", "deze", "verzoek", "aanvraag", "de", "van", "harte", "gerust", "dus", "dan", "ook", "zeker")
	modalApproveBad = set("pas", "eerst", "zou", "zouden", "als", "alleen", "nog", "misschien", "wellicht", "principe",
		"later", "straks", "wel", "mits", "indien", "tenzij", "zodra", "waarschijnlijk", "denk", "hoop", "helaas")
)

// modalApproveAt matches a first-person main clause with "kan" and an approving
// infinitive: "Na overleg met de controller kan ik instemmen met dit verzoek", "Dit kan ik
// goedkeuren", "Ik kan hiermee instemmen". Between the modal and the infinitive stand only
// the subject and filler; nothing in the clause makes it conditional, later or hedged, and
// the infinitive is approving ("kan ik niet goedkeuren" is infinitiveAt's).
func modalApproveAt(toks []token, i int) (match, bool) {
	if !approveInfinitives[toks[i].norm] {
		return match{}, false
	}
	clause := toks[i].clause
	for j := prevWordTok(toks, i); j >= 0 && toks[j].clause == clause; j = prevWordTok(toks, j) {
		if w := toks[j].norm; modalApproveBad[w] || negators[w] || hedgeWords[w] || conditionalWords[w] {
			return match{}, false
		}
	}
	for j := nextWord(toks, i); j >= 0 && toks[j].clause == clause; j = nextWord(toks, j) {
		if w := toks[j].norm; modalApproveBad[w] || negators[w] || hedgeWords[w] || (conditionalWords[w] && w != "onder") {
			return match{}, false
		}
	}
	subject, modal, first := false, false, i
	for j := prevWordTok(toks, i); j >= 0 && toks[j].clause == clause; j = prevWordTok(toks, j) {
		w := toks[j].norm
		switch {
		case firstPersonWords[w] && !subject:
			subject, first = true, j
		case approveModals[w] && !modal:
			modal, first = true, j
		case modalFiller[w]:
		default:
			if !subject || !modal {
				return match{}, false
			}
			return match{cat: catApprove, first: first, last: i, vocab: true}, true
		}
		if subject && modal {
			// Both found: what is before them is a lead-in; a modal that opens the clause
			// asks ("Kan ik instemmen met dit verzoek").
			p := prevWordTok(toks, j)
			if (p < 0 || toks[p].clause != clause) && approveModals[toks[first].norm] && j == first {
				return match{}, false
			}
			if p < 0 || toks[p].clause != clause || !modalFiller[toks[p].norm] {
				return match{cat: catApprove, first: first, last: i, vocab: true}, true
			}
		}
	}
	return match{}, false
}

// mergeMatches adds the vocabulary matches to the phrase matches, in text order.
func mergeMatches(all, extra []match) []match {
	if len(extra) == 0 {
		return all
	}
	out := make([]match, 0, len(all)+len(extra))
	i, j := 0, 0
	for i < len(all) || j < len(extra) {
		if j >= len(extra) || (i < len(all) && all[i].first < extra[j].first) {
			out = append(out, all[i])
			i++
			continue
		}
		out = append(out, extra[j])
		j++
	}
	return out
}

// askedFor reports a consent noun in the phrase followed by "nodig"/"needed" in its clause:
// "ik heb nog goedkeuring nodig", "geen toestemming nodig", "approval needed from Finance".
func (a *analysis) askedFor(mt match) bool {
	noun := false
	for j := mt.first; j <= mt.last; j++ {
		switch a.toks[j].norm {
		case "goedkeuring", "toestemming", "instemming", "fiat", "akkoord", "approval", "permission", "consent",
			"authorisation", "authorization", "signoff", "off", "zegen", "blessing", "licht":
			noun = true
		}
	}
	if !noun {
		return false
	}
	clause := a.toks[mt.last].clause
	for j, n := nextWord(a.toks, mt.last), 0; j >= 0 && n < 6 && a.toks[j].clause == clause; j, n = nextWord(a.toks, j), n+1 {
		if neededWords[a.toks[j].norm] {
			return true
		}
	}
	return false
}

// A formal grant on behalf of a body: "Hierbij geef ik namens het college van
// kerkrentmeesters toestemming voor …", "Namens het bestuur verleen ik u hierbij goedkeuring",
// "I hereby give, on behalf of the board, permission to …". The verb of granting, the
// writer, "namens"/"on behalf of" and at most six words naming the body, then the noun of
// consent (with "mijn/onze/hierbij" before it). The whole span is the phrase; a negation
// before the noun is read as for any phrase.
var (
	grantVerbs      = set("geef", "geven", "verleen", "verlenen", "give", "grant")
	grantBetween    = set("ik", "wij", "we", "i", "hierbij", "bij", "deze", "hereby", "u", "je", "jullie", "you", "mijn", "onze", "my", "our")
	consentNounWord = set("goedkeuring", "toestemming", "instemming", "fiat", "akkoord", "approval", "permission", "consent", "authorisation", "authorization")
)

func grantOnBehalf(toks []token, i int) (match, bool) {
	if !grantVerbs[toks[i].norm] {
		return match{}, false
	}
	j := nextWord(toks, i)
	for j >= 0 && grantBetween[toks[j].norm] && toks[j].sent == toks[i].sent {
		j = nextWord(toks, j)
	}
	if j < 0 || toks[j].sent != toks[i].sent {
		return match{}, false
	}
	switch {
	case toks[j].norm == "namens":
	case toks[j].norm == "on":
		if b := nextWord(toks, j); b >= 0 && toks[b].norm == "behalf" {
			if o := nextWord(toks, b); o >= 0 && toks[o].norm == "of" {
				j = o
				break
			}
		}
		return match{}, false
	default:
		return match{}, false
	}
	for k, n := nextWord(toks, j), 0; k >= 0 && toks[k].sent == toks[i].sent && n <= 8; k, n = nextWord(toks, k), n+1 {
		w := toks[k].norm
		if consentNounWord[w] {
			if n < 1 || n > 8 {
				return match{}, false
			}
			return match{cat: catApprove, first: i, last: k, vocab: false}, true
		}
		if negators[w] || conditionalWords[w] && w != "van" || hedgeWords[w] {
			return match{}, false
		}
	}
	return match{}, false
}
