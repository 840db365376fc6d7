package rtl

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The forms of a letter, as indexes into letterForms' arrays.
const (
	isolated = iota
	final
	initial
	medial
)

var formNames = [4]string{"isolated", "final", "initial", "medial"}

// A ligature is two letters set as one glyph, with its presentation forms.
type ligature struct {
	forms [4]rune
	// mandatory: always set as one (lam with alef); otherwise only where
	// the two letters have no forms to be set apart.
	mandatory bool
}

// A joining is how a character joins the letters beside it (Unicode's
// joining types), as far as the presentation forms tell.
type joining uint8

const (
	nonJoining   joining = iota // spaces, digits, Latin letters, hamza
	rightJoining                // joins the letter before it only: alef, dal, reh, waw
	dualJoining                 // joins both sides: beh, seen, lam
	joinCausing                 // tatweel, zero-width joiner
	transparent                 // marks: harakat, shadda
	unknown                     // an Arabic-script letter with no presentation forms
)

func joiningOf(r rune) joining {
	switch {
	case r < 0x0600:
		return nonJoining
	case r == 0x0640 || r == 0x200D:
		return joinCausing
	case r == 0x200C:
		return nonJoining
	}
	if f, ok := letterForms[r]; ok {
		switch {
		case f[initial] != 0 || f[medial] != 0:
			return dualJoining
		case f[final] != 0:
			return rightJoining
		}
		return nonJoining
	}
	switch {
	case unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf):
		return transparent
	case unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r) && (r < 0xFB50 || r > 0xFEFF):
		return unknown
	}
	return nonJoining
}

