// Package benchmail generates realistic request mails for spocd's benchmarks and holds the
// small IMAP helpers the benchmark programs share.
package benchmail

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"math"
	"math/rand/v2"
	"mime"
	"mime/quotedprintable"
	"strings"
	"time"

	"golang.org/x/text/encoding/charmap"
)

// AttachmentShare is the fraction of generated mails that carry an attachment.
const AttachmentShare = 0.10

// Attachment sizes are log-uniform between these bounds (bytes before base64).
const (
	MinAttachment = 100 << 10
	MaxAttachment = 5 << 20
)

var subjects = []string{
	"Extra werkplek voor nieuwe collega",
	"Printer 2e verdieping kapot",
	"Koffie en lunch voor de raadsvergadering",
	"Verhuizing kamer 3.14 naar 2.07",
	"Nieuwe laptop voor stagiair",
	"Toegangspas werkt niet meer",
	"Vergaderzaal opnieuw inrichten",
	"Bureaustoel defect — graag vervangen",
	"Software-installatie: ArcGIS",
	"Catering voor heidag afdeling Financiën",
	"Beamer in zaal Ü2 geeft geen beeld",
	"Aanvraag extra beeldscherm",
}

var bodies = []string{
	"Beste SPOC,\n\nKunnen jullie dit voor volgende week regelen? Het gaat om %d personen.\nAlvast bedankt.\n\nMet vriendelijke groet,\n%s\nAfdeling Burgerzaken\n",
	"Hoi,\n\nSinds vanochtend werkt dit niet meer. Wij hebben het %d keer geprobeerd.\nGraag zo snel mogelijk oplossen; het hindert de dienstverlening aan de balie.\n\nGroet,\n%s\n",
	"Goedemiddag,\n\nGraag een offerte voor %d stuks. Budget is akkoord bij het afdelingshoofd (café-overleg van dinsdag).\n\nMvg,\n%s\nTeam Ruimtelijke Ordening — gemeente Voorbeeld\n",
}

var names = []string{"Jan de Vries", "Fatima El Amrani", "Sjoerd Bosma", "Anneke van 't Hof", "Zoë Janssen", "Mehmet Yılmaz", "Renée Müller", "Piet Hein"}

// Generate returns message i of a reproducible set: mixed text, HTML and
// multipart/alternative bodies in UTF-8, ISO-8859-1 and Windows-1252, and (for
// about AttachmentShare of the messages) a PDF-like attachment. Senders are
// medewerker0000..medewerker0999 at domain; to is the SPOC address.
func Generate(seed uint64, i int, domain, to string) []byte {
	r := rand.New(rand.NewPCG(seed, uint64(i)))
	name := names[r.IntN(len(names))]
	from := fmt.Sprintf("medewerker%04d@%s", r.IntN(1000), domain)
	subject := subjects[r.IntN(len(subjects))]
	text := fmt.Sprintf(bodies[r.IntN(len(bodies))], 2+r.IntN(40), name)
	date := time.Date(2026, 1, 5, 8, 0, 0, 0, time.UTC).Add(time.Duration(i) * time.Minute)

	var b bytes.Buffer
	fmt.Fprintf(&b, "From: %s <%s>\r\n", mime.QEncoding.Encode("utf-8", name), from)
	fmt.Fprintf(&b, "To: SPOC <%s>\r\n", to)
	fmt.Fprintf(&b, "Subject: %s\r\n", mime.QEncoding.Encode("utf-8", fmt.Sprintf("%s (%d)", subject, i)))
	fmt.Fprintf(&b, "Date: %s\r\n", date.Format(time.RFC1123Z))
	fmt.Fprintf(&b, "Message-ID: <bench-%d-%d@%s>\r\n", seed, i, domain)
	b.WriteString("MIME-Version: 1.0\r\n")

	var attach []byte
	if r.Float64() < AttachmentShare {
		lo, hi := math.Log(MinAttachment), math.Log(MaxAttachment)
		attach = make([]byte, int(math.Exp(lo+r.Float64()*(hi-lo))))
		fillBytes(r, attach)
	}
	body := bodyPart(r, text)
	if attach == nil {
		b.Write(body)
		return b.Bytes()
	}
	boundary := fmt.Sprintf("mixed-%d-%d", seed, i)
	fmt.Fprintf(&b, "Content-Type: multipart/mixed; boundary=%q\r\n\r\n", boundary)
	b.WriteString("This is a multi-part message in MIME format.\r\n")
	fmt.Fprintf(&b, "--%s\r\n", boundary)
	b.Write(body)
	fmt.Fprintf(&b, "\r\n--%s\r\n", boundary)
	fmt.Fprintf(&b, "Content-Type: application/pdf; name=\"offerte-%d.pdf\"\r\n", i)
	fmt.Fprintf(&b, "Content-Disposition: attachment; filename=\"offerte-%d.pdf\"\r\n", i)
	b.WriteString("Content-Transfer-Encoding: base64\r\n\r\n")
	writeBase64(&b, attach)
	fmt.Fprintf(&b, "--%s--\r\n", boundary)
	return b.Bytes()
}

