package letter

import (
	"bytes"
	"testing"

	"github.com/go-fonts/liberation/liberationserifbold"
	"github.com/go-fonts/liberation/liberationserifitalic"
	"github.com/go-fonts/liberation/liberationserifregular"
)

func BenchmarkZZCold(b *testing.B) {
	l := seedLetter()
	l.Signatures[0].Image = nil
	for b.Loop() {
		f := &Font{name: "LiberationSerif"}
		for i, t := range [][]byte{liberationserifregular.TTF, liberationserifbold.TTF, liberationserifitalic.TTF} {
			f.faces[i], _ = loadFace(t)
		}
		var buf bytes.Buffer
		(&PDF{Font: f}).Print(&buf, l)
	}
}
