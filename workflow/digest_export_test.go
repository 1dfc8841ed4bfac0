package workflow

// ParseDigestLineForTest exposes the digest command parser to the external tests.
func ParseDigestLineForTest(e *Engine, line string) (verb, extra string, ok bool) {
	c, ok, _ := parseDigestLine(e.cmdLineRE(), line)
	if !ok {
		return "", "", false
	}
	extra = c.date
	if c.verb == "note" {
		extra = c.note
	}
	return c.verb, extra, true
}
