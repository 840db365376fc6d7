package letter

import (
	"testing"

	"github.com/appeal-letters/appeal/treaties"
)

// TestNamesState checks how a code's name is matched to a state: its
// name's words and their adjectives, in English and Russian, and not a
// neighbour's.
func TestNamesState(t *testing.T) {
	w := &writer{opt: Options{Records: treaties.BuiltinRecords()}}
	tests := []struct {
		code, state string
		want        bool
	}{
		{"Criminal Code of the Republic of Kazakhstan", "Kazakhstan", true},
		{"Kazakh Criminal Code", "Kazakhstan", true},
		{"Уголовного кодекса Республики Казахстан", "Kazakhstan", true},
		{"Уголовный кодекс Республики Казахстан", "Kazakhstan", true},
		{"Uzbek Criminal Code", "Uzbekistan", true},
		{"Chinese Criminal Law", "China", true},
		{"Turkish Penal Code", "Türkiye", true},
		{"Iranian Islamic Penal Code", "Iran (Islamic Republic of)", true},
		{"Criminal Code of the Russian Federation", "Russian Federation", true},
		{"Austrian Criminal Code", "Australia", false},
		{"Indian Penal Code", "Indonesia", false},
		{"Criminal Code of the Republic of Uzbekistan", "Kazakhstan", false},
		{"Penal Code", "Kazakhstan", false},
		{"Criminal Code of the Republic of Kazakhstan", "Republic of Moldova", false},
	}
	for _, tt := range tests {
		if got := namesState(tt.code, w.stateWords(tt.state)); got != tt.want {
			t.Errorf("namesState(%q, %s) = %v, want %v", tt.code, tt.state, got, tt.want)
		}
	}
}
