package mail

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// The quoted approval request, as spocd sends it (text form).
const quotedRequestNL = `Goedkeuring gevraagd voor SPOC-0042: Extra werkplek afdeling Burgerzaken
Geschatte kosten: € 450,00

Antwoord "akkoord" om goed te keuren of "niet akkoord" om af te wijzen.

spocd-token: abcdefghijklmnopqrstuvwxyz`

func quoteGT(s string) string {
	var b strings.Builder
	for _, l := range strings.Split(s, "\n") {
		if l == "" {
			b.WriteString(">\n")
		} else {
			b.WriteString("> " + l + "\n")
		}
	}
	return b.String()
}

func TestStripReply(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"plain", "Akkoord\n", "Akkoord"},
		{"outlook desktop nl", "Akkoord, graag voor vrijdag.\r\n\r\nMet vriendelijke groet,\r\n\r\nJan Jansen\r\nTeamleider Burgerzaken\r\n\r\nVan: SPOC Gemeente <spoc@gemeente.nl> \r\nVerzonden: woensdag 25 november 2026 10:12\r\nAan: Jansen, Jan <j.jansen@gemeente.nl>\r\nOnderwerp: [SPOC-0042 a:abcdefghijklmnopqrstuvwxyz] Goedkeuring gevraagd\r\n\r\n" + quotedRequestNL, "Akkoord, graag voor vrijdag."},
		{"outlook desktop en", "Approved.\n\nFrom: SPOC <spoc@example.org>\nSent: Wednesday, November 25, 2026 10:12 AM\nTo: Jan <jan@example.org>\nSubject: Approval\n\n" + quotedRequestNL, "Approved."},
		{"outlook exchange name only", "Niet akkoord - te duur\n\nVan: SPOC Gemeente\nVerzonden: woensdag 25 november 2026 10:12\nAan: Jansen, Jan\nOnderwerp: Goedkeuring\n\n" + quotedRequestNL, "Niet akkoord - te duur"},
		{"outlook web underscores", "akkoord\n\n________________________________\nVan: SPOC <spoc@gemeente.nl>\nVerzonden: woensdag 25 november 2026 10:12\nAan: Jan\nOnderwerp: x\n\n" + quotedRequestNL, "akkoord"},
		{"original message", "Akkoord\n\n-----Oorspronkelijk bericht-----\nVan: SPOC\nVerzonden: woensdag\n" + quotedRequestNL, "Akkoord"},
		{"original message en", "ok approved\n\n-----Original Message-----\nFrom: SPOC\n" + quotedRequestNL, "ok approved"},
		// Zimbra and others below an "Original message" header block with '>' quoting: the
		// unquoted lines after the quote are the answer (heldout16 h16-082 read empty).
		{"bottom post below original message header", "----- Oorspronkelijk bericht -----\nVan: \"SPOC\" <spoc@x.nl>\nAan: \"Gerda\" <g@x.nl>\nVerzonden: Maandag 2 november 2026 10:10:45\nOnderwerp: [SPOC-0106] Akkoord gevraagd\n\n> Hallo Gerda,\n> Daarvoor is jouw akkoord nodig.\n\nDus: niet akkoord. Ik bel de aannemer zelf.\n\nGerda\n", "Dus: niet akkoord. Ik bel de aannemer zelf.\n\nGerda"},
		{"interleaved below original message header", "-----Original Message-----\nFrom: SPOC <spoc@x.org>\nSent: Monday\nSubject: x\n\n> Do you approve?\n\nYes, approved.\n\n> Amount: 480\n", "Yes, approved."},
		// The same header block followed by the unquoted original stays all quote.
		{"original message header, original unquoted", "-----Original Message-----\nFrom: SPOC <spoc@x.org>\nSent: Monday\nSubject: x\n\nPlease reply akkoord to approve.\n", ""},
		// Thunderbird and Apple Mail inline replies with a greeting (or a pointer) typed
		// right below the attribution line, above the quoted request (heldout56 h56-019,
		// heldout50 h50-045 read empty).
		{"greeting between attribution and inline quote", "Op 28-11-2026 om 19:37 schreef SPOC Wijkzorg:\nHoi,\n\n> Onderwerp:   Smartphones vervangen\n\nHet werd tijd.\n\n> Meerwerk:    ja, geschat € 2.160,00\n\nAkkoord.\n\nAnnemieke\n", "Hoi,\n\nHet werd tijd.\n\nAkkoord.\n\nAnnemieke"},
		{"pointer between attribution and inline quote", "On 26 Nov 2026, at 14:13, SPOC <spoc@x.org> wrote:\n\nDear Lotte,\n\nMy answers are between the lines.\n\n> Five taps will be sampled.\n\nFive is enough.\n\n> spocd-token: abcdefghijklmnopqrstuvwxyz\n\nApproved.\n", "Dear Lotte,\n\nMy answers are between the lines.\n\nFive is enough.\n\nApproved."},
		// The request itself left unquoted below the attribution (its own '>' lines of
		// the request text are no answer), or more than a greeting above the quote.
		{"unquoted request below attribution", "Op 28-11-2026 om 19:37 schreef SPOC Wijkzorg:\nHallo Anna,\n\n> Graag koffie en thee.\n\nReferentie:  SPOC-0042\nAntwoord met \"akkoord\" om goed te keuren.\n\nspocd-token: abcdefghijklmnopqrstuvwxyz\n", ""},
		{"long text between attribution and quote", "Op 28-11-2026 om 19:37 schreef SPOC Wijkzorg:\nHallo Anna,\nJan vraagt het volgende meerwerk aan.\nDaarvoor is jouw akkoord nodig.\nAkkoord: antwoord met akkoord.\n\n> Graag koffie en thee.\n\nakkoord\n", ""},
		{"bold header from gmail conversion", "Akkoord\n\n*Van:* SPOC Gemeente <spoc@gemeente.nl>\n*Verzonden:* woensdag 25 november 2026 10:12\n*Aan:* Jan\n*Onderwerp:* x\n\n" + quotedRequestNL, "Akkoord"},
		{"outlook ios compact", "Akkoord\n\nOutlook voor iOS downloaden<https://aka.ms/o0ukef>\n________________________________\nVan: SPOC Gemeente <spoc@gemeente.nl>\nVerzonden: Wednesday, November 25, 2026 10:12:31 AM\nAan: Jan Jansen <jan@x.nl>\nOnderwerp: x\n\n" + quotedRequestNL, "Akkoord"},
		{"outlook inline header", "Akkoord\n\nFrom: SPOC <spoc@x.nl> Sent: Wednesday, November 25, 2026 10:12 To: Jan Subject: x\n" + quotedRequestNL, "Akkoord"},
		{"gmail nl", "Akkoord\n\nOp wo 25 nov. 2026 om 10:12 schreef SPOC Gemeente <spoc@gemeente.nl>:\n\n" + quoteGT(quotedRequestNL), "Akkoord"},
		{"gmail nl wrapped", "Akkoord\n\nOp wo 25 nov. 2026 om 10:12 schreef SPOC Gemeente Voorbeeld <\nspoc@gemeente-voorbeeld.nl>:\n\n" + quoteGT(quotedRequestNL), "Akkoord"},
		{"gmail en", "Approved, thanks!\n\nOn Wed, Nov 25, 2026 at 10:12 AM SPOC <spoc@example.org> wrote:\n\n" + quoteGT(quotedRequestNL), "Approved, thanks!"},
		{"apple nl", "Akkoord\n\nVerstuurd vanaf mijn iPhone\n\n> Op 25 nov. 2026, om 10:12 heeft SPOC Gemeente <spoc@gemeente.nl> het volgende geschreven:\n>\n" + quoteGT(quotedRequestNL), "Akkoord"},
		{"apple nl unquoted attribution", "Akkoord\n\n\nOp 25 nov. 2026, om 10:12 heeft SPOC Gemeente <spoc@gemeente.nl> het volgende geschreven:\n\n" + quoteGT(quotedRequestNL), "Akkoord"},
		{"thunderbird nl", "Akkoord.\n\nOp 25-11-2026 om 10:12 schreef SPOC Gemeente:\n" + quoteGT(quotedRequestNL), "Akkoord."},
		{"thunderbird en", "Approved\n\nOn 25/11/2026 10:12, SPOC Gemeente wrote:\n" + quoteGT(quotedRequestNL), "Approved"},
		{"who schreef", "Akkoord\n\nSPOC Gemeente <spoc@gemeente.nl> schreef:\n" + quoteGT(quotedRequestNL), "Akkoord"},
		{"gt quoting only", "akkoord\n\n" + quoteGT(quotedRequestNL), "akkoord"},
		{"bottom post", "Op wo 25 nov. 2026 om 10:12 schreef SPOC <spoc@gemeente.nl>:\n" + quoteGT(quotedRequestNL) + "\nAkkoord, graag snel.\n\nJan", "Akkoord, graag snel.\n\nJan"},
		{"inline", "Op wo 25 nov. 2026 om 10:12 schreef SPOC <spoc@gemeente.nl>:\n> Geschatte kosten: € 450,00\nDat is veel.\n> Antwoord akkoord of niet akkoord\nNiet akkoord.\n", "Dat is veel.\n\nNiet akkoord."},
		{"quote only", "\n\nOp wo 25 nov. 2026 om 10:12 schreef SPOC <spoc@gemeente.nl>:\n" + quoteGT(quotedRequestNL), ""},
		{"outlook quote only", "\r\n\r\nVan: SPOC <spoc@x.nl>\r\nVerzonden: woensdag\r\nAan: Jan\r\nOnderwerp: x\r\n\r\n" + quotedRequestNL, ""},
		{"signature dashes", "Akkoord\n-- \nJan Jansen\nakkoord@example.org", "Akkoord"},
		{"mvg", "Akkoord\nMvg Jan", "Akkoord"},
		{"kind regards", "Approved\n\nKind regards,\nJan", "Approved"},
		{"sent from iphone", "Akkoord\n\nSent from my iPhone", "Akkoord"},
		{"verzonden vanuit outlook", "Akkoord\n\nVerzonden vanuit Outlook voor Android<https://aka.ms/AAb9ysg>", "Akkoord"},
		{"get outlook", "Approved\n\nGet Outlook for iOS<https://aka.ms/o0ukef>", "Approved"},
		{"disclaimer", "Akkoord\n\nDit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Aan dit bericht kunnen geen rechten worden ontleend; niet akkoord met misbruik.", "Akkoord"},
		{"disclaimer en", "Approved\n\nThis e-mail and any attachments are confidential. No rights.", "Approved"},
		{"external banner", "LET OP: Deze e-mail is afkomstig van buiten de organisatie.\n\nAkkoord", "Akkoord"},
		{"bedankt alone cut", "Akkoord.\nBedankt!\nJan", "Akkoord."},
		{"bedankt with decision kept", "Bedankt, akkoord", "Bedankt, akkoord"},
		{"forward marker", "Karin, kun jij hiernaar kijken?\n\n---------- Forwarded message ---------\nVan: SPOC <spoc@x.nl>\n" + quotedRequestNL, "Karin, kun jij hiernaar kijken?"},
		{"greeting and akkoord kept", "Hoi Piet,\n\nAkkoord", "Hoi Piet,\n\nAkkoord"},
		{"groupwise", "Akkoord\n\n>>> \"SPOC Gemeente\" <spoc@gemeente.nl> 25-11-2026 10:12 >>>\nBeste Jan,\nAntwoord akkoord of niet akkoord.", "Akkoord"},
		{"zero width and nbsp", "\ufeffAkkoord\u00a0\u200b", "Akkoord"},
		{"empty", "", ""},
		{"only whitespace", " \n\t\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := StripReply(tt.in); got != tt.want {
				t.Errorf("StripReply() = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestStripReplyKinds(t *testing.T) {
	tests := []struct {
		in   string
		want quoteKind
	}{
		{"akkoord", quoteNone},
		{"a\n\nOp wo 25 nov. 2026 om 10:12 schreef X <x@y.nl>:\n> q", quoteReply},
		{"a\n\nVan: X\nAan: Y\n", quoteHeader},
		{"a\n\n-------- Doorgestuurd bericht --------\nOnderwerp: x", quoteForward},
		{"a\n\nBegin doorgestuurd bericht:\n\n> Van: x", quoteForward},
	}
	for _, tt := range tests {
		if got := stripReply(tt.in).kind; got != tt.want {
			t.Errorf("stripReply(%q).kind = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestReadReplyDecisions(t *testing.T) {
	tests := []struct {
		text      string
		decision  Decision
		remark    string
		ambiguous string
	}{
		{"akkoord", DecisionApprove, "", ""},
		{"Akkoord", DecisionApprove, "", ""},
		{"AKKOORD!", DecisionApprove, "", ""},
		{"Ja, akkoord", DecisionApprove, "", ""},
		{"ja akkoord", DecisionApprove, "", ""},
		{"Akkoord, graag voor vrijdag", DecisionApprove, "graag voor vrijdag", ""},
		{"Akkoord: graag voor vrijdag.", DecisionApprove, "graag voor vrijdag.", ""},
		{"Hoi Piet,\n\nAkkoord, graag voor vrijdag.\n\nGroet,\nJan", DecisionApprove, "graag voor vrijdag.", ""},
		{"Hoi Piet, akkoord.", DecisionApprove, "", ""},
		{"Beste SPOC,\n\nHierbij akkoord.", DecisionApprove, "", ""},
		{"Prima, akkoord.", DecisionApprove, "", ""},
		{"Ok, akkoord van mijn kant", DecisionApprove, "", ""},
		{"Wat mij betreft akkoord.", DecisionApprove, "", ""},
		{"Ik ga akkoord.", DecisionApprove, "", ""},
		{"Is akkoord", DecisionApprove, "", ""},
		{"Goedgekeurd", DecisionApprove, "", ""},
		{"Approved", DecisionApprove, "", ""},
		{"Yes, approved. Please go ahead.", DecisionApprove, "Please go ahead.", ""},
		{"I approve", DecisionApprove, "", ""},
		{"Agreed.", DecisionApprove, "", ""},
		{"Akkóórd", DecisionApprove, "", ""},
		{"Dank voor je mail.\n\nAkkoord, maar graag de factuur naar mij.", DecisionApprove, "maar graag de factuur naar mij.", ""},
		{"Akkoord, zo snel als mogelijk graag", DecisionApprove, "zo snel als mogelijk graag", ""},
		{"Akkoord. Groet, Jan", DecisionApprove, "", ""},
		{"Akkoord, no problem", DecisionApprove, "no problem", ""},
		{"Approved. There is no rush.", DecisionApprove, "There is no rush.", ""},
		{"Akkoord 👍", DecisionApprove, "", ""},
		{"Akkoord, graag voor vrijdag.\n\nJan Jansen\nTeamleider Burgerzaken\nT 030 123 45 67", DecisionApprove, "graag voor vrijdag.", ""},
		{"niet akkoord\n\nTe duur.\n\nJan", DecisionReject, "Te duur.", ""},
		{"Akkoord.\n\nGraag voor vrijdag", DecisionApprove, "Graag voor vrijdag", ""},
		{"Akkoord\n\nJan", DecisionApprove, "", ""},
		{"Hoi Piet,\n\nAkkoord", DecisionApprove, "", ""},

		{"niet akkoord", DecisionReject, "", ""},
		{"Niet akkoord - te duur", DecisionReject, "te duur", ""},
		{"Geen akkoord, te duur", DecisionReject, "te duur", ""},
		{"Nee", DecisionReject, "", ""},
		{"Nee, te duur.", DecisionReject, "te duur.", ""},
		{"Afgewezen", DecisionReject, "", ""},
		{"Rejected: too expensive", DecisionReject, "too expensive", ""},
		{"Not approved", DecisionReject, "", ""},
		{"No.", DecisionReject, "", ""},
		{"Ik ga niet akkoord.", DecisionReject, "", ""},
		{"Daar ga ik niet mee akkoord", DecisionReject, "", ""},
		{"Ik ben het er niet mee akkoord", DecisionReject, "", ""},
		{"I don't approve this.", DecisionReject, "", ""},
		{"I don't approve, too expensive.", DecisionReject, "too expensive.", ""},
		{"Niet goedgekeurd", DecisionReject, "", ""},
		{"Declined", DecisionReject, "", ""},
		{"Hoi, niet akkoord. Dit moet via het budget van volgend jaar.", DecisionReject, "Dit moet via het budget van volgend jaar.", ""},

		{"akkoord?", DecisionNone, "", AmbiguousQuestion},
		{"Is dit akkoord?", DecisionNone, "", AmbiguousQuestion},
		{"Moet ik akkoord geven", DecisionNone, "", AmbiguousQuestion},
		{"Moet ik hier\nakkoord op geven?", DecisionNone, "", AmbiguousQuestion},
		{"Kun jij akkoord geven", DecisionNone, "", AmbiguousQuestion},
		{"Akkoord als het voor vrijdag kan", DecisionNone, "", AmbiguousConditional},
		{"Akkoord mits het onder de 500 euro blijft", DecisionNone, "", AmbiguousConditional},
		{"Akkoord, indien budget beschikbaar", DecisionNone, "", AmbiguousConditional},
		{"Akkoord op voorwaarde dat het voor 1 januari klaar is", DecisionNone, "", AmbiguousConditional},
		{"Akkoord onder voorbehoud van goedkeuring door de directeur", DecisionNone, "", AmbiguousConditional},
		{"Akkoord, maar alleen als het onder de 500 blijft", DecisionNone, "", AmbiguousConditional},
		{"Akkoord. Als het meer dan 500 euro wordt hoor ik het graag.", DecisionNone, "", AmbiguousConditional},
		{"Approved if it stays under 500", DecisionNone, "", AmbiguousConditional},
		{"Approved provided the invoice goes to finance", DecisionNone, "", AmbiguousConditional},
		{"Approved unless IT objects", DecisionNone, "", AmbiguousConditional},
		{"Ja en nee", DecisionNone, "", AmbiguousMixed},
		{"Akkoord. Of eigenlijk niet akkoord.", DecisionNone, "", AmbiguousMixed},
		{"Nog niet akkoord", DecisionNone, "", AmbiguousNotYet},
		{"Not approved yet", DecisionNone, "", AmbiguousNotYet},
		{"Even wachten, ik moet eerst overleggen.", DecisionNone, "", AmbiguousDeferred},
		{"Akkoord, maar even wachten tot maandag", DecisionNone, "", AmbiguousDeferred},
		{"Eerst overleggen, dan akkoord", DecisionNone, "", AmbiguousDeferred},
		{"Ik denk dat het akkoord is", DecisionNone, "", AmbiguousHedged},
		{"Misschien akkoord", DecisionNone, "", AmbiguousHedged},
		{"Karin, geef jij even akkoord", DecisionNone, "", AmbiguousRequest},
		{"Please approve", DecisionNone, "", AmbiguousRequest},
		{"Ik weet niet of dit akkoord is", DecisionNone, "", AmbiguousNegated},
		{"Niet afgewezen", DecisionNone, "", AmbiguousNegated},
		{"Ik heb deze aanvraag met de afdeling besproken en we hebben besloten dat het beter is om te wachten met de aanschaf tot volgend jaar, dus akkoord is het nu niet.", DecisionNone, "", AmbiguousDeferred},
		{"Ik heb deze aanvraag met de afdeling besproken. Het budget is dit jaar op. Marieke is akkoord met een flexplek voor de eerste weken.", DecisionNone, "", AmbiguousNotAtStart},
		{"Ok", DecisionApprove, "", ""}, // a verbal OK to a request for approval is a yes
		{"Prima!", DecisionApprove, "", ""},
		{"Helder!", DecisionNone, "", AmbiguousUnclear}, // understood, not agreed
		{"👍", DecisionNone, "", AmbiguousUnclear},
		{"Zie bijlage", DecisionNone, "", ""},
		{"Karin heeft al akkoord gegeven.", DecisionNone, "", AmbiguousNotAtStart},
		{"Marieke is akkoord", DecisionNone, "", AmbiguousNotAtStart},
		{"Ik heb al akkoord gegeven", DecisionApprove, "", ""},
		{"Dat is fors, maar het moet.\n\nAkkoord.", DecisionApprove, "", ""},
		{"Helemaal akkoord!", DecisionApprove, "", ""},
		{"Akkoord hoor", DecisionApprove, "", ""},
		{"Akkoord, tenzij Piet bezwaar heeft", DecisionNone, "", AmbiguousConditional},
		{"Approved, but only up to 500 euro", DecisionNone, "", AmbiguousConditional},
		{"Akkoord, maar dan voor maximaal € 500", DecisionNone, "", AmbiguousConditional},
		{"Ja graag", DecisionApprove, "", ""}, // "yes please": every such reply in the corpora (seven) is an approval
		{"Akkoord (max. € 500)", DecisionNone, "", AmbiguousConditional},
		{"Approved up to EUR 500", DecisionNone, "", AmbiguousConditional},
		{"Doe maar", DecisionApprove, "", ""}, // "go ahead": a permission, not an acknowledgement
		{"Akkoord.\nKun je zorgen dat het snel klaar is?", DecisionApprove, "Kun je zorgen dat het snel klaar is?", ""},
		{"Je hebt mijn akkoord", DecisionApprove, "", ""}, // "you have my approval", not "geef jij akkoord"
		{"Heb je mijn akkoord nodig?", DecisionNone, "", AmbiguousRequest},
		{"Akkoord van mijn kant, Karin moet nog even kijken", DecisionNone, "", AmbiguousDeferred},
		{"Nee, akkoord", DecisionNone, "", AmbiguousMixed},
		{"Waarom niet akkoord?", DecisionNone, "", AmbiguousQuestion},
		{"LET OP: Deze e-mail is afkomstig van buiten de organisatie.\nAkkoord", DecisionApprove, "", ""},
		{"", DecisionNone, "", ""},
		{"Niet akkoordtje", DecisionNone, "", ""}, // whole words only
		{"Antwoord \"akkoord\" om goed te keuren of \"niet akkoord\" om af te wijzen.", DecisionNone, "", AmbiguousMixed},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := ReadReplyAt(tt.text, "", DefaultKeywords(), time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC))
			if r.Decision != tt.decision || r.Remark != tt.remark || r.Ambiguous != tt.ambiguous {
				t.Errorf("ReadReply(%q) = {%s remark=%q ambiguous=%q}, want {%s remark=%q ambiguous=%q}",
					tt.text, r.Decision, r.Remark, r.Ambiguous, tt.decision, tt.remark, tt.ambiguous)
			}
			if r.Status != StatusNone {
				t.Errorf("ReadReply(%q).Status = %q, want none", tt.text, r.Status)
			}
		})
	}
}

func TestReadReplyStatus(t *testing.T) {
	ref := time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC)
	tests := []struct {
		text      string
		status    Status
		date      string
		ambiguous string
	}{
		{"Ingepland", StatusScheduled, "", ""},
		{"Ingepland op 3 december", StatusScheduled, "2026-12-03", ""},
		{"Ingepland op 3 december 2026.", StatusScheduled, "2026-12-03", ""},
		{"Ingepland op donderdag 3-12-2026 om 10:00", StatusScheduled, "2026-12-03", ""},
		{"Ingepland op 03-12-2026", StatusScheduled, "2026-12-03", ""},
		{"Ingepland: 2026-12-03", StatusScheduled, "2026-12-03", ""},
		{"Scheduled for December 3, 2026", StatusScheduled, "2026-12-03", ""},
		{"Ingepland op 3-12", StatusScheduled, "2026-12-03", ""},
		{"Ingepland op 12 januari", StatusScheduled, "2027-01-12", ""},
		{"Gepland op 31-02-2026", StatusScheduled, "", ""},
		{"Beste Jan,\n\nUw verzoek is ingepland op 3 december tussen 9-12 uur.", StatusScheduled, "2026-12-03", ""},
		{"Gereed", StatusDone, "", ""},
		{"Opgelost.", StatusDone, "", ""},
		{"Het werk is afgerond", StatusDone, "", ""},
		{"Done", StatusDone, "", ""},
		{"Geachte heer Jansen,\n\nUw melding M2611 0123 is gereed gemeld.\n\nMet vriendelijke groet,\nServicedesk", StatusDone, "", ""},
		{"Hello,\n\nIncident INC0012345 has been resolved. Please reply if the issue persists, the ticket will be closed after 5 days.", StatusDone, "", ""},
		{"Annuleren graag", StatusCancelled, "", ""},
		{"Cancel", StatusCancelled, "", ""},
		{"Nog niet gereed", StatusNone, "", AmbiguousNotYet},
		{"Niet ingepland", StatusNone, "", AmbiguousNegated},
		{"Is het al gereed?", StatusNone, "", AmbiguousQuestion},
		{"Wordt morgen opgelost", StatusNone, "", AmbiguousFuture},
		{"Bijna klaar", StatusNone, "", AmbiguousFuture},
		{"Ingepland voor maandag, maar nog niet gereed.", StatusNone, "", AmbiguousMixed},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := ReadReplyAt(tt.text, "", DefaultKeywords(), ref)
			if r.Status != tt.status || r.Date != tt.date || r.Ambiguous != tt.ambiguous {
				t.Errorf("ReadReply(%q) = {status=%q date=%q ambiguous=%q}, want {status=%q date=%q ambiguous=%q}",
					tt.text, r.Status, r.Date, r.Ambiguous, tt.status, tt.date, tt.ambiguous)
			}
			if r.Decision != DecisionNone {
				t.Errorf("ReadReply(%q).Decision = %q, want none", tt.text, r.Decision)
			}
		})
	}
}

