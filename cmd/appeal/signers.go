package main

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
	"golang.org/x/text/unicode/norm"

	"github.com/appeal-letters/appeal/cases"
	"github.com/appeal-letters/appeal/internal/slug"
	"github.com/appeal-letters/appeal/internal/suggest"
	"github.com/appeal-letters/appeal/letter"
)

// signerColumns are the columns of a signers file, in the order the README
// lists them; only name is required.
var signerColumns = []string{"name", "address", "email", "paragraph", "after", "signature", "language", "pronouns"}

// Limits on a signer's values, so that one row cannot make a letter of
// many pages or a name that fills the letterhead.
const (
	maxSignerName      = 200     // characters
	maxSignerParagraph = 3000    // characters: about half a page
	maxSignerAddress   = 8       // lines
	maxSignatureBytes  = 2 << 20 // a scanned signature, not a photograph
)

// A signer is one checked row of a signers file.
type signer struct {
	Line      int      // where the row starts in the file
	Name      string   // NFC, single spaces
	Address   []string // lines
	Email     string
	Paragraph string
	After     string // facts, law or requests; "" for facts
	Signature string // image file, relative to the signers file
	Language  string // "" for the case's
	Pronouns  string // he, she, they or ""
}

// key is what makes two rows the same supporter: the same name, e-mail
// and address. A second row with the same key would send a letter twice.
func (s *signer) key() string {
	return strings.ToLower(s.Name + "\x00" + s.Email + "\x00" + strings.Join(s.Address, "\x00"))
}

// A signerFile is a --signers file: CSV with a header row, or YAML (a list
// of mappings) by its extension. CSV is read a row at a time, so a file of
// any length costs no more memory than its longest row.
type signerFile struct {
	Path string
	root *os.Root // the signers file's folder: signature images come from inside it
}

func openSigners(path string) (*signerFile, error) {
	if fi, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("--signers: cannot read %w", unwrapPathErr(err))
	} else if fi.IsDir() {
		return nil, fmt.Errorf("--signers %s: a folder, not a CSV or YAML file", path)
	}
	root, err := os.OpenRoot(filepath.Dir(path))
	if err != nil {
		return nil, fmt.Errorf("--signers: %w", unwrapPathErr(err))
	}
	return &signerFile{Path: path, root: root}, nil
}

func (sf *signerFile) isYAML() bool {
	ext := strings.ToLower(filepath.Ext(sf.Path))
	return ext == ".yaml" || ext == ".yml"
}

// each calls fn with every row in order: a checked signer, or the problems
// with a bad row (each at the row's line). It stops at fn's first error.
// A problem with the file as a whole (its header, its YAML) is returned.
func (sf *signerFile) each(fn func(s *signer, bad diagnostics) error) error {
	f, err := os.Open(sf.Path)
	if err != nil {
		return fmt.Errorf("--signers: cannot read %w", unwrapPathErr(err))
	}
	defer f.Close()
	if sf.isYAML() {
		return sf.eachYAML(f, fn)
	}
	return sf.eachCSV(f, fn)
}

func (sf *signerFile) eachCSV(f io.Reader, fn func(*signer, diagnostics) error) error {
	br := bufio.NewReader(f)
	if bom, _ := br.Peek(3); bytes.Equal(bom, []byte("\xEF\xBB\xBF")) {
		br.Discard(3) // spreadsheets write a byte-order mark
	}
	r := csv.NewReader(br)
	r.ReuseRecord = true
	header, err := r.Read()
	if err == io.EOF {
		return fmt.Errorf("%s: empty; the first row names the columns, e.g. name,email,paragraph", sf.Path)
	}
	if err != nil {
		return sf.csvError(err)
	}
	cols, err := sf.columns(header)
	if err != nil {
		return err
	}
	r.FieldsPerRecord = len(header)
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return nil
		}
		var line int
		var bad diagnostics
		values := map[string]string{}
		var pe *csv.ParseError
		switch {
		case errors.As(err, &pe) && errors.Is(err, csv.ErrFieldCount):
			line = pe.StartLine
			bad = sf.bad(line, "%d fields, but the header has %d; quote a value that has a comma in it", len(rec), len(header))
		case errors.As(err, &pe):
			line = pe.StartLine
			bad = sf.bad(line, "%v", pe.Err)
		case err != nil:
			return fmt.Errorf("%s: %w", sf.Path, err)
		default:
			line, _ = r.FieldPos(0)
			blank := true
			for i, v := range rec {
				values[cols[i]] = v
				blank = blank && strings.TrimSpace(v) == ""
			}
			if blank {
				continue
			}
		}
		s := &signer{Line: line}
		if len(bad) == 0 {
			bad = sf.check(s, values)
		}
		if err := fn(s, bad); err != nil {
			return err
		}
	}
}

