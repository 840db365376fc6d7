package letter

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/appeal-letters/appeal/letter/internal/rtl"
	"github.com/appeal-letters/appeal/letter/typeset"
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
	// Liberation Serif (regular, bold and italic). See typeset.LoadFont.
	Font *typeset.Font

	// Fallback are fonts for the characters Font lacks (Chinese, Arabic,
	// …), tried in order: each character is set in the first font that has
	// it. Empty: none.
	Fallback []*typeset.Font

	// FindFont, if not nil, is asked for a font when some characters are in
	// none of Font and Fallback, with those characters; it returns nil when
	// it finds none. It is not called for a letter that needs no other
	// font. appeal asks fontconfig (fc-match).
	FindFont func(missing []rune) (*typeset.Font, error)

	// Creator is the document's Creator metadata, e.g. "appeal v1.2.3";
	// empty: none.
	Creator string

	// Warn, if not nil, is told of what is printed but may not reach its
	// reader, such as a US Letter address longer than the envelope window.
	Warn func(message string)

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
	doc, err := lo.document().Render()
	if err != nil {
		return err
	}
	if _, err := w.Write(doc); err != nil {
		return fmt.Errorf("writing PDF: %w", err)
	}
	return nil
}

// Check reports whether the fonts have every character the printed letter
// needs. A missing character is a *typeset.MissingGlyphsError, never a
// blank or a box on paper.
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
		err = lo.document().Check()
		var me *typeset.MissingGlyphsError
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

// fonts returns the fonts p sets letters in: its font, then the fallbacks.
func (p *PDF) fonts() typeset.Fonts {
	f := p.Font
	if f == nil {
		f = typeset.DefaultFont()
	}
	return append(typeset.Fonts{f}, p.Fallback...)
}

// Prepare starts parsing the fonts p writes with, in the background: a
// one-letter run then lays its letter out while they are made ready,
// rather than waiting for them when it writes.
func (p *PDF) Prepare() {
	for _, f := range p.fonts() {
		f.Prepare()
	}
}

