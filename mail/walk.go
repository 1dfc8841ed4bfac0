package mail

import (
	"errors"
	"fmt"
	"io"
	"mime"
	"path"
	"regexp"
	"strings"

	"github.com/emersion/go-message/textproto"
)

// maxSkippedLines bounds the lines skipped to resynchronise a broken multipart.
const maxSkippedLines = 100000

// errStopWalk stops the MIME walk without a problem being recorded.
var errStopWalk = errors.New("stop walk")

// leafPart is one non-multipart MIME entity as the walker hands it out.
type leafPart struct {
	path        string // "1.2" style, "" for the root
	mediaType   string // lower-case, e.g. "text/plain"
	params      map[string]string
	disposition string // lower-case, "" if missing
	filename    string
	contentID   string
	body        io.Reader
	raw         io.Reader // the body still transfer-encoded (read either this or body)
	cte         string    // Content-Transfer-Encoding, lower case
	// badBytes reports bytes the transfer decoder could not decode so far.
	badBytes func() int
}

// isBodyText reports whether the part is message text rather than an attachment.
func (l *leafPart) isBodyText() bool {
	if l.mediaType != "text/plain" && l.mediaType != "text/html" {
		return false
	}
	return l.disposition != "attachment" && l.filename == ""
}

// signatureTypes are MIME types of signatures, which are not attachments a
// person added.
var signatureTypes = map[string]bool{
	"application/pkcs7-signature":   true,
	"application/x-pkcs7-signature": true,
	"application/pgp-signature":     true,
}

// attachment describes the part as an attachment, or nil for parts that are
// not attachments (signatures).
func (l *leafPart) attachment() *Attachment {
	if signatureTypes[l.mediaType] {
		return nil
	}
	name := l.filename
	if name == "" {
		name = defaultFilename(l.mediaType, l.path)
	}
	return &Attachment{
		Filename:    name,
		ContentType: l.mediaType,
		ContentID:   l.contentID,
		Inline:      l.disposition == "inline" || (l.disposition == "" && l.contentID != ""),
	}
}

var defaultExt = map[string]string{
	"message/rfc822":                   ".eml",
	"message/global":                   ".eml",
	"text/calendar":                    ".ics",
	"text/plain":                       ".txt",
	"text/html":                        ".html",
	"text/rfc822-headers":              ".txt",
	"message/delivery-status":          ".txt",
	"message/disposition-notification": ".txt",
	"application/pdf":                  ".pdf",
	"application/ms-tnef":              ".dat",
	"application/vnd.ms-tnef":          ".dat",
	"image/png":                        ".png",
	"image/jpeg":                       ".jpg",
	"image/gif":                        ".gif",
	"application/zip":                  ".zip",
}

func defaultFilename(mediaType, p string) string {
	ext, ok := defaultExt[mediaType]
	if !ok {
		ext = ".bin"
	}
	base := "attachment"
	switch {
	case strings.HasPrefix(mediaType, "message/rfc822"), mediaType == "message/global":
		base = "message"
	case mediaType == "application/ms-tnef", mediaType == "application/vnd.ms-tnef":
		return "winmail.dat"
	}
	if p != "" {
		base += "-" + strings.ReplaceAll(p, ".", "-")
	}
	return base + ext
}

// walker walks a MIME tree depth-first and hands every leaf to leaf.
type walker struct {
	opt     Options
	probs   *problems
	leaf    func(*leafPart) error
	parts   int
	stopped bool
	tooMany bool
}

func partName(p string) string {
	if p == "" {
		return "message body"
	}
	return "part " + p
}