func (sf *signerFile) csvError(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s:%d: %v", sf.Path, pe.StartLine, pe.Err)
	}
	return fmt.Errorf("%s: %w", sf.Path, err)
}

// columns reads the header row: each cell names a column, once.
func (sf *signerFile) columns(header []string) ([]string, error) {
	cols := make([]string, len(header))
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(h))
		if h == "e-mail" {
			h = "email"
		}
		if !slices.Contains(signerColumns, h) {
			return nil, fmt.Errorf("%s:1: unknown column %q%s; the columns are %s", sf.Path, header[i],
				suggest.Phrase(suggest.Nearest(h, signerColumns, 1)), strings.Join(signerColumns, ", "))
		}
		if slices.Contains(cols[:i], h) {
			return nil, fmt.Errorf("%s:1: column %q appears twice", sf.Path, h)
		}
		cols[i] = h
	}
	if !slices.Contains(cols, "name") {
		return nil, fmt.Errorf("%s:1: no name column; the first row names the columns, e.g. name,email,paragraph", sf.Path)
	}
	return cols, nil
}

func (sf *signerFile) eachYAML(f io.Reader, fn func(*signer, diagnostics) error) error {
	data, err := io.ReadAll(io.LimitReader(f, 64<<20))
	if err != nil {
		return fmt.Errorf("%s: %w", sf.Path, err)
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return fmt.Errorf("%s: %s", sf.Path, strings.TrimPrefix(err.Error(), "yaml: "))
	}
	if len(doc.Content) == 0 {
		return fmt.Errorf("%s: empty; list one signer per item, e.g. - name: Jane Doe", sf.Path)
	}
	list := doc.Content[0]
	if list.Kind != yaml.SequenceNode {
		return fmt.Errorf("%s:%d:%d: a list of signers is needed, e.g. - name: Jane Doe", sf.Path, list.Line, list.Column)
	}
	for _, item := range list.Content {
		s := &signer{Line: item.Line}
		values, bad := sf.yamlRow(item)
		if len(bad) == 0 {
			bad = sf.check(s, values)
		}
		if err := fn(s, bad); err != nil {
			return err
		}
	}
	return nil
}

// yamlRow reads one list item as column → value; an address may be a list
// of lines.
func (sf *signerFile) yamlRow(item *yaml.Node) (map[string]string, diagnostics) {
	if item.Kind != yaml.MappingNode {
		return nil, sf.bad(item.Line, "a signer is a mapping, e.g. {name: Jane Doe, email: jane@example.org}")
	}
	values := map[string]string{}
	for i := 0; i+1 < len(item.Content); i += 2 {
		k, v := item.Content[i], item.Content[i+1]
		if !slices.Contains(signerColumns, k.Value) {
			return nil, sf.bad(k.Line, "unknown field %q%s; the fields are %s", k.Value,
				suggest.Phrase(suggest.Nearest(k.Value, signerColumns, 1)), strings.Join(signerColumns, ", "))
		}
		if _, dup := values[k.Value]; dup {
			return nil, sf.bad(k.Line, "%s is given twice", k.Value)
		}
		switch {
		case v.Kind == yaml.ScalarNode && v.Tag != "!!null":
			values[k.Value] = v.Value
		case v.Kind == yaml.SequenceNode && k.Value == "address":
			var lines []string
			for _, l := range v.Content {
				if l.Kind != yaml.ScalarNode {
					return nil, sf.bad(l.Line, "address: each line is text")
				}
				lines = append(lines, l.Value)
			}
			values[k.Value] = strings.Join(lines, "\n")
		case v.Tag == "!!null":
			values[k.Value] = ""
		default:
			return nil, sf.bad(v.Line, "%s: text is needed here", k.Value)
		}
	}
	return values, nil
}

func (sf *signerFile) bad(line int, format string, args ...any) diagnostics {
	return diagnostics{{File: sf.Path, Line: line, Severity: cases.SevError, Message: fmt.Sprintf(format, args...)}}
}

