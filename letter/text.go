package letter

import (
	"bufio"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"

	"github.com/appeal-letters/appeal/letter/internal/rtl"
)

// Text prints a Letter as plain text, laid out as on a printed page:
// letterhead, date on the right, the address block, wrapped paragraphs,
// indented quotations and room to sign.
type Text struct {
	// Width is the line width in columns; 0 means 72. A column is one
	// character of Latin, Cyrillic or Greek text; East Asian wide
	// characters take two.
	Width int
}

const defaultWidth = 72

// minWidth is the narrowest layout that still indents quotations sensibly.
const minWidth = 20

// Print writes l to w.
func (p *Text) Print(w io.Writer, l *Letter) error {
	width := p.Width
	if width == 0 {
		width = defaultWidth
	}
	b := bufio.NewWriter(w)
	layOut(&textWriter{w: b, width: max(width, minWidth)}, l)
	return b.Flush()
}

// layOut writes a letter as a page of text, in the roles a terminal styles.
func layOut(t *textWriter, l *Letter) {
	for i, line := range letterheadLines(l.Sender) {
		role := rolePlain
		if i == 0 {
			role = roleStrong
		}
		t.centre(line, role)
	}
	t.line("", roleRule, strings.Repeat("─", t.width))
	t.blank()
	t.right(l.Date)
	t.blank()
	for _, line := range l.Recipient {
		t.wrap(line, "", "  ", rolePlain)
	}
	t.blank()
	if l.Reference != "" {
		label := l.labels().Reference + " "
		t.wrap(label+l.Reference, "", strings.Repeat(" ", columns(label)), rolePlain)
		t.blank()
	}
	label := l.labels().Subject + " "
	t.wrap(label+l.Subject, "", strings.Repeat(" ", columns(label)), roleStrong)
	t.blank()
	t.wrap(l.Salutation, "", "", rolePlain)
	t.blank()
	t.blocks(l.Body)
	t.wrap(l.Closing, "", "", rolePlain)
	for _, line := range signatureLines(l) {
		t.wrap(line, "", "", rolePlain)
	}
	if len(l.Enclosures) > 0 {
		t.blank()
		t.listBlock(l.labels().Enclosures+" ", l.Enclosures)
	}
	if len(l.CC) > 0 {
		t.blank()
		t.listBlock(l.labels().CC+" ", l.CC)
	}
	if len(l.Annex) > 0 {
		t.blank()
		t.line("", roleRule, strings.Repeat("─", t.width))
		t.blank()
		t.wrap(l.labels().Annex, "", "", roleStrong)
		t.blank()
		t.blocks(l.Annex)
	}
	if o := l.Original; o != nil {
		t.blank()
		t.line("", roleRule, strings.Repeat("═", t.width))
		t.blank()
		t.wrap(o.labels().Original, "", "", roleStrong)
		t.blank()
		layOut(t, o)
	}
}

// blocks writes the paragraphs, quotations and lists of a letter's body
// or annex, each followed by a blank line.
func (t *textWriter) blocks(bs []Block) {
	for _, blk := range bs {
		switch blk := blk.(type) {
		case *Paragraph:
			t.wrap(blk.Text, "", "", rolePlain)
		case *Quote:
			for i, para := range blk.Paragraphs {
				if i > 0 {
					t.quoteBlank()
				}
				t.wrap(para, "    ", "    ", roleQuote)
			}
			t.quoteBlank()
			t.wrap("— "+blk.Source, "    ", "      ", roleSource)
		case *List:
			for i, item := range blk.Items {
				marker := "•"
				if blk.Ordered {
					marker = strconv.Itoa(i+1) + "."
				}
				first := "  " + marker + " "
				t.wrap(item, first, strings.Repeat(" ", columns(first)), rolePlain)
			}
		}
		t.blank()
	}
}

// letterheadLines are the lines of the letterhead, name first.
func letterheadLines(h Letterhead) []string {
	lines := []string{h.Name}
	lines = append(lines, h.Address...)
	return append(lines, h.Contact...)
}

// signatureLines are the lines after the closing: blank lines to sign in,
// then each signatory's name and role, then the organisation.
func signatureLines(l *Letter) []string {
	var lines []string
	if len(l.Signatures) == 0 {
		return []string{"", "", l.Sender.Name}
	}
	for _, s := range l.Signatures {
		lines = append(lines, "", "", "", s.Name)
		if s.Role != "" {
			lines = append(lines, s.Role)
		}
	}
	// A line apart, the organisation is all the signatories', not the
	// last one's affiliation.
	if name := l.signer(); name != "" {
		lines = append(lines, "", name)
	}
	return lines
}

// A role is what a piece of text is in the letter, for a terminal to style.
type role int

const (
	rolePlain  role = iota
	roleStrong      // the sender's name, the subject
	roleRule        // the line under the letterhead, a quotation's bar
	roleQuote       // quoted treaty text
	roleSource      // a quotation's source
)

// A textWriter writes wrapped lines. With style set, each line's text is
// styled by its role and quotations get a bar in the left margin; the
// layout, and so every word and line break, is the same either way.
type textWriter struct {
	w     *bufio.Writer
	width int
	style func(r role, s string) string // nil: plain text
}

