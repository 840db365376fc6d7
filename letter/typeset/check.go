package typeset

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/appeal-letters/appeal/letter/internal/rtl"
)

// Shape returns s ready to measure and set, still in logical order: in
// Unicode normalisation form C, so that a letter and its accent are one
// character the font has, not two, and with Arabic-script letters in the
// presentation forms their places in words call for. A letter that has no
// such form is an *RTLError, and s is returned normalised but unshaped.
// Lines are put in visual order when they are drawn.
func Shape(s string) (string, error) {
	s = norm.NFC.String(s)
	if !rtl.HasArabic(s) {
		return s, nil
	}
	shaped, err := rtl.Shape(s)
	if err != nil {
		var se *rtl.ShapeError
		word := s
		if errors.As(err, &se) {
			word = se.Word
		}
		return s, &RTLError{Script: "Arabic", Text: word, Err: err}
	}
	return shaped, nil
}

// A MissingGlyphsError lists the characters of a document that none of its
// fonts can show.
type MissingGlyphsError struct {
	Font  string // the fonts, e.g. "LiberationSerif" or "LiberationSerif, DroidSansFallbackFull"
	Runes []rune // in order of first appearance
}

func (e *MissingGlyphsError) Error() string {
	var b strings.Builder
	if strings.Contains(e.Font, ", ") {
		fmt.Fprintf(&b, "no font of %s has a glyph for ", e.Font)
	} else {
		fmt.Fprintf(&b, "font %q has no glyph for ", e.Font)
	}
	// Arabic-script letters are named as typed, not as the forms set.
	var others, letters []string
	for _, r := range e.Runes {
		if !isPresentationForm(r) {
			others = append(others, fmt.Sprintf("%q (%U)", string(r), r))
			continue
		}
		for _, l := range norm.NFKC.String(string(r)) {
			if q := strconv.Quote(string(l)); !slices.Contains(letters, q) {
				letters = append(letters, q)
			}
		}
	}
	list := func(items []string) {
		for i, it := range items {
			if i > 0 {
				b.WriteString(", ")
			}
			if i == 20 {
				fmt.Fprintf(&b, "and %d more", len(items)-i)
				break
			}
			b.WriteString(it)
		}
	}
	list(others)
	if len(letters) > 0 {
		if len(others) > 0 {
			b.WriteString(", nor for ")
		}
		b.WriteString("the joined forms (Arabic presentation forms) that the Arabic-script letters ")
		list(letters)
		b.WriteString(" are set in: give a fallback font that has them")
		var such []string
		for _, f := range []struct{ name, say string }{
			{"DejaVuSans", "DejaVu Sans (Debian: fonts-dejavu-core)"},
			{"Amiri", "Amiri (fonts-hosny-amiri; it also has Urdu's)"},
		} {
			if !strings.Contains(e.Font, f.name) {
				such = append(such, f.say)
			}
		}
		if len(such) > 0 {
			b.WriteString(", such as " + strings.Join(such, " or "))
		}
	}
	return b.String()
}

// isPresentationForm reports whether r is one of the joined forms of an
// Arabic-script letter, which Shape sets Arabic script in.
func isPresentationForm(r rune) bool {
	return r >= 0xFB50 && r <= 0xFDFF || r >= 0xFE70 && r <= 0xFEFF
}

// An RTLError is right-to-left text in a document that this package
// refuses rather than print wrong: a script it does not set (it sets
// Hebrew and Arabic script), or an Arabic-script letter that has no
// presentation form for its place in the word, so that it would come out
// unjoined.
type RTLError struct {
	Script string // e.g. "Arabic", "Syriac"
	Text   string // the right-to-left words, e.g. "مەمەت"
	Err    error  // why Arabic-script text cannot be shaped (a *rtl.ShapeError); nil for a script not set at all
}

func (e *RTLError) Error() string {
	if e.Err != nil {
		script := e.Script
		if script == "Arabic" {
			script = "Arabic-script" // Persian, Urdu and Uyghur too
		}
		if errors.Is(e.Err, errHebrewPoints) {
			return fmt.Sprintf("%s text (%s) cannot be set in a PDF: %v", script, e.Text, e.Err)
		}
		return fmt.Sprintf("%s text (%s) cannot be set in a PDF: %v; use text or Markdown output, or write the name in Latin letters", script, e.Text, e.Err)
	}
	return fmt.Sprintf("%s text (%s) cannot be set in a PDF: of the right-to-left scripts, the PDF printer sets Hebrew and Arabic script (Arabic, Persian, Urdu, Uyghur) only; use text or Markdown output, or write the name in Latin letters", e.Script, e.Text)
}

func (e *RTLError) Unwrap() error { return e.Err }

// unsetScripts are the right-to-left scripts this package does not set,
// by name as messages give them: each needs joining or reordering rules of
// its own.
var unsetScripts = []struct {
	name  string
	table *unicode.RangeTable
}{
	{"Syriac", unicode.Syriac},
	{"Thaana", unicode.Thaana},
	{"N'Ko", unicode.Nko},
	{"Samaritan", unicode.Samaritan},
	{"Mandaic", unicode.Mandaic},
	{"Adlam", unicode.Adlam},
	{"Hanifi Rohingya", unicode.Hanifi_Rohingya},
	{"Mende Kikakui", unicode.Mende_Kikakui},
	{"Old South Arabian", unicode.Old_South_Arabian},
	{"Kharoshthi", unicode.Kharoshthi},
	{"Phoenician", unicode.Phoenician},
}

// errHebrewPoints is why pointed Hebrew is refused: Hebrew fonts place
// points by their positioning tables (GPOS), which gopdf does not apply,
// and a shin dot in the wrong place makes a shin a sin.
var errHebrewPoints = errors.New("its points (niqqud) would not sit on their letters, as the PDF printer cannot place marks the way Hebrew fonts need; write the name without points, or use text or Markdown output")

// checkScripts returns an *RTLError if s has letters of a right-to-left
// script this package does not set, or Hebrew points.
func checkScripts(s string) error {
	for _, r := range s {
		if r < 0x0591 || r > 0x05C7 && r < 0x0700 || r > 0x08FF && (r < 0x10800 || r > 0x10FFF) && (r < 0x1E800 || r > 0x1EFFF) {
			continue // nearly every character: none of those scripts there
		}
		if r <= 0x05C7 {
			if unicode.Is(unicode.Mn, r) {
				return &RTLError{Script: "Hebrew", Text: rtlRun(s, unicode.Hebrew), Err: errHebrewPoints}
			}
			continue
		}
		for _, sc := range unsetScripts {
			if unicode.Is(sc.table, r) {
				return &RTLError{Script: sc.name, Text: rtlRun(s, sc.table)}
			}
		}
	}
	return nil
}

// rtlRun returns the words of s in script, from the first to the last that
// follow each other with only spaces between.
func rtlRun(s string, script *unicode.RangeTable) string {
	start, end := -1, -1
	for i, r := range s {
		switch {
		case unicode.Is(script, r):
			if start < 0 {
				start = i
			}
			end = i + utf8.RuneLen(r)
		case start >= 0 && !unicode.IsSpace(r) && !unicode.Is(unicode.Mn, r):
			return s[start:end]
		}
	}
	return s[start:end]
}
