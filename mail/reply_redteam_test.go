package mail

import "testing"

// Replies found by red-teaming the reader (helpers writing replies a careful secretary
// would not pay on, in their own words) that read as approvals before the qualifier safety
// net of reply_partialveto.go. None may approve.
func TestRedTeamNoApproval(t *testing.T) {
	kw := DefaultKeywords()
	noApproval(t, kw,
		// a lower number or amount than asked
		"Akkoord voor 3 stoelen i.p.v. 5.",
		"Approved for 6 of the 8 laptops.",
		"Approved for 10 hours, not 16.",
		"Akkoord met 1.000 van de 1.500.",
		"Approved at 80% of the quote.",
		"Akkoord, maar doe er maar 5.",
		// caps and budgets
		"Approved, capped at 1,500.",
		"Akkoord, gemaximeerd op 1.500.",
		"Akkoord, graag binnen de 1.000 blijven.",
		"Approved, but stick to 2 hours.",
		"Akkoord, budget is wel 850.",
		// a part left out, done in-house, kept or not needed
		"Akkoord, met uitzondering van de muren.",
		"Approved excl. painting.",
		"Akkoord, het onderhoudscontract kan eruit.",
		"Approved, we'll do the painting ourselves.",
		"Akkoord, schilderwerk in eigen beheer.",
		"Approved for the chairs; we already have tables.",
		"Akkoord, de oude tafels houden we.",
		"Akkoord voor beneden, boven is niet nodig.",
		"Approved for downstairs; no need for upstairs.",
		"Hoi,\n\nAkkoord hoor. Tafels laat maar.\n\nGr. Kees",
		// a part put off, a first step only
		"Approved for chairs. Tables: not now.",
		"Approved, start with the chairs and we'll take it from there.",
		"Approved, but don't start until I confirm.",
		"Approved - but let's revisit this next quarter.",
		// a share paid by someone else
		"Akkoord, wij betalen de helft, de andere helft is voor de VvE.",
		"Approved for our share.",
		"Akkoord, stucwerk voor rekening verhuurder.",
		"Approved, split 50/50 with the neighbours.",
		"Akkoord, de lunch betaalt de ouderraad.",
		// a cheaper or other variant
		"Akkoord voor de goedkopere variant.",
		"Approved for the basic version.",
		"Akkoord, doe maar de refurbished.",
		"Approved, preferably the store brand.",
		"Akkoord, 8GB is genoeg.",
		// a time limit
		"Akkoord voor dit jaar.",
		"Approved for a trial period.",
		"Akkoord t/m december.",
		// a condition in other words
		"Akkoord, aangenomen dat de prijs inclusief btw is.",
		"Akkoord, met dien verstande dat de garantie er ook onder valt.",
		"Approved so long as the landlord pays.",
		"Approved. That is, if the landlord pays half.",
		"Akkoord. Prima als de VvE het betaalt.",
		// somebody else's say, not the writer's call
		"Ik ben niet bevoegd, maar akkoord.",
		"Not my call really, but approved.",
		"Akkoord, maar check even bij de penningmeester.",
		"Approved, but run it by the board.",
		"Akkoord. Ik stuur het door naar Piet voor zijn akkoord.",
		"Approved on my end, but I'll ask the treasurer.",
		// questions about the request put as a statement
		"Akkoord. Ik vraag me wel af of dit echt nodig is.",
		"Approved. I wonder what it costs.",
		"Approved. Does that include materials",
		// second thoughts, doubt, sarcasm
		"Akkoord.\nIk trek dat terug, sorry.",
		"Approved.\nI take that back.",
		"Approved, but I'm having second thoughts.",
		"Akkoord... denk ik.",
		"Approved I guess.",
		"Ja hoor, akkoord, want geld groeit op onze rug.",
		"Approved. Not.",
		"Akkoord. Grapje.",
		"Approved. Over my dead body.",
	)
	// What the net must let through: practical notes, reasons, next time, the writer's own
	// checks, a variant already in the request.
	approves(t, kw,
		"Akkoord. Stem wel even af met Ria wanneer ze komen, want de zaal is dinsdag bezet.",
		"Approved. Please make sure they don't start before 9am, the neighbours complained last time.",
		"Akkoord. Zonder werkende koelcel redden we het niet met de voedselbank.",
		"We hebben het al begroot, dus akkoord.",
		"Ik ga akkoord. De planning laat ik aan jou over.",
		"Akkoord, maar ik ben er die week niet dus spreek de sleuteloverdracht maar af met Hanneke.",
		"Approved. Next time please check with me first before it goes through the system.",
		"No objection from my side. Go ahead and pay the deposit.",
		"Akkoord, waarom niet.",
	)
}

