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

// lowerFirst lower-cases the first letter of s.
func lowerFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToLower(r)) + s[size:]
}

// capitalise upper-cases the first letter of s.
func capitalise(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}

// article returns "a" or "an" for the words that follow, by how the first
// of them sounds: "an Uzbek", "an imam", "an hour", "an NGO", "an 8-year-old",
// but "a Ukrainian", "a European", "a UN interpreter", "a one-off".
func article(words string) string {
	first := words
	if i := strings.IndexFunc(words, func(r rune) bool { return r == ' ' || r == '-' || r == '/' || r == '\u00a0' }); i > 0 {
		first = words[:i]
	}
	if a, ok := spokenAsWords[first]; ok {
		return a
	}
	switch {
	case first == "":
		return "a"
	case first[0] >= '0' && first[0] <= '9':
		return numberArticle(first)
	case isInitialism(first):
		// Said letter by letter: "an NGO" (en-), "a UN" (you-).
		if strings.ContainsRune("AEFHILMNORSX", rune(first[0])) {
			return "an"
		}
		return "a"
	}
	lower := strings.ToLower(words)
	for _, p := range anPrefixes {
		if strings.HasPrefix(lower, p) {
			return "an"
		}
	}
	for _, p := range aPrefixes {
		if strings.HasPrefix(lower, p) {
			return "a"
		}
	}
	r, _ := utf8.DecodeRuneInString(lower)
	if strings.ContainsRune("aeiouàáâäåæèéêëìíîïòóôöøùúûü", r) {
		return "an"
	}
	return "a"
}

// anPrefixes begin words said with a vowel although written with a
// consonant (a silent h) or with a vowel said as such where aPrefixes
// would otherwise match.
var anPrefixes = []string{"hour", "honest", "honor", "honour", "heir", "unin", "unim", "unid"}

// aPrefixes begin words written with a vowel but said with a consonant:
// "you" (Ukrainian, European, Uyghur, union, user), "w" (one, once).
var aPrefixes = []string{"eu", "ewe", "uk", "ug", "uru", "uri", "ura", "uro", "uy", "uni", "use", "usu", "usa", "uti", "uto", "ute", "uig", "one", "once", "ouija"}

// spokenAsWords are capitalised abbreviations said as words, not letter by
// letter, with the article each takes: "a NATO official", "an UNRWA school".
var spokenAsWords = map[string]string{"NATO": "a", "UNESCO": "a", "UNICEF": "a", "UNRWA": "an", "NASA": "a",
	"FIFA": "a", "INTERPOL": "an", "ASEAN": "an", "OPEC": "an", "AIDS": "an", "ISIS": "an", "SWAPO": "a",
	"UEFA": "a", "UNAIDS": "a", "UNITA": "a"}

