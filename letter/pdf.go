package letter

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	_ "image/jpeg" // signature and logo images
	_ "image/png"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/appeal-letters/appeal/letter/internal/rtl"
)

// PDF lays a Letter out as a PDF document, ready to print, sign and send in
// a window envelope. Its zero value prints on A4 in Liberation Serif.
//
// The same letter and settings always give the same bytes: nothing in the
// document depends on the time or on chance unless CreationDate is set.
type PDF struct {
	// Paper is the paper size: A4 (the zero value) or USLetter.
	Paper Paper

	// Font is the typeface of the letter; nil means the embedded
	// Liberation Serif (regular, bold and italic). See LoadFont.
	Font *Font

	// Fallback are fonts for the characters Font lacks (Chinese, Arabic,
	// …), tried in order: each character is set in the first font that has
	// it. Empty: none.
	Fallback []*Font

	// FindFont, if not nil, is asked for a font when some characters are in
	// none of Font and Fallback, with those characters; it returns nil when
	// it finds none. It is not called for a letter that needs no other
	// font. appeal asks fontconfig (fc-match).
	FindFont func(missing []rune) (*Font, error)

	// Creator is the document's Creator metadata, e.g. "appeal v1.2.3";
	// empty: none.
	Creator string

	// Warn, if not nil, is told of what is printed but may not reach its
	// reader, such as a US Letter address longer than the envelope window.
	Warn func(message string)

	// levels, if not nil, are the compression levels of page content and
	// fonts, for BenchmarkCompression; nil: contentLevel and fontLevel.
	levels *[2]int

	// CreationDate is the document's creation date metadata; the zero
	// value leaves it out, so the output is reproducible.
	CreationDate time.Time
}

// A Paper is a paper size, and with it where the recipient's address goes.
type Paper int

const (
	// A4 is ISO A4 (210 × 297 mm), laid out to DIN 5008 form B for a DL
	// or C5/6 window envelope.
	A4 Paper = iota
	// USLetter is US Letter (8.5 × 11 in), laid out for a #10 window
	// envelope.
	USLetter
)

func (p Paper) String() string {
	switch p {
	case A4:
		return "A4"
	case USLetter:
		return "US Letter"
	}
	return fmt.Sprintf("Paper(%d)", int(p))
}

// Print writes l to w as a PDF document. It fails without writing anything
// if no font has a character of the letter (see Check).
func (p *PDF) Print(w io.Writer, l *Letter) error {
	lo, err := p.layoutChecked(l)
	if err != nil {
		return err
	}
	if l.Brief && p.Warn != nil && lo.letterPages > 1 {
		p.Warn(fmt.Sprintf("the brief letter takes %d pages (its annex apart), even set tighter; a brief letter is one page: leave out what matters least, or write letter.style: full", lo.letterPages))
	}
	doc, err := lo.render()
	if err != nil {
		return err
	}
	if _, err := w.Write(doc); err != nil {
		return fmt.Errorf("writing PDF: %w", err)
	}
	return nil
}

// Check reports whether the fonts have every character the printed letter
// needs. A missing character is a *MissingGlyphsError, never a blank or a
// box on paper.
func (p *PDF) Check(l *Letter) error {
	_, err := p.layoutChecked(l)
	return err
}

// layoutChecked lays l out in fonts that have all its characters, asking
// FindFont for more when the ones given lack some.
func (p *PDF) layoutChecked(l *Letter) (*layout, error) {
	fonts := p.fonts()
	for {
		lo, err := p.layout(l, fonts)
		if err != nil {
			return nil, err
		}
		if err := p.appendOriginals(lo, l.Original, fonts); err != nil {
			return nil, err
		}
		err = lo.check()
		var me *MissingGlyphsError
		if err == nil || p.FindFont == nil || !errors.As(err, &me) {
			return lo, err
		}
		f, ferr := p.FindFont(me.Runes)
		if ferr != nil {
			return nil, ferr
		}
		if f == nil || slices.Contains(fonts, f) {
			return nil, err
		}
		fonts = append(fonts, f)
	}
}

// fonts returns the chain of fonts p sets letters in.
func (p *PDF) fonts() chain {
	f := p.Font
	if f == nil {
		f = defaultFont()
	}
	return append(chain{f}, p.Fallback...)
}