// The approval words as a title or somebody else's task: an away notice without automatic
// headers, a read receipt echoing the request's subject.
func TestRedTeamTitleNoApproval(t *testing.T) {
	kw := DefaultKeywords()
	noApproval(t, kw,
		"Ik ben afwezig. Akkoord gaat via Jan.",
		"Ik ben er niet tot maandag. Akkoord gaat via Jan.",
		"Ik ben afwezig. Akkoord geven kan Jan.",
		"Ik ben afwezig tot 12 maart.\n\nVoor akkoord: Jan.",
		"[SPOC-0745] Akkoord gevraagd: Koffieautomaat personeelsruimte vervangen\n\nwas read.",
		"Akkoord gevraagd: Koffieautomaat personeelsruimte vervangen\nGelezen op 4-3-2027 15:00",
	)
}

// A condition typed below the sign-off, a mobile footer or a "-- " line (cut as signature
// before) keeps an approval from standing; a disclaimer's own "alleen als" does not.
func TestRedTeamBelowSignature(t *testing.T) {
	kw := DefaultKeywords()
	noApproval(t, kw,
		"akkoord\n\nGroet,\nMonique\n\nalleen als het onder de 1000 blijft\n",
		"akkoord\n\nMet vriendelijke groet,\n\nMonique Verhoef\nManager bedrijfsvoering\nT 0413 77 21 40\n\nmits onder de 1000 euro\n",
		"akkoord\n\nMet vriendelijke groet,\nMonique\n\nOnder voorbehoud.\n",
		"akkoord\n\nVerstuurd vanaf mijn iPhone\n\nNog niet bestellen!\n",
		"akkoord\n\nSent from Outlook for iOS\n\nalleen als het onder de 1000 blijft\n",
		"Akkoord\n\nOutlook voor iOS downloaden<https://aka.ms/o0ukef>\n\nmaar pas in april\n",
		"akkoord\n\n-- \nalleen als het onder de 1000 blijft\n",
		"akkoord\n\n---\nmits onder 1000\n",
		"akkoord\n\n--\nnog even wachten\n",
	)
	approves(t, kw,
		"Akkoord.\n\nFrank\n\nFrank Mulder\nHoofd Facilitaire Zaken\n\nDit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Een akkoord of toezegging per e-mail bindt de gemeente alleen als die is gegeven door een daartoe bevoegde functionaris.\n",
		"Akkoord\n\nVerstuurd vanaf mijn iPhone\n",
	)
}

// A condition typed into the quote under a top "Akkoord", or below the whole quote, keeps
// the approval from standing.
func TestRedTeamTypedIntoQuote(t *testing.T) {
	kw := DefaultKeywords()
	noApproval(t, kw,
		"Akkoord.\n\nOp 4 mrt 2027 om 13:40 schreef SPOC Gemeente <spoc@gemeente.test>:\n> Meerwerk: ja, geschat EUR 1.190,00\nMax 500!\n> Hoe besluit je?\n",
		"Akkoord.\n\nOp 4 mrt 2027 om 13:40 schreef SPOC Gemeente <spoc@gemeente.test>:\n> Het verzoek:\n> De koffieautomaat in de personeelsruimte lekt.\n\nAlleen repareren, niet vervangen.\n\n> Hoe besluit je?\n",
		"Akkoord\n\nOp 4 mrt 2027 om 13:40 schreef SPOC Gemeente <spoc@gemeente.test>:\n> Het verzoek:\n> De koffieautomaat lekt.\n> Hoe besluit je?\n\nmits onder 1000\n",
	)
	approves(t, kw,
		"Akkoord.\n\nOp 4 mrt 2027 om 13:40 schreef SPOC Gemeente <spoc@gemeente.test>:\n> Het verzoek:\n> De koffieautomaat lekt.\n> Hoe besluit je?\n",
		"Akkoord, graag snel.\n\nOp 4 mrt 2027 om 13:40 schreef SPOC Gemeente <spoc@gemeente.test>:\n> Het verzoek:\n> De koffieautomaat lekt.\n\nDank je!\n",
	)
}
