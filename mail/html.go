package mail

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// HTMLToText converts an HTML body to plain text: script, style and head are
// dropped, block elements and <br> become line breaks, links keep their text,
// white space is collapsed and entities decoded. Blockquotes are prefixed
// with "> " per level, so quote structure survives.
func HTMLToText(s string) string {
	t, _ := htmlText(s, false)
	return t
}

// HTMLNewText returns the text of an HTML reply before the first quote
// container (Outlook's divRplyFwdMsg and header block, Gmail's gmail_quote,
// <blockquote type="cite">, OutlookMessageHeader, <hr id="stopSpelling">,
// Yahoo's yahoo_quoted, Thunderbird's moz-cite-prefix) and whether such a
// container was found. Without one it returns the whole text.
func HTMLNewText(s string) (newText string, hadQuote bool) {
	return htmlText(s, true)
}

// maxHTMLDepth bounds the recursion over the parsed tree; x/net/html already
// limits open elements, this is a second guard.
const maxHTMLDepth = 512

// maxQuotePrefix caps the "> " prefixes written for nested blockquotes.
const maxQuotePrefix = 10

func htmlText(s string, stopAtQuote bool) (string, bool) {
	if strings.TrimSpace(s) == "" {
		return "", false
	}
	if !utf8.ValidString(s) {
		s = lenientUTF8([]byte(s))
	}
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		// html.Parse refuses absurdly deep documents; read those as a
		// flat token stream.
		return htmlTokensText(s, stopAtQuote)
	}
	c := &htmlConv{stopAtQuote: stopAtQuote}
	c.walk(doc, 0)
	return c.result(), c.hadQuote
}

// htmlTokensText is the fallback converter: it streams tokens without
// building a tree, so it has no depth limit, at the cost of quote prefixes.
func htmlTokensText(s string, stopAtQuote bool) (string, bool) {
	c := &htmlConv{stopAtQuote: stopAtQuote}
	z := html.NewTokenizer(strings.NewReader(s))
	skip := 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return c.result(), c.hadQuote
		case html.TextToken:
			if skip == 0 {
				c.text(string(z.Text()))
			}
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			tok := z.Token()
			if skipElems[tok.DataAtom] && tok.DataAtom != atom.Meta && tok.DataAtom != atom.Link {
				switch {
				case tt == html.StartTagToken:
					skip++
				case tt == html.EndTagToken && skip > 0:
					skip--
				}
				continue
			}
			if tt != html.EndTagToken {
				n := &html.Node{Type: html.ElementNode, Data: tok.Data, DataAtom: tok.DataAtom, Attr: tok.Attr}
				if isQuoteContainer(n) {
					c.hadQuote = true
					if stopAtQuote {
						return c.result(), true
					}
				}
			}
			switch {
			case tok.DataAtom == atom.Br:
				if c.started {
					c.newlines++
				}
			case blockElems[tok.DataAtom] || tok.DataAtom == atom.Hr:
				c.breakLine(1)
			case tok.DataAtom == atom.Td || tok.DataAtom == atom.Th:
				c.pendSpace = c.started
			}
		}
	}
}

type htmlConv struct {
	b           strings.Builder
	stopAtQuote bool
	stopped     bool
	hadQuote    bool
	quoteDepth  int
	preDepth    int
	newlines    int  // pending line breaks
	lineStart   bool // at the start of an output line
	pendSpace   bool // a space is pending between words
	started     bool // some text was written
}

func htmlAttr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func htmlHasClass(n *html.Node, class string) bool {
	for _, c := range strings.Fields(htmlAttr(n, "class")) {
		if strings.EqualFold(c, class) {
			return true
		}
	}
	return false
}

// isQuoteContainer reports whether n starts the quoted part of a reply.
func isQuoteContainer(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	id := strings.ToLower(htmlAttr(n, "id"))
	switch n.DataAtom {
	case atom.Div, atom.Span, atom.Section:
		if strings.HasSuffix(id, "divrplyfwdmsg") || id == "appendonsend" || strings.HasSuffix(id, "mail-editor-reference-message-container") {
			return true
		}
		if htmlHasClass(n, "gmail_quote") || htmlHasClass(n, "gmail_quote_container") || htmlHasClass(n, "OutlookMessageHeader") ||
			htmlHasClass(n, "yahoo_quoted") || htmlHasClass(n, "moz-cite-prefix") || htmlHasClass(n, "x_gmail_quote") ||
			htmlHasClass(n, "x_OutlookMessageHeader") {
			return true
		}
		if n.DataAtom == atom.Div {
			// Outlook desktop puts the "Van:/Verzonden:" block in a div with a top border.
			style := strings.ToLower(strings.ReplaceAll(htmlAttr(n, "style"), " ", ""))
			if strings.Contains(style, "border-top:solid#e1e1e1") || strings.Contains(style, "border-top:solid#b5c4df") {
				return true
			}
		}
	case atom.Blockquote:
		if strings.EqualFold(htmlAttr(n, "type"), "cite") || htmlHasClass(n, "gmail_quote") {
			return true
		}
	case atom.Hr:
		if id == "stopspelling" || id == "zwchr" {
			return true
		}
	}
	return false
}

