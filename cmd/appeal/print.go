package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"

	"github.com/appeal-letters/appeal/internal/safe"
)

// A printFile is --print: every PDF letter of a run in one document, each
// starting on an odd page so that a duplex printer never prints two
// letters on one sheet.
//
// Letters are copied in as they are written, object by object, and never
// held: memory stays the same for ten letters or fifty thousand. The
// object offsets for the cross-reference table go to a temporary file, and
// the document is renamed into place when it is complete. Only the letters'
// page trees are copied; each letter keeps its own fonts, so the file is
// about the sum of the letters' sizes.
//
// Copying objects is simpler and much faster than a general PDF merger
// (pdfcpu takes tens of milliseconds a letter and holds the whole document
// in memory), and it is enough because the letters are appeal's own:
// classic cross-reference tables, direct stream lengths.
type printFile struct {
	pendingFile // the letters, as private as each of them
	w           *bufio.Writer
	off         int64 // bytes written so far
	xref        *os.File
	xw          *bufio.Writer
	next        int   // the next object number
	kids        []int // object numbers of the root's children: letters' page trees and blank pages
	pages       int   // pages so far, blank ones included
	n           int   // letters so far
	box         []byte
}

// Object 1 is the root of the page tree and 2 the catalog; both are
// written last, when the page count is known.
const (
	printRoot    = 1
	printCatalog = 2
)

func newPrintFile(path string) (*printFile, error) {
	dir := filepath.Dir(path)
	tmp, err := safe.CreateTemp(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("--print: cannot write %s: there is no folder %s", path, dir)
		}
		return nil, fmt.Errorf("--print: cannot write %w", unwrapPathErr(err))
	}
	xref, err := os.CreateTemp("", "appeal-xref-*")
	if err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return nil, fmt.Errorf("--print: %w", err)
	}
	os.Remove(xref.Name()) // kept open; gone when closed, however appeal ends
	p := &printFile{pendingFile: pendingFile{path: path, tmp: tmp}, w: bufio.NewWriterSize(tmp, 256<<10), xref: xref, xw: bufio.NewWriter(xref), next: 3}
	p.write("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n")
	return p, nil
}

func (p *printFile) write(s string) {
	n, _ := p.w.WriteString(s) // errors stick in the bufio.Writer; Close reports them
	p.off += int64(n)
}

func (p *printFile) writeBytes(b []byte) {
	n, _ := p.w.Write(b)
	p.off += int64(n)
}

// object starts the next object and records where it is.
func (p *printFile) object() int {
	n := p.next
	p.next++
	fmt.Fprintf(p.xw, "%010d 00000 n \n", p.off)
	p.write(strconv.Itoa(n) + " 0 obj\n")
	return n
}

// add copies one letter's pages in, after a blank page if the pages so far
// are odd in number.
func (p *printFile) add(pdf []byte) error {
	doc, err := readPDF(pdf)
	if err != nil {
		return err
	}
	pagesRef, err := doc.pagesRoot()
	if err != nil {
		return err
	}
	// The letter's objects, found from its page tree: not its catalog, its
	// outline or its metadata.
	order := []int{pagesRef}
	index := map[int]int{pagesRef: 0}
	objs := map[int]pdfObject{}
	for i := 0; i < len(order); i++ {
		o, err := doc.object(order[i])
		if err != nil {
			return err
		}
		objs[order[i]] = o
		for _, ref := range o.refs() {
			if _, seen := index[ref]; !seen {
				index[ref] = len(order)
				order = append(order, ref)
			}
		}
	}
	root := objs[pagesRef]
	count, ok := root.intValue("/Count")
	if !ok || count < 1 {
		return fmt.Errorf("letter PDF: no page count")
	}
	if p.pages%2 == 1 {
		p.blank()
	}
	number := make(map[int]int, len(index))
	for old, i := range index {
		number[old] = p.next + i
	}
	for _, old := range order {
		o := objs[old]
		p.object()
		body := o.renumber(number)
		if old == pagesRef {
			// The letter's page tree becomes a branch of the document's.
			i := bytes.Index(body, []byte("<<"))
			if i < 0 {
				return fmt.Errorf("letter PDF: page tree is not a dictionary")
			}
			body = append(append(append([]byte{}, body[:i+2]...), fmt.Sprintf(" /Parent %d 0 R", printRoot)...), body[i+2:]...)
			p.box = o.arrayText("/MediaBox")
		}
		p.writeBytes(body)
		if o.stream != nil {
			p.write("\nstream\n")
			p.writeBytes(o.stream)
			p.write("\nendstream")
		}
		p.write("\nendobj\n")
	}
	p.kids = append(p.kids, number[pagesRef])
	p.pages += count
	p.n++
	return nil
}

