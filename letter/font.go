package letter

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"
	"sort"
	"strings"
	"sync"
	"unicode/utf16"

	"github.com/go-fonts/liberation/liberationserifbold"
	"github.com/go-fonts/liberation/liberationserifitalic"
	"github.com/go-fonts/liberation/liberationserifregular"
	"github.com/signintech/gopdf"
	"github.com/signintech/gopdf/fontmaker/core"
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
func LoadFont(ttf []byte) (*Font, error) {
	f, err := loadFace(ttf)
	if err != nil {
		return nil, err
	}
	return &Font{name: f.name, faces: [numStyles]*face{f, f, f}}, nil
}

// defaultFont is Liberation Serif, embedded: metric-compatible with Times New
// Roman and covering Latin, Cyrillic (Kazakh and Uzbek included) and Greek.
var defaultFont = sync.OnceValue(func() *Font {
	load := func(ttf []byte) *face {
		f, err := loadFace(ttf)
		if err != nil {
			// The font is built in, so a failure is a bug that tests catch.
			panic(fmt.Sprintf("letter: embedded font: %v", err))
		}
		return f
	}
	return &Font{
		name: "LiberationSerif",
		faces: [numStyles]*face{
			regular: load(liberationserifregular.TTF),
			bold:    load(liberationserifbold.TTF),
			italic:  load(liberationserifitalic.TTF),
		},
	}
})

