package cases

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
	"golang.org/x/text/unicode/norm"

	"github.com/appeal-letters/appeal/internal/lazyregexp"
)

// MaxSize is the largest case file read, in bytes: a letter's facts fit in far less.
const MaxSize = 1 << 20

// maxItems bounds every list in a case file: no letter cites more.
const maxItems = 1000

const emptyMessage = "the case file is empty; start from 'appeal init' or cases/djabbarbergenov.yaml"

var errTooLarge = fmt.Errorf("case file is larger than %d KiB; a case file holds one case", MaxSize>>10)

func readLimited(r io.Reader) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxSize {
		return nil, errTooLarge
	}
	return data, nil
}

// unwrapPath keeps an *os.PathError's reason, not Go's "open PATH" prefix:
// the diagnostic names the file already.
func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Parse reads and checks a case file's contents; name is used in messages.
// It returns the Case with every problem found, as Diagnostics; the Case is
// nil when the file could not be read as YAML at all.
func Parse(name string, data []byte) (*Case, error) {
	root, ds := parseYAML(name, data)
	if ds != nil {
		return nil, ds
	}
	return decodeCase(name, root, nil)
}

// parseYAML reads one YAML document and returns its root node.
func parseYAML(name string, data []byte) (*yaml.Node, Diagnostics) {
	if len(data) > MaxSize {
		return nil, Diagnostics{{File: name, Severity: SevError, Message: errTooLarge.Error()}}
	}
	if d, ok := checkBytes(name, data); !ok {
		return nil, Diagnostics{d}
	}
	if root, ok := readBlockYAML(data); ok {
		return root, nil
	}
	var doc yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&doc); err != nil {
		if err == io.EOF {
			return nil, Diagnostics{{File: name, Line: 1, Column: 1, Severity: SevError, Message: emptyMessage}}
		}
		return nil, Diagnostics{syntaxError(name, data, err)}
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err != nil && err != io.EOF {
		// Broken YAML after the first document is still broken.
		return nil, Diagnostics{syntaxError(name, data, err)}
	} else if err == nil {
		return nil, Diagnostics{{File: name, Line: extra.Line, Column: extra.Column, Severity: SevError,
			Message: "a case file holds one YAML document; remove the second '---' and what follows, or split it into another file"}}
	}
	root := &doc
	if root.Kind == yaml.DocumentNode && len(root.Content) == 1 {
		root = root.Content[0]
	}
	if root.Kind == yaml.ScalarNode && root.Tag == "!!null" {
		// "---" or "~" alone: a document with nothing in it.
		return nil, Diagnostics{{File: name, Line: root.Line, Column: root.Column, Severity: SevError, Message: emptyMessage}}
	}
	return root, nil
}

// decodeCase fills a Case from a parsed document. origin names the file of
// nodes that came from elsewhere (a defaults file, the command line).
func decodeCase(name string, root *yaml.Node, origin map[*yaml.Node]string) (*Case, error) {
	// Each value gets a position: made big enough at once, the map is not
	// grown and rehashed again and again while the case is read.
	c := &Case{File: name, Dir: ".", pos: make(map[string]Pos, values(root)), from: map[string]string{}, texts: map[string]map[string]string{}}
	d := &decoder{file: name, pos: c.pos, origin: origin, from: c.from, texts: c.texts, version: versionOf(root)}
	d.decode(root, reflect.ValueOf(c).Elem(), "")
	if root.Kind == yaml.MappingNode {
		d.diags = append(d.diags, check(c, d.diags)...)
		d.diags = append(d.diags, c.CheckLanguage(c.Letter.Language)...)
	}
	if len(d.diags) > 0 {
		return c, d.diags
	}
	return c, nil
}

// values counts the values under n, n included: the nodes that are not
// mapping keys.
func values(n *yaml.Node) int {
	count := 1
	for i, child := range n.Content {
		if n.Kind == yaml.MappingNode && i%2 == 0 {
			continue
		}
		count += values(child)
	}
	return count
}

