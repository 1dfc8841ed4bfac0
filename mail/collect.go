package mail

import (
	"io"
	"strings"
)

// collector gathers body text and attachments from the leaves Parse walks.
type collector struct {
	opt           Options
	texts         []string
	htmls         []string
	textBytes     int
	htmlBytes     int
	truncated     bool
	htmlTruncated bool
	attachments   []Attachment
	textFromPlain bool
	unknownCS     []string

	sawDeliveryStatus bool // a message/delivery-status part (DSN)
	sawMDN            bool // a message/disposition-notification part (read receipt)
}

func newCollector(opt Options) *collector {
	return &collector{opt: opt}
}

func (c *collector) leaf(l *leafPart) error {
	switch l.mediaType {
	case "message/delivery-status", "message/global-delivery-status":
		c.sawDeliveryStatus = true
	case "message/disposition-notification", "message/global-disposition-notification":
		c.sawMDN = true
	}
	if l.isBodyText() {
		c.bodyText(l)
		return nil
	}
	a := l.attachment()
	if a == nil {
		return nil
	}
	n, _ := discard(l.body)
	a.Size = n
	c.attachments = append(c.attachments, *a)
	return nil
}

func (c *collector) bodyText(l *leafPart) {
	isHTML := l.mediaType == "text/html"
	used := c.textBytes
	if isHTML {
		used = c.htmlBytes
	}
	budget := c.opt.MaxTextBytes - used
	if budget <= 0 {
		if isHTML {
			c.htmlTruncated = true
		} else {
			c.truncated = true
		}
		return
	}
	raw, _ := io.ReadAll(io.LimitReader(l.body, int64(budget)+1))
	if len(raw) > budget {
		raw = raw[:budget]
		if isHTML {
			c.htmlTruncated = true
		} else {
			c.truncated = true
		}
	}
	label, hasLabel := l.params["charset"]
	if isHTML && !hasLabel {
		label = htmlMetaCharset(raw)
	}
	s, known := decodeCharset(label, raw)
	if !known {
		c.unknownCS = append(c.unknownCS, partName(l.path)+": unknown charset "+dquote(clipStr(label, 40))+", read as UTF-8/windows-1252")
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = strings.ReplaceAll(s, "\x00", "")
	if isHTML {
		c.htmls = append(c.htmls, s)
		c.htmlBytes += len(raw)
		return
	}
	if strings.EqualFold(l.params["format"], "flowed") {
		s = unflow(s, strings.EqualFold(l.params["delsp"], "yes"))
	}
	c.texts = append(c.texts, s)
	c.textBytes += len(raw)
}

func dquote(s string) string {
	return `"` + s + `"`
}

func (c *collector) finish(m *Message, probs *problems) {
	for _, u := range c.unknownCS {
		probs.addf("%s", u)
	}
	m.HTML = strings.Join(c.htmls, "\n")
	text := strings.Join(nonBlankTexts(c.texts), "\n")
	if strings.TrimSpace(text) != "" {
		c.textFromPlain = true
		m.Text = strings.TrimSpace(text)
	} else if m.HTML != "" {
		m.Text = HTMLToText(m.HTML)
		if len(m.Text) > c.opt.MaxTextBytes {
			probs.addf("text converted from HTML longer than %d bytes truncated", c.opt.MaxTextBytes)
		}
	}
	// Decoding (windows-1252 to UTF-8, HTML quote prefixes) can grow the
	// text; keep the cap on what is returned.
	if len(m.Text) > c.opt.MaxTextBytes {
		m.Text = cutStr(m.Text, c.opt.MaxTextBytes)
		c.truncated = true
	}
	if len(m.HTML) > c.opt.MaxTextBytes {
		m.HTML = cutStr(m.HTML, c.opt.MaxTextBytes)
	}
	if c.truncated {
		probs.addf("body text longer than %d bytes truncated", c.opt.MaxTextBytes)
	}
	if c.htmlTruncated {
		probs.addf("HTML longer than %d bytes truncated", c.opt.MaxTextBytes)
	}
	m.Attachments = c.attachments
}

func nonBlankTexts(ss []string) []string {
	out := ss[:0:0]
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			out = append(out, strings.TrimRight(s, "\n"))
		}
	}
	return out
}

// unflow joins the soft line breaks of RFC 3676 format=flowed text.
func unflow(s string, delsp bool) string {
	lines := strings.Split(s, "\n")
	var b strings.Builder
	b.Grow(len(s))
	prevFlowed := false
	prevDepth := 0
	for i, line := range lines {
		depth := 0
		for depth < len(line) && line[depth] == '>' {
			depth++
		}
		content := line[depth:]
		content = strings.TrimPrefix(content, " ") // space stuffing
		if prevFlowed && depth == prevDepth {
			// continue the previous line
		} else if i > 0 {
			b.WriteByte('\n')
			if depth > 0 {
				b.WriteString(strings.Repeat(">", depth) + " ")
			}
		} else if depth > 0 {
			b.WriteString(strings.Repeat(">", depth) + " ")
		}
		flowed := strings.HasSuffix(content, " ") && content != "-- "
		if flowed && delsp {
			content = content[:len(content)-1]
		}
		b.WriteString(content)
		prevFlowed, prevDepth = flowed, depth
	}
	return b.String()
}