// check reads a row's values into s by the rules case values follow: valid
// UTF-8, no control characters, NFC, runs of white space as one space.
func (sf *signerFile) check(s *signer, values map[string]string) diagnostics {
	var bad diagnostics
	errorf := func(format string, args ...any) {
		bad = append(bad, sf.bad(s.Line, format, args...)...)
	}
	text := func(col string, multiline bool) string {
		v, err := signerText(values[col], multiline)
		if err != nil {
			errorf("%s: %v", col, err)
		}
		return v
	}
	s.Name = text("name", false)
	address := text("address", true)
	s.Email = text("email", false)
	s.Paragraph = text("paragraph", false)
	s.After = strings.ToLower(text("after", false))
	s.Signature = text("signature", false)
	s.Language = strings.ToLower(text("language", false))
	s.Pronouns = strings.ToLower(text("pronouns", false))
	if len(bad) > 0 {
		return bad
	}
	for _, l := range strings.FieldsFunc(address, func(r rune) bool { return r == '\n' || r == ';' }) {
		if l = strings.TrimSpace(l); l != "" {
			s.Address = append(s.Address, l)
		}
	}
	switch {
	case s.Name == "":
		errorf("no name; every signer needs one")
	case utf8.RuneCountInString(s.Name) > maxSignerName:
		errorf("name: longer than %d characters", maxSignerName)
	}
	if len(s.Address) > maxSignerAddress {
		errorf("address: %d lines; at most %d fit the letterhead", len(s.Address), maxSignerAddress)
	}
	if s.Email != "" {
		local, domain, ok := strings.Cut(s.Email, "@")
		if !ok || local == "" || !strings.Contains(domain, ".") || strings.ContainsAny(s.Email, " <>,;") || strings.Contains(domain, "@") {
			errorf("email: %q is not an e-mail address", s.Email)
		}
	}
	if n := utf8.RuneCountInString(s.Paragraph); n > maxSignerParagraph {
		errorf("paragraph: %d characters; keep it to %d (about half a page)", n, maxSignerParagraph)
	}
	afters := []string{"facts", "law", "requests"}
	if s.After != "" && !slices.Contains(afters, s.After) {
		errorf("after: %q is not one of facts, law, requests%s", s.After, suggest.Phrase(suggest.Nearest(s.After, afters, 1)))
	}
	if s.After != "" && s.Paragraph == "" {
		errorf("after: says where the paragraph goes, but there is no paragraph")
	}
	if langs := cases.Languages; s.Language != "" && !slices.Contains(langs, s.Language) {
		errorf("language: %q is not a language appeal writes letters in: %s", s.Language, strings.Join(langs, ", "))
	}
	pronouns := []string{"he", "she", "they"}
	if s.Pronouns != "" && !slices.Contains(pronouns, s.Pronouns) {
		errorf("pronouns: %q is not one of he, she, they", s.Pronouns)
	}
	if s.Signature != "" {
		if _, err := sf.signature(s.Signature); err != nil {
			errorf("signature: %v", err)
		}
	}
	return bad
}

// signerText normalises one value; a line break is kept only in a
// multi-line value (the address), where it separates lines.
func signerText(v string, multiline bool) (string, error) {
	if !utf8.ValidString(v) {
		return "", fmt.Errorf("not valid UTF-8; save the file as UTF-8")
	}
	for _, r := range v {
		switch {
		case r == '\n' || r == '\r' || r == '\t':
		case unicode.IsControl(r):
			return "", fmt.Errorf("control character %U; remove it", r)
		case r == '\u2028' || r == '\u2029' || (r >= '\u202A' && r <= '\u202E') || (r >= '\u2066' && r <= '\u2069'):
			return "", fmt.Errorf("invisible formatting character %U; remove it", r)
		}
	}
	v = norm.NFC.String(v)
	if !multiline {
		return strings.Join(strings.Fields(v), " "), nil
	}
	lines := strings.Split(strings.ReplaceAll(v, "\r\n", "\n"), "\n")
	for i, l := range lines {
		lines[i] = strings.Join(strings.Fields(l), " ")
	}
	return strings.Join(lines, "\n"), nil
}

// signature reads a signature image from the signers file's folder; like a
// case's images, it may not leave that folder.
func (sf *signerFile) signature(name string) (*letter.Image, error) {
	rel := filepath.ToSlash(strings.TrimPrefix(name, "./"))
	if !fs.ValidPath(rel) {
		return nil, fmt.Errorf("%q is outside the signers file's folder; put the image next to it", name)
	}
	f, err := sf.root.Open(rel)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("no file %q next to the signers file", name)
		}
		return nil, fmt.Errorf("cannot read %q: %v", name, unwrapFSErr(err))
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxSignatureBytes+1))
	if err != nil {
		return nil, fmt.Errorf("cannot read %q: %v", name, unwrapFSErr(err))
	}
	if len(data) > maxSignatureBytes {
		return nil, fmt.Errorf("%q is larger than %d MB; scan the signature at a lower resolution", name, maxSignatureBytes>>20)
	}
	// Decoded whole, as a case's images are: a crafted file is this row's
	// problem, not the PDF library's. The result is cached by content, so
	// the letters to other recipients reuse it.
	img, err := letter.DecodeImage(name, data)
	if err != nil {
		return nil, fmt.Errorf("%q %v", name, err)
	}
	return img, nil
}

func unwrapFSErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// letterSigner is the signer as composing takes it, with its signature read.
func (sf *signerFile) letterSigner(s *signer) (*letter.Signer, error) {
	ls := &letter.Signer{
		Name: s.Name, Address: s.Address, Email: s.Email, Paragraph: s.Paragraph,
		After: s.After, Language: s.Language, Pronouns: s.Pronouns,
	}
	if s.Signature != "" {
		img, err := sf.signature(s.Signature)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: signature: %w", sf.Path, s.Line, err)
		}
		ls.Signature = img
	}
	return ls, nil
}

// A signerIndex is what a first pass over a signers file learns: which
// slugs several rows give (those rows get a hash to tell them apart), which
// languages the rows ask for, and which rows are bad. While it reads the
// file it keeps two hashes a row, to find signers given twice; after, only
// what concerns a few rows, so the letters are written in the same memory
// for a hundred signers or a hundred thousand.
type signerIndex struct {
	file      *signerFile
	shared    map[uint64]bool // hashes of the slugs several rows give
	languages map[string]bool // languages rows give; "" for rows that give none
	bad       map[int]bool    // lines of bad rows
	good      int             // rows that make letters
	problems  diagnostics     // the bad rows' problems, in file order

	// latin are the first few rows whose name is in Latin letters only,
	// by the language the row asks for ("" for the case's), and latinRows
	// how many there are: a letter in Russian signed so is worth a warning.
	latin     map[string][]*signer
	latinRows map[string]int

	// ambiguous says that a signer's part of a name might also be another
	// signer's: a plain slug that looks like one with a hash ("jane-doe-
	// 3fa9c1", or "3fa9c1" alone). Then the run checks every name.
	ambiguous bool
}