// appendOriginals lays out the letter's original (Letter.Original) on
// pages of its own after it, its first page headed by Labels.Original in
// the top margin; each letter keeps its own page numbers.
func (p *PDF) appendOriginals(lo *layout, o *Letter, fonts chain) error {
	for ; o != nil; o = o.Original {
		olo, err := p.layout(o, fonts)
		if err != nil {
			return err
		}
		first := olo.pages[0]
		first.spans = append(first.spans, span{x: lo.g.left, y: lo.g.headBaseline - 8*mm, st: regular, size: smallSize, grey: true, text: o.labels().Original})
		lo.pages = append(lo.pages, olo.pages...)
	}
	return nil
}

// A MissingGlyphsError lists the characters of a letter that none of its
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
// Arabic-script letter, which the PDF printer sets Arabic script in.
func isPresentationForm(r rune) bool {
	return r >= 0xFB50 && r <= 0xFDFF || r >= 0xFE70 && r <= 0xFEFF
}

// Points per millimetre and per inch: layout is computed in points.
const (
	mm   = 72 / 25.4
	inch = 72.0
)

// A geometry is where things go on a paper size, in points from the top-left
// corner of the page.
type geometry struct {
	width, height float64 // the page
	left, right   float64 // the text column's edges
	headBaseline  float64 // baseline of the sender's name
	headBottom    float64 // the letterhead ends above this

	// The recipient's address is set in a box that shows through the
	// envelope window.
	addrX, addrTop, addrWidth, addrHeight float64

	returnBaseline float64   // baseline of the one-line return address in the window; 0: none
	infoX          float64   // left edge of the date and reference, right of the window
	bodyBottom     float64   // text flows down to here
	contTop        float64   // top of the continuation header on later pages
	footBaseline   float64   // baseline of "Page x of y"
	marks          []float64 // fold and punch marks at the left edge; nil: none
}

func (p Paper) geometry() geometry {
	if p == USLetter {
		// A #10 envelope's window is 4.5 × 1.125 in, 7/8 in from the left;
		// folded in three, the letter shows it 2 in from the top.
		return geometry{
			width: 8.5 * inch, height: 11 * inch,
			left: 1 * inch, right: 7.5 * inch,
			headBaseline: 0.75 * inch, headBottom: 1.85 * inch,
			addrX: 1 * inch, addrTop: 2 * inch, addrWidth: 4.25 * inch, addrHeight: 1.125 * inch,
			infoX:      5.5 * inch,
			bodyBottom: 10.3 * inch, contTop: 0.6 * inch, footBaseline: 10.6 * inch,
		}
	}
	// DIN 5008 form B: the address field is 85 × 45 mm, 20 mm from the
	// left and 45 mm from the top; its first 5 mm take the return address.
	// Text starts 25 mm from the left; folds are at 105 and 210 mm, the
	// punch mark at the middle.
	return geometry{
		width: 210 * mm, height: 297 * mm,
		left: 25 * mm, right: 190 * mm,
		headBaseline: 17 * mm, headBottom: 43 * mm,
		addrX: 25 * mm, addrTop: 50.8 * mm, addrWidth: 75 * mm, addrHeight: 39.2 * mm,
		returnBaseline: 48.5 * mm,
		infoX:          125 * mm,
		bodyBottom:     277 * mm, contTop: 15 * mm, footBaseline: 287 * mm,
		marks: []float64{105 * mm, 148.5 * mm, 210 * mm},
	}
}

// Type sizes and spacing, in points.
const (
	bodySize   = 11.0
	bodyLead   = 14.0
	parSkip    = 8.0 // between paragraphs
	nameSize   = 16.0
	smallSize  = 9.0
	smallLead  = 11.0
	sourceSize = 9.5
	signRoom   = 15 * mm // to sign in, above each name
)

// A span is a piece of text on a page: x is its left edge and y its
// baseline, in points from the page's top-left corner (relative to the
// line's top while it is in a line).
type span struct {
	x, y  float64
	st    style
	size  float64
	grey  bool
	text  string
	right bool // x is the right edge: the text is set flush right
	rtl   bool // a line of a right-to-left paragraph (see rtlPar)
}

// A picture is an image scaled into a box on a page.
type picture struct {
	x, y, w, h float64
	img        *Image
}

// A rule is a thin grey line.
type rule struct{ x1, y1, x2, y2 float64 }