func TestReadReplyQuotedRequestNeverDecides(t *testing.T) {
	// The quoted request contains both "akkoord" and "niet akkoord"; every client
	// format without new text must give no decision.
	bodies := []string{
		"\n\nOp wo 25 nov. 2026 om 10:12 schreef SPOC <spoc@gemeente.nl>:\n" + quoteGT(quotedRequestNL),
		"Van: SPOC <spoc@x.nl>\nVerzonden: woensdag\nAan: Jan\nOnderwerp: x\n\n" + quotedRequestNL,
		quoteGT(quotedRequestNL),
		quotedRequestNL,
		"Verzonden vanaf mijn iPhone\n\n" + quoteGT(quotedRequestNL),
	}
	for _, b := range bodies {
		r := ReadReply(b, "", DefaultKeywords())
		if r.Decision != DecisionNone {
			t.Errorf("ReadReply(%q).Decision = %q, want none", b, r.Decision)
		}
	}
}

func TestReadReplyHTML(t *testing.T) {
	html := `<html><body><div dir="ltr">Akkoord, graag snel.</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">Op wo 25 nov. 2026 om 10:12 schreef SPOC</div><blockquote class="gmail_quote">Antwoord "akkoord" of "niet akkoord".</blockquote></div></body></html>`
	r := ReadReply("", html, DefaultKeywords())
	if r.Decision != DecisionApprove || r.Remark != "graag snel." {
		t.Errorf("ReadReply(html) = %+v, want approve with remark", r)
	}
	// The text part without a recognisable quote, the HTML with one: the HTML cut wins.
	text := "Akkoord\n\nSomething unusual\nAntwoord \"akkoord\" of \"niet akkoord\"."
	r = ReadReply(text, html, DefaultKeywords())
	if r.Decision != DecisionApprove {
		t.Errorf("ReadReply(text, html) = %+v, want approve", r)
	}
}

