package cases

import "fmt"

// Pronouns are the pronouns a letter uses for a person: he, she or they.
type Pronouns string

const (
	He   Pronouns = "he"
	She  Pronouns = "she"
	They Pronouns = "they"
)

func (p *Pronouns) decodeScalar(s string) error {
	switch Pronouns(s) {
	case He, She, They:
		*p = Pronouns(s)
		return nil
	}
	return fmt.Errorf("%q is not one of he, she, they%s", s, DidYouMean(Suggest(s, []string{"he", "she", "they"}, 1)))
}

// Subject is "he", "she" or "they".
func (p Pronouns) Subject() string { return string(p) }

// Object is "him", "her" or "them".
func (p Pronouns) Object() string {
	return p.pick("him", "her", "them")
}

// Possessive is "his", "her" or "their".
func (p Pronouns) Possessive() string {
	return p.pick("his", "her", "their")
}

// Verb picks the form of a verb that agrees with the pronoun: singular for he
// and she, plural for they ("is"/"are", "has"/"have").
func (p Pronouns) Verb(singular, plural string) string {
	if p == They {
		return plural
	}
	return singular
}

func (p Pronouns) pick(he, she, they string) string {
	switch p {
	case She:
		return she
	case They:
		return they
	}
	return he
}