// A page is everything drawn on one page, in reading order.
type page struct {
	spans    []span
	pictures []picture
	rules    []rule
}

// A line is one line of the flowing part of the letter, which pagination
// places on a page.
type line struct {
	before   float64 // space above, dropped at the top of a page
	height   float64 // from the line's top to the next line's top
	spans    []span
	pictures []picture
	keep     bool // no page break before this line
	newPage  bool // a page break before this line, always
}

// A layout is a letter laid out in pages, ready to render or check.
type layout struct {
	p     *PDF
	fonts chain
	g     geometry
	m     *measurer
	l     *Letter
	pages []*page
	err   error // the first image that cannot be read

	// The body's leading, the space between paragraphs and the room to
	// sign in: bodyLead, parSkip and signRoom, or less in a tight layout.
	lead, skip, room float64
	// letterPages are the pages of the letter itself, its annex apart.
	letterPages int
}

// layout lays l out on pages. A brief letter that would run onto a second
// page is laid out tighter (less space between lines and paragraphs, less
// room to sign) if that keeps it to one; its annex follows on pages of
// its own either way.
func (p *PDF) layout(l *Letter, fonts chain) (*layout, error) {
	if !l.Brief {
		lo, err := p.layoutAt(l, fonts, false)
		if err != nil {
			return nil, err
		}
		lo.letterPages = len(lo.pages) // only a brief letter has an annex
		return lo, nil
	}
	bare := *l
	bare.Annex = nil
	lo, err := p.layoutAt(&bare, fonts, false)
	if err != nil {
		return nil, err
	}
	tight, pages := false, len(lo.pages)
	if pages > 1 {
		if t, err := p.layoutAt(&bare, fonts, true); err == nil && len(t.pages) < pages {
			tight, pages = true, len(t.pages)
		}
	}
	if len(l.Annex) > 0 || tight {
		if lo, err = p.layoutAt(l, fonts, tight); err != nil {
			return nil, err
		}
	}
	lo.letterPages = pages
	return lo, nil
}

// LetterPages counts the pages of the letter itself, its annex left out:
// what 'validate' holds a brief letter to.
func (p *PDF) LetterPages(l *Letter) (int, error) {
	lo, err := p.layoutChecked(l)
	if err != nil {
		return 0, err
	}
	return lo.letterPages, nil
}

// Spacing of a tight layout, in points.
const (
	tightLead = 13.0
	tightSkip = 5.0
	tightRoom = 12 * mm
)

func (p *PDF) layoutAt(l *Letter, fonts chain, tight bool) (*layout, error) {
	if p.Paper != A4 && p.Paper != USLetter {
		return nil, fmt.Errorf("unknown paper size %v", p.Paper)
	}
	lo := &layout{p: p, fonts: fonts, g: p.Paper.geometry(), m: newMeasurer(fonts), l: l, lead: bodyLead, skip: parSkip, room: signRoom}
	if tight {
		lo.lead, lo.skip, lo.room = tightLead, tightSkip, tightRoom
	}
	first := &page{}
	bodyTop := lo.firstPage(first)
	cont := lo.continuation()
	flow := lo.flow()
	if lo.err != nil {
		return nil, lo.err
	}
	lo.paginate(flow, first, bodyTop, cont)
	return lo, nil
}

// text returns s ready to measure and set in st, still in logical order:
// in Unicode normalisation form C, so that a letter and its accent are one
// character the font has, not two, and with Arabic-script letters in the
// presentation forms their places in words call for. A letter that has no
// such form is an *RTLError, recorded in lo.err. Lines are put in visual
// order when they are drawn (see renderer.text).
func (lo *layout) text(s string, st style) string {
	s = norm.NFC.String(s)
	if !rtl.HasArabic(s) {
		return s
	}
	shaped, err := rtl.Shape(s)
	if err != nil {
		var se *rtl.ShapeError
		word := s
		if errors.As(err, &se) {
			word = se.Word
		}
		lo.fail(&RTLError{Script: "Arabic", Text: word, Err: err})
		return s
	}
	return shaped
}

// plain are plain equivalents of the characters appeal puts into letters,
// set where no font has them. They are measured and set as what they stand
// for, so a no-break space still keeps its words on one line.
var plain = map[rune]string{
	'\u00A0': " ", // no-break space
	'\u202F': " ", // narrow no-break space
	'\u2011': "-", // no-break hyphen
	'‘':      "'",
	'’':      "'",
	'“':      `"`,
	'”':      `"`,
	'–':      "-",
	'—':      "-",
	'…':      "...",
	'№':      "No.",
	'•':      "*",
}

