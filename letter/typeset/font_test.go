package typeset

import (
	"bytes"
	"encoding/binary"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/go-fonts/liberation/liberationserifbold"
	"github.com/go-fonts/liberation/liberationserifitalic"
	"github.com/go-fonts/liberation/liberationserifregular"
	"github.com/ledongthuc/pdf"
	"golang.org/x/image/font/gofont/goregular"
)

// goRegular is a font with characters Liberation Serif lacks: superscript
// digits such as ⁹ and ⁰.
func goRegular(t testing.TB) *Font {
	t.Helper()
	f, err := LoadFont(goregular.TTF)
	if err != nil {
		t.Fatalf("LoadFont(Go Regular): %v", err)
	}
	return f
}

// render renders one page of spans set in fonts, and returns its text as a
// PDF reader gets it, a line per span.
func render(t *testing.T, fonts Fonts, spans ...Span) (doc []byte, text string) {
	t.Helper()
	d := &Document{Width: 595, Height: 842, Fonts: fonts, Pages: []*Page{{Spans: spans}}}
	if err := d.Check(); err != nil {
		t.Fatalf("Check: %v", err)
	}
	doc, err := d.Render()
	if err != nil {
		t.Fatalf("Render: %v", err)
	}
	r, err := pdf.NewReader(bytes.NewReader(doc), int64(len(doc)))
	if err != nil {
		t.Fatalf("reading the PDF: %v", err)
	}
	var b strings.Builder
	prevY := -1.0
	for _, tx := range r.Page(1).Content().Text {
		if tx.Y != prevY && prevY >= 0 {
			b.WriteByte('\n')
		}
		b.WriteString(strings.ReplaceAll(tx.S, "\uFFFD", "")) // the reader's mark at the end of a piece
		prevY = tx.Y
	}
	return doc, b.String()
}

// TestFallback checks that characters the first font lacks come from a
// fallback font, character by character, and that a character no font has
// is a *MissingGlyphsError.
func TestFallback(t *testing.T) {
	text := "Case file x⁹⁰ of the register, with E = mc² as usual."
	d := &Document{Width: 595, Height: 842, Fonts: Fonts{DefaultFont()}, Pages: []*Page{{Spans: []Span{{X: 72, Y: 72, Size: 11, Text: text}}}}}
	var me *MissingGlyphsError
	if err := d.Check(); !errors.As(err, &me) || !slices.Equal(me.Runes, []rune("⁹⁰")) || me.Font != "LiberationSerif" {
		t.Errorf("Check without a fallback font = %v, want ⁹ and ⁰ missing from LiberationSerif", err)
	}
	doc, got := render(t, Fonts{DefaultFont(), goRegular(t)}, Span{X: 72, Y: 72, Size: 11, Text: text})
	if got != text {
		t.Errorf("text of the PDF = %q, want %q", got, text)
	}
	if fonts := pdfFonts(doc); !slices.Equal(fonts, []string{"LiberationSerif", "GoRegular"}) {
		t.Errorf("fonts embedded: %v, want LiberationSerif and GoRegular", fonts)
	}
	if w, want := NewMeasurer(Fonts{DefaultFont(), goRegular(t)}).Width("⁹", Regular, 10), NewMeasurer(Fonts{goRegular(t)}).Width("⁹", Regular, 10); w != want || w == 0 {
		t.Errorf("width of ⁹ = %v, want Go Regular's %v", w, want)
	}
}

// pdfFonts returns the names of the fonts a PDF embeds, without their
// subset prefix.
func pdfFonts(doc []byte) []string {
	var names []string
	for _, part := range bytes.Split(doc, []byte("/FontName /"))[1:] {
		name, _, _ := bytes.Cut(part, []byte("\n"))
		if _, after, ok := bytes.Cut(name, []byte("+")); ok {
			name = after
		}
		names = append(names, string(name))
	}
	return names
}

// TestPlainEquivalents checks that the characters a letter may hold are
// set as plain ones by a font that lacks them.
func TestPlainEquivalents(t *testing.T) {
	// Liberation Serif without №, no-break spaces and dashes.
	f := &Font{name: "NoTypography"}
	for st, fc := range defaultFont().faces {
		f.faces[st] = fc.without("№\u00a0–")
	}
	_, got := render(t, Fonts{f}, Span{X: 72, Y: 72, Size: 11, Text: "Entrance №\u00a02, on 1\u00a0August – as agreed."})
	if want := "Entrance No. 2, on 1 August - as agreed."; got != want {
		t.Errorf("text of the PDF = %q, want %q", got, want)
	}
}

// TestLoadFontCollection checks that a TrueType collection's faces are
// used for the styles they are.
func TestLoadFontCollection(t *testing.T) {
	f, err := LoadFont(collection(liberationserifregular.TTF, liberationserifitalic.TTF, liberationserifbold.TTF))
	if err != nil {
		t.Fatalf("LoadFont(collection): %v", err)
	}
	for st, want := range []string{"LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic"} {
		if got := f.faces[st].name; got != want {
			t.Errorf("%v face is %s, want %s", Style(st), got, want)
		}
	}
	if len(f.Lacks()) != 0 {
		t.Errorf("Lacks() = %v, want none", f.Lacks())
	}
	one, err := LoadFont(collection(goregular.TTF))
	if err != nil {
		t.Fatalf("LoadFont(one-font collection): %v", err)
	}
	if got := one.Lacks(); !slices.Equal(got, []string{"bold", "italic"}) {
		t.Errorf("Lacks() = %v, want bold and italic", got)
	}
	for _, bad := range [][]byte{[]byte("ttcf\x00\x01\x00\x00\x00\x00\x00\x05"), []byte("OTTO\x00\x00")} {
		if _, err := LoadFont(bad); err == nil {
			t.Errorf("LoadFont(%q) succeeded", bad)
		}
	}
}

// collection returns a TrueType collection (.ttc) of fonts.
func collection(fonts ...[]byte) []byte {
	be := binary.BigEndian
	out := []byte("ttcf")
	out = be.AppendUint32(out, 0x00010000)
	out = be.AppendUint32(out, uint32(len(fonts)))
	off := 12 + 4*len(fonts)
	for _, f := range fonts {
		out = be.AppendUint32(out, uint32(off))
		off += len(f)
	}
	for _, f := range fonts {
		// Table offsets in a collection count from the start of the file.
		start := len(out)
		f = bytes.Clone(f)
		for i := range int(be.Uint16(f[4:])) {
			e := 12 + 16*i + 8
			be.PutUint32(f[e:], be.Uint32(f[e:])+uint32(start))
		}
		out = append(out, f...)
	}
	return out
}
