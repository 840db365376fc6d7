package safe

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

// A NotRegularError is a file that is not a regular file: a folder, FIFO,
// device or socket. Reading one could block forever (a FIFO, a terminal)
// or never end (/dev/zero).
type NotRegularError struct {
	Mode fs.FileMode
}

func (e *NotRegularError) Error() string {
	return Kind(e.Mode) + ", not a regular file"
}

// Kind names the kind of file a mode is, e.g. "a named pipe (FIFO)".
func Kind(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a folder"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe (FIFO)"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a block device"
	case m&fs.ModeSymlink != 0:
		return "a symbolic link"
	case m.IsRegular():
		return "a regular file"
	}
	return "a special file"
}

// A TooLargeError is a file larger than a reader's limit.
type TooLargeError struct {
	Limit int64 // bytes
}

func (e *TooLargeError) Error() string {
	return "is larger than " + Size(e.Limit)
}

// Size writes a number of bytes for people: "512 KiB", "10 MiB".
func Size(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// Open opens the named file for reading if it is a regular file (following
// symbolic links), and fails at once with a *NotRegularError in an
// *fs.PathError otherwise, without blocking on a FIFO or a device.
func Open(name string) (*os.File, error) {
	fi, err := os.Stat(name)
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		return nil, &fs.PathError{Op: "open", Path: name, Err: &NotRegularError{fi.Mode()}}
	}
	// Between Stat and open the file may have been replaced: open without
	// blocking and look again at what was opened.
	f, err := os.OpenFile(name, os.O_RDONLY|nonblock, 0)
	if err != nil {
		return nil, err
	}
	return f, regular(f, name)
}

// regular closes f and returns an error unless it is a regular file.
func regular(f interface {
	Stat() (fs.FileInfo, error)
	Close() error
}, name string) error {
	fi, err := f.Stat()
	if err == nil && !fi.Mode().IsRegular() {
		err = &fs.PathError{Op: "open", Path: name, Err: &NotRegularError{fi.Mode()}}
	}
	if err != nil {
		f.Close()
	}
	return err
}

// ReadFile reads the named regular file, failing with a *TooLargeError in
// an *fs.PathError if it is larger than limit bytes.
func ReadFile(name string, limit int64) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return readLimited(f, name, limit)
}

func readLimited(r io.Reader, name string, limit int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, &fs.PathError{Op: "read", Path: name, Err: &TooLargeError{limit}}
	}
	return data, nil
}

// DirFS returns the files under dir as an fs.FS, like os.DirFS, but one
// that opens only folders and regular files, never follows a symbolic link
// out of dir, and reads no file past limit bytes.
func DirFS(dir string, limit int64) (fs.FS, error) {
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, err
	}
	return RootFS(root, limit), nil
}

// RootFS is DirFS for an open os.Root.
func RootFS(root *os.Root, limit int64) fs.FS {
	return &rootFS{root: root, limit: limit}
}

type rootFS struct {
	root  *os.Root
	limit int64
}

func (r *rootFS) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	fi, err := r.root.Stat(name)
	if err != nil {
		return nil, err
	}
	if fi.IsDir() {
		return r.root.Open(name)
	}
	if !fi.Mode().IsRegular() {
		return nil, &fs.PathError{Op: "open", Path: name, Err: &NotRegularError{fi.Mode()}}
	}
	if fi.Size() > r.limit {
		return nil, &fs.PathError{Op: "open", Path: name, Err: &TooLargeError{r.limit}}
	}
	f, err := r.root.OpenFile(name, os.O_RDONLY|nonblock, 0)
	if err != nil {
		return nil, err
	}
	if err := regular(f, name); err != nil {
		return nil, err
	}
	return &limitedFile{File: f, name: name, limit: r.limit, left: r.limit}, nil
}

// ReadDir lets fs.Glob and fs.ReadDir list a folder without opening files.
func (r *rootFS) ReadDir(name string) ([]fs.DirEntry, error) {
	f, err := r.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	d, ok := f.(fs.ReadDirFile)
	if !ok {
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: errors.New("not a folder")}
	}
	return d.ReadDir(-1)
}

// A limitedFile fails a read past its limit: a file may grow after it was
// opened.
type limitedFile struct {
	*os.File
	name        string
	limit, left int64
}

func (f *limitedFile) Read(p []byte) (int, error) {
	if f.left <= 0 {
		var one [1]byte
		if n, _ := f.File.Read(one[:]); n > 0 {
			return 0, &fs.PathError{Op: "read", Path: f.name, Err: &TooLargeError{f.limit}}
		}
		return 0, io.EOF
	}
	if int64(len(p)) > f.left {
		p = p[:f.left]
	}
	n, err := f.File.Read(p)
	f.left -= int64(n)
	return n, err
}