// wrap breaks s into lines of spans at x, the first baseline at y, lead
// apart, and returns the spans and the y of the next line's baseline.
func (lo *layout) wrap(s string, st style, size, lead, x, width, y float64, grey bool) ([]span, float64) {
	var spans []span
	for _, t := range lo.m.wrap(lo.text(s, st), st, size, width) {
		spans = append(spans, span{x: x, y: y, st: st, size: size, grey: grey, text: t})
		y += lead
	}
	return spans, y
}

// firstPage lays out what has a fixed place on the first page: letterhead,
// return address, recipient's address, date and reference. It returns where
// the flowing text starts.
func (lo *layout) firstPage(pg *page) float64 {
	g, l := lo.g, lo.l
	width := g.right - g.left

	// The letterhead: the sender's name, large and bold, with the postal
	// address below on the left and the contact lines on the right. A logo
	// goes top right and pushes the contact lines down.
	nameWidth, contactTop := width, 0.0
	if logo := l.Sender.Logo; logo != nil {
		if w, h := lo.fitImage(logo, 45*mm, 20*mm); w > 0 {
			top := g.headBaseline - nameSize
			pg.pictures = append(pg.pictures, picture{x: g.right - w, y: top, w: w, h: h, img: logo})
			nameWidth = width - w - 5*mm
			contactTop = top + h + 3*mm + smallSize
		}
	}
	spans, y := lo.wrap(l.Sender.Name, bold, nameSize, nameSize*1.2, g.left, nameWidth, g.headBaseline, false)
	pg.spans = append(pg.spans, spans...)
	y += smallLead + 4 - nameSize*1.2
	cy := max(y, contactTop)
	// The address lines end above the envelope window; where there are
	// too many, they run on, separated by commas, on as few lines as the
	// column takes; where even that is too many, the letter cannot be set.
	top := y
	var head []span
	for _, a := range l.Sender.Address {
		spans, y = lo.wrap(a, regular, smallSize, smallLead, g.left, g.infoX-g.left-5*mm, y, true)
		head = append(head, spans...)
	}
	if y-smallLead > g.headBottom && len(l.Sender.Address) > 1 {
		head, y = lo.wrap(strings.Join(l.Sender.Address, ", "), regular, smallSize, smallLead, g.left, g.infoX-g.left-5*mm, top, true)
	}
	for _, c := range l.Sender.Contact {
		spans, cy = lo.wrap(c, regular, smallSize, smallLead, g.infoX, g.right-g.infoX, cy, true)
		head = append(head, spans...)
	}
	if last := max(y, cy) - smallLead; last > g.headBottom {
		// As with the recipient's address: A4 refuses it, a US letter is
		// printed, with a warning.
		if err := (&LetterheadError{Paper: lo.p.Paper}); lo.p.Paper == USLetter {
			if lo.p.Warn != nil {
				lo.p.Warn(err.Error())
			}
		} else {
			lo.fail(err)
		}
	}
	pg.spans = append(pg.spans, head...)

	// The return address, small, on one line at the top of the window.
	if g.returnBaseline > 0 && len(l.Sender.Address) > 0 {
		if size, text := lo.returnAddress(); text != "" {
			pg.spans = append(pg.spans, span{x: g.addrX, y: g.returnBaseline, st: regular, size: size, grey: true, text: text})
		}
	}
	for _, y := range g.marks {
		pg.rules = append(pg.rules, rule{x1: 4 * mm, y1: y, x2: 9 * mm, y2: y})
	}

	// The date, right of the window.
	infoWidth := g.right - g.infoX
	infoY := g.addrTop + bodySize
	spans, infoY = lo.wrap(l.Date, regular, 10, 13, g.infoX, infoWidth, infoY, false)
	pg.spans = append(pg.spans, spans...)

	// The recipient's address fills the window at the largest size that
	// fits it, down to a size still legible, its long lines wrapped.
	addr, fits := lo.windowAddress()
	if !fits {
		lines := int((g.addrHeight - minAddrSize*0.3) / (minAddrSize * 1.25))
		err := &AddressError{Lines: len(addr), Fit: lines, Paper: lo.p.Paper}
		if lo.p.Paper == USLetter {
			// A US letter's address may run below the window: the post
			// office reads what shows, so it is worth knowing.
			if lo.p.Warn != nil {
				lo.p.Warn(err.Error())
			}
		} else {
			lo.fail(err)
		}
	}
	pg.spans = append(pg.spans, addr...)

	if l.Reference != "" {
		spans, infoY = lo.wrap(l.labels().Reference+" "+l.Reference, regular, 10, 13, g.infoX, infoWidth, infoY, false)
		pg.spans = append(pg.spans, spans...)
	}
	bottom := max(g.addrTop+g.addrHeight, infoY-13+4)
	// DIN 5008 leaves two blank lines between the address field and the
	// subject; the subject's line has one above its baseline.
	return bottom + bodyLead
}

