package main

import (
	"cmp"
	"io/fs"
	"os"

	"github.com/appeal-letters/appeal/internal/safe"
)

// A pendingFile is an output written under a temporary name beside its
// path, and put in its place only whole: a manifest, a print file.
type pendingFile struct {
	path string
	mode fs.FileMode // of the file; default letterMode, private
	tmp  *os.File
	done bool // put in place or removed: abort does nothing
}

// commit gives the finished file its mode and puts it in place; on
// failure it removes it.
func (f *pendingFile) commit() error {
	err := f.tmp.Chmod(cmp.Or(f.mode, letterMode))
	if err == nil {
		err = f.tmp.Close()
	}
	if err == nil {
		err = os.Rename(f.tmp.Name(), f.path)
		safe.Forget(f.tmp.Name())
	}
	if err != nil {
		f.abort()
		return err
	}
	f.done = true
	return nil
}

// abort removes the unfinished file; after commit it does nothing.
func (f *pendingFile) abort() {
	if f.done {
		return
	}
	f.done = true
	f.tmp.Close()
	os.Remove(f.tmp.Name())
	safe.Forget(f.tmp.Name())
}