func TestReadReplyCustomKeywords(t *testing.T) {
	kw := Keywords{Approve: []string{"goed zo"}, Reject: []string{"afgeblazen"}}
	if r := ReadReply("Goed zo!", "", kw); r.Decision != DecisionApprove {
		t.Errorf("custom approve = %q, want approve", r.Decision)
	}
	if r := ReadReply("akkoord", "", kw); r.Decision != DecisionNone {
		t.Errorf("akkoord with custom list = %q, want none", r.Decision)
	}
	if r := ReadReply("Gereed", "", kw); r.Status != StatusDone {
		t.Errorf("empty Done list falls back to default: status = %q, want done", r.Status)
	}
}

func TestReadMessageReply(t *testing.T) {
	kw := DefaultKeywords()
	m := &Message{Subject: "RE: [SPOC-0042] Extra werkplek", Text: "Akkoord"}
	if r := ReadMessageReply(m, kw); r.Decision != DecisionApprove {
		t.Errorf("reply = %+v, want approve", r)
	}
	m = &Message{Subject: "FW: [SPOC-0042] Extra werkplek", Text: "Akkoord"}
	if r := ReadMessageReply(m, kw); r.Decision != DecisionNone || r.Ambiguous != AmbiguousForward {
		t.Errorf("forward = %+v, want none/forward", r)
	}
	m = &Message{Subject: "Automatisch antwoord: x", Text: "Akkoord", Ignore: IgnoreReason("auto-reply")}
	if r := ReadMessageReply(m, kw); r.Decision != DecisionNone || r.Ambiguous != AmbiguousIgnored {
		t.Errorf("ignored = %+v, want none/ignored", r)
	}
	if r := ReadMessageReply(nil, kw); r.Decision != DecisionNone {
		t.Errorf("nil = %+v, want none", r)
	}
}

