package letter

import (
	"bytes"
	"fmt"
	"io"
	"regexp"
	"strings"

	"charm.land/glamour/v2/ansi"
	glamourstyles "charm.land/glamour/v2/styles"
	"github.com/yuin/goldmark"
	gmrenderer "github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"
)

// Terminal prints a Letter styled for a terminal: its Markdown (see
// Markdown) set by glamour, the subject in bold and quotations set off.
// The output holds no escape sequences but colours and emphasis (SGR), so
// nothing in a letter can move the cursor, clear the screen or retitle the
// window, whatever glamour does with it.
type Terminal struct {
	// Width is the line width in columns; 0 means 80.
	Width int

	// Style is glamour's style: "dark" (the default), "light" or "notty"
	// (emphasis without colours).
	Style string
}

// Print writes l to w.
func (p *Terminal) Print(w io.Writer, l *Letter) error {
	var src bytes.Buffer
	if err := (&Markdown{}).Print(&src, l); err != nil {
		return err
	}
	width := p.Width
	if width == 0 {
		width = 80
	}
	style := p.Style
	if style == "" {
		style = "dark"
	}
	base, ok := glamourstyles.DefaultStyles[style]
	if !ok {
		return fmt.Errorf("unknown terminal style %q: use dark, light or notty", style)
	}
	width = max(width, minWidth)
	styles := letterStyle(style, *base, width)
	// glamour's own renderer turns on GitHub's extensions, whose autolinks
	// would print "www.example.org" as "http://www.example.org"; the
	// letter's Markdown is plain CommonMark, so plain goldmark reads it.
	md := goldmark.New(goldmark.WithRenderer(gmrenderer.NewRenderer(
		gmrenderer.WithNodeRenderers(util.Prioritized(ansi.NewRenderer(ansi.Options{
			WordWrap:         width,
			PreserveNewLines: true, // for the lines of an address
			Styles:           styles,
		}), 1000)),
	)))
	var out bytes.Buffer
	if err := md.Convert(entities(src.Bytes()), &out); err != nil {
		return err
	}
	_, err := w.Write(trimLines(onlySGR(out.Bytes())))
	return err
}

// letterStyle adapts a glamour style to a letter: text one column in from
// a one-column margin, with a quotation's bar hanging in that margin, and
// the rule under the letterhead as wide as the text. (glamour counts each
// unit of a quotation's indent as one column, so its bar must be one
// column wide, "│" rather than "│ ", or quoted lines come out too long and
// wrap without their bar.)
func letterStyle(name string, s ansi.StyleConfig, width int) ansi.StyleConfig {
	one := uint(1)
	bar := "│"
	s.Document.Margin = &one
	s.Paragraph.Margin = &one
	s.List.Margin = &one
	s.BlockQuote.Indent = &one
	s.BlockQuote.IndentToken = &bar
	rule := "─"
	if name == "notty" || name == "ascii" { // keep to ASCII
		rule, bar = "-", "|"
	}
	s.HorizontalRule.Format = "\n " + strings.Repeat(rule, width-4) + "\n"
	return s
}

// entities rewrites the Markdown printer's escaped "\&" as "&amp;": glamour
// prints the source of a text with its HTML entities decoded, so "\&amp;"
// would show as "\&", and "\&#27;" as a backslash and an ESC.
func entities(md []byte) []byte {
	out := make([]byte, 0, len(md)+64)
	for i := 0; i < len(md); i++ {
		if md[i] == '\\' && i+1 < len(md) {
			if md[i+1] == '&' {
				out = append(out, "&amp;"...)
			} else {
				out = append(out, md[i], md[i+1])
			}
			i++
			continue
		}
		out = append(out, md[i])
	}
	return out
}

// trailing is what glamour pads a line with to the full width: spaces, each
// in its own colour.
var trailing = regexp.MustCompile(`(?:\x1b\[[0-9;:]*m| )+$`)

// trimLines drops the padding at the end of each line, so that copied text
// has no trailing spaces, closing the line's last colour.
func trimLines(b []byte) []byte {
	lines := bytes.Split(b, []byte("\n"))
	for i, l := range lines {
		l = trailing.ReplaceAll(l, nil)
		if bytes.ContainsRune(l, 0x1b) {
			l = append(l, "\x1b[m"...)
		}
		lines[i] = l
	}
	return bytes.Join(lines, []byte("\n"))
}

// onlySGR returns b without any control character but newline and tab,
// and without any escape sequence but SGR ("ESC [ params m": colour and
// emphasis). The letter's own text has no control characters (composing
// removes them); this makes sure of what the renderer adds.
func onlySGR(b []byte) []byte {
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); {
		c := b[i]
		switch {
		case c == 0x1b:
			n := escapeLen(b[i:])
			if isSGR(b[i : i+n]) {
				out = append(out, b[i:i+n]...)
			}
			i += n
		case c < 0x20 && c != '\n' && c != '\t', c == 0x7f:
			i++
		case c == 0xc2 && i+1 < len(b) && b[i+1] >= 0x80 && b[i+1] <= 0x9f: // C1 controls, U+0080–U+009F
			i += 2
		default:
			out = append(out, c)
			i++
		}
	}
	return out
}

// escapeLen returns the length of the escape sequence at the start of b,
// which starts with ESC: a CSI sequence up to its final byte, a string
// sequence (OSC, DCS, …) up to its terminator, else ESC and one byte.
func escapeLen(b []byte) int {
	if len(b) < 2 {
		return len(b)
	}
	switch b[1] {
	case '[':
		for j := 2; j < len(b); j++ {
			if b[j] >= 0x40 && b[j] <= 0x7e {
				return j + 1
			}
		}
		return len(b)
	case ']', 'P', 'X', '^', '_':
		for j := 2; j < len(b); j++ {
			if b[j] == 0x07 {
				return j + 1
			}
			if b[j] == 0x1b && j+1 < len(b) && b[j+1] == '\\' {
				return j + 2
			}
		}
		return len(b)
	}
	return 2
}

// isSGR reports whether seq is "ESC [ params m" with params only digits, ';'
// and ':'.
func isSGR(seq []byte) bool {
	if len(seq) < 3 || seq[1] != '[' || seq[len(seq)-1] != 'm' {
		return false
	}
	for _, c := range seq[2 : len(seq)-1] {
		if (c < '0' || c > '9') && c != ';' && c != ':' {
			return false
		}
	}
	return true
}
