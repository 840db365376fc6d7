//go:build unix

package safe

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"
)

func mkfifo(t *testing.T, name string) {
	t.Helper()
	if err := syscall.Mkfifo(name, 0o600); err != nil {
		t.Skip("no FIFOs here:", err)
	}
}

// TestOpenRefusesSpecialFiles checks that no special file is opened for
// reading, and that a FIFO is refused at once rather than waited on.
func TestOpenRefusesSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo")
	mkfifo(t, fifo)
	link := filepath.Join(dir, "zero")
	if err := os.Symlink("/dev/zero", link); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{fifo, link, "/dev/null", dir} {
		done := make(chan error, 1)
		go func() {
			_, err := ReadFile(name, 1<<20)
			done <- err
		}()
		select {
		case err := <-done:
			var nr *NotRegularError
			if !errors.As(err, &nr) {
				t.Errorf("ReadFile(%s) = %v, want a NotRegularError", name, err)
			}
		case <-time.After(2 * time.Second):
			t.Fatalf("ReadFile(%s) blocks", name)
		}
	}
}

func TestReadFileLimit(t *testing.T) {
	name := filepath.Join(t.TempDir(), "big")
	if err := os.WriteFile(name, make([]byte, 1001), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadFile(name, 1000); !errors.As(err, new(*TooLargeError)) {
		t.Errorf("ReadFile over the limit: %v, want a TooLargeError", err)
	}
	if data, err := ReadFile(name, 1001); err != nil || len(data) != 1001 {
		t.Errorf("ReadFile at the limit: %d bytes, %v", len(data), err)
	}
}

func TestDirFS(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.yaml"), []byte("hello"), 0o600)
	os.WriteFile(filepath.Join(dir, "big.yaml"), make([]byte, 100), 0o600)
	mkfifo(t, filepath.Join(dir, "fifo.yaml"))
	os.Symlink("/etc/passwd", filepath.Join(dir, "out.yaml"))
	fsys, err := DirFS(dir, 10)
	if err != nil {
		t.Fatal(err)
	}
	names, err := fs.Glob(fsys, "*.yaml")
	if err != nil || len(names) != 4 {
		t.Fatalf("Glob = %v, %v; want 4 names", names, err)
	}
	if data, err := fs.ReadFile(fsys, "a.yaml"); err != nil || string(data) != "hello" {
		t.Errorf("ReadFile(a.yaml) = %q, %v", data, err)
	}
	for _, name := range []string{"big.yaml", "fifo.yaml", "out.yaml", "../x"} {
		if _, err := fs.ReadFile(fsys, name); err == nil {
			t.Errorf("ReadFile(%s) succeeded, want an error", name)
		}
	}
}

func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "letter.txt")
	if err := WriteFile(name, []byte("one"), 0, 0o600); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(name); fi.Mode().Perm() != 0o600 {
		t.Errorf("new file has mode %v, want 0600", fi.Mode().Perm())
	}
	os.Chmod(name, 0o640)
	if err := WriteFile(name, []byte("two"), 0, 0o600); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(name); fi.Mode().Perm() != 0o640 {
		t.Errorf("rewritten file has mode %v, want the 0640 it had", fi.Mode().Perm())
	}
	if err := WriteFile(name, []byte("three"), 0o644, 0o600); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(name); fi.Mode().Perm() != 0o644 {
		t.Errorf("file written with mode 0644 has mode %v", fi.Mode().Perm())
	}

	// A symbolic link in the letter's place is replaced, not followed.
	victim := filepath.Join(dir, "victim")
	os.WriteFile(victim, []byte("keep"), 0o600)
	link := filepath.Join(dir, "link.txt")
	os.Symlink(victim, link)
	if err := WriteFile(link, []byte("letter"), 0, 0o600); err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(victim); string(data) != "keep" {
		t.Errorf("WriteFile followed a symbolic link: victim holds %q", data)
	}

	// Devices are written into.
	if err := WriteFile("/dev/null", []byte("x"), 0, 0o600); err != nil {
		t.Errorf("WriteFile(/dev/null): %v", err)
	}
	if fi, err := os.Lstat("/dev/null"); err != nil || fi.Mode()&fs.ModeCharDevice == 0 {
		t.Fatalf("/dev/null is no longer a device: %v %v", fi.Mode(), err)
	}
	if _, err := os.Stat("/dev/full"); err == nil {
		if err := WriteFile("/dev/full", []byte("x"), 0, 0o600); err == nil {
			t.Errorf("WriteFile(/dev/full) succeeded")
		}
	}
	if err := WriteFile(dir, []byte("x"), 0, 0o600); !errors.As(err, new(*NotRegularError)) {
		t.Errorf("WriteFile(folder) = %v, want a NotRegularError", err)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if tempName.MatchString(e.Name()) {
			t.Errorf("temporary file %s left behind", e.Name())
		}
	}
}

func TestWriteFileIntoFIFO(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "fifo")
	mkfifo(t, fifo)
	got := make(chan string)
	go func() {
		data, _ := os.ReadFile(fifo)
		got <- string(data)
	}()
	if err := WriteFile(fifo, []byte("letter"), 0, 0o600); err != nil {
		t.Fatal(err)
	}
	if s := <-got; s != "letter" {
		t.Errorf("read %q from the FIFO, want %q", s, "letter")
	}
}

func TestCreateNew(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "case.yaml")
	if err := CreateNew(name, []byte("a"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := CreateNew(name, []byte("b"), 0o600); !errors.Is(err, fs.ErrExist) {
		t.Errorf("CreateNew over a file = %v, want it to exist", err)
	}
	link := filepath.Join(dir, "link.yaml")
	os.Symlink(filepath.Join(dir, "target"), link)
	if err := CreateNew(link, []byte("b"), 0o600); !errors.Is(err, fs.ErrExist) {
		t.Errorf("CreateNew over a dangling link = %v, want it to exist", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "target")); err == nil {
		t.Errorf("CreateNew followed a symbolic link")
	}
}

func TestCleanStale(t *testing.T) {
	dir := t.TempDir()
	// A process that has ended: a child that was waited for.
	dead := 0
	if p, err := os.StartProcess("/bin/true", []string{"true"}, &os.ProcAttr{}); err == nil {
		dead = p.Pid
		p.Wait()
	} else {
		t.Skip(err)
	}
	stale := filepath.Join(dir, ".letter.pdf.appeal-"+strconv.Itoa(dead)+"-123.tmp")
	live := filepath.Join(dir, ".other.pdf.appeal-"+strconv.Itoa(os.Getppid())+"-456.tmp")
	old := filepath.Join(dir, ".old.pdf.appeal-"+strconv.Itoa(os.Getppid())+"-789.tmp")
	mine := filepath.Join(dir, ".mine.pdf")
	for _, n := range []string{stale, live, old, mine} {
		os.WriteFile(n, nil, 0o600)
	}
	os.Chtimes(old, time.Now().Add(-time.Hour), time.Now().Add(-time.Hour))
	CleanStale(dir)
	for n, want := range map[string]bool{stale: false, live: true, old: false, mine: true} {
		if _, err := os.Stat(n); (err == nil) != want {
			t.Errorf("after CleanStale, %s exists: %v, want %v", filepath.Base(n), err == nil, want)
		}
	}
}
