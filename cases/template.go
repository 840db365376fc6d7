package cases

import _ "embed"

// Template is a case file to fill in, as 'appeal init' writes it: every
// field with a comment saying what it is, the required ones filled with
// placeholders in capitals and the optional ones commented out. It reads
// and composes as it is, so a new user starts from a file that works.
//
//go:embed template.yaml
var Template []byte