// Sizes of the addresses in the window, in points: the recipient's is set
// at the largest of addrSizes that fits, and never below minAddrSize; the
// return address at the largest of returnSizes.
var (
	addrSizes   = []float64{10, 9, 8.5, 8}
	returnSizes = []float64{7, 6.5, 6}
)

const minAddrSize = 8

// windowAddress lays out the recipient's address in the window, and
// reports whether it fits there.
func (lo *layout) windowAddress() ([]span, bool) {
	g, l := lo.g, lo.l
	at := func(size float64) ([]span, bool) {
		var addr []span
		lead := size * 1.25
		y := g.addrTop + size
		for _, a := range l.Recipient {
			spans, next := lo.wrap(a, regular, size, lead, g.addrX, g.addrWidth, y, false)
			addr = append(addr, spans...)
			y = next
		}
		return addr, y-lead+size*0.3 <= g.addrTop+g.addrHeight
	}
	// What does not fit at the smallest size is laid out once, however
	// long it is.
	if addr, fits := at(minAddrSize); !fits {
		return addr, false
	}
	for _, size := range addrSizes {
		if addr, fits := at(size); fits {
			return addr, true
		}
	}
	return at(minAddrSize) // the last of addrSizes: not reached
}

// returnAddress returns the one-line return address and its size: the
// sender's name and address at the largest size that fits the window's
// width. Where the whole address does not fit even at the smallest, the
// lines after the name are dropped from the first (the street) on, never
// the last two (town with postcode, and country), and then the name: what
// the post office needs to return a letter goes last. "" when nothing fits.
func (lo *layout) returnAddress() (float64, string) {
	l, width := lo.l, lo.g.addrWidth
	name := lo.text(l.Sender.Name, regular)
	var lines []string
	for _, a := range l.Sender.Address {
		lines = append(lines, lo.text(a, regular))
	}
	keep := min(2, len(lines))
	for drop := 0; drop <= len(lines)-keep+1; drop++ {
		parts := lines[min(drop, len(lines)-keep):]
		if drop <= len(lines)-keep {
			parts = append([]string{name}, parts...)
		}
		text := strings.Join(parts, ", ")
		for _, size := range returnSizes {
			if lo.m.width(text, regular, size) <= width {
				return size, text
			}
		}
	}
	return 0, ""
}

// An AddressError is a recipient's address longer than the envelope window.
type AddressError struct {
	Lines int // lines the address takes at the smallest size
	Fit   int // lines that fit
	Paper Paper
}

func (e *AddressError) Error() string {
	return fmt.Sprintf("the recipient's address takes %d lines, and the envelope window of a letter on %v paper shows %d: shorten it (lines wrap at about 40 characters)", e.Lines, e.Paper, e.Fit)
}

// A LetterheadError is a sender's name, address and contact lines that
// run into the envelope window.
type LetterheadError struct {
	Paper Paper
}

func (e *LetterheadError) Error() string {
	return fmt.Sprintf("the letterhead (sender.organisation, address and contact lines) runs into the envelope window of a letter on %v paper: shorten sender.address or the contact lines (about five lines fit)", e.Paper)
}

// fail records the first error of laying out.
func (lo *layout) fail(err error) {
	if lo.err == nil {
		lo.err = err
	}
}

