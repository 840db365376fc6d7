package letter

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

// TestPDFFallback checks that characters the letter's font lacks come from
// a fallback font, character by character, and nowhere else.
func TestPDFFallback(t *testing.T) {
	l := seedLetter()
	l.Signatures[0].Image = nil
	l.Body = append(l.Body, &Paragraph{Text: "Case file x⁹⁰ of the register, with E = mc² as usual."})
	if err := (&PDF{}).Check(l); err == nil {
		t.Fatal("Check without a fallback font: no error")
	}

	goFont := goRegular(t)
	doc := printPDF(t, &PDF{Fallback: []*Font{goFont}}, l, "fallback")
	validate(t, doc)
	// Each font's piece of a line comes out as a line of its own.
	text := strings.ReplaceAll(strings.Join(pdfPages(t, doc, A4), ""), "\n", "")
	if !strings.Contains(text, "Case file x⁹⁰ of the register") {
		t.Errorf("the fallback font's characters are not in the text:\n%s", text)
	}
	if fonts := pdfFonts(doc); !slices.Contains(fonts, "GoRegular") || !slices.Contains(fonts, "LiberationSerif") {
		t.Errorf("fonts embedded: %v, want LiberationSerif and GoRegular", fonts)
	}

	// FindFont is asked once, with the missing characters, and only when a
	// character is missing.
	var asked [][]rune
	find := func(missing []rune) (*Font, error) {
		asked = append(asked, missing)
		return goFont, nil
	}
	if err := (&PDF{FindFont: find}).Check(l); err != nil {
		t.Errorf("Check with FindFont: %v", err)
	}
	if want := [][]rune{{'⁹', '⁰'}}; !slices.EqualFunc(asked, want, slices.Equal) {
		t.Errorf("FindFont asked for %q, want %q", asked, want)
	}
	asked = nil
	if err := (&PDF{FindFont: find}).Check(seedLetter()); err != nil || asked != nil {
		t.Errorf("a letter Liberation Serif covers: Check = %v, FindFont asked for %q", err, asked)
	}
	none := func([]rune) (*Font, error) { return nil, nil }
	var me *MissingGlyphsError
	if err := (&PDF{FindFont: none}).Check(l); !errors.As(err, &me) || !slices.Equal(me.Runes, []rune("⁹⁰")) {
		t.Errorf("Check when FindFont finds nothing = %v, want the missing ⁹ and ⁰", err)
	}
}

// TestPDFPlainEquivalents checks that the characters appeal puts in itself
// are set as plain ones by a font that lacks them.
func TestPDFPlainEquivalents(t *testing.T) {
	// Liberation Serif without №, no-break spaces and dashes.
	lib := defaultFont()
	f := &Font{name: "NoTypography"}
	for st, fc := range lib.faces {
		f.faces[st] = fc.without("№\u00a0–")
	}
	l := seedLetter()
	l.Signatures[0].Image = nil
	l.Body = []Block{&Paragraph{Text: "Entrance №\u00a02, on 1\u00a0August – as agreed."}}
	l.Recipient[3] = "8 Orynbor Street"
	doc := printPDF(t, &PDF{Font: f}, l, "plain")
	text := strings.Join(pdfPages(t, doc, A4), "\n")
	if !strings.Contains(text, "Entrance No. 2, on 1 August - as agreed.") {
		t.Errorf("№, no-break spaces and dashes are not set as plain characters:\n%s", text)
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
			t.Errorf("%v face is %s, want %s", style(st), got, want)
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

// TestPDFRightToLeft checks that right-to-left names are refused, naming
// the script, and never printed in the wrong order.
func TestPDFRightToLeft(t *testing.T) {
	for _, tt := range []struct{ name, script string }{
		{"أحمد المصري", "Arabic"},
		{"محمد رضا", "Arabic"}, // Persian
		{"ئەخمەت", "Arabic"},   // Uyghur
		{"דוד כהן", "Hebrew"},
		{"Ahmed (أحمد) 2012", "Arabic"},
	} {
		l := seedLetter()
		l.Body = append(l.Body, &Paragraph{Text: "We write about " + tt.name + "."})
		err := (&PDF{}).Check(l)
		var rtl *RTLError
		if !errors.As(err, &rtl) || rtl.Script != tt.script || !strings.Contains(tt.name, rtl.Text) {
			t.Errorf("Check(%q) = %v, want an RTLError for %s quoting the name", tt.name, err, tt.script)
		}
	}
	if err := checkDirection("Ахмед Ali 王小明 Ελένη"); err != nil {
		t.Errorf("checkDirection(left-to-right scripts) = %v", err)
	}
}
