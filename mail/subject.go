package mail

import (
	"regexp"
	"strings"
	"sync"
)

// tagPattern matches "[PREFIX-0042]" and "[PREFIX-0042 a:<token>]" tags.
type tagPattern struct {
	tag *regexp.Regexp
}

var tagPatterns sync.Map // prefix (upper) -> *tagPattern

func tagsFor(prefix string) *tagPattern {
	key := strings.ToUpper(prefix)
	if v, ok := tagPatterns.Load(key); ok {
		return v.(*tagPattern)
	}
	p := &tagPattern{
		tag: regexp.MustCompile(`(?i)\[\s*(` + regexp.QuoteMeta(prefix) + `)\s*-\s*(\d{1,12})(?:\s+a:\s*([a-z2-7]{26}))?\s*\]`),
	}
	v, _ := tagPatterns.LoadOrStore(key, p)
	return v.(*tagPattern)
}

// subjectTag returns the reference and token from the first reference tag in
// the subject.
func subjectTag(subject, prefix string) (ref, token string) {
	m := tagsFor(prefix).tag.FindStringSubmatch(subject)
	if m == nil {
		// A bare token tag "[a:<token>]" without reference.
		if t := bareTokenTag.FindStringSubmatch(subject); t != nil {
			return "", strings.ToLower(t[1])
		}
		return "", ""
	}
	ref = strings.ToUpper(prefix) + "-" + m[2]
	if m[3] != "" {
		token = strings.ToLower(m[3])
	}
	return ref, token
}

var (
	bareTokenTag = regexp.MustCompile(`(?i)\[\s*a:\s*([a-z2-7]{26})\s*\]`)
	// replyPrefix matches one reply/forward prefix at the start: Re:, RE[2]:,
	// Antw:, AW:, Fwd:, FW:, Doorst:, Wg:, SV:, VS:, TR:, RIF:, Antwoord:, Doorgestuurd:.
	replyPrefix = regexp.MustCompile(`(?i)^\s*(?:re|aw|antw|antwoord|fwd?|doorst|doorgestuurd|wg|sv|vs|tr|rif|ref|r)\s*(?:\[\d{1,4}\]|\(\d{1,4}\))?\s*[:：]\s*`)
)

// cleanSubject removes reply/forward prefixes (repeated, any case) and
// reference and token tags, trims and collapses white space.
func cleanSubject(subject, prefix string) string {
	s := tagsFor(prefix).tag.ReplaceAllString(subject, " ")
	s = bareTokenTag.ReplaceAllString(s, " ")
	s = squashSpace(s)
	for i := 0; i < 100; i++ {
		loc := replyPrefix.FindStringIndex(s)
		if loc == nil || loc[1] == 0 {
			break
		}
		s = strings.TrimSpace(s[loc[1]:])
	}
	return s
}

const footerLabel = "spocd-token:"

// footerToken finds a "spocd-token: <token>" line anywhere in text (case
// insensitive, also in quoted lines).
func footerToken(text string) string {
	for i := 0; ; {
		j := indexFold(text[i:], footerLabel)
		if j < 0 {
			return ""
		}
		rest := text[i+j+len(footerLabel):]
		i += j + len(footerLabel)
		rest = strings.TrimLeft(rest, " \t")
		if len(rest) < TokenLen {
			continue
		}
		if len(rest) > TokenLen && isTokenByte(lowerASCII(rest[TokenLen])) {
			continue
		}
		if tok := strings.ToLower(rest[:TokenLen]); ValidToken(tok) {
			return tok
		}
	}
}

func lowerASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// indexFold returns the index of the lower-case ASCII string sub in s,
// ignoring ASCII case, or -1. It is linear in len(s) for a fixed sub.
func indexFold(s, sub string) int {
	if sub == "" {
		return 0
	}
	first := sub[0]
	for i := 0; i+len(sub) <= len(s); i++ {
		if lowerASCII(s[i]) == first && strings.EqualFold(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}

// plusHeaders are searched, in this order, for a plus address with a token.
var plusHeaders = []string{"To", "Cc", "Delivered-To", "X-Original-To", "Envelope-To"}

// plusToken finds "<plusLocal>+<token>@" in the recipient headers.
func plusToken(h rawHeader, plusLocal string) string {
	if plusLocal == "" {
		return ""
	}
	needle := plusLocal + "+"
	for _, k := range plusHeaders {
		for _, v := range h.values(k) {
			if tok := findPlusToken(strings.ToLower(v), needle); tok != "" {
				return tok
			}
		}
	}
	return ""
}

func findPlusToken(v, needle string) string {
	for off := 0; off < len(v); {
		i := strings.Index(v[off:], needle)
		if i < 0 {
			return ""
		}
		start := off + i
		off = start + len(needle)
		if start > 0 && isLocalPartByte(v[start-1]) {
			continue
		}
		rest := v[off:]
		if len(rest) < TokenLen+1 || rest[TokenLen] != '@' {
			continue
		}
		if ValidToken(rest[:TokenLen]) {
			return rest[:TokenLen]
		}
	}
	return ""
}

func isLocalPartByte(c byte) bool {
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || strings.IndexByte("!#$%&'*+-/=?^_`{|}~.", c) >= 0
}