// blank adds an empty page, the back of a letter's last sheet.
func (p *printFile) blank() {
	n := p.object()
	box := ""
	if p.box != nil {
		box = " /MediaBox " + string(p.box)
	}
	p.write(fmt.Sprintf("<< /Type /Page /Parent %d 0 R%s /Resources << >> >>\nendobj\n", printRoot, box))
	p.kids = append(p.kids, n)
	p.pages++
}

// Close finishes the document and renames it into place. With no letters
// it writes nothing and removes what it started.
func (p *printFile) Close() error {
	defer p.xref.Close()
	if p.n == 0 {
		p.Abort()
		return nil
	}
	rootOff := p.off
	var kids bytes.Buffer
	for i, k := range p.kids {
		if i > 0 {
			kids.WriteByte(' ')
		}
		fmt.Fprintf(&kids, "%d 0 R", k)
	}
	p.write(fmt.Sprintf("%d 0 obj\n<< /Type /Pages /Count %d /Kids [%s] >>\nendobj\n", printRoot, p.pages, kids.String()))
	catOff := p.off
	p.write(fmt.Sprintf("%d 0 obj\n<< /Type /Catalog /Pages %d 0 R >>\nendobj\n", printCatalog, printRoot))
	xrefOff := p.off
	p.write(fmt.Sprintf("xref\n0 3\n0000000000 65535 f \n%010d 00000 n \n%010d 00000 n \n", rootOff, catOff))
	if p.next > 3 {
		p.write(fmt.Sprintf("3 %d\n", p.next-3))
	}
	err := p.xw.Flush()
	if err == nil {
		_, err = p.xref.Seek(0, io.SeekStart)
	}
	if err == nil {
		var n int64
		n, err = io.Copy(p.w, p.xref)
		p.off += n
	}
	p.write(fmt.Sprintf("trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n", p.next, printCatalog, xrefOff))
	if err == nil {
		err = p.w.Flush()
	}
	if err == nil {
		err = p.commit()
	} else {
		p.abort()
	}
	if err != nil {
		return fmt.Errorf("--print: cannot write %s: %w", p.path, unwrapPathErr(err))
	}
	return nil
}

// Abort removes the unfinished document; after Close it does nothing.
func (p *printFile) Abort() {
	p.xref.Close()
	p.abort()
}

// A pdfDoc is a PDF with a classic cross-reference table, read just enough
// to copy its objects: appeal's own letters, not PDFs in general.
type pdfDoc struct {
	data    []byte
	offsets map[int]int
	root    int // the catalog's object number
}

var errPDF = errors.New("letter PDF: not a PDF appeal can read")

