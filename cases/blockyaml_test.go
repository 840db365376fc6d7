package cases

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"
	"go.yaml.in/yaml/v3"
)

// yamlFiles returns every YAML file in the repository: the files
// themselves and the .yaml sections of the txtar archives that the tests
// of the command and of letters keep, by name.
func yamlFiles(tb testing.TB) map[string][]byte {
	tb.Helper()
	files := map[string][]byte{}
	err := filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "third_party" || strings.HasPrefix(d.Name(), ".")) && path != ".." {
			return filepath.SkipDir
		}
		switch filepath.Ext(path) {
		case ".yaml", ".yml":
			data, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			files[path] = data
		case ".txtar":
			a, err := txtar.ParseFile(path)
			if err != nil {
				return err
			}
			for _, f := range a.Files {
				if ext := filepath.Ext(f.Name); ext == ".yaml" || ext == ".yml" {
					files[path+":"+f.Name] = f.Data
				}
			}
		}
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	if len(files) < 100 {
		tb.Fatalf("found %d YAML files in the repository; expected the example cases, the test cases and the clause files", len(files))
	}
	return files
}

// libraryTree reads data as parseYAML did before the block reader: one
// document with yaml.v3. It returns the root node, or an error.
func libraryTree(data []byte) (*yaml.Node, error) {
	var doc yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&doc); err != nil {
		return nil, err
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err != io.EOF {
		return nil, fmt.Errorf("a second document, or an error after the first: %v", err)
	}
	if len(doc.Content) != 1 {
		return nil, fmt.Errorf("document of %d nodes", len(doc.Content))
	}
	return doc.Content[0], nil
}

// sameTree returns where two trees differ in anything but comments, or "".
func sameTree(got, want *yaml.Node, path string) string {
	if got.Kind != want.Kind || got.Tag != want.Tag || got.Value != want.Value || got.Style != want.Style ||
		got.Line != want.Line || got.Column != want.Column || got.Anchor != want.Anchor || got.Alias != want.Alias {
		return fmt.Sprintf("%s: got %s, want %s", path, describeNode(got), describeNode(want))
	}
	if len(got.Content) != len(want.Content) {
		return fmt.Sprintf("%s: got %d children, want %d", path, len(got.Content), len(want.Content))
	}
	for i := range got.Content {
		if d := sameTree(got.Content[i], want.Content[i], fmt.Sprintf("%s/%d", path, i)); d != "" {
			return d
		}
	}
	return ""
}

func describeNode(n *yaml.Node) string {
	return fmt.Sprintf("{kind %d, tag %s, value %q, style %d, at %d:%d, anchor %q}", n.Kind, n.Tag, n.Value, n.Style, n.Line, n.Column, n.Anchor)
}

// checkBlockYAML fails t when the block reader accepts data and reads it
// other than yaml.v3 does. It reports whether the block reader accepted it.
// Like parseYAML, it gives the reader only files that checkBytes passes.
func checkBlockYAML(t *testing.T, name string, data []byte) bool {
	t.Helper()
	if _, ok := checkBytes(name, data); !ok || len(data) > MaxSize {
		return false
	}
	got, ok, bug := readBlock(data)
	if bug != nil {
		t.Fatalf("%s: the block reader panicked: %v\n%s", name, bug, data)
	}
	if !ok {
		return false
	}
	want, err := libraryTree(data)
	if err != nil {
		t.Fatalf("%s: the block reader read what yaml.v3 rejects (%v):\n%s", name, err, data)
	}
	if d := sameTree(got, want, ""); d != "" {
		t.Fatalf("%s: the block reader and yaml.v3 differ at %s\n%s", name, d, data)
	}
	return true
}

// TestBlockYAML reads every YAML file of the repository both ways. The
// block reader must read each example case itself (or it saves nothing)
// and read every file it accepts as yaml.v3 does.
func TestBlockYAML(t *testing.T) {
	files := yamlFiles(t)
	read := 0
	for name, data := range files {
		if checkBlockYAML(t, name, data) {
			read++
		}
	}
	for _, name := range []string{"djabbarbergenov.yaml", "djabbarbergenov-ru.yaml", "example-child.yaml", "template.yaml"} {
		if _, ok := readBlockYAML(files[filepath.Join("..", "cases", name)]); !ok {
			t.Errorf("the block reader leaves %s to yaml.v3", name)
		}
	}
	t.Logf("the block reader read %d of %d files", read, len(files))
}

