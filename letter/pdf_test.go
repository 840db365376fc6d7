package letter

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/appeal-letters/appeal/letter/typeset"
	"github.com/go-fonts/liberation/liberationsansregular"
	"github.com/ledongthuc/pdf"
	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
)

var pdfOut = flag.String("pdfout", "", "write the test letters' PDFs to this `directory`, to look at")

// seedLetter is a short letter like the one the project started from.
func seedLetter() *Letter {
	return &Letter{
		Language: "en",
		Sender: Letterhead{
			Name:    "Russian Ministries (USA)",
			Address: []string{"P.O. Box 496", "Wheaton, IL 60187", "USA"},
			Contact: []string{"info@russianministries.org", "+1 630 462 1739"},
		},
		Date: "1 August 2012",
		Recipient: []string{
			"Mr Askhat Daulbayev",
			"Prosecutor General of Kazakhstan",
			"Kazakhstan State Office of Public Prosecutor",
			"8 Orynbor Street (House of the ministries, entrance №2)",
			"Astana 010000",
			"Kazakhstan",
		},
		Reference:  "RM/KZ/2012-07",
		Subject:    "Great concern about pastor Djabbarbergenov’s case",
		Salutation: "Dear Mr Daulbayev,",
		Body: []Block{
			&Paragraph{Text: "It is with great concern that we are writing to you this letter asking you to support us urgently in the following matter."},
			&Paragraph{Text: "We understand that the law enforcement authorities of Kazakhstan have arrested and are detaining Mr Makset Djabbarbergenov, who is a Christian wanted in Uzbekistan for spurious charges of “illegal” religious teaching and literature distribution."},
			&Paragraph{Text: "We are hopeful that you will kindly consider our request, taking into consideration that on 15 January 1999 Kazakhstan acceded to the 1951 Convention relating to the Status of Refugees, which requires in its Article 33 that"},
			&Quote{
				Paragraphs: []string{"1. No Contracting State shall expel or return (“refouler”) a refugee in any manner whatsoever to the frontiers of territories where his life or freedom would be threatened on account of his race, religion, nationality, membership of a particular social group or political opinion."},
				Source:     "Convention relating to the Status of Refugees (Geneva, 28 July 1951), article 33, paragraph 1",
			},
			&Paragraph{Text: "We therefore ask you:"},
			&List{Ordered: true, Items: []string{
				"to prevent the extradition of Mr Djabbarbergenov to Uzbekistan;",
				"to allow him to stay safely in Kazakhstan with his family.",
			}},
			&Paragraph{Text: "We look forward to hearing from you as soon as possible. Thank you."},
		},
		Closing:    "Yours sincerely,",
		Signatures: []Signature{{Name: "Anita Deyneka", Role: "President", Image: &Image{Name: "sig.png", Data: signaturePNG()}}},
		Enclosures: []string{"Copy of the arrest record"},
		CC:         []string{"UN High Commissioner for Human Rights"},
		Title:      "Great concern about pastor Djabbarbergenov’s case",
		Author:     "Russian Ministries (USA)",
	}
}

// longLetter is seedLetter with enough body to fill several pages, and
// two signatories.
func longLetter() *Letter {
	l := seedLetter()
	var body []Block
	for i := range 12 {
		body = append(body, l.Body...)
		body = append(body, &List{Items: []string{fmt.Sprintf("point %d, made once more at some length so that the item wraps onto a second line of the page and shows the hanging indent", i+1), "and a short one"}})
	}
	l.Body = body
	l.Signatures = append(l.Signatures, Signature{Name: "Sergey Rakhuba", Role: "Vice-President", Organisation: "Mission Eurasia"})
	return l
}

