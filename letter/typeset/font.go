package typeset

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/appeal-letters/appeal/letter/typeset/internal/ttf"
	"github.com/go-fonts/liberation/liberationserifbold"
	"github.com/go-fonts/liberation/liberationserifitalic"
	"github.com/go-fonts/liberation/liberationserifregular"
	"github.com/signintech/gopdf"
)

// A Font is a TrueType typeface, one face per style. Its widths are read
// once, so setting many documents in one Font never parses the font file
// again.
type Font struct {
	name  string           // family as named in messages, e.g. "LiberationSerif"
	faces [numStyles]*face // a font without a bold or italic face has its regular face there
	lacks []string         // styles set in the regular face, e.g. "bold"
}

// A Style is the face a piece of text is set in.
type Style int

// The styles a Font has a face of.
const (
	Regular Style = iota
	Bold
	Italic
	numStyles
)

// A face is one TrueType file: the advance width of every character it
// maps, for measuring, and the file parsed for gopdf, for embedding.
type face struct {
	name string       // PostScript name, used as the PDF font name, e.g. "LiberationSerif-Bold"
	low  []uint16     // advance+1 of the characters below lowRunes, 0 where none: no search for most text
	high []glyphWidth // advance widths of the other characters, by character

	// pdf returns the font parsed for gopdf, once: every document adds it
	// from there, sharing it read-only, and gopdf keeps the subsets it
	// built for it (see third_party/gopdf). The built-in font is parsed
	// only when a document is written (see defaultFont).
	pdf func() *gopdf.FontContainer
}

// A glyphWidth is a character's advance width in 1/1000 em, truncated as
// the PDF /W array has them.
type glyphWidth struct {
	r rune
	w uint16
}

// LoadFont reads a TrueType font (.ttf) or a collection of them (.ttc).
// A collection's first font is the regular face; a font of the same family
// whose style is bold, italic or oblique is used for that style. Without
// one, bold and italic text is set in the regular face (see Lacks). Fonts
// with PostScript (CFF) outlines, such as most .otf files, are refused:
// gopdf can only embed TrueType outlines.
func LoadFont(data []byte) (*Font, error) {
	var font Font
	if !ttf.IsCollection(data) {
		f, err := loadFile(data)
		if err != nil {
			return nil, err
		}
		font.faces[Regular] = f
	} else if err := loadCollection(&font, data); err != nil {
		return nil, err
	}
	font.name = font.faces[Regular].name
	for st := range numStyles {
		if font.faces[st] == nil {
			font.faces[st] = font.faces[Regular]
			font.lacks = append(font.lacks, st.String())
		}
	}
	return &font, nil
}

// loadCollection loads the faces of font from a TrueType collection: the
// first font is the regular face, and a later font of the same family whose
// style is bold, italic or oblique, that face. Only those are copied out.
func loadCollection(font *Font, data []byte) error {
	n, err := ttf.CollectionLen(data)
	if err != nil {
		return err
	}
	var family string
	for i := range n {
		tables, err := ttf.CollectionTables(data, i)
		if err != nil {
			if i == 0 {
				return err
			}
			continue
		}
		st := Regular
		if i == 0 {
			family = ttf.TableName(tables["name"], 1)
		} else {
			sub := strings.ToLower(ttf.TableName(tables["name"], 2))
			isBold, isItalic := strings.Contains(sub, "bold"), strings.Contains(sub, "italic") || strings.Contains(sub, "oblique")
			switch {
			case ttf.TableName(tables["name"], 1) != family || isBold == isItalic:
				continue
			case isBold && font.faces[Bold] == nil:
				st = Bold
			case isItalic && font.faces[Italic] == nil:
				st = Italic
			default:
				continue
			}
		}
		f, err := loadFile(ttf.Font(tables))
		if err != nil {
			if i == 0 {
				return err
			}
			continue // a style face that cannot be used: regular stands in
		}
		font.faces[st] = f
	}
	return nil
}

// loadFile loads a face from a font file, without its hinting if it can be
// taken out (else it is embedded as it is).
func loadFile(data []byte) (*face, error) {
	if t, err := ttf.Unhinted(data); err == nil {
		data = t
	}
	return loadFace(data)
}

// Lacks returns the styles the font has no face of, "bold" or "italic": its
// regular face stands in for them.
func (f *Font) Lacks() []string { return f.lacks }

// Has reports whether the font has a glyph for r.
func (f *Font) Has(r rune) bool { return f.faces[Regular].has(r) }

// Name returns the font's name, e.g. "LiberationSerif".
func (f *Font) Name() string { return f.name }

func (st Style) String() string {
	switch st {
	case Regular:
		return "regular"
	case Bold:
		return "bold"
	case Italic:
		return "italic"
	}
	return fmt.Sprintf("style(%d)", int(st))
}

// DefaultFont returns Liberation Serif, embedded: metric-compatible with Times New
// Roman and covering Latin, Cyrillic (Kazakh and Uzbek included) and Greek.
// Its widths were read at build time (font_metrics.go, checked by
// TestBuiltinFontMetrics), so measuring text in it does not parse it. The
// font files are parsed only to write a document, each face when first
// needed (see Prepare), after their hinting is taken out: not at build
// time, because a modified font file may not carry the reserved name
// Liberation, and a PDF only embeds subsets of it.
func DefaultFont() *Font { return defaultFont() }