// checkBytes rejects what YAML would reject less clearly: invalid UTF-8 and
// NUL bytes, at their line and column.
func checkBytes(name string, data []byte) (Diagnostic, bool) {
	line, col := 1, 1
	for i := 0; i < len(data); {
		if c := data[i]; c >= ' ' && c < 0x7F {
			// Most of a file: printable ASCII.
			i++
			col++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			return Diagnostic{File: name, Line: line, Column: col, Severity: SevError,
				Message: fmt.Sprintf("invalid UTF-8 (byte 0x%02X); save the file as UTF-8", data[i])}, false
		case r == 0:
			return Diagnostic{File: name, Line: line, Column: col, Severity: SevError,
				Message: "NUL byte in the file; a case file is text"}, false
		case r < ' ' && r != '\t' && r != '\n' && r != '\r', r >= 0x7F && r <= 0x9F && r != 0x85, r == 0xFFFE, r == 0xFFFF:
			// YAML rejects these too, but without saying where.
			return Diagnostic{File: name, Line: line, Column: col, Severity: SevError,
				Message: fmt.Sprintf("control character %U in the file; remove it", r)}, false
		case r == '\n':
			line, col = line+1, 0
		}
		i += size
		col++
	}
	return Diagnostic{}, true
}

var yamlLine = lazyregexp.New(`^yaml: (?:line (\d+): )?(.*)$`)

// syntaxError turns the YAML library's message into a positioned diagnostic.
func syntaxError(name string, data []byte, err error) Diagnostic {
	d := Diagnostic{File: name, Line: 1, Severity: SevError, Message: "YAML syntax error: " + err.Error()}
	if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
		// The YAML library leaves out the line when it counts it as 0:
		// the first line, or the end of the file for an unfinished value.
		if m[1] != "" {
			d.Line, _ = strconv.Atoi(m[1])
		} else if strings.Contains(m[2], "end of stream") {
			d.Line = bytes.Count(data, []byte("\n")) + 1
		}
		d.Message = "YAML syntax error: " + m[2]
		switch {
		case strings.Contains(m[2], "found character that cannot start any token"):
			if col := tabColumn(data, d.Line); col > 0 {
				d.Column = col
				d.Message = "a tab character; YAML does not allow tabs for indentation, indent with spaces"
			} else {
				d.Message += " (a tab? indent with spaces)"
			}
		case strings.Contains(m[2], "end of stream"):
			d.Message += " (is a quotation mark or bracket left open?)"
		case strings.Contains(m[2], "mapping values are not allowed"):
			d.Message += " (check the indentation, or put a value containing \": \" in quotes)"
		}
	}
	return d
}

// tabColumn is the column of the first tab on line (counting from 1), or 0.
func tabColumn(data []byte, line int) int {
	lines := bytes.Split(data, []byte("\n"))
	if line < 1 || line > len(lines) {
		return 0
	}
	if i := bytes.IndexByte(lines[line-1], '\t'); i >= 0 {
		return utf8.RuneCount(lines[line-1][:i]) + 1
	}
	return 0
}

// A decoder fills Go values from YAML nodes by reflection, reading the field
// names from `yaml` tags, and collects every problem instead of stopping at
// the first.
type decoder struct {
	file   string
	pos    map[string]Pos
	origin map[*yaml.Node]string // file of nodes not from the case file
	from   map[string]string     // file of values not from the case file, by path
	diags  Diagnostics

	version int                          // the file's version: per-language texts need 2
	texts   map[string]map[string]string // per-language texts, by path (see language.go)
}

// versionOf reads the version a case file gives, before the rest: how a
// value is read depends on it. 0 if it gives none that is a number.
func versionOf(root *yaml.Node) int {
	if root.Kind != yaml.MappingNode {
		return 0
	}
	v, _ := strconv.Atoi(valueOf(root, "version").Value)
	return v
}

// nodeDecoder is implemented by types that read themselves from a scalar.
type nodeDecoder interface {
	decodeScalar(s string) error
}

func (d *decoder) errorf(n *yaml.Node, format string, args ...any) {
	file := d.file
	if o, ok := d.origin[n]; ok {
		file = o
	}
	d.diags = append(d.diags, Diagnostic{File: file, Line: n.Line, Column: n.Column,
		Severity: SevError, Message: fmt.Sprintf(format, args...)})
}

func join(path, name string) string {
	if path == "" {
		return name
	}
	return path + "." + name
}

