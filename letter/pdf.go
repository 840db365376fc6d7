package letter

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	_ "image/jpeg" // signature and logo images
	_ "image/png"
	"io"
	"strings"
	"time"

	"golang.org/x/text/unicode/norm"
)

// PDF lays a Letter out as a PDF document, ready to print, sign and send in
// a window envelope. Its zero value prints on A4 in Liberation Serif.
//
// The same letter and settings always give the same bytes: nothing in the
// document depends on the time or on chance unless CreationDate is set.
type PDF struct {
	// Paper is the paper size: A4 (the zero value) or USLetter.
	Paper Paper

	// Font is the typeface of the whole letter; nil means the embedded
	// Liberation Serif (regular, bold and italic). See LoadFont.
	Font *Font

	// Creator is the document's Creator metadata, e.g. "appeal v1.2.3";
	// empty: none.
	Creator string

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
// if the font lacks a character of the letter (see Check).
func (p *PDF) Print(w io.Writer, l *Letter) error {
	lo, err := p.layout(l)
	if err != nil {
		return err
	}
	if err := p.appendOriginals(lo, l.Original); err != nil {
		return err
	}
	if err := lo.check(); err != nil {
		return err
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

// Check reports whether the font has every character the printed letter
// needs. A missing character is a *MissingGlyphsError, never a blank or a
// box on paper.
func (p *PDF) Check(l *Letter) error {
	lo, err := p.layout(l)
	if err != nil {
		return err
	}
	if err := p.appendOriginals(lo, l.Original); err != nil {
		return err
	}
	return lo.check()
}

// appendOriginals lays out the letter's original (Letter.Original) on
// pages of its own after it, its first page headed by Labels.Original in
// the top margin; each letter keeps its own page numbers.
func (p *PDF) appendOriginals(lo *layout, o *Letter) error {
	for ; o != nil; o = o.Original {
		olo, err := p.layout(o)
		if err != nil {
			return err
		}
		first := olo.pages[0]
		first.spans = append(first.spans, span{x: lo.g.left, y: lo.g.headBaseline - 8*mm, st: regular, size: smallSize, grey: true, text: o.labels().Original})
		lo.pages = append(lo.pages, olo.pages...)
	}
	return nil
}

// A MissingGlyphsError lists the characters of a letter its font cannot show.
type MissingGlyphsError struct {
	Font  string // e.g. "LiberationSerif"
	Runes []rune // in order of first appearance
}

func (e *MissingGlyphsError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "font %q has no glyph for ", e.Font)
	for i, r := range e.Runes {
		if i > 0 {
			b.WriteString(", ")
		}
		if i == 20 {
			fmt.Fprintf(&b, "and %d more", len(e.Runes)-i)
			break
		}
		fmt.Fprintf(&b, "%q (%U)", string(r), r)
	}
	return b.String()
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
}

// A layout is a letter laid out in pages, ready to render or check.
type layout struct {
	p     *PDF
	font  *Font
	g     geometry
	m     *measurer
	l     *Letter
	pages []*page
	err   error // the first image that cannot be read
}

func (p *PDF) layout(l *Letter) (*layout, error) {
	f := p.Font
	if f == nil {
		f = defaultFont()
	}
	if p.Paper != A4 && p.Paper != USLetter {
		return nil, fmt.Errorf("unknown paper size %v", p.Paper)
	}
	lo := &layout{p: p, font: f, g: p.Paper.geometry(), m: newMeasurer(f), l: l}
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

// nfc returns s in Unicode normalisation form C, so that a letter and its
// accent are one character the font has, not two.
func nfc(s string) string { return norm.NFC.String(s) }

// wrap breaks s into lines of spans at x, the first baseline at y, lead
// apart, and returns the spans and the y of the next line's baseline.
func (lo *layout) wrap(s string, st style, size, lead, x, width, y float64, grey bool) ([]span, float64) {
	var spans []span
	for _, t := range lo.m.wrap(nfc(s), st, size, width) {
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
	for _, a := range l.Sender.Address {
		spans, y = lo.wrap(a, regular, smallSize, smallLead, g.left, g.infoX-g.left-5*mm, y, true)
		pg.spans = append(pg.spans, spans...)
	}
	for _, c := range l.Sender.Contact {
		spans, cy = lo.wrap(c, regular, smallSize, smallLead, g.infoX, g.right-g.infoX, cy, true)
		pg.spans = append(pg.spans, spans...)
	}

	// The return address, small, on one line at the top of the window.
	if g.returnBaseline > 0 && len(l.Sender.Address) > 0 {
		// As many whole address lines as fit: a return address cut in
		// the middle of a word would be wrong, not just short.
		ret := nfc(l.Sender.Name)
		for _, a := range l.Sender.Address {
			longer := ret + ", " + nfc(a)
			if len(lo.m.wrap(longer, regular, 7, g.addrWidth)) > 1 {
				break
			}
			ret = longer
		}
		if lines := lo.m.wrap(ret, regular, 7, g.addrWidth); len(lines) == 1 {
			pg.spans = append(pg.spans, span{x: g.addrX, y: g.returnBaseline, st: regular, size: 7, grey: true, text: lines[0]})
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
	// fits it.
	var addr []span
	for _, size := range []float64{10, 9, 8} {
		lead := size * 1.25
		addr = addr[:0]
		y := g.addrTop + size
		for _, a := range l.Recipient {
			spans, y = lo.wrap(a, regular, size, lead, g.addrX, g.addrWidth, y, false)
			addr = append(addr, spans...)
		}
		if y-lead+size*0.3 <= g.addrTop+g.addrHeight {
			break
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

// continuation lays out the header of the pages after the first: the
// recipient's first line and the date, then the subject, and a rule. Its
// spans and rules are relative to the page; it returns them as a page.
func (lo *layout) continuation() *page {
	g, l := lo.g, lo.l
	pg := &page{}
	y := g.contTop + smallSize
	dateWidth := 0.0
	if l.Date != "" {
		date := nfc(l.Date)
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
		pg.spans = append(pg.spans, span{x: g.right, y: g.contTop + smallSize, st: regular, size: smallSize, grey: true, text: nfc(l.Date), right: true})
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

	lines = append(lines, lo.par(l.Subject, bold, bodySize, bodyLead, 0, width, 0, false)...)
	lines = append(lines, lo.par(l.Salutation, regular, bodySize, bodyLead, 0, width, bodyLead, true)...)
	// The salutation stays with the start of the letter.
	keep := true
	for i, b := range l.Body {
		// What introduces a quotation or a list stays with it.
		next := i+1 < len(l.Body) && !isParagraph(l.Body[i+1])
		before := parSkip
		if i == 0 {
			before = bodyLead
		}
		switch b := b.(type) {
		case *Paragraph:
			lines = append(lines, lo.par(b.Text, regular, bodySize, bodyLead, 0, width, before, keep)...)
		case *Quote:
			indent := 10 * mm
			for j, q := range b.Paragraphs {
				if j > 0 {
					before = 4
				}
				lines = append(lines, lo.par(q, regular, bodySize, bodyLead, indent, width-2*indent, before, keep)...)
				keep = false
			}
			lines = append(lines, lo.par("— "+b.Source, italic, sourceSize, sourceSize*1.25, indent, width-2*indent, 3, true)...)
		case *List:
			lines = append(lines, lo.list(b, width, before, keep)...)
		}
		keep = next
	}

	// The closing and the signatures stay together, and with the last
	// lines of the body.
	lines = append(lines, lo.par(l.Closing, regular, bodySize, bodyLead, 0, width, bodyLead, true)...)
	// Each signatory gets room to sign above the name; the organisation
	// signs last, as in the text printer.
	for i, s := range l.Signatures {
		room := line{height: signRoom, keep: true}
		if i > 0 {
			room.before = 4 * mm
		}
		if s.Image != nil {
			if w, h := lo.fitImage(s.Image, 70*mm, signRoom-2*mm); w > 0 {
				room.pictures = append(room.pictures, picture{x: g.left, y: signRoom - h, w: w, h: h, img: s.Image})
			}
		}
		lines = append(lines, room)
		for _, t := range []string{s.Name, s.Role, s.Organisation} {
			if t == s.Organisation && t == l.Sender.Name {
				continue // signed for the sender, named below
			}
			lines = append(lines, lo.kept(lo.par(t, regular, bodySize, bodyLead, 0, width/2, 0, true))...)
		}
	}
	org := lo.par(l.signer(), regular, bodySize, bodyLead, 0, width, 2*mm, true)
	if len(l.Signatures) == 0 && len(org) > 0 {
		lines = append(lines, line{height: signRoom, keep: true})
		org[0].before = 0
	}
	lines = append(lines, lo.kept(org)...)

	enc := lo.items(l.labels().Enclosures, l.Enclosures, width, parSkip+4)
	lines = append(lines, enc...)
	before := parSkip + 4
	if len(enc) > 0 {
		before = 3
	}
	lines = append(lines, lo.items(l.labels().CC, l.CC, width, before)...)
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
	for i, t := range lo.m.wrap(nfc(text), st, size, width) {
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
		ls := lo.par(item, regular, bodySize, bodyLead, hang, width-hang, before, keep)
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
		ls := lo.par(it, regular, bodySize, bodyLead, hang, width-hang, 0, true)
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
			if end > start && y+before+ln.height > g.bodyBottom {
				break
			}
			y += before + ln.height
		}
		if end < len(lines) {
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

// check reports the characters of the laid-out letter that the font lacks.
func (lo *layout) check() error {
	var missing []rune
	seen := make(map[rune]bool)
	for _, pg := range lo.pages {
		for _, s := range pg.spans {
			f := lo.font.faces[s.st]
			for _, r := range s.text {
				if !f.has(r) && !seen[r] {
					seen[r] = true
					missing = append(missing, r)
				}
			}
		}
	}
	if len(missing) > 0 {
		return &MissingGlyphsError{Font: lo.font.name, Runes: missing}
	}
	return nil
}
