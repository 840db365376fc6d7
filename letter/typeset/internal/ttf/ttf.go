// Package ttf reads and rewrites TrueType font files: the few tables a PDF
// printer needs to look at, and hinting it can leave out. It works on bytes
// and never trusts them: a malformed font is an error, not a panic.
package ttf

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"
	"sort"
	"strings"
	"unicode/utf16"
)

// PostScriptName reads the PostScript name (name ID 6) from a TrueType
// file's name table, keeping only the characters a PDF font name allows; it
// returns "" when there is none.
func PostScriptName(ttf []byte) string {
	be := binary.BigEndian
	if len(ttf) < 12 {
		return ""
	}
	numTables := int(be.Uint16(ttf[4:]))
	for i := range numTables {
		e := 12 + 16*i
		if e+16 > len(ttf) {
			return ""
		}
		if string(ttf[e:e+4]) != "name" {
			continue
		}
		start := int(be.Uint32(ttf[e+8:]))
		end := start + int(be.Uint32(ttf[e+12:]))
		if start+6 > len(ttf) || end > len(ttf) || end < start {
			return ""
		}
		return nameRecord(ttf[start:end], 6)
	}
	return ""
}

// nameRecord returns the first usable name with the given ID from a name table.
func nameRecord(t []byte, id uint16) string {
	be := binary.BigEndian
	count := int(be.Uint16(t[2:]))
	strings0 := int(be.Uint16(t[4:]))
	for i := range count {
		r := 6 + 12*i
		if r+12 > len(t) {
			break
		}
		platform, nameID := be.Uint16(t[r:]), be.Uint16(t[r+6:])
		length, offset := int(be.Uint16(t[r+8:])), int(be.Uint16(t[r+10:]))
		if nameID != id || strings0+offset+length > len(t) {
			continue
		}
		b := t[strings0+offset : strings0+offset+length]
		var s string
		switch platform {
		case 0, 3: // Unicode and Windows: UTF-16BE
			u := make([]uint16, len(b)/2)
			for j := range u {
				u[j] = be.Uint16(b[2*j:])
			}
			s = string(utf16.Decode(u))
		case 1: // Macintosh Roman: PostScript names are ASCII
			s = string(b)
		default:
			continue
		}
		s = strings.Map(func(r rune) rune {
			if r < 0x80 && (r == '-' || r == '_' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9') {
				return r
			}
			return -1
		}, s)
		if s != "" {
			return s
		}
	}
	return ""
}

// Unhinted returns a copy of a TrueType font without its hinting
// instructions (the fpgm, prep and cvt tables and each glyph's
// instructions). Hinting is for pixels on screens; on paper it does
// nothing, and it is a third of the glyph data that a PDF embeds.
func Unhinted(ttf []byte) ([]byte, error) {
	be := binary.BigEndian
	tables, err := ReadTables(ttf)
	if err != nil {
		return nil, err
	}
	head, loca, glyf := tables["head"], tables["loca"], tables["glyf"]
	if len(head) < 54 || loca == nil || glyf == nil {
		return nil, errors.New("missing head, loca or glyf table")
	}
	long := be.Uint16(head[50:]) == 1
	n := len(loca)/2 - 1
	if long {
		n = len(loca)/4 - 1
	}
	offset := func(i int) int {
		if long {
			return int(be.Uint32(loca[4*i:]))
		}
		return 2 * int(be.Uint16(loca[2*i:]))
	}
	delete(tables, "fpgm")
	delete(tables, "prep")
	delete(tables, "cvt ")
	// The glyphs are stripped straight into the new file: "glyf" sorts
	// before "head" and "loca", which are made from what they became.
	return writeTablesWith(tables, "glyf", len(glyf)+n, func(out []byte) ([]byte, error) {
		start0 := len(out)
		offsets := make([]int, n+1)
		for i := range n {
			offsets[i] = len(out) - start0
			start, end := offset(i), offset(i+1)
			if start > end || end > len(glyf) {
				return nil, fmt.Errorf("glyph %d is outside the glyf table", i)
			}
			var err error
			out, err = appendStripped(out, glyf[start:end])
			if err != nil {
				return nil, fmt.Errorf("glyph %d: %w", i, err)
			}
			if (len(out)-start0)%2 == 1 {
				out = append(out, 0)
			}
		}
		offsets[n] = len(out) - start0
		if !long && offsets[n] > 2*0xFFFF {
			long = true
		}
		var newLoca []byte
		for _, o := range offsets {
			if long {
				newLoca = be.AppendUint32(newLoca, uint32(o))
			} else {
				newLoca = be.AppendUint16(newLoca, uint16(o/2))
			}
		}
		newHead := append([]byte(nil), head...)
		if long {
			be.PutUint16(newHead[50:], 1)
		}
		tables["loca"], tables["head"] = newLoca, newHead
		return out, nil
	})
}