func (d *decoder) decode(n *yaml.Node, v reflect.Value, path string) {
	d.pos[path] = Pos{n.Line, n.Column}
	if o, ok := d.origin[n]; ok {
		d.from[path] = o
	}
	if n.Kind == yaml.AliasNode {
		d.errorf(n, "YAML aliases (*%s) are not allowed in case files; write the value out", n.Value)
		return
	}
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		// An empty value leaves the field at its zero value; required
		// fields are then reported missing by their parent.
		return
	}
	if nd, ok := v.Addr().Interface().(nodeDecoder); ok {
		if n.Kind != yaml.ScalarNode {
			d.errorf(n, "%s: expected a single value, got %s", describe(path), kindName(n))
			return
		}
		if err := nd.decodeScalar(n.Value); err != nil {
			d.errorf(n, "%s: %v", describe(path), err)
		}
		return
	}
	switch v.Kind() {
	case reflect.Struct:
		d.decodeStruct(n, v, path)
	case reflect.Pointer:
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		d.decode(n, v.Elem(), path)
	case reflect.Slice:
		if n.Kind != yaml.SequenceNode {
			d.errorf(n, "%s: expected a list (lines starting with \"- \"), got %s", describe(path), kindName(n))
			return
		}
		if len(n.Content) > maxItems {
			d.errorf(n, "%s: %d items is more than the %d a case file may list", describe(path), len(n.Content), maxItems)
			return
		}
		s := reflect.MakeSlice(v.Type(), len(n.Content), len(n.Content))
		for i, item := range n.Content {
			d.decode(item, s.Index(i), path+"["+strconv.Itoa(i)+"]")
		}
		v.Set(s)
	case reflect.String:
		if n.Kind == yaml.MappingNode && v.Type() == reflect.TypeOf("") {
			if s, ok := d.decodeTexts(n, path); ok {
				v.SetString(s)
			}
			return
		}
		if n.Kind != yaml.ScalarNode {
			d.errorf(n, "%s: expected text, got %s", describe(path), kindName(n))
			return
		}
		s, err := cleanText(n.Value)
		if err != nil {
			d.errorf(n, "%s: %v", describe(path), err)
			return
		}
		v.SetString(s)
	case reflect.Int:
		i, err := strconv.Atoi(n.Value)
		if n.Kind != yaml.ScalarNode || n.Tag != "!!int" || err != nil {
			d.errorf(n, "%s: expected a whole number such as 4, got %s", describe(path), quoteNode(n))
			// It counts as not given, so that checks on its value do not
			// report it again.
			delete(d.pos, path)
			return
		}
		if i < 0 || i > 1000 {
			d.errorf(n, "%s: %d is out of range (0 to 1000)", describe(path), i)
			return
		}
		v.SetInt(int64(i))
	case reflect.Bool:
		if n.Kind != yaml.ScalarNode || n.Tag != "!!bool" {
			d.errorf(n, "%s: expected true or false, got %s", describe(path), quoteNode(n))
			return
		}
		v.SetBool(n.Value == "true" || n.Value == "True" || n.Value == "TRUE")
	default:
		panic("cases: no decoding for " + v.Type().String())
	}
}

// structFields are what decodeStruct needs of a struct type's fields,
// read once per type rather than for every struct of every case file.
type structFields struct {
	names    []string       // the fields' YAML names, in order
	index    map[string]int // field number by YAML name
	enum     []string       // by field number: its enum tag
	required []bool         // by field number: its required tag is "true"
}

var fieldsCache sync.Map // reflect.Type -> *structFields

func fieldsOf(t reflect.Type) *structFields {
	if sf, ok := fieldsCache.Load(t); ok {
		return sf.(*structFields)
	}
	sf := &structFields{index: map[string]int{}, enum: make([]string, t.NumField()), required: make([]bool, t.NumField())}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name := f.Tag.Get("yaml")
		if name == "" || name == "-" {
			continue
		}
		sf.names = append(sf.names, name)
		sf.index[name] = i
		sf.enum[i] = f.Tag.Get("enum")
		sf.required[i] = f.Tag.Get("required") == "true"
	}
	fieldsCache.Store(t, sf)
	return sf
}

