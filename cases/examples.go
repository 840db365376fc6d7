package cases

import "embed"

// Examples are the example case files shipped in this folder, for
// checking wording against ('appeal validate --wording DIR').
//
//go:embed *.yaml
var Examples embed.FS
