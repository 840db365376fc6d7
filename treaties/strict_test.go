package treaties

import (
	"strings"
	"testing"
	"testing/fstest"
)

// TestStrictClauseFiles checks that clause files are read as strictly as
// case files, each problem at its place.
func TestStrictClauseFiles(t *testing.T) {
	const ok = "articles: [{article: '1', source: s, paragraphs: [{text: [a]}]}]\n"
	for _, tt := range []struct{ name, data, want string }{
		{"escape in the file", "id: x\nname: a\x1b]0;t\x07\n" + ok, "mine.yaml:2:8: control character U+001B in the file; remove it"},
		{"escape written as \\e", "id: x\nname: \"a\\e[2J\"\n" + ok, "mine.yaml:2:7: control character U+001B in text; remove it"},
		{"bidi override", "id: x\nname: a\nshort: \"\u202eevil\"\n" + ok, "mine.yaml:3:9: invisible formatting character U+202E in the file; remove it"},
		{"bidi override as an escape", "id: x\nname: a\nshort: \"\\u202Eevil\"\n" + ok, "mine.yaml:3:8: invisible formatting character U+202E in text; remove it"},
		{"line break in a one-line value as an escape", "id: x\nname: \"a\\x85b\"\n" + ok, "mine.yaml:2:7: control character U+0085 in text; remove it"},
		{"invalid UTF-8", "id: x\nname: \xff\n" + ok, "mine.yaml:2:7: invalid UTF-8 (byte 0xFF)"},
		{"NUL", "id: x\x00\n", "mine.yaml:1:6: NUL byte"},
		{"alias", "id: x\nname: &n a\nshort: *n\n" + ok, "mine.yaml:2:7: YAML anchors (&n) are not allowed"},
		{"two documents", "id: x\n---\nid: y\n", "mine.yaml:2:1: a clause file holds one YAML document"},
		{"too large", "id: x\nname: " + strings.Repeat("a", MaxFileSize) + "\n", "mine.yaml: clause file is larger than 1024 KiB"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(fstest.MapFS{"mine.yaml": {Data: []byte(tt.data)}})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Load = %v, want %q", err, tt.want)
			}
		})
	}
}
