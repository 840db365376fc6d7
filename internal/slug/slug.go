// Package slug makes the short ASCII names appeal gives output files:
// "Askar Daulbayev" → "askar-daulbayev", "Максет Джаббарбергенов" →
// "makset-dzhabbarbergenov".
//
// The one rule that keeps it simple: a slug is a pure function of its text,
// so a name gives the same file name on every machine and in every run.
package slug

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// MaxLen is the longest slug Make returns, in bytes; a longer one is cut at
// a word boundary where there is one.
const MaxLen = 40

// Make returns s as a slug: lower-case ASCII letters and digits, words
// joined by hyphens. Latin letters lose their accents (é → e, ß → ss),
// Cyrillic and Greek are transliterated, and what cannot be written in
// ASCII (Chinese, Arabic, …) is left out, so the slug may be empty; see
// Hash for a name to give it instead.
func Make(s string) string {
	var b strings.Builder
	hyphen := false
	write := func(t string) {
		if hyphen && b.Len() > 0 {
			b.WriteByte('-')
		}
		hyphen = false
		b.WriteString(t)
	}
	for _, r := range norm.NFKD.String(s) {
		switch {
		case r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			write(string(unicode.ToLower(r)))
		case unicode.Is(unicode.Mn, r):
			// An accent, split off by NFKD: é is e and U+0301.
		case latin[r] != "":
			write(latin[r])
		case cyrillic[unicode.ToLower(r)] != "":
			write(cyrillic[unicode.ToLower(r)])
		case greek[unicode.ToLower(r)] != "":
			write(greek[unicode.ToLower(r)])
		case r == '\'' || r == '’' || r == 'ʼ' || r == 'ʻ' || r == 'ь' || r == 'Ь' || r == 'ъ' || r == 'Ъ':
			// An apostrophe or a soft or hard sign joins what is around
			// it: "O'Brien" → "obrien", "Ильин" keeps one word.
		default:
			hyphen = true
		}
	}
	out := b.String()
	if len(out) > MaxLen {
		out = out[:MaxLen]
		if i := strings.LastIndexByte(out, '-'); i > MaxLen/2 {
			out = out[:i]
		}
		out = strings.TrimRight(out, "-")
	}
	return out
}

// Hash returns a short, stable fingerprint of s: six lower-case hex
// digits, the same for the same text in any normalisation form.
func Hash(s string) string {
	sum := sha256.Sum256([]byte(norm.NFC.String(s)))
	return hex.EncodeToString(sum[:3])
}

// latin are Latin letters that NFKD does not split into a letter and an
// accent.
var latin = map[rune]string{
	'ß': "ss", 'Æ': "ae", 'æ': "ae", 'Œ': "oe", 'œ': "oe", 'Ø': "o", 'ø': "o",
	'Đ': "d", 'đ': "d", 'Ł': "l", 'ł': "l", 'Þ': "th", 'þ': "th", 'Ð': "d", 'ð': "d",
	'ı': "i", 'Ħ': "h", 'ħ': "h", 'ŋ': "ng", 'Ŋ': "ng", 'ə': "a", 'Ə': "a",
}

// cyrillic transliterates lower-case Cyrillic letters as passports of
// Russia and Kazakhstan do (ICAO 9303), with the letters of Ukrainian,
// Belarusian, Kazakh, Kyrgyz, Uzbek and Tajik.
var cyrillic = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "e", 'ж': "zh",
	'з': "z", 'и': "i", 'й': "i", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o",
	'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u", 'ф': "f", 'х': "kh", 'ц': "ts",
	'ч': "ch", 'ш': "sh", 'щ': "shch", 'ы': "y", 'э': "e", 'ю': "iu", 'я': "ia",
	'є': "ie", 'і': "i", 'ї': "i", 'ґ': "g", 'ў': "u",
	'ә': "a", 'ғ': "g", 'қ': "q", 'ң': "n", 'ө': "o", 'ұ': "u", 'ү': "u", 'һ': "h",
	'ҳ': "h", 'ҷ': "j", 'ӣ': "i", 'ӯ': "u",
}

// greek transliterates lower-case Greek letters (ELOT 743, simplified).
var greek = map[rune]string{
	'α': "a", 'β': "v", 'γ': "g", 'δ': "d", 'ε': "e", 'ζ': "z", 'η': "i", 'θ': "th",
	'ι': "i", 'κ': "k", 'λ': "l", 'μ': "m", 'ν': "n", 'ξ': "x", 'ο': "o", 'π': "p",
	'ρ': "r", 'σ': "s", 'ς': "s", 'τ': "t", 'υ': "y", 'φ': "f", 'χ': "ch", 'ψ': "ps",
	'ω': "o",
}
