package typeset

import "unicode/utf8"

// Shorten returns s cut, with "…", to about width points set in st at
// size points. Cutting twice the width for two lines leaves room for where
// the lines break.
func (m *Measurer) Shorten(s string, st Style, size, width float64) string {
	// No line of small text holds more than a few hundred characters:
	// measure no more than that.
	const most = 400
	cut := false
	if utf8.RuneCountInString(s) > most {
		i, n := 0, 0
		for i = range s {
			if n == most {
				break
			}
			n++
		}
		s, cut = s[:i], true
	}
	if !cut && m.Width(s, st, size) <= width {
		return s
	}
	ellipsis := "…"
	if m.fonts.face(st, '…') == nil {
		ellipsis = "..."
	}
	limit := width - m.Width(ellipsis, st, size)
	for s != "" && m.Width(s, st, size) > limit {
		_, n := utf8.DecodeLastRuneInString(s)
		s = s[:len(s)-n]
	}
	return s + ellipsis
}

// Paragraph breaks text into lines set at x, width wide, lead apart, each
// with one span: its baseline sits in the middle of its lead. A paragraph
// never leaves a single line alone at the bottom or top of a page: its
// second and last lines are kept with the line before them. The first
// line's Before and Keep are the caller's to set.
func (m *Measurer) Paragraph(text string, st Style, size, lead, x, width float64) []Line {
	var lines []Line
	for i, t := range m.Wrap(text, st, size, width) {
		ln := Line{Height: lead, Spans: []Span{{X: x, Y: lead*0.5 + size*0.35, Style: st, Size: size, Text: t}}}
		if i == 1 {
			ln.Keep = true // no orphan
		}
		lines = append(lines, ln)
	}
	if n := len(lines); n > 1 {
		lines[n-1].Keep = true // no widow
	}
	return lines
}
