package typeset

import (
	"bytes"
	"testing"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
)

// FuzzImage feeds image bytes, as a logo or a scanned signature, to
// CheckImage and what it accepts to Render: an image is refused with a
// message, or it is placed on a page and the document validates; nothing
// may panic, hang or take memory out of proportion.
func FuzzImage(f *testing.F) {
	model.ConfigPath = "disable" // validate without reading or writing a pdfcpu config file
	for _, tt := range imageCases() {
		if len(tt.data) < 1<<20 {
			f.Add(tt.data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		img, err := CheckImage(data)
		if err != nil {
			if err.Error() == "" {
				t.Fatal("an image is refused without a message")
			}
			return
		}
		doc, err := renderImage(img)
		if err != nil {
			t.Fatalf("an image CheckImage accepted does not render: %v", err)
		}
		conf := model.NewDefaultConfiguration()
		conf.ValidationMode = model.ValidationStrict
		if err := api.Validate(bytes.NewReader(doc), conf); err != nil {
			t.Fatalf("the PDF does not validate: %v", err)
		}
	})
}