func TestIsForwardSubject(t *testing.T) {
	tests := map[string]bool{
		"FW: x": true, "Fwd: x": true, "Doorst: x": true, "WG: x": true, "fw:x": true,
		"RE: FW: x": false, "Antw: x": false, "x": false, "": false, "Fwd": false,
	}
	for in, want := range tests {
		if got := IsForwardSubject(in); got != want {
			t.Errorf("IsForwardSubject(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestFindDate(t *testing.T) {
	ref := time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)
	tests := map[string]string{
		"3-12-2026":         "2026-12-03",
		"03-12-2026":        "2026-12-03",
		"3/12/2026":         "2026-12-03",
		"3.12.2026":         "2026-12-03",
		"2026-12-03":        "2026-12-03",
		"3 december 2026":   "2026-12-03",
		"3 dec. 2026":       "2026-12-03",
		"december 3, 2026":  "2026-12-03",
		"Dec 3rd 2026":      "2026-12-03",
		"3 december":        "2026-12-03",
		"1 mei":             "2027-05-01",
		"12/25/2026":        "2026-12-25",
		"op 4-1":            "2027-01-04",
		"9-12 uur":          "",
		"om 10.30":          "",
		"30 februari 2026":  "",
		"SPOC-0042":         "",
		"nothing here":      "",
		"99-99-9999":        "",
		"31 december 99999": "",
	}
	for in, want := range tests {
		if got := findDate(in, 0, ref); got != want {
			t.Errorf("findDate(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestReadReplyHostile(t *testing.T) {
	inputs := []string{
		strings.Repeat("akkoord ", 100000),
		strings.Repeat("> ", 100000),
		strings.Repeat("Op ", 50000) + "schreef:",
		strings.Repeat("\n", 100000),
		strings.Repeat("Van: x\n", 10000),
		"\xff\xfe\xfd akkoord \xc3",
		strings.Repeat("a", 2<<20),
		strings.Repeat("Hoi,", 1000),
		strings.Repeat("Van: "+strings.Repeat("a ", 500)+"\n", 5000),
		strings.Repeat("Op "+strings.Repeat("1 a ", 300)+":\n", 3000),
		strings.Repeat("<div>akkoord</div>", 50000),
		strings.Repeat("niet, ", 100000),
	}
	for _, in := range inputs {
		r := ReadReply(in, in, DefaultKeywords())
		if !utf8.ValidString(r.NewText) || !utf8.ValidString(r.Remark) {
			t.Errorf("ReadReply gave invalid UTF-8")
		}
	}
}

func FuzzReadReply(f *testing.F) {
	seeds := []string{"akkoord", "niet akkoord - te duur", "Hoi Piet,\n\nakkoord?\n\nGroet", "Ingepland op 3 december",
		"Op wo 25 nov. 2026 om 10:12 schreef X <x@y.nl>:\n> akkoord\nja", quotedRequestNL, "Van: x\nAan: y\n", ""}
	for _, s := range seeds {
		f.Add(s, "")
	}
	f.Add("", `<div>akkoord</div><div id="divRplyFwdMsg">x</div>`)
	f.Fuzz(func(t *testing.T, text, html string) {
		r := ReadReply(text, html, DefaultKeywords())
		switch r.Decision {
		case DecisionNone, DecisionApprove, DecisionReject:
		default:
			t.Fatalf("Decision = %q", r.Decision)
		}
		if r.Decision != DecisionNone && r.Ambiguous != "" {
			t.Fatalf("Decision %q with Ambiguous %q", r.Decision, r.Ambiguous)
		}
		if r.Date != "" {
			if _, err := time.Parse("2006-01-02", r.Date); err != nil {
				t.Fatalf("Date %q: %v", r.Date, err)
			}
		}
		if (r.Decision != DecisionNone || r.Status != StatusNone) && strings.TrimSpace(r.NewText) == "" {
			t.Fatalf("decision %q / status %q from empty new text", r.Decision, r.Status)
		}
		if !utf8.ValidString(r.NewText) {
			t.Fatalf("NewText is not valid UTF-8")
		}
	})
}

// BenchmarkReadReplyHostile reads 800 KB of decision phrases in one sentence: every
// reading that looks around each phrase must stay near-linear here (a per-phrase scan of the
// whole sentence once made this 74 s).
func BenchmarkReadReplyHostile(b *testing.B) {
	in := strings.Repeat("akkoord ", 100000)
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		ReadReply(in, "", DefaultKeywords())
	}
}

func BenchmarkReadReply(b *testing.B) {
	body := "Hoi Piet,\n\nAkkoord, graag voor vrijdag.\n\nMet vriendelijke groet,\nJan Jansen\nTeamleider\n\n" +
		"Van: SPOC Gemeente <spoc@gemeente.nl>\nVerzonden: woensdag 25 november 2026 10:12\nAan: Jan\nOnderwerp: x\n\n" +
		strings.Repeat(quotedRequestNL+"\n", 20)
	kw := DefaultKeywords()
	b.ReportAllocs()
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		ReadReply(body, "", kw)
	}
}

// Short yes answers, lead-ins and refusals with a next step: general phrasings, most of
// them in no corpus, with the traps next to them.
func TestShortAssentsLeadInsRefusals(t *testing.T) {
	checkDecisions(t, []decisionCase{
		// Only a clear yes approves.
		{"Ja, doe maar.", DecisionApprove},
		{"Ja hoor", DecisionApprove},
		{"Ja, prima!", DecisionApprove},
		{"Prima, ga je gang 👍", DecisionApprove},
		{"Go ahead.", DecisionApprove},
		{"Fine by me.", DecisionApprove},
		{"Sounds good, go ahead!", DecisionApprove},
		{"Eens.", DecisionApprove},
		{"Helemaal mee eens, doe maar.", DecisionApprove},
		{"Geen bezwaar.", DecisionApprove},
		{"Geen bezwaar, ga je gang", DecisionApprove},
		{"No objection.", DecisionApprove},
		{"Hoi Jan,\n\nJa, doe maar.\n\nGroet,\nPiet", DecisionApprove},
		{"Ja, doe maar.\n\nMarieke", DecisionApprove},
		{"Dank voor het uitzoeken. Ja, prima, ga je gang.", DecisionApprove},
		{"OK", DecisionApprove},
		{"Prima", DecisionApprove},
		{"👍", DecisionNone},
		{"Top, bedankt!", DecisionNone},
		{"Ja?", DecisionNone},
		{"Go ahead?", DecisionNone},
		{"Ja, doe maar, als het binnen het budget blijft.", DecisionNone},
		{"Ja, doe maar. Maar eerst de offerte.", DecisionNone},
		{"Doe maar niet.", DecisionReject},
		{"Geen bezwaar, maar ik ben niet bevoegd.", DecisionNone},
		{"Geen bezwaar als Piet akkoord is.", DecisionNone},
		{"Van mijn kant geen bezwaar, maar Karin beslist.", DecisionNone},
		{"Ok, but first check with finance.", DecisionNone},
		{"Ja, graag eerst een offerte.", DecisionNone},
		{"Prima, ik kijk er morgen naar.", DecisionNone},
		{"Sounds good.", DecisionApprove},
		// Lead-ins.
		{"Namens Marieke: akkoord. Zij heeft mij gevraagd dit tijdens haar verlof af te handelen.", DecisionApprove},
		{"Na overleg met de wethouder: akkoord. De kosten komen uit het budget van 2026.", DecisionApprove},
		{"Ik heb het even nagevraagd bij financiën en het is akkoord. Het budget is er.", DecisionApprove},
		{"Besproken in het MT — akkoord, graag in week 12 uitvoeren.", DecisionApprove},
		{"Discussed with the director: approved. Please schedule it after the holidays.", DecisionApprove},
		{"Besproken in het MT. Akkoord, graag in week 12 uitvoeren.", DecisionApprove},
		{"Dank voor het uitzoeken. Akkoord, de kosten vallen binnen het budget.", DecisionApprove},
		{"Na overleg met de wethouder: akkoord als het voor 1 juli klaar is.", DecisionNone},
		{"Na overleg met de wethouder: akkoord voor de helft van het bedrag.", DecisionNone},
		{"Ik heb het nagevraagd bij financiën en zij zijn akkoord. Ik moet er zelf nog naar kijken.", DecisionNone},
		{"Als het onder de 500 blijft: akkoord. Anders hoor ik het graag.", DecisionNone},
		{"Voor de koffie: akkoord. Voor de lunch nog niet.", DecisionNone},
		{"Nog niet besproken in het MT, maar akkoord. Ik kom erop terug.", DecisionNone},
		{"Is dit besproken met de wethouder? Akkoord dan.", DecisionNone},
		// Refusals.
		{"Liever niet. De kelder loopt bij hevige regen onder.", DecisionReject},
		{"Dat doen we liever niet, te duur.", DecisionReject},
		{"Please don't, we have spare chairs.", DecisionReject},
		{"No, please hold off.", DecisionReject},
		{"Niet akkoord, eerst overleggen met archiefbeheer.", DecisionReject},
		{"Niet akkoord. Eerst even overleggen met Piet.", DecisionReject},
		{"Liever niet nu, na de zomer misschien.", DecisionNone},
		{"Please don't forget the invoice. Akkoord.", DecisionApprove},
		{"Nee, nog niet. Eerst overleggen met Piet.", DecisionNone},
		{"Nee, ik kom erop terug.", DecisionNone},
		{"Niet akkoord?", DecisionNone},
		{"Ik denk niet akkoord, eerst overleggen.", DecisionNone},
		{"No, go ahead.", DecisionNone},
		{"Nee, geen bezwaar.", DecisionNone},
		{"Ik heb geen bezwaar.", DecisionApprove},
		{"Ja. Nee.", DecisionNone},
		{"Ja, niet akkoord.", DecisionNone},
	})
}

// Answers typed into the quoted request, and quotes made by indentation.
func TestInlineAnswersAndIndentQuotes(t *testing.T) {
	kw := DefaultKeywords()
	outlook := "Van: SPOC <spoc@x.nl>\nVerzonden: woensdag 25 november 2026 10:12\nAan: Jan\nOnderwerp: [SPOC-0042] x\n\n"
	request := "Beste Jan,\n\nGoedkeuring gevraagd voor SPOC-0042: Extra werkplek\nGeschatte kosten: € 450,00\n\n" +
		"Hoe besluit je?\n- Akkoord: antwoord op deze mail met \"akkoord\".\n- Niet akkoord: antwoord met \"niet akkoord\" en de reden.\n"
	withAnswer := func(answer string) string {
		return strings.Replace(request, "Hoe besluit je?\n", "Hoe besluit je?\n"+answer+"\n", 1)
	}
	gmail := "Op wo 25 nov. 2026 om 10:12 schreef SPOC <spoc@x.nl>:\n\n"
	for _, tc := range []struct {
		name, text string
		want       Decision
	}{
		{"outlook pointer, initials", "Zie hieronder.\n\nJan\n\n" + outlook + withAnswer("[JJ] Akkoord"), DecisionApprove},
		{"outlook pointer, reject", "Zie mijn reactie hieronder.\n\n" + outlook + withAnswer("[JJ] Niet akkoord, te duur."), DecisionReject},
		{"outlook pointer, arrow", "See my answer below.\n\n" + outlook + withAnswer("==> approved"), DecisionApprove},
		{"outlook empty top, initials", outlook + withAnswer("[JJ] akkoord"), DecisionApprove},
		{"outlook pointer, nothing inserted", "Zie hieronder.\n\n" + outlook + request, DecisionNone},
		{"outlook pointer, condition inserted", "Zie hieronder.\n\n" + outlook + withAnswer("[JJ] Akkoord mits het onder de 500 blijft"), DecisionNone},
		{"outlook pointer, question inserted", "Zie hieronder.\n\n" + outlook + withAnswer("[JJ] Akkoord? Dit was toch al geregeld"), DecisionNone},
		{"outlook pointer, both inserted", "Zie hieronder.\n\n" + outlook + withAnswer("[JJ] akkoord voor de stoelen\n[JJ] niet akkoord voor de tafels"), DecisionNone},
		{"outlook no pointer, arrow in quote", outlook + withAnswer("→ akkoord"), DecisionNone},
		{"approval pointing at remarks", "Akkoord, zie mijn opmerkingen hieronder.\n\n" + outlook + request, DecisionNone},
		{"refusal pointing at remarks", "Niet akkoord, zie mijn toelichting hieronder.\n\n" + outlook + request, DecisionReject},
		{"gt quote, pointer", "Zie hieronder\n\n" + gmail + quoteGT(request) + "akkoord\n", DecisionApprove},
		{"gt quote, pointer, nothing inserted", "Zie hieronder\n\n" + gmail + quoteGT(request), DecisionNone},
		{"tab quote under bare attribution", "Jan Jansen wrote:\n\tBeste Jan,\n\n\tAntwoord \"akkoord\" of \"niet akkoord\".\n\nAkkoord\n", DecisionApprove},
		{"space quote under bare attribution", "Akkoord, graag snel.\n\nMarieke de Vries wrote:\n  Beste Jan,\n  Antwoord \"akkoord\" of \"niet akkoord\".\n", DecisionApprove},
		{"tab quote of a letter", "\tBeste Jan,\n\n\tGoedkeuring gevraagd\n\tKosten: 450\n\tAntwoord \"akkoord\"\n\tof \"niet akkoord\".\n\nniet akkoord\n", DecisionReject},
		{"tab-indented list is new text", "Akkoord, onder deze voorwaarden:\n\talleen de stoelen\n\tniet de tafels\n", DecisionNone},
		{"indented conditions are read", "Akkoord.\n\n\talleen de stoelen\n\tniet de tafels\n\tmax 500 euro\n\tvoor 1 juli\n\tfactuur naar mij\n", DecisionNone},
	} {
		if got := ReadReply(tc.text, "", kw); got.Decision != tc.want {
			t.Errorf("%s: ReadReply = %s (%s) new text %q, want %s", tc.name, got.Decision, got.Ambiguous, got.NewText, tc.want)
		}
	}
}

// A verbal OK answers a request for approval; an emoji alone or "understood" does not.
func TestVerbalOK(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"ok", DecisionApprove},
		{"Oké!", DecisionApprove},
		{"Okay, thanks.", DecisionApprove},
		{"Prima 🙂", DecisionApprove},
		{"Is goed", DecisionApprove},
		{"Dat is goed, dank je.\n\nKarin", DecisionApprove},
		{"Prima zo.", DecisionApprove},
		{"Fine.", DecisionApprove},
		{"Hi Sarah,\n\nSounds good!\n\nDavid", DecisionApprove},
		{"Klinkt goed 👍", DecisionApprove},
		{"OK to proceed.", DecisionApprove},
		{"Okay to go ahead, thanks.", DecisionApprove},
		{"You may proceed.", DecisionApprove},
		{"You can go ahead.", DecisionApprove},
		{"Feel free to proceed.", DecisionApprove},
		// Traps.
		{"👍", DecisionNone},
		{"👍🏻", DecisionNone},
		{"Helder.", DecisionNone},
		{"Duidelijk, dank je.", DecisionNone},
		{"Begrepen.", DecisionNone},
		{"Noted, thanks.", DecisionNone},
		{"Ok, helder.", DecisionNone},
		{"Top", DecisionNone},
		{"Ok?", DecisionNone},
		{"Prima?", DecisionNone},
		{"Ok, ik kijk er morgen naar.", DecisionNone},
		{"Ok, bedankt voor de info.", DecisionNone},
		{"Ok, maar eerst even bellen.", DecisionNone},
		{"Prima, als het onder de 500 blijft.", DecisionNone},
		{"Is goed, ik vraag het aan Piet.", DecisionNone},
		{"Can you go ahead?", DecisionNone},
		{"Is it OK to proceed?", DecisionNone},
		{"You may proceed once finance has signed.", DecisionNone},
		{"You can go ahead if the quote stays under 500.", DecisionNone},
		{"Feel free to proceed, but check with IT first.", DecisionNone},
		{"Ok, niet akkoord.", DecisionReject},
	})
}