// kazakhLetter is written in Kazakh and Russian, with Uzbek names.
func kazakhLetter() *Letter {
	l := seedLetter()
	l.Language = "kk"
	l.Recipient = []string{"Қазақстан Республикасының Бас прокуроры", "Орынбор көшесі, 8", "Астана қ., 010000"}
	l.Subject = "Мақсет Жаббарбергеновтың ісі туралы"
	l.Salutation = "Құрметті Асқат Daulbayev мырза!"
	l.Body = []Block{
		&Paragraph{Text: "Әріптестеріміз ғана емес, қоғам да үлкен алаңдаушылық білдіреді: ұлттық һәм халықаралық құқық, іс қозғалды, өтініш білдіреміз."},
		&Paragraph{Text: "Мы обращаемся к вам с просьбой не выдавать г-на Джаббарбергенова Узбекистану; ёлка, щука, эхо, юг, ъ."},
		&Paragraph{Text: "Oʻzbekiston: Toshkent shahri, Gʻafur Gʻulom koʻchasi; Ўзбекистон, Қорақалпоғистон, ҳуқуқ."},
		&Quote{Paragraphs: []string{"Ἐν ἀρχῇ ἦν ὁ λόγος — Greek, to be sure."}, Source: "Ιωάννης 1:1"},
	}
	l.Closing = "Құрметпен,"
	return l
}

// signaturePNG is a scribble to sign with.
func signaturePNG() []byte {
	img := image.NewNRGBA(image.Rect(0, 0, 240, 60))
	for x := range 240 {
		y := 30 + int(20*math.Sin(float64(x)/12))
		for d := range 3 {
			img.Set(x, y+d, color.NRGBA{0, 0, 120, 255})
		}
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		panic(err)
	}
	return b.Bytes()
}

