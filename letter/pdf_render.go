package letter

import (
	"bytes"
	"fmt"

	"github.com/signintech/gopdf"
)

// Compression levels, chosen by measurement (the example case, two pages;
// CPU per letter from TestZZ-style runs of 1,000 letters, see the README):
// page content at level 1 gives 41,484 bytes for 1.6 ms of CPU; level 2
// 40,254 bytes (3 % smaller) for 1.75 ms; level 6 39,190 bytes (5.5 %
// smaller) for 2.6–3.0 ms. A letter's pages are mostly the font subsets,
// which are compressed once per glyph set and run (gopdf's subset cache), so
// they keep the default level 6: level 1 would make the file 4 % larger
// (43,240 bytes) and save nothing once cached; level 9 gives the same bytes.
const contentLevel, fontLevel = 1, 6

// A renderer draws a layout with gopdf, remembering the current font and
// colour so that it sets them only when they change.
type renderer struct {
	gp     *gopdf.GoPdf
	family [numStyles]string // the gopdf family of each style's face; "" until added
	st     style
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
	gp.SetCompressLevel(contentLevel)
	gp.SetFontCompressLevel(fontLevel)
	r := &renderer{gp: gp}
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
	var used [numStyles]bool
	for _, pg := range lo.pages {
		for _, s := range pg.spans {
			used[s.st] = true
		}
	}
	for st, f := range lo.font.faces {
		if !used[st] {
			continue
		}
		// A font loaded by LoadFont is one face for every style.
		for prev := range style(st) {
			if lo.font.faces[prev] == f && r.family[prev] != "" {
				r.family[st] = r.family[prev]
			}
		}
		if r.family[st] != "" {
			continue
		}
		r.family[st] = f.name
		if err := r.gp.AddTTFFontFromFontContainer(f.name, f.pdf); err != nil {
			return fmt.Errorf("embedding font %q: %w", f.name, err)
		}
	}
	return nil
}

// text draws a span. gopdf fails on an empty string, so there are none.
func (r *renderer) text(lo *layout, s span) error {
	if s.text == "" {
		return nil
	}
	if r.fresh || s.st != r.st || s.size != r.size {
		if err := r.gp.SetFont(r.family[s.st], "", s.size); err != nil {
			return fmt.Errorf("setting font %q: %w", r.family[s.st], err)
		}
		r.st, r.size = s.st, s.size
	}
	if r.fresh || s.grey != r.grey {
		if s.grey {
			r.gp.SetTextColor(80, 80, 80)
		} else {
			r.gp.SetTextColor(0, 0, 0)
		}
		r.grey = s.grey
	}
	r.fresh = false
	x := s.x
	if s.right {
		x -= lo.m.width(s.text, s.st, s.size)
	}
	r.gp.SetXY(x, s.y)
	if err := r.gp.Text(s.text); err != nil {
		return fmt.Errorf("drawing text %q: %w", s.text, err)
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
