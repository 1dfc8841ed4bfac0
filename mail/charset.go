package mail

import (
	"bytes"
	"io"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/emersion/go-message"
	gocharset "github.com/emersion/go-message/charset"
	"golang.org/x/text/encoding/charmap"
)

func init() {
	// go-message decodes text for every package that uses it through this
	// hook. Read latin1 and us-ascii labelled text as windows-1252, as
	// browsers do: Dutch Outlook mail labelled iso-8859-1 carries the euro
	// sign as 0x80.
	message.CharsetReader = func(label string, in io.Reader) (io.Reader, error) {
		if isLatin1Label(label) {
			return charmap.Windows1252.NewDecoder().Reader(in), nil
		}
		return gocharset.Reader(label, in)
	}
}

func normLabel(label string) string {
	return strings.ToLower(strings.Trim(strings.TrimSpace(label), `"'`))
}

func isLatin1Label(label string) bool {
	switch normLabel(label) {
	case "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "iso-ir-100",
		"cp819", "ibm819", "csisolatin1", "iso_8859-1:1987", "windows-1252", "cp1252",
		"x-cp1252", "us-ascii", "ascii", "us", "ansi_x3.4-1968", "iso646-us", "csascii":
		return true
	}
	return false
}

func isUTF8Label(label string) bool {
	switch normLabel(label) {
	case "utf-8", "utf8", "x-utf_8j", "unicode-1-1-utf-8", "":
		return true
	}
	return false
}

// charsetReader returns a reader decoding label to UTF-8 and whether the
// charset is known. Unknown charsets are read as UTF-8 where valid and
// windows-1252 elsewhere.
func charsetReader(label string, in io.Reader) (io.Reader, bool) {
	switch {
	case isUTF8Label(label):
		return in, true
	case isLatin1Label(label):
		return charmap.Windows1252.NewDecoder().Reader(in), true
	}
	if r, err := gocharset.Reader(normLabel(label), in); err == nil && r != nil {
		return r, true
	}
	return in, false
}

// decodeCharset converts b from label to valid UTF-8. Pure-ASCII input is
// returned as is. us-ascii, missing and utf-8 labels read valid UTF-8 as
// UTF-8 and stray bytes as windows-1252; latin1 labels read windows-1252.
// known is false for an unknown charset (then the lenient UTF-8 reading is
// used).
func decodeCharset(label string, b []byte) (s string, known bool) {
	l := normLabel(label)
	if allASCII(b) && !strings.HasPrefix(l, "utf-16") && !strings.HasPrefix(l, "utf-32") &&
		!strings.HasPrefix(l, "utf-7") && !strings.Contains(l, "2022") && l != "hz-gb-2312" {
		return string(b), true
	}
	switch {
	case isUTF8Label(l), l == "us-ascii", l == "ascii":
		return lenientUTF8(b), true
	case isLatin1Label(l):
		out, err := charmap.Windows1252.NewDecoder().Bytes(b)
		if err != nil {
			return lenientUTF8(b), true
		}
		return string(out), true
	}
	r, err := gocharset.Reader(l, bytes.NewReader(b))
	if err != nil || r == nil {
		return lenientUTF8(b), false
	}
	out, err := io.ReadAll(r)
	if err != nil {
		return lenientUTF8(b), false
	}
	return lenientUTF8(out), true
}

func allASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return false
		}
	}
	return true
}

// lenientUTF8 returns b as a valid UTF-8 string: valid UTF-8 sequences are
// kept, every other byte is read as windows-1252.
func lenientUTF8(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	var sb strings.Builder
	sb.Grow(len(b) + len(b)/4)
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if r == utf8.RuneError && size <= 1 {
			sb.WriteRune(charmap.Windows1252.DecodeByte(b[0]))
			b = b[1:]
			continue
		}
		sb.WriteRune(r)
		b = b[size:]
	}
	return sb.String()
}

var metaCharsetRe = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.\-]+)`)

// htmlMetaCharset finds a charset declared in the first bytes of an HTML document.
func htmlMetaCharset(b []byte) string {
	if len(b) > 4096 {
		b = b[:4096]
	}
	if m := metaCharsetRe.FindSubmatch(b); m != nil {
		return string(m[1])
	}
	return ""
}
