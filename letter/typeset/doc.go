// Package typeset sets text and pictures on PDF pages. It loads TrueType
// fonts and measures text in a font with fallbacks for the characters it
// lacks; normalises text and shapes Arabic script; breaks paragraphs into
// lines and lines into pages, never leaving a paragraph's first or last
// line alone on a page; checks and re-encodes PNG and JPEG images; and
// writes pages of positioned text, pictures and rules as a PDF document
// with gopdf, right-to-left lines in visual order.
//
// It knows nothing of letters: what goes where on a page (a letterhead, an
// envelope window, signatures) is its caller's to decide, in points from
// the page's top-left corner. Nor does it do what a font's OpenType tables
// would ask for: there is no kerning, no ligature but Arabic lam-alef, no
// mark positioning, no hyphenation and no justification; lines are set
// flush left or flush right.
package typeset
