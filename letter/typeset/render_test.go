package typeset

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// exampleDocument is the example case's letter as the text printer writes
// it (../testdata/golden/djabbarbergenov.txt), each paragraph set at 11
// points on A4 pages: about the text and pages of the PDF letter.
func exampleDocument(b *testing.B) *Document {
	data, err := os.ReadFile("../testdata/golden/djabbarbergenov.txt")
	if err != nil {
		b.Fatal(err)
	}
	const mm = 72 / 25.4
	m := NewMeasurer(Fonts{DefaultFont()})
	var lines []Line
	for _, par := range strings.Split(string(data), "\n\n") {
		ls := m.Paragraph(strings.Join(strings.Fields(par), " "), Regular, 11, 14, 25*mm, 165*mm)
		if len(ls) > 0 {
			ls[0].Before = 8
		}
		lines = append(lines, ls...)
	}
	pages := Paginate(lines, &Page{}, 100*mm, 277*mm, &Page{}, 25*mm)
	return &Document{Width: 210 * mm, Height: 297 * mm, Fonts: Fonts{DefaultFont()}, Pages: pages}
}

// BenchmarkCompression renders the example letter with page content
// compressed at levels 1, 2, 6 and 9, and its fonts at 1, 6 and 9,
// reporting the size of the PDF and the process's CPU time per document. A
// font subset is compressed once per glyph set and run, so the font levels
// differ in size, and in time only for the first document.
func BenchmarkCompression(b *testing.B) {
	d := exampleDocument(b)
	for _, levels := range [][2]int{{-2, 6}, {0, 6}, {1, 6}, {2, 6}, {6, 6}, {9, 6}, {1, 1}, {1, 9}} {
		b.Run(fmt.Sprintf("content=%d/font=%d", levels[0], levels[1]), func(b *testing.B) {
			d := *d
			d.levels = &levels
			var doc []byte
			start := processCPU()
			for b.Loop() {
				var err error
				if doc, err = d.Render(); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(processCPU()-start)/float64(b.N)/1e6, "cpu-ms/pdf")
			b.ReportMetric(float64(len(doc)), "bytes/pdf")
		})
	}
}