func printPDF(t testing.TB, p *PDF, l *Letter, name string) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := p.Print(&b, l); err != nil {
		t.Fatalf("Print(%s): %v", name, err)
	}
	if *pdfOut != "" {
		if err := os.WriteFile(filepath.Join(*pdfOut, name+".pdf"), b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return b.Bytes()
}

// goldenLayout compares doc with testdata/golden/layout-<name>.pdf, the
// same bytes for the same letter; -update rewrites it. A change in the
// layout shows there as a changed file to look at.
func goldenLayout(t *testing.T, name string, doc []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", "layout-"+name+".pdf")
	if f := flag.Lookup("update"); f != nil && f.Value.String() == "true" {
		if err := os.WriteFile(path, doc, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v; run go test -update to write it", err)
	}
	if !bytes.Equal(doc, want) {
		t.Errorf("%s differs from %s (%d bytes, want %d); look at both, and run go test -update if the change is right", name, path, len(doc), len(want))
	}
}

// pdfPages returns the text of each page of doc, one line of text per line,
// leaving out what only the PDF has: the return address in the window, the
// continuation header and "Page x of y".
func pdfPages(t testing.TB, doc []byte, paper Paper) []string {
	t.Helper()
	g := paper.geometry()
	return extract(t, doc, paper, func(page int, y, size float64) bool {
		return size != 7 && y < g.bodyBottom && !(page > 1 && size == smallSize && y < g.contTop+20*mm)
	})
}

// pdfHeaders returns the continuation header and footer of each page.
func pdfHeaders(t testing.TB, doc []byte, paper Paper) []string {
	t.Helper()
	g := paper.geometry()
	return extract(t, doc, paper, func(page int, y, size float64) bool {
		return y > g.bodyBottom || page > 1 && size == smallSize && y < g.contTop+20*mm
	})
}

// extract returns the text of each page of doc that keep keeps, by page
// number, baseline from the top and size.
func extract(t testing.TB, doc []byte, paper Paper, keep func(page int, y, size float64) bool) []string {
	t.Helper()
	r, err := pdf.NewReader(bytes.NewReader(doc), int64(len(doc)))
	if err != nil {
		t.Fatalf("reading PDF: %v", err)
	}
	g := paper.geometry()
	var pages []string
	for i := 1; i <= r.NumPage(); i++ {
		var b strings.Builder
		prevX, prevY := math.NaN(), math.NaN()
		for _, tx := range r.Page(i).Content().Text {
			y := g.height - tx.Y // from the top, as the layout measures
			if !keep(i, y, tx.FontSize) {
				continue
			}
			// Each piece of text drawn comes out as characters at the
			// same x and y, and one U+FFFD the reader adds.
			if tx.X != prevX || tx.Y != prevY {
				b.WriteByte('\n')
			}
			b.WriteString(strings.ReplaceAll(tx.S, "\uFFFD", ""))
			prevX, prevY = tx.X, tx.Y
		}
		pages = append(pages, b.String())
	}
	return pages
}

var testLetters = []struct {
	name   string
	letter func() *Letter
	pdf    PDF
}{
	{"seed", seedLetter, PDF{}},
	{"seed-us", seedLetter, PDF{Paper: USLetter, Creator: "appeal test"}},
	{"long", longLetter, PDF{}},
	{"long-us", longLetter, PDF{Paper: USLetter}},
	{"kazakh", kazakhLetter, PDF{}},
}

// TestPDF checks what every letter's PDF must be: valid to a strict
// validator, the same bytes every time, and the same words in the same
// order as the text printer's.
func TestPDF(t *testing.T) {
	for _, tt := range testLetters {
		t.Run(tt.name, func(t *testing.T) {
			l := tt.letter()
			// The text printer leaves out a signatory's organisation.
			for i := range l.Signatures {
				l.Signatures[i].Organisation = ""
			}
			doc := printPDF(t, &tt.pdf, l, tt.name)

			conf := model.NewDefaultConfiguration()
			conf.ValidationMode = model.ValidationStrict
			if err := api.Validate(bytes.NewReader(doc), conf); err != nil {
				t.Errorf("strict validation: %v", err)
			}

			var again bytes.Buffer
			if err := tt.pdf.Print(&again, l); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(doc, again.Bytes()) {
				t.Errorf("two runs gave different PDFs")
			}

			var txt bytes.Buffer
			if err := (&Text{}).Print(&txt, l); err != nil {
				t.Fatal(err)
			}
			want := textWords(txt.String())
			got := strings.Fields(strings.Join(pdfPages(t, doc, tt.pdf.Paper), "\n"))
			if i := firstDiff(got, want); i >= 0 {
				t.Errorf("PDF words differ from the text printer's at word %d:\n got %q\nwant %q", i, around(got, i), around(want, i))
			}
		})
	}
}

// textWords returns the words of the text printer's output, less what
// only a plain-text page needs: the rule under the letterhead and the
// "Subject:" label (the PDF sets the subject in bold instead).
func textWords(s string) []string {
	var words []string
	for _, w := range strings.Fields(s) {
		if strings.Trim(w, "─") == "" || w == "Subject:" {
			continue
		}
		words = append(words, w)
	}
	return words
}

func firstDiff(a, b []string) int {
	for i := range max(len(a), len(b)) {
		if i >= len(a) || i >= len(b) || a[i] != b[i] {
			return i
		}
	}
	return -1
}

func around(w []string, i int) []string {
	return w[max(0, i-3):min(len(w), i+4)]
}

func TestPDFOnePageSize(t *testing.T) {
	for _, paper := range []Paper{A4, USLetter} {
		doc := printPDF(t, &PDF{Paper: paper}, seedLetter(), "size")
		if n := len(pdfPages(t, doc, paper)); n != 1 {
			t.Errorf("%v: seed letter has %d pages, want 1", paper, n)
		}
		if len(doc) >= 40<<10 {
			t.Errorf("%v: one-page letter is %d bytes, want under 40 KB", paper, len(doc))
		}
	}
}

// TestPDFPages checks that a long letter numbers its pages and repeats a
// short header on every page after the first.
func TestPDFPages(t *testing.T) {
	for _, paper := range []Paper{A4, USLetter} {
		l := longLetter()
		doc := printPDF(t, &PDF{Paper: paper}, l, "pages")
		pages, heads := pdfPages(t, doc, paper), pdfHeaders(t, doc, paper)
		if len(pages) < 3 {
			t.Fatalf("%v: long letter has %d pages, want at least 3", paper, len(pages))
		}
		for i, head := range heads {
			if want := fmt.Sprintf("Page %d of %d", i+1, len(pages)); !strings.Contains(head, want) {
				t.Errorf("%v: page %d lacks %q", paper, i+1, want)
			}
			for _, want := range []string{l.Recipient[0], l.Date, l.Subject} {
				if has := strings.Contains(head, want); has != (i > 0) {
					t.Errorf("%v: page %d header has %q: %v, want %v", paper, i+1, want, has, i > 0)
				}
			}
		}
		// The closing and the signatures are on one page.
		for _, text := range pages {
			if !strings.Contains(text, l.Closing) {
				continue
			}
			for _, want := range []string{"Anita Deyneka", "Sergey Rakhuba", "Mission Eurasia", l.Sender.Name} {
				if !strings.Contains(text, want) {
					t.Errorf("%v: the closing's page lacks %q:\n%s", paper, want, text)
				}
			}
		}
	}
}

// TestPDFCyrillic checks that Kazakh, Uzbek, Russian and Greek letters all
// reach the page, decomposed input included.
func TestPDFCyrillic(t *testing.T) {
	l := kazakhLetter()
	// A decomposed й (и and a combining breve) must come out as one й.
	l.Body = append(l.Body,
		&Paragraph{Text: "ӘҒҚҢӨҰҮҺІ ЎҚҒҲ ўзбек: №2, “quoted”, it’s"},
		&Paragraph{Text: "Мой \u0438\u0306"})
	doc := printPDF(t, &PDF{}, l, "cyrillic")
	text := strings.Join(pdfPages(t, doc, A4), "\n")
	for _, r := range "әғқңөұүһіӘҒҚҢӨҰҮҺІўҳЎҲʻ№“”’—ёщэюъἘἀῇὁλόγος" {
		if !strings.ContainsRune(text, r) {
			t.Errorf("extracted text lacks %q (%U)", r, r)
		}
	}
	if !strings.Contains(text, "Мой й") {
		t.Errorf("decomposed й not printed as U+0439: %q", text[strings.LastIndex(text, "Мой"):])
	}
}

// TestPDFMissingGlyphs checks that a character the font lacks is an error
// that names it, and that nothing is printed.
func TestPDFMissingGlyphs(t *testing.T) {
	l := seedLetter()
	l.Recipient[0] = "Mr 漢字 Wang"
	l.Signatures[0].Role = "字 and 😀"
	p := &PDF{}
	const want = `font "LiberationSerif" has no glyph for "漢" (U+6F22), "字" (U+5B57), "😀" (U+1F600)`
	err := p.Check(l)
	if err == nil || err.Error() != want {
		t.Errorf("Check = %v, want %s", err, want)
	}
	var missing *typeset.MissingGlyphsError
	if !errors.As(err, &missing) {
		t.Errorf("Check error is %T, want *typeset.MissingGlyphsError", err)
	}
	var b bytes.Buffer
	if err := p.Print(&b, l); err == nil || err.Error() != want || b.Len() > 0 {
		t.Errorf("Print = %v with %d bytes written, want %s and none", err, b.Len(), want)
	}
	if err := p.Check(seedLetter()); err != nil {
		t.Errorf("Check(seed letter) = %v", err)
	}
}

func TestPDFCreationDate(t *testing.T) {
	l := seedLetter()
	for _, tt := range []struct {
		date time.Time
		want string // "" means no CreationDate at all
	}{
		{time.Time{}, ""},
		{time.Date(2012, 8, 1, 9, 30, 0, 0, time.UTC), "/CreationDate(D:20120801093000+00'00')"},
		{time.Date(2012, 8, 1, 9, 30, 0, 0, time.FixedZone("", 6*3600)), "/CreationDate(D:20120801093000+06'00')"},
	} {
		doc := printPDF(t, &PDF{CreationDate: tt.date, Creator: "appeal v1.2.3"}, l, "date")
		got := ""
		if i := bytes.Index(doc, []byte("/CreationDate")); i >= 0 {
			got = string(doc[i : i+bytes.IndexByte(doc[i:], ')')+1])
		}
		if got != tt.want {
			t.Errorf("CreationDate %v: PDF has %q, want %q", tt.date, got, tt.want)
		}
		for _, meta := range []string{"/Title <FEFF" + utf16Hex(l.Title), "/Author <FEFF" + utf16Hex(l.Author), "/Creator <FEFF" + utf16Hex("appeal v1.2.3")} {
			if !bytes.Contains(doc, []byte(meta)) {
				t.Errorf("PDF lacks %s", meta)
			}
		}
	}
}

func utf16Hex(s string) string {
	var b strings.Builder
	for _, r := range s {
		fmt.Fprintf(&b, "%04X", r)
	}
	return b.String()
}

// TestPDFEdgeCases prints letters that are hard to lay out: they must give
// valid PDFs and not hang.
func TestPDFEdgeCases(t *testing.T) {
	long := strings.Repeat("Daulbayev", 1200) // 10,800 letters, no space
	for _, tt := range []struct {
		name string
		edit func(*Letter)
	}{
		{"huge-name", func(l *Letter) {
			l.Sender.Name = long
			l.Body = append(l.Body, &Paragraph{Text: "Mr " + long + " et al."})
		}},
		{"empty", func(l *Letter) { *l = Letter{} }},
		{"empty-strings", func(l *Letter) {
			l.Body = append(l.Body, &Paragraph{}, &Quote{Paragraphs: []string{""}}, &List{Items: []string{""}})
			l.Signatures = []Signature{{}}
			l.Recipient = []string{"", ""}
			l.Sender.Address = []string{""}
		}},
		{"no-signatures", func(l *Letter) { l.Signatures = nil }},
		{"logo", func(l *Letter) { l.Sender.Logo = &Image{Name: "logo.png", Data: signaturePNG()} }},
		{"many-signatures", func(l *Letter) {
			for range 12 {
				l.Signatures = append(l.Signatures, Signature{Name: "Someone Else", Role: "Witness"})
			}
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			l := seedLetter()
			tt.edit(l)
			p := &PDF{}
			if tt.name == "huge-name" {
				// A4 refuses a letterhead that runs into the window.
				var head *LetterheadError
				if err := p.Check(l); !errors.As(err, &head) {
					t.Errorf("A4: %v, want a LetterheadError", err)
				}
				p = &PDF{Paper: USLetter, Warn: func(string) {}}
			}
			doc := printPDF(t, p, l, tt.name)
			conf := model.NewDefaultConfiguration()
			conf.ValidationMode = model.ValidationStrict
			if err := api.Validate(bytes.NewReader(doc), conf); err != nil {
				t.Errorf("strict validation: %v", err)
			}
		})
	}
}

func TestPDFBadImage(t *testing.T) {
	l := seedLetter()
	l.Signatures[0].Image = &Image{Name: "sig.gif", Data: []byte("GIF89a not really")}
	err := (&PDF{}).Print(&bytes.Buffer{}, l)
	if err == nil || !strings.Contains(err.Error(), "sig.gif") {
		t.Errorf("Print with a broken image = %v, want an error naming sig.gif", err)
	}
}

func TestLoadFont(t *testing.T) {
	f, err := typeset.LoadFont(liberationsansregular.TTF)
	if err != nil {
		t.Fatalf("typeset.LoadFont(Liberation Sans): %v", err)
	}
	if f.Name() != "LiberationSans" {
		t.Errorf("font name = %q, want LiberationSans", f.Name())
	}
	doc := printPDF(t, &PDF{Font: f}, seedLetter(), "sans")
	if !bytes.Contains(doc, []byte("/BaseFont /LiberationSans")) || bytes.Contains(doc, []byte("LiberationSerif")) {
		t.Errorf("PDF is not set in Liberation Sans alone")
	}
	if _, err := typeset.LoadFont([]byte("not a font")); err == nil {
		t.Errorf("typeset.LoadFont(garbage) succeeded")
	}
}

// BenchmarkPDFOneLetter prints the seed letter, which has a signature
// image: the cost of an image, beside BenchmarkPrint's letter without one.
func BenchmarkPDFOneLetter(b *testing.B) {
	l := seedLetter()
	p := &PDF{}
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		if err := p.Print(&buf, l); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(buf.Len()), "bytes/pdf")
}

// BenchmarkPDFBatch prints 100 different letters like the seed letter (two
// pages, with a signature image), as a batch run over many cases does.
func BenchmarkPDFBatch(b *testing.B) {
	var letters []*Letter
	for i := range 100 {
		l := seedLetter()
		l.Recipient[0] = fmt.Sprintf("Mr Recipient Number %d", i)
		l.Body = append(l.Body, &Paragraph{Text: fmt.Sprintf("This is letter %d of the batch.", i)})
		letters = append(letters, l)
	}
	p := &PDF{}
	var buf bytes.Buffer
	for b.Loop() {
		for _, l := range letters {
			buf.Reset()
			if err := p.Print(&buf, l); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(letters))/1e6, "ms/letter")
}

// TestPDFAnnex checks that the annex starts a page of its own, under its
// heading, after everything else.
func TestPDFAnnex(t *testing.T) {
	l := seedLetter()
	l.Annex = []Block{
		&Quote{Paragraphs: []string{"No one shall be subjected to torture."}, Source: "Convention against Torture, article 3"},
		&Quote{Paragraphs: []string{"Everyone has the right to freedom of thought."}, Source: "Covenant, article 18"},
	}
	doc := printPDF(t, &PDF{}, l, "annex")
	validate(t, doc)
	pages := pdfPages(t, doc, A4)
	if len(pages) != 2 {
		t.Fatalf("letter with an annex has %d pages, want 2", len(pages))
	}
	if strings.Contains(pages[0], "Legal provisions") || !strings.Contains(pages[0], l.CC[0]) {
		t.Errorf("first page should end with the cc line, without the annex:\n%s", pages[0])
	}
	annex := strings.TrimSpace(pages[1])
	for _, want := range []string{"Legal provisions", "No one shall be subjected to torture.", "— Convention against Torture, article 3", "Everyone has the right"} {
		i := strings.Index(annex, want)
		if i < 0 {
			t.Fatalf("annex page lacks %q:\n%s", want, annex)
		}
		annex = annex[i+len(want):]
	}
}

// validate fails t unless doc passes pdfcpu's strict validation.
func validate(t testing.TB, doc []byte) {
	t.Helper()
	conf := model.NewDefaultConfiguration()
	conf.ValidationMode = model.ValidationStrict
	if err := api.Validate(bytes.NewReader(doc), conf); err != nil {
		t.Errorf("strict validation: %v", err)
	}
}

// TestPDFAddress checks that addresses reach the post office: the window
// address shrinks, then is refused on A4 (a warning on US Letter) when it
// cannot fit; the return address drops the street before the town, the
// postcode or the country.
func TestPDFAddress(t *testing.T) {
	l := seedLetter()
	l.Signatures[0].Image = nil
	for i := range 6 {
		l.Recipient = append(l.Recipient[:len(l.Recipient)-1], fmt.Sprintf("Office %d", i+1), "Kazakhstan")
	}
	if n := len(l.Recipient); n != 12 {
		t.Fatalf("address has %d lines, want 12", n)
	}
	var addr *AddressError
	if err := (&PDF{}).Check(l); !errors.As(err, &addr) || addr.Fit != 10 || addr.Lines != 12 {
		t.Errorf("A4, 12-line address: %v, want an AddressError for 12 lines of which 10 fit", err)
	}
	var warnings []string
	doc := printPDF(t, &PDF{Paper: USLetter, Creator: "appeal (golden)", Warn: func(m string) { warnings = append(warnings, m) }}, l, "address-us")
	validate(t, doc)
	goldenLayout(t, "address-12-lines-us", doc)
	if len(warnings) != 1 || !strings.Contains(warnings[0], "shows 7") {
		t.Errorf("US Letter, 12-line address: warnings %q, want one saying 7 lines show", warnings)
	}

	// Ten short lines fit at a smaller size.
	l.Recipient = l.Recipient[:9]
	l.Recipient = append(l.Recipient, "Kazakhstan")
	doc = printPDF(t, &PDF{}, l, "address-10")
	validate(t, doc)
	if text := pdfPages(t, doc, A4)[0]; !strings.Contains(text, "Office 4\nKazakhstan") {
		t.Errorf("10-line address not all there:\n%s", text)
	}

	// A long sender address: the return line keeps the town and country.
	l = seedLetter()
	l.Sender.Address = []string{"Department of Advocacy and International Relations", "Building 4, Floor 2", "1234 Long Avenue Northwest", "Wheaton, IL 60187", "USA"}
	doc = printPDF(t, &PDF{}, l, "return-address")
	ret := extract(t, doc, A4, func(page int, y, size float64) bool { return page == 1 && size < 7.5 })
	if got := strings.TrimSpace(ret[0]); !strings.HasSuffix(got, "Wheaton, IL 60187, USA") || strings.Contains(got, "Department") {
		t.Errorf("return address = %q, want the street dropped, town and country kept", got)
	}
}

// TestPDFSignatures checks that four signatories sign two to a row, the
// organisation once below them, all on the closing's page.
func TestPDFSignatures(t *testing.T) {
	l := seedLetter()
	l.Signatures = []Signature{
		{Name: "Anita Deyneka", Role: "President", Image: &Image{Name: "sig.png", Data: signaturePNG()}},
		{Name: "Sergey Rakhuba", Role: "Vice President", Organisation: "Mission Eurasia"},
		{Name: "Yelena Petrova", Role: "Legal Adviser"},
		{Name: "John Smith", Role: "Board Member"},
	}
	doc := printPDF(t, &PDF{Creator: "appeal (golden)"}, l, "signatures")
	validate(t, doc)
	goldenLayout(t, "four-signatories", doc)
	pages := pdfPages(t, doc, A4)
	last := pages[len(pages)-1]
	if !strings.Contains(last, l.Closing) {
		t.Fatalf("the signatures are not on the closing's page:\n%s", last)
	}
	// Signatory by signatory, each name before its role, in order, and the
	// organisation once, last.
	rest := last
	for _, want := range []string{"Anita Deyneka", "President", "Sergey Rakhuba", "Vice President", "Mission Eurasia", "Yelena Petrova", "Legal Adviser", "John Smith", "Board Member", l.Sender.Name} {
		i := strings.Index(rest, want)
		if i < 0 {
			t.Fatalf("%q missing or out of order on the last page:\n%s", want, last)
		}
		rest = rest[i+len(want):]
	}
	if n := strings.Count(last, l.Sender.Name); n != 1 {
		t.Errorf("the organisation is named %d times on the last page, want once", n)
	}
}

// TestPDFConcurrent prints letters from several goroutines at once, as a
// batch does: the fonts and their cached subsets are shared, and each
// letter must come out the same as when printed alone.
func TestPDFConcurrent(t *testing.T) {
	letters := []*Letter{seedLetter(), longLetter(), kazakhLetter()}
	want := make([][]byte, len(letters))
	for i, l := range letters {
		want[i] = printPDF(t, &PDF{}, l, fmt.Sprintf("concurrent-%d", i))
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for j := range 6 {
				i := (g + j) % len(letters)
				var b bytes.Buffer
				if err := (&PDF{}).Print(&b, letters[i]); err != nil {
					t.Error(err)
					return
				}
				if !bytes.Equal(b.Bytes(), want[i]) {
					t.Errorf("letter %d printed concurrently differs from the letter printed alone", i)
				}
			}
		})
	}
	wg.Wait()
}

