package treaties

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// Clause files come from contributors and shared folders as case files do,
// and get the same strict checks before their fields are read.

// MaxFileSize is the largest clause file read, in bytes: the longest
// treaty article is a few kilobytes.
const MaxFileSize = 1 << 20

// maxNodes bounds the values in one clause file.
const maxNodes = 100_000

// checkFile rejects a clause file that is too large, not UTF-8 text, holds
// control characters, more than one YAML document, or YAML aliases, and
// text with characters that change its direction or break its lines
// unseen. Every problem is at its line and column.
func checkFile(file string, data []byte) []error {
	if len(data) > MaxFileSize {
		return []error{&ParseError{File: file, Err: fmt.Errorf("clause file is larger than %d KiB", MaxFileSize>>10)}}
	}
	line, col := 1, 1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		var msg string
		switch {
		case r == utf8.RuneError && size == 1:
			msg = fmt.Sprintf("invalid UTF-8 (byte 0x%02X); save the file as UTF-8", data[i])
		case r == 0:
			msg = "NUL byte in the file; a clause file is text"
		case r == '\n':
			line, col = line+1, 0
		default:
			if msg = badRune(r); msg != "" {
				msg += " in the file; remove it"
			}
		}
		if msg != "" {
			return []error{&ParseError{File: file, Line: line, Column: col, Err: errors.New(msg)}}
		}
		i += size
		col++
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc, extra yaml.Node
	if err := dec.Decode(&doc); err != nil {
		return nil // parseTreaty reports it
	}
	if err := dec.Decode(&extra); err == nil {
		return []error{&ParseError{File: file, Line: extra.Line, Column: extra.Column,
			Err: errors.New("a clause file holds one YAML document; remove the second '---' and what follows")}}
	} else if err != io.EOF {
		return nil
	}
	var errs []error
	count := 0
	var walk func(n *yaml.Node)
	walk = func(n *yaml.Node) {
		count++
		if count > maxNodes {
			if count == maxNodes+1 {
				errs = append(errs, &ParseError{File: file, Line: n.Line, Column: n.Column, Err: fmt.Errorf("more than %d values in one clause file", maxNodes)})
			}
			return
		}
		switch {
		case n.Kind == yaml.AliasNode:
			errs = append(errs, &ParseError{File: file, Line: n.Line, Column: n.Column,
				Err: fmt.Errorf("YAML aliases (*%s) are not allowed in clause files; write the value out", n.Value)})
			return
		case n.Anchor != "":
			errs = append(errs, &ParseError{File: file, Line: n.Line, Column: n.Column,
				Err: fmt.Errorf("YAML anchors (&%s) are not allowed in clause files; write the value out", n.Anchor)})
		}
		if n.Kind == yaml.ScalarNode {
			// A quoted value may write a control character as an escape, "\e".
			for _, r := range n.Value {
				if msg := badRune(r); msg != "" {
					errs = append(errs, &ParseError{File: file, Line: n.Line, Column: n.Column, Err: errors.New(msg + " in text; remove it")})
					break
				}
			}
		}
		for _, c := range n.Content {
			walk(c)
		}
	}
	walk(&doc)
	return errs
}

// badRune names what is wrong with a character in a clause file's text, or
// returns "": a control character, or one that changes the direction of
// the text or breaks its lines unseen.
func badRune(r rune) string {
	switch {
	case r < ' ' && r != '\t' && r != '\n' && r != '\r', r >= 0x7F && r <= 0x9F, r == 0xFFFE, r == 0xFFFF:
		return fmt.Sprintf("control character %U", r)
	case r == '\u2028' || r == '\u2029' || (r >= '\u202A' && r <= '\u202E') || (r >= '\u2066' && r <= '\u2069'):
		return fmt.Sprintf("invisible formatting character %U", r)
	}
	return ""
}
