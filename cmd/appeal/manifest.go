package main

import (
	"bufio"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/appeal-letters/appeal/internal/safe"
	"github.com/appeal-letters/appeal/letter"
)

// A manifestEntry is one letter file a run wrote (or found unchanged).
type manifestEntry struct {
	File      string `json:"file"`      // the file name in --out-dir, e.g. "smith-jane-doe.pdf"
	Case      string `json:"case"`      // the case file, as given
	Recipient string `json:"recipient"` // the recipient's name
	Signer    string `json:"signer"`    // the signer's name; "" for the case's own sender
	Language  string `json:"language"`  // e.g. "en"
	Pages     int    `json:"pages"`     // pages of a PDF; 0 for text and Markdown
	SHA256    string `json:"sha256"`    // of the file, in hex
	// Inputs is a fingerprint of everything that decides the letter: the
	// composed letter (case, signer row, wording, treaty data, the date),
	// appeal's own build (its fonts, printers and version) and the
	// printing options. A letter whose Inputs are unchanged is not written
	// again.
	Inputs string `json:"inputs"`
}

var manifestColumns = []string{"file", "case", "recipient", "signer", "language", "pages", "sha256", "inputs"}

func isJSONManifest(path string) bool {
	return strings.EqualFold(filepath.Ext(path), ".json")
}

// readManifest reads a manifest written by appeal; a missing file is an
// empty manifest.
func readManifest(path string) ([]manifestEntry, error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("cannot read manifest %w", unwrapPathErr(err))
	}
	defer f.Close()
	if isJSONManifest(path) {
		var es []manifestEntry
		dec := json.NewDecoder(bufio.NewReader(f))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&es); err != nil {
			return nil, fmt.Errorf("%s: not a manifest appeal wrote: %v", path, err)
		}
		return es, nil
	}
	r := csv.NewReader(bufio.NewReader(f))
	header, err := r.Read()
	if err != nil || !slices.Equal(header, manifestColumns) {
		return nil, fmt.Errorf("%s: not a manifest appeal wrote: the first row is not %s", path, strings.Join(manifestColumns, ","))
	}
	var es []manifestEntry
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return es, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %v", path, err)
		}
		pages := 0
		if rec[5] != "" {
			if pages, err = strconv.Atoi(rec[5]); err != nil {
				line, _ := r.FieldPos(5)
				return nil, fmt.Errorf("%s:%d: pages %q is not a number", path, line, rec[5])
			}
		}
		es = append(es, manifestEntry{File: rec[0], Case: rec[1], Recipient: rec[2], Signer: rec[3], Language: rec[4], Pages: pages, SHA256: rec[6], Inputs: rec[7]})
	}
}

// A manifestWriter writes a manifest a row at a time, to a temporary file
// renamed into place by Close: an old manifest stays whole until the new
// one is.
type manifestWriter struct {
	pendingFile // it names every supporter: private by default
	w           *bufio.Writer
	csv         *csv.Writer
	rows        int
}

func newManifestWriter(path string) (*manifestWriter, error) {
	dir := filepath.Dir(path)
	tmp, err := safe.CreateTemp(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("cannot write %s: there is no folder %s", path, dir)
		}
		return nil, fmt.Errorf("cannot write %w", unwrapPathErr(err))
	}
	m := &manifestWriter{pendingFile: pendingFile{path: path, tmp: tmp}, w: bufio.NewWriter(tmp)}
	if isJSONManifest(path) {
		m.w.WriteString("[")
	} else {
		m.csv = csv.NewWriter(m.w)
		m.csv.Write(manifestColumns)
	}
	return m, nil
}

func (m *manifestWriter) add(e manifestEntry) {
	m.rows++
	if m.csv == nil {
		b, _ := json.Marshal(e) // a struct of strings and an int
		if m.rows > 1 {
			m.w.WriteString(",")
		}
		m.w.WriteString("\n  ")
		m.w.Write(b)
		return
	}
	m.csv.Write(e.row())
}

// row is the entry as a CSV row.
func (e manifestEntry) row() []string {
	pages := ""
	if e.Pages > 0 {
		pages = strconv.Itoa(e.Pages)
	}
	return []string{e.File, cell(e.Case), cell(e.Recipient), cell(e.Signer), e.Language, pages, e.SHA256, e.Inputs}
}

// cell keeps a spreadsheet from reading a name as a formula: a value that
// starts with =, +, -, @ or a tab gets an apostrophe before it, as OWASP
// advises for CSV files.
func cell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

