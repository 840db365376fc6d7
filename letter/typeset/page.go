package typeset

// A Span is a piece of text on a page: X is its left edge and Y its
// baseline, in points from the page's top-left corner (relative to the
// line's top while it is in a Line).
type Span struct {
	X, Y  float64
	Style Style
	Size  float64 // in points
	Grey  bool
	Text  string // in logical order, normalised and shaped (see Shape)
	Right bool   // X is the right edge: the text is set flush right
	RTL   bool   // a line of a right-to-left paragraph: its neutrals take the paragraph's side
}

// A Picture is an image scaled into a box on a page, in points.
type Picture struct {
	X, Y, W, H float64
	Name       string // the image's file, for messages
	Data       []byte // PNG or JPEG, as CheckImage returns it
}

// A Rule is a thin grey line, in points from the page's top-left corner.
type Rule struct{ X1, Y1, X2, Y2 float64 }

// A Page is everything drawn on one page, in reading order.
type Page struct {
	Spans    []Span
	Pictures []Picture
	Rules    []Rule
}

// A Line is one line of flowing text, which Paginate places on a page.
type Line struct {
	Before   float64 // space above, dropped at the top of a page
	Height   float64 // from the line's top to the next line's top
	Spans    []Span
	Pictures []Picture
	Keep     bool // no page break before this line
	NewPage  bool // a page break before this line, always
}

// Paginate places lines on pages: on first from top down to bottom, and on
// later pages, each a copy of cont's spans and rules, from contTop. It
// breaks a page before the last line that allows it, and where no line
// does (something taller than a page that must stay together), where the
// page is full. It returns at least one page.
func Paginate(lines []Line, first *Page, top, bottom float64, cont *Page, contTop float64) []*Page {
	var pages []*Page
	pg := first
	for start := 0; start < len(lines); {
		y, end := top, start
		for ; end < len(lines); end++ {
			ln := lines[end]
			before := ln.Before
			if end == start {
				before = 0
			}
			if end > start && (ln.NewPage || y+before+ln.Height > bottom) {
				break
			}
			y += before + ln.Height
		}
		if end < len(lines) && !lines[end].NewPage {
			j := end
			for j > start && lines[j].Keep {
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
				y += ln.Before
			}
			for _, s := range ln.Spans {
				s.Y += y
				pg.Spans = append(pg.Spans, s)
			}
			for _, p := range ln.Pictures {
				p.Y += y
				pg.Pictures = append(pg.Pictures, p)
			}
			y += ln.Height
		}
		pages = append(pages, pg)
		start = end
		if start < len(lines) {
			pg = &Page{
				Spans: append([]Span(nil), cont.Spans...),
				Rules: append([]Rule(nil), cont.Rules...),
			}
			top = contTop
		}
	}
	if len(pages) == 0 {
		pages = append(pages, pg)
	}
	return pages
}