// HasArabic reports whether s has an Arabic-script letter to shape, or
// one shaped already. It is a cheap scan: ASCII is skipped eight bytes at
// a time, and other characters below U+0600 a byte at a time; the rest
// cost a range check each.
func HasArabic(s string) bool {
	for i := skipASCII(s, 0); i < len(s); i = skipASCII(s, i) {
		if s[i] < 0xD8 {
			i++ // a letter below U+0600, or a continuation byte
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if arabicBlock(r) {
			return true
		}
		i += n
	}
	return false
}

// arabicBlock reports whether r is in one of the Unicode blocks of the
// Arabic script: Arabic, its Supplement, Extended-A, B and C, and the
// presentation forms.
func arabicBlock(r rune) bool {
	return r >= 0x0600 && r <= 0x06FF || r >= 0x0750 && r <= 0x077F || r >= 0x0870 && r <= 0x08FF ||
		r >= 0xFB50 && r <= 0xFDFF || r >= 0xFE70 && r <= 0xFEFF || r >= 0x10EC0 && r <= 0x10EFF
}

// A ShapeError is an Arabic-script letter that cannot be set in the form
// its place in a word calls for: Unicode has no presentation form of it
// there, so it would come out unjoined.
type ShapeError struct {
	Letter rune
	Form   string // "final", "initial" or "medial"; "" for a letter with no forms at all
	Word   string // the word it is in, in logical order
}

func (e *ShapeError) Error() string {
	if e.Form == "" {
		return fmt.Sprintf("the Arabic-script letter %c (%U) in %q has no presentation forms, so it cannot be joined to the letters beside it", e.Letter, e.Letter, e.Word)
	}
	return fmt.Sprintf("the Arabic-script letter %c (%U) in %q has no %s presentation form", e.Letter, e.Letter, e.Word, e.Form)
}

// Shape returns s, in logical order, with each Arabic-script letter
// replaced by its presentation form (isolated, final, initial or medial)
// as its neighbours call for, and lam with alef as their ligature. Marks
// between letters do not break a join. A letter that has no presentation
// form in its place is a *ShapeError. Text without Arabic letters is
// returned as it is.
func Shape(s string) (string, error) {
	if !HasArabic(s) {
		return s, nil
	}
	rs := []rune(s)
	types := make([]joining, len(rs))
	for i, r := range rs {
		types[i] = joiningOf(r)
	}
	// prev and next return the index of the character before and after i
	// that is not a mark, -1 if none.
	prev := func(i int) int {
		for i--; i >= 0 && types[i] == transparent; i-- {
		}
		return i
	}
	next := func(i int) int {
		for i++; i < len(rs) && types[i] == transparent; i++ {
		}
		if i == len(rs) {
			return -1
		}
		return i
	}
	joinsForward := func(i int) bool { return i >= 0 && (types[i] == dualJoining || types[i] == joinCausing) }
	joinsBack := func(i int) bool {
		return i >= 0 && (types[i] == rightJoining || types[i] == dualJoining || types[i] == joinCausing)
	}
	maybeJoins := func(i int, back bool) bool {
		if i < 0 {
			return false
		}
		if types[i] == unknown {
			return true
		}
		if back {
			return joinsBack(i)
		}
		return joinsForward(i)
	}
	formAt := func(i int) int {
		return formOf(joinsForward(prev(i)) && joinsBack(i), joinsForward(i) && joinsBack(next(i)))
	}
	// glyph returns the presentation form of rs[i] in its place; 0 if
	// there is none.
	glyph := func(i int) (rune, int) {
		f := formAt(i)
		if types[i] == unknown {
			if maybeJoins(prev(i), false) || maybeJoins(next(i), true) {
				return 0, -1
			}
			return rs[i], isolated // the letter's own glyph is its isolated form
		}
		g := letterForms[rs[i]][f]
		if g == 0 && f == isolated {
			g = rs[i]
		}
		return g, f
	}
	out := make([]rune, 0, len(rs))
	for i := 0; i < len(rs); i++ {
		t := types[i]
		if t != rightJoining && t != dualJoining && t != unknown {
			out = append(out, rs[i])
			continue
		}
		if j := next(i); j > 0 {
			if lig, ok := ligatureForms[[2]rune{rs[i], rs[j]}]; ok {
				g1, _ := glyph(i)
				g2, _ := glyph(j)
				// Marks between the two are set after the ligature: only
				// lam with alef, where a mark on the lam goes over the
				// ligature, is joined across them.
				// A format character between them (not a mark) keeps them
				// apart: moving it after the ligature would change the text.
				marksOnly := !slices.ContainsFunc(rs[i+1:j], func(r rune) bool { return !unicode.In(r, unicode.Mn, unicode.Me) })
				if lig.mandatory && marksOnly || (g1 == 0 || g2 == 0) && j == i+1 {
					// The ligature joins what precedes it as its first
					// letter does, and what follows if it has the forms.
					forward := lig.forms[initial] != 0 || lig.forms[medial] != 0
					p := joinsForward(prev(i)) && (lig.forms[final] != 0 || lig.forms[medial] != 0)
					n := forward && joinsBack(next(j))
					f := formOf(p, n)
					if g := lig.forms[f]; g != 0 {
						out = append(out, g)
						out = append(out, rs[i+1:j]...) // its marks
						types[i], types[j] = nonJoining, rightJoining
						if forward {
							types[j] = dualJoining
						}
						i = j
						continue
					}
				}
			}
		}
		g, f := glyph(i)
		if g == 0 {
			e := &ShapeError{Letter: rs[i], Word: wordAt(rs, i)}
			if f >= 0 {
				e.Form = formNames[f]
			}
			return "", e
		}
		out = append(out, g)
	}
	return string(out), nil
}

// formOf returns the form of a letter that joins the one before it (back)
// and the one after it (forward).
func formOf(back, forward bool) int {
	switch {
	case back && forward:
		return medial
	case back:
		return final
	case forward:
		return initial
	}
	return isolated
}

// wordAt returns the word of rs around i.
func wordAt(rs []rune, i int) string {
	start, end := i, i
	for start > 0 && !unicode.IsSpace(rs[start-1]) {
		start--
	}
	for end < len(rs) && !unicode.IsSpace(rs[end]) {
		end++
	}
	return strings.TrimFunc(string(rs[start:end]), unicode.IsPunct)
}