var defaultFont = sync.OnceValue(func() *Font {
	f := &Font{name: "LiberationSerif"}
	for st, data := range [numStyles][]byte{
		Regular: liberationserifregular.TTF,
		Bold:    liberationserifbold.TTF,
		Italic:  liberationserifitalic.TTF,
	} {
		m := &builtinMetrics[st]
		f.faces[st] = &face{name: m.name, low: m.low[:], high: m.high, pdf: sync.OnceValue(func() *gopdf.FontContainer {
			fc, err := parseFace(m.name, data)
			if err != nil {
				// The font is built in, so a failure is a bug that tests catch.
				panic(fmt.Sprintf("typeset: embedded font: %v", err))
			}
			return fc
		})}
	}
	return f
})

// parseFace parses a built-in font file for gopdf, without its hinting.
func parseFace(name string, data []byte) (*gopdf.FontContainer, error) {
	data, err := ttf.Unhinted(data)
	if err != nil {
		return nil, err
	}
	fc := &gopdf.FontContainer{}
	if err := fc.AddTTFFontDataWithOption(name, data, gopdf.TtfOption{Style: gopdf.Regular}); err != nil {
		return nil, err
	}
	return fc, nil
}

// Prepare starts parsing the font's faces for embedding, in the
// background: a caller that writes one document then lays it out while
// they are made ready, rather than waiting for them when it writes.
func (f *Font) Prepare() {
	for _, fc := range f.faces {
		go fc.pdf()
	}
}

// loadFace parses a TrueType font, once: for gopdf to embed, and for its
// widths.
func loadFace(data []byte) (*face, error) {
	name := ttf.PostScriptName(data)
	if name == "" {
		name = "Font"
	}
	if tables, err := ttf.ReadTables(data); err == nil && (tables["CFF "] != nil || tables["CFF2"] != nil) {
		return nil, errors.New("the font has PostScript (CFF) outlines, which cannot be embedded: " +
			"use a TrueType font (.ttf or .ttc), e.g. WenQuanYi Zen Hei (Debian: fonts-wqy-zenhei) or Droid Sans Fallback (fonts-droid-fallback) for Chinese, Noto Naskh Arabic (fonts-noto-core) for Arabic")
	}
	fc := &gopdf.FontContainer{}
	if err := fc.AddTTFFontDataWithOption(name, data, gopdf.TtfOption{Style: gopdf.Regular}); err != nil {
		return nil, fmt.Errorf("not a TrueType font: %w", err)
	}
	p := fc.TTFParser(name)
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
	if len(widths) == 0 {
		return nil, errors.New("not a TrueType font: no advance widths")
	}
	f := &face{name: name, low: make([]uint16, lowRunes), pdf: func() *gopdf.FontContainer { return fc }}
	for r, g := range p.Chars() {
		if g == 0 || int(g) >= int(p.NumGlyphs()) {
			continue
		}
		// Glyphs after the last in hmtx have its width (monospaced and
		// CJK fonts list one width for many glyphs).
		w := uint16(widths[min(int(g), len(widths)-1)] * 1000 / upem)
		if r >= 0 && r < lowRunes {
			f.low[r] = w + 1
		} else {
			f.high = append(f.high, glyphWidth{rune(r), w})
		}
	}
	slices.SortFunc(f.high, func(a, b glyphWidth) int { return cmp.Compare(a.r, b.r) })
	return f, nil
}

// lowRunes bounds the characters a face looks up in a table rather than a
// map: Latin, Greek and Cyrillic.
const lowRunes = 0x530

// lookup returns the advance width of r in 1/1000 em, and whether the face
// has a glyph for it.
func (f *face) lookup(r rune) (int, bool) {
	if r >= 0 && r < lowRunes {
		w := f.low[r]
		return int(w) - 1, w > 0
	}
	i, ok := slices.BinarySearchFunc(f.high, r, func(g glyphWidth, r rune) int { return cmp.Compare(g.r, r) })
	if !ok {
		return 0, false
	}
	return int(f.high[i].w), true
}

// without returns a copy of the face that lacks the given characters.
func (f *face) without(runes string) *face {
	c := *f
	c.low = slices.Clone(f.low)
	c.high = slices.DeleteFunc(slices.Clone(f.high), func(g glyphWidth) bool { return strings.ContainsRune(runes, g.r) })
	for _, r := range runes {
		if r >= 0 && r < lowRunes {
			c.low[r] = 0
		}
	}
	return &c
}

// has reports whether the face has a glyph for r.
func (f *face) has(r rune) bool {
	_, ok := f.lookup(r)
	return ok
}

// width returns the advance width of s in 1/1000 em.
func (f *face) width(s string) int {
	w := 0
	for _, r := range s {
		if n, ok := f.lookup(r); ok {
			w += n
		}
	}
	return w
}

// faceMetrics are a face's name and widths, as font_metrics.go has them.
type faceMetrics struct {
	name string
	low  [lowRunes]uint16
	high []glyphWidth
}