// appendOriginals lays out the letter's original (Letter.Original) on
// pages of its own after it, its first page headed by Labels.Original in
// the top margin; each letter keeps its own page numbers.
func (p *PDF) appendOriginals(lo *layout, o *Letter, fonts typeset.Fonts) error {
	for ; o != nil; o = o.Original {
		olo, err := p.layout(o, fonts)
		if err != nil {
			return err
		}
		first := olo.pages[0]
		first.Spans = append(first.Spans, typeset.Span{X: lo.g.left, Y: lo.g.headBaseline - 8*mm, Style: typeset.Regular, Size: smallSize, Grey: true, Text: o.labels().Original})
		lo.pages = append(lo.pages, olo.pages...)
	}
	return nil
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

// A layout is a letter laid out in pages, ready to render or check.
type layout struct {
	p     *PDF
	fonts typeset.Fonts
	g     geometry
	m     *typeset.Measurer
	l     *Letter
	pages []*typeset.Page
	err   error // the first thing that cannot be set, e.g. an image that cannot be read

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
func (p *PDF) layout(l *Letter, fonts typeset.Fonts) (*layout, error) {
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

func (p *PDF) layoutAt(l *Letter, fonts typeset.Fonts, tight bool) (*layout, error) {
	if p.Paper != A4 && p.Paper != USLetter {
		return nil, fmt.Errorf("unknown paper size %v", p.Paper)
	}
	lo := &layout{p: p, fonts: fonts, g: p.Paper.geometry(), m: typeset.NewMeasurer(fonts), l: l, lead: bodyLead, skip: parSkip, room: signRoom}
	if tight {
		lo.lead, lo.skip, lo.room = tightLead, tightSkip, tightRoom
	}
	first := &typeset.Page{}
	bodyTop := lo.firstPage(first)
	cont := lo.continuation()
	flow := lo.flow()
	if lo.err != nil {
		return nil, lo.err
	}
	lo.paginate(flow, first, bodyTop, cont)
	return lo, nil
}

// document returns the pages laid out as a document to check or render.
func (lo *layout) document() *typeset.Document {
	return &typeset.Document{
		Width:        lo.g.width,
		Height:       lo.g.height,
		Fonts:        lo.fonts,
		Pages:        lo.pages,
		Title:        lo.l.Title,
		Author:       lo.l.Author,
		Creator:      lo.p.Creator,
		CreationDate: lo.p.CreationDate,
	}
}

// text returns s ready to measure and set in st (see typeset.Shape); a
// letter it cannot shape is recorded in lo.err.
func (lo *layout) text(s string, st typeset.Style) string {
	shaped, err := typeset.Shape(s)
	if err != nil {
		lo.fail(err)
	}
	return shaped
}

// wrap breaks s into lines of spans at x, the first baseline at y, lead
// apart, and returns the spans and the y of the next line's baseline.
func (lo *layout) wrap(s string, st typeset.Style, size, lead, x, width, y float64, grey bool) ([]typeset.Span, float64) {
	var spans []typeset.Span
	for _, t := range lo.m.Wrap(lo.text(s, st), st, size, width) {
		spans = append(spans, typeset.Span{X: x, Y: y, Style: st, Size: size, Grey: grey, Text: t})
		y += lead
	}
	return spans, y
}

// firstPage lays out what has a fixed place on the first page: letterhead,
// return address, recipient's address, date and reference. It returns where
// the flowing text starts.
func (lo *layout) firstPage(pg *typeset.Page) float64 {
	g, l := lo.g, lo.l
	width := g.right - g.left

	// The letterhead: the sender's name, large and bold, with the postal
	// address below on the left and the contact lines on the right. A logo
	// goes top right and pushes the contact lines down.
	nameWidth, contactTop := width, 0.0
	if logo := l.Sender.Logo; logo != nil {
		if w, h := lo.fitImage(logo, 45*mm, 20*mm); w > 0 {
			top := g.headBaseline - nameSize
			pg.Pictures = append(pg.Pictures, typeset.Picture{X: g.right - w, Y: top, W: w, H: h, Name: logo.Name, Data: logo.Data})
			nameWidth = width - w - 5*mm
			contactTop = top + h + 3*mm + smallSize
		}
	}
	spans, y := lo.wrap(l.Sender.Name, typeset.Bold, nameSize, nameSize*1.2, g.left, nameWidth, g.headBaseline, false)
	pg.Spans = append(pg.Spans, spans...)
	y += smallLead + 4 - nameSize*1.2
	cy := max(y, contactTop)
	// The address lines end above the envelope window; where there are
	// too many, they run on, separated by commas, on as few lines as the
	// column takes; where even that is too many, the letter cannot be set.
	top := y
	var head []typeset.Span
	for _, a := range l.Sender.Address {
		spans, y = lo.wrap(a, typeset.Regular, smallSize, smallLead, g.left, g.infoX-g.left-5*mm, y, true)
		head = append(head, spans...)
	}
	if y-smallLead > g.headBottom && len(l.Sender.Address) > 1 {
		head, y = lo.wrap(strings.Join(l.Sender.Address, ", "), typeset.Regular, smallSize, smallLead, g.left, g.infoX-g.left-5*mm, top, true)
	}
	for _, c := range l.Sender.Contact {
		spans, cy = lo.wrap(c, typeset.Regular, smallSize, smallLead, g.infoX, g.right-g.infoX, cy, true)
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
	pg.Spans = append(pg.Spans, head...)

	// The return address, small, on one line at the top of the window.
	if g.returnBaseline > 0 && len(l.Sender.Address) > 0 {
		if size, text := lo.returnAddress(); text != "" {
			pg.Spans = append(pg.Spans, typeset.Span{X: g.addrX, Y: g.returnBaseline, Style: typeset.Regular, Size: size, Grey: true, Text: text})
		}
	}
	for _, y := range g.marks {
		pg.Rules = append(pg.Rules, typeset.Rule{X1: 4 * mm, Y1: y, X2: 9 * mm, Y2: y})
	}

	// The date, right of the window.
	infoWidth := g.right - g.infoX
	infoY := g.addrTop + bodySize
	spans, infoY = lo.wrap(l.Date, typeset.Regular, 10, 13, g.infoX, infoWidth, infoY, false)
	pg.Spans = append(pg.Spans, spans...)

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
	pg.Spans = append(pg.Spans, addr...)

	if l.Reference != "" {
		spans, infoY = lo.wrap(l.labels().Reference+" "+l.Reference, typeset.Regular, 10, 13, g.infoX, infoWidth, infoY, false)
		pg.Spans = append(pg.Spans, spans...)
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
func (lo *layout) windowAddress() ([]typeset.Span, bool) {
	g, l := lo.g, lo.l
	at := func(size float64) ([]typeset.Span, bool) {
		var addr []typeset.Span
		lead := size * 1.25
		y := g.addrTop + size
		for _, a := range l.Recipient {
			spans, next := lo.wrap(a, typeset.Regular, size, lead, g.addrX, g.addrWidth, y, false)
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
	name := lo.text(l.Sender.Name, typeset.Regular)
	var lines []string
	for _, a := range l.Sender.Address {
		lines = append(lines, lo.text(a, typeset.Regular))
	}
	keep := min(2, len(lines))
	for drop := 0; drop <= len(lines)-keep+1; drop++ {
		parts := lines[min(drop, len(lines)-keep):]
		if drop <= len(lines)-keep {
			parts = append([]string{name}, parts...)
		}
		text := strings.Join(parts, ", ")
		for _, size := range returnSizes {
			if lo.m.Width(text, typeset.Regular, size) <= width {
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
func (lo *layout) continuation() *typeset.Page {
	g, l := lo.g, lo.l
	pg := &typeset.Page{}
	y := g.contTop + smallSize
	dateWidth := 0.0
	if l.Date != "" {
		date := lo.text(l.Date, typeset.Regular)
		dateWidth = lo.m.Width(date, typeset.Regular, smallSize)
	}
	if len(l.Recipient) > 0 {
		spans, _ := lo.wrap(lo.shorten(l.Recipient[0], typeset.Regular, g.right-g.left-dateWidth-10*mm), typeset.Regular, smallSize, smallLead, g.left, g.right-g.left-dateWidth-10*mm, y, true)
		pg.Spans = append(pg.Spans, spans...)
		if len(spans) > 0 {
			y = spans[len(spans)-1].Y
		}
	}
	if dateWidth > 0 {
		pg.Spans = append(pg.Spans, typeset.Span{X: g.right, Y: g.contTop + smallSize, Style: typeset.Regular, Size: smallSize, Grey: true, Text: lo.text(l.Date, typeset.Regular), Right: true})
	}
	spans, y := lo.wrap(lo.clip(l.Subject, typeset.Italic, g.right-g.left, 2), typeset.Italic, smallSize, smallLead, g.left, g.right-g.left, y+smallLead, true)
	pg.Spans = append(pg.Spans, spans...)
	y += -smallLead + 5
	pg.Rules = append(pg.Rules, typeset.Rule{X1: g.left, Y1: y, X2: g.right, Y2: y})
	return pg
}

// flow lays out the flowing part of the letter, from the subject to the
// last copy recipient, as lines with the page breaks they allow.
func (lo *layout) flow() []typeset.Line {
	g, l := lo.g, lo.l
	width := g.right - g.left
	var lines []typeset.Line

	lines = append(lines, lo.par(l.Subject, typeset.Bold, bodySize, lo.lead, 0, width, 0, false)...)
	lines = append(lines, lo.par(l.Salutation, typeset.Regular, bodySize, lo.lead, 0, width, lo.lead, true)...)
	// The salutation stays with the start of the letter.
	lines = append(lines, lo.blocks(l.Body, true)...)

	// The closing and the signatures stay together, and with the last
	// lines of the body.
	lines = append(lines, lo.par(l.Closing, typeset.Regular, bodySize, lo.lead, 0, width, lo.lead, true)...)
	// Signatories sign two to a row, each with room to sign above the name
	// and the role below; the organisation signs once, last, as in the
	// text printer. A row's columns are drawn one after the other, so the
	// text reads signatory by signatory.
	const gap = 10 * mm
	colWidth := (width - gap) / 2
	for i := 0; i < len(l.Signatures); i += 2 {
		room := typeset.Line{Height: lo.room, Keep: true}
		if i > 0 {
			room.Before = 6 * mm
		}
		names := typeset.Line{Keep: true}
		for j, s := range l.Signatures[i:min(i+2, len(l.Signatures))] {
			x := float64(j) * (colWidth + gap)
			if s.Image != nil {
				if w, h := lo.fitImage(s.Image, min(70*mm, colWidth), lo.room-2*mm); w > 0 {
					room.Pictures = append(room.Pictures, typeset.Picture{X: g.left + x, Y: lo.room - h, W: w, H: h, Name: s.Image.Name, Data: s.Image.Data})
				}
			}
			y := 0.0
			for _, t := range []string{s.Name, s.Role, s.Organisation} {
				if t == s.Organisation && t == l.Sender.Name {
					continue // signed for the sender, named below
				}
				for _, ln := range lo.par(t, typeset.Regular, bodySize, lo.lead, x, colWidth, 0, true) {
					for _, sp := range ln.Spans {
						sp.Y += y
						names.Spans = append(names.Spans, sp)
					}
					y += ln.Height
				}
			}
			names.Height = max(names.Height, y)
		}
		lines = append(lines, room, names)
	}
	org := lo.par(l.signer(), typeset.Regular, bodySize, lo.lead, 0, width, 4*mm, true)
	if len(l.Signatures) == 0 && len(org) > 0 {
		lines = append(lines, typeset.Line{Height: lo.room, Keep: true})
		org[0].Before = 0
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
		head := lo.par(l.labels().Annex, typeset.Bold, bodySize, lo.lead, 0, width, 0, false)
		if len(head) > 0 {
			head[0].NewPage = true
		}
		lines = append(lines, head...)
		lines = append(lines, lo.blocks(l.Annex, true)...)
	}
	return lines
}

// blocks lays out paragraphs, quotations and lists as the body's are; keep
// keeps the first with what precedes it.
func (lo *layout) blocks(bs []Block, keep bool) []typeset.Line {
	width := lo.g.right - lo.g.left
	var lines []typeset.Line
	for i, b := range bs {
		// What introduces a quotation or a list stays with it.
		next := i+1 < len(bs) && !isParagraph(bs[i+1])
		before := lo.skip
		if i == 0 {
			before = lo.lead
		}
		switch b := b.(type) {
		case *Paragraph:
			lines = append(lines, lo.rtlPar(b.Text, lo.par(b.Text, typeset.Regular, bodySize, lo.lead, 0, width, before, keep), width)...)
		case *Quote:
			indent := 10 * mm
			for j, q := range b.Paragraphs {
				if j > 0 {
					before = 4
				}
				lines = append(lines, lo.rtlPar(q, lo.par(q, typeset.Regular, bodySize, lo.lead, indent, width-2*indent, before, keep), width-2*indent)...)
				keep = false
			}
			lines = append(lines, lo.par("— "+b.Source, typeset.Italic, sourceSize, sourceSize*1.25, indent, width-2*indent, 3, true)...)
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
func (lo *layout) rtlPar(text string, lines []typeset.Line, width float64) []typeset.Line {
	if !rtl.IsRTL(text) {
		return lines
	}
	for _, ln := range lines {
		for i := range ln.Spans {
			s := &ln.Spans[i]
			s.X, s.Right, s.RTL = s.X+width, true, true
		}
	}
	return lines
}

// kept returns lines with no page break allowed before any of them.
func (lo *layout) kept(lines []typeset.Line) []typeset.Line {
	for i := range lines {
		lines[i].Keep = true
	}
	return lines
}

func isParagraph(b Block) bool {
	_, ok := b.(*Paragraph)
	return ok
}

// par lays out a paragraph as lines set at indent from the left edge,
// width wide, before points below what precedes it. A paragraph never
// leaves a single line alone at the bottom or top of a page (see
// typeset.Measurer.Paragraph); keep keeps its first line on the page of
// what precedes it.
func (lo *layout) par(text string, st typeset.Style, size, lead, indent, width, before float64, keep bool) []typeset.Line {
	lines := lo.m.Paragraph(lo.text(text, st), st, size, lead, lo.g.left+indent, width)
	if len(lines) > 0 {
		lines[0].Before, lines[0].Keep = before, keep
	}
	return lines
}

// list lays out a list with a hanging indent: the number or bullet in the
// margin, the item's lines aligned after it.
func (lo *layout) list(b *List, width, before float64, keep bool) []typeset.Line {
	label := func(i int) string {
		if b.Ordered {
			return fmt.Sprintf("%d.", i+1)
		}
		return "•"
	}
	hang := 6 * mm
	for i := range b.Items {
		hang = max(hang, lo.m.Width(label(i), typeset.Regular, bodySize)+2*mm)
	}
	var lines []typeset.Line
	for i, item := range b.Items {
		ls := lo.par(item, typeset.Regular, bodySize, lo.lead, hang, width-hang, before, keep)
		if len(ls) == 0 {
			continue
		}
		s := ls[0].Spans[0]
		s.X, s.Text = lo.g.left, label(i)
		ls[0].Spans = append([]typeset.Span{s}, ls[0].Spans...)
		lines = append(lines, ls...)
		before, keep = 3, false
	}
	return lines
}

// items lays out a label and a list of items after it, one a line, the
// later ones aligned under the first: "Enclosures: …", "cc: …".
func (lo *layout) items(label string, items []string, width, before float64) []typeset.Line {
	hang := lo.m.Width(label+" ", typeset.Regular, bodySize)
	var lines []typeset.Line
	for _, it := range items {
		ls := lo.par(it, typeset.Regular, bodySize, lo.lead, hang, width-hang, 0, true)
		if len(ls) == 0 {
			continue
		}
		if len(lines) == 0 {
			s := ls[0].Spans[0]
			s.X, s.Text = lo.g.left, label
			ls[0].Spans = append([]typeset.Span{s}, ls[0].Spans...)
			ls[0].Before, ls[0].Keep = before, false
		}
		lines = append(lines, ls...)
	}
	return lines
}

// fitImage returns the size of img scaled to fit in maxW × maxH points,
// keeping its proportions; 0, 0 if it cannot be read, which it reports in
// lo.err.
func (lo *layout) fitImage(img *Image, maxW, maxH float64) (w, h float64) {
	w, h, err := typeset.FitImage(img.Data, maxW, maxH)
	if err != nil {
		lo.fail(fmt.Errorf("image %s: %w", img.Name, err))
		return 0, 0
	}
	return w, h
}

// paginate places the flowing lines on pages: the first page from top
// down, later ones below the continuation header (see typeset.Paginate),
// and numbers the pages of a letter that takes more than one.
func (lo *layout) paginate(lines []typeset.Line, first *typeset.Page, top float64, cont *typeset.Page) {
	g := lo.g
	contTop := g.contTop
	for _, r := range cont.Rules {
		contTop = max(contTop, r.Y1+8*mm)
	}
	lo.pages = typeset.Paginate(lines, first, top, g.bodyBottom, cont, contTop)
	if n := len(lo.pages); n > 1 {
		for i, pg := range lo.pages {
			pg.Spans = append(pg.Spans, typeset.Span{X: g.right, Y: g.footBaseline, Style: typeset.Regular, Size: smallSize, Grey: true,
				Text: lo.l.labels().pageOf(i+1, n), Right: true})
		}
	}
}