// line writes one line: an indent, then text in a role. Right-to-left
// words are set between isolation marks, so that a terminal that lays
// them out shows them in order, and the line around them as it is.
func (t *textWriter) line(indent string, r role, text string) {
	text = rtl.Isolate(strings.TrimRight(text, " "))
	if t.style != nil && text != "" {
		if r == roleQuote || r == roleSource {
			// The bar replaces the first column of the quotation's indent.
			indent = t.style(roleRule, "│") + indent[min(1, len(indent)):]
		}
		text = t.style(r, text)
	} else if text == "" {
		indent = strings.TrimRight(indent, " ")
	}
	if indent == "" && (strings.HasPrefix(text, "::") || strings.HasPrefix(text, "##[")) {
		// A CI runner obeys a line that starts so as a workflow command,
		// as when a workflow prints a letter to its log.
		indent = " "
	}
	t.w.WriteString(indent)
	t.w.WriteString(text)
	t.w.WriteByte('\n')
}

func (t *textWriter) blank() { t.w.WriteByte('\n') }

// quoteBlank is a blank line inside a quotation: it keeps its bar.
func (t *textWriter) quoteBlank() {
	if t.style != nil {
		t.w.WriteString(t.style(roleRule, "│"))
	}
	t.w.WriteByte('\n')
}

func (t *textWriter) centre(s string, r role) {
	for _, l := range wrapText(printable(s), t.width, "", "") {
		t.line(strings.Repeat(" ", (t.width-columns(l))/2), r, l)
	}
}

func (t *textWriter) right(s string) {
	for _, l := range wrapText(printable(s), t.width, "", "") {
		t.line(strings.Repeat(" ", t.width-columns(l)), rolePlain, l)
	}
}

// wrap writes s wrapped, its first line after first and the others after rest.
func (t *textWriter) wrap(s, first, rest string, r role) {
	if s == "" {
		t.blank()
		return
	}
	for i, l := range wrapText(printable(s), t.width, first, rest) {
		indent := rest
		if i == 0 {
			indent = first
		}
		t.line(indent, r, strings.TrimPrefix(l, indent))
	}
}

// listBlock prints "label: item" with later items aligned under the first.
func (t *textWriter) listBlock(label string, items []string) {
	indent := strings.Repeat(" ", columns(label))
	for i, item := range items {
		first := indent
		if i == 0 {
			first = label
		}
		t.wrap(item, first, indent, rolePlain)
	}
}

// wrapText breaks s into lines of at most width columns, the first starting
// with first and the others with rest. Words break at spaces; a word longer
// than a line is cut.
func wrapText(s string, width int, first, rest string) []string {
	// The lines are written one after another into b, and cut apart at
	// the end: one allocation, not one a line.
	most := len(s)/max(width/2, 1) + 1 // lines, but for long words cut
	var b strings.Builder
	b.Grow(len(first) + len(s) + most*len(rest))
	ends := make([]int, 0, most) // where each line ends in b
	b.WriteString(first)
	cols := columns(first)
	empty := true // no word on the current line yet
	for text := s; text != ""; {
		var word string
		word, text, _ = strings.Cut(text, " ")
		if word == "" {
			continue
		}
		wc := columns(word)
		if !empty && cols+1+wc > width {
			ends = append(ends, b.Len())
			b.WriteString(rest)
			cols, empty = columns(rest), true
		}
		if !empty {
			b.WriteByte(' ')
			cols++
		}
		// Cut a word that does not fit on a line of its own.
		for cols+wc > width && wc > 0 {
			head, headCols := cutColumns(word, max(width-cols, 1))
			b.WriteString(head)
			word = word[len(head):]
			wc -= headCols
			ends = append(ends, b.Len())
			b.WriteString(rest)
			cols, empty = columns(rest), true
		}
		b.WriteString(word)
		cols += wc
		empty = empty && word == ""
	}
	if !empty || len(ends) == 0 {
		ends = append(ends, b.Len())
	}
	all := b.String()
	lines := make([]string, len(ends))
	start := 0
	for i, end := range ends {
		lines[i], start = all[start:end], end
	}
	return lines
}

// cutColumns returns the longest prefix of s that fits in n columns (at
// least one character, so cutting always makes progress).
func cutColumns(s string, n int) (string, int) {
	cols := 0
	for i, r := range s {
		w := runeWidth(r)
		if cols+w > n && i > 0 {
			return s[:i], cols
		}
		cols += w
	}
	return s, cols
}

// columns is the width of s on a terminal or in a fixed-width font.
func columns(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			// An ASCII character takes a column; the rest are looked up.
			return i + runeColumns(s[i:])
		}
	}
	return len(s)
}

func runeColumns(s string) int {
	n := 0
	for _, r := range s {
		n += runeWidth(r)
	}
	return n
}

func runeWidth(r rune) int {
	switch {
	case r < 0x300:
		return 1
	case unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf):
		return 0
	}
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 2
	}
	return 1
}