func readPDF(data []byte) (*pdfDoc, error) {
	i := bytes.LastIndex(data, []byte("startxref"))
	if i < 0 {
		return nil, errPDF
	}
	toks := lexPDF(data[i+len("startxref"):], 1)
	if len(toks) == 0 {
		return nil, errPDF
	}
	xref, err := strconv.Atoi(string(toks[0].text))
	if err != nil || xref < 0 || xref >= len(data) || !bytes.HasPrefix(data[xref:], []byte("xref")) {
		return nil, errPDF
	}
	d := &pdfDoc{data: data, offsets: map[int]int{}}
	rest := data[xref+len("xref"):]
	trailer := bytes.Index(rest, []byte("trailer"))
	if trailer < 0 {
		return nil, errPDF
	}
	fields := bytes.Fields(rest[:trailer])
	for len(fields) >= 2 {
		first, err1 := strconv.Atoi(string(fields[0]))
		n, err2 := strconv.Atoi(string(fields[1]))
		if err1 != nil || err2 != nil || n < 0 || len(fields) < 2+3*n {
			return nil, errPDF
		}
		for k := range n {
			e := fields[2+3*k : 5+3*k]
			if string(e[2]) == "n" {
				off, err := strconv.Atoi(string(e[0]))
				if err != nil || off < 0 || off >= len(data) {
					return nil, errPDF
				}
				d.offsets[first+k] = off
			}
		}
		fields = fields[2+3*n:]
	}
	t := pdfObject{body: rest[trailer+len("trailer"):]}
	t.toks = lexPDF(t.body, -1)
	root, ok := t.refValue("/Root")
	if !ok {
		return nil, errPDF
	}
	d.root = root
	return d, nil
}

// pagesRoot returns the object number of the root of the page tree.
func (d *pdfDoc) pagesRoot() (int, error) {
	cat, err := d.object(d.root)
	if err != nil {
		return 0, err
	}
	n, ok := cat.refValue("/Pages")
	if !ok {
		return 0, errPDF
	}
	return n, nil
}

// pdfPages counts the pages of a PDF letter, for the manifest.
func pdfPages(data []byte) (int, error) {
	d, err := readPDF(data)
	if err != nil {
		return 0, err
	}
	n, err := d.pagesRoot()
	if err != nil {
		return 0, err
	}
	o, err := d.object(n)
	if err != nil {
		return 0, err
	}
	count, ok := o.intValue("/Count")
	if !ok {
		return 0, errPDF
	}
	return count, nil
}

// A pdfObject is an object's value and, for a stream, its data.
type pdfObject struct {
	body   []byte
	toks   []pdfToken // body's tokens
	stream []byte     // nil: not a stream
}

func (d *pdfDoc) object(n int) (pdfObject, error) {
	off, ok := d.offsets[n]
	if !ok {
		return pdfObject{}, errPDF
	}
	head := lexPDF(d.data[off:], 3)
	if len(head) < 3 || string(head[2].text) != "obj" || string(head[0].text) != strconv.Itoa(n) {
		return pdfObject{}, errPDF
	}
	start := off + head[2].end
	// The value ends at the first "stream" or "endobj" outside a string.
	toks := lexPDF(d.data[start:], -1)
	if len(toks) == 0 {
		return pdfObject{}, errPDF
	}
	last := toks[len(toks)-1]
	if s := string(last.text); s != "stream" && s != "endobj" {
		return pdfObject{}, errPDF
	}
	isStream := string(last.text) == "stream"
	end := start + last.start
	// The body's tokens are at the same offsets in body as from start.
	o := pdfObject{body: d.data[start:end], toks: toks[:len(toks)-1]}
	if isStream {
		length, ok := o.intValue("/Length")
		p := end + len("stream")
		if bytes.HasPrefix(d.data[p:], []byte("\r\n")) {
			p += 2
		} else if p < len(d.data) && d.data[p] == '\n' {
			p++
		}
		if !ok || length < 0 || p+length > len(d.data) {
			return pdfObject{}, errPDF
		}
		o.stream = d.data[p : p+length]
	}
	return o, nil
}

// refs are the object numbers the value refers to, in order.
func (o pdfObject) refs() []int {
	var out []int
	toks := o.toks
	for i := 2; i < len(toks); i++ {
		if isRef(toks, i) {
			n, _ := strconv.Atoi(string(toks[i-2].text))
			out = append(out, n)
		}
	}
	return out
}

// renumber returns the value with every reference n R written as number[n].
func (o pdfObject) renumber(number map[int]int) []byte {
	toks := o.toks
	var b bytes.Buffer
	b.Grow(len(o.body) + 16)
	last := 0
	for i := 2; i < len(toks); i++ {
		if !isRef(toks, i) {
			continue
		}
		n, _ := strconv.Atoi(string(toks[i-2].text))
		b.Write(o.body[last:toks[i-2].start])
		fmt.Fprintf(&b, "%d 0 R", number[n])
		last = toks[i].end
	}
	b.Write(o.body[last:])
	return b.Bytes()
}

