package typeset

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"github.com/appeal-letters/appeal/letter/internal/rtl"
	"github.com/signintech/gopdf"
)

// Compression levels, chosen by measurement (BenchmarkCompression when it
// printed the example case's letter through package letter: two pages,
// CPU per letter of three runs): page content at level 1 gives 41,468
// bytes for 1.4 to 1.6 ms; level 2 40,271 bytes (3 % smaller) for 1.5 to
// 1.8 ms; level 6 39,199 bytes (5.5 % smaller) for 3.1 to 3.6 ms. Most of
// a letter's bytes are its font subsets, which are compressed once per
// glyph set and run (gopdf's subset cache), so they keep the default level
// 6: level 1 makes the letter 4 % larger (43,224 bytes) and saves nothing
// once cached; level 9 gives the same bytes as 6.
const contentLevel, fontLevel = 1, 6

// A renderer draws a document with gopdf, remembering the current font and
// colour so that it sets them only when they change.
type renderer struct {
	gp     *gopdf.GoPdf
	family map[*face]string // the gopdf family of each face added
	face   *face
	size   float64
	grey   bool
	fresh  bool // no font or colour set on this page yet
}

// Render draws the pages into a PDF document and returns its bytes. It
// does not check the document (see Check): a character no font has is set
// in the first font, which shows it as a blank or a box.
func (d *Document) Render() ([]byte, error) {
	gp := &gopdf.GoPdf{}
	gp.Start(gopdf.Config{Unit: gopdf.UnitPT, PageSize: gopdf.Rect{W: d.Width, H: d.Height}})
	// gopdf writes no date or ID of its own: the info below is all there is.
	gp.SetInfo(gopdf.PdfInfo{
		Title:        d.Title,
		Author:       d.Author,
		Creator:      d.Creator,
		CreationDate: d.CreationDate,
	})
	cl, fl := contentLevel, fontLevel
	if d.levels != nil {
		cl, fl = d.levels[0], d.levels[1]
	}
	gp.SetCompressLevel(cl)
	gp.SetFontCompressLevel(fl)
	r := &renderer{gp: gp, family: make(map[*face]string)}
	if err := r.addFonts(d); err != nil {
		return nil, err
	}
	for _, pg := range d.Pages {
		gp.AddPage()
		r.fresh = true
		for _, s := range pg.Spans {
			if err := r.text(d.Fonts, s); err != nil {
				return nil, err
			}
		}
		for _, p := range pg.Pictures {
			if err := r.picture(p); err != nil {
				return nil, err
			}
		}
		if len(pg.Rules) > 0 {
			gp.SetLineWidth(0.5)
			gp.SetStrokeColor(140, 140, 140)
			for _, ru := range pg.Rules {
				gp.Line(ru.X1, ru.Y1, ru.X2, ru.Y2)
			}
		}
	}
	var b bytes.Buffer
	if _, err := gp.WriteTo(&b); err != nil {
		return nil, fmt.Errorf("writing PDF: %w", err)
	}
	return b.Bytes(), nil
}

// addFonts embeds the faces the document uses, each once: gopdf subsets
// them to the glyphs drawn when it writes the document.
func (r *renderer) addFonts(d *Document) error {
	used := make(map[*face]bool)
	for _, pg := range d.Pages {
		for _, s := range pg.Spans {
			for _, run := range d.Fonts.runs(s) {
				used[run.face] = true
			}
		}
	}
	// Parsing a face for gopdf takes a millisecond or more
	// (BenchmarkParseFace), and the built-in faces are parsed when first
	// written: side by side.
	for f := range used {
		go f.pdf()
	}
	// In the order of the chain and of the styles, so that the same letter
	// always gives the same document.
	for _, font := range d.Fonts {
		for _, f := range font.faces {
			if _, ok := r.family[f]; ok || !used[f] {
				continue
			}
			if err := r.gp.AddTTFFontFromFontContainer(f.name, f.pdf()); err != nil {
				return fmt.Errorf("embedding font %q: %w", f.name, err)
			}
			r.family[f] = f.name
		}
	}
	return nil
}

// A run is a piece of a span set in one face.
type run struct {
	face *face
	text string
}

// runs splits a span into runs of the faces that set its characters. Nearly
// every span is one run, in the document's own font. A character no font has
// is set as its plain equivalent (see plain).
func (c Fonts) runs(s Span) []run {
	var runs []run
	add := func(f *face, text string) {
		if n := len(runs); n > 0 && runs[n-1].face == f {
			runs[n-1].text += text
			return
		}
		runs = append(runs, run{f, text})
	}
	start := 0
	var cur *face
	for i, r := range s.Text {
		f := c.face(s.Style, r)
		if f == nil {
			if i > start {
				add(cur, s.Text[start:i])
			}
			start = i + utf8.RuneLen(r)
			p := plain[r]
			if !c.hasPlain(s.Style, r) {
				p = string(r) // Check reports it
			}
			for _, pr := range p {
				pf := c.face(s.Style, pr)
				if pf == nil {
					pf = c[0].faces[s.Style]
				}
				add(pf, string(pr))
			}
			cur = nil
			continue
		}
		if f != cur && i > start {
			add(cur, s.Text[start:i])
			start = i
		}
		cur = f
	}
	if start < len(s.Text) {
		add(cur, s.Text[start:])
	}
	return runs
}

// text draws a span. gopdf fails on an empty string, so there are none.
func (r *renderer) text(fonts Fonts, s Span) error {
	if s.Text == "" {
		return nil
	}
	x := s.X
	if s.Right {
		x -= float64(fonts.width(s.Text, s.Style)) * s.Size / 1000
	}
	// A line is laid out in logical order and drawn in visual order: its
	// right-to-left runs reversed, each letter with its marks after it.
	// PDF readers put such runs back in logical order when they extract
	// text (pdftotext does); an /ActualText with the logical order makes
	// pdftotext reverse it once more, so there is none.
	switch {
	case s.RTL:
		s.Text = rtl.VisualRTL(s.Text)
	case rtl.HasRTL(s.Text):
		s.Text = rtl.Visual(s.Text)
	}
	for i, run := range fonts.runs(s) {
		if r.fresh || run.face != r.face || s.Size != r.size {
			if err := r.gp.SetFont(r.family[run.face], "", s.Size); err != nil {
				return fmt.Errorf("setting font %q: %w", r.family[run.face], err)
			}
			r.face, r.size = run.face, s.Size
		}
		if i == 0 && (r.fresh || s.Grey != r.grey) {
			if s.Grey {
				r.gp.SetTextColor(80, 80, 80)
			} else {
				r.gp.SetTextColor(0, 0, 0)
			}
			r.grey = s.Grey
		}
		r.fresh = false
		r.gp.SetXY(x, s.Y)
		if err := r.gp.Text(run.text); err != nil {
			return fmt.Errorf("drawing text %q: %w", run.text, err)
		}
		x += float64(run.face.width(run.text)) * s.Size / 1000
	}
	return nil
}

// picture draws an image scaled into its box.
func (r *renderer) picture(p Picture) error {
	h, err := gopdf.ImageHolderByBytes(p.Data)
	if err != nil {
		return fmt.Errorf("image %s: %w", p.Name, err)
	}
	if err := r.gp.ImageByHolder(h, p.X, p.Y, &gopdf.Rect{W: p.W, H: p.H}); err != nil {
		return fmt.Errorf("image %s: %w", p.Name, err)
	}
	return nil
}
