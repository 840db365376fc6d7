package letter

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"github.com/appeal-letters/appeal/letter/internal/rtl"
	"github.com/signintech/gopdf"
)

// Compression levels, chosen by measurement (BenchmarkCompression: the
// example case, two pages, CPU per letter of three runs): page content at
// level 1 gives 41,468 bytes for 1.4 to 1.6 ms; level 2 40,271 bytes (3 %
// smaller) for 1.5 to 1.8 ms; level 6 39,199 bytes (5.5 % smaller) for 3.1
// to 3.6 ms. Most of a letter's bytes are its font subsets, which are
// compressed once per glyph set and run (gopdf's subset cache), so they
// keep the default level 6: level 1 makes the letter 4 % larger (43,224
// bytes) and saves nothing once cached; level 9 gives the same bytes as 6.
const contentLevel, fontLevel = 1, 6

// A renderer draws a layout with gopdf, remembering the current font and
// colour so that it sets them only when they change.
type renderer struct {
	gp     *gopdf.GoPdf
	family map[*face]string // the gopdf family of each face added
	face   *face
	size   float64
	grey   bool
	fresh  bool // no font or colour set on this page yet
}

// render draws the pages into a PDF document and returns its bytes.
func (lo *layout) render() ([]byte, error) {
	g := lo.g
	gp := &gopdf.GoPdf{}
	gp.Start(gopdf.Config{Unit: gopdf.UnitPT, PageSize: gopdf.Rect{W: g.width, H: g.height}})
	// gopdf writes no date or ID of its own: the info below is all there is.
	gp.SetInfo(gopdf.PdfInfo{
		Title:        lo.l.Title,
		Author:       lo.l.Author,
		Creator:      lo.p.Creator,
		CreationDate: lo.p.CreationDate,
	})
	cl, fl := contentLevel, fontLevel
	if lo.p.levels != nil {
		cl, fl = lo.p.levels[0], lo.p.levels[1]
	}
	gp.SetCompressLevel(cl)
	gp.SetFontCompressLevel(fl)
	r := &renderer{gp: gp, family: make(map[*face]string)}
	if err := r.addFonts(lo); err != nil {
		return nil, err
	}
	for _, pg := range lo.pages {
		gp.AddPage()
		r.fresh = true
		for _, s := range pg.spans {
			if err := r.text(lo, s); err != nil {
				return nil, err
			}
		}
		for _, p := range pg.pictures {
			if err := r.picture(p); err != nil {
				return nil, err
			}
		}
		if len(pg.rules) > 0 {
			gp.SetLineWidth(0.5)
			gp.SetStrokeColor(140, 140, 140)
			for _, ru := range pg.rules {
				gp.Line(ru.x1, ru.y1, ru.x2, ru.y2)
			}
		}
	}
	var b bytes.Buffer
	if _, err := gp.WriteTo(&b); err != nil {
		return nil, fmt.Errorf("writing PDF: %w", err)
	}
	return b.Bytes(), nil
}

// addFonts embeds the faces the layout uses, each once: gopdf subsets them
// to the glyphs drawn when it writes the document.
func (r *renderer) addFonts(lo *layout) error {
	used := make(map[*face]bool)
	for _, pg := range lo.pages {
		for _, s := range pg.spans {
			for _, run := range lo.runs(s) {
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
	for _, font := range lo.fonts {
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
// every span is one run, in the letter's own font. A character no font has
// is set as its plain equivalent (see plain).
func (lo *layout) runs(s span) []run {
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
	for i, r := range s.text {
		f := lo.fonts.face(s.st, r)
		if f == nil {
			if i > start {
				add(cur, s.text[start:i])
			}
			start = i + utf8.RuneLen(r)
			p := plain[r]
			if !lo.fonts.hasPlain(s.st, r) {
				p = string(r) // check has reported it
			}
			for _, pr := range p {
				pf := lo.fonts.face(s.st, pr)
				if pf == nil {
					pf = lo.fonts[0].faces[s.st]
				}
				add(pf, string(pr))
			}
			cur = nil
			continue
		}
		if f != cur && i > start {
			add(cur, s.text[start:i])
			start = i
		}
		cur = f
	}
	if start < len(s.text) {
		add(cur, s.text[start:])
	}
	return runs
}

// text draws a span. gopdf fails on an empty string, so there are none.
func (r *renderer) text(lo *layout, s span) error {
	if s.text == "" {
		return nil
	}
	x := s.x
	if s.right {
		x -= lo.m.width(s.text, s.st, s.size)
	}
	// A line is laid out in logical order and drawn in visual order: its
	// right-to-left runs reversed, each letter with its marks after it.
	// PDF readers put such runs back in logical order when they extract
	// text (pdftotext does); an /ActualText with the logical order makes
	// pdftotext reverse it once more, so there is none.
	switch {
	case s.rtl:
		s.text = rtl.VisualRTL(s.text)
	case rtl.HasRTL(s.text):
		s.text = rtl.Visual(s.text)
	}
	for i, run := range lo.runs(s) {
		if r.fresh || run.face != r.face || s.size != r.size {
			if err := r.gp.SetFont(r.family[run.face], "", s.size); err != nil {
				return fmt.Errorf("setting font %q: %w", r.family[run.face], err)
			}
			r.face, r.size = run.face, s.size
		}
		if i == 0 && (r.fresh || s.grey != r.grey) {
			if s.grey {
				r.gp.SetTextColor(80, 80, 80)
			} else {
				r.gp.SetTextColor(0, 0, 0)
			}
			r.grey = s.grey
		}
		r.fresh = false
		r.gp.SetXY(x, s.y)
		if err := r.gp.Text(run.text); err != nil {
			return fmt.Errorf("drawing text %q: %w", run.text, err)
		}
		x += float64(run.face.width(run.text)) * s.size / 1000
	}
	return nil
}

// picture draws an image scaled into its box.
func (r *renderer) picture(p picture) error {
	h, err := gopdf.ImageHolderByBytes(p.img.Data)
	if err != nil {
		return fmt.Errorf("image %s: %w", p.img.Name, err)
	}
	if err := r.gp.ImageByHolder(h, p.x, p.y, &gopdf.Rect{W: p.w, H: p.h}); err != nil {
		return fmt.Errorf("image %s: %w", p.img.Name, err)
	}
	return nil
}
