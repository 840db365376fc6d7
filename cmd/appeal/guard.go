package main

import (
	"bytes"
	"fmt"
	"slices"

	"github.com/appeal-letters/appeal/cases"
	"github.com/appeal-letters/appeal/internal/safe"
	"github.com/appeal-letters/appeal/letter"
	"github.com/appeal-letters/appeal/letter/typeset"
)

// Third-party code (the PDF library, image decoders, font parsers) runs on
// what a case file names, which may be crafted to break it. A panic there
// is one bad case: guard turns it into an error, and a batch goes on.

// guard runs f and returns its error, or the panic it stopped, as
// "cannot <doing>: …".
func guard(doing string, f func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("cannot %s: a library failed on this data (%v); please report it, with the images and font the case uses", doing, r)
		}
	}()
	return f()
}

// generateOne composes the letter of one case file, in each of languages
// (none: the case's own), and prints it in one format, printing the case's
// warnings; an error names the case file.
func generateOne(app *App, path, format string, p printer, data *runData, languages []string) ([]byte, error) {
	composed := false
	var buf bytes.Buffer
	err := guard("make the letter", func() error {
		letters, warnings, err := composeLanguages(app, path, data, languages)
		if err != nil {
			return err
		}
		composed = true
		report(app, warnings)
		return p.Print(&buf, chain(letters))
	})
	if err != nil && composed {
		// Composing errors name their file already.
		return nil, fmt.Errorf("%s: %w", displayName(path), err)
	}
	return buf.Bytes(), err
}

// needsImages reports whether any of the formats shows images: only the
// PDF does, and for the others no image file is read at all.
func needsImages(formats []string) bool {
	return slices.Contains(formats, "pdf")
}

// maxFontSize is the largest font file read: a font for all of Chinese is
// about 20 MB.
const maxFontSize = 64 << 20

// loadFont reads and parses a --font file, a panic in the parser included.
func loadFont(path string) (font *typeset.Font, err error) {
	ttf, err := safe.ReadFile(path, maxFontSize)
	if err != nil {
		return nil, fmt.Errorf("cannot read font: %w", unwrapPathErr(err))
	}
	err = guard("read the font", func() error {
		font, err = typeset.LoadFont(ttf)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("font %s: %w", path, err)
	}
	return font, nil
}

// validateGuarded is validateFile, with a panic reported against its case.
func validateGuarded(app *App, path string, data *runData, pdf *letter.PDF) (ds diagnostics) {
	err := guard("check the letter", func() error {
		ds = validateFile(app, path, data, pdf)
		return nil
	})
	if err != nil {
		ds = append(ds, cases.Diagnostic{File: displayName(path), Severity: cases.SevError, Message: err.Error()})
	}
	return ds
}
