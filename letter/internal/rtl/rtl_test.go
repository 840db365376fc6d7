package rtl

import (
	"errors"
	"math/rand/v2"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/bidi"
	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/unicode/runenames"
)

func TestVisual(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"", ""},
		{"plain English", "plain English"},
		{"אבג", "גבא"},
		{"abc אבג דהו def", "abc והד גבא def"},
		// Digits inside Hebrew inside English keep their own order.
		{"to אבג 123 דהו now", "to והד 123 גבא now"},
		{"to אבג 12.5% דהו", "to והד 12.5% גבא"},
		// After Arabic letters, digits are Arabic numbers (W2), and read
		// left to right all the same.
		{"said أحمد 12 محمد today", "said دمحم 12 دمحأ today"},
		{"said أحمد ١٢ محمد", "said دمحم ١٢ دمحأ"},
		// Brackets around right-to-left text after right-to-left text are
		// part of it, and are mirrored (N0, L4).
		{"Name: אבג (דהו) end", "Name: (והד) גבא end"},
		// Around left-to-right text they stay left to right.
		{"אבג (abc) דהו", "גבא (abc) והד"},
		{"(אבג) x", "(גבא) x"},
		{"x «אבג דהו»", "x «והד גבא»"},
		{"x אבג «דהו» ה", "x ה «והד» גבא"},
		// Neutrals between two directions take the paragraph's.
		{"אבג, abc", "גבא, abc"},
		{"abc, אבג.", "abc, גבא."},
		// A mark comes before its letter, where right-to-left fonts draw
		// it (no L3).
		{"x \u05E9\u05B8\u05C1\u05DC\u05D5\u05B9\u05DD", "x \u05DD\u05B9\u05D5\u05DC\u05C1\u05B8\u05E9"},
		{"\u0645\u064F\u062D", "\u062D\u064F\u0645"},
		// Trailing spaces stay at the end (L1).
		{"אבג  ", "גבא  "},
		// Direction controls are dropped.
		{"a \u2068אבג\u2069 b", "a גבא b"},
		// Presentation forms are right to left, as the letters are.
		{"x \uFEE3\uFEA4\uFEE4\uFEA9 y", "x \uFEA9\uFEE4\uFEA4\uFEE3 y"},
	} {
		if got := Visual(tt.in); got != tt.want {
			t.Errorf("Visual(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestVisualAgreesWithXText compares the direction of every character with
// what golang.org/x/text/unicode/bidi resolves, on random lines of
// left-to-right and right-to-left letters, digits, separators and
// brackets that start with a Latin letter (so both take the paragraph as
// left to right).
func TestVisualAgreesWithXText(t *testing.T) {
	alphabet := []rune("abאבاب12١٢ ,.-+$%\u05B8")
	rng := rand.New(rand.NewPCG(1, 2))
	for range 3000 {
		n := 1 + rng.IntN(12)
		rs := []rune{'a'}
		for range n {
			rs = append(rs, alphabet[rng.IntN(len(alphabet))])
		}
		s := string(rs)
		var p bidi.Paragraph
		if _, err := p.SetString(s); err != nil {
			t.Fatal(err)
		}
		o, err := p.Order()
		if err != nil {
			t.Fatal(err)
		}
		var want []bool // right to left, by character
		for i := range o.NumRuns() {
			run := o.Run(i)
			for range []rune(run.String()) {
				want = append(want, run.Direction() == bidi.RightToLeft)
			}
		}
		rs2, cls := classify(s)
		levels := resolve(rs2, cls, 0)
		for i, l := range levels {
			if i < len(want) && (l%2 == 1) != want[i] && !(i == len(levels)-1 && rs2[i] == ' ') {
				t.Errorf("%q: character %d (%q) at level %d; x/text: right to left %v", s, i, rs2[i], l, want[i])
				break
			}
		}
	}
}

func TestVisualRTL(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		// The full stop ends the sentence on the left.
		{"אבג דהו.", ".והד גבא"},
		{"אבג (דהו) 12.", ".12 (והד) גבא"},
		// Latin inside stays left to right, brackets around it with it.
		{"אבג (abc) דהו", "והד (abc) גבא"},
	} {
		if got := VisualRTL(tt.in); got != tt.want {
			t.Errorf("VisualRTL(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"אבג דהו.", true},
		{"أحمد المصري ١٢", true},
		{"أحمد المصري is", false},
		{"Ahmed", false},
		{"12.", false},
	} {
		if got := IsRTL(tt.in); got != tt.want {
			t.Errorf("IsRTL(%q) = %v", tt.in, got)
		}
	}
}

func TestShape(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Ahmed", "Ahmed"},
		// أحمد: alef with hamza (right-joining) isolated, hah initial, meem
		// medial, dal final.
		{"أحمد", "\uFE83\uFEA3\uFEE4\uFEAA"},
		// المصري: lam with alef as one; the article's lam joins meem.
		{"المصري", "\uFE8D\uFEDF\uFEE4\uFEBC\uFEAE\uFEF1"},
		{"سلام", "\uFEB3\uFEFC\uFEE1"},
		{"لا", "\uFEFB"},
		// Marks do not break a join, and stay where they are.
		{"مُحَمَّد", "\uFEE3\u064F\uFEA4\u064E\uFEE4\u064E\u0651\uFEAA"},
		// Tatweel joins on both sides.
		{"بـ", "\uFE91\u0640"},
		// Zero-width non-joiner keeps letters apart.
		{"ب\u200Cب", "\uFE8F\u200C\uFE8F"},
		// Persian: پ چ ژ گ ی.
		{"پژمان", "\uFB58\uFB8B\uFEE3\uFE8E\uFEE5"},
		{"چنگیز", "\uFB7C\uFEE8\uFB95\uFBFF\uFEB0"},
		// Urdu: ٹ ڈ ڑ ں ہ ھ ے.
		{"ٹھہرے", "\uFB68\uFBAD\uFBA9\uFEAE\uFBAE"},
		{"ڈڑں", "\uFB88\uFB8C\uFB9E"},
		// Uyghur: ئە as the ligature, since ە has no final form.
		{"ئە", "\uFBEC"},
		{"ئۇيغۇر", "\uFE8B\uFBD8\uFEF3\uFED0\uFBD8\uFEAD"},
		// Hebrew needs no shaping.
		{"שלום", "שלום"},
	} {
		got, err := Shape(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("Shape(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
		// Every form stands for its letter: NFKC gives the text back.
		if err == nil && norm.NFKC.String(got) != norm.NFKC.String(tt.in) {
			t.Errorf("NFKC(Shape(%q)) = %q", tt.in, norm.NFKC.String(got))
		}
	}
}

func TestShapeRefuses(t *testing.T) {
	for _, tt := range []struct {
		in     string
		letter rune
		form   string
	}{
		// Uyghur ە has no presentation forms: after meem it would need a
		// final one.
		{"مەمەت", 'ە', ""},
		{"x ئەخمەت", 'ە', ""},
	} {
		_, err := Shape(tt.in)
		var se *ShapeError
		if !errors.As(err, &se) || se.Letter != tt.letter || se.Form != tt.form {
			t.Errorf("Shape(%q) error = %v, want the letter %q, form %q", tt.in, err, tt.letter, tt.form)
		}
	}
	// A lone ە is its own isolated form.
	if got, err := Shape("ە"); err != nil || got != "ە" {
		t.Errorf("Shape(ە) = %q, %v", got, err)
	}
}

func TestHas(t *testing.T) {
	for _, tt := range []struct {
		in          string
		rtl, arabic bool
	}{
		{"plain", false, false},
		{"Алматы, Қазақстан", false, false},
		{"王小明", false, false},
		{"שלום", true, false},
		{"x أحمد", true, true},
		{"\uFEE3", true, true},
	} {
		if got := HasRTL(tt.in); got != tt.rtl {
			t.Errorf("HasRTL(%q) = %v", tt.in, got)
		}
		if got := HasArabic(tt.in); got != tt.arabic {
			t.Errorf("HasArabic(%q) = %v", tt.in, got)
		}
	}
}

func TestTablesCover(t *testing.T) {
	// Every letter of the Arabic, Persian and Urdu alphabets has its forms.
	for _, r := range "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأؤإئةىپچژگیکٹڈڑںہھے" + "ۆۇۈۋې" {
		if _, ok := letterForms[r]; !ok && r != 'ء' {
			t.Errorf("no presentation forms for %q (%U)", r, r)
		}
	}
	if strings.ContainsRune(string(rune(0)), 'x') {
		t.Fatal()
	}
}

// TestLevelsAgreeWithFriBidi compares the resolved levels with GNU
// FriBidi's, where its command-line tool is installed (Debian:
// libfribidi-bin), on random lines with brackets, which
// TestVisualAgreesWithXText leaves out: x/text resolves some bracket pairs
// against rule N0.
func TestLevelsAgreeWithFriBidi(t *testing.T) {
	path, err := exec.LookPath("fribidi")
	if err != nil {
		t.Skip("fribidi is not installed")
	}
	alphabet := []rune("abאבاب12١٢ ,.-+$%()[]«»")
	rng := rand.New(rand.NewPCG(3, 4))
	var lines []string
	for range 3000 {
		rs := []rune{}
		for range 1 + rng.IntN(14) {
			rs = append(rs, alphabet[rng.IntN(len(alphabet))])
		}
		lines = append(lines, strings.TrimRight(string(rs), " "))
	}
	for base, flag := range []string{"--ltr", "--rtl"} {
		cmd := exec.Command(path, flag, "--levels", "--novisual", "--nopad", "--nobreak")
		cmd.Stdin = strings.NewReader(strings.Join(lines, "\n") + "\n")
		out, err := cmd.Output()
		if err != nil {
			t.Fatal(err)
		}
		got := strings.Split(strings.TrimRight(string(out), "\n"), "\n")
		if len(got) != len(lines) {
			t.Fatalf("fribidi gave %d lines for %d", len(got), len(lines))
		}
		for i, s := range lines {
			rs, cls := classify(s)
			levels := resolve(rs, cls, uint8(base))
			var mine []string
			for _, l := range levels {
				mine = append(mine, strconv.Itoa(int(l)))
			}
			if want := strings.Fields(got[i]); strings.Join(mine, " ") != strings.Join(want, " ") {
				t.Errorf("%s %q: levels %v, fribidi %v", flag, s, mine, want)
			}
		}
	}
}

func TestIsolate(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"plain", "plain"},
		{"detaining أحمد المصري, who", "detaining \u2068أحمد المصري\u2069, who"},
		{"أحمد المصري is", "\u2068أحمد المصري\u2069 is"},
		{"شارع النيل 12", "\u2068شارع النيل 12\u2069"},
		{"Dear דוד כהן,", "Dear \u2068דוד כהן\u2069,"},
		{"on teaching (درس القرآن) to", "on teaching (\u2068درس القرآن\u2069) to"},
		{"a ب\u200Cب b", "a \u2068ب\u200Cب\u2069 b"},
		{"x שָׁלוֹם", "x \u2068שָׁלוֹם\u2069"},
		// A line all right to left is isolated whole, with its full stop.
		{"أحمد معلم.", "\u2068أحمد معلم.\u2069"},
	} {
		if got := Isolate(tt.in); got != tt.want {
			t.Errorf("Isolate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// BenchmarkScan is the cost of right-to-left support to a letter without
// right-to-left text: the scans each paragraph and line goes through.
func BenchmarkScan(b *testing.B) {
	par := "We understand that the law enforcement authorities of Kazakhstan have arrested and are detaining Mr Makset Djabbarbergenov, who is a Christian wanted in Uzbekistan for spurious charges of “illegal” religious teaching — Ахмед’s case — and literature distribution."
	b.SetBytes(int64(len(par)))
	for b.Loop() {
		if HasArabic(par) || HasRTL(par) || Isolate(par) != par || Visual(par) != par {
			b.Fatal("right-to-left text found")
		}
	}
}

// FuzzRTL checks that shaping and reordering never fail on any text but
// with a ShapeError, and lose no character: a line drawn has the
// characters it was given, Shape's forms stand for the letters they
// replace, and Isolate only adds marks.
func FuzzRTL(f *testing.F) {
	for _, s := range []string{"أحمد المصري", "abc אבג (123) דהו", "a\u200Fb", "ئەخمەت", "لا", "مُحَمَّد", "((([[[ا]]])))", "x \u200Dب\u200Cـ", "\uFEFB"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) || strings.ContainsFunc(s, dropped) {
			return
		}
		// The scans agree with looking at every character.
		slowRTL, slowArabic := false, false
		for _, r := range s {
			switch p, _ := bidi.LookupRune(r); p.Class() {
			case bidi.R, bidi.AL, bidi.AN:
				slowRTL = slowRTL || r != '\u200F' // the right-to-left mark is no letter
			}
			slowArabic = slowArabic || arabicBlock(r)
		}
		if HasRTL(s) != slowRTL || HasArabic(s) != slowArabic {
			t.Errorf("HasRTL(%q) = %v, HasArabic = %v; want %v, %v", s, HasRTL(s), HasArabic(s), slowRTL, slowArabic)
		}
		v := Visual(s)
		if len([]rune(v)) != len([]rune(s)) {
			t.Errorf("Visual(%q) = %q: %d characters, want %d", s, v, len([]rune(v)), len([]rune(s)))
		}
		if got := strings.NewReplacer(string(FSI), "", string(PDI), "").Replace(Isolate(s)); got != s {
			t.Errorf("Isolate(%q) less its marks = %q", s, got)
		}
		shaped, err := Shape(s)
		var se *ShapeError
		if err != nil && !errors.As(err, &se) {
			t.Errorf("Shape(%q) error %T", s, err)
		}
		if err == nil && !HasArabic(s) && shaped != s {
			t.Errorf("Shape(%q) = %q changed text without Arabic", s, shaped)
		}
		// The letters come back in their order; a mark between lam and
		// alef comes after their ligature.
		noMarks := func(s string) string {
			return strings.Map(func(r rune) rune {
				if unicode.Is(unicode.Mn, r) {
					return -1
				}
				return r
			}, norm.NFKC.String(s))
		}
		if err == nil && noMarks(shaped) != noMarks(s) {
			t.Errorf("Shape(%q) = %q: NFKC differs", s, shaped)
		}
	})
}

// TestTablesMatchUnicode checks the generated tables against the Unicode
// data they come from: every presentation form of an Arabic letter is in
// letterForms, at its form, and each form stands for its letter.
func TestTablesMatchUnicode(t *testing.T) {
	suffix := [4]string{" ISOLATED FORM", " FINAL FORM", " INITIAL FORM", " MEDIAL FORM"}
	found := 0
	for _, block := range [][2]rune{{0xFB50, 0xFDFF}, {0xFE70, 0xFEFF}} {
		for p := block[0]; p <= block[1]; p++ {
			name := runenames.Name(p)
			base := []rune(norm.NFKC.String(string(p)))
			if !strings.HasPrefix(name, "ARABIC LETTER ") || len(base) != 1 {
				continue
			}
			for f, s := range suffix {
				if strings.HasSuffix(name, s) {
					found++
					if got := letterForms[base[0]][f]; got != p {
						t.Errorf("%U %s: letterForms[%U][%s] = %U", p, name, base[0], formNames[f], got)
					}
				}
			}
		}
	}
	n := 0
	for _, f := range letterForms {
		for _, g := range f {
			if g != 0 {
				n++
			}
		}
	}
	if n != found || n < 200 {
		t.Errorf("letterForms has %d forms; Unicode %d", n, found)
	}
}
