package mail

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"mime"
	netmail "net/mail"
	nettextproto "net/textproto"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/emersion/go-message/textproto"
	"golang.org/x/text/encoding/charmap"
)

// rawField is one header field: canonical key and raw (unfolded, undecoded) value.
type rawField struct {
	key   string
	value string
}

// header is an ordered list of fields, topmost first.
type rawHeader []rawField

func (h rawHeader) get(key string) string {
	key = canonicalKey(key)
	for _, f := range h {
		if f.key == key {
			return f.value
		}
	}
	return ""
}

func (h rawHeader) has(key string) bool {
	key = canonicalKey(key)
	for _, f := range h {
		if f.key == key {
			return true
		}
	}
	return false
}

func (h rawHeader) values(key string) []string {
	key = canonicalKey(key)
	var out []string
	for _, f := range h {
		if f.key == key {
			out = append(out, f.value)
		}
	}
	return out
}

// canonicalKey uses the rules go-message applies to the keys it reads.
func canonicalKey(k string) string {
	return nettextproto.CanonicalMIMEHeaderKey(k)
}

func fromTextproto(th textproto.Header) rawHeader {
	out := make(rawHeader, 0, th.Len())
	fs := th.Fields()
	for fs.Next() {
		out = append(out, rawField{key: fs.Key(), value: fs.Value()})
	}
	return out
}

// headerLimitReader is io.LimitedReader with a distinct error, so a too large
// header can be told apart from the end of input.
type headerLimitReader struct {
	r io.Reader
	n int64
}

var errHeaderTooBig = errors.New("header too large")

func (l *headerLimitReader) Read(p []byte) (int, error) {
	if l.n <= 0 {
		return 0, errHeaderTooBig
	}
	if int64(len(p)) > l.n {
		p = p[:l.n]
	}
	n, err := l.r.Read(p)
	l.n -= int64(n)
	return n, err
}

// topReaders keeps the buffered readers a message is read through: a first import
// parses every message of the mailbox, and a fresh 32 KB buffer for each was a quarter of
// all it allocated (issue 7).
var topReaders = sync.Pool{New: func() any { return bufio.NewReaderSize(nil, 32<<10) }}

// releaseTopReader gives a reader from readTopHeader back; the caller must be done with
// the body.
func releaseTopReader(br *bufio.Reader) {
	br.Reset(nil)
	topReaders.Put(br)
}

// readTopHeader reads the message header leniently: malformed lines are
// skipped with a problem, a leading mbox "From " line is dropped. It returns
// the header and a reader positioned at the start of the body, to be given back
// with releaseTopReader.
func readTopHeader(r io.Reader, opt Options, probs *problems) (rawHeader, *bufio.Reader, error) {
	lr := &headerLimitReader{r: r, n: int64(opt.MaxHeaderBytes)}
	br := topReaders.Get().(*bufio.Reader)
	br.Reset(lr)

	if peek, _ := br.Peek(5); string(peek) == "From " {
		_ = skipLine(br) // an mbox separator, not a header field
	}
	var h rawHeader
	var lastErr error
	for attempt := 0; ; attempt++ {
		th, err := textproto.ReadHeader(br)
		h = append(h, fromTextproto(th)...)
		if err == nil {
			break
		}
		lastErr = err
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			break
		}
		if errors.Is(err, errHeaderTooBig) {
			probs.addf("header larger than %d bytes: rest of header skipped", opt.MaxHeaderBytes)
			lr.n = math.MaxInt64
			skipUntilBlankLine(br)
			break
		}
		if !strings.Contains(err.Error(), "malformed") {
			// A read error, not a format error: keep what was read.
			probs.addf("read error in header: %s", clipStr(err.Error(), 120))
			break
		}
		if attempt >= 1000 {
			probs.addf("too many malformed header lines: rest of header skipped")
			skipUntilBlankLine(br)
			break
		}
		probs.addf("malformed header line skipped: %s", clipStr(err.Error(), 120))
	}
	lr.n = math.MaxInt64
	if len(h) == 0 {
		releaseTopReader(br)
		if lastErr != nil && !errors.Is(lastErr, io.EOF) {
			return nil, nil, fmt.Errorf("%w: %w", ErrNoMessage, lastErr)
		}
		return nil, nil, ErrNoMessage
	}
	return h, br, nil
}

func skipLine(br *bufio.Reader) error {
	for {
		_, err := br.ReadSlice('\n')
		if err == bufio.ErrBufferFull {
			continue
		}
		return err
	}
}

// skipUntilBlankLine discards lines up to and including the first empty line.
func skipUntilBlankLine(br *bufio.Reader) {
	for {
		line, err := br.ReadSlice('\n')
		if err == bufio.ErrBufferFull {
			if skipLine(br) != nil {
				return
			}
			continue
		}
		if len(bytes.TrimRight(line, "\r\n")) == 0 || err != nil {
			return
		}
	}
}

