package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/appeal-letters/appeal/cases"
	"github.com/appeal-letters/appeal/letter/typeset"
	"golang.org/x/text/unicode/norm"
)

// loadFonts reads the fallback fonts given with --font, in order, and warns
// once for each that has no bold or italic face.
func loadFonts(app *App, files []string) ([]*typeset.Font, error) {
	var fonts []*typeset.Font
	for _, file := range files {
		if fi, err := os.Stat(file); err == nil {
			roomForFont(int(fi.Size()))
		}
		f, err := loadFont(file)
		if err != nil {
			return nil, err
		}
		if lacks := f.Lacks(); len(lacks) > 0 {
			fmt.Fprintf(app.Stderr, "appeal: warning: font %s has no %s face: its characters are set in its regular face there\n", file, strings.Join(lacks, " or "))
		}
		fonts = append(fonts, f)
	}
	return fonts, nil
}

// systemFonts returns a PDF.FindFont that asks fontconfig (fc-match) for a
// TrueType font that has the characters the given fonts lack. It runs only
// for a letter that needs it, reads each font it finds once per run, and
// finds nothing where fc-match is not installed, or with
// APPEAL_FONTCONFIG=off (as the tests run, so that the fonts of the machine
// do not change their results).
func systemFonts(app *App) func([]rune) (*typeset.Font, error) {
	if app.Getenv("APPEAL_FONTCONFIG") == "off" {
		return nil
	}
	var mu sync.Mutex
	loaded := map[string]*typeset.Font{} // by file and index; nil: unusable
	return func(missing []rune) (*typeset.Font, error) {
		// A font found for an earlier letter may do: a batch of letters
		// with Chinese names asks fontconfig once, not once a letter.
		mu.Lock()
		for _, f := range loaded {
			if f != nil && !slices.ContainsFunc(missing, func(r rune) bool { return !f.Has(r) }) {
				mu.Unlock()
				return f, nil
			}
		}
		mu.Unlock()
		var charset strings.Builder
		for i, r := range missing {
			if i > 0 {
				charset.WriteByte(' ')
			}
			charset.WriteString(strconv.FormatInt(int64(r), 16))
		}
		out, err := exec.Command("fc-match", "-f", "%{file}\n", ":fontformat=TrueType:charset="+charset.String()).Output()
		if err != nil {
			return nil, nil // no fontconfig: the missing characters are reported
		}
		file := string(bytes.TrimSpace(out))
		mu.Lock()
		defer mu.Unlock()
		if f, ok := loaded[file]; ok {
			return f, nil
		}
		if fi, err := os.Stat(file); err == nil {
			roomForFont(int(fi.Size()))
		}
		f, _ := loadFont(file) // a font appeal cannot use is no match
		loaded[file] = f
		return f, nil
	}
}

// glyphWarnings returns a warning for each field of c that has characters
// no font has, at the field's line, naming the characters; one warning for
// the whole file when the characters are in no field (they came from a
// clause or the wording).
func glyphWarnings(c *cases.Case, me *typeset.MissingGlyphsError) diagnostics {
	// A missing character is one of the case's, or (for Arabic script,
	// set in joined forms) one of the letters it is a form of.
	missing := map[rune][]rune{}
	for _, r := range me.Runes {
		missing[r] = append(missing[r], r)
		if r >= 0xFB50 && r <= 0xFEFF {
			for _, l := range norm.NFKC.String(string(r)) {
				missing[l] = append(missing[l], r)
			}
		}
	}
	var ds diagnostics
	walkStrings(reflect.ValueOf(c).Elem(), "", func(path, s string) {
		var in []rune
		for _, r := range s {
			for _, m := range missing[r] {
				if !slices.Contains(in, m) {
					in = append(in, m)
				}
			}
		}
		if len(in) > 0 {
			missingHere := *me
			missingHere.Runes = in
			ds = append(ds, c.Diag(cases.SevWarning, path, "%s: a PDF of this letter needs another font: %v; give one with --font file.ttf", path, &missingHere))
		}
	})
	if len(ds) == 0 {
		ds = append(ds, cases.Diagnostic{File: c.File, Severity: cases.SevWarning,
			Message: fmt.Sprintf("a PDF of this letter needs another font: %v; give one with generate --font file.ttf", me)})
	}
	return ds
}

// walkStrings calls f with the path (as case-file positions name it, e.g.
// "detainee.name", "charges[0].article") and value of every string in v.
func walkStrings(v reflect.Value, path string, f func(path, s string)) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			walkStrings(v.Elem(), path, f)
		}
	case reflect.String:
		f(path, v.String())
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			walkStrings(v.Index(i), fmt.Sprintf("%s[%d]", path, i), f)
		}
	case reflect.Struct:
		t := v.Type()
		for i := range t.NumField() {
			field := t.Field(i)
			name, _, _ := strings.Cut(field.Tag.Get("yaml"), ",")
			if !field.IsExported() || name == "" || name == "-" {
				continue
			}
			if path != "" {
				name = path + "." + name
			}
			walkStrings(v.Field(i), name, f)
		}
	}
}
