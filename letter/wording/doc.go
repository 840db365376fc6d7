// Package wording holds what each language needs to word a letter: the
// templates, one file per language (en.tmpl, ru.tmpl, …, read by package
// letter), and for a language that inflects, a small Go file of the
// functions its templates call to inflect the plain values they are given
// (a date, a count, a person's pronouns, a state).
//
// The rule that keeps it simple: a function here takes a value and gives
// words in one language; it never decides what a letter says.
package wording