// decodeHeaderText turns a raw header value into clean UTF-8 text: 8-bit
// bytes are read as UTF-8 where valid and windows-1252 elsewhere, RFC 2047
// encoded words are decoded (unknown charsets read as windows-1252 with a
// problem), control characters become spaces.
func decodeHeaderText(raw string, probs *problems) string {
	s := lenientUTF8([]byte(raw))
	if strings.Contains(s, "=?") {
		dec := mime.WordDecoder{CharsetReader: func(label string, in io.Reader) (io.Reader, error) {
			r, known := charsetReader(label, in)
			if !known {
				probs.addf("unknown charset %q in header, read as windows-1252", clipStr(label, 40))
			}
			return r, nil
		}}
		if d, err := dec.DecodeHeader(s); err == nil {
			s = lenientUTF8([]byte(d))
		}
	}
	return cleanControl(s)
}

// cleanControl replaces control characters (also CR and LF) by spaces and
// drops NULs and invalid UTF-8.
func cleanControl(s string) string {
	clean := true
	for _, r := range s {
		if r == utf8.RuneError || (r < 0x20) || r == 0x7f || (r >= 0x80 && r < 0xa0) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteRune(unicode.ReplacementChar)
		case r == 0:
		case r >= 0x80 && r < 0xa0:
			// C1 controls come from windows-1252 text labelled (or decoded
			// by mime) as iso-8859-1: map them as browsers do.
			if m := charmap.Windows1252.DecodeByte(byte(r)); m >= 0xa0 {
				b.WriteRune(m)
			} else {
				b.WriteByte(' ')
			}
		case r < 0x20 || r == 0x7f:
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// squashSpace trims s and collapses runs of white space to one space.
func squashSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

const maxIDs = 200

// parseMsgIDs returns the message ids in a Message-ID, In-Reply-To or
// References value, without angle brackets.
func parseMsgIDs(v string) []string {
	var ids []string
	rest := v
	for {
		i := strings.IndexByte(rest, '<')
		if i < 0 {
			break
		}
		j := strings.IndexByte(rest[i+1:], '>')
		if j < 0 {
			break
		}
		id := strings.TrimSpace(rest[i+1 : i+1+j])
		if id != "" && !strings.ContainsAny(id, " \t<") {
			ids = append(ids, id)
		}
		rest = rest[i+1+j+1:]
	}
	if len(ids) == 0 {
		// No brackets: take bare tokens that look like ids.
		for _, tok := range strings.Fields(v) {
			tok = strings.Trim(tok, "<>,;")
			if strings.Contains(tok, "@") && !strings.ContainsAny(tok, "()") {
				ids = append(ids, tok)
			}
		}
	}
	if len(ids) > maxIDs {
		// Keep the root and the most recent ids.
		ids = append(ids[:1:1], ids[len(ids)-(maxIDs-1):]...)
	}
	for i, id := range ids {
		ids[i] = cutStr(cleanControl(lenientUTF8([]byte(id))), 998)
	}
	return ids
}

// parseAddressList parses an address header leniently: net/mail first, and a
// forgiving split on commas when that fails.
func parseAddressList(raw string, probs *problems) []Address {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return nil
	}
	s := lenientUTF8([]byte(raw))
	if len(s) > 64<<10 {
		s = s[:64<<10]
		probs.addf("address header longer than 64 KiB truncated")
	}
	dec := &mime.WordDecoder{CharsetReader: func(label string, in io.Reader) (io.Reader, error) {
		r, _ := charsetReader(label, in)
		return r, nil
	}}
	p := netmail.AddressParser{WordDecoder: dec}
	if list, err := p.ParseList(s); err == nil {
		out := make([]Address, 0, len(list))
		for _, a := range list {
			if a == nil || a.Address == "" {
				continue
			}
			out = append(out, Address{Name: cleanName(a.Name), Addr: strings.ToLower(cleanControl(a.Address))})
		}
		return out
	}
	return lenientAddressList(s, probs)
}

func cleanName(n string) string {
	return squashSpace(cleanControl(n))
}

// lenientAddressList splits on commas outside quotes and angle brackets and
// finds an addr-spec in each item. Items without an address (an unquoted
// "Jansen, Piet <piet@x>") are glued to the next item as its name.
func lenientAddressList(s string, probs *problems) []Address {
	var items []string
	var cur strings.Builder
	inQuote, inAngle := false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\\' && inQuote && i+1 < len(s):
			cur.WriteByte(c)
			i++
			cur.WriteByte(s[i])
			continue
		case c == '"':
			inQuote = !inQuote
		case c == '<' && !inQuote:
			inAngle = true
		case c == '>' && !inQuote:
			inAngle = false
		case (c == ',' || c == ';') && !inQuote && !inAngle:
			items = append(items, cur.String())
			cur.Reset()
			continue
		}
		cur.WriteByte(c)
	}
	items = append(items, cur.String())

	var out []Address
	var pending []string // items without an address: part of the next name
	for _, it := range items {
		it = strings.TrimSpace(it)
		if it == "" {
			continue
		}
		// Drop a group display name "undisclosed-recipients:".
		if i := strings.IndexByte(it, ':'); i >= 0 && !strings.ContainsAny(it[:i], "<@\"") {
			it = strings.TrimSpace(it[i+1:])
			if it == "" {
				continue
			}
		}
		addr, name := "", ""
		if i := strings.LastIndexByte(it, '<'); i >= 0 {
			j := strings.IndexByte(it[i:], '>')
			if j > 0 {
				addr = strings.TrimSpace(it[i+1 : i+j])
			} else {
				addr = strings.TrimSpace(it[i+1:])
			}
			name = strings.TrimSpace(it[:i])
		} else {
			for _, tok := range strings.Fields(it) {
				if strings.Contains(tok, "@") {
					addr = strings.Trim(tok, "\"'()[]")
					name = strings.TrimSpace(strings.Replace(it, tok, "", 1))
					break
				}
			}
		}
		if addr == "" || !strings.Contains(addr, "@") {
			if len(pending) < 8 {
				pending = append(pending, it)
			}
			continue
		}
		if len(pending) > 0 {
			name = strings.TrimSpace(strings.Join(append(pending, name), ", "))
			name = strings.TrimSuffix(name, ",")
			pending = pending[:0]
		}
		name = strings.Trim(strings.TrimSpace(name), "\"'")
		name = strings.ReplaceAll(name, `\"`, `"`)
		if strings.Contains(name, "=?") {
			name = decodeHeaderText(name, probs)
		}
		out = append(out, Address{Name: cleanName(name), Addr: strings.ToLower(cleanControl(addr))})
	}
	if len(out) > 0 {
		probs.addf("malformed address list read leniently")
	}
	return out
}

