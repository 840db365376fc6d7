package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestErrorPaths runs every way the command line can fail and checks each
// ends with the right exit status and only "appeal: …" messages: no stack
// trace, no Go type names, no half-formatted text.
func TestErrorPaths(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	example := "../../cases/djabbarbergenov.yaml"
	good := write("good.yaml", `version: 1
letter: {subject: Appeal}
recipient: {honorific: Ms, name: A. Official}
sender: {organisation: Org}
detainee: {name: A. Person, pronouns: she}
holding_state: Kazakhstan
requesting_state: Uzbekistan
accusation: teaching
status: {awaiting: a decision}
requests: [release her]
`)
	chinese := write("chinese.yaml", strings.Replace(readFile(t, good), "A. Person", "王小明", 1))
	badYAML := write("bad.yaml", "version: 1\nletter: [\n")
	empty := write("empty.yaml", "")
	binary := write("binary.yaml", "version: 1\x00\x01\x02")
	huge := write("huge.yaml", "# "+strings.Repeat("x", 2<<20)+"\n")
	unknownClause := write("clause.yaml", readFile(t, good)+"clauses: [cat-99]\n")
	write("treaties/bad.yaml", "id: x\nname: [\n")
	notFont := write("font.ttf", "not a font")
	write("a/one.yaml", readFile(t, good))
	write("b/one.yaml", readFile(t, good))

	tests := []struct {
		args   []string
		env    map[string]string
		status int
	}{
		// The command line.
		{[]string{"frobnicate"}, nil, 2},
		{[]string{"generate", "--bogus"}, nil, 2},
		{[]string{"generate", good, good}, nil, 2},
		{[]string{"generate", good, "-f", "docx"}, nil, 2},
		{[]string{"generate", good, "-o", filepath.Join(dir, "x.odt")}, nil, 2},
		{[]string{"generate", good, "--width", "5"}, nil, 2},
		{[]string{"generate", good, "--width", "many"}, nil, 2},
		{[]string{"generate", good, "-f", "pdf", "-o", filepath.Join(dir, "x.pdf"), "--paper", "a5"}, nil, 2},
		{[]string{"generate", good, "--jobs", "-1", "--out-dir", dir}, nil, 2},
		{[]string{"generate", good, "--check"}, nil, 2},
		{[]string{"generate", good, "--out-dir", dir, "-o", "x.pdf"}, nil, 2},
		{[]string{"generate", dir}, nil, 2},
		{[]string{"generate", "-", "--out-dir", dir}, nil, 2},
		{[]string{"generate", filepath.Join(dir, "a/one.yaml"), filepath.Join(dir, "b/one.yaml"), "--out-dir", dir}, nil, 2},
		{[]string{"generate", good, "--out-dir", dir, "-f", "text,docx"}, nil, 2},
		{[]string{"generate", good, "--set", "novalue"}, nil, 2},
		{[]string{"generate", good, "--set", "Bad Path=x"}, nil, 2},
		{[]string{"validate"}, nil, 2},
		{[]string{"treaties", "show"}, nil, 2},
		{[]string{"treaties", "status"}, nil, 2},
		{[]string{"treaties", "bogus"}, nil, 2},
		{[]string{"completion", "tcsh"}, nil, 2},

		// The work.
		{[]string{"generate", filepath.Join(dir, "missing.yaml")}, nil, 1},
		{[]string{"generate", badYAML}, nil, 1},
		{[]string{"generate", empty}, nil, 1},
		{[]string{"generate", binary}, nil, 1},
		{[]string{"generate", huge}, nil, 1},
		{[]string{"generate", unknownClause}, nil, 1},
		{[]string{"validate", unknownClause, badYAML}, nil, 1},
		{[]string{"generate", good, "--set", "recipient.nmae=X"}, nil, 1},
		{[]string{"generate", good, "--set", "requests[5]=X"}, nil, 1},
		{[]string{"generate", good, "--set", "letter.date=2013-02-29"}, nil, 1},
		{[]string{"generate", good, "--defaults", filepath.Join(dir, "missing.yaml")}, nil, 1},
		{[]string{"generate", good, "--defaults", badYAML}, nil, 1},
		{[]string{"generate", good, "--treaties", filepath.Join(dir, "missing")}, nil, 1},
		{[]string{"generate", good, "--treaties", filepath.Join(dir, "treaties")}, nil, 1},
		{[]string{"generate", good, "-o", filepath.Join(dir, "x.pdf"), "--font", filepath.Join(dir, "missing.ttf")}, nil, 1},
		{[]string{"generate", good, "-o", filepath.Join(dir, "x.pdf"), "--font", notFont}, nil, 1},
		{[]string{"generate", chinese, "-o", filepath.Join(dir, "x.pdf")}, nil, 1},
		{[]string{"generate", good, "-o", filepath.Join(dir, "no/such/folder/x.txt")}, nil, 1},
		{[]string{"generate", good, "-o", filepath.Join(dir, "x.pdf")}, map[string]string{"SOURCE_DATE_EPOCH": "yesterday"}, 1},
		{[]string{"generate", example, badYAML, "--out-dir", filepath.Join(dir, "out")}, nil, 1},
		{[]string{"generate", good, "--out-dir", filepath.Join(good, "sub")}, nil, 1},
		{[]string{"treaties", "show", "cat-99"}, nil, 1},
		{[]string{"treaties", "status", "Narnia"}, nil, 1},
	}
	stackTrace := regexp.MustCompile(`goroutine \d|panic:|\.go:\d+|runtime\.|reflect\.|yaml\.Node|\*[a-z]+\.[A-Z]|%!|<nil>|strconv\.`)
	for _, tt := range tests {
		var stdout, stderr bytes.Buffer
		app := &App{
			Stdin:  strings.NewReader(""),
			Stdout: &stdout,
			Stderr: &stderr,
			Getenv: func(k string) string {
				if k == "APPEAL_FONTCONFIG" {
					return "off" // the machine's fonts must not change the results
				}
				return tt.env[k]
			},
			Now: func() time.Time { return time.Date(2012, 8, 1, 0, 0, 0, 0, time.UTC) },
		}
		name := strings.ReplaceAll(strings.Join(tt.args, " "), dir, "$DIR")
		status := run(app, tt.args)
		if testing.Verbose() {
			t.Logf("appeal %s → %d\n%s", name, status, stderr.String())
		}
		if status != tt.status {
			t.Errorf("appeal %s: exit status %d, want %d\nstderr:\n%s", name, status, tt.status, stderr.String())
			continue
		}
		if stderr.Len() == 0 {
			t.Errorf("appeal %s: no message on stderr", name)
		}
		for _, line := range strings.Split(strings.TrimSuffix(stderr.String(), "\n"), "\n") {
			if !strings.HasPrefix(line, "appeal: ") && line != "Run 'appeal --help' for usage." {
				t.Errorf("appeal %s: stderr line %q does not start with \"appeal: \"", name, line)
			}
		}
		if m := stackTrace.FindString(stderr.String()); m != "" {
			t.Errorf("appeal %s: stderr has %q, which a user should never see:\n%s", name, m, stderr.String())
		}
	}
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
