package letter

import (
	"bytes"
	"errors"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/ledongthuc/pdf"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/text/unicode/norm"

	"github.com/appeal-letters/appeal/cases"
	"github.com/appeal-letters/appeal/letter/internal/rtl"
	"github.com/appeal-letters/appeal/letter/typeset"
)

// goRegular is a font with characters Liberation Serif lacks: superscript
// digits such as ⁹ and ⁰.
func goRegular(t testing.TB) *typeset.Font {
	t.Helper()
	f, err := typeset.LoadFont(goregular.TTF)
	if err != nil {
		t.Fatalf("typeset.LoadFont(Go Regular): %v", err)
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
	doc := printPDF(t, &PDF{Fallback: []*typeset.Font{goFont}, Creator: "appeal (golden)"}, l, "fallback")
	validate(t, doc)
	goldenLayout(t, "fallback-font", doc)
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
	find := func(missing []rune) (*typeset.Font, error) {
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
	none := func([]rune) (*typeset.Font, error) { return nil, nil }
	var me *typeset.MissingGlyphsError
	if err := (&PDF{FindFont: none}).Check(l); !errors.As(err, &me) || !slices.Equal(me.Runes, []rune("⁹⁰")) {
		t.Errorf("Check when FindFont finds nothing = %v, want the missing ⁹ and ⁰", err)
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

// TestPDFRightToLeftRefused checks that right-to-left text the PDF printer
// cannot set correctly is refused, naming the script and the words, never
// printed wrong.
func TestPDFRightToLeftRefused(t *testing.T) {
	for _, tt := range []struct{ name, script, text string }{
		// Uyghur ە has no presentation forms, so it cannot join the meem
		// before it.
		{"مەمەت ئابدۇللا", "Arabic", "مەمەت"},
		{"ܐܕܝ", "Syriac", "ܐܕܝ"},
		{"ދިވެހި", "Thaana", "ދިވެހި"},
		// Hebrew points would not sit on their letters.
		{"שָׁלוֹם לוי", "Hebrew", "שָׁלוֹם לוי"},
	} {
		l := seedLetter()
		l.Body = append(l.Body, &Paragraph{Text: "We write about " + tt.name + "."})
		err := (&PDF{Fallback: []*typeset.Font{dejaVuSans(t)}}).Check(l)
		var rtl *typeset.RTLError
		if !errors.As(err, &rtl) || rtl.Script != tt.script || rtl.Text != tt.text {
			t.Errorf("Check(%q) = %v, want an typeset.RTLError for %s quoting %q", tt.name, err, tt.script, tt.text)
		}
	}
	// Urdu ہ and ے in forms DejaVu Sans lacks: the letters are named.
	l := seedLetter()
	l.Body = append(l.Body, &Paragraph{Text: "We write about عمران شاہ."})
	var me *typeset.MissingGlyphsError
	err := (&PDF{Fallback: []*typeset.Font{dejaVuSans(t)}}).Check(l)
	if !errors.As(err, &me) || !strings.Contains(err.Error(), `Arabic-script letters "ہ" are set in`) {
		t.Errorf("Check(Urdu heh goal) = %v, want the letter named", err)
	}
}

// dejaVuSans is DejaVu Sans (testdata/fonts), a fallback font with Arabic
// presentation forms and Hebrew.
func dejaVuSans(t testing.TB) *typeset.Font {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "fonts", "DejaVuSans.ttf"))
	if err != nil {
		t.Fatal(err)
	}
	f, err := typeset.LoadFont(data)
	if err != nil {
		t.Fatalf("typeset.LoadFont(DejaVu Sans): %v", err)
	}
	return f
}

// rtlLetter is the seed letter with right-to-left names: Arabic in a
// sentence, in the recipient's address and among the signatories, with
// digits and brackets; Hebrew, Persian (ی پ چ ژ گ) and Urdu (ٹ ڈ ڑ ں ھ).
func rtlLetter() *Letter {
	l := seedLetter()
	l.Signatures[0].Image = nil
	l.Recipient = []string{"Mr خالد عبد الله", "Prosecutor General", "شارع النيل 12", "حي 6 أكتوبر", "القاهرة", "Egypt"}
	l.Salutation = "Dear Mr عبد الله,"
	l.Body = append(l.Body,
		&Paragraph{Text: "We write about أحمد المصري, born in 1990, who taught the Quran (درس القرآن) at the mosque of حي السادس من أكتوبر."},
		&Paragraph{Text: "His colleague דוד כהן wrote for «הארץ» in 2019; his lawyer is پژمان گلچینی of چنگیز و شرکا."},
		&Paragraph{Text: "أحمد المصري and ڈاکٹر بھٹو ٹھیک ڑ ں are both named in the warrant."},
		// A paragraph in Arabic: right to left, its full stop on the left.
		&Paragraph{Text: "أحمد المصري معلم ومواطن مسالم، ولم يرتكب أي جريمة. نطلب منكم رفض تسليمه إلى مصر (وفقاً للمادة 3)."},
	)
	l.Signatures = append(l.Signatures, Signature{Name: "پژمان گلچینی", Role: "وکیل"})
	return l
}

// TestPDFRightToLeft checks a PDF with right-to-left names: valid, the same
// bytes every time, and read back as the text printer writes it. A PDF
// reader gets the glyphs in visual order and puts right-to-left runs back
// in logical order (here: Visual again, which undoes itself), and joined
// forms back to their letters (NFKC).
func TestPDFRightToLeft(t *testing.T) {
	letters := map[string]*Letter{"rtl": rtlLetter()}
	// The golden right-to-left letters (see TestGoldenRightToLeft).
	files, err := filepath.Glob(filepath.Join("testdata", "rtl", "*.yaml"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no cases in testdata/rtl: %v", err)
	}
	for _, path := range files {
		c, err := cases.Load(path, nil)
		if err != nil {
			t.Fatal(err)
		}
		l, err := Compose(c, Options{Now: func() time.Time { return time.Date(2012, time.August, 1, 12, 0, 0, 0, time.UTC) }})
		if err != nil {
			t.Fatal(err)
		}
		letters["rtl-"+strings.TrimSuffix(filepath.Base(path), ".yaml")] = l
	}
	for name, l := range letters {
		t.Run(name, func(t *testing.T) { checkRightToLeft(t, name, l) })
	}
}

func checkRightToLeft(t *testing.T, name string, l *Letter) {
	// The text printer leaves out a signatory's organisation.
	for i := range l.Signatures {
		l.Signatures[i].Organisation = ""
	}
	p := &PDF{Fallback: []*typeset.Font{dejaVuSans(t)}}
	doc := printPDF(t, p, l, name)
	validate(t, doc)
	var again bytes.Buffer
	if err := p.Print(&again, l); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(doc, again.Bytes()) {
		t.Errorf("two runs gave different PDFs")
	}
	var txt bytes.Buffer
	if err := (&Text{}).Print(&txt, l); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(txt.String(), "\u2069") {
		t.Errorf("text letter has no isolation marks:\n%s", txt.String())
	}
	// What a reader gets of each line: drawn in visual order and read
	// back. A number at the end of a right-to-left run comes back before
	// it ("شارع النيل 12" as "12 شارع النيل", by pdftotext too), though
	// it is drawn where it belongs.
	var read []string
	for _, line := range strings.Split(strings.NewReplacer("\u2068", "", "\u2069", "").Replace(txt.String()), "\n") {
		read = append(read, visualOf(visualOf(line)))
	}
	want := textWords(strings.Join(read, "\n"))
	lines := pdfLines(t, doc, A4, p.fonts())
	// The PDF has each right-to-left word drawn letter by letter from the
	// left: "أحمد" as its forms of د م ح أ.
	drawn := norm.NFKC.String(strings.Join(lines, "\n"))
	for _, w := range want {
		if rtl.HasRTL(w) {
			w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
			r := []rune(w)
			slices.Reverse(r)
			// (Lam with alef is one glyph, which NFKC gives back in
			// logical order.)
			if len(r) > 1 && !strings.ContainsAny(w, "\u0622\u0623\u0625\u0627") && !strings.Contains(drawn, string(r)) {
				t.Errorf("the PDF does not draw %q from the left as %q", w, string(r))
			}
		}
	}
	for i := range lines {
		lines[i] = visualOf(lines[i])
	}
	got := strings.Fields(norm.NFKC.String(strings.Join(lines, "\n")))
	// Which side of a line's right-to-left words its punctuation goes
	// depends on the paragraph, which a reader of one line cannot know
	// (the last line of an English sentence may hold Arabic words and the
	// full stop): words are compared without it. Visual's tests check
	// where punctuation goes.
	got, want = bare(got), bare(want)
	if i := firstDiff(got, want); i >= 0 {
		t.Errorf("PDF words differ from the text printer's at word %d:\n got %q\nwant %q", i, around(got, i), around(want, i))
	}

	// pdftotext, where installed, gives the names in logical order.
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext is not installed")
	}
	cmd := exec.Command("pdftotext", "-", "-")
	cmd.Stdin = bytes.NewReader(doc)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	// It marks right-to-left runs with embedding controls.
	text := strings.Map(func(r rune) rune {
		if r >= '\u202A' && r <= '\u202E' {
			return -1
		}
		return r
	}, norm.NFKC.String(string(out)))
	for _, name := range []string{"أحمد المصري", "خالد عبد الله", "القاهرة", "דוד כהן", "پژمان گلچینی", "ڈاکٹر بھٹو"} {
		if !strings.Contains(text, name) && strings.Contains(txt.String(), name) {
			t.Errorf("pdftotext does not give %q in logical order:\n%s", name, text)
		}
	}
}

// bare returns words without the punctuation at their ends, leaving out
// those that are only punctuation.
func bare(words []string) []string {
	var out []string
	for _, w := range words {
		if w = strings.TrimFunc(w, unicode.IsPunct); w != "" {
			out = append(out, w)
		}
	}
	return out
}

// visualOf returns a line in the other order: logical to visual, or back,
// as a reader takes what is drawn. A line all right to left is a line of a
// right-to-left paragraph.
func visualOf(line string) string {
	if rtl.IsRTL(line) {
		return rtl.VisualRTL(line)
	}
	return rtl.Visual(line)
}

// pdfLines returns the text of doc line by line as pdfPages keeps it, with
// each line's pieces (one per font of fonts) joined, as drawn from the
// left.
func pdfLines(t testing.TB, doc []byte, paper Paper, fonts typeset.Fonts) []string {
	t.Helper()
	// Each piece is set in one face: of the font its name starts with, in
	// the style its name ends with (e.g. "LiberationSerif-Bold").
	measure := make(map[string]func(s string, size float64) float64)
	for _, f := range fonts {
		m := typeset.NewMeasurer(typeset.Fonts{f})
		for st, suffix := range map[typeset.Style]string{typeset.Regular: "", typeset.Bold: "-Bold", typeset.Italic: "-Italic"} {
			measure[f.Name()+suffix] = func(s string, size float64) float64 { return m.Width(s, st, size) }
		}
	}
	r, err := pdf.NewReader(bytes.NewReader(doc), int64(len(doc)))
	if err != nil {
		t.Fatalf("reading PDF: %v", err)
	}
	g := paper.geometry()
	var lines []string
	for i := 1; i <= r.NumPage(); i++ {
		var cur strings.Builder
		prevX, prevY, end := math.Inf(1), math.NaN(), 0.0
		flush := func() {
			if cur.Len() > 0 {
				lines = append(lines, cur.String())
				cur.Reset()
			}
		}
		for _, tx := range r.Page(i).Content().Text {
			y := g.height - tx.Y
			if tx.FontSize < minAddrSize || y >= g.bodyBottom || i > 1 && tx.FontSize == smallSize && y < g.contTop+20*mm {
				continue
			}
			// A line's pieces follow each other left to right on one
			// baseline; one that starts clear of the one before is another
			// span, such as a list item after its number.
			switch {
			case tx.Y != prevY || tx.X < prevX:
				flush()
			case tx.X != prevX && tx.X > end+1:
				cur.WriteByte(' ')
			}
			if tx.X != prevX || tx.Y != prevY {
				end = tx.X
			}
			if width := measure[tx.Font]; width != nil {
				end += width(tx.S, tx.FontSize)
			}
			cur.WriteString(strings.ReplaceAll(tx.S, "\uFFFD", ""))
			prevX, prevY = tx.X, tx.Y
		}
		flush()
	}
	return lines
}