// appendStripped appends a glyph's data without its instructions to dst.
func appendStripped(dst, g []byte) ([]byte, error) {
	be := binary.BigEndian
	if len(g) == 0 {
		return dst, nil
	}
	if len(g) < 10 {
		return dst, errors.New("glyph header is truncated")
	}
	contours := int16(be.Uint16(g))
	if contours >= 0 {
		p := 10 + 2*int(contours)
		if p+2 > len(g) {
			return dst, errors.New("glyph is truncated")
		}
		il := int(be.Uint16(g[p:]))
		if p+2+il > len(g) {
			return dst, errors.New("glyph instructions are truncated")
		}
		dst = append(dst, g[:p]...)
		dst = append(dst, 0, 0)
		return append(dst, g[p+2+il:]...), nil
	}
	// A composite glyph: instructions follow the last component, if its
	// flags say so.
	for p := 10; ; {
		if p+4 > len(g) {
			return dst, errors.New("composite glyph is truncated")
		}
		flags := be.Uint16(g[p:])
		size := 4 + 4
		if flags&0x0001 == 0 { // ARG_1_AND_2_ARE_WORDS
			size = 4 + 2
		}
		switch {
		case flags&0x0008 != 0: // WE_HAVE_A_SCALE
			size += 2
		case flags&0x0040 != 0: // WE_HAVE_AN_X_AND_Y_SCALE
			size += 4
		case flags&0x0080 != 0: // WE_HAVE_A_TWO_BY_TWO
			size += 8
		}
		if flags&0x0020 == 0 { // MORE_COMPONENTS: this is the last
			start := len(dst)
			dst = append(dst, g[:min(p+size, len(g))]...)
			be.PutUint16(dst[start+p:], flags&^0x0100) // WE_HAVE_INSTRUCTIONS
			return dst, nil
		}
		p += size
	}
}

// ReadTables returns the tables of a TrueType font by tag.
func ReadTables(ttf []byte) (map[string][]byte, error) {
	return readTablesAt(ttf, 0)
}

// readTablesAt returns the tables of the font whose table directory starts
// at off: 0 in a font file, elsewhere in a collection, whose offsets count
// from the start of the file.
func readTablesAt(ttf []byte, off int) (map[string][]byte, error) {
	be := binary.BigEndian
	if off < 0 || off+12 > len(ttf) {
		return nil, errors.New("font file is truncated")
	}
	n := int(be.Uint16(ttf[off+4:]))
	tables := make(map[string][]byte, n)
	for i := range n {
		e := off + 12 + 16*i
		if e+16 > len(ttf) {
			return nil, errors.New("font table directory is truncated")
		}
		start, length := int(be.Uint32(ttf[e+8:])), int(be.Uint32(ttf[e+12:]))
		if start < 0 || length < 0 || start+length > len(ttf) {
			return nil, fmt.Errorf("font table %q is outside the file", ttf[e:e+4])
		}
		tables[string(ttf[e:e+4])] = ttf[start : start+length]
	}
	return tables, nil
}

// writeTables returns a TrueType font file made of tables.
func writeTables(tables map[string][]byte) []byte {
	out, _ := writeTablesWith(tables, "", 0, nil)
	return out
}