// TestBlockYAMLCases are forms at the subset's edges, and outside it.
func TestBlockYAMLCases(t *testing.T) {
	for _, tc := range []struct {
		in   string
		read bool // whether the block reader reads it itself
	}{
		{"a: 1\nb: x\n", true},
		{"a:\nb: 1", true},
		{"x:\n  a:\n  # c\n\n  b:\nc:", true},
		{"a:\n- x\n-\n- y\nb:\n  -\n", true},
		{"a: |\n  t\n\n  u\n\n\nb: x", true},
		{"a: >-\n  one\n  two\n\n  three\n    four\n  five\n", true},
		{"a: |+\n  t\n\n", true},
		{"a: |\n  t", true},
		{"a: x\n  y\n\n  z  \nb: 1", true},
		{"a:\n  - k: \n    l: 2\n  -   \n    m: 3", true},
		{"- a\n- b\n", false},
		{"'a''b': \"c\\u00e9\\x41\\\"\" # d\n", true},
		{"a: \"\\ud800\"\n", false},
		{"имя: Мария # x\nдата: 2012-02-29\nn: 0x1F\nf: 1e3\nt: TRUE\nz: ~\n", true},
		{"a: &x 1\nb: *x\n", false},
		{"a: [1, 'x', b c , \"d\"]\nb: []\n- [y]\n", false},
		{"a: [1, 'x', b c , \"d\"]\nb: [ ]\nc:\n- [y]\n", true},
		{"a: {b: 1, 'c' : \"d\", e: f g}\nb: { }\n", true},
		{"a: {b: 1, c}\n", false},
		{"a: {b: {c: d}}\n", false},
		{"a: [x, [y]]\n", false},
		{"a: [x,\n  y]\n", false},
		{"a: !!str 1\n", false},
		{"---\na: 1\n", false},
		{"a: 1\n---\nb: 2\n", false},
		{"a:\tb\n", false},
		{"a: 1\r\n", false},
		{"a: b: c\n", false},
		{"a: \"x\n  y\"\n", false},
		{"a: |2\n   x\n", false},
		{"<<: {a: 1}\n", false},
		{"a:\n    b: 1\n  c: 2\n", false},
		{"? a\n: b\n", false},
		{"", false},
		{"# only a comment\n", false},
	} {
		t.Run("", func(t *testing.T) {
			got := checkBlockYAML(t, "input", []byte(tc.in))
			if got != tc.read {
				t.Errorf("readBlockYAML(%q) read it: %v, want %v", tc.in, got, tc.read)
			}
		})
	}
}

// TestBlockYAMLEdges are forms the block reader may read or leave: where
// it reads them, it must read them as yaml.v3 does.
func TestBlockYAMLEdges(t *testing.T) {
	for _, in := range []string{
		"a: x\n  - y\n",
		"a: x\n  [y]\n",
		"a: x\n  &y\n",
		"a: x\n  *y\n",
		"a: x\n  !y\n",
		"a: x\n  {y}\n",
		"a: x\n  'y'\n",
		"a: x\n  \"y\n",
		"a: x\n  |y\n",
		"a: x\n  ? y\n",
		"a: x\n  %y\n",
		"a: x\n  @y\n",
		"a: x\n  ,y\n",
		"a:\n- x\n  - y\n",
		"a:\n  - x\n    - y\n",
		"- - x\n  - y\n",
		"a:\n  - - x\n    - y\n  - z\n",
		"a: x\n\n\n  y\n",
		"a: x\n  y #c\n  z\n",
		"a: |\n   \n  x\n",
		"a: >\n  x\n\n   y\n  z\n",
		"a: |-\n  x\n\n\nb: 1\n",
		"a: |+\n  x\n\n\nb: 1\n",
		"a: >+\n\n  x\n",
		"a: \"x\" # c\n",
		"a: 'x'#c\n",
		"a: x:y\n",
		"a: x :y\n",
		"a : x\n",
		"'a' : x\n",
		"a: [x, y ]  # c\n",
		"a: [x,y]\n",
		"a: [x , y]\n",
		"a: {x: y,z: w}\n",
		"a: {x:y}\n",
		"a: []x\n",
		"a: 0o17\n",
		"a: 0b101\n",
		"a: -0x1F\n",
		"a: 1_000\n",
		"a: 12:30\n",
		"a: 2012-1-2\n",
		"a: 2012-01-02T10:00:00Z\n",
		"a: 2012-02-30\n",
		"a: +1\n",
		"a: .5\n",
		"a: -.inf\n",
		"a: 1e5\n",
		"a: 0x\n",
		"a: ~\n",
		"a: Null\n",
		"a: yes\n",
		"   a: x\n   b: y\n",
		"a:\n   x\n  y\n",
		"a:\n  x\n y\n",
		"a: x\nb:\n  c: d\n e: f\n",
	} {
		checkBlockYAML(t, "input", []byte(in))
	}
}

// FuzzBlockYAML holds the block reader to yaml.v3: whatever it reads, it
// must read to the same tree.
func FuzzBlockYAML(f *testing.F) {
	for _, data := range yamlFiles(f) {
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		checkBlockYAML(t, "input", data)
	})
}

// BenchmarkParse reads the example case: the whole of Parse, and its
// YAML step with the block reader and with yaml.v3.
func BenchmarkParse(b *testing.B) {
	data, err := os.ReadFile("djabbarbergenov.yaml")
	if err != nil {
		b.Fatal(err)
	}
	b.Run("case", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := Parse("case.yaml", data); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("block", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, ok := readBlockYAML(data); !ok {
				b.Fatal("not read")
			}
		}
	})
	b.Run("yaml.v3", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := libraryTree(data); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("checkBytes", func(b *testing.B) {
		for b.Loop() {
			checkBytes("case.yaml", data)
		}
	})
}
