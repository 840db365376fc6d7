package suggest

import (
	"strings"
	"testing"
)

func TestNearest(t *testing.T) {
	fields := []string{"subject", "date", "language", "reference"}
	clauses := []string{"cat-1", "cat-3", "cat-3.1", "cat-3.2", "cat-22", "iccpr-18"}
	tests := []struct {
		s     string
		cands []string
		n     int
		want  string
	}{
		{"subjet", fields, 1, "subject"},
		{"Subject", fields, 1, "subject"},
		{"refrence", fields, 1, "reference"},
		{"xyzzy", fields, 1, ""},
		{"cat-33", clauses, 3, "cat-3,cat-1,cat-3.1"},
		{"iccpr-81", clauses, 3, "iccpr-18"},
		{strings.Repeat("a", 10000), fields, 3, ""},
	}
	for _, tt := range tests {
		if got := strings.Join(Nearest(tt.s, tt.cands, tt.n), ","); got != tt.want {
			t.Errorf("Nearest(%.20q, …, %d) = %q, want %q", tt.s, tt.n, got, tt.want)
		}
	}
}

func TestDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0}, {"a", "", 1}, {"kitten", "sitting", 3}, {"Қазақстан", "Казахстан", 2}, {"nmae", "name", 2},
	}
	for _, tt := range tests {
		if got := Distance(tt.a, tt.b); got != tt.want {
			t.Errorf("Distance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}
