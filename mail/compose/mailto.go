package compose

import (
	"strings"
)

// Mailto returns a mailto: URL (RFC 6068) that opens a new mail to addr with the
// given subject and body prefilled. Empty subject or body are left out. Line
// breaks in the body become %0D%0A; every character outside the unreserved set
// is percent-encoded as UTF-8 (a space as %20, never "+").
func Mailto(addr, subject, body string) string {
	var sb strings.Builder
	sb.WriteString("mailto:")
	sb.WriteString(escape(strings.TrimSpace(addr), true))
	sep := byte('?')
	if subject != "" {
		sb.WriteByte(sep)
		sb.WriteString("subject=")
		sb.WriteString(escape(cleanHeader(subject), false))
		sep = '&'
	}
	if body != "" {
		body = strings.ReplaceAll(body, "\r\n", "\n")
		body = strings.ReplaceAll(body, "\r", "\n")
		body = strings.ReplaceAll(body, "\n", "\r\n")
		sb.WriteByte(sep)
		sb.WriteString("body=")
		sb.WriteString(escape(body, false))
	}
	return sb.String()
}

// escape percent-encodes s. In the address part "@" and the sub-delims RFC 6068
// allows there unencoded (including "+", common in plus addresses) stay as they are.
func escape(s string, addr bool) string {
	const hex = "0123456789ABCDEF"
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9',
			c == '-', c == '.', c == '_', c == '~':
			sb.WriteByte(c)
		case addr && strings.IndexByte("@!$'()*+,;:=", c) >= 0:
			sb.WriteByte(c)
		default:
			sb.WriteByte('%')
			sb.WriteByte(hex[c>>4])
			sb.WriteByte(hex[c&15])
		}
	}
	return sb.String()
}