var blockElems = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Ul: true, atom.Ol: true, atom.Li: true, atom.Table: true,
	atom.Tr: true, atom.Blockquote: true, atom.Pre: true, atom.Hr: true, atom.Section: true,
	atom.Article: true, atom.Header: true, atom.Footer: true, atom.Address: true, atom.Dl: true,
	atom.Dt: true, atom.Dd: true, atom.Form: true, atom.Fieldset: true, atom.Center: true,
	atom.Nav: true, atom.Aside: true, atom.Figure: true, atom.Main: true, atom.Caption: true,
	atom.Tbody: true, atom.Thead: true, atom.Tfoot: true, atom.Body: true, atom.Html: true,
}

var skipElems = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Head: true, atom.Title: true, atom.Noscript: true,
	atom.Template: true, atom.Svg: true, atom.Object: true, atom.Iframe: true, atom.Select: true,
	atom.Button: true, atom.Meta: true, atom.Link: true, atom.Math: true,
}

func (c *htmlConv) walk(n *html.Node, depth int) {
	if c.stopped || depth > maxHTMLDepth {
		return
	}
	switch n.Type {
	case html.TextNode:
		c.text(n.Data)
		return
	case html.CommentNode, html.DoctypeNode:
		return
	case html.DocumentNode:
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			c.walk(ch, depth+1)
		}
		return
	case html.ElementNode:
	default:
		return
	}
	if skipElems[n.DataAtom] || (n.DataAtom == 0 && (strings.EqualFold(n.Data, "o:p") && n.FirstChild == nil)) {
		return
	}
	if strings.EqualFold(htmlAttr(n, "hidden"), "hidden") || strings.Contains(strings.ToLower(strings.ReplaceAll(htmlAttr(n, "style"), " ", "")), "display:none") {
		return
	}
	if isQuoteContainer(n) {
		c.hadQuote = true
		if c.stopAtQuote {
			c.stopped = true
			return
		}
	}
	quote := n.DataAtom == atom.Blockquote
	switch {
	case n.DataAtom == atom.Br:
		if c.started {
			c.newlines++
			c.pendSpace = false
		}
		return
	case n.DataAtom == atom.Hr:
		c.breakLine(1)
		return
	case n.DataAtom == atom.Img:
		return
	case n.DataAtom == atom.Td || n.DataAtom == atom.Th:
		if !c.lineStart && c.started {
			c.pendSpace = true
		}
	case n.DataAtom == atom.Li:
		c.breakLine(1)
		c.write("- ")
	case blockElems[n.DataAtom]:
		c.breakLine(1)
	}
	if quote {
		c.breakLine(1)
		c.quoteDepth++
	}
	if n.DataAtom == atom.Pre {
		c.preDepth++
	}
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		c.walk(ch, depth+1)
		if c.stopped {
			break
		}
	}
	if n.DataAtom == atom.Pre {
		c.preDepth--
	}
	if quote {
		c.breakLine(1)
		c.quoteDepth--
	}
	if blockElems[n.DataAtom] {
		c.breakLine(1)
	}
	if n.DataAtom == atom.Td || n.DataAtom == atom.Th {
		c.pendSpace = true
	}
}

// breakLine asks for at least n line breaks before the next text.
func (c *htmlConv) breakLine(n int) {
	if !c.started {
		return
	}
	if c.newlines < n {
		c.newlines = n
	}
	c.pendSpace = false
}

func (c *htmlConv) text(s string) {
	if c.preDepth > 0 {
		lines := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
		for i, l := range lines {
			if i > 0 {
				c.newlines++
				c.started = true
			}
			if l != "" {
				c.write(strings.ReplaceAll(l, "\u00a0", " "))
			}
		}
		return
	}
	// Collapse white space (including no-break spaces) between words.
	nbsp := strings.Contains(s, "\u00a0")
	s = strings.ReplaceAll(s, "\u00a0", " ")
	if s == "" {
		return
	}
	lead := isSpaceByte(s[0])
	trail := isSpaceByte(s[len(s)-1])
	words := strings.Fields(s)
	if len(words) == 0 {
		if nbsp && c.started && c.newlines > 0 {
			// An empty Outlook paragraph (<p>&nbsp;</p>) is an empty line.
			c.newlines = 2
			return
		}
		if c.started && !c.lineStart {
			c.pendSpace = true
		}
		return
	}
	if lead && c.started && !c.lineStart {
		c.pendSpace = true
	}
	c.write(strings.Join(words, " "))
	if trail {
		c.pendSpace = true
	}
}

func isSpaceByte(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f'
}

// write emits text, first the pending line breaks (at most one empty line)
// and quote prefixes.
func (c *htmlConv) write(s string) {
	if c.newlines > 0 {
		n := c.newlines
		if n > 2 {
			n = 2
		}
		for i := 0; i < n; i++ {
			c.b.WriteByte('\n')
		}
		c.newlines = 0
		c.lineStart = true
		c.pendSpace = false
	}
	if !c.started {
		c.lineStart = true
	}
	if c.lineStart {
		if c.quoteDepth > 0 {
			c.b.WriteString(strings.Repeat("> ", min(c.quoteDepth, maxQuotePrefix)))
		}
		c.lineStart = false
	} else if c.pendSpace {
		c.b.WriteByte(' ')
	}
	c.pendSpace = false
	c.b.WriteString(s)
	c.started = true
}

func (c *htmlConv) result() string {
	lines := strings.Split(c.b.String(), "\n")
	out := lines[:0]
	blank := 0
	for _, l := range lines {
		l = strings.TrimRight(l, " \t")
		if strings.TrimSpace(l) == "" {
			blank++
			if blank > 1 {
				continue
			}
			l = ""
		} else {
			blank = 0
		}
		out = append(out, l)
	}
	return strings.TrimSpace(strings.Join(out, "\n"))
}
