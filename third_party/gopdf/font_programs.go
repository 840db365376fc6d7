package gopdf

import "sync"

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
	var wg sync.WaitGroup
	for _, d := range todo {
		d := d // the module's go version shares loop variables
		wg.Go(func() {
			// An error is reported when the program is written.
			if prog, err := d.fontProgram(); err == nil {
				d.prepared = &prog
			}
		})
	}
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
