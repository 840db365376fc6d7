package letter

import (
	"errors"
	"fmt"
	"sync"

	"github.com/appeal-letters/appeal/letter/internal/ttf"
	"github.com/go-fonts/liberation/liberationserifbold"
	"github.com/go-fonts/liberation/liberationserifitalic"
	"github.com/go-fonts/liberation/liberationserifregular"
	"github.com/signintech/gopdf"
)

// A Font is the TrueType typeface a PDF letter is set in, one face per
// style. Its widths are read once, so laying out many letters with one Font
// never parses the font file again.
type Font struct {
	name  string           // family as named in messages, e.g. "LiberationSerif"
	faces [numStyles]*face // a font loaded from one file has one face for all styles
}

// A style is the face a piece of text is set in.
type style int

const (
	regular style = iota
	bold
	italic
	numStyles
)

// A face is one TrueType file: its bytes for embedding and the advance width
// of every character it maps, for measuring.
type face struct {
	name    string          // PostScript name, used as the PDF font name, e.g. "LiberationSerif-Bold"
	ttf     []byte          // the font file
	advance map[rune]uint16 // advance widths in 1/1000 em, truncated as the PDF /W array has them

	// pdf holds the font parsed for gopdf, once: every document adds it
	// from here, sharing it read-only, and gopdf keeps the subsets it
	// built for it (see third_party/gopdf).
	pdf *gopdf.FontContainer
}

// LoadFont reads a TrueType (.ttf) font to set a whole letter in: regular,
// bold and italic text all use it. Fonts with PostScript (CFF) outlines, such
// as most .otf files, are not supported.
func LoadFont(data []byte) (*Font, error) {
	// A font whose hinting cannot be taken out is embedded as it is.
	if t, err := ttf.Unhinted(data); err == nil {
		data = t
	}
	f, err := loadFace(data)
	if err != nil {
		return nil, err
	}
	return &Font{name: f.name, faces: [numStyles]*face{f, f, f}}, nil
}

// defaultFont is Liberation Serif, embedded: metric-compatible with Times New
// Roman and covering Latin, Cyrillic (Kazakh and Uzbek included) and Greek.
// Its hinting is taken out when it is first needed rather than at build
// time: a modified font file may not carry the reserved name Liberation,
// and a PDF only embeds subsets of it.
var defaultFont = sync.OnceValue(func() *Font {
	f := &Font{name: "LiberationSerif"}
	// The faces are made ready side by side: it is most of the time a
	// one-letter run takes, and each is independent of the others.
	var wg sync.WaitGroup
	for st, data := range [numStyles][]byte{
		regular: liberationserifregular.TTF,
		bold:    liberationserifbold.TTF,
		italic:  liberationserifitalic.TTF,
	} {
		wg.Go(func() {
			data, err := ttf.Unhinted(data)
			if err == nil {
				f.faces[st], err = loadFace(data)
			}
			if err != nil {
				// The font is built in, so a failure is a bug that tests catch.
				panic(fmt.Sprintf("letter: embedded font: %v", err))
			}
		})
	}
	wg.Wait()
	return f
})

// loadFace parses a TrueType font, once: for gopdf to embed, and for its
// widths.
func loadFace(data []byte) (*face, error) {
	f := &face{name: ttf.PostScriptName(data), ttf: data, pdf: &gopdf.FontContainer{}}
	if f.name == "" {
		f.name = "Font"
	}
	if err := f.pdf.AddTTFFontDataWithOption(f.name, data, gopdf.TtfOption{Style: gopdf.Regular}); err != nil {
		return nil, fmt.Errorf("not a TrueType font: %w", err)
	}
	p := f.pdf.TTFParser(f.name)
	if _, ok := p.GetTables()["glyf"]; !ok {
		return nil, errors.New("not a TrueType font: no glyf table (PostScript outlines are not supported)")
	}
	if !p.Embeddable {
		return nil, errors.New("the font's licence does not allow embedding it in a document")
	}
	upem := p.UnitsPerEm()
	if upem == 0 {
		return nil, errors.New("not a TrueType font: units per em is 0")
	}
	widths := p.Widths()
	f.advance = make(map[rune]uint16, len(p.Chars()))
	if len(widths) == 0 {
		return nil, errors.New("not a TrueType font: no advance widths")
	}
	for r, g := range p.Chars() {
		if g == 0 || int(g) >= int(p.NumGlyphs()) {
			continue
		}
		// Glyphs after the last in hmtx have its width (monospaced and
		// CJK fonts list one width for many glyphs).
		w := widths[min(int(g), len(widths)-1)]
		f.advance[rune(r)] = uint16(w * 1000 / upem)
	}
	return f, nil
}

// has reports whether the face has a glyph for r.
func (f *face) has(r rune) bool {
	_, ok := f.advance[r]
	return ok
}

// width returns the advance width of s in 1/1000 em.
func (f *face) width(s string) int {
	w := 0
	for _, r := range s {
		w += int(f.advance[r])
	}
	return w
}