// parseDate parses a Date header with net/mail semantics and a few lenient
// fallbacks for common breakage.
func parseDate(v string) (time.Time, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return time.Time{}, false
	}
	if t, err := netmail.ParseDate(v); err == nil {
		return t, true
	}
	// Remove comments, a trailing zone name and extra spaces, then retry
	// with a list of layouts seen in the wild.
	s := v
	if i := strings.IndexByte(s, '('); i >= 0 {
		s = s[:i]
	}
	s = squashSpace(strings.ReplaceAll(s, ",", ", "))
	s = strings.ReplaceAll(s, " ,", ",")
	if t, err := netmail.ParseDate(s); err == nil {
		return t, true
	}
	layouts := []string{
		"Mon, 2 Jan 2006 15:04:05 -0700 MST",
		"Mon, 2 Jan 2006 15:04:05 MST",
		"Mon, 2 Jan 2006 15:04 -0700",
		"2 Jan 2006 15:04:05 -0700",
		"Mon, 2 January 2006 15:04:05 -0700",
		"Mon Jan 2 15:04:05 2006",
		"Mon Jan 2 15:04:05 MST 2006",
		"Mon, 2 Jan 06 15:04:05 -0700",
		"2006-01-02 15:04:05 -0700",
		"2006-01-02T15:04:05Z07:00",
		"Monday, January 2, 2006 15:04:05 -0700",
		"Mon, 02 Jan 2006 15:04:05.000 -0700",
	}
	for _, l := range layouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// parseHeaderFields fills the header-derived fields of m.
func parseHeaderFields(m *Message, h rawHeader, probs *problems) {
	if ids := parseMsgIDs(h.get("Message-Id")); len(ids) > 0 {
		m.MessageID = ids[0]
	}
	m.InReplyTo = parseMsgIDs(strings.Join(h.values("In-Reply-To"), " "))
	m.References = parseMsgIDs(strings.Join(h.values("References"), " "))

	from := parseAddressList(h.get("From"), probs)
	if len(from) == 0 {
		from = parseAddressList(h.get("Sender"), probs)
	}
	if len(from) > 0 {
		m.From = from[0]
	}
	m.ReplyTo = parseAddressList(strings.Join(h.values("Reply-To"), ", "), probs)
	m.To = parseAddressList(strings.Join(h.values("To"), ", "), probs)
	m.Cc = parseAddressList(strings.Join(h.values("Cc"), ", "), probs)

	if d := h.get("Date"); d != "" {
		if t, ok := parseDate(d); ok {
			m.Date = t
		} else {
			probs.addf("unparseable Date %q", clipStr(d, 80))
		}
	}
	m.Subject = strings.TrimSpace(decodeHeaderText(h.get("Subject"), probs))
	for _, v := range h.values("Authentication-Results") {
		m.AuthResults = append(m.AuthResults, cleanControl(lenientUTF8([]byte(v))))
	}
	m.AutoSubmitted = strings.TrimSpace(cleanControl(lenientUTF8([]byte(h.get("Auto-Submitted")))))
}

// clipStr cuts s to at most n bytes at a rune boundary and marks the cut
// with an ellipsis (for messages).
func clipStr(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return cutStr(s, n) + "…"
}

// cutStr cuts s to at most n bytes at a rune boundary.
func cutStr(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
