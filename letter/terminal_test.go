package letter_test

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/appeal-letters/appeal/letter"
)

// escape is any escape sequence, as a terminal would read it.
var escape = regexp.MustCompile(`\x1b(?:\[[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]?|\][^\x07\x1b]*(?:\x07|\x1b\\)?|.?)`)

// sgr is the only escape sequence the terminal printer may write: colour and emphasis.
var sgr = regexp.MustCompile(`^\x1b\[[0-9;:]*m$`)

var ansiCodes = regexp.MustCompile(`\x1b\[[0-9;:]*m`)

func printTerminal(t *testing.T, p *letter.Terminal, l *letter.Letter) string {
	t.Helper()
	var b bytes.Buffer
	if err := p.Print(&b, l); err != nil {
		t.Fatalf("Terminal.Print: %v", err)
	}
	return b.String()
}

// TestTerminalNoControlSequences builds letters whose text holds what a case
// file can never get through (the case reader rejects control characters)
// and what it can (HTML entities and markup naming them), and checks that
// the terminal printer writes no escape sequence but colours, and shows the
// text as written.
func TestTerminalNoControlSequences(t *testing.T) {
	hostile := []string{
		"\x1b[2J",                   // clear the screen
		"\x1b]0;pwned\x07",          // set the window title
		"\x1b]8;;http://x\x1b\\",    // a hyperlink
		"\x9b2J",                    // C1 CSI
		"&#27;[2J",                  // an entity an HTML renderer would decode
		"&#x1b;]0;t&#7;",            // the same in hex
		"<script>&lt;</script>",     // HTML
		"www.example.org :smile:",   // an autolink, an emoji
		"\\& *not bold* [a](b) `c`", // Markdown
	}
	for _, s := range hostile {
		l := composeFile(t, "../cases/djabbarbergenov.yaml")
		l.Sender.Name = "Org " + s
		l.Subject = "Subject " + s
		l.Recipient = append(l.Recipient, "Line "+s)
		l.Body = append(l.Body,
			&letter.Paragraph{Text: "Para " + s},
			&letter.Quote{Paragraphs: []string{"Quote " + s}, Source: "Source " + s},
			&letter.List{Ordered: true, Items: []string{"item " + s}},
		)
		for _, style := range []string{"dark", "light", "notty"} {
			out := printTerminal(t, &letter.Terminal{Width: 100, Style: style}, l)
			for _, seq := range escape.FindAllString(out, -1) {
				if !sgr.MatchString(seq) {
					t.Errorf("style %s, text %q: output has escape sequence %q", style, s, seq)
				}
			}
			plain := ansiCodes.ReplaceAllString(out, "")
			for _, r := range plain {
				if r < 0x20 && r != '\n' || r >= 0x7f && r <= 0x9f {
					t.Errorf("style %s, text %q: output has control character %U", style, s, r)
				}
			}
			// Text a case file can hold is shown as written.
			if !strings.ContainsAny(s, "\x1b\x9b") && !strings.Contains(plain, "Subject "+s) {
				t.Errorf("style %s: subject %q not shown as written in:\n%s", style, s, plain)
			}
		}
	}
}

func TestTerminalLayout(t *testing.T) {
	for _, width := range []int{40, 60, 80, 100, 132} {
		testTerminalLayout(t, width)
	}
}

func testTerminalLayout(t *testing.T, width int) {
	l := composeFile(t, "../cases/djabbarbergenov.yaml")
	out := printTerminal(t, &letter.Terminal{Width: width}, l)
	plain := ansiCodes.ReplaceAllString(out, "")
	for _, want := range []string{
		"\nMr Daulbayev\nProsecutor General of Kazakhstan\n", // address lines kept apart
		"│   No Contracting State shall expel",               // quotations set off
		"  1. to prevent the extradition",
	} {
		if !strings.Contains(plain, want) {
			t.Errorf("output lacks %q:\n%s", want, plain)
		}
	}
	if !strings.Contains(out, "\x1b[1;97mSubject: Appeal") {
		t.Errorf("subject is not bold:\n%q", out)
	}
	inQuote := false
	for i, line := range strings.Split(plain, "\n") {
		switch {
		case strings.HasPrefix(line, "│ "), line == "│":
			inQuote = true
		case inQuote && line != "":
			t.Errorf("width %d: line %d, in a quotation, has no bar: %q", width, i+1, line)
		default:
			inQuote = false
		}
		if n := len([]rune(line)); n > width {
			t.Errorf("width %d: line %d is %d columns: %q", width, i+1, n, line)
		}
		if strings.HasSuffix(line, " ") {
			t.Errorf("width %d: line %d ends in a space: %q", width, i+1, line)
		}
	}
}
