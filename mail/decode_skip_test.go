package mail

import (
	"bytes"
	"encoding/base64"
	"io"
	"math/rand/v2"
	"strings"
	"testing"
)

// skipEqualsRead: counting a base64 body with skip gives exactly the bytes, the bad-byte
// count and the error that reading it gives, for clean bodies and for every kind of damage
// the lenient decoder handles (junk lines, padding in the middle, ragged lines, CR/LF
// mixes, a missing end); also after part of the body was read.
func TestSkipEqualsRead(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	inputs := []string{"", "QUJD", "QUJD\r\n", "QQ==", "QQ==QUJD", "QU\r\nJD\r\n", "Q", "QUJ", "QUJDRA", "*junk*\r\nQUJD\r\n", "QU JD\r\n", "QUJD\r\n=\r\n"}
	for i := 0; i < 400; i++ {
		data := make([]byte, rng.IntN(5000))
		for j := range data {
			data[j] = byte(rng.IntN(256))
		}
		enc := base64.StdEncoding.EncodeToString(data)
		width := []int{76, 64, 72, 100, 3, 1 << 20}[rng.IntN(6)]
		var b strings.Builder
		for len(enc) > 0 {
			n := min(width, len(enc))
			b.WriteString(enc[:n])
			enc = enc[n:]
			switch rng.IntN(12) {
			case 0:
				b.WriteString("\n")
			case 1:
				b.WriteString("\r\n!!bad line\r\n")
			case 2:
				b.WriteString(" \t\r\n")
			case 3:
				b.WriteString("==\r\n")
			default:
				b.WriteString("\r\n")
			}
		}
		s := b.String()
		if rng.IntN(5) == 0 && len(s) > 10 {
			s = s[:rng.IntN(len(s))] // cut anywhere
		}
		inputs = append(inputs, s)
	}
	for i, in := range inputs {
		for _, pre := range []int{0, 1, 100} {
			read := &b64Reader{src: iotestHalf(strings.NewReader(in))}
			head := make([]byte, pre)
			hn, _ := io.ReadFull(read, head)
			all, rerr := io.ReadAll(read)

			skip := &b64Reader{src: iotestHalf(strings.NewReader(in))}
			sh := make([]byte, pre)
			sn, _ := io.ReadFull(skip, sh)
			n, serr := skip.skip()
			if sn != hn || !bytes.Equal(sh[:sn], head[:hn]) || n != int64(len(all)) || serr != rerr || skip.bad != read.bad {
				t.Fatalf("input %d (%q…), %d read first: skip = %d bytes, bad %d, err %v; read = %d bytes, bad %d, err %v",
					i, clipStr(in, 40), pre, n, skip.bad, serr, len(all), read.bad, rerr)
			}
			if m, err := skip.Read(make([]byte, 8)); m != 0 || err != io.EOF {
				t.Fatalf("input %d: Read after skip = %d, %v; want 0, EOF", i, m, err)
			}
		}
	}
}

// iotestHalf returns a reader that gives at most 37 bytes per Read, so lines and quanta
// cross chunk boundaries.
func iotestHalf(r io.Reader) io.Reader { return &smallReader{r} }

type smallReader struct{ r io.Reader }

func (s *smallReader) Read(p []byte) (int, error) {
	if len(p) > 37 {
		p = p[:37]
	}
	return s.r.Read(p)
}