func loadFace(ttf []byte) (*face, error) {
	// A font whose hinting cannot be taken out is embedded as it is.
	if t, err := unhinted(ttf); err == nil {
		ttf = t
	}
	var p core.TTFParser
	if err := p.ParseFontData(ttf); err != nil {
		return nil, fmt.Errorf("not a TrueType font: %w", err)
	}
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
	f := &face{
		name:    postScriptName(ttf),
		ttf:     ttf,
		advance: make(map[rune]uint16, len(p.Chars())),
	}
	for r, g := range p.Chars() {
		if g == 0 || int(g) >= len(widths) {
			continue
		}
		f.advance[rune(r)] = uint16(widths[g] * 1000 / upem)
	}
	if f.name == "" {
		f.name = "Font"
	}
	f.pdf = &gopdf.FontContainer{}
	if err := f.pdf.AddTTFFontDataWithOption(f.name, ttf, gopdf.TtfOption{Style: gopdf.Regular}); err != nil {
		return nil, fmt.Errorf("not a TrueType font: %w", err)
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

// postScriptName reads the PostScript name (name ID 6) from a TrueType
// file's name table, keeping only the characters a PDF font name allows; it
// returns "" when there is none.
func postScriptName(ttf []byte) string {
	be := binary.BigEndian
	if len(ttf) < 12 {
		return ""
	}
	numTables := int(be.Uint16(ttf[4:]))
	for i := range numTables {
		e := 12 + 16*i
		if e+16 > len(ttf) {
			return ""
		}
		if string(ttf[e:e+4]) != "name" {
			continue
		}
		start := int(be.Uint32(ttf[e+8:]))
		end := start + int(be.Uint32(ttf[e+12:]))
		if start+6 > len(ttf) || end > len(ttf) || end < start {
			return ""
		}
		return nameRecord(ttf[start:end], 6)
	}
	return ""
}

// nameRecord returns the first usable name with the given ID from a name table.
func nameRecord(t []byte, id uint16) string {
	be := binary.BigEndian
	count := int(be.Uint16(t[2:]))
	strings0 := int(be.Uint16(t[4:]))
	for i := range count {
		r := 6 + 12*i
		if r+12 > len(t) {
			break
		}
		platform, nameID := be.Uint16(t[r:]), be.Uint16(t[r+6:])
		length, offset := int(be.Uint16(t[r+8:])), int(be.Uint16(t[r+10:]))
		if nameID != id || strings0+offset+length > len(t) {
			continue
		}
		b := t[strings0+offset : strings0+offset+length]
		var s string
		switch platform {
		case 0, 3: // Unicode and Windows: UTF-16BE
			u := make([]uint16, len(b)/2)
			for j := range u {
				u[j] = be.Uint16(b[2*j:])
			}
			s = string(utf16.Decode(u))
		case 1: // Macintosh Roman: PostScript names are ASCII
			s = string(b)
		default:
			continue
		}
		s = strings.Map(func(r rune) rune {
			if r < 0x80 && (r == '-' || r == '_' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9') {
				return r
			}
			return -1
		}, s)
		if s != "" {
			return s
		}
	}
	return ""
}

// unhinted returns a copy of a TrueType font without its hinting
// instructions (the fpgm, prep and cvt tables and each glyph's
// instructions). Hinting is for pixels on screens; on paper it does
// nothing, and it is a third of the glyph data that a PDF embeds.
func unhinted(ttf []byte) ([]byte, error) {
	be := binary.BigEndian
	tables, err := readTables(ttf)
	if err != nil {
		return nil, err
	}
	head, loca, glyf := tables["head"], tables["loca"], tables["glyf"]
	if len(head) < 54 || loca == nil || glyf == nil {
		return nil, errors.New("missing head, loca or glyf table")
	}
	long := be.Uint16(head[50:]) == 1
	n := len(loca)/2 - 1
	if long {
		n = len(loca)/4 - 1
	}
	offset := func(i int) int {
		if long {
			return int(be.Uint32(loca[4*i:]))
		}
		return 2 * int(be.Uint16(loca[2*i:]))
	}
	var newGlyf []byte
	offsets := make([]int, n+1)
	for i := range n {
		offsets[i] = len(newGlyf)
		start, end := offset(i), offset(i+1)
		if start > end || end > len(glyf) {
			return nil, fmt.Errorf("glyph %d is outside the glyf table", i)
		}
		g, err := stripGlyph(glyf[start:end])
		if err != nil {
			return nil, fmt.Errorf("glyph %d: %w", i, err)
		}
		newGlyf = append(newGlyf, g...)
		if len(newGlyf)%2 == 1 {
			newGlyf = append(newGlyf, 0)
		}
	}
	offsets[n] = len(newGlyf)
	if !long && len(newGlyf) > 2*0xFFFF {
		long = true
	}
	var newLoca []byte
	for _, o := range offsets {
		if long {
			newLoca = be.AppendUint32(newLoca, uint32(o))
		} else {
			newLoca = be.AppendUint16(newLoca, uint16(o/2))
		}
	}
	newHead := append([]byte(nil), head...)
	if long {
		be.PutUint16(newHead[50:], 1)
	}
	tables["glyf"], tables["loca"], tables["head"] = newGlyf, newLoca, newHead
	delete(tables, "fpgm")
	delete(tables, "prep")
	delete(tables, "cvt ")
	return writeTables(tables), nil
}

// stripGlyph returns a glyph's data without its instructions.
func stripGlyph(g []byte) ([]byte, error) {
	be := binary.BigEndian
	if len(g) == 0 {
		return g, nil
	}
	if len(g) < 10 {
		return nil, errors.New("glyph header is truncated")
	}
	contours := int16(be.Uint16(g))
	if contours >= 0 {
		p := 10 + 2*int(contours)
		if p+2 > len(g) {
			return nil, errors.New("glyph is truncated")
		}
		il := int(be.Uint16(g[p:]))
		if p+2+il > len(g) {
			return nil, errors.New("glyph instructions are truncated")
		}
		out := make([]byte, 0, len(g)-il)
		out = append(out, g[:p]...)
		out = append(out, 0, 0)
		return append(out, g[p+2+il:]...), nil
	}
	// A composite glyph: instructions follow the last component, if its
	// flags say so.
	out := append([]byte(nil), g...)
	for p := 10; ; {
		if p+4 > len(g) {
			return nil, errors.New("composite glyph is truncated")
		}
		flags := be.Uint16(g[p:])
		size := 4 + 4
		if flags&0x0001 == 0 { // ARG_1_AND_2_ARE_WORDS
			size = 4 + 2
		}
		switch {
		case flags&0x0008 != 0: // WE_HAVE_A_SCALE
			size += 2
		case flags&0x0040 != 0: // WE_HAVE_AN_X_AND_Y_SCALE
			size += 4
		case flags&0x0080 != 0: // WE_HAVE_A_TWO_BY_TWO
			size += 8
		}
		if flags&0x0020 == 0 { // MORE_COMPONENTS: this is the last
			be.PutUint16(out[p:], flags&^0x0100) // WE_HAVE_INSTRUCTIONS
			return out[:min(p+size, len(out))], nil
		}
		p += size
	}
}

// readTables returns the tables of a TrueType font by tag.
func readTables(ttf []byte) (map[string][]byte, error) {
	be := binary.BigEndian
	if len(ttf) < 12 {
		return nil, errors.New("font file is truncated")
	}
	n := int(be.Uint16(ttf[4:]))
	tables := make(map[string][]byte, n)
	for i := range n {
		e := 12 + 16*i
		if e+16 > len(ttf) {
			return nil, errors.New("font table directory is truncated")
		}
		off, length := int(be.Uint32(ttf[e+8:])), int(be.Uint32(ttf[e+12:]))
		if off < 0 || length < 0 || off+length > len(ttf) {
			return nil, fmt.Errorf("font table %q is outside the file", ttf[e:e+4])
		}
		tables[string(ttf[e:e+4])] = ttf[off : off+length]
	}
	return tables, nil
}

// writeTables returns a TrueType font file made of tables.
func writeTables(tables map[string][]byte) []byte {
	be := binary.BigEndian
	tags := make([]string, 0, len(tables))
	for t := range tables {
		tags = append(tags, t)
	}
	sort.Strings(tags)
	n := len(tags)
	sel := bits.Len(uint(n)) - 1
	out := be.AppendUint32(nil, 0x00010000)
	out = be.AppendUint16(out, uint16(n))
	out = be.AppendUint16(out, uint16(16<<sel))
	out = be.AppendUint16(out, uint16(sel))
	out = be.AppendUint16(out, uint16(16*n-16<<sel))
	off := 12 + 16*n
	for _, t := range tags {
		d := tables[t]
		out = append(out, t...)
		out = be.AppendUint32(out, checksum(d))
		out = be.AppendUint32(out, uint32(off))
		out = be.AppendUint32(out, uint32(len(d)))
		off += (len(d) + 3) &^ 3
	}
	for _, t := range tags {
		d := tables[t]
		out = append(out, d...)
		out = append(out, make([]byte, (4-len(d)%4)%4)...)
	}
	return out
}

func checksum(d []byte) uint32 {
	var sum uint32
	for i := 0; i < len(d); i += 4 {
		var w [4]byte
		copy(w[:], d[i:])
		sum += binary.BigEndian.Uint32(w[:])
	}
	return sum
}
