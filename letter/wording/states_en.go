package wording

import (
	_ "embed"
	"encoding/csv"
	"fmt"
	"strings"
	"sync"
)

//go:embed states.en.csv
var statesEnCSV string

// englishShort is the table of states.en.csv: UN name, short name.
var englishShort = sync.OnceValue(func() map[string]string {
	m, err := readEnglishShort(statesEnCSV)
	if err != nil {
		panic(fmt.Sprintf("wording: states.en.csv: %v", err))
	}
	return m
})

func readEnglishShort(text string) (map[string]string, error) {
	r := csv.NewReader(strings.NewReader(text))
	r.Comment = '#'
	rows, err := r.ReadAll()
	if err != nil {
		return nil, err
	}
	if len(rows) == 0 || strings.Join(rows[0], ",") != "name,short" {
		return nil, fmt.Errorf("header must be name,short")
	}
	m := map[string]string{}
	for i, row := range rows[1:] {
		if row[0] == "" || row[1] == "" {
			return nil, fmt.Errorf("row %d: give a name and its short name", i+2)
		}
		if _, dup := m[row[0]]; dup {
			return nil, fmt.Errorf("row %d: %q twice", i+2, row[0])
		}
		m[row[0]] = row[1]
	}
	return m, nil
}

// EnglishShortName is the name a letter uses for a state, by its UN name,
// once it has named it in full: "Venezuela" for "Venezuela (Bolivarian
// Republic of)", "the United Kingdom" for "United Kingdom of Great
// Britain and Northern Ireland"; "" where the full name is used again.
func EnglishShortName(name string) string {
	if s, ok := englishShort()[name]; ok {
		return s
	}
	if i := strings.Index(name, " ("); i > 0 && strings.HasSuffix(name, " of)") {
		return name[:i]
	}
	return ""
}
