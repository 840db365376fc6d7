package letter

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"

	"github.com/appeal-letters/appeal/cases"
	"github.com/appeal-letters/appeal/treaties"
)

// FuzzImage feeds image bytes, as a case's logo and signature, through
// composing to a PDF: an image is refused at its field with a message, or
// it prints and the document validates; nothing may panic, hang or take
// memory out of proportion.
func FuzzImage(f *testing.F) {
	model.ConfigPath = "disable" // validate without reading or writing a pdfcpu config file
	example, err := os.ReadFile("../cases/djabbarbergenov.yaml")
	if err != nil {
		f.Fatal(err)
	}
	data := strings.Replace(string(example), "  organisation: Russian Ministries (USA)\n",
		"  organisation: Russian Ministries (USA)\n  logo: logo.png\n  signatories: [{name: A. Person, signature: sig.png}]\n", 1)
	c, err := cases.Parse("case.yaml", []byte(data))
	if err != nil {
		f.Fatal(err)
	}
	cs := imageCases()
	for i, tt := range cs {
		if len(tt.data) < 1<<20 {
			f.Add(tt.data, cs[(i+1)%len(cs)].data)
		}
	}
	now := func() time.Time { return time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC) }
	lib, records := treaties.Builtin(), treaties.BuiltinRecords()
	f.Fuzz(func(t *testing.T, logo, sig []byte) {
		l, err := Compose(c, Options{Now: now, Library: lib, Records: records,
			Files: fstest.MapFS{"logo.png": {Data: logo}, "sig.png": {Data: sig}}})
		if err != nil {
			var ds cases.Diagnostics
			if !errors.As(err, &ds) {
				t.Fatalf("Compose error is %T, not cases.Diagnostics: %v", err, err)
			}
			for _, d := range ds {
				if !strings.HasPrefix(d.Message, "sender.logo: ") && !strings.HasPrefix(d.Message, "sender.signatories[0].signature: ") {
					t.Errorf("a bad image gives an error not at its field: %s", d)
				}
				if d.Line == 0 {
					t.Errorf("a bad image gives an error without a line: %s", d)
				}
			}
			return
		}
		var b bytes.Buffer
		if err := (&PDF{}).Print(&b, l); err != nil {
			t.Fatalf("an image that passed composing does not print: %v", err)
		}
		conf := model.NewDefaultConfiguration()
		conf.ValidationMode = model.ValidationStrict
		if err := api.Validate(bytes.NewReader(b.Bytes()), conf); err != nil {
			t.Fatalf("the PDF does not validate: %v", err)
		}
	})
}
