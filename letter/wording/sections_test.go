package wording

import "testing"

func TestSections(t *testing.T) {
	s := Sections()
	for _, tt := range []struct {
		state string
		want  bool
	}{{"India", true}, {"Pakistan", true}, {"Nigeria", true}, {"United Kingdom of Great Britain and Northern Ireland", true}, {"Egypt", false}, {"Uzbekistan", false}} {
		if got := s.Numbers(tt.state); got != tt.want {
			t.Errorf("Numbers(%q) = %v, want %v", tt.state, got, tt.want)
		}
	}
	for _, tt := range []struct {
		code string
		want bool
	}{
		{"Pakistan Penal Code", true},
		{"Indian Penal Code", true},
		{"Kano State Sharia Penal Code Law 2000", true},
		{"Bharatiya Nyaya Sanhita, 2023", true},
		{"Indiana Code", false},
		{"Criminal Code of the Republic of Uzbekistan", false},
		{"Penal Code", false},
	} {
		if got := s.Named(tt.code); got != tt.want {
			t.Errorf("Named(%q) = %v, want %v", tt.code, got, tt.want)
		}
	}
}

func TestReadSectionsRejectsABadRow(t *testing.T) {
	if _, err := readSections("state,names\nIndia\n"); err == nil {
		t.Error("readSections accepted a row without names")
	}
}
