package wording

import (
	_ "embed"
	"encoding/csv"
	"fmt"
	"strings"
	"sync"
)

//go:embed sections.en.csv
var sectionsCSV string

// SectionStates are the states whose codes number their provisions as
// sections (sections.en.csv says why), each with the words that mark a
// code's name as that state's law.
type SectionStates struct {
	states map[string]bool
	names  map[string]string // a word of a code's name: its state
}

// Sections is the built-in table; a failure to read it is a bug, which
// the package's tests catch.
var Sections = sync.OnceValue(func() SectionStates {
	s, err := readSections(sectionsCSV)
	if err != nil {
		panic(fmt.Sprintf("wording: sections.en.csv: %v", err))
	}
	return s
})

func readSections(text string) (SectionStates, error) {
	r := csv.NewReader(strings.NewReader(text))
	r.Comment = '#'
	rows, err := r.ReadAll()
	if err != nil {
		return SectionStates{}, err
	}
	s := SectionStates{states: map[string]bool{}, names: map[string]string{}}
	for i, row := range rows {
		if i == 0 {
			continue // the header
		}
		if len(row) != 2 || row[0] == "" {
			return SectionStates{}, fmt.Errorf("row %d: want state,names", i+1)
		}
		s.states[row[0]] = true
		for _, n := range strings.Split(row[1], "|") {
			s.names[n] = row[0]
		}
	}
	return s, nil
}

// Numbers reports whether the law of state (its name in the records)
// numbers sections.
func (s SectionStates) Numbers(state string) bool { return s.states[state] }

// Named reports whether a code's name marks it as the law of a state
// that numbers sections: "Pakistan Penal Code", "Kano State Sharia Penal
// Code Law 2000". A name is matched as whole words, so that "Indiana" is
// not India.
func (s SectionStates) Named(code string) bool {
	for name := range s.names {
		for i := 0; ; {
			j := strings.Index(code[i:], name)
			if j < 0 {
				break
			}
			if wordAt(code, i+j, i+j+len(name)) {
				return true
			}
			i += j + 1
		}
	}
	return false
}

// wordAt reports whether s[i:j] stands as words of their own in s.
func wordAt(s string, i, j int) bool {
	letter := func(b byte) bool { return b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' || b >= 0x80 }
	return (i == 0 || !letter(s[i-1])) && (j == len(s) || !letter(s[j]))
}
