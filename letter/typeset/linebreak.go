package typeset

import (
	"unicode"
	"unicode/utf8"
)

// Fonts are the fonts a document is set in, tried in order: the first that
// has a character sets it. The first font is the document's own; the
// others are its fallbacks.
type Fonts []*Font

// face returns the face of style st that sets r, nil if no font has r.
func (c Fonts) face(st Style, r rune) *face {
	for _, f := range c {
		if f.faces[st].has(r) {
			return f.faces[st]
		}
	}
	return nil
}

// advance returns the advance width of r in 1/1000 em, set in st; 0 if no
// font has r.
func (c Fonts) advance(st Style, r rune) int {
	if w, ok := c[0].faces[st].lookup(r); ok {
		return w // nearly every character of a letter
	}
	for _, f := range c[1:] {
		if w, ok := f.faces[st].lookup(r); ok {
			return w
		}
	}
	if p, ok := plain[r]; ok {
		return c.width(p, st)
	}
	return 0
}

// hasPlain reports whether r has a plain equivalent the fonts have.
func (c Fonts) hasPlain(st Style, r rune) bool {
	p, ok := plain[r]
	if !ok {
		return false
	}
	for _, r := range p {
		if c.face(st, r) == nil {
			return false
		}
	}
	return true
}

// width returns the advance width of s in 1/1000 em, set in st.
func (c Fonts) width(s string, st Style) int {
	w := 0
	for _, r := range s {
		w += c.advance(st, r)
	}
	return w
}

// plain are plain equivalents of the characters a document may hold, set
// where no font has them. They are measured and set as what they stand
// for, so a no-break space still keeps its words on one line.
var plain = map[rune]string{
	'\u00A0': " ", // no-break space
	'\u202F': " ", // narrow no-break space
	'\u2011': "-", // no-break hyphen
	'‘':      "'",
	'’':      "'",
	'“':      `"`,
	'”':      `"`,
	'–':      "-",
	'—':      "-",
	'…':      "...",
	'№':      "No.",
	'•':      "*",
}

// A Measurer measures text set in Fonts and breaks it into lines. It
// remembers the width of every word it has measured, so a word that comes
// back (and in a letter most do) costs one map lookup. It is not safe for
// use by several goroutines at once.
type Measurer struct {
	fonts Fonts
	words [numStyles]map[string]int // word widths in 1/1000 em, by style
	space [numStyles]int            // width of a space in 1/1000 em, by style
}

// NewMeasurer returns a Measurer of text set in fonts.
func NewMeasurer(fonts Fonts) *Measurer {
	m := &Measurer{fonts: fonts}
	for st := range numStyles {
		m.words[st] = make(map[string]int)
		m.space[st] = fonts.width(" ", st)
	}
	return m
}

// Width returns the width of s in points, set in st at size points.
func (m *Measurer) Width(s string, st Style, size float64) float64 {
	return float64(m.fonts.width(s, st)) * size / 1000
}

// wordWidth returns the width of a word in 1/1000 em, measuring it once.
func (m *Measurer) wordWidth(w string, st Style) int {
	if n, ok := m.words[st][w]; ok {
		return n
	}
	n := m.fonts.width(w, st)
	m.words[st][w] = n
	return n
}

// Wrap breaks text into lines no wider than width points when set in st at
// size points. Lines break at spaces, which are dropped; a word wider than a
// whole line is broken where it reaches the edge, so nothing ever runs off
// the page. Lines are substrings of text, and empty text gives no lines.
func (m *Measurer) Wrap(text string, st Style, size, width float64) []string {
	// Widths are summed in integer 1/1000 em, so a line fits exactly when
	// the sum does, whatever the size.
	limit := int(width * 1000 / size)
	space := m.space[st]
	var lines []string
	start, end, w := -1, 0, 0 // the line so far is text[start:end], w wide; start < 0: empty
	for i := 0; i < len(text); {
		if text[i] == ' ' {
			i++
			continue
		}
		j := i
		for j < len(text) && text[j] != ' ' {
			j++
		}
		ww := m.wordWidth(text[i:j], st)
		switch {
		case start >= 0 && w+space+ww <= limit:
			end, w = j, w+space+ww
		case ww <= limit:
			if start >= 0 {
				lines = append(lines, text[start:end])
			}
			start, end, w = i, j, ww
		default:
			if start >= 0 {
				lines = append(lines, text[start:end])
			}
			var rest int
			lines, rest, w = m.hardBreak(lines, text, i, j, st, limit)
			start, end = rest, j
		}
		i = j
	}
	if start >= 0 {
		lines = append(lines, text[start:end])
	}
	return lines
}

// hardBreak breaks the word text[i:j], too wide for a line, into lines that
// fill the width. It appends all but the last piece to lines and returns
// where the last piece starts and its width, so the next word may join it.
// It never breaks before a combining mark, and every line gets at least one
// character, so even a line narrower than one letter makes progress.
func (m *Measurer) hardBreak(lines []string, text string, i, j int, st Style, limit int) ([]string, int, int) {
	start, w := i, 0
	for k := i; k < j; {
		r, n := utf8.DecodeRuneInString(text[k:])
		rw := m.fonts.advance(st, r)
		if w+rw > limit && k > start && !unicode.In(r, unicode.Mn, unicode.Me, unicode.Mc) {
			lines = append(lines, text[start:k])
			start, w = k, 0
		}
		w += rw
		k += n
	}
	return lines, start, w
}
