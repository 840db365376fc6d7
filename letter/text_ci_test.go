package letter

import (
	"bytes"
	"strings"
	"testing"
)

// TestTextNoWorkflowCommands checks that no line of a text letter starts
// as a GitHub workflow command, whatever the case file says.
func TestTextNoWorkflowCommands(t *testing.T) {
	l := seedLetter()
	l.Subject = "::error::pwned"
	l.Salutation = "##[add-mask]secret"
	l.Body = append(l.Body, &Paragraph{Text: "::warning file=x::" + strings.Repeat("a ", 100)},
		&List{Items: []string{"::x::y"}})
	for _, width := range []int{20, 72} {
		var b bytes.Buffer
		if err := (&Text{Width: width}).Print(&b, l); err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(b.String(), "\n") {
			if strings.HasPrefix(line, "::") || strings.HasPrefix(line, "##[") {
				t.Errorf("width %d: line %q starts a workflow command", width, line)
			}
		}
		if !strings.Contains(b.String(), "\n ::warning file=x::") {
			t.Errorf("width %d: the paragraph is not indented by one space:\n%s", width, b.String())
		}
	}
}
