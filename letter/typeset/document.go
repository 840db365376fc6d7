package typeset

import (
	"strings"
	"time"
)

// A Document is pages of positioned text, pictures and rules, ready to be
// checked and written as PDF. The same document always gives the same bytes:
// nothing in it depends on the time or on chance unless CreationDate is set.
type Document struct {
	Width, Height float64 // of every page, in points
	Fonts         Fonts   // what the spans are set in
	Pages         []*Page

	// Metadata; empty: none. CreationDate's zero value leaves it out, so
	// the output is reproducible.
	Title, Author, Creator string
	CreationDate           time.Time

	// levels, if not nil, are the compression levels of page content and
	// fonts, for BenchmarkCompression; nil: contentLevel and fontLevel.
	levels *[2]int
}

// Check reports the characters of the document that no font has, and text
// in a right-to-left script it cannot set.
func (d *Document) Check() error {
	var missing []rune
	seen := make(map[rune]bool)
	for _, pg := range d.Pages {
		for _, s := range pg.Spans {
			if err := checkScripts(s.Text); err != nil {
				return err
			}
			for _, r := range s.Text {
				if !seen[r] && d.Fonts.face(s.Style, r) == nil && !d.Fonts.hasPlain(s.Style, r) {
					seen[r] = true
					missing = append(missing, r)
				}
			}
		}
	}
	if len(missing) > 0 {
		names := make([]string, len(d.Fonts))
		for i, f := range d.Fonts {
			names[i] = f.name
		}
		return &MissingGlyphsError{Font: strings.Join(names, ", "), Runes: missing}
	}
	return nil
}