// A "maar" clause (or a sentence) about next time is a remark, not a condition.
func TestNextTimeRemark(t *testing.T) {
	kw := DefaultKeywords()
	for _, tc := range []struct {
		text   string
		want   Decision
		remark string
	}{
		{"Oké voor nu, maar volgende keer graag eerder melden. Dit is al de derde spoedaanvraag deze maand.", DecisionApprove,
			"maar volgende keer graag eerder melden. Dit is al de derde spoedaanvraag deze maand."},
		{"Prima, maar in het vervolg graag via het formulier.", DecisionApprove, "maar in het vervolg graag via het formulier."},
		{"Ok. Next time please let me know a bit earlier.", DecisionApprove, "Next time please let me know a bit earlier."},
		{"Is goed, maar voortaan graag een week van tevoren.", DecisionApprove, "maar voortaan graag een week van tevoren."},
		{"Akkoord voor nu, maar volgende keer graag eerder melden.", DecisionApprove, "voor nu, maar volgende keer graag eerder melden."},
		// Traps.
		{"Oké voor nu.", DecisionNone, ""},
		{"Akkoord voor nu, maar eerst de offerte.", DecisionNone, ""},
		{"Oké voor nu, maar eerst even Piet bellen.", DecisionNone, ""},
		{"Ok, maar volgende keer eerst overleggen.", DecisionNone, ""},
		{"Ok, maar deze keer niet.", DecisionNone, ""},
		{"Prima, maar volgende keer niet meer. Nu eigenlijk ook niet.", DecisionNone, ""},
		{"Ok, maar volgende keer wil ik het weten voordat je bestelt. Kun je dat toezeggen?", DecisionNone, ""},
		{"Ok voor nu, maar in de toekomst alleen als het budget het toelaat.", DecisionNone, ""},
		{"Ok, maar volgende keer wachten tot ik terug ben.", DecisionNone, ""},
		{"Volgende keer graag eerder. Ok?", DecisionNone, ""},
	} {
		got := ReadReply(tc.text, "", kw)
		if got.Decision != tc.want || got.Remark != tc.remark {
			t.Errorf("ReadReply(%q) = %s (%s) remark %q, want %s remark %q", tc.text, got.Decision, got.Ambiguous, got.Remark, tc.want, tc.remark)
		}
	}
}

