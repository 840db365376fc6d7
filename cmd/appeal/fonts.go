package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"

	"github.com/appeal-letters/appeal/letter"
)

// loadFonts reads the fallback fonts given with --font, in order, and warns
// once for each that has no bold or italic face.
func loadFonts(app *App, files []string) ([]*letter.Font, error) {
	var fonts []*letter.Font
	for _, file := range files {
		if fi, err := os.Stat(file); err == nil {
			roomForFont(int(fi.Size()))
		}
		f, err := loadFont(file)
		if err != nil {
			return nil, err
		}
		if lacks := f.Lacks(); len(lacks) > 0 {
			fmt.Fprintf(app.Stderr, "appeal: warning: font %s has no %s face: its characters are set in its regular face there\n", file, strings.Join(lacks, " or "))
		}
		fonts = append(fonts, f)
	}
	return fonts, nil
}

// systemFonts returns a PDF.FindFont that asks fontconfig (fc-match) for a
// TrueType font that has the characters the given fonts lack. It runs only
// for a letter that needs it, reads each font it finds once per run, and
// finds nothing where fc-match is not installed, or with
// APPEAL_FONTCONFIG=off (as the tests run, so that the fonts of the machine
// do not change their results).
func systemFonts(app *App) func([]rune) (*letter.Font, error) {
	if app.Getenv("APPEAL_FONTCONFIG") == "off" {
		return nil
	}
	var mu sync.Mutex
	loaded := map[string]*letter.Font{} // by file and index; nil: unusable
	return func(missing []rune) (*letter.Font, error) {
		var charset strings.Builder
		for i, r := range missing {
			if i > 0 {
				charset.WriteByte(' ')
			}
			charset.WriteString(strconv.FormatInt(int64(r), 16))
		}
		out, err := exec.Command("fc-match", "-f", "%{file}\n", ":fontformat=TrueType:charset="+charset.String()).Output()
		if err != nil {
			return nil, nil // no fontconfig: the missing characters are reported
		}
		file := string(bytes.TrimSpace(out))
		mu.Lock()
		defer mu.Unlock()
		if f, ok := loaded[file]; ok {
			return f, nil
		}
		if fi, err := os.Stat(file); err == nil {
			roomForFont(int(fi.Size()))
		}
		f, _ := loadFont(file) // a font appeal cannot use is no match
		loaded[file] = f
		return f, nil
	}
}
