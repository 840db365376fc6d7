package letter

import (
	"bufio"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/appeal-letters/appeal/letter/internal/rtl"
)

// Markdown prints a Letter as CommonMark. Every string is escaped, so text
// from a case file is shown literally and never turns into markup.
type Markdown struct{}

// Print writes l to w.
func (p *Markdown) Print(w io.Writer, l *Letter) error {
	b := bufio.NewWriter(w)
	// paragraph writes escaped lines as one paragraph, joined by hard line
	// breaks; an empty line would end the paragraph, so it is left out.
	paragraph := func(ls []string) {
		ls = slices.DeleteFunc(ls, func(s string) bool { return s == "" })
		if len(ls) == 0 {
			return
		}
		b.WriteString(strings.Join(ls, "\\\n")) // "\" at the end of a line breaks it
		b.WriteString("\n\n")
	}
	lines := func(ls []string) {
		esc := make([]string, len(ls))
		for i, s := range ls {
			esc[i] = escapeMarkdown(s)
		}
		paragraph(esc)
	}
	head := letterheadLines(l.Sender)
	for i := range head {
		head[i] = escapeMarkdown(head[i])
	}
	if head[0] != "" {
		head[0] = "**" + head[0] + "**"
	}
	paragraph(head)
	b.WriteString("---\n\n")
	lines([]string{l.Date})
	lines(l.Recipient)
	if l.Reference != "" {
		lines([]string{l.labels().Reference + " " + l.Reference})
	}
	b.WriteString("**" + escapeMarkdown(l.labels().Subject+" "+l.Subject) + "**\n\n")
	lines([]string{l.Salutation})
	blocks := func(bs []Block) {
		for _, blk := range bs {
			switch blk := blk.(type) {
			case *Paragraph:
				lines([]string{blk.Text})
			case *Quote:
				for _, para := range blk.Paragraphs {
					b.WriteString("> " + escapeMarkdown(para) + "\n>\n")
				}
				if src := escapeMarkdown(blk.Source); src != "" {
					b.WriteString("> — *" + src + "*\n")
				}
				b.WriteString("\n")
			case *List:
				for i, item := range blk.Items {
					marker := "- "
					if blk.Ordered {
						marker = strconv.Itoa(i+1) + ". "
					}
					b.WriteString(marker + escapeMarkdown(item) + "\n")
				}
				b.WriteString("\n")
			}
		}
	}
	blocks(l.Body)
	if len(l.Signatures) == 0 {
		lines([]string{l.Closing, l.Sender.Name})
	} else {
		lines([]string{l.Closing})
		for _, s := range l.Signatures {
			lines([]string{s.Name, s.Role})
		}
		lines([]string{l.signer()})
	}
	if len(l.Enclosures) > 0 {
		lines(append([]string{l.labels().Enclosures}, l.Enclosures...))
	}
	if len(l.CC) > 0 {
		lines(append([]string{l.labels().CC}, l.CC...))
	}
	if len(l.Annex) > 0 {
		b.WriteString("---\n\n## " + escapeMarkdown(l.labels().Annex) + "\n\n")
		blocks(l.Annex)
	}
	if o := l.Original; o != nil {
		b.WriteString("---\n\n## " + escapeMarkdown(o.labels().Original) + "\n\n")
		if err := b.Flush(); err != nil {
			return err
		}
		return p.Print(w, o)
	}
	return b.Flush()
}

// escapeMarkdown escapes s so that CommonMark shows it literally, on a line
// of its own or after other text: every ASCII punctuation character that can
// start markup is backslash-escaped, and so is what would open a block at
// the start of a line (a heading, list item, quotation or rule).
func escapeMarkdown(s string) string {
	// Spaces at either end are not shown, and four at the start of a
	// paragraph would make it code.
	// Right-to-left words go between isolation marks, for a browser to
	// show them in order.
	s = rtl.Isolate(strings.TrimSpace(printable(s)))
	var b strings.Builder
	b.Grow(len(s) + 8)
	digits := 0 // leading digits, for "1." and "1)" list markers
	for i, r := range s {
		switch {
		case r == '\\' && i == len(s)-1:
			// A line's last backslash, escaped, would stand before the one
			// that breaks the line ("\\\\\\"), which goldmark misreads;
			// as a character reference it is unambiguous.
			b.WriteString("&#92;")
			continue
		case r < utf8.RuneSelf && markup[r]&escapeAnywhere != 0:
			b.WriteByte('\\')
		case i == 0 && r < utf8.RuneSelf && markup[r]&escapeFirst != 0:
			b.WriteByte('\\')
		case i == digits && digits > 0 && (r == '.' || r == ')'):
			b.WriteByte('\\')
		}
		if r >= '0' && r <= '9' && i == digits {
			digits++
		}
		if r < utf8.RuneSelf {
			b.WriteByte(byte(r))
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// markup marks the ASCII characters escapeMarkdown escapes: anywhere in
// the text, or at its start.
var markup = func() (m [utf8.RuneSelf]uint8) {
	for _, c := range "\\`*_[]<>!|~{}&" {
		m[c] |= escapeAnywhere
	}
	for _, c := range "#+-=:" {
		m[c] |= escapeFirst
	}
	return m
}()

const (
	escapeAnywhere = 1 << iota // escaped wherever it is
	escapeFirst                // escaped as the first character
)
