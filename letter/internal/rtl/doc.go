// Package rtl prepares right-to-left text for a printer that draws
// characters left to right: it shapes Arabic-script letters into the
// presentation forms their neighbours call for, and reorders a line from
// logical order (as typed and stored) into visual order (as drawn), after
// the Unicode Bidirectional Algorithm (UAX #9).
//
// The one rule that keeps it simple: shaping works on logical text, before
// a line is broken; reordering works on one line at a time, after. Text
// that it cannot shape correctly is an error, never a guess.
package rtl

//go:generate go run gen.go
