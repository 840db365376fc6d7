package safe

import (
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/appeal-letters/appeal/internal/lazyregexp"
)

// WriteFile writes data to the named file.
//
//   - A character device or FIFO (/dev/null, /dev/stdout, a pipe) is
//     written into, never replaced.
//   - A folder, socket or block device is refused.
//   - Anything else is replaced atomically: data goes to a temporary file
//     in the same folder (created new, never through a symbolic link)
//     which is then renamed over the name, so a reader never sees half a
//     file and a symbolic link in its place is replaced, not followed.
//
// The file gets mode perm; if perm is 0 it keeps the mode of the regular
// file it replaces, and a new file gets def.
func WriteFile(name string, data []byte, perm, def fs.FileMode) error {
	lfi, lerr := os.Lstat(name)
	fi, err := lfi, lerr
	if lerr == nil && lfi.Mode()&fs.ModeSymlink != 0 {
		// Only a link needs a second look: a new letter's name is
		// looked up once.
		fi, err = os.Stat(name)
	}
	switch {
	case err == nil && (fi.Mode()&fs.ModeCharDevice != 0 || fi.Mode()&fs.ModeNamedPipe != 0):
		return writeInto(name, data, 0)
	case err == nil && !fi.Mode().IsRegular():
		return &fs.PathError{Op: "write", Path: name, Err: &NotRegularError{fi.Mode()}}
	case err == nil && lfi.Mode()&fs.ModeSymlink != 0 && isOpenFile(name):
		// /dev/stdout when standard output is a file: write into it.
		return writeInto(name, data, os.O_TRUNC)
	}
	mode := def
	if perm != 0 {
		mode = perm
	} else if lerr == nil && lfi.Mode().IsRegular() {
		mode = lfi.Mode().Perm()
	}
	dir, base := filepath.Split(name)
	if dir == "" {
		dir = "."
	}
	CleanStale(dir)
	tmp, err := createTemp(dir, base)
	if err != nil {
		return err
	}
	defer forget(tmp.Name())
	if err := fill(tmp, data, mode); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	if err := os.Rename(tmp.Name(), name); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return nil
}

// CreateNew writes data to a new file of the given mode, failing with an
// error that matches fs.ErrExist if the name exists, even if something
// appears there after a check: it never replaces or follows anything.
func CreateNew(name string, data []byte, mode fs.FileMode) error {
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, mode)
	if err != nil {
		return err
	}
	// Until it is complete, the file is as temporary as any other.
	temps.Lock()
	temps.names[name] = true
	temps.Unlock()
	defer forget(name)
	if err := fill(f, data, mode); err != nil {
		os.Remove(name)
		return err
	}
	return nil
}

// fill writes data to f, sets its mode (whatever the umask) and closes it.
func fill(f *os.File, data []byte, mode fs.FileMode) error {
	_, err := f.Write(data)
	if err == nil {
		err = f.Chmod(mode)
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// writeInto writes data into an existing file, device or pipe.
func writeInto(name string, data []byte, flag int) error {
	f, err := os.OpenFile(name, os.O_WRONLY|flag, 0)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// isOpenFile reports whether name is a link to one of the process's open
// files, as /dev/stdout (a link to /proc/self/fd/1) is.
func isOpenFile(name string) bool {
	target, err := filepath.EvalSymlinks(filepath.Dir(name))
	if err != nil {
		return false
	}
	link, err := os.Readlink(name)
	if err != nil {
		return false
	}
	if !filepath.IsAbs(link) {
		link = filepath.Join(target, link)
	}
	for _, p := range []string{"/proc/self/fd/", "/proc/thread-self/fd/", "/dev/fd/", "/proc/" + strconv.Itoa(os.Getpid()) + "/fd/"} {
		if strings.HasPrefix(link, p) {
			return true
		}
	}
	return false
}

// Temporary files are named ".NAME.appeal-PID-RANDOM.tmp", so that a later
// run can tell those a killed run left behind.
const tempInfix = ".appeal-"

var tempName = lazyregexp.New(`^\..*\.appeal-([0-9]+)-[0-9]+\.tmp$`)

// StaleAge is how old a temporary file must be to be removed as stale
// while the process that made it may still run: writing one letter takes
// milliseconds.
const StaleAge = 10 * time.Minute

// temps are the temporary files being written, for Cleanup.
var temps = struct {
	sync.Mutex
	names map[string]bool
}{names: map[string]bool{}}

// pidText is the process ID, for temporary names: os.Getpid is a system call
// each time.
var pidText = strconv.Itoa(os.Getpid())

func createTemp(dir, base string) (*os.File, error) {
	// os.CreateTemp creates with O_EXCL: it never opens what is there.
	f, err := os.CreateTemp(dir, "."+base+tempInfix+pidText+"-*.tmp")
	if err != nil {
		return nil, err
	}
	temps.Lock()
	temps.names[f.Name()] = true
	temps.Unlock()
	return f, nil
}

func forget(name string) {
	temps.Lock()
	delete(temps.names, name)
	temps.Unlock()
}

// Cleanup removes the temporary files being written now. A program calls
// it when it is stopped by a signal, before it exits.
func Cleanup() {
	temps.Lock()
	defer temps.Unlock()
	for name := range temps.names {
		os.Remove(name)
		delete(temps.names, name)
	}
}

// cleaned are the folders CleanStale has looked at in this run.
var cleaned sync.Map

// CleanStale removes, once per run, the temporary files in dir that a
// run of this program left behind when it was killed: those whose process
// has ended, and any older than StaleAge.
func CleanStale(dir string) {
	if _, done := cleaned.LoadOrStore(filepath.Clean(dir), true); done {
		return
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		if !strings.Contains(e.Name(), tempInfix) {
			continue // most names: no expression to compile or run
		}
		m := tempName.FindStringSubmatch(e.Name())
		if m == nil || !e.Type().IsRegular() {
			continue
		}
		pid, _ := strconv.Atoi(m[1])
		if pid == os.Getpid() {
			continue
		}
		info, err := e.Info()
		if err != nil {
			continue
		}
		if !running(pid) || time.Since(info.ModTime()) > StaleAge {
			os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}

// CreateTemp creates a temporary file beside name, for a file written a
// piece at a time and then renamed into place: Cleanup removes it if the
// program is stopped, and CleanStale if it was killed. Call Forget once it
// is renamed or removed.
func CreateTemp(name string) (*os.File, error) {
	dir, base := filepath.Split(name)
	if dir == "" {
		dir = "."
	}
	CleanStale(dir)
	return createTemp(dir, base)
}

// Forget says a file from CreateTemp is renamed or removed.
func Forget(name string) { forget(name) }
