package letter

import (
	"bufio"
	"fmt"
	"io"
)

// Terminal prints a Letter styled for a terminal: the same page as Text,
// with the sender and subject in bold, quotations in italics behind a bar
// and their sources dimmed. The only escape sequences it writes are its own
// SGR codes (colour and emphasis), and a letter's strings hold no control
// characters (Compose removes them), so nothing in a letter can move the
// cursor, clear the screen or retitle the window.
//
// It styles the letter itself rather than rendering its Markdown with a
// library such as glamour: those bring syntax highlighters and width tables
// whose start-up alone costs appeal more than a whole letter takes.
type Terminal struct {
	// Width is the line width in columns; 0 means 80.
	Width int

	// Style is "dark" (the default, for a dark background), "light", or
	// "notty" (bold and italics, no colours).
	Style string
}

// sgrStyles are the SGR codes of each role, by style; "" leaves text as is.
var sgrStyles = map[string]map[role]string{
	"dark":  {roleStrong: "1;97", roleRule: "36", roleQuote: "3", roleSource: "2;3"},
	"light": {roleStrong: "1;30", roleRule: "34", roleQuote: "3", roleSource: "2;3"},
	"notty": {roleStrong: "1", roleQuote: "3", roleSource: "3"},
}

// Print writes l to w.
func (p *Terminal) Print(w io.Writer, l *Letter) error {
	style := p.Style
	if style == "" {
		style = "dark"
	}
	codes, ok := sgrStyles[style]
	if !ok {
		return fmt.Errorf("unknown terminal style %q: use dark, light or notty", style)
	}
	width := p.Width
	if width == 0 {
		width = 80
	}
	b := bufio.NewWriter(w)
	layOut(&textWriter{w: b, width: max(width, minWidth), style: func(r role, s string) string {
		if c := codes[r]; c != "" {
			return "\x1b[" + c + "m" + s + "\x1b[0m"
		}
		return s
	}}, l)
	return b.Flush()
}