// indexSigners reads the whole signers file once, checking every row.
func indexSigners(sf *signerFile) (*signerIndex, error) {
	ix := &signerIndex{file: sf, languages: map[string]bool{}, bad: map[int]bool{}, latin: map[string][]*signer{}, latinRows: map[string]int{}}
	keys := map[uint64]int32{}  // hash of a signer's key → its line
	slugs := map[uint64]int32{} // hash of a slug → rows that give it
	var hashLike []string       // slugs that end like a hash
	noSlug := false
	err := sf.each(func(s *signer, bad diagnostics) error {
		if len(bad) == 0 {
			k := hash64(s.key())
			if first, dup := keys[k]; dup {
				bad = sf.bad(s.Line, "the same signer as on line %d (same name, e-mail and address); a supporter gets one letter per recipient", first)
			} else {
				keys[k] = int32(s.Line)
			}
		}
		if len(bad) > 0 {
			ix.bad[s.Line] = true
			ix.problems = append(ix.problems, bad...)
			return nil
		}
		ix.good++
		p := slug.Make(s.Name)
		slugs[hash64(p)]++
		noSlug = noSlug || p == ""
		if endsLikeHash(p) {
			hashLike = append(hashLike, p)
		}
		ix.languages[s.Language] = true
		if w := firstPlural(s.Paragraph); w != "" {
			ix.problems = append(ix.problems, cases.Diagnostic{File: sf.Path, Line: s.Line, Severity: cases.SevWarning, Message: fmt.Sprintf(
				"paragraph: speaks as \"we\" (%q), in a letter that speaks as \"I\": reword it in the first person singular, or name whom \"we\" stands for", w)})
		}
		if latinOnly(s.Name) {
			if len(ix.latin[s.Language]) < maxLatinShown {
				ix.latin[s.Language] = append(ix.latin[s.Language], &signer{Line: s.Line, Name: s.Name})
			}
			ix.latinRows[s.Language]++
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if ix.good == 0 && len(ix.problems) == 0 {
		return nil, fmt.Errorf("%s: no signers; give one row per supporter under the header", sf.Path)
	}
	ix.shared = map[uint64]bool{}
	for h, n := range slugs {
		if n > 1 {
			ix.shared[h] = true
		}
	}
	for _, p := range hashLike {
		prefix, _ := strings.CutSuffix(p[:len(p)-6], "-")
		if (prefix == "" && noSlug) || (prefix != "" && ix.shared[hash64(prefix)]) {
			ix.ambiguous = true
		}
	}
	return ix, nil
}

// endsLikeHash reports whether a slug ends as slug.Hash's do: six hex
// digits, alone or after a hyphen.
func endsLikeHash(p string) bool {
	if len(p) < 6 || (len(p) > 6 && p[len(p)-7] != '-') {
		return false
	}
	for _, c := range p[len(p)-6:] {
		if !strings.ContainsRune("0123456789abcdef", c) {
			return false
		}
	}
	return true
}

// part is the signer's part of a letter's file name: the slug of the name,
// with a short hash of who they are where another signer's name gives the
// same slug, or where the name has nothing to make a slug of.
func (ix *signerIndex) part(s *signer) string {
	p := slug.Make(s.Name)
	switch {
	case p == "":
		return slug.Hash(s.key())
	case ix.shared[hash64(p)]:
		return p + "-" + slug.Hash(s.key())
	}
	return p
}

// good reports whether the first pass found the row at line good.
func (ix *signerIndex) isGood(s *signer) bool { return !ix.bad[s.Line] }

// maxLatinShown is how many signers with a name in Latin letters a
// warning names; it counts the rest.
const maxLatinShown = 3

// latinOnly reports a name with Latin letters and no Cyrillic ones.
func latinOnly(name string) bool {
	latin := false
	for _, r := range name {
		switch {
		case unicode.Is(unicode.Cyrillic, r):
			return false
		case unicode.Is(unicode.Latin, r):
			latin = true
		}
	}
	return latin
}

// latinSigners warns of the signers whose name is in Latin letters only
// and whose letter from case c is in Russian (the row's language, or the
// case's, or one of --language): the name is printed so under a Russian
// letter. A few are named, the rest counted.
func (ix *signerIndex) latinSigners(c *cases.Case, languages []string) diagnostics {
	var ds diagnostics
	for _, lang := range slices.Sorted(maps.Keys(ix.latinRows)) {
		ru := lang == "ru" || lang == "" && caseLanguage(c) == "ru"
		if len(languages) > 0 {
			ru = slices.Contains(languages, "ru")
		}
		if !ru {
			continue
		}
		for i, s := range ix.latin[lang] {
			more := ""
			if n := ix.latinRows[lang] - len(ix.latin[lang]); i == len(ix.latin[lang])-1 && n > 0 {
				more = fmt.Sprintf(" (and %d more rows so)", n)
			}
			ds = append(ds, cases.Diagnostic{File: ix.file.Path, Line: s.Line, Severity: cases.SevWarning, Message: fmt.Sprintf(
				"name: %q is in Latin letters, and the letter from %s is in Russian: give the name as it is written in Cyrillic, or leave it if the signer writes it so%s", s.Name, displayName(c.File), more)})
		}
	}
	return ds
}

// organisationVoice finds the case's own paragraphs that speak as "we":
// written for the organisation's letter, they read oddly in a supporter's
// letter, which speaks as "I". Each is a warning at the paragraph; the
// letters are still written, since only the sender can reword them.
func organisationVoice(c *cases.Case) diagnostics {
	var ds diagnostics
	for i, p := range c.Paragraphs {
		if w := firstPlural(p.Text); w != "" {
			path := fmt.Sprintf("paragraphs[%d]", i)
			ds = append(ds, c.Diag(cases.SevWarning, path,
				"%s speaks as the organisation (%q), and every supporter's letter, written as \"I\", carries it as it is: reword it in the first person singular, or name the organisation instead of \"we\"", path, w))
		}
	}
	return ds
}

// pluralWords are the first-person plural words, in the languages letters
// are written in. "us" is lower case only, so that "US" is not one.
var pluralWords = map[string]bool{
	"we": true, "We": true, "WE": true, "our": true, "Our": true, "ours": true, "us": true,
	"мы": true, "Мы": true, "нас": true, "Нас": true, "нам": true, "Нам": true, "нами": true,
	"наш": true, "Наш": true, "наша": true, "Наша": true, "наше": true, "Наше": true, "наши": true, "Наши": true,
	"нашего": true, "нашей": true, "нашему": true, "нашим": true, "наших": true, "нашими": true, "нашу": true, "нашем": true,
}

// firstPlural returns the first first-person plural word of s, or "".
func firstPlural(s string) string {
	for w := range strings.FieldsFuncSeq(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '’' && r != '\'' }) {
		if pluralWords[w] {
			return w
		}
	}
	return ""
}
