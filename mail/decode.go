package mail

import (
	"io"
	"strings"
)

// Lenient transfer decoders: they never fail on bad input, they skip or keep
// what they cannot decode and count it, so the caller can record a problem.

const decodeChunk = 8 << 10

// transferDecoder returns the decoded body for a Content-Transfer-Encoding
// and a function reporting the number of bad input bytes seen so far. known is
// false for an encoding that is not understood (the raw body is returned).
func transferDecoder(enc string, r io.Reader) (dec io.Reader, bad func() int, known bool) {
	switch strings.ToLower(strings.TrimSpace(enc)) {
	case "quoted-printable", "quoted_printable", "qp":
		q := &qpReader{src: r}
		return q, func() int { return q.bad }, true
	case "base64", "base-64":
		b := &b64Reader{src: r}
		return b, func() int { return b.bad }, true
	case "7bit", "8bit", "binary", "", "7-bit", "8-bit":
		return r, func() int { return 0 }, true
	default:
		return r, func() int { return 0 }, false
	}
}

// qpReader decodes quoted-printable. Invalid escapes are kept literally,
// trailing white space before a line break is removed, soft line breaks are
// joined.
type qpReader struct {
	src   io.Reader
	in    []byte
	out   []byte
	err   error
	state int // 0 normal, 1 after '=', 2 after '=' and one hex digit, 3 after "=\r", 4 after '=' and white space
	hex1  byte
	ws    []byte // pending white space (dropped if a line break follows)
	eqWS  []byte // white space after '='
	bad   int
}

const (
	qpNormal = iota
	qpEq
	qpEqHex
	qpSoftCR
	qpEqWS
)

func (q *qpReader) Read(p []byte) (int, error) {
	for len(q.out) == 0 && q.err == nil {
		if q.in == nil {
			q.in = make([]byte, decodeChunk)
		}
		n, err := q.src.Read(q.in)
		for _, c := range q.in[:n] {
			q.step(c)
		}
		if err != nil {
			q.flush()
			q.err = err
		}
	}
	n := copy(p, q.out)
	q.out = q.out[n:]
	if len(q.out) == 0 {
		q.out = q.out[:0:0]
		if n == 0 || q.err != nil {
			return n, q.err
		}
	}
	return n, nil
}

func hexVal(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	}
	return 0, false
}

func (q *qpReader) step(c byte) {
	switch q.state {
	case qpEq:
		switch {
		case c == '\r':
			q.state = qpSoftCR
			return
		case c == '\n':
			q.state = qpNormal
			return
		case c == ' ' || c == '\t':
			q.eqWS = append(q.eqWS[:0], c)
			q.state = qpEqWS
			return
		}
		if _, ok := hexVal(c); ok {
			q.hex1 = c
			q.state = qpEqHex
			return
		}
		q.bad++
		q.out = append(q.out, '=')
		q.state = qpNormal
	case qpEqHex:
		if lo, ok := hexVal(c); ok {
			hi, _ := hexVal(q.hex1)
			q.out = append(q.out, hi<<4|lo)
			q.state = qpNormal
			return
		}
		q.bad++
		q.out = append(q.out, '=', q.hex1)
		q.state = qpNormal
	case qpSoftCR:
		q.state = qpNormal
		if c == '\n' {
			return
		}
	case qpEqWS:
		switch c {
		case ' ', '\t':
			if len(q.eqWS) < 1024 {
				q.eqWS = append(q.eqWS, c)
			}
			return
		case '\r':
			q.state = qpSoftCR
			return
		case '\n':
			q.state = qpNormal
			return
		}
		q.bad++
		q.out = append(q.out, '=')
		q.out = append(q.out, q.eqWS...)
		q.state = qpNormal
	}
	// qpNormal
	switch c {
	case '=':
		q.out = append(q.out, q.ws...)
		q.ws = q.ws[:0]
		q.state = qpEq
	case ' ', '\t':
		q.ws = append(q.ws, c)
		if len(q.ws) >= 4096 {
			q.out = append(q.out, q.ws...)
			q.ws = q.ws[:0]
		}
	case '\r', '\n':
		q.ws = q.ws[:0]
		q.out = append(q.out, c)
	default:
		q.out = append(q.out, q.ws...)
		q.ws = q.ws[:0]
		q.out = append(q.out, c)
	}
}

func (q *qpReader) flush() {
	switch q.state {
	case qpEq:
		// "=" at the very end: a soft break without line ending.
	case qpEqHex:
		q.bad++
		q.out = append(q.out, '=', q.hex1)
	case qpEqWS:
	}
	q.state = qpNormal
	q.ws = q.ws[:0]
}

// b64Reader decodes base64 line by line: a line with characters outside the
// alphabet is skipped whole (counted as bad), so junk in the middle does not
// shift the rest; padding restarts decoding, so concatenated base64 works.
type b64Reader struct {
	src  io.Reader
	in   []byte
	out  []byte
	err  error
	line []byte // the current line's base64 characters
	junk int    // invalid characters on the current line
	quad [4]byte
	n    int
	bad  int
}

// maxB64Line bounds the line buffer; longer lines are judged in pieces.
const maxB64Line = 16 << 10

var b64Table = func() [256]byte {
	var t [256]byte
	for i := range t {
		t[i] = 0xff
	}
	const alpha = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	for i := 0; i < len(alpha); i++ {
		t[alpha[i]] = byte(i)
	}
	return t
}()

func (b *b64Reader) Read(p []byte) (int, error) {
	for len(b.out) == 0 && b.err == nil {
		if b.in == nil {
			b.in = make([]byte, decodeChunk)
		}
		n, err := b.src.Read(b.in)
		for _, c := range b.in[:n] {
			b.step(c)
		}
		if err != nil {
			b.endLine()
			b.finishQuantum()
			b.err = err
		}
	}
	n := copy(p, b.out)
	b.out = b.out[n:]
	if len(b.out) == 0 {
		b.out = b.out[:0:0]
		if n == 0 || b.err != nil {
			return n, b.err
		}
	}
	return n, nil
}

func (b *b64Reader) step(c byte) {
	switch {
	case c == '\n':
		b.endLine()
	case b64Table[c] != 0xff || c == '=':
		b.line = append(b.line, c)
		if len(b.line) >= maxB64Line {
			b.endLine()
		}
	case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
	default:
		b.junk++
	}
}

// endLine decodes the buffered line, or drops it when it held junk.
func (b *b64Reader) endLine() {
	if b.junk > 0 {
		b.bad += b.junk + len(b.line)
		b.junk = 0
		b.line = b.line[:0]
		return
	}
	for _, c := range b.line {
		if c == '=' {
			b.finishQuantum()
			continue
		}
		b.quad[b.n] = b64Table[c]
		b.n++
		if b.n == 4 {
			b.out = append(b.out, b.quad[0]<<2|b.quad[1]>>4, b.quad[1]<<4|b.quad[2]>>2, b.quad[2]<<6|b.quad[3])
			b.n = 0
		}
	}
	b.line = b.line[:0]
}

// finishQuantum emits the bytes of an incomplete quantum (at padding or end).
func (b *b64Reader) finishQuantum() {
	switch b.n {
	case 1:
		b.bad++
	case 2:
		b.out = append(b.out, b.quad[0]<<2|b.quad[1]>>4)
	case 3:
		b.out = append(b.out, b.quad[0]<<2|b.quad[1]>>4, b.quad[1]<<4|b.quad[2]>>2)
	}
	b.n = 0
}
