package mail_test

import (
	"fmt"
	"io"
	"strings"

	"github.com/emersion/go-message"
	"github.com/spocd/spocd/mail"
)

func ExampleParse() {
	raw := "From: \"Visser, Rianne\" <Rianne.Visser@gemeente.nl>\r\n" +
		"To: SPOC <spoc+nqy2eapqzqsdnpqkptwjaah4bu@gemeente.nl>\r\n" +
		"Subject: RE: [SPOC-0042] Goedkeuring gevraagd: koffieautomaat\r\n" +
		"Content-Type: text/plain; charset=iso-8859-1\r\n" +
		"Content-Transfer-Encoding: quoted-printable\r\n" +
		"\r\n" +
		"Akkoord, maximaal =80 150.\r\n"
	m, err := mail.Parse(strings.NewReader(raw), mail.Options{RefPrefix: "SPOC", PlusLocal: "spoc"})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(m.From.Addr)
	fmt.Println(m.Ref, m.Token)
	fmt.Println(m.CleanSubject)
	fmt.Println(m.Text)
	fmt.Println(m.Ignore == mail.IgnoreNone)
	// Output:
	// rianne.visser@gemeente.nl
	// SPOC-0042 nqy2eapqzqsdnpqkptwjaah4bu
	// Goedkeuring gevraagd: koffieautomaat
	// Akkoord, maximaal € 150.
	// true
}

func ExampleHTMLNewText() {
	html := `<div>niet akkoord, te duur</div>` +
		`<div id="divRplyFwdMsg"><b>Van:</b> SPOC</div><div>Goedkeuring gevraagd ...</div>`
	text, quoted := mail.HTMLNewText(html)
	fmt.Printf("%q %v\n", text, quoted)
	// Output: "niet akkoord, te duur" true
}

// ExampleParse_charsetReader shows that importing package mail also makes
// go-message read latin1-labelled text as windows-1252.
func ExampleParse_charsetReader() {
	e, err := message.Read(strings.NewReader("Content-Type: text/plain; charset=iso-8859-1\r\n\r\n\x80 5\r\n"))
	if err != nil {
		fmt.Println(err)
		return
	}
	b, _ := io.ReadAll(e.Body)
	fmt.Printf("%s", b)
	// Output: € 5
}
