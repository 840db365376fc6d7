package safe

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// MaxText is how many characters of one value Text keeps: enough for any
// file name or field a message needs to show, short enough that a value of a
// megabyte does not fill the terminal.
const MaxText = 200

// MaxLine is how many characters of one line Line keeps.
const MaxLine = 1000

// Text returns s fit to print inside a message: control characters, escape
// sequences, bidirectional overrides, line breaks and invalid UTF-8 shown as
// Go escapes (\x1b, \n, \u202e), GitHub workflow commands defused, and the
// whole cut to MaxText characters with "…".
func Text(s string) string {
	return clean(s, MaxText)
}

// Line returns one line of a message fit to print, as Text does but cut
// at MaxLine characters; a line that would start with "::" or "##[" (a
// workflow command) is indented by one space.
func Line(s string) string {
	s = clean(s, MaxLine)
	if strings.HasPrefix(s, "::") || strings.HasPrefix(s, "##[") {
		s = " " + s
	}
	return s
}

// Lines returns text of several lines fit to print as a command's output:
// each line as Line makes it, but not cut, and with its tabs kept.
func Lines(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		parts := strings.Split(l, "\t")
		for j, p := range parts {
			parts[j] = clean(p, len(p)+1)
		}
		l = strings.Join(parts, "\t")
		if strings.HasPrefix(l, "::") || strings.HasPrefix(l, "##[") {
			l = " " + l
		}
		lines[i] = l
	}
	return strings.Join(lines, "\n")
}

// Cut returns s cut to at most n characters, the last of them "…".
func Cut(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i, count := 0, 0
	for i = range s {
		if count == n-1 {
			break
		}
		count++
	}
	return s[:i] + "…"
}

// clean escapes what a terminal or a CI runner would obey and cuts the
// result at max characters. Its cost is linear in len(s) however short
// max is: it stops reading at the cut.
func clean(s string, max int) string {
	var b strings.Builder
	count := 0
	for i := 0; i < len(s); {
		if count >= max {
			// Drop the last character for the ellipsis.
			str := b.String()
			_, size := utf8.DecodeLastRuneInString(str)
			return str[:len(str)-size] + "…"
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteString(`\x` + strconv.FormatUint(uint64(s[i])|0x100, 16)[1:])
		case Unsafe(r):
			q := strconv.QuoteRuneToASCII(r)
			b.WriteString(q[1 : len(q)-1])
		case r == '[' && strings.HasSuffix(b.String(), "##"):
			// The runner obeys "##[command]" anywhere in a line.
			b.WriteString(`\[`)
		default:
			b.WriteRune(r)
		}
		count++
		i += size
	}
	return b.String()
}

// Unsafe reports whether r must not reach a terminal as it is: a control
// character (C0, DEL, C1), a line or paragraph separator, or a character
// that changes the direction of the text around it.
func Unsafe(r rune) bool {
	switch {
	case r < 0x20, r >= 0x7F && r <= 0x9F:
		return true
	case r == '\u061C', r == '\u200E', r == '\u200F', r == '\u2028', r == '\u2029':
		return true
	case r >= '\u202A' && r <= '\u202E', r >= '\u2066' && r <= '\u2069':
		return true
	}
	return false
}
