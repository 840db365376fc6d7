package cases

import (
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"

	"github.com/appeal-letters/appeal/internal/lazyregexp"
	"github.com/appeal-letters/appeal/internal/safe"
)

// A Loader reads case files, with an organisation's defaults merged under
// each case and fields set from the command line over it. Its zero value
// reads case files as they are. A Loader may be used by several goroutines.
type Loader struct {
	// Stdin is read for the case file "-".
	Stdin io.Reader

	// Defaults is a defaults file: a partial case (typically the sender,
	// signatories and closing) whose fields fill what a case leaves out.
	Defaults string

	// Set are fields set over every case, from "--set path=value".
	Set []Setting

	once     sync.Once
	defaults *yaml.Node
	wording  *yaml.Node // the defaults file's "wording:" value
	defErr   error
}

// WordingField is the defaults-file field that names an organisation's
// wording folder (see "appeal wording"). It belongs to the run, not to a
// case, so it is taken out of the defaults before they are merged.
const WordingField = "wording"

// A Setting sets one field: Path is e.g. "recipient.name" or
// "requests[0]", Value is YAML, e.g. "Jane Doe" or "[a, b]".
type Setting struct {
	Path  []string // mapping keys; a list index is written "[0]"
	Value string
	Text  string // as given, for messages
}

var segment = lazyregexp.New(`^([a-z_]+)((?:\[\d+\])*)$`)

// ParseSetting reads "path=value", e.g. `recipient.name=Jane Doe`.
func ParseSetting(s string) (Setting, error) {
	path, value, ok := strings.Cut(s, "=")
	if !ok || path == "" {
		return Setting{}, fmt.Errorf("--set %q: write it as field=value, e.g. recipient.name=\"Jane Doe\"", s)
	}
	st := Setting{Value: value, Text: path}
	for _, part := range strings.Split(path, ".") {
		m := segment.FindStringSubmatch(part)
		if m == nil {
			return Setting{}, fmt.Errorf("--set %q: %q is not a field name (fields are lower case, like sender.closing or requests[0])", s, part)
		}
		st.Path = append(st.Path, m[1])
		for _, idx := range regexp.MustCompile(`\[\d+\]`).FindAllString(m[2], -1) {
			st.Path = append(st.Path, idx)
		}
	}
	return st, nil
}

// Load reads and checks the case file at path ("-" reads standard input,
// named "<stdin>" in messages). Problems come back as Diagnostics, all of them.
func Load(path string, stdin io.Reader) (*Case, error) {
	return (&Loader{Stdin: stdin}).Load(path)
}

// Load reads and checks the case file at path, with the loader's defaults
// and settings applied.
func (l *Loader) Load(path string) (*Case, error) {
	name, dir := path, filepath.Dir(path)
	var data []byte
	var err error
	if path == "-" {
		name, dir = "<stdin>", "."
		data, err = readLimited(l.Stdin)
	} else {
		data, err = readFile(path)
	}
	if err != nil {
		return nil, Diagnostics{{File: name, Severity: SevError, Message: err.Error()}}
	}
	root, ds := parseYAML(name, data)
	if ds != nil {
		return nil, ds
	}
	origin := map[*yaml.Node]string{}
	if l.Defaults != "" {
		def, err := l.loadDefaults()
		if err != nil {
			return nil, err
		}
		mergeUnder(root, def, l.Defaults, origin)
	}
	for _, s := range l.Set {
		if err := set(root, s, origin); err != nil {
			return nil, Diagnostics{{File: "--set " + s.Text, Severity: SevError, Message: err.Error()}}
		}
	}
	c, err := decodeCase(name, root, origin)
	if c != nil {
		c.Dir = dir
	}
	return c, err
}

func readFile(path string) ([]byte, error) {
	// Not os.Open: a FIFO or device named as a case file would block or
	// never end.
	f, err := safe.Open(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read case file: %w", unwrapPath(err))
	}
	defer f.Close()
	data, err := readLimited(f)
	if err != nil && err != errTooLarge {
		return nil, fmt.Errorf("cannot read case file: %w", unwrapPath(err))
	}
	return data, err
}

// loadDefaults parses the defaults file once; it must be a mapping.
func (l *Loader) loadDefaults() (*yaml.Node, error) {
	l.once.Do(func() {
		data, err := readFile(l.Defaults)
		if err != nil {
			l.defErr = Diagnostics{{File: l.Defaults, Severity: SevError, Message: strings.Replace(err.Error(), "case file", "defaults file", 1)}}
			return
		}
		root, ds := parseYAML(l.Defaults, data)
		if ds != nil {
			l.defErr = ds
			return
		}
		if root.Kind != yaml.MappingNode {
			l.defErr = Diagnostics{{File: l.Defaults, Line: root.Line, Column: root.Column, Severity: SevError,
				Message: "a defaults file holds fields of a case (such as sender:), not " + kindName(root)}}
			return
		}
		if i := keyIndex(root, WordingField); i >= 0 {
			l.wording = root.Content[i+1]
			root.Content = append(root.Content[:i:i], root.Content[i+2:]...)
		}
		l.defaults = root
	})
	return l.defaults, l.defErr
}