// isInitialism reports an abbreviation said letter by letter: two or more
// capitals (plural "s" allowed), and not one of spokenAsWords.
func isInitialism(w string) bool {
	w = strings.TrimSuffix(w, "s")
	if _, word := spokenAsWords[w]; len(w) < 2 || word {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// numberArticle is the article before a number written in figures: "an 8",
// "an 11-year-old", "an 18", "an 80", "an 800", but "a 1", "a 110".
func numberArticle(s string) string {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	digits := s[:n]
	switch {
	case digits[0] == '8':
		return "an"
	case (n == 2 || n == 5) && (digits[:2] == "11" || digits[:2] == "18"):
		// eleven, eighteen; eleven thousand, eighteen thousand
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
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); {
		// ASCII a byte at a time: nearly all of a template's output.
		if c := s[i]; c < utf8.RuneSelf {
			i++
			switch {
			case c == ' ' || c == '\t' || c == '\n' || c == '\r':
				space = true
				continue
			case c < ' ' || c == 0x7F:
				continue
			}
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteByte(c)
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
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

// oneStop drops the full stop a sentence of the wording adds after a
// value that already ends one: "etc..", "…“Group 24.”.", "card....", "?.".
// An ellipsis "..." is left as it is, and so is a stop after a bracket or
// Russian quotes: "(… 1998 г.)." and "«… и т. д.»." keep theirs.
func oneStop(s string) string {
	if !strings.Contains(s, "..") && !strings.Contains(s, "”.") && !strings.Contains(s, "\".") &&
		!strings.Contains(s, "….") && !strings.Contains(s, "?.") && !strings.Contains(s, "!.") &&
		!strings.Contains(s, "’.") && !strings.Contains(s, "'.") {
		return s
	}
	var b strings.Builder
	for i, r := range s {
		if r == '.' && (i+1 == len(s) || s[i+1] == ' ' || s[i+1] == '\n') && secondStop(s[:i]) {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// secondStop reports whether a full stop after before would be a second
// one: before ends with one stop or four ("etc.", "card..."'s fourth is
// not), or with "?", "!" or "…", perhaps inside one closing quote.
func secondStop(before string) bool {
	dots := len(before) - len(strings.TrimRight(before, "."))
	switch dots {
	case 1, 3:
		return true
	case 0:
	default:
		return false
	}
	r, size := utf8.DecodeLastRuneInString(before)
	switch r {
	case '?', '!', '…':
		return true
	case '”', '’', '"', '\'':
		inner := before[:len(before)-size]
		r, _ := utf8.DecodeLastRuneInString(inner)
		return r == '.' || r == '?' || r == '!' || r == '…'
	}
	return false
}

// prose is a case's text made to match the letter's own typography:
// cleaned as clean does, an honorific in the undotted British form the
// letter uses ("Mr. Rezaie" and "mr Rezaie" are "Mr Rezaie"), and
// straight double quotes curly (“…”). Treaty texts are quoted verbatim and
// never pass through here.
func prose(s string) string {
	s = clean(s)
	if strings.ContainsAny(s, "mMdDFPR") {
		s = honorificsInText(s)
	}
	if strings.Contains(s, `"`) {
		s = curlyQuotes(s)
	}
	return s
}

// honorificsInText writes an honorific before a name in running text,
// given with a full stop or in lower case ("Mr. ", "mr ", "dr. ", "Fr. "),
// as the letter does ("Mr "). It finds what the regular expression
//
//	\b([mM]rs|[mM]r|[mM]s|[dD]r|Fr|Prof|Revd|Rev)(\.?)(\s+(?:\p{Lu}|and\s|&))
//
// matches, by hand (TestHonorificsInText holds the two equal): the
// expression, tried at every position of every paragraph, took a sixth of
// composing a letter.
func honorificsInText(s string) string {
	var b strings.Builder
	done := 0 // s[:done] is in b
	for i := 0; i < len(s); i++ {
		if i > 0 && isWordByte(s[i-1]) {
			continue
		}
		title := textHonorificAt(s[i:])
		if title == "" {
			continue
		}
		j := i + len(title)
		if j < len(s) && s[j] == '.' {
			j++
		}
		k := j
		for k < len(s) && isSpaceByte(s[k]) {
			k++
		}
		if k == j || k == len(s) {
			continue
		}
		var end int
		name := true // what follows may be a name: not "and" or "&" after a lower-case title
		switch r, size := utf8.DecodeRuneInString(s[k:]); {
		case unicode.IsUpper(r):
			end = k + size
		case r == '&':
			end, name = k+1, false
		case strings.HasPrefix(s[k:], "and") && k+3 < len(s) && isSpaceByte(s[k+3]):
			end, name = k+4, false
		default:
			continue
		}
		start := i
		i = end - 1
		if !name && unicode.IsLower(rune(title[0])) {
			continue // "5 ms and then": not a name
		}
		b.WriteString(s[done:start])
		b.WriteString(capitalise(title))
		done = j
	}
	if done == 0 {
		return s
	}
	b.WriteString(s[done:])
	return b.String()
}

// textHonorificAt is the honorific s starts with, of those
// honorificsInText writes, the longest: "Mrs" rather than "Mr".
func textHonorificAt(s string) string {
	if s == "" || !strings.ContainsRune("MmDdFPR", rune(s[0])) {
		return ""
	}
	for _, t := range []string{"Mrs", "mrs", "Mr", "mr", "Ms", "ms", "Dr", "dr", "Fr", "Prof", "Revd", "Rev"} {
		if strings.HasPrefix(s, t) {
			return t
		}
	}
	return ""
}

// isWordByte is what \b in a regular expression counts as a word
// character: an ASCII letter, digit or underscore.
func isWordByte(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// isSpaceByte is what \s in a regular expression matches.
func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// honorific is an honorific field in the letter's form: "Mr.", "Mrs.",
// "Ms.", "Dr.", "Fr.", "Prof." and "Rev." lose their full stop, in
// British usage, as in "H.E. Mr. Phumtham" (whose "H.E." is kept).
func honorific(h string) string {
	h = clean(h)
	if !strings.Contains(h, ".") {
		return h
	}
	words := strings.Fields(h)
	for i, w := range words {
		switch strings.ToLower(w) {
		case "mr.", "mrs.", "ms.", "dr.", "fr.", "prof.", "rev.", "revd.":
			words[i] = strings.TrimSuffix(w, ".")
		}
	}
	return strings.Join(words, " ")
}

// curlyQuotes turns the straight double quotes of a text into curly ones,
// where they pair up: a quote after a space, an opening bracket or a dash,
// or at the start, opens; any other closes. Quotes that do not pair up are
// left as the user wrote them.
func curlyQuotes(s string) string {
	var b strings.Builder
	open := false
	prev := ' '
	for _, r := range s {
		if r != '"' {
			b.WriteRune(r)
			prev = r
			continue
		}
		opens := unicode.IsSpace(prev) || strings.ContainsRune("([{‘“—–/-", prev)
		if opens == open {
			return s // two opening or two closing quotes in a row
		}
		open = opens
		if opens {
			b.WriteString("“")
		} else {
			b.WriteString("”")
		}
		prev = r
	}
	if open {
		return s
	}
	return b.String()
}