func (d *decoder) decodeStruct(n *yaml.Node, v reflect.Value, path string) {
	if n.Kind != yaml.MappingNode {
		d.errorf(n, "%s: expected fields (name: value), got %s", describe(path), kindName(n))
		return
	}
	sf := fieldsOf(v.Type())
	names, index := sf.names, sf.index
	// By field number: given, given with no value, a misspelling of it
	// was reported.
	flags := make([]struct{ seen, empty, suggested bool }, len(sf.enum))
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			d.errorf(k, "%s: field names must be plain words", describe(path))
			continue
		}
		fi, ok := index[k.Value]
		if !ok {
			guess := Suggest(k.Value, names, 1)
			if k.Value == "recipient" && strings.HasPrefix(path, "recipients[") {
				// "- id: x" with a "recipient:" under it: the list item is
				// the recipient.
				d.errorf(k, "unknown field %q%s: each item of recipients is a recipient, so put its fields (name, title, address …) in the item itself, beside id", k.Value, inWhere(path))
				for fi := range flags {
					flags[fi].suggested = true
				}
				continue
			}
			d.errorf(k, "unknown field %q%s%s", k.Value, inWhere(path), DidYouMean(guess))
			for _, g := range guess {
				if gi, ok := index[g]; ok {
					flags[gi].suggested = true
				}
			}
			continue
		}
		if flags[fi].seen {
			d.errorf(k, "field %q given twice%s; keep one", k.Value, inWhere(path))
			continue
		}
		flags[fi].seen = true
		fpath := join(path, k.Value)
		before := len(d.diags)
		d.decode(val, v.Field(fi), fpath)
		if len(d.diags) == before && (val.Tag == "!!null" || isEmpty(v.Field(fi))) {
			flags[fi].empty = true
		}
		if enum := sf.enum[fi]; enum != "" && val.Tag != "!!null" {
			d.checkEnum(val, v.Field(fi).String(), enum, fpath)
		}
	}
	for _, name := range names {
		fi := index[name]
		if f := flags[fi]; sf.required[fi] && (!f.seen || f.empty) && !f.suggested {
			if f.seen {
				d.errorf(valueOf(n, name), "%q%s is empty; give it a value", name, inWhere(path))
				continue
			}
			d.errorf(n, "missing required field %q%s", name, inWhere(path))
		}
	}
}

// isEmpty reports text or a list with nothing in it.
func isEmpty(v reflect.Value) bool {
	k := v.Kind()
	return (k == reflect.String || k == reflect.Slice) && v.Len() == 0
}

func (d *decoder) checkEnum(n *yaml.Node, got, enum, path string) {
	allowed := strings.Split(enum, ",")
	for _, a := range allowed {
		if got == a {
			return
		}
	}
	d.errorf(n, "%s: %q is not one of %s%s", describe(path), got, strings.Join(allowed, ", "), DidYouMean(Suggest(got, allowed, 1)))
}

func valueOf(mapping *yaml.Node, key string) *yaml.Node {
	for i := 0; i+1 < len(mapping.Content); i += 2 {
		if mapping.Content[i].Value == key {
			return mapping.Content[i+1]
		}
	}
	return mapping
}

// describe names the field at path for a message, e.g. "detainee.pronouns".
func describe(path string) string {
	if path == "" {
		return "the case file"
	}
	return path
}

func inWhere(path string) string {
	if path == "" {
		return ""
	}
	return " in " + path
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "fields (name: value)"
	case yaml.SequenceNode:
		return "a list"
	case yaml.AliasNode:
		return "an alias"
	}
	return quoteNode(n)
}

func quoteNode(n *yaml.Node) string {
	if n.Kind != yaml.ScalarNode {
		return kindName(n)
	}
	v := n.Value
	if len(v) > 40 {
		// Cut at a character, not inside one.
		i := 40
		for i > 0 && !utf8.RuneStart(v[i]) {
			i--
		}
		v = v[:i] + "…"
	}
	return strconv.Quote(v)
}

// cleanText normalises a text value: NFC, runs of white space (including
// the line breaks of a folded paragraph) as one space, no control characters.
func cleanText(s string) (string, error) {
	// Most values need no change: single spaces between words, and
	// already NFC. They are returned as they are, without copying.
	single, ascii, space := true, true, true
	for _, r := range s {
		if unicode.IsControl(r) && r != '\n' && r != '\t' && r != '\r' {
			return "", fmt.Errorf("control character %U in text; remove it", r)
		}
		if r == '\u2028' || r == '\u2029' || (r >= '\u202A' && r <= '\u202E') || (r >= '\u2066' && r <= '\u2069') {
			return "", fmt.Errorf("invisible formatting character %U in text; remove it", r)
		}
		if isBreakingSpace(r) && (r != ' ' || space) {
			single = false
		}
		space = r == ' '
		ascii = ascii && r < utf8.RuneSelf
	}
	if single && !space && (ascii || norm.NFC.IsNormalString(s)) {
		return s, nil
	}
	return norm.NFC.String(strings.Join(strings.FieldsFunc(s, isBreakingSpace), " ")), nil
}

// isBreakingSpace reports white space that may be folded; a no-break space is
// kept, since a writer puts it there on purpose.
func isBreakingSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r'
}
