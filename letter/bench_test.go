package letter_test

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/appeal-letters/appeal/cases"
	"github.com/appeal-letters/appeal/letter"
)

// The benchmarks measure what a user waits for: reading a case file from
// its bytes, composing the letter and printing it. Besides time per
// operation they report the CPU time of the whole process per letter
// (cpu-ms/letter: the garbage collector's work included, and steadier than
// wall time on a busy machine). The figures quoted in the README and in
// code comments come from these; see the README's "Speed" section.

type printer interface {
	Print(w io.Writer, l *letter.Letter) error
}

var formats = []struct {
	name string
	p    printer
}{
	{"text", &letter.Text{}},
	{"markdown", &letter.Markdown{}},
	{"pdf", &letter.PDF{}},
}

// letterOf reads and composes a case from its bytes.
func letterOf(b testing.TB, name string, data []byte) *letter.Letter {
	c, err := cases.Parse(name, data)
	if err != nil {
		b.Fatal(err)
	}
	l, err := letter.Compose(c, letter.Options{Now: fixedNow})
	if err != nil {
		b.Fatal(err)
	}
	return l
}

// reportCPU reports the process's CPU time per letter since start.
func reportCPU(b *testing.B, start time.Duration, letters int) {
	b.ReportMetric(float64(cpuTime()-start)/float64(letters)/1e6, "cpu-ms/letter")
}

// BenchmarkLetter reads, composes and prints one case in each format: the
// example case (two pages in PDF) and the template (one page).
func BenchmarkLetter(b *testing.B) {
	for _, file := range []string{"djabbarbergenov", "template"} {
		data, err := os.ReadFile("../cases/" + file + ".yaml")
		if err != nil {
			b.Fatal(err)
		}
		for _, f := range formats {
			b.Run(file+"/"+f.name, func(b *testing.B) {
				b.ReportAllocs()
				var buf bytes.Buffer
				start := cpuTime()
				for b.Loop() {
					l := letterOf(b, file+".yaml", data)
					buf.Reset()
					if err := f.p.Print(&buf, l); err != nil {
						b.Fatal(err)
					}
				}
				reportCPU(b, start, b.N)
				b.ReportMetric(float64(buf.Len()), "bytes/letter")
			})
		}
	}
}

// BenchmarkPrint prints a composed letter, the printer alone.
func BenchmarkPrint(b *testing.B) {
	l := letterOf(b, "djabbarbergenov.yaml", mustRead(b, "../cases/djabbarbergenov.yaml"))
	for _, f := range formats {
		b.Run(f.name, func(b *testing.B) {
			b.ReportAllocs()
			var buf bytes.Buffer
			start := cpuTime()
			for b.Loop() {
				buf.Reset()
				if err := f.p.Print(&buf, l); err != nil {
					b.Fatal(err)
				}
			}
			reportCPU(b, start, b.N)
		})
	}
}

// BenchmarkBatch works through n different cases, each in text, Markdown
// and PDF, on every core, as `appeal generate --out-dir` does, but without
// files: cases differ in the detainee's name, so their fonts' glyph sets
// differ too. It reports cases per second and, per case, CPU time and bytes
// allocated.
func BenchmarkBatch(b *testing.B) {
	tmpl := string(mustRead(b, "../cases/djabbarbergenov.yaml"))
	for _, n := range []int{100, 1000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			inputs := make([][]byte, n)
			for i := range inputs {
				inputs[i] = []byte(strings.ReplaceAll(tmpl, "Djabbarbergenov", "Djabbarbergenov"+name(i)))
			}
			b.ReportAllocs()
			start := cpuTime()
			for b.Loop() {
				var next atomic.Int64
				var wg sync.WaitGroup
				for range runtime.GOMAXPROCS(0) {
					wg.Go(func() {
						var buf bytes.Buffer
						for {
							i := int(next.Add(1)) - 1
							if i >= n {
								return
							}
							l := letterOf(b, "case.yaml", inputs[i])
							for _, f := range formats {
								buf.Reset()
								if err := f.p.Print(&buf, l); err != nil {
									b.Error(err)
									return
								}
							}
						}
					})
				}
				wg.Wait()
			}
			b.ReportMetric(float64(b.N*n)/b.Elapsed().Seconds(), "cases/s")
			b.ReportMetric(float64(cpuTime()-start)/float64(b.N*n)/1e6, "cpu-ms/case")
		})
	}
}

// name returns a made-up surname suffix for case i: letters, so that
// glyph sets vary as real names do.
func name(i int) string {
	const letters = "abcdefghijklmnopqrstuvwxyz"
	s := ""
	for i++; i > 0; i /= 26 {
		s += string(letters[i%26])
	}
	return s
}

func mustRead(b testing.TB, path string) []byte {
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	return data
}
