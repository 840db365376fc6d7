package letter

import (
	"strings"

	ru "github.com/appeal-letters/appeal/letter/wording"
)

// shortenStates names each state of the case in full the first time the
// body names it, and by its shorter name after that ("the Bolivarian
// Republic of Venezuela", then "Venezuela"), as a letter in English does;
// words inside quotation marks (a state's own reservation, quoted) or
// brackets (a source such as the "Commission of Inquiry on the Syrian Arab
// Republic") are verbatim and stay as they are.
func (w *writer) shortenStates(blocks []Block) {
	done := map[string]bool{}
	for _, name := range []string{w.c.HoldingState, w.c.RequestingState, w.c.Destination()} {
		st, ok := w.opt.Records.State(name)
		if !ok || done[st.Name] {
			continue
		}
		done[st.Name] = true
		short := ru.EnglishShortName(st.Name)
		if short == "" {
			continue
		}
		r := stateShortener{full: withArticle(st.Name), short: short}
		for _, b := range blocks {
			switch b := b.(type) {
			case *Paragraph:
				b.Text = r.replace(b.Text)
			case *List:
				for i := range b.Items {
					b.Items[i] = r.replace(b.Items[i])
				}
			}
		}
	}
}

// A stateShortener replaces a state's full name, after its first
// mention, by its short name.
type stateShortener struct {
	full, short string
	named       bool
}

func (r *stateShortener) replace(s string) string {
	if !strings.Contains(s, r.full) && !strings.Contains(s, capitalise(r.full)) {
		return s
	}
	var b strings.Builder
	depth := 0 // inside “…” or (…): a quotation, or a source's own name
	for i := 0; i < len(s); {
		switch {
		case strings.HasPrefix(s[i:], "“") || s[i] == '(':
			depth++
		case (strings.HasPrefix(s[i:], "”") || s[i] == ')') && depth > 0:
			depth--
		case depth == 0 && (strings.HasPrefix(s[i:], r.full) || strings.HasPrefix(s[i:], capitalise(r.full))):
			if !r.named {
				r.named = true
				b.WriteString(s[i : i+len(r.full)])
			} else if s[i] == r.full[0] {
				b.WriteString(r.short)
			} else {
				b.WriteString(capitalise(r.short))
			}
			i += len(r.full)
			continue
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}
