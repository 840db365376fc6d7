package cases

import (
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// readBlockYAML reads the plain block-style YAML that case files are
// written in into the tree of nodes that yaml.v3 would make of it: the
// same kinds, tags, values, styles, lines and columns, but without
// comments, which nothing here reads. It reports false for anything
// outside that subset, or that it is unsure of, and for every error: the
// caller then reads the file with yaml.v3, which also words the error.
// TestBlockYAML and FuzzBlockYAML hold the two readers to the same trees.
//
// The subset: block mappings and sequences; keys on one line, plain or
// quoted; plain scalars over one or more lines; quoted scalars on one
// line; lists and fields of plain and quoted scalars on one line ("[a,
// b]", "{a: b, c: d}"); literal and folded block scalars without an
// indentation indicator; comments. Not in it: tabs, carriage returns,
// byte-order marks, the Unicode line separators, document markers and
// directives, flow collections over several lines or inside each other,
// anchors, aliases, tags, "?" keys and merge keys. yaml.v3 spends most of
// its time looking for comments a character at a time; reading the subset
// directly takes a fraction of that.
func readBlockYAML(data []byte) (root *yaml.Node, ok bool) {
	root, ok, _ = readBlock(data)
	return root, ok
}

// readBlock is readBlockYAML, and reports a panic of the reader's own (a
// bug, which tests look for) besides: a user then still gets yaml.v3's
// reading of the file.
func readBlock(data []byte) (root *yaml.Node, ok bool, bug any) {
	if !inBlockSubset(data) {
		return nil, false, nil
	}
	r := &blockReader{}
	r.lines, r.content = splitLines(string(data))
	defer func() {
		if e := recover(); e != nil {
			root, ok = nil, false
			if e != errOutsideSubset {
				bug = e
			}
		}
	}()
	if !r.nextContent() || !r.isKey() {
		return nil, false, nil
	}
	root = r.mapping(r.off)
	if r.nextContent() {
		// Something less indented than the first key follows it.
		return nil, false, nil
	}
	return root, true, nil
}

type outsideSubset struct{}

// errOutsideSubset is what the reader panics with, deep in the tree, when
// it meets what it does not read; readBlockYAML recovers it.
var errOutsideSubset = &outsideSubset{}

// inBlockSubset rejects, in one pass, the characters and lines that the
// reader leaves to yaml.v3: tabs, carriage returns, NEL, the line and
// paragraph separators, byte-order marks, and lines starting "---", "..."
// or "%".
func inBlockSubset(data []byte) bool {
	if len(data) > 0 && startsOutside(data) {
		return false
	}
	for i, c := range data {
		if !mayLeaveSubset[c] {
			continue
		}
		rest := data[i+1:]
		switch c {
		case '\n':
			if len(rest) > 0 && startsOutside(rest) {
				return false
			}
		case 0xC2: // U+0085
			if len(rest) > 0 && rest[0] == 0x85 {
				return false
			}
		case 0xE2: // U+2028, U+2029
			if len(rest) > 1 && rest[0] == 0x80 && (rest[1] == 0xA8 || rest[1] == 0xA9) {
				return false
			}
		case 0xEF: // U+FEFF
			if len(rest) > 1 && rest[0] == 0xBB && rest[1] == 0xBF {
				return false
			}
		default: // tab, carriage return
			return false
		}
	}
	return true
}

// mayLeaveSubset marks the bytes inBlockSubset looks at more closely.
var mayLeaveSubset = [256]bool{'\t': true, '\r': true, '\n': true, 0xC2: true, 0xE2: true, 0xEF: true}

// startsOutside reports a line that starts "%", "---" or "...".
func startsOutside(line []byte) bool {
	c := line[0]
	return c == '%' || (c == '-' || c == '.') && len(line) > 2 && line[1] == c && line[2] == c
}

// splitLines splits s at line feeds, and counts the lines with content:
// not blank, not a comment. The last line is what follows the last line
// feed, perhaps nothing: it alone has no line break.
func splitLines(s string) (lines []string, content int) {
	lines = make([]string, 0, strings.Count(s, "\n")+1)
	for {
		i := strings.IndexByte(s, '\n')
		line := s
		if i >= 0 {
			line = s[:i]
		}
		if t := strings.TrimLeft(line, " "); t != "" && t[0] != '#' {
			content++
		}
		lines = append(lines, line)
		if i < 0 {
			return lines, content
		}
		s = s[i+1:]
	}
}

// maxDepth bounds the nesting the reader follows; deeper files go to yaml.v3.
const maxDepth = 64

// A blockReader reads the subset line by line. Indentation is spaces, so
// a collection's indent is the byte offset of its first character; the
// columns of nodes count characters, as yaml.v3 does.
type blockReader struct {
	lines []string // the file's, sharing one copy of its bytes
	// content is the number of lines with content, until the first
	// nodes are made.
	content int
	li      int // the current line
	off     int // the byte offset in it
	depth   int
	slab    []yaml.Node
}

func (r *blockReader) fail() {
	panic(errOutsideSubset)
}

// node returns a new node at the given line (counting from 0) and byte
// offset. Nodes come from a slab, a few allocations for a whole file.
func (r *blockReader) node(kind yaml.Kind, tag, value string, style yaml.Style, line, off int) *yaml.Node {
	if len(r.slab) == 0 {
		// At first enough for a key and a value on each line that is not
		// blank or a comment.
		r.slab = make([]yaml.Node, max(2*r.content, 64))
		r.content = 0
	}
	n := &r.slab[0]
	r.slab = r.slab[1:]
	l := r.lines[line]
	col := off
	for i := 0; i < off; i++ {
		if l[i] >= utf8.RuneSelf {
			col = utf8.RuneCountInString(l[:off])
			break
		}
	}
	n.Kind, n.Tag, n.Value, n.Style, n.Line, n.Column = kind, tag, value, style, line+1, col+1
	return n
}

// nextContent moves to the next character that is not a space, a comment
// or a line break, from the current position on; false at the end.
func (r *blockReader) nextContent() bool {
	for r.li < len(r.lines) {
		l := r.lines[r.li]
		i := r.off
		for i < len(l) && l[i] == ' ' {
			i++
		}
		if i < len(l) && l[i] != '#' {
			r.off = i
			return true
		}
		r.li, r.off = r.li+1, 0
	}
	return false
}

// endLine checks that the current line holds nothing but spaces and a
// comment from byte i on, and moves to the next line.
func (r *blockReader) endLine(i int) {
	l := r.lines[r.li]
	j := i
	for j < len(l) && l[j] == ' ' {
		j++
	}
	if j < len(l) && (l[j] != '#' || j == i) {
		r.fail()
	}
	r.li, r.off = r.li+1, 0
}

// isDash reports a sequence entry ("- " or "-" alone) at the current position.
func (r *blockReader) isDash() bool {
	l := r.lines[r.li]
	return l[r.off] == '-' && (r.off+1 == len(l) || l[r.off+1] == ' ')
}

// isKey reports whether the current line has a mapping key at the
// current position: a plain or quoted scalar followed by ": " or a ":"
// that ends the line.
func (r *blockReader) isKey() bool {
	l := r.lines[r.li]
	i := r.off
	switch c := l[i]; {
	case c == '"' || c == '\'':
		end := quoteEnd(l, i)
		return end > 0 && end < len(l) && colonAt(l, end)
	case isIndicator(c):
		return false
	}
	return keyColon(l, i) >= 0
}

// keyColon returns the offset of the colon that ends the plain key
// starting at i, or -1 if a comment or the line's end comes first.
func keyColon(l string, i int) int {
	for ; i < len(l); i++ {
		switch l[i] {
		case ':':
			if colonAt(l, i) {
				return i
			}
		case '#':
			if l[i-1] == ' ' {
				return -1
			}
		}
	}
	return -1
}

func colonAt(l string, i int) bool {
	return l[i] == ':' && (i+1 == len(l) || l[i+1] == ' ')
}

// isIndicator reports the characters that cannot start a plain scalar.
func isIndicator(c byte) bool {
	return strings.IndexByte("-?:,[]{}#&*!|>'\"%@`", c) >= 0
}

// quoteEnd returns the offset just after the closing quote of the quoted
// scalar starting at i, or -1 if it does not close on this line.
func quoteEnd(l string, i int) int {
	q := l[i]
	for j := i + 1; j < len(l); j++ {
		switch {
		case q == '\'' && l[j] == '\'':
			if j+1 < len(l) && l[j+1] == '\'' {
				j++
				continue
			}
			return j + 1
		case q == '"' && l[j] == '\\':
			j++
		case q == '"' && l[j] == '"':
			return j + 1
		}
	}
	return -1
}

// block reads the node at the current position, in a collection indented
// by parent (-1 for none).
func (r *blockReader) block(parent int) *yaml.Node {
	r.depth++
	if r.depth > maxDepth {
		r.fail()
	}
	defer func() { r.depth-- }()
	switch {
	case r.isDash():
		return r.sequence(r.off)
	case r.isKey():
		return r.mapping(r.off)
	}
	return r.scalar(parent)
}

// mapping reads a block mapping whose keys start at byte indent.
func (r *blockReader) mapping(indent int) *yaml.Node {
	m := r.node(yaml.MappingNode, "!!map", "", 0, r.li, r.off)
	for {
		k, colon := r.key()
		m.Content = append(m.Content, k, r.value(indent, colon))
		if !r.nextContent() || r.off < indent {
			return m
		}
		if r.off > indent || !r.isKey() {
			r.fail()
		}
	}
}

// key reads the key at the current position and returns it with the
// offset of its colon; the position moves past the colon.
func (r *blockReader) key() (*yaml.Node, int) {
	l := r.lines[r.li]
	start := r.off
	var k *yaml.Node
	var colon int
	if c := l[start]; c == '"' || c == '\'' {
		colon = quoteEnd(l, start)
		k = r.quoted(start, colon)
	} else {
		colon = keyColon(l, start)
		k = r.plainNode(strings.TrimRight(l[start:colon], " "), r.li, start)
	}
	if colon-start > 1000 {
		// yaml.v3 takes a key of at most 1024 characters.
		r.fail()
	}
	r.off = colon + 1
	return k, colon
}

// value reads a mapping's value after the key's colon at byte colon.
func (r *blockReader) value(indent, colon int) *yaml.Node {
	l := r.lines[r.li]
	i := colon + 1
	for i < len(l) && l[i] == ' ' {
		i++
	}
	if i == len(l) || l[i] == '#' {
		// The value is on the lines below, or there is none: then yaml.v3
		// puts the empty value just after the colon.
		null := r.node(yaml.ScalarNode, "!!null", "", 0, r.li, colon+1)
		r.li, r.off = r.li+1, 0
		if !r.nextContent() {
			return null
		}
		if r.off > indent {
			return r.block(indent)
		}
		if r.off == indent && r.isDash() {
			// A sequence may start at its key's indent.
			r.depth++
			defer func() { r.depth-- }()
			return r.sequence(indent)
		}
		return null
	}
	r.off = i
	if r.isDash() {
		r.fail()
	}
	return r.scalar(indent)
}

// sequence reads a block sequence whose dashes are at byte indent.
func (r *blockReader) sequence(indent int) *yaml.Node {
	s := r.node(yaml.SequenceNode, "!!seq", "", 0, r.li, r.off)
	for {
		l := r.lines[r.li]
		dash := r.off
		i := dash + 1
		for i < len(l) && l[i] == ' ' {
			i++
		}
		var item *yaml.Node
		if i == len(l) || l[i] == '#' {
			item = r.node(yaml.ScalarNode, "!!null", "", 0, r.li, dash+1)
			r.li, r.off = r.li+1, 0
			if r.nextContent() && r.off > indent {
				item = r.block(indent)
			}
		} else {
			r.off = i
			item = r.block(indent)
		}
		s.Content = append(s.Content, item)
		if !r.nextContent() || r.off < indent {
			return s
		}
		if r.off > indent {
			r.fail()
		}
		if !r.isDash() {
			// The rest of the mapping the sequence is a value in.
			return s
		}
	}
}

// scalar reads a scalar at the current position, in a collection
// indented by parent.
func (r *blockReader) scalar(parent int) *yaml.Node {
	l := r.lines[r.li]
	start := r.off
	switch c := l[start]; c {
	case '"', '\'':
		end := quoteEnd(l, start)
		n := r.quoted(start, end)
		r.endLine(end)
		return n
	case '|', '>':
		return r.blockScalar(parent, c == '|')
	case '[':
		return r.flowSequence()
	case '{':
		return r.flowMapping()
	}
	return r.plain(parent)
}

// flowSequence reads a list written on one line, "[a, 'b', c d]", of
// plain and quoted scalars.
func (r *blockReader) flowSequence() *yaml.Node {
	return r.flow(yaml.SequenceNode, "!!seq", ']')
}

// flowMapping reads fields written on one line, "{a: b, 'c': d e}", whose
// keys and values are plain and quoted scalars.
func (r *blockReader) flowMapping() *yaml.Node {
	return r.flow(yaml.MappingNode, "!!map", '}')
}

// flow reads a flow collection on the current line, from its opening
// bracket at the current position to its closing one.
func (r *blockReader) flow(kind yaml.Kind, tag string, closing byte) *yaml.Node {
	l := r.lines[r.li]
	n := r.node(kind, tag, "", yaml.FlowStyle, r.li, r.off)
	i := r.off + 1
	skip := func() {
		for i < len(l) && l[i] == ' ' {
			i++
		}
	}
	// item reads a scalar of the collection and the spaces after it.
	item := func() *yaml.Node {
		if i == len(l) {
			r.fail()
		}
		var item *yaml.Node
		switch c := l[i]; {
		case c == '"' || c == '\'':
			end := quoteEnd(l, i)
			item = r.quoted(i, end)
			i = end
		case isIndicator(c):
			r.fail()
		default:
			end := i
			for end < len(l) && strings.IndexByte(",[]{}:?#", l[end]) < 0 {
				end++
			}
			item = r.plainNode(strings.TrimRight(l[i:end], " "), r.li, i)
			i = end
		}
		skip()
		return item
	}
	skip()
	if i < len(l) && l[i] == closing {
		r.endLine(i + 1)
		return n
	}
	for {
		start := i
		n.Content = append(n.Content, item())
		if kind == yaml.MappingNode {
			if i+1 >= len(l) || l[i] != ':' || l[i+1] != ' ' || i-start > 1000 {
				// Not a key, or longer than yaml.v3 takes (1024 characters).
				r.fail()
			}
			i++
			skip()
			n.Content = append(n.Content, item())
		}
		if i == len(l) {
			r.fail()
		}
		switch l[i] {
		case closing:
			r.endLine(i + 1)
			return n
		case ',':
			i++
			skip()
		default:
			r.fail()
		}
	}
}

// quoted makes the node of the quoted scalar from byte start to end (just
// after the closing quote) of the current line.
func (r *blockReader) quoted(start, end int) *yaml.Node {
	if end < 0 {
		// Quoted text over several lines.
		r.fail()
	}
	l := r.lines[r.li]
	text := l[start+1 : end-1]
	if l[start] == '\'' {
		if strings.Contains(text, "''") {
			text = strings.ReplaceAll(text, "''", "'")
		}
		return r.node(yaml.ScalarNode, "!!str", text, yaml.SingleQuotedStyle, r.li, start)
	}
	if strings.IndexByte(text, '\\') >= 0 {
		var ok bool
		if text, ok = unescape(text); !ok {
			r.fail()
		}
	}
	return r.node(yaml.ScalarNode, "!!str", text, yaml.DoubleQuotedStyle, r.li, start)
}

// escapes are the one-character escapes of double-quoted YAML.
var escapes = map[byte]string{
	'0': "\x00", 'a': "\a", 'b': "\b", 't': "\t", 'n': "\n", 'v': "\v", 'f': "\f", 'r': "\r",
	'e': "\x1b", ' ': " ", '"': `"`, '\'': "'", '\\': `\`,
	'N': "\u0085", '_': "\u00a0", 'L': "\u2028", 'P': "\u2029",
}

// unescape decodes the escapes of a double-quoted scalar; false for one
// that yaml.v3 rejects.
func unescape(s string) (string, bool) {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' {
			b.WriteByte(s[i])
			continue
		}
		i++
		if e, ok := escapes[s[i]]; ok {
			b.WriteString(e)
			continue
		}
		n := 0
		switch s[i] {
		case 'x':
			n = 2
		case 'u':
			n = 4
		case 'U':
			n = 8
		}
		if n == 0 || i+1+n > len(s) {
			return "", false
		}
		v, err := strconv.ParseUint(s[i+1:i+1+n], 16, 32)
		if err != nil || strings.ContainsAny(s[i+1:i+1+n], "+-_") || v >= 0xD800 && v <= 0xDFFF || v > 0x10FFFF {
			return "", false
		}
		b.WriteRune(rune(v))
		i += n
	}
	return b.String(), true
}

// plainNode makes the node of a plain scalar, its tag resolved as yaml.v3 does.
func (r *blockReader) plainNode(text string, line, start int) *yaml.Node {
	tag, ok := resolveTag(text)
	if !ok {
		r.fail()
	}
	return r.node(yaml.ScalarNode, tag, text, 0, line, start)
}

// plain reads a plain scalar at the current position and the lines that
// continue it: those indented more than parent, up to a comment. A line
// break between two lines folds to a space, empty lines each to a line
// break.
func (r *blockReader) plain(parent int) *yaml.Node {
	l := r.lines[r.li]
	start := r.off
	if isIndicator(l[start]) {
		r.fail()
	}
	first, more := plainLine(l, start)
	if first < 0 {
		r.fail()
	}
	line := r.li
	text := l[start:first]
	if more {
		var b []byte
		blanks := 0
		j := r.li + 1
		for ; j < len(r.lines); j++ {
			l2 := r.lines[j]
			k := 0
			for k < len(l2) && l2[k] == ' ' {
				k++
			}
			if k == len(l2) {
				blanks++
				continue
			}
			if l2[k] == '#' || k <= parent {
				break
			}
			end, more := plainLine(l2, k)
			if end < 0 {
				r.fail()
			}
			if b == nil {
				b = append(b, text...)
			}
			if blanks == 0 {
				b = append(b, ' ')
			}
			for ; blanks > 0; blanks-- {
				b = append(b, '\n')
			}
			b = append(b, l2[k:end]...)
			r.li = j
			if !more {
				break
			}
		}
		if b != nil {
			text = string(b)
		}
	}
	n := r.plainNode(text, line, start)
	r.li, r.off = r.li+1, 0
	return n
}

// plainLine returns where the plain scalar's text on line l from byte
// start ends (trailing spaces left out), and whether the scalar may go on
// to the next line (no comment ends it). -1 for a line that holds a key,
// which yaml.v3 refuses in a value.
func plainLine(l string, start int) (end int, more bool) {
	end = len(l)
	more = true
	for i := start; i < len(l); i++ {
		switch l[i] {
		case ':':
			if colonAt(l, i) {
				return -1, false
			}
		case '#':
			if i > start && l[i-1] == ' ' {
				end, more = i, false
			}
		}
		if !more {
			break
		}
	}
	for end > start && l[end-1] == ' ' {
		end--
	}
	return end, more
}

// blockScalar reads a literal (|) or folded (>) scalar, following
// yaml.v3's scanner step by step.
func (r *blockReader) blockScalar(parent int, literal bool) *yaml.Node {
	l := r.lines[r.li]
	start := r.off
	i := start + 1
	chomp := 0
	if i < len(l) && (l[i] == '-' || l[i] == '+') {
		chomp = 1
		if l[i] == '-' {
			chomp = -1
		}
		i++
	}
	if i < len(l) && l[i] != ' ' {
		// An indentation indicator, or something else.
		r.fail()
	}
	style := yaml.FoldedStyle
	if literal {
		style = yaml.LiteralStyle
	}
	n := r.node(yaml.ScalarNode, "!!str", "", style, r.li, start)
	r.endLine(i)

	last := len(r.lines) - 1
	// At line j, byte c.
	j, c := r.li, 0
	indent := 0
	var s []byte
	var trailing int // trailing line breaks, counted
	// breaks reads empty lines, up to the indent, and sets the indent
	// from the first line with text if there is none yet.
	breaks := func() {
		maxIndent := 0
		for {
			if j > last {
				break
			}
			l := r.lines[j]
			c = 0
			for (indent == 0 || c < indent) && c < len(l) && l[c] == ' ' {
				c++
			}
			maxIndent = max(maxIndent, c)
			if c < len(l) || j == last {
				break
			}
			trailing++
			j++
		}
		if indent == 0 {
			indent = max(maxIndent, parent+1, 1)
		}
	}
	if j > last {
		r.fail()
	}
	breaks()
	leadingBreak := false
	leadingBlank := false
	for j <= last && c == indent && !(j == last && c == len(r.lines[j])) {
		l := r.lines[j]
		trailingBlank := l[c] == ' '
		if !literal && !leadingBlank && !trailingBlank && leadingBreak {
			if trailing == 0 {
				s = append(s, ' ')
			}
		} else if leadingBreak {
			s = append(s, '\n')
		}
		leadingBreak = false
		for ; trailing > 0; trailing-- {
			s = append(s, '\n')
		}
		leadingBlank = l[c] == ' '
		s = append(s, l[c:]...)
		leadingBreak = j < last
		j++
		if j <= last {
			breaks()
		}
	}
	if chomp != -1 && leadingBreak {
		s = append(s, '\n')
	}
	if chomp == 1 {
		for ; trailing > 0; trailing-- {
			s = append(s, '\n')
		}
	}
	n.Value = string(s)
	// The next token is on line j; its indentation is read again.
	r.li, r.off = j, 0
	return n
}

// resolveTag returns the tag yaml.v3 gives a plain scalar (its resolve
// function, for the tag alone), or false for a merge key "<<", which case
// files have no use for.
func resolveTag(s string) (string, bool) {
	if s == "" {
		return "!!null", true
	}
	switch c := s[0]; {
	case c == '+' || c == '-' || c >= '0' && c <= '9':
	case c == '.':
		switch s {
		case ".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF":
			return "!!float", true
		}
		if _, err := strconv.ParseFloat(s, 64); err == nil {
			return "!!float", true
		}
		return "!!str", true
	case strings.IndexByte("yYnNtTfFoO~<", c) >= 0:
		switch s {
		case "true", "True", "TRUE", "false", "False", "FALSE":
			return "!!bool", true
		case "~", "null", "Null", "NULL":
			return "!!null", true
		case "<<":
			return "", false
		}
		return "!!str", true
	default:
		return "!!str", true
	}
	switch s {
	case "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF":
		return "!!float", true
	}
	if isTimestamp(s) {
		return "!!timestamp", true
	}
	plain := strings.ReplaceAll(s, "_", "")
	if _, err := strconv.ParseInt(plain, 0, 64); err == nil {
		return "!!int", true
	}
	if _, err := strconv.ParseUint(plain, 0, 64); err == nil {
		return "!!int", true
	}
	if isYAMLFloat(plain) {
		if _, err := strconv.ParseFloat(plain, 64); err == nil {
			return "!!float", true
		}
	}
	for _, p := range []struct {
		prefix string
		base   int
	}{{"0b", 2}, {"-0b", 2}, {"0o", 8}, {"-0o", 8}} {
		if rest, ok := strings.CutPrefix(plain, p.prefix); ok {
			if p.prefix[0] == '-' {
				rest = "-" + rest
			}
			if _, err := strconv.ParseInt(rest, p.base, 64); err == nil {
				return "!!int", true
			}
			if p.prefix[0] != '-' {
				if _, err := strconv.ParseUint(rest, p.base, 64); err == nil {
					return "!!int", true
				}
			}
			break
		}
	}
	return "!!str", true
}

// isYAMLFloat matches ^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$.
func isYAMLFloat(s string) bool {
	i := 0
	if i < len(s) && (s[i] == '-' || s[i] == '+') {
		i++
	}
	digits := func() int {
		n := 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
			n++
		}
		return n
	}
	if i < len(s) && s[i] == '.' {
		i++
		if digits() == 0 {
			return false
		}
	} else {
		if digits() == 0 {
			return false
		}
		if i < len(s) && s[i] == '.' {
			i++
			digits()
		}
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '-' || s[i] == '+') {
			i++
		}
		if digits() == 0 {
			return false
		}
	}
	return i == len(s)
}

// timestampFormats are the layouts yaml.v3 reads a timestamp in.
var timestampFormats = []string{
	"2006-1-2T15:4:5.999999999Z07:00",
	"2006-1-2t15:4:5.999999999Z07:00",
	"2006-1-2 15:4:5.999999999",
	"2006-1-2",
}

// isTimestamp reports what yaml.v3 reads as a timestamp: four digits, a
// dash, and the rest of one of its layouts.
func isTimestamp(s string) bool {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i != 4 || i == len(s) || s[i] != '-' {
		return false
	}
	if len(s) == 10 && isDate(s) {
		return true
	}
	for _, f := range timestampFormats {
		if _, err := time.Parse(f, s); err == nil {
			return true
		}
	}
	return false
}

// isDate reports a valid YYYY-MM-DD date without time.Parse's cost; any
// other form is left to time.Parse.
func isDate(s string) bool {
	for i, c := range []byte(s) {
		if i == 4 || i == 7 {
			if c != '-' {
				return false
			}
		} else if c < '0' || c > '9' {
			return false
		}
	}
	y, _ := strconv.Atoi(s[:4])
	m, _ := strconv.Atoi(s[5:7])
	d, _ := strconv.Atoi(s[8:])
	if m < 1 || m > 12 || d < 1 {
		return false
	}
	return d <= time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}
