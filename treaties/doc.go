// Package treaties holds the treaty clauses appeal letters cite and the
// records of which states are bound by which treaty, both embedded as data
// files: clauses/*.yaml (one file per treaty, text copied verbatim from the
// treaty) and records/*.csv (generated from the UN Treaty Collection and
// OHCHR tables by internal/gen; run go generate after changing the sources).
//
// The one rule that keeps it simple: everything here is a value. A Library
// or Records is built once (Builtin, Load, BuiltinRecords) and only read
// after; nothing is registered globally, and every fact carries the source
// and date it was true as of, so a letter can say "as of" instead of guessing.
//
// Facts the sources mark as derived or unverified (ratifications.csv rows
// saying DERIVED or UNVERIFIED, e.g. Kazakhstan's 2015 CRPD ratification)
// are left out of the records altogether. Where the OHCHR exports give a
// date of becoming party without saying whether it was ratification or
// accession, the event's Action is Consent, never a guessed verb.
package treaties

//go:generate go run ./internal/gen -data ../../shared/data -out .
