package lazyregexp

import (
	"regexp"
	"slices"
	"testing"
)

func TestRegexp(t *testing.T) {
	r := New(`(\d+)-(\d+)`)
	if r.rx != nil {
		t.Fatal("New compiled the expression")
	}
	want := regexp.MustCompile(`(\d+)-(\d+)`)
	s := "pages 3-5 and 10-12"
	if got := r.FindAllStringSubmatch(s, -1); !slices.EqualFunc(got, want.FindAllStringSubmatch(s, -1), slices.Equal) {
		t.Errorf("FindAllStringSubmatch(%q) = %q", s, got)
	}
	if got := r.ReplaceAllString(s, "$2-$1"); got != want.ReplaceAllString(s, "$2-$1") {
		t.Errorf("ReplaceAllString(%q) = %q", s, got)
	}
	if !r.MatchString(s) || r.MatchString("none") || r.String() != want.String() {
		t.Error("MatchString or String differ from regexp's")
	}
}

func TestInvalidPanicsWhenUsed(t *testing.T) {
	r := New(`(`)
	defer func() {
		if recover() == nil {
			t.Error("an invalid expression did not panic when used")
		}
	}()
	r.MatchString("x")
}
