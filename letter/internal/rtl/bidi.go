package rtl

import (
	"slices"
	"unicode/utf8"

	"golang.org/x/text/unicode/bidi"
)

// HasRTL reports whether s has a right-to-left character (Hebrew, Arabic
// and the other scripts written so, Arabic-Indic digits). Like HasArabic it
// is a cheap scan of text without such characters.
func HasRTL(s string) bool {
	for i := skipASCII(s, 0); i < len(s); i = skipASCII(s, i) {
		if s[i] < 0xD6 {
			i++ // a letter below U+0580, or a continuation byte
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if r < 0x0590 || r > 0x08FF && r < 0xFB1D || r > 0xFEFF && r < 0x10800 || r > 0x10FFF && r < 0x1E800 || r > 0x1EFFF {
			continue // outside the blocks of right-to-left scripts
		}
		switch p, _ := bidi.LookupRune(r); p.Class() {
		case bidi.R, bidi.AL, bidi.AN:
			return true
		}
	}
	return false
}

// skipASCII returns the index of the first byte of s from i on that is not
// ASCII, looking at eight bytes at a time; len(s) if there is none. Most of
// a letter is ASCII, so the scans for right-to-left text cost little.
func skipASCII(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		w := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		if w&0x8080808080808080 != 0 {
			break
		}
	}
	for ; i < len(s) && s[i] < 0x80; i++ {
	}
	return i
}

// mirrors are the characters with the Bidi_Mirrored property that are not
// paired brackets (which bidi knows): in right-to-left text each is drawn
// as its counterpart (rule L4).
var mirrors = map[rune]rune{
	'<': '>', '>': '<', '«': '»', '»': '«', '‹': '›', '›': '‹',
	'≤': '≥', '≥': '≤',
}

// Visual returns a line of text, in logical order, in the order it is
// drawn from left to right: the Unicode Bidirectional Algorithm's rules for
// a left-to-right paragraph with no explicit embeddings (W1–W7, N0–N2,
// I1–I2), then L1 and L2 for the line, and L4 drawing brackets and other
// mirrored characters in right-to-left runs as their counterparts. Marks
// end up before their letters (see reorder). Explicit direction controls,
// which appeal never lets into a letter, and boundary neutrals such as
// the zero-width non-joiner, which has done its work in shaping, are
// dropped: they are not drawn.
func Visual(line string) string {
	if !HasRTL(line) {
		return line
	}
	rs, cls := classify(line)
	return string(reorder(rs, resolve(rs, cls, 0)))
}

// VisualRTL is Visual for a line of a right-to-left paragraph (see
// IsRTL): neutrals at its ends, such as a sentence's full stop, take the
// paragraph's direction and end up on the left.
func VisualRTL(line string) string {
	rs, cls := classify(line)
	return string(reorder(rs, resolve(rs, cls, 1)))
}

// IsRTL reports whether a paragraph is right to left as a whole: it has
// right-to-left characters and no left-to-right letters. (A paragraph that
// starts with an Arabic name and goes on in English is not.)
func IsRTL(par string) bool {
	if !HasRTL(par) {
		return false
	}
	for _, r := range par {
		if r < 0x80 && !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z') {
			continue
		}
		if p, _ := bidi.LookupRune(r); p.Class() == bidi.L {
			return false
		}
	}
	return true
}

// classify returns the characters of s with their bidi classes; it drops
// explicit direction controls and boundary neutrals (rule X9).
func classify(s string) (rs []rune, cls []bidi.Class) {
	for _, r := range s {
		p, _ := bidi.LookupRune(r)
		c := p.Class()
		switch c {
		case bidi.LRE, bidi.RLE, bidi.LRO, bidi.RLO, bidi.PDF, bidi.LRI, bidi.RLI, bidi.FSI, bidi.PDI, bidi.BN:
			continue
		}
		rs = append(rs, r)
		cls = append(cls, c)
	}
	return rs, cls
}

// strong returns the strong direction a resolved class counts as in the
// neutral rules (N0, N1): L, or R for R, AL, EN and AN; ON if neither.
func strong(c bidi.Class) bidi.Class {
	switch c {
	case bidi.L:
		return bidi.L
	case bidi.R, bidi.AL, bidi.EN, bidi.AN:
		return bidi.R
	}
	return bidi.ON
}