// continuation lays out the header of the pages after the first: the
// recipient's first line and the date, then the subject, and a rule. Its
// spans and rules are relative to the page; it returns them as a page.
func (lo *layout) continuation() *page {
	g, l := lo.g, lo.l
	pg := &page{}
	y := g.contTop + smallSize
	dateWidth := 0.0
	if l.Date != "" {
		date := lo.text(l.Date, regular)
		dateWidth = lo.m.width(date, regular, smallSize)
	}
	if len(l.Recipient) > 0 {
		spans, _ := lo.wrap(lo.shorten(l.Recipient[0], regular, g.right-g.left-dateWidth-10*mm), regular, smallSize, smallLead, g.left, g.right-g.left-dateWidth-10*mm, y, true)
		pg.spans = append(pg.spans, spans...)
		if len(spans) > 0 {
			y = spans[len(spans)-1].y
		}
	}
	if dateWidth > 0 {
		pg.spans = append(pg.spans, span{x: g.right, y: g.contTop + smallSize, st: regular, size: smallSize, grey: true, text: lo.text(l.Date, regular), right: true})
	}
	spans, y := lo.wrap(lo.clip(l.Subject, italic, g.right-g.left, 2), italic, smallSize, smallLead, g.left, g.right-g.left, y+smallLead, true)
	pg.spans = append(pg.spans, spans...)
	y += -smallLead + 5
	pg.rules = append(pg.rules, rule{x1: g.left, y1: y, x2: g.right, y2: y})
	return pg
}

// flow lays out the flowing part of the letter, from the subject to the
// last copy recipient, as lines with the page breaks they allow.
func (lo *layout) flow() []line {
	g, l := lo.g, lo.l
	width := g.right - g.left
	var lines []line

	lines = append(lines, lo.par(l.Subject, bold, bodySize, lo.lead, 0, width, 0, false)...)
	lines = append(lines, lo.par(l.Salutation, regular, bodySize, lo.lead, 0, width, lo.lead, true)...)
	// The salutation stays with the start of the letter.
	lines = append(lines, lo.blocks(l.Body, true)...)

	// The closing and the signatures stay together, and with the last
	// lines of the body.
	lines = append(lines, lo.par(l.Closing, regular, bodySize, lo.lead, 0, width, lo.lead, true)...)
	// Signatories sign two to a row, each with room to sign above the name
	// and the role below; the organisation signs once, last, as in the
	// text printer. A row's columns are drawn one after the other, so the
	// text reads signatory by signatory.
	const gap = 10 * mm
	colWidth := (width - gap) / 2
	for i := 0; i < len(l.Signatures); i += 2 {
		room := line{height: lo.room, keep: true}
		if i > 0 {
			room.before = 6 * mm
		}
		names := line{keep: true}
		for j, s := range l.Signatures[i:min(i+2, len(l.Signatures))] {
			x := float64(j) * (colWidth + gap)
			if s.Image != nil {
				if w, h := lo.fitImage(s.Image, min(70*mm, colWidth), lo.room-2*mm); w > 0 {
					room.pictures = append(room.pictures, picture{x: g.left + x, y: lo.room - h, w: w, h: h, img: s.Image})
				}
			}
			y := 0.0
			for _, t := range []string{s.Name, s.Role, s.Organisation} {
				if t == s.Organisation && t == l.Sender.Name {
					continue // signed for the sender, named below
				}
				for _, ln := range lo.par(t, regular, bodySize, lo.lead, x, colWidth, 0, true) {
					for _, sp := range ln.spans {
						sp.y += y
						names.spans = append(names.spans, sp)
					}
					y += ln.height
				}
			}
			names.height = max(names.height, y)
		}
		lines = append(lines, room, names)
	}
	org := lo.par(l.signer(), regular, bodySize, lo.lead, 0, width, 4*mm, true)
	if len(l.Signatures) == 0 && len(org) > 0 {
		lines = append(lines, line{height: lo.room, keep: true})
		org[0].before = 0
	}
	lines = append(lines, lo.kept(org)...)

	enc := lo.items(l.labels().Enclosures, l.Enclosures, width, lo.skip+4)
	lines = append(lines, enc...)
	before := lo.skip + 4
	if len(enc) > 0 {
		before = 3
	}
	lines = append(lines, lo.items(l.labels().CC, l.CC, width, before)...)

	// The annex starts a page of its own.
	if len(l.Annex) > 0 {
		head := lo.par(l.labels().Annex, bold, bodySize, lo.lead, 0, width, 0, false)
		if len(head) > 0 {
			head[0].newPage = true
		}
		lines = append(lines, head...)
		lines = append(lines, lo.blocks(l.Annex, true)...)
	}
	return lines
}

