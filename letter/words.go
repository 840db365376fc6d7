package letter

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

var smallNumbers = [...]string{"zero", "one", "two", "three", "four", "five", "six",
	"seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
	"fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}

var tens = [...]string{"", "", "twenty", "thirty", "forty", "fifty", "sixty",
	"seventy", "eighty", "ninety"}

// spell writes n as a careful writer would in running text: in words below
// one hundred ("four", "twenty-five"), in figures from there on.
func spell(n int) string {
	switch {
	case n < 0 || n >= 100:
		return strconv.Itoa(n)
	case n < 20:
		return smallNumbers[n]
	case n%10 == 0:
		return tens[n/10]
	}
	return tens[n/10] + "-" + smallNumbers[n%10]
}

// count writes a number of things: "one child", "four children".
func count(n int, singular, plural string) string {
	if n == 1 {
		return spell(n) + " " + singular
	}
	return spell(n) + " " + plural
}

// join lists items as English prose: "a", "a and b", "a, b and c".
func join(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}

// capitalise upper-cases the first letter of s.
func capitalise(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}

// article returns "a" or "an" for the word that follows, by how it sounds:
// "an Uzbek", "an imam", but "a Ukrainian", "a European", "a Unitarian".
func article(word string) string {
	lower := strings.ToLower(word)
	for _, yoo := range []string{"eu", "uk", "ug", "ur", "uy", "uni", "use", "usu", "one"} {
		if strings.HasPrefix(lower, yoo) {
			return "a"
		}
	}
	r, _ := utf8.DecodeRuneInString(lower)
	if strings.ContainsRune("aeiou", r) {
		return "an"
	}
	return "a"
}

// lastWord is the last space-separated word of s.
func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

// clean makes a string safe to print anywhere: no control characters (which
// could drive a terminal), white space folded to single spaces.
func clean(s string) string {
	if isClean(s) {
		return s
	}
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\r':
			space = true
			continue
		case isControl(r):
			continue
		case r == utf8.RuneError:
			r = '\uFFFD'
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

func isClean(s string) bool {
	prevSpace := true
	for _, r := range s {
		if r == ' ' {
			if prevSpace {
				return false
			}
			prevSpace = true
			continue
		}
		prevSpace = false
		if isControl(r) || r == utf8.RuneError {
			return false
		}
	}
	return !prevSpace || s == ""
}

// printable removes what could drive a terminal or hide text: control
// characters and invisible direction overrides; a line break or tab becomes
// a space. Compose never lets them into a Letter; printers call it too, for
// letters built some other way.
func printable(s string) string {
	if !strings.ContainsFunc(s, isControl) {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\r' || r == '\t':
			return ' '
		case isControl(r):
			return -1
		}
		return r
	}, s)
}

// isControl reports a rune that could drive a terminal or hide text: a
// control character, a line or paragraph separator, a direction override.
func isControl(r rune) bool {
	return unicode.IsControl(r) || r == '\u2028' || r == '\u2029' ||
		(r >= '\u202A' && r <= '\u202E') || (r >= '\u2066' && r <= '\u2069')
}
