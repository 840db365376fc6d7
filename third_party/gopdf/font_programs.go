package gopdf

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// prepareFontPrograms builds the compressed font programs of a document's
// fonts side by side before it is written. A letter embeds a few faces,
// and building and compressing their subsets is most of the time it takes
// to write one that no earlier document shared a glyph set with.
func (gp *GoPdf) prepareFontPrograms() {
	var todo []*PdfDictionaryObj
	for _, obj := range gp.pdfObjs {
		if d, ok := obj.(*PdfDictionaryObj); ok && d.PtrToSubsetFontObj != nil {
			todo = append(todo, d)
		}
	}
	if len(todo) < 2 {
		return
	}
	// As many at once as there are processors, the calling goroutine one
	// of them: each compressor at work is another megabyte to allocate.
	var next int32 = -1
	work := func() {
		for {
			i := int(atomic.AddInt32(&next, 1))
			if i >= len(todo) {
				return
			}
			// An error is reported when the program is written.
			if prog, err := todo[i].fontProgram(); err == nil {
				todo[i].prepared = &prog
			}
		}
	}
	var wg sync.WaitGroup
	workers := runtime.GOMAXPROCS(0)
	if workers > len(todo) {
		workers = len(todo)
	}
	for n := workers - 1; n > 0; n-- {
		wg.Add(1)
		go func() {
			defer wg.Done()
			work()
		}()
	}
	work()
	wg.Wait()
}

// preparedProgram returns the font program prepareFontPrograms built, or
// builds it now.
func (p *PdfDictionaryObj) preparedProgram() (fontProgram, error) {
	if p.prepared != nil {
		return *p.prepared, nil
	}
	return p.fontProgram()
}
