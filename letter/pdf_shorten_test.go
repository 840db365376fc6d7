package letter

import (
	"strings"
	"testing"

	"github.com/appeal-letters/appeal/letter/typeset"
)

// TestContinuationSubject checks that later pages show at most two lines
// of the subject, cut with "…", however long it is: repeating it whole
// made a letter's cost grow with the square of its length.
func TestContinuationSubject(t *testing.T) {
	for _, n := range []int{10, 200, 5000, 100000} {
		l := seedLetter()
		l.Subject = strings.Repeat("Urgent appeal ", n/14+1)[:n]
		l.Recipient[0] = strings.Repeat("Name ", n/5+1)[:n]
		lo, err := (&PDF{Paper: USLetter}).layout(l, (&PDF{}).fonts())
		if err != nil {
			t.Fatal(err)
		}
		var subject, recipient []string
		for _, s := range lo.continuation().Spans {
			switch s.Style {
			case typeset.Italic:
				subject = append(subject, s.Text)
			case typeset.Regular:
				if !s.Right {
					recipient = append(recipient, s.Text)
				}
			}
		}
		if len(subject) == 0 || len(subject) > 2 {
			t.Errorf("subject of %d characters: %d lines in the header, want 1 or 2", n, len(subject))
		}
		if len(recipient) != 1 {
			t.Errorf("recipient of %d characters: %d lines in the header, want 1", n, len(recipient))
		}
		long := n > 400
		if got := strings.HasSuffix(subject[len(subject)-1], "…"); got != long {
			t.Errorf("subject of %d characters: header ends %q", n, subject[len(subject)-1])
		}
	}
}