// Wording returns the wording folder that the defaults file names
// ("wording: our-wording/"), read from the defaults file's folder unless
// absolute, or "" if it names none. at is the value's place in the defaults
// file, for a message about the folder. A defaults file that cannot be read
// names none here: Load reports it with each case, as before.
func (l *Loader) Wording() (dir string, at Diagnostic, err error) {
	if l.Defaults == "" {
		return "", Diagnostic{}, nil
	}
	if _, err := l.loadDefaults(); err != nil {
		return "", Diagnostic{}, nil
	}
	n := l.wording
	if n == nil || n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return "", Diagnostic{}, nil
	}
	at = Diagnostic{File: l.Defaults, Line: n.Line, Column: n.Column, Severity: SevError}
	if n.Kind != yaml.ScalarNode || n.Tag != "!!str" || n.Value == "" {
		at.Message = fmt.Sprintf("%s: expected the path of a folder of wording files (e.g. wording: our-wording/), not %s", WordingField, kindName(n))
		return "", Diagnostic{}, Diagnostics{at}
	}
	dir = n.Value
	if !filepath.IsAbs(dir) {
		dir = filepath.Join(filepath.Dir(l.Defaults), dir)
	}
	return dir, at, nil
}

// mergeUnder adds to dst each field of src that dst lacks, recursively for
// fields that both have as mappings: the case wins over its defaults.
func mergeUnder(dst, src *yaml.Node, file string, origin map[*yaml.Node]string) {
	if dst.Kind != yaml.MappingNode || src.Kind != yaml.MappingNode {
		return
	}
	for i := 0; i+1 < len(src.Content); i += 2 {
		k, v := src.Content[i], src.Content[i+1]
		if j := keyIndex(dst, k.Value); j >= 0 {
			if n := dst.Content[j+1]; n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
				// "sender:" with nothing after it is a field left out.
				dst.Content[j+1] = copyNode(v, file, origin)
				continue
			}
			mergeUnder(dst.Content[j+1], v, file, origin)
			continue
		}
		k, v = copyNode(k, file, origin), copyNode(v, file, origin)
		dst.Content = append(dst.Content, k, v)
	}
}

func keyIndex(m *yaml.Node, key string) int {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return i
		}
	}
	return -1
}

// copyNode deep-copies n, recording every copy as coming from file, so that
// the defaults stay as read for the next case.
func copyNode(n *yaml.Node, file string, origin map[*yaml.Node]string) *yaml.Node {
	c := *n
	c.Content = make([]*yaml.Node, len(n.Content))
	for i, child := range n.Content {
		c.Content[i] = copyNode(child, file, origin)
	}
	origin[&c] = file
	return &c
}

// set puts a setting's value at its path in root, making mappings on the way.
func set(root *yaml.Node, s Setting, origin map[*yaml.Node]string) error {
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(s.Value), &doc); err != nil {
		return fmt.Errorf("the value is not valid YAML: %v", strings.TrimPrefix(err.Error(), "yaml: "))
	}
	value := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null"}
	if len(doc.Content) == 1 {
		value = doc.Content[0]
	}
	value = copyNode(value, "--set "+s.Text, origin)
	clearPositions(value)
	n := root
	for i, key := range s.Path {
		last := i == len(s.Path)-1
		if strings.HasPrefix(key, "[") {
			idx, _ := strconv.Atoi(strings.Trim(key, "[]"))
			if n.Kind != yaml.SequenceNode || idx >= len(n.Content) {
				return fmt.Errorf("%s has no item %d", strings.Join(s.Path[:i], "."), idx)
			}
			if last {
				n.Content[idx] = value
				return nil
			}
			n = n.Content[idx]
			continue
		}
		if n.Kind != yaml.MappingNode {
			return fmt.Errorf("%s is not a group of fields", strings.Join(s.Path[:i], "."))
		}
		j := keyIndex(n, key)
		if j < 0 {
			k := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: key}
			origin[k] = "--set " + s.Text
			child := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
			origin[child] = "--set " + s.Text
			n.Content = append(n.Content, k, child)
			j = len(n.Content) - 2
		}
		if last {
			n.Content[j+1] = value
			return nil
		}
		n = n.Content[j+1]
	}
	return nil
}

// clearPositions removes the line and column of a value from the command
// line: they would point into the --set argument, not a file.
func clearPositions(n *yaml.Node) {
	n.Line, n.Column = 0, 0
	for _, c := range n.Content {
		clearPositions(c)
	}
}
