package main

import (
	"slices"
	"strings"

	"github.com/appeal-letters/appeal/cases"
	"github.com/appeal-letters/appeal/letter"
)

// parseLanguages reads --language: "ru,en" is the letter in Russian
// followed by its English original; "" is the case's own language.
func parseLanguages(s string) ([]string, error) {
	if s == "" {
		return nil, nil
	}
	var langs []string
	for _, part := range strings.Split(s, ",") {
		lang := strings.ToLower(strings.TrimSpace(part))
		if !slices.Contains(cases.Languages, lang) {
			return nil, usagef("--language: %q is not a language appeal writes: use %s", part, strings.Join(cases.Languages, ", "))
		}
		if slices.Contains(langs, lang) {
			return nil, usagef("--language: %s given twice", lang)
		}
		langs = append(langs, lang)
	}
	return langs, nil
}

// composeLanguages reads a case file and composes its letter in each
// language, returning them in order, with every warning.
func composeLanguages(app *App, path string, data *runData, langs []string) ([]*letter.Letter, diagnostics, error) {
	if len(langs) == 0 {
		l, ds, err := compose(app, path, data)
		if err != nil {
			return nil, nil, err
		}
		return []*letter.Letter{l}, ds, nil
	}
	c, ds := checkFile(path, data)
	if len(ds.Errors()) > 0 {
		return nil, nil, ds
	}
	var letters []*letter.Letter
	for _, lang := range langs {
		in := *c
		in.Letter.Language = lang
		if lang != c.Letter.Language {
			ls := in.CheckLanguage(lang)
			if len(ls.Errors()) > 0 {
				return nil, nil, ls
			}
			ds = append(ds, ls...)
		}
		l, err := letter.Compose(&in, letter.Options{Now: app.Now, Library: data.Library, Records: data.Records, Wording: data.Wording, SkipImages: data.SkipImages})
		if err != nil {
			return nil, nil, err
		}
		letters = append(letters, l)
	}
	return letters, ds, nil
}

// chain makes one document of letters in several languages: the first,
// followed by the others as its originals.
func chain(letters []*letter.Letter) *letter.Letter {
	for i := len(letters) - 1; i > 0; i-- {
		letters[i-1].Original = letters[i]
	}
	return letters[0]
}