// isRef reports whether toks[i] ends a reference "n g R".
func isRef(toks []pdfToken, i int) bool {
	return string(toks[i].text) == "R" && isUint(toks[i-1].text) && isUint(toks[i-2].text)
}

func isUint(b []byte) bool {
	if len(b) == 0 {
		return false
	}
	for _, c := range b {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// intValue returns the integer after a key of the outermost dictionary.
func (o pdfObject) intValue(key string) (int, bool) {
	toks := o.toks
	depth := 0
	for i, t := range toks {
		switch string(t.text) {
		case "<<", "[":
			depth++
		case ">>", "]":
			depth--
		case key:
			if depth == 1 && i+1 < len(toks) && !(i+3 < len(toks) && string(toks[i+3].text) == "R") {
				n, err := strconv.Atoi(string(toks[i+1].text))
				return n, err == nil
			}
		}
	}
	return 0, false
}

// refValue returns the object a key of the outermost dictionary refers to.
func (o pdfObject) refValue(key string) (int, bool) {
	toks := o.toks
	for i := 0; i+3 < len(toks); i++ {
		if string(toks[i].text) == key && isRef(toks, i+3) {
			n, err := strconv.Atoi(string(toks[i+1].text))
			return n, err == nil
		}
	}
	return 0, false
}

// arrayText returns the array after key, as written: "[ 0 0 595.28 841.89 ]".
func (o pdfObject) arrayText(key string) []byte {
	toks := o.toks
	for i := 0; i+1 < len(toks); i++ {
		if string(toks[i].text) == key && string(toks[i+1].text) == "[" {
			for j := i + 2; j < len(toks); j++ {
				if string(toks[j].text) == "]" {
					return bytes.Clone(o.body[toks[i+1].start:toks[j].end])
				}
				if string(toks[j].text) == "[" {
					return nil
				}
			}
		}
	}
	return nil
}

// A pdfToken is one token of PDF syntax and where it is.
type pdfToken struct {
	text       []byte
	start, end int
}

// lexPDF splits b into up to max tokens (all with max < 0): strings,
// names, numbers, keywords and delimiters; white space and comments
// between them are dropped. It stops after "stream" (a stream's data only
// /Length can delimit) and after "endobj".
func lexPDF(b []byte, max int) []pdfToken {
	toks := make([]pdfToken, 0, 32)
	i := 0
	for i < len(b) && (max < 0 || len(toks) < max) {
		c := b[i]
		start := i
		switch {
		case isPDFSpace(c):
			i++
			continue
		case c == '%':
			for i < len(b) && b[i] != '\n' && b[i] != '\r' {
				i++
			}
			continue
		case c == '(':
			depth := 0
		str:
			for i < len(b) {
				switch b[i] {
				case '\\':
					i++
				case '(':
					depth++
				case ')':
					depth--
				}
				i++
				if depth == 0 {
					break str
				}
			}
		case c == '<' && i+1 < len(b) && b[i+1] == '<', c == '>' && i+1 < len(b) && b[i+1] == '>':
			i += 2
		case c == '<':
			for i < len(b) && b[i] != '>' {
				i++
			}
			i++
		case c == '[' || c == ']' || c == '{' || c == '}' || c == '>' || c == ')':
			i++
		case c == '/':
			i++
			for i < len(b) && !isPDFSpace(b[i]) && !isPDFDelim(b[i]) {
				i++
			}
		default:
			for i < len(b) && !isPDFSpace(b[i]) && !isPDFDelim(b[i]) {
				i++
			}
		}
		i = min(i, len(b))
		toks = append(toks, pdfToken{b[start:i], start, i})
		if t := string(b[start:i]); t == "stream" || t == "endobj" {
			break
		}
	}
	return toks
}

func isPDFSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0
}

func isPDFDelim(c byte) bool {
	return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}' || c == '/' || c == '%'
}
