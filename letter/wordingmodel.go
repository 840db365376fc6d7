package letter

import (
	"bytes"
	"fmt"
	"io/fs"
	"reflect"
	"slices"
	"strings"
	"time"

	"github.com/appeal-letters/appeal/cases"
)

// WordingData returns, for each language and paragraph, the type of the
// data the paragraph receives: what 'appeal wording list' shows. It is
// found by composing the example cases, in every language they have
// values for, and a few cases made to reach the rarer paragraphs; a
// paragraph none of them reaches is missing.
func WordingData() map[string]map[string]reflect.Type {
	seen := map[string]map[string]reflect.Type{}
	record := func(lang, name string, data any) {
		if seen[lang] == nil {
			seen[lang] = map[string]reflect.Type{}
		}
		seen[lang][name] = reflect.TypeOf(data)
	}
	for _, c := range modelCases() {
		for _, lang := range []string{"en", "ru"} {
			in := *c
			in.Letter.Language = lang
			_, _ = Compose(&in, Options{Now: func() time.Time { return time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC) }, record: record})
		}
	}
	// A paragraph no case reached in one language gets the data of the
	// same paragraph in another: each language's paragraph of a name is
	// given the same data.
	for lang := range seen {
		for other, types := range seen {
			for name, t := range types {
				if _, ok := seen[lang][name]; !ok && other != lang {
					seen[lang][name] = t
				}
			}
		}
	}
	return seen
}

// CheckWording composes every example case, in every language it has
// values for, with wd, and returns the problems with wd's own paragraphs:
// what 'appeal validate --wording DIR' reports.
func CheckWording(wd *Wording) cases.Diagnostics {
	var ds cases.Diagnostics
	for _, c := range exampleCases() {
		for _, lang := range wd.Languages() {
			if len(c.CheckLanguage(lang).Errors()) > 0 {
				continue // the example has no letter in this language
			}
			in := *c
			in.Letter.Language = lang
			_, err := Compose(&in, Options{Wording: wd, Now: func() time.Time { return time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC) }})
			if d, ok := err.(cases.Diagnostics); ok {
				for _, e := range d {
					if e.File != c.File && !slices.Contains(ds, e) {
						ds = append(ds, e)
					}
				}
			}
		}
	}
	return ds
}

func exampleCases() []*cases.Case {
	var out []*cases.Case
	names, _ := fs.Glob(cases.Examples, "*.yaml")
	for _, name := range names {
		data, _ := fs.ReadFile(cases.Examples, name)
		if c, err := cases.Parse(name, data); c != nil && len(asErrors(err)) == 0 {
			c.Dir = "."
			out = append(out, c)
		}
	}
	return out
}

func asErrors(err error) cases.Diagnostics {
	if ds, ok := err.(cases.Diagnostics); ok {
		return ds.Errors()
	}
	if err != nil {
		return cases.Diagnostics{{Message: err.Error(), Severity: cases.SevError}}
	}
	return nil
}

// modelCases reach every paragraph: the examples, and variations on them
// for the standard asks, risks, a deadline, a state that only signed, a
// geographic limitation.
func modelCases() []*cases.Case {
	out := exampleCases()
	for _, c := range exampleCases() {
		v := *c
		v.Asks = cases.AskNames
		// Digits, so that the finding is good in every language.
		v.Risks = []cases.Risk{{Finding: "1", Source: "2"}}
		v.Status.Deadline = cases.Date{Year: 2026, Month: 3, Day: 9}
		v.HoldingState = "Türkiye"
		v.Clauses = []string{"refugee-convention-33.1", "crc-3", "udhr-14"}
		out = append(out, &v)
		w := v
		w.HoldingState = "United States of America"
		out = append(out, &w)
		x := *c
		x.Recipients = slices.Clone(x.Recipients)
		if len(x.Recipients) > 0 {
			x.Recipients[0].Honorific = "H.E."
			x.Recipient = x.Recipients[0]
		}
		out = append(out, &x)
		y := *c
		y.Requests, y.Asks = y.Requests[:min(1, len(y.Requests))], nil
		y.HoldingState, y.Clauses = "Kazakhstan", []string{"echr-3", "cat-3"}
		out = append(out, &y)
	}
	return out
}

// Describe writes the fields of a paragraph's data, for 'appeal wording list'.
func Describe(t reflect.Type) string {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct {
		return t.String()
	}
	var b bytes.Buffer
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		if b.Len() > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, ".%s %s", f.Name, typeName(f.Type))
	}
	return b.String()
}

func typeName(t reflect.Type) string {
	s := t.String()
	s = strings.ReplaceAll(s, "letter.", "")
	s = strings.ReplaceAll(s, "wording.", "")
	if t.Kind() == reflect.Struct && t.Name() == "voice" {
		return "voice (.We .We_ .Our .Our_ .Us .Are .Were)"
	}
	return s
}