// bodyPart renders the text as one of the common shapes, headers included.
func bodyPart(r *rand.Rand, text string) []byte {
	var b bytes.Buffer
	html := "<html><body><p>" + strings.ReplaceAll(htmlEscape(text), "\n", "<br>\n") + "</p></body></html>"
	switch r.IntN(4) {
	case 0: // plain UTF-8, quoted-printable
		b.WriteString("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n")
		writeQP(&b, []byte(text))
	case 1: // plain ISO-8859-1 or Windows-1252, 8bit
		cs, enc := "iso-8859-1", charmap.ISO8859_1
		if r.IntN(2) == 0 {
			cs, enc = "windows-1252", charmap.Windows1252
		}
		out, err := enc.NewEncoder().String(strings.ReplaceAll(text, "—", "-"))
		if err != nil {
			out = text
			cs = "utf-8"
		}
		fmt.Fprintf(&b, "Content-Type: text/plain; charset=%s\r\nContent-Transfer-Encoding: 8bit\r\n\r\n", cs)
		b.WriteString(strings.ReplaceAll(out, "\n", "\r\n"))
	case 2: // HTML only
		b.WriteString("Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n")
		writeQP(&b, []byte(html))
	default: // multipart/alternative
		boundary := fmt.Sprintf("alt-%x", r.Uint64())
		fmt.Fprintf(&b, "Content-Type: multipart/alternative; boundary=%q\r\n\r\n", boundary)
		fmt.Fprintf(&b, "--%s\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n", boundary)
		writeQP(&b, []byte(text))
		fmt.Fprintf(&b, "\r\n--%s\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n", boundary)
		writeQP(&b, []byte(html))
		fmt.Fprintf(&b, "\r\n--%s--\r\n", boundary)
	}
	return b.Bytes()
}

func htmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

func writeQP(b *bytes.Buffer, p []byte) {
	w := quotedprintable.NewWriter(b)
	_, _ = w.Write(bytes.ReplaceAll(p, []byte("\n"), []byte("\r\n")))
	_ = w.Close()
	b.WriteString("\r\n")
}

// writeBase64 writes p as base64 in lines of 76 characters.
func writeBase64(b *bytes.Buffer, p []byte) {
	enc := make([]byte, base64.StdEncoding.EncodedLen(len(p)))
	base64.StdEncoding.Encode(enc, p)
	for len(enc) > 0 {
		n := min(76, len(enc))
		b.Write(enc[:n])
		b.WriteString("\r\n")
		enc = enc[n:]
	}
}

// fillBytes fills p with pseudo-random bytes that compress a little, like a PDF.
func fillBytes(r *rand.Rand, p []byte) {
	for i := 0; i < len(p); i += 8 {
		v := r.Uint64()
		for j := 0; j < 8 && i+j < len(p); j++ {
			p[i+j] = byte(v >> (8 * j))
		}
	}
	copy(p, "%PDF-1.7\n")
}
