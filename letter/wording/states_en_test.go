package wording

import "testing"

func TestEnglishShortName(t *testing.T) {
	if _, err := readEnglishShort(statesEnCSV); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ name, want string }{
		{"Venezuela (Bolivarian Republic of)", "Venezuela"},
		{"Iran (Islamic Republic of)", "Iran"},
		{"United Kingdom of Great Britain and Northern Ireland", "the United Kingdom"},
		{"Kazakhstan", ""},
		{"Russian Federation", ""},
	} {
		if got := EnglishShortName(tt.name); got != tt.want {
			t.Errorf("EnglishShortName(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}
