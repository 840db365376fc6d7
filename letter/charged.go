package letter

import (
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	ru "github.com/appeal-letters/appeal/letter/wording"
)

// chargedAtHome reports charges under the holding state's law: a code
// that names the holding state ("Criminal Code of the Republic of
// Kazakhstan", "Kazakh Criminal Code", «Уголовного кодекса Республики
// Казахстан») and not the destination.
func (w *writer) chargedAtHome() bool {
	c := w.c
	holding, destination := w.stateWords(c.HoldingState), w.stateWords(c.Destination())
	for _, ch := range c.Charges {
		if namesState(ch.Code, holding) && !namesState(ch.Code, destination) {
			return true
		}
	}
	return false
}

// stateWords are the words that name a state: those of its UN name and
// of the case's spelling, and of its Russian name in every case.
func (w *writer) stateWords(name string) []string {
	if name == "" {
		return nil
	}
	names := []string{name}
	if st, ok := w.opt.Records.State(name); ok {
		names = append(names, st.Name)
		if r, ok := ru.RuStateNamed(st.Name); ok {
			names = append(names, r.Forms[:]...)
		}
	}
	var words []string
	for _, n := range names {
		for _, word := range strings.FieldsFunc(n, func(r rune) bool { return !unicode.IsLetter(r) }) {
			if len([]rune(word)) >= 4 && unicode.IsUpper([]rune(word)[0]) && !genericStateWord[strings.ToLower(word)] {
				words = append(words, word)
			}
		}
	}
	return words
}

// genericStateWord are the words of states' names that name no state of
// their own: "Republic", «Республики».
var genericStateWord = map[string]bool{
	"republic": true, "federation": true, "kingdom": true, "state": true, "states": true, "united": true,
	"democratic": true, "islamic": true, "people's": true, "arab": true, "plurinational": true, "bolivarian": true,
	"federal": true, "socialist": true, "union": true, "northern": true,
}

// namesState reports a text with a word that names one of the state's
// words, or is its adjective: "Uzbek" for "Uzbekistan", "Chinese" for
// "China", "Turkish" for "Turkey", "Iranian" for "Iran"; not
// "Austrian" for "Australia". Russian forms match whole.
func namesState(text string, words []string) bool {
	for _, tw := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		for _, sw := range words {
			if tw == sw || adjectiveOf(tw, sw) {
				return true
			}
		}
	}
	return false
}

// adjectiveOf reports whether word is the adjective of a state's name
// word: one is the start of the other ("Uzbek", "Iranian"), or they share
// all but the last two letters of the shorter, at least four ("Chinese",
// "Turkish").
func adjectiveOf(word, name string) bool {
	a, b := []rune(unaccented(word)), []rune(unaccented(name))
	if len(a) < 4 || len(b) < 4 || unicode.Is(unicode.Cyrillic, a[0]) {
		return false
	}
	common := 0
	for common < len(a) && common < len(b) && a[common] == b[common] {
		common++
	}
	shorter := min(len(a), len(b))
	return common == shorter || common >= 4 && common >= shorter-2
}

// unaccented is s without its accents: "Turkiye" for "Türkiye".
func unaccented(s string) string {
	for _, r := range s {
		if r >= 0x80 {
			t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
			s, _, _ = transform.String(t, s)
			return s
		}
	}
	return s
}
