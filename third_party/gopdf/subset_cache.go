package gopdf

import (
	"sync"
)

// maxCachedSubsets bounds a subsetCache: a long run that keeps meeting new
// glyph sets forgets the oldest rather than growing without end.
const maxCachedSubsets = 32

// A subsetCache keeps the compressed font programs built from one parsed
// font, by glyph set and compression level. Documents that add their font
// from the same FontContainer share it, so a run that writes many documents
// with the same glyphs builds and compresses each subset once.
type subsetCache struct {
	mu    sync.Mutex
	progs map[string]fontProgram
	order []string // keys, oldest first
}

// A fontProgram is a compressed font subset ready to write as a stream.
type fontProgram struct {
	compressed []byte // zlib data
	length     int    // the uncompressed length (/Length1)
}

func (c *subsetCache) get(key string) (fontProgram, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	p, ok := c.progs[key]
	return p, ok
}

func (c *subsetCache) put(key string, p fontProgram) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.progs == nil {
		c.progs = make(map[string]fontProgram)
	}
	if _, ok := c.progs[key]; ok {
		return
	}
	if len(c.order) == maxCachedSubsets {
		delete(c.progs, c.order[0])
		c.order = append(c.order[:0], c.order[1:]...)
	}
	c.progs[key] = p
	c.order = append(c.order, key)
}