// walk processes one entity. It returns errStopWalk when the walk must end.
func (w *walker) walk(h rawHeader, body io.Reader, depth int, p string) error {
	if w.stopped {
		return errStopWalk
	}
	w.parts++
	if w.parts > w.opt.MaxParts {
		if !w.tooMany {
			w.tooMany = true
			w.probs.addf("more than %d MIME parts: the rest is not read", w.opt.MaxParts)
		}
		w.stopped = true
		return errStopWalk
	}

	mediaType, params := contentType(h, w.probs, p)
	if strings.HasPrefix(mediaType, "multipart/") {
		boundary := params["boundary"]
		if boundary == "" {
			w.probs.addf("%s: %s without boundary read as text", partName(p), mediaType)
			mediaType, params = "text/plain", map[string]string{"charset": params["charset"]}
		} else {
			return w.walkMultipart(mediaType, params, boundary, body, depth, p)
		}
	}

	disp, dparams := contentDisposition(h)
	l := &leafPart{
		path:        p,
		mediaType:   mediaType,
		params:      params,
		disposition: disp,
		filename:    attachmentFilename(dparams, params),
		contentID:   strings.TrimSpace(strings.Trim(strings.TrimSpace(cleanControl(h.get("Content-Id"))), "<>")),
	}
	// RFC 2045: a multipart's own transfer encoding is ignored (handled above).
	cte := h.get("Content-Transfer-Encoding")
	dec, bad, known := transferDecoder(cte, body)
	if !known {
		w.probs.addf("%s: unknown transfer encoding %q, kept undecoded", partName(p), clipStr(cte, 40))
	}
	l.body, l.badBytes = dec, bad
	l.raw, l.cte = body, strings.ToLower(strings.TrimSpace(cte))
	err := w.leaf(l)
	// Drain what the consumer left so errors in the encoding are seen.
	_, rerr := discard(l.body)
	if err == nil && rerr != nil && !errors.Is(rerr, io.EOF) {
		if errors.Is(rerr, io.ErrUnexpectedEOF) {
			w.probs.addf("%s: truncated (missing closing boundary?)", partName(p))
		} else {
			w.probs.addf("%s: read error: %s", partName(p), clipStr(rerr.Error(), 100))
		}
	}
	if n := bad(); n > 0 {
		w.probs.addf("%s: %d bytes of invalid %s skipped or kept literally", partName(p), n, strings.ToLower(strings.TrimSpace(cte)))
	}
	if err != nil {
		w.stopped = true
		return errStopWalk
	}
	return nil
}

func (w *walker) walkMultipart(mediaType string, params map[string]string, boundary string, body io.Reader, depth int, p string) error {
	if depth >= w.opt.MaxDepth {
		w.probs.addf("%s: multipart nesting deeper than %d not read", partName(p), w.opt.MaxDepth)
		return nil
	}
	mr := textproto.NewMultipartReader(body, boundary)
	skipped := 0
	for i := 1; ; {
		part, err := mr.NextPart()
		if errors.Is(err, io.EOF) {
			if i == 1 && skipped == 0 {
				w.probs.addf("%s: %s without parts", partName(p), mediaType)
			}
			return nil
		}
		if err != nil {
			msg := err.Error()
			if strings.Contains(msg, "EOF") {
				w.probs.addf("%s: %s is missing its closing boundary", partName(p), mediaType)
				return nil
			}
			// A broken part header or stray line: every failed NextPart
			// consumes input, so retrying skips ahead to the next boundary.
			if skipped == 0 {
				w.probs.addf("%s: broken %s (%s): skipped to the next part", partName(p), mediaType, clipStr(msg, 100))
			}
			skipped++
			if skipped > maxSkippedLines {
				w.probs.addf("%s: too much unreadable data in %s: rest not read", partName(p), mediaType)
				return nil
			}
			continue
		}
		child := fmt.Sprint(i)
		if p != "" {
			child = p + "." + child
		}
		i++
		if err := w.walk(fromTextproto(part.Header), part, depth+1, child); err != nil {
			return err
		}
	}
}

