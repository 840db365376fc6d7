package typeset_test

import (
	"errors"
	"fmt"

	"github.com/appeal-letters/appeal/letter/typeset"
)

func ExampleMeasurer_Wrap() {
	m := typeset.NewMeasurer(typeset.Fonts{typeset.DefaultFont()})
	for _, line := range m.Wrap("We write to ask you to halt the extradition of Mr Djabbarbergenov.", typeset.Regular, 11, 150) {
		fmt.Println(line)
	}
	// Output:
	// We write to ask you to halt the
	// extradition of Mr
	// Djabbarbergenov.
}

func ExampleDocument_Check() {
	d := &typeset.Document{
		Width: 595, Height: 842, // A4
		Fonts: typeset.Fonts{typeset.DefaultFont()},
		Pages: []*typeset.Page{{Spans: []typeset.Span{{X: 72, Y: 72, Size: 11, Text: "Mr 王小明"}}}},
	}
	var missing *typeset.MissingGlyphsError
	if err := d.Check(); errors.As(err, &missing) {
		fmt.Println(err)
	}
	// Output:
	// font "LiberationSerif" has no glyph for "王" (U+738B), "小" (U+5C0F), "明" (U+660E)
}