// A polite practical request after a complete approval keeps it; a question that doubts
// or limits it, or one before it, does not.
func TestQuestionAfterApproval(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Hoi Noor,\n\nDank voor de heldere toelichting. Ik ga akkoord. Wil je wel zorgen dat de leverancier de werkbon laat aftekenen?", DecisionApprove},
		{"Akkoord. Kun je de factuur naar mij doorsturen?", DecisionApprove},
		{"Akkoord. Kunt u laten weten wanneer het klaar is?", DecisionApprove},
		{"Approved. Could you make sure the PO references the project code?", DecisionApprove},
		{"Approved, thanks. Can you let me know when it has been delivered?", DecisionApprove},
		{"Akkoord.\nWil je de werkbon\nbij oplevering laten aftekenen?", DecisionApprove},
		// Traps.
		{"Akkoord. Kan het goedkoper?", DecisionNone},
		{"Akkoord. Is dit wel nodig?", DecisionNone},
		{"Akkoord. Waarom is dit zo duur?", DecisionNone},
		{"Akkoord. Klopt het dat dit eenmalig is?", DecisionNone},
		{"Akkoord. Kun je eerst een tweede offerte opvragen?", DecisionNone},
		{"Akkoord. Wil je voordat je bestelt even met Piet overleggen?", DecisionNone},
		{"Akkoord. Kun je het alleen doen als het onder de € 500 blijft?", DecisionNone},
		{"Ik ga akkoord. Kan het niet goedkoper?", DecisionNone},
		{"Approved. Could you check the price first?", DecisionNone},
		{"Approved. Can you call me about the amount?", DecisionNone},
		{"Akkoord. Hoe laat komt de monteur?", DecisionNone},
		{"Wil je zorgen dat de werkbon wordt afgetekend? Dan akkoord.", DecisionNone},
		{"Dank voor de heldere toelichting. Kun je de offerte sturen? Ik ga akkoord.", DecisionNone},
	})
}