// blocks lays out paragraphs, quotations and lists as the body's are; keep
// keeps the first with what precedes it.
func (lo *layout) blocks(bs []Block, keep bool) []line {
	width := lo.g.right - lo.g.left
	var lines []line
	for i, b := range bs {
		// What introduces a quotation or a list stays with it.
		next := i+1 < len(bs) && !isParagraph(bs[i+1])
		before := lo.skip
		if i == 0 {
			before = lo.lead
		}
		switch b := b.(type) {
		case *Paragraph:
			lines = append(lines, lo.rtlPar(b.Text, lo.par(b.Text, regular, bodySize, lo.lead, 0, width, before, keep), width)...)
		case *Quote:
			indent := 10 * mm
			for j, q := range b.Paragraphs {
				if j > 0 {
					before = 4
				}
				lines = append(lines, lo.rtlPar(q, lo.par(q, regular, bodySize, lo.lead, indent, width-2*indent, before, keep), width-2*indent)...)
				keep = false
			}
			lines = append(lines, lo.par("— "+b.Source, italic, sourceSize, sourceSize*1.25, indent, width-2*indent, 3, true)...)
		case *List:
			lines = append(lines, lo.list(b, width, before, keep)...)
		}
		keep = next
	}
	return lines
}

// rtlPar returns the lines of the paragraph text, laid out width wide,
// set as a right-to-left paragraph if the text is one (a paragraph in
// Arabic or Hebrew, with no Latin words): flush right, and each line put
// in visual order with its neutrals, such as the final full stop, on the
// paragraph's side.
func (lo *layout) rtlPar(text string, lines []line, width float64) []line {
	if !rtl.IsRTL(text) {
		return lines
	}
	for _, ln := range lines {
		for i := range ln.spans {
			s := &ln.spans[i]
			s.x, s.right, s.rtl = s.x+width, true, true
		}
	}
	return lines
}

// kept returns lines with no page break allowed before any of them.
func (lo *layout) kept(lines []line) []line {
	for i := range lines {
		lines[i].keep = true
	}
	return lines
}

func isParagraph(b Block) bool {
	_, ok := b.(*Paragraph)
	return ok
}

// par lays out a paragraph as lines set at indent from the left edge,
// width wide, before points below what precedes it. A paragraph never
// leaves a single line alone at the bottom or top of a page; keep keeps its
// first line on the page of what precedes it.
func (lo *layout) par(text string, st style, size, lead, indent, width, before float64, keep bool) []line {
	var lines []line
	for i, t := range lo.m.wrap(lo.text(text, st), st, size, width) {
		ln := line{height: lead, spans: []span{{x: lo.g.left + indent, y: lead*0.5 + size*0.35, st: st, size: size, text: t}}}
		if i == 0 {
			ln.before, ln.keep = before, keep
		}
		if i == 1 {
			ln.keep = true // no orphan
		}
		lines = append(lines, ln)
	}
	if n := len(lines); n > 1 {
		lines[n-1].keep = true // no widow
	}
	return lines
}

// list lays out a list with a hanging indent: the number or bullet in the
// margin, the item's lines aligned after it.
func (lo *layout) list(b *List, width, before float64, keep bool) []line {
	label := func(i int) string {
		if b.Ordered {
			return fmt.Sprintf("%d.", i+1)
		}
		return "•"
	}
	hang := 6 * mm
	for i := range b.Items {
		hang = max(hang, lo.m.width(label(i), regular, bodySize)+2*mm)
	}
	var lines []line
	for i, item := range b.Items {
		ls := lo.par(item, regular, bodySize, lo.lead, hang, width-hang, before, keep)
		if len(ls) == 0 {
			continue
		}
		s := ls[0].spans[0]
		s.x, s.text = lo.g.left, label(i)
		ls[0].spans = append([]span{s}, ls[0].spans...)
		lines = append(lines, ls...)
		before, keep = 3, false
	}
	return lines
}