// contentType parses Content-Type leniently; a missing or unusable value is text/plain.
func contentType(h rawHeader, probs *problems, p string) (string, map[string]string) {
	v := h.get("Content-Type")
	if strings.TrimSpace(v) == "" {
		return "text/plain", map[string]string{}
	}
	mt, params := parseMediaHeader(v)
	if mt == "" || !strings.Contains(mt, "/") {
		probs.addf("%s: unusable Content-Type %q read as text/plain", partName(p), clipStr(v, 60))
		return "text/plain", params
	}
	return mt, params
}

func contentDisposition(h rawHeader) (string, map[string]string) {
	v := h.get("Content-Disposition")
	if strings.TrimSpace(v) == "" {
		return "", map[string]string{}
	}
	return parseMediaHeader(v)
}

var paramRe = regexp.MustCompile(`(?i)([a-z0-9_\-\*]+)\s*=\s*("(?:[^"\\]|\\.)*"?|[^;\s]*)`)

// parseMediaHeader parses "type/subtype; k=v" with mime.ParseMediaType and
// falls back to a forgiving regexp for broken parameters. Parameter values
// are RFC 2047 decoded (seen in the wild for file names).
func parseMediaHeader(v string) (string, map[string]string) {
	v = lenientUTF8([]byte(v))
	mt, params, err := mime.ParseMediaType(v)
	if err != nil || mt == "" {
		mt = strings.ToLower(strings.TrimSpace(strings.SplitN(v, ";", 2)[0]))
		params = map[string]string{}
		if i := strings.IndexByte(v, ';'); i >= 0 {
			for _, m := range paramRe.FindAllStringSubmatch(v[i:], 50) {
				k := strings.ToLower(m[1])
				val := m[2]
				if strings.HasPrefix(val, `"`) {
					val = strings.TrimSuffix(strings.TrimPrefix(val, `"`), `"`)
					val = strings.ReplaceAll(val, `\"`, `"`)
				}
				if strings.HasSuffix(k, "*") || strings.Contains(k, "*") {
					// RFC 2231 extended value: charset'lang'percent-encoded.
					base := k[:strings.IndexByte(k, '*')]
					if _, ok := params[base]; !ok {
						params[base] = decode2231(val)
					}
					continue
				}
				if _, ok := params[k]; !ok {
					params[k] = val
				}
			}
		}
	}
	if params == nil {
		params = map[string]string{}
	}
	return mt, params
}

func decode2231(v string) string {
	parts := strings.SplitN(v, "'", 3)
	if len(parts) != 3 {
		return v
	}
	var raw []byte
	s := parts[2]
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s) {
			hi, ok1 := hexVal(s[i+1])
			lo, ok2 := hexVal(s[i+2])
			if ok1 && ok2 {
				raw = append(raw, hi<<4|lo)
				i += 2
				continue
			}
		}
		raw = append(raw, s[i])
	}
	out, _ := decodeCharset(parts[0], raw)
	return out
}

// attachmentFilename picks the file name from Content-Disposition filename or
// Content-Type name, decodes it and makes it safe to use as a file name.
func attachmentFilename(dparams, params map[string]string) string {
	name := dparams["filename"]
	if name == "" {
		name = params["name"]
	}
	if name == "" {
		return ""
	}
	if strings.Contains(name, "=?") {
		var discard problems
		name = decodeHeaderText(name, &discard)
	}
	return sanitizeFilename(lenientUTF8([]byte(name)))
}

// sanitizeFilename strips directories, control characters and leading dots
// and caps the length.
func sanitizeFilename(name string) string {
	name = strings.ReplaceAll(name, "\\", "/")
	name = path.Base(name)
	name = cleanControl(name)
	name = strings.TrimSpace(name)
	name = strings.TrimLeft(name, ".")
	if name == "/" || name == "" {
		return ""
	}
	if len(name) > 200 {
		ext := path.Ext(name)
		if len(ext) > 20 {
			ext = ""
		}
		name = cutStr(name, 200-len(ext)) + ext
	}
	return name
}