// "Nee hoor", a thumbs-down opening the reply, and a refusal that concludes the reasons.
func TestSoftenedAndConcludingRefusals(t *testing.T) {
	kw := DefaultKeywords()
	for _, tc := range []struct {
		text   string
		want   Decision
		remark string
	}{
		{"Nee hoor.", DecisionReject, ""},
		{"Nee hoor, niet nodig. Vorig jaar ook zonder gedaan.", DecisionReject, "niet nodig. Vorig jaar ook zonder gedaan."},
		{"Nee hoor, dat hoeft niet.", DecisionReject, "dat hoeft niet."},
		{"👎", DecisionReject, ""},
		{"👎 Te duur voor wat het is.", DecisionReject, "Te duur voor wat het is."},
		{"👎🏽 te duur", DecisionReject, "te duur"},
		{"Veel te veel voor een paar uur herstelwerk. De storing kwam door hun eigen\nupdate, dat gaan wij niet betalen.\n\nDus: niet akkoord. Laat ze het maar onder de SLA oppakken.",
			DecisionReject, "Laat ze het maar onder de SLA oppakken."},
		{"Het budget voor 2026 is op. Om die reden: niet akkoord.", DecisionReject, ""},
		{"Het budget is op. Daarom ga ik niet akkoord. Vraag het in januari opnieuw aan.", DecisionReject, "Vraag het in januari opnieuw aan."},
		{"Too expensive for a few hours of work. So: rejected. Ask them to fix it under the SLA.", DecisionReject, "Ask them to fix it under the SLA."},
		// Traps.
		{"Nee hoor, geen probleem.", DecisionNone, ""},
		{"Nee hoor, prima.", DecisionNone, ""},
		{"Nee hoor, maakt niet uit.", DecisionNone, ""},
		{"Nee hoor, helemaal niet erg.", DecisionNone, ""},
		{"Nee hoor, ga je gang.", DecisionNone, ""},
		{"Nee hoor, geen bezwaar.", DecisionNone, ""},
		{"Nee hoor?", DecisionNone, ""},
		{"Nee hoor, nog niet.", DecisionNone, ""},
		{"Nee hoor 👍", DecisionNone, ""},
		{"Nee hoor, als het binnen het budget blijft.", DecisionNone, ""},
		{"Te duur 👎", DecisionNone, ""},
		{"👎 👍", DecisionNone, ""},
		{"Het budget is op. Dus niet akkoord? Of toch wel?", DecisionNone, ""},
		{"Piet heeft er vorige week met de leverancier over gebeld. Hij zei dus: niet akkoord.", DecisionNone, ""},
		{"Je verwacht vast een antwoord. Dus 'niet akkoord' is wat ik zou zeggen, maar ik weet het niet.", DecisionNone, ""},
		{"Het budget is op. Dus: niet akkoord. Tenzij Piet nog geld heeft.", DecisionNone, ""},
		{"Het budget is op. Dus: niet akkoord. Eerst overleggen met Piet.", DecisionNone, ""},
		{"Dat is fors voor een paar uur werk aan de website. Dus: niet akkoord. Of wacht, ik bel je.", DecisionNone, ""},
		{"De offerte was hoog. Mijn eerste reactie was dus: niet akkoord. Na het gesprek met Piet ben ik om.", DecisionNone, ""},
		{"De offerte was hoog. Dus: niet akkoord. Bij nader inzien valt het mee.", DecisionNone, ""},
		{"De offerte was hoog. Dus: niet akkoord. Of toch wel, ik weet het niet.", DecisionNone, ""},
	} {
		got := ReadReply(tc.text, "", kw)
		if got.Decision != tc.want || (tc.want != DecisionNone && got.Remark != tc.remark) {
			t.Errorf("ReadReply(%q) = %s (%s) remark %q, want %s remark %q", tc.text, got.Decision, got.Ambiguous, got.Remark, tc.want, tc.remark)
		}
	}
}