func (m *manifestWriter) Close() error {
	if m.csv != nil {
		m.csv.Flush()
	} else if m.rows > 0 {
		m.w.WriteString("\n]\n")
	} else {
		m.w.WriteString("]\n")
	}
	err := m.w.Flush()
	if err == nil {
		err = m.commit()
	} else {
		m.abort()
	}
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", m.path, unwrapPathErr(err))
	}
	return nil
}

// Abort removes the unfinished manifest; after Close it does nothing.
func (m *manifestWriter) Abort() { m.abort() }

// runInputs is the part of every letter's fingerprint that is the same for
// the whole run: appeal's own executable (its wording, fonts, treaty data
// and version are all inside it), the printing options and the fonts given.
func runInputs(app *App, opts *generateOptions) ([]byte, error) {
	h := sha256.New()
	fmt.Fprintf(h, "appeal %s\n", version())
	exe, err := os.Executable()
	if err == nil {
		err = hashFile(h, exe)
	}
	if err != nil {
		return nil, fmt.Errorf("--manifest: cannot read appeal's own executable to fingerprint it: %w", err)
	}
	fmt.Fprintf(h, "width %d\npaper %s\nsource date %q\n", opts.Width, strings.ToLower(opts.Paper), app.Getenv("SOURCE_DATE_EPOCH"))
	for _, font := range opts.Fonts {
		if err := hashFile(h, font); err != nil {
			return nil, fmt.Errorf("cannot read font: %w", unwrapPathErr(err))
		}
	}
	return h.Sum(nil), nil
}

func hashFile(h io.Writer, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = io.Copy(h, f)
	return err
}

// letterInputs is the fingerprint of one letter in one format.
func letterInputs(run []byte, format string, l *letter.Letter) string {
	h := sha256.New()
	h.Write(run)
	fmt.Fprintf(h, "format %s\n", format)
	// The composed letter holds every word and image the case, the signer
	// and the wording put in it, so it stands for all of them; its JSON
	// form cannot fail, being strings, slices and byte slices.
	json.NewEncoder(h).Encode(l)
	return hex.EncodeToString(h.Sum(nil)[:16])
}

func sha256Hex(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// newManifestCmd is 'appeal manifest', with 'merge' for the manifests of a
// sharded run.
func newManifestCmd(app *App) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "manifest",
		Short: "Work with the manifests generate --manifest writes",
		Args:  cobra.NoArgs,
		RunE:  func(cmd *cobra.Command, args []string) error { return cmd.Help() },
	}
	var output string
	merge := &cobra.Command{
		Use:   "merge manifest... [-o file]",
		Short: "Merge the manifests of a run's shards into one",
		Long: `Merge reads the manifests that the shards of a run wrote (generate
--shard K/N --manifest FILE), CSV or JSON, and writes one manifest of every
letter, sorted by file name: CSV, or JSON when -o ends in .json. A letter
listed by two manifests with different contents is an error.`,
		Example: `  appeal manifest merge shard-*/manifest.csv -o manifest.csv`,
		Args:    cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return mergeManifests(app, args, output)
		},
	}
	merge.Flags().StringVarP(&output, "output", "o", "", "write the merged manifest to `file` (default: CSV on standard output)")
	cmd.AddCommand(merge)
	return cmd
}

func mergeManifests(app *App, inputs []string, output string) error {
	byFile := map[string]manifestEntry{}
	from := map[string]string{}
	for _, in := range inputs {
		if _, err := os.Stat(in); err != nil {
			return fmt.Errorf("cannot read manifest %w", unwrapPathErr(err))
		}
		es, err := readManifest(in)
		if err != nil {
			return err
		}
		for _, e := range es {
			if old, dup := byFile[e.File]; dup && old != e {
				return fmt.Errorf("%s is in %s and in %s, with different contents: were they written by the same run?", e.File, from[e.File], in)
			}
			byFile[e.File], from[e.File] = e, in
		}
	}
	files := make([]string, 0, len(byFile))
	for f := range byFile {
		files = append(files, f)
	}
	slices.Sort(files)
	if output == "" || output == "-" {
		w := csv.NewWriter(app.Stdout)
		w.Write(manifestColumns)
		for _, f := range files {
			w.Write(byFile[f].row())
		}
		w.Flush()
		return w.Error()
	}
	return writeManifest(output, files, byFile)
}

func writeManifest(path string, files []string, byFile map[string]manifestEntry) error {
	m, err := newManifestWriter(path)
	if err != nil {
		return err
	}
	for _, f := range files {
		m.add(byFile[f])
	}
	return m.Close()
}
