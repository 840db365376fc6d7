// Package typeset sets text and pictures on PDF pages: it loads TrueType
// fonts and measures text in a font with fallbacks for the characters it
// lacks, normalises text and shapes Arabic script, breaks paragraphs into
// lines and lines into pages (keeping a paragraph's first and last lines
// company), checks and re-encodes PNG and JPEG images, and writes pages of
// positioned text, pictures and rules as a PDF document with gopdf,
// right-to-left lines in visual order.
//
// It knows nothing of letters: what goes where on a page (letterhead,
// envelope window, signatures) is its caller's to decide, in points from
// the page's top-left corner.
package typeset
