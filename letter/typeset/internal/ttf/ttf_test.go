package ttf

import (
	"testing"

	"github.com/go-fonts/liberation/liberationserifregular"
)

func TestUnhinted(t *testing.T) {
	out, err := Unhinted(liberationserifregular.TTF)
	if err != nil {
		t.Fatal(err)
	}
	tables, err := ReadTables(out)
	if err != nil {
		t.Fatal(err)
	}
	for _, tag := range []string{"fpgm", "prep", "cvt "} {
		if tables[tag] != nil {
			t.Errorf("Unhinted kept the %q table", tag)
		}
	}
	if len(out) >= len(liberationserifregular.TTF)*3/4 {
		t.Errorf("Unhinted: %d bytes from %d, want at least a quarter less", len(out), len(liberationserifregular.TTF))
	}
	if got := PostScriptName(out); got != "LiberationSerif" {
		t.Errorf("PostScriptName = %q, want LiberationSerif", got)
	}
	if _, err := Unhinted([]byte("not a font")); err == nil {
		t.Error("Unhinted(garbage) succeeded")
	}
}

func BenchmarkUnhinted(b *testing.B) {
	for b.Loop() {
		if _, err := Unhinted(liberationserifregular.TTF); err != nil {
			b.Fatal(err)
		}
	}
}
