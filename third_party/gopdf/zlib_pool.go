package gopdf

import (
	"compress/zlib"
	"io"
)

// zlibWriters keeps zlib writers for reuse, a few per compression level
// (zlib.HuffmanOnly = -2 to zlib.BestCompression = 9). A new writer
// allocates and clears about 1 MB of state, which costs more than
// compressing a page of text or a font subset; a reset one costs nothing.
// Unlike a sync.Pool, which every garbage collection empties, the free list
// keeps its writers for the whole run: at most maxFreeZlibWriters per level.
var zlibWriters [12]chan *zlib.Writer

const maxFreeZlibWriters = 8

func init() {
	for i := range zlibWriters {
		zlibWriters[i] = make(chan *zlib.Writer, maxFreeZlibWriters)
	}
}

// getZlibWriter returns a zlib writer at level writing to w. Give it back
// with putZlibWriter after closing it.
func getZlibWriter(w io.Writer, level int) (*zlib.Writer, error) {
	if level < zlib.HuffmanOnly || level > zlib.BestCompression {
		return zlib.NewWriterLevel(w, level) // reports the bad level
	}
	select {
	case zw := <-zlibWriters[level+2]:
		zw.Reset(w)
		return zw, nil
	default:
		return zlib.NewWriterLevel(w, level)
	}
}

// putZlibWriter gives back a closed writer from getZlibWriter.
func putZlibWriter(zw *zlib.Writer, level int) {
	if level < zlib.HuffmanOnly || level > zlib.BestCompression {
		return
	}
	zw.Reset(io.Discard) // drop the reference to the last output
	select {
	case zlibWriters[level+2] <- zw:
	default: // enough kept
	}
}
