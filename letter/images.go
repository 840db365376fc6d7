package letter

import (
	"errors"
	"io"
	"io/fs"
	"path/filepath"
	"strings"

	"github.com/appeal-letters/appeal/cases"
	"github.com/appeal-letters/appeal/internal/safe"
	"github.com/appeal-letters/appeal/letter/typeset"
)

// image reads, checks and re-encodes an image named in the case at path
// (e.g. "sender.logo"), from inside the case's folder. A path given on the
// command line (--set) or in a defaults file named there is the user's own
// choice, and may point anywhere. A problem is a diagnostic at the field.
func (w *writer) image(path, name string) *Image {
	if name == "" || w.opt.SkipImages {
		return nil
	}
	var data []byte
	var err error
	origin := w.c.Origin(path)
	fail := func(format string, args ...any) *Image {
		// Diag reports a value from a defaults file or the command
		// line there.
		w.errs = append(w.errs, w.c.Diag(cases.SevError, path, format, args...))
		return nil
	}
	if origin != "" {
		file := name
		if !strings.HasPrefix(origin, "--set") && !filepath.IsAbs(name) {
			file = filepath.Join(filepath.Dir(origin), name)
		}
		data, err = safe.ReadFile(file, typeset.MaxImageSize)
	} else {
		rel := strings.TrimPrefix(name, "./")
		if !fs.ValidPath(rel) {
			return fail("%s: %q is outside the case file's folder; put the image next to the case file", path, name)
		}
		data, err = readFS(w.opt.Files, rel, typeset.MaxImageSize)
	}
	if err != nil {
		return fail("%s: cannot read %q: %v", path, name, unwrapFSError(err))
	}
	img, err := DecodeImage(name, data)
	if err != nil {
		return fail("%s: %q %v", path, name, err)
	}
	return img
}

// readFS reads a file from fsys, failing past limit bytes.
func readFS(fsys fs.FS, name string, limit int64) ([]byte, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && !fi.Mode().IsRegular() {
		return nil, &fs.PathError{Op: "read", Path: name, Err: &safe.NotRegularError{Mode: fi.Mode()}}
	}
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err == nil && int64(len(data)) > limit {
		err = &fs.PathError{Op: "read", Path: name, Err: &safe.TooLargeError{Limit: limit}}
	}
	return data, err
}

func unwrapFSError(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		err = pe.Err
	}
	if err.Error() == "path escapes from parent" {
		// os.Root's words, for a link out of the case's folder.
		return errors.New("it leads out of the case file's folder; put the image next to the case file")
	}
	return err
}

// DecodeImage checks that data is a PNG or JPEG image the PDF printer can
// place and returns it, re-encoded, as the Image name (see
// typeset.CheckImage). Its errors read after the file's name: "is not a
// PNG or JPEG image".
func DecodeImage(name string, data []byte) (*Image, error) {
	img, err := typeset.CheckImage(data)
	if err != nil {
		return nil, err
	}
	return &Image{Name: name, Data: img}, nil
}