// resolve returns the embedding level of each character of a paragraph at
// level base (0: left to right, so sos and eos are L; 1: right to left, R)
// with classes cls, which it resolves in place.
func resolve(rs []rune, cls []bidi.Class, base uint8) []uint8 {
	n := len(cls)
	e := bidi.L // the embedding direction, and sos and eos
	if base == 1 {
		e = bidi.R
	}
	// W1: a mark takes the class of the character before it.
	for i := range cls {
		if cls[i] == bidi.NSM {
			if i == 0 {
				cls[i] = e
			} else {
				cls[i] = cls[i-1]
			}
		}
	}
	// W2: European digits after Arabic letters are Arabic digits. W3: AL
	// is R.
	last := e
	for i, c := range cls {
		switch c {
		case bidi.L, bidi.R, bidi.AL:
			last = c
		case bidi.EN:
			if last == bidi.AL {
				cls[i] = bidi.AN
			}
		}
	}
	for i, c := range cls {
		if c == bidi.AL {
			cls[i] = bidi.R
		}
	}
	// W4: one separator between two numbers of a kind joins them.
	for i := 1; i+1 < n; i++ {
		a, b := cls[i-1], cls[i+1]
		switch {
		case cls[i] == bidi.ES && a == bidi.EN && b == bidi.EN:
			cls[i] = bidi.EN
		case cls[i] == bidi.CS && a == b && (a == bidi.EN || a == bidi.AN):
			cls[i] = a
		}
	}
	// W5: terminators (%, $, °) next to European digits are digits.
	for i := 0; i < n; {
		if cls[i] != bidi.ET {
			i++
			continue
		}
		j := i
		for j < n && cls[j] == bidi.ET {
			j++
		}
		if i > 0 && cls[i-1] == bidi.EN || j < n && cls[j] == bidi.EN {
			for k := i; k < j; k++ {
				cls[k] = bidi.EN
			}
		}
		i = j
	}
	// W6: other separators and terminators are neutral.
	for i, c := range cls {
		if c == bidi.ES || c == bidi.ET || c == bidi.CS {
			cls[i] = bidi.ON
		}
	}
	// W7: European digits in left-to-right context are L.
	last = e
	for i, c := range cls {
		switch c {
		case bidi.L, bidi.R:
			last = c
		case bidi.EN:
			if last == bidi.L {
				cls[i] = bidi.L
			}
		}
	}
	brackets(rs, cls, e)
	// N1, N2: neutrals between characters of one direction take it; others
	// the paragraph's.
	for i := 0; i < n; {
		if !neutral(cls[i]) {
			i++
			continue
		}
		j := i
		for j < n && neutral(cls[j]) {
			j++
		}
		before, after := e, e
		if i > 0 {
			before = strong(cls[i-1])
		}
		if j < n {
			after = strong(cls[j])
		}
		dir := e
		if before == after {
			dir = before
		}
		for k := i; k < j; k++ {
			cls[k] = dir
		}
		i = j
	}
	// I1: on level 0, R goes up one level, digits two; I2: on level 1,
	// L and digits go up one.
	levels := make([]uint8, n)
	for i, c := range cls {
		switch {
		case base == 0 && c == bidi.R:
			levels[i] = 1
		case base == 0 && (c == bidi.EN || c == bidi.AN):
			levels[i] = 2
		case base == 1 && c == bidi.R:
			levels[i] = 1
		case base == 1:
			levels[i] = 2
		}
	}
	// L1: white space at the end of the line is at the paragraph's level.
	for i := n - 1; i >= 0; i-- {
		if p, _ := bidi.LookupRune(rs[i]); p.Class() != bidi.WS {
			break
		}
		levels[i] = base
	}
	return levels
}

func neutral(c bidi.Class) bool {
	switch c {
	case bidi.B, bidi.S, bidi.WS, bidi.ON:
		return true
	}
	return false
}

// brackets applies rule N0 to the paired brackets of a paragraph whose
// embedding direction is e: a pair takes e if it encloses text of that
// direction, else the other direction if it encloses text of it and
// follows it.
func brackets(rs []rune, cls []bidi.Class, e bidi.Class) {
	type open struct {
		closing rune
		at      int
	}
	var stack []open
	var pairs [][2]int
scan:
	for i, r := range rs {
		if cls[i] != bidi.ON {
			continue
		}
		p, _ := bidi.LookupRune(r)
		switch {
		case p.IsOpeningBracket():
			if len(stack) == 63 {
				break scan // BD16: too deep, no more pairs
			}
			stack = append(stack, open{[]rune(bidi.ReverseString(string(r)))[0], i})
		case p.IsBracket():
			for k := len(stack) - 1; k >= 0; k-- {
				if stack[k].closing == r {
					pairs = append(pairs, [2]int{stack[k].at, i})
					stack = stack[:k]
					break
				}
			}
		}
	}
	other := bidi.R
	if e == bidi.R {
		other = bidi.L
	}
	slices.SortFunc(pairs, func(a, b [2]int) int { return a[0] - b[0] })
	for _, pr := range pairs {
		o, c := pr[0], pr[1]
		dir := bidi.ON
		for k := o + 1; k < c && dir != e; k++ {
			if s := strong(cls[k]); s != bidi.ON {
				dir = s
			}
		}
		if dir == other {
			// The other direction inside only: it, if what precedes is
			// of it too.
			before := e
			for k := o - 1; k >= 0; k-- {
				if s := strong(cls[k]); s != bidi.ON {
					before = s
					break
				}
			}
			if before != other {
				dir = e
			}
		}
		if dir == bidi.ON {
			continue
		}
		cls[o], cls[c] = dir, dir
	}
}

// reorder returns rs in visual order (rule L2), with mirrored characters
// at odd levels drawn as their counterparts (L4). A mark reversed with its
// letter comes to stand before it: the right-to-left fonts draw a mark
// over the letter drawn after it at the same place, as a shaper that
// reverses right-to-left runs (HarfBuzz) leaves it. So L3, which would
// move it back after its letter, is not applied.
func reorder(rs []rune, levels []uint8) []rune {
	out := slices.Clone(rs)
	lv := slices.Clone(levels)
	var top uint8
	for _, l := range lv {
		top = max(top, l)
	}
	for lvl := top; lvl >= 1; lvl-- {
		for i := 0; i < len(out); {
			if lv[i] < lvl {
				i++
				continue
			}
			j := i
			for j < len(out) && lv[j] >= lvl {
				j++
			}
			slices.Reverse(out[i:j])
			slices.Reverse(lv[i:j])
			i = j
		}
	}
	for i, r := range out {
		if lv[i]%2 == 1 {
			out[i] = mirror(r)
		}
	}
	return out
}

// mirror returns the character drawn for r in right-to-left text.
func mirror(r rune) rune {
	if m, ok := mirrors[r]; ok {
		return m
	}
	if p, _ := bidi.LookupRune(r); p.IsBracket() {
		return []rune(bidi.ReverseString(string(r)))[0]
	}
	return r
}
