package main

import (
	"encoding/hex"
	"os"
	"strconv"
	"strings"

	"github.com/rogpeppe/go-internal/testscript"
)

// unhex file.hex file writes the bytes a file of hexadecimal digits
// spells (white space and # comments ignored): a script's binary files.
func cmdUnhex(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: unhex file.hex file")
	}
	var digits strings.Builder
	for _, line := range strings.Split(ts.ReadFile(args[0]), "\n") {
		line, _, _ = strings.Cut(line, "#")
		digits.WriteString(strings.Join(strings.Fields(line), ""))
	}
	data, err := hex.DecodeString(digits.String())
	ts.Check(err)
	ts.Check(os.WriteFile(ts.MkAbs(args[1]), data, 0o644))
}

// rename old "new" renames a file to a name given as a Go string, which
// may hold control characters.
func cmdRename(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: rename old \"new\"")
	}
	name, err := strconv.Unquote(args[1])
	ts.Check(err)
	ts.Check(os.Rename(ts.MkAbs(args[0]), ts.MkAbs(name)))
}
