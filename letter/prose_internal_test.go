package letter

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"
)

// textHonorific is what honorificsInText finds, as a regular expression.
var textHonorific = regexp.MustCompile(`\b([mM]rs|[mM]r|[mM]s|[dD]r|Fr|Prof|Revd|Rev)(\.?)(\s+(?:\p{Lu}|and\s|&))`)

// honorificsByRegexp is honorificsInText written with textHonorific.
func honorificsByRegexp(s string) string {
	return textHonorific.ReplaceAllStringFunc(s, func(m string) string {
		sm := textHonorific.FindStringSubmatch(m)
		if next := strings.TrimSpace(sm[3]); (next == "and" || next == "&") && unicode.IsLower(rune(sm[1][0])) {
			return m
		}
		return capitalise(sm[1]) + sm[3]
	})
}

var honorificTexts = []string{
	"", "Mr", "Mr.", "Mr. ", "Mr. X", "mr. rezaie", "mr rezaie", "mr Rezaie", "Mr. Rezaie and mrs. Rezaie",
	"Mr. and Mrs. Rezaie", "mr. and mrs. Rezaie", "mr & Mrs Smith", "Mr & Mrs Smith", "5 ms and then", "5 ms & then",
	"Ms.Ávila", "Ms. Ávila", "ms.\tÁvila", "dr.  \n Doe", "Dr.X", "Drs. Doe", "Dr Doe", "Fr. Ivan", "fr. Ivan",
	"Prof. Sen", "Prof Sen", "Revd. Kim", "Rev. Kim", "Revd Kim", "Reverend Kim", "Mrs.Smith", "Mrsmith Smith",
	"Hmr. Smith", "_Mr. Smith", "1Mr. Smith", "éMr. Smith", "«Mr. Smith»", "(mr. Smith)", "Mr. and", "Mr. andy",
	"Mr. and\tthen", "mr. and\tthen", "Mr.. Smith", "Mr. . Smith", "Mr.\u00a0Smith", "Mr. émile", "Mr. Émile",
	"Mr. Mr. Smith", "mr. mr. Smith", "Dr. Dr. Doe", "ms and Mr. X", "mr. & Mr. X", "Mr. 1", "Mr \fX",
}

func TestHonorificsInText(t *testing.T) {
	texts := honorificTexts
	// Every line of the example cases and of the letters written from them.
	for _, glob := range []string{"../cases/*.yaml", "testdata/golden/*"} {
		files, _ := filepath.Glob(glob)
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				continue
			}
			texts = append(texts, strings.Split(string(data), "\n")...)
		}
	}
	for _, s := range texts {
		if got, want := honorificsInText(s), honorificsByRegexp(s); got != want {
			t.Errorf("honorificsInText(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzHonorificsInText(f *testing.F) {
	for _, s := range honorificTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := honorificsInText(s), honorificsByRegexp(s); got != want {
			t.Errorf("honorificsInText(%q) = %q, want %q", s, got, want)
		}
	})
}
