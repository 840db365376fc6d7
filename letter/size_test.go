package letter_test

import (
	"errors"
	"fmt"
	"io"
	"runtime"
	"strings"
	"testing"

	"github.com/appeal-letters/appeal/cases"
	"github.com/appeal-letters/appeal/letter"
)

// sizeFields are the parts of a case whose length a case file controls.
var sizeFields = []struct {
	name string
	set  func(c *cases.Case, s string)
	edit func(l *letter.Letter, s string) // what a case cannot reach: a clause file's quotation
}{
	{"subject", func(c *cases.Case, s string) { c.Letter.Subject = s }, nil},
	{"detainee name", func(c *cases.Case, s string) { c.Detainee.Name = s }, nil},
	{"recipient name", func(c *cases.Case, s string) { setRecipient(c, func(r *cases.Recipient) { r.Name = s }) }, nil},
	{"recipient address", func(c *cases.Case, s string) { setRecipient(c, func(r *cases.Recipient) { r.Address = []string{s} }) }, nil},
	{"event", func(c *cases.Case, s string) { c.Events[0].What = s }, nil},
	{"sender organisation", func(c *cases.Case, s string) { c.Sender.Organisation = s }, nil},
	{"request", func(c *cases.Case, s string) { c.Requests[0] = s }, nil},
	{"paragraph", func(c *cases.Case, s string) { c.Paragraphs = []cases.Extra{{Text: s}} }, nil},
	{"name in one word", func(c *cases.Case, s string) { c.Detainee.Name = strings.ReplaceAll(s, " ", "") }, nil},
	{"quotation", func(*cases.Case, string) {}, func(l *letter.Letter, s string) {
		for _, b := range l.Body {
			if q, ok := b.(*letter.Quote); ok {
				q.Paragraphs = []string{s}
				return
			}
		}
	}},
}

func setRecipient(c *cases.Case, set func(r *cases.Recipient)) {
	set(&c.Recipient)
	for i := range c.Recipients {
		set(&c.Recipients[i])
	}
}

// words is n characters of words, as a long field would hold.
func words(n int) string {
	return strings.Repeat("appeal ", n/7+1)[:n]
}

// sizedLetter composes the example case with one field n characters long.
func sizedLetter(tb testing.TB, field, n int) *letter.Letter {
	tb.Helper()
	c, err := cases.Load(exampleCase, nil)
	if err != nil {
		tb.Fatal(err)
	}
	f := sizeFields[field]
	f.set(c, words(n))
	l, err := letter.Compose(c, fuzzOptions)
	if err != nil {
		tb.Fatalf("Compose: %v", err)
	}
	if f.edit != nil {
		f.edit(l, words(n))
	}
	return l
}

// printEvery prints l in every format.
func printEvery(tb testing.TB, l *letter.Letter) {
	tb.Helper()
	for _, p := range []interface {
		Print(io.Writer, *letter.Letter) error
	}{&letter.Text{}, &letter.Markdown{}, &letter.PDF{}} {
		err := p.Print(io.Discard, l)
		var addr *letter.AddressError
		var head *letter.LetterheadError
		if errors.As(err, &addr) || errors.As(err, &head) {
			// A4 refuses an address or letterhead longer than it has
			// room for; US Letter prints it, so its cost is measured there.
			err = (&letter.PDF{Paper: letter.USLetter}).Print(io.Discard, l)
		}
		if err != nil {
			tb.Fatalf("%T.Print: %v", p, err)
		}
	}
}

// allocated returns the bytes allocated composing and printing a letter
// with one field n characters long.
func allocated(t *testing.T, field, n int) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	printEvery(t, sizedLetter(t, field, n))
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestLinearCost checks that the work of a letter grows in proportion to
// the length of each field: a long field costs a bounded amount per
// character, and doubling it adds about as much again as the doubling
// before, not four times as much. It counts bytes
// allocated, which unlike time does not change with the machine's load
// or the race detector; BenchmarkSize shows the time.
func TestLinearCost(t *testing.T) {
	if testing.Short() {
		t.Skip("prints letters of 80,000 characters")
	}
	for i, f := range sizeFields {
		t.Run(f.name, func(t *testing.T) {
			allocated(t, i, 100) // what is made once: fonts, treaty data
			// The least of three runs at each size: what a run makes once
			// and keeps (a font subset, a pooled compressor) is then not
			// counted as the cost of the characters.
			least := func(n int) uint64 { return min(allocated(t, i, n), allocated(t, i, n), allocated(t, i, n)) }
			a, b, c := least(20000), least(40000), least(80000)
			// Twice the characters cost about twice as much (less, for
			// what a letter costs whatever its length); a cost that grew
			// with the square would be four times. The ratio of totals,
			// unlike that of differences, does not magnify the noise of
			// a pooled buffer or a cached font subset.
			growth := float64(c) / float64(max(b, 1))
			t.Logf("allocated %d, %d, %d KiB at 20k, 40k, 80k characters: 80k costs %.2f× 40k", a>>10, b>>10, c>>10, growth)
			if growth > 3 {
				t.Errorf("the %s at 80k characters costs %.1f× what it does at 40k (%d KiB against %d KiB); want about 2×", f.name, growth, c>>10, b>>10)
			}
			// Each character of a field is laid out a few times (text,
			// Markdown, PDF) and kept in a few strings: a few hundred
			// bytes. When every page repeated the subject it was 24 KB.
			if perChar := float64(c-b) / 40000; perChar > 2000 {
				t.Errorf("each character of the %s costs %.0f bytes; want under 2000", f.name, perChar)
			}
		})
	}
}

// BenchmarkSize composes and prints, in every format, letters with one
// field 10k, 20k and 40k characters long: the time per letter should
// double with the length, not quadruple.
func BenchmarkSize(b *testing.B) {
	for i, f := range sizeFields {
		for _, n := range []int{10000, 20000, 40000} {
			b.Run(fmt.Sprintf("%s/%dk", strings.ReplaceAll(f.name, " ", "-"), n/1000), func(b *testing.B) {
				for b.Loop() {
					printEvery(b, sizedLetter(b, i, n))
				}
			})
		}
	}
}
