package mail

import (
	"strings"
	"testing"
)

func TestHTMLToText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"plain words", "hallo   wereld", "hallo wereld"},
		{"paragraphs", "<p>een</p><p>twee</p>", "een\ntwee"},
		{"br", "regel 1<br>regel 2<br/>regel 3", "regel 1\nregel 2\nregel 3"},
		{"gmail empty div line", "<div>a</div><div><br></div><div>b</div>", "a\n\nb"},
		{"outlook empty paragraph", "<p class=MsoNormal>a<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>b</p>", "a\n\nb"},
		{"entities", "caf&eacute; &euro;&nbsp;5 &lt;tag&gt; &amp; &#8364;", "café € 5 <tag> & €"},
		{"drop script style head", "<html><head><title>T</title><style>p{}</style></head><body><script>x()</script>tekst</body></html>", "tekst"},
		{"links keep text", `zie <a href="https://x.nl/lang">de site</a>.`, "zie de site."},
		{"inline elements join", "<b>vet</b> en <i>schuin</i>", "vet en schuin"},
		{"list", "<ul><li>een</li><li>twee</li></ul>", "- een\n- twee"},
		{"table", "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>", "a b\nc d"},
		{"blockquote", "antwoord<blockquote>vraag<br>regel 2</blockquote>na", "antwoord\n> vraag\n> regel 2\nna"},
		{"nested blockquote", "<blockquote>a<blockquote>b</blockquote></blockquote>", "> a\n> > b"},
		{"pre keeps lines", "<pre>a  b\n  c</pre>", "a  b\n  c"},
		{"hidden", `<div style="display: none">preheader</div>zichtbaar`, "zichtbaar"},
		{"many blank lines", "a<br><br><br><br><br>b", "a\n\nb"},
		{"broken html", "<div><p>open <b>vet<div>nog", "open vet\nnog"},
		{"invalid utf-8", "caf\xe9", "café"},
		{"comment", "a<!-- geheim -->b", "ab"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := HTMLToText(tt.in); got != tt.want {
				t.Errorf("HTMLToText(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestHTMLNewText(t *testing.T) {
	tests := []struct {
		name, in, want string
		quote          bool
	}{
		{"no quote", "<p>akkoord</p>", "akkoord", false},
		{
			"outlook web", `<div>akkoord</div><div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>Van:</b> SPOC</div><div>oud</div>`,
			"akkoord", true,
		},
		{"outlook x_ prefix", `<div>ja</div><div id="x_divRplyFwdMsg">Van: x</div>`, "ja", true},
		{
			"outlook desktop border", `<p>Akkoord.</p><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p><b>Van:</b> SPOC</p></div><p>oud</p>`,
			"Akkoord.", true,
		},
		{"gmail", `<div dir="ltr">niet akkoord</div><br><div class="gmail_quote"><div class="gmail_attr">Op do 13 nov schreef SPOC:</div><blockquote class="gmail_quote">oud</blockquote></div>`, "niet akkoord", true},
		{"gmail container", `<div>ok</div><div class="gmail_quote gmail_quote_container">oud</div>`, "ok", true},
		{"apple", `<div>akkoord</div><div><br><blockquote type="cite">oud</blockquote></div>`, "akkoord", true},
		{"thunderbird", `<p>akkoord</p><div class="moz-cite-prefix">Op 13-11-2025 om 09:00 schreef SPOC:</div><blockquote type="cite">oud</blockquote>`, "akkoord", true},
		{"old outlook header", `<p>ok</p><div class="OutlookMessageHeader">-----Oorspronkelijk bericht-----</div>`, "ok", true},
		{"hotmail", `<div>ok</div><hr id="stopSpelling">oud`, "ok", true},
		{"yahoo", `<div>ok</div><div class="yahoo_quoted">oud</div>`, "ok", true},
		{"quote first", `<blockquote type="cite">oud</blockquote>`, "", true},
		{"plain blockquote is not a reply quote", `<p>zie:</p><blockquote>citaat</blockquote>`, "zie:\n> citaat", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, q := HTMLNewText(tt.in)
			if got != tt.want || q != tt.quote {
				t.Errorf("HTMLNewText(%q) = %q, %v, want %q, %v", tt.in, got, q, tt.want, tt.quote)
			}
		})
	}
}

func TestHTMLDeepNesting(t *testing.T) {
	in := strings.Repeat("<div>", 100000) + "diep" + strings.Repeat("</div>", 100000)
	got := HTMLToText(in)
	if len(got) > 10 {
		t.Errorf("HTMLToText(deep) = %q...", got[:10])
	}
	in = strings.Repeat("<blockquote>", 5000) + "x"
	_ = HTMLToText(in) // must not panic or hang
}
