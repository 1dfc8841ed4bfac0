package mail

import (
	"bytes"
	"encoding/base64"
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
	out   []byte // decoded bytes, out[off:] not yet returned
	off   int
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
	for q.off == len(q.out) && q.err == nil {
		if q.in == nil {
			q.in = make([]byte, decodeChunk)
		}
		n, err := q.src.Read(q.in)
		q.feed(q.in[:n])
		if err != nil {
			q.flush()
			q.err = err
		}
	}
	n := copy(p, q.out[q.off:])
	q.off += n
	if q.off == len(q.out) {
		q.out, q.off = q.out[:0], 0
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

// feed decodes a chunk, copying runs of plain bytes at once.
func (q *qpReader) feed(in []byte) {
	for i := 0; i < len(in); {
		if q.state == qpNormal && len(q.ws) == 0 {
			j := i
			for j < len(in) && !qpSpecial(in[j]) {
				j++
			}
			if j > i {
				q.out = append(q.out, in[i:j]...)
				i = j
				continue
			}
		}
		q.step(in[i])
		i++
	}
}

func qpSpecial(c byte) bool {
	return c == '=' || c == ' ' || c == '\t' || c == '\r' || c == '\n'
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
	out  []byte // decoded bytes, out[off:] not yet returned
	off  int
	err  error
	line []byte // the current line's base64 characters
	junk int    // invalid characters on the current line
	quad [4]byte
	n    int
	bad  int
	// countOnly: clean whole lines are counted into counted instead of decoded (skip).
	countOnly bool
	counted   int64
}

// skip reads the rest of the input as Read would and returns how many decoded bytes
// that was, without decoding the clean whole lines (nearly all of a well-formed body):
// an attachment whose size is all that is wanted costs a scan instead of a decode. The
// bad-byte count is the same as after reading; later Reads return the final error.
func (b *b64Reader) skip() (int64, error) {
	n := int64(len(b.out) - b.off)
	b.out, b.off = b.out[:0], 0
	b.countOnly = true
	defer func() { b.countOnly = false }()
	for b.err == nil {
		b.fill()
		n += int64(len(b.out)) + b.counted
		b.out, b.counted = b.out[:0], 0
	}
	if b.err == io.EOF {
		return n, nil
	}
	return n, b.err
}

// fill reads the next chunk of input and decodes (or, in countOnly mode, counts) it; at
// the end of the input it finishes the last line and quantum and keeps the error.
func (b *b64Reader) fill() {
	if b.in == nil {
		b.in = make([]byte, decodeChunk)
	}
	m, err := b.src.Read(b.in)
	b.feed(b.in[:m])
	if err != nil {
		b.endLine()
		b.finishQuantum()
		b.err = err
	}
}

// discard reads r to its end and returns how many bytes it gave, as io.Copy to
// io.Discard would; base64 bodies are counted without decoding their clean lines.
func discard(r io.Reader) (int64, error) {
	if b, ok := r.(*b64Reader); ok {
		return b.skip()
	}
	return io.Copy(io.Discard, r)
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
	for b.off == len(b.out) && b.err == nil {
		b.fill()
	}
	n := copy(p, b.out[b.off:])
	b.off += n
	if b.off == len(b.out) {
		b.out, b.off = b.out[:0], 0
		if n == 0 || b.err != nil {
			return n, b.err
		}
	}
	return n, nil
}

// feed splits a chunk into lines; clean lines are appended in one go.
func (b *b64Reader) feed(in []byte) {
	for len(in) > 0 {
		seg := in
		nl := bytes.IndexByte(in, '\n')
		if nl >= 0 {
			seg = in[:nl]
			in = in[nl+1:]
		} else {
			in = nil
		}
		body := bytes.TrimSuffix(seg, []byte{'\r'})
		clean := b.junk == 0 && b64Clean(body)
		if clean && nl >= 0 && b.countOnly && len(b.line) == 0 && b.n == 0 && len(body)%4 == 0 {
			// A whole clean line while counting: its size is all that is wanted.
			b.counted += int64(len(body) / 4 * 3)
			continue
		}
		if clean && len(b.line)+len(seg) < maxB64Line {
			b.line = append(b.line, body...)
		} else {
			for _, c := range seg {
				b.step(c)
			}
		}
		if nl >= 0 {
			b.endLine()
		}
	}
}

// b64Clean reports whether every byte of s is in the base64 alphabet ('=' is not). The
// table gives 0xff outside the alphabet and 0..63 inside, so one OR over the line tells,
// without a branch per byte.
func b64Clean(s []byte) bool {
	var acc byte
	for len(s) >= 8 {
		acc |= b64Table[s[0]] | b64Table[s[1]] | b64Table[s[2]] | b64Table[s[3]] |
			b64Table[s[4]] | b64Table[s[5]] | b64Table[s[6]] | b64Table[s[7]]
		s = s[8:]
	}
	for _, c := range s {
		acc |= b64Table[c]
	}
	return acc&0x80 == 0
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
	if b.n == 0 && len(b.line)%4 == 0 && bytes.IndexByte(b.line, '=') < 0 {
		// Fast path: a whole clean line.
		if b.countOnly {
			b.counted += int64(len(b.line) / 4 * 3)
			b.line = b.line[:0]
			return
		}
		start := len(b.out)
		b.out = append(b.out, make([]byte, len(b.line)/4*3)...)
		if n, err := base64.StdEncoding.Decode(b.out[start:], b.line); err == nil {
			b.out = b.out[:start+n]
			b.line = b.line[:0]
			return
		}
		b.out = b.out[:start]
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