// items lays out a label and a list of items after it, one a line, the
// later ones aligned under the first: "Enclosures: …", "cc: …".
func (lo *layout) items(label string, items []string, width, before float64) []line {
	hang := lo.m.width(label+" ", regular, bodySize)
	var lines []line
	for _, it := range items {
		ls := lo.par(it, regular, bodySize, lo.lead, hang, width-hang, 0, true)
		if len(ls) == 0 {
			continue
		}
		if len(lines) == 0 {
			s := ls[0].spans[0]
			s.x, s.text = lo.g.left, label
			ls[0].spans = append([]span{s}, ls[0].spans...)
			ls[0].before, ls[0].keep = before, false
		}
		lines = append(lines, ls...)
	}
	return lines
}

// fitImage returns the size of img scaled to fit in maxW × maxH points,
// keeping its proportions; 0, 0 if it cannot be read, which it reports in
// lo.err.
func (lo *layout) fitImage(img *Image, maxW, maxH float64) (w, h float64) {
	c, format, err := image.DecodeConfig(bytes.NewReader(img.Data))
	if err == nil && format != "png" && format != "jpeg" {
		err = fmt.Errorf("%s images are not supported, only PNG and JPEG", format)
	}
	if err == nil && (c.Width == 0 || c.Height == 0) {
		err = errors.New("image is empty")
	}
	if err != nil {
		if lo.err == nil {
			lo.err = fmt.Errorf("image %s: %w", img.Name, err)
		}
		return 0, 0
	}
	scale := min(maxW/float64(c.Width), maxH/float64(c.Height))
	return float64(c.Width) * scale, float64(c.Height) * scale
}

// paginate places the flowing lines on pages: the first page from top
// down, later ones below the continuation header. It breaks a page before
// the last line that allows it, and where no line does (something taller
// than a page that must stay together), where the page is full.
func (lo *layout) paginate(lines []line, first *page, top float64, cont *page) {
	g := lo.g
	contTop := g.contTop
	for _, r := range cont.rules {
		contTop = max(contTop, r.y1+8*mm)
	}
	pg := first
	for start := 0; start < len(lines); {
		y, end := top, start
		for ; end < len(lines); end++ {
			ln := lines[end]
			before := ln.before
			if end == start {
				before = 0
			}
			if end > start && (ln.newPage || y+before+ln.height > g.bodyBottom) {
				break
			}
			y += before + ln.height
		}
		if end < len(lines) && !lines[end].newPage {
			j := end
			for j > start && lines[j].keep {
				j--
			}
			if j > start {
				end = j
			}
		}
		y = top
		for i := start; i < end; i++ {
			ln := lines[i]
			if i > start {
				y += ln.before
			}
			for _, s := range ln.spans {
				s.y += y
				pg.spans = append(pg.spans, s)
			}
			for _, p := range ln.pictures {
				p.y += y
				pg.pictures = append(pg.pictures, p)
			}
			y += ln.height
		}
		lo.pages = append(lo.pages, pg)
		start = end
		if start < len(lines) {
			pg = &page{
				spans: append([]span(nil), cont.spans...),
				rules: append([]rule(nil), cont.rules...),
			}
			top = contTop
		}
	}
	if len(lo.pages) == 0 {
		lo.pages = append(lo.pages, pg)
	}
	if n := len(lo.pages); n > 1 {
		for i, pg := range lo.pages {
			pg.spans = append(pg.spans, span{x: g.right, y: g.footBaseline, st: regular, size: smallSize, grey: true,
				text: lo.l.labels().pageOf(i+1, n), right: true})
		}
	}
}

// check reports the characters of the laid-out letter that no font has,
// and text in a right-to-left script the PDF printer cannot set.
func (lo *layout) check() error {
	var missing []rune
	seen := make(map[rune]bool)
	for _, pg := range lo.pages {
		for _, s := range pg.spans {
			if err := checkScripts(s.text); err != nil {
				return err
			}
			for _, r := range s.text {
				if !seen[r] && lo.fonts.face(s.st, r) == nil && !lo.fonts.hasPlain(s.st, r) {
					seen[r] = true
					missing = append(missing, r)
				}
			}
		}
	}
	if len(missing) > 0 {
		names := make([]string, len(lo.fonts))
		for i, f := range lo.fonts {
			names[i] = f.name
		}
		return &MissingGlyphsError{Font: strings.Join(names, ", "), Runes: missing}
	}
	return nil
}

// An RTLError is right-to-left text in a letter that the PDF printer
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

// unsetScripts are the right-to-left scripts the PDF printer does not set,
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
// script the PDF printer does not set, or Hebrew points.
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