// TestPDFBriefFitsOnePage: a brief letter that runs a few lines onto a
// second page is set tighter and fits on one; a full letter is not.
func TestPDFBriefFitsOnePage(t *testing.T) {
	for _, paper := range []Paper{A4, USLetter} {
		p := &PDF{Paper: paper}
		l := seedLetter()
		l.Signatures = append(l.Signatures, Signature{Name: "Sergey Rakhuba", Role: "Vice-President"})
		// Grow the letter until it just runs onto a second page.
		for {
			lo, err := p.layout(l, p.fonts())
			if err != nil {
				t.Fatal(err)
			}
			if len(lo.pages) > 1 {
				break
			}
			l.Body = append(l.Body, &Paragraph{Text: "One more short paragraph of the letter."})
		}
		l.Brief = true
		l.Annex = []Block{&Paragraph{Text: "The provisions."}}
		lo, err := p.layout(l, p.fonts())
		if err != nil {
			t.Fatal(err)
		}
		if len(lo.pages) != 2 {
			t.Errorf("%v: brief letter has %d pages with its annex, want 1 and the annex's", paper, len(lo.pages))
		}
		if lo.lead != tightLead {
			t.Errorf("%v: brief letter leading %v, want the tight %v", paper, lo.lead, tightLead)
		}
	}
}

// TestPDFLetterhead: a sender's address too long for the letterhead runs
// on with commas rather than into the envelope window; one too long even
// so is an error.
func TestPDFLetterhead(t *testing.T) {
	l := seedLetter()
	l.Signatures[0].Image = nil
	l.Sender.Address = []string{"Line 0", "Line 1", "Line 2", "Line 3", "Line 4", "Line 5", "Line 6", "Line 7"}
	doc := printPDF(t, &PDF{}, l, "letterhead-long")
	validate(t, doc)
	if text := pdfPages(t, doc, A4)[0]; !strings.Contains(text, "Line 0, Line 1, Line 2") {
		t.Errorf("a long letterhead address is not run on:\n%s", text)
	}
	l.Sender.Address = nil
	for i := range 40 {
		l.Sender.Address = append(l.Sender.Address, fmt.Sprintf("A long line of the sender's address, number %d", i))
	}
	var head *LetterheadError
	if err := (&PDF{}).Check(l); !errors.As(err, &head) {
		t.Errorf("a letterhead of 40 long lines: %v, want a LetterheadError", err)
	}
}