// Lines typed between the quotes of a bottom-posted reply are its new text, read and
// shown once.
func TestInterleavedNewTextOnce(t *testing.T) {
	text := "On Tue, Oct 27, 2026 at 02:15:18PM +0000, SPOC wrote:\n> Meerwerk: ja, geschat € 1.890,00\n\n" +
		"Wat kost dit per uur?\n\n> Status: wacht op akkoord\n\nIk hoor het graag.\n\n-- \nHenk\n"
	got := ReadReply(text, "", DefaultKeywords())
	if want := "Wat kost dit per uur?\n\nIk hoor het graag."; got.NewText != want {
		t.Errorf("ReadReply().NewText = %q, want %q", got.NewText, want)
	}
	if got.Decision != DecisionNone {
		t.Errorf("ReadReply().Decision = %s, want none", got.Decision)
	}
}

// Short replies: letting the supplier start, freedom of timing, whose view it is, a
// softening particle, and a reason after a clear yes.
func TestLetThemStartAndTimingFreedom(t *testing.T) {
	checkDecisions(t, []decisionCase{
		{"Dat is prima. Laat ze maar beginnen zodra het ze uitkomt.", DecisionApprove},
		{"Laat ze maar beginnen.", DecisionApprove},
		{"Laat ze maar beginnen wanneer het hun schikt.", DecisionApprove},
		{"Ze kunnen beginnen.", DecisionApprove},
		{"Akkoord, laat ze maar beginnen zodra het ze uitkomt.", DecisionApprove},
		{"Helemaal goed, groen licht wat mij betreft.\n\nBas", DecisionApprove},
		{"Prima joh.", DecisionApprove},
		{"Doe maar. Het oude hekwerk is echt aan vervanging toe, daar struikelen de leerlingen elke dag over.\n\nNicole", DecisionApprove},
		{"Laat maar.", DecisionReject},
		// Counter-examples: a real condition after the go-ahead, a question, a limit, a
		// no before it, someone still to decide, "over" as in "over budget".
		{"Laat ze maar beginnen zodra de vergunning er is.", DecisionNone},
		{"Laat ze maar beginnen als het budget rond is.", DecisionNone},
		{"Laat ze maar beginnen zodra het uitkomt dat de vergunning er is.", DecisionNone},
		{"Laat ze maar beginnen zodra het ze uitkomt, maar niet voor januari.", DecisionNone},
		{"Laat ze maar beginnen zodra het ze uitkomt?", DecisionNone},
		{"Kunnen ze beginnen?", DecisionNone},
		{"Ze kunnen beginnen als de offerte binnen is.", DecisionNone},
		{"Nee, laat ze maar beginnen.", DecisionNone},
		{"Laat maar komen.", DecisionNone},
		{"Is groen licht al gegeven?", DecisionNone},
		{"Groen licht wat mij betreft, maar alleen voor de eerste fase.", DecisionNone},
		{"Groen licht wat mij betreft. Piet moet het nog goedkeuren.", DecisionNone},
		{"Wat mij betreft.", DecisionNone},
		{"Doe maar. Het gaat wel 200 euro over het budget heen.", DecisionNone},
		{"Akkoord, at most 500.", DecisionNone},
	})
}

// A legal notice after a full signature block is footer, also when it opens with words of its
// own; without a signature block before it, or without a legal phrase, it stays new text.
func TestNoticeAfterSignature(t *testing.T) {
	sig := "Nee, dit gaan we niet doen. Het budget is op.\n\nIngrid\n\nIngrid Smit\nTeamleider Zorg | Zorgcentrum De Linde\n(ma, di, do)\n\n"
	notice := "Let op: een akkoord op facturen dat niet via de SPOC loopt, nemen wij niet in behandeling. Dit bericht kan vertrouwelijke informatie bevatten. Bent u niet de beoogde ontvanger, verwijder het bericht dan."
	if got := StripReply(sig + notice); got != strings.TrimSpace(sig) {
		t.Errorf("notice after signature kept: %q", got)
	}
	if got := ReadReply(sig+notice, "", DefaultKeywords()); got.Decision != DecisionReject {
		t.Errorf("refusal with a notice after the signature: %s (%s)", got.Decision, got.Ambiguous)
	}
	// No signature block: the paragraph is kept.
	if got := StripReply("Akkoord.\n\n" + notice); !strings.Contains(got, "Let op") {
		t.Errorf("notice without a signature dropped: %q", got)
	}
	// A PS after the signature without a legal phrase is kept.
	ps := "Akkoord.\n\nJan\n\nJan de Vries\nTeamleider\n\nPS: niet voor de lunch."
	if got := StripReply(ps); !strings.Contains(got, "PS") {
		t.Errorf("PS after signature dropped: %q", got)
	}
}

// Outlook for iOS below its unindented header block: the text part ends with "Outlook
// voor iOS downloaden", the HTML part with the answer alone (heldout54 h54-030 read
// empty). The answer below the request's token line is read.
func TestBelowQuoteMobileFooterOnlyInText(t *testing.T) {
	header := "________________________________\nVan: SPOC Atelier <spoc@atelier.test>\nVerzonden: donderdag 12 november 2026 07:44\nAan: Ilse <ilse@atelier.test>\nOnderwerp: [SPOC-0230] Akkoord gevraagd\n"
	text := header + "Hallo Ilse,\n\n" + quotedRequestNL + "\n\n\nAkkoord, graag voor vrijdag.\n\nWillem\n\nOutlook voor iOS downloaden\n"
	html := `<html><body><div id="divRplyFwdMsg">Van: SPOC Atelier<br>Onderwerp: [SPOC-0230] Akkoord gevraagd</div><div><p>Hallo Ilse,</p><p>` +
		strings.ReplaceAll(quotedRequestNL, "\n", "<br>") + `</p></div><div><br>Akkoord, graag voor vrijdag.<br><br>Willem</div></body></html>`
	r := ReadReply(text, html, DefaultKeywords())
	if r.Decision != DecisionApprove || !strings.Contains(r.NewText, "graag voor vrijdag") {
		t.Errorf("got %s (%s), new text %q; want approve with the answer below the token line", r.Decision, r.Ambiguous, r.NewText)
	}
	// Another text after the answer in the HTML part than the footer: not the same answer.
	other := strings.Replace(html, "Willem</div>", "Willem</div><div>Een heel ander verhaal dat de tekst niet heeft, met veel woorden erin.</div>", 1)
	if r := ReadReply(text, other, DefaultKeywords()); r.Decision == DecisionApprove {
		t.Errorf("HTML part with another ending: got approve, want none")
	}
}