// writeTablesWith returns a TrueType font file made of tables and of the
// table tag, which gen appends to out (about size bytes long). Tables are
// written in the order of their tags, so gen may set the tables that sort
// after tag.
func writeTablesWith(tables map[string][]byte, tag string, size int, gen func(out []byte) ([]byte, error)) ([]byte, error) {
	be := binary.BigEndian
	tags := make([]string, 0, len(tables)+1)
	for t := range tables {
		if t != tag {
			tags = append(tags, t)
		}
	}
	if gen != nil {
		tags = append(tags, tag)
	}
	sort.Strings(tags)
	n := len(tags)
	sel := bits.Len(uint(n)) - 1
	off := 12 + 16*n
	total := off + size + 3
	for _, t := range tags {
		if gen == nil || t != tag {
			total += (len(tables[t]) + 3) &^ 3
		}
	}
	out := make([]byte, off, total)
	be.PutUint32(out, 0x00010000)
	be.PutUint16(out[4:], uint16(n))
	be.PutUint16(out[6:], uint16(16<<sel))
	be.PutUint16(out[8:], uint16(sel))
	be.PutUint16(out[10:], uint16(16*n-16<<sel))
	for i, t := range tags {
		start := len(out)
		if gen != nil && t == tag {
			var err error
			if out, err = gen(out); err != nil {
				return nil, err
			}
		} else {
			out = append(out, tables[t]...)
		}
		d := out[start:]
		e := out[12+16*i:]
		copy(e, t)
		be.PutUint32(e[4:], checksum(d))
		be.PutUint32(e[8:], uint32(start))
		be.PutUint32(e[12:], uint32(len(d)))
		out = append(out, make([]byte, (4-len(d)%4)%4)...)
	}
	return out, nil
}

func checksum(d []byte) uint32 {
	var sum uint32
	i := 0
	for ; i+4 <= len(d); i += 4 {
		sum += binary.BigEndian.Uint32(d[i:])
	}
	if i < len(d) {
		var w [4]byte
		copy(w[:], d[i:])
		sum += binary.BigEndian.Uint32(w[:])
	}
	return sum
}

// IsCollection reports whether data is a TrueType collection (.ttc).
func IsCollection(data []byte) bool {
	return len(data) >= 12 && string(data[:4]) == "ttcf"
}

// CollectionLen returns the number of fonts in a TrueType collection.
func CollectionLen(data []byte) (int, error) {
	if !IsCollection(data) {
		return 0, errors.New("not a font collection")
	}
	n := int(binary.BigEndian.Uint32(data[8:]))
	if n == 0 || 12+4*n > len(data) {
		return 0, errors.New("font collection header is truncated")
	}
	return n, nil
}

// CollectionTables returns the tables of font i of a TrueType collection.
func CollectionTables(data []byte, i int) (map[string][]byte, error) {
	n, err := CollectionLen(data)
	if err != nil {
		return nil, err
	}
	if i < 0 || i >= n {
		return nil, fmt.Errorf("the collection has no font %d", i+1)
	}
	tables, err := readTablesAt(data, int(binary.BigEndian.Uint32(data[12+4*i:])))
	if err != nil {
		return nil, fmt.Errorf("font %d of the collection: %w", i+1, err)
	}
	return tables, nil
}

// Font returns a font file made of tables, such as those of a font of a
// collection.
func Font(tables map[string][]byte) []byte { return writeTables(tables) }

// TableName returns the first usable name with the given ID from a name
// table (see Name).
func TableName(name []byte, id uint16) string {
	if len(name) < 6 {
		return ""
	}
	return nameRecord(name, id)
}

// Name returns the first usable name with the given ID (1 family, 2
// subfamily such as "Bold", 6 PostScript name) from a font's name table,
// keeping only the characters a PDF font name allows; "" when there is none.
func Name(ttf []byte, id uint16) string {
	tables, err := ReadTables(ttf)
	if err != nil || len(tables["name"]) < 6 {
		return ""
	}
	return nameRecord(tables["name"], id)
}
