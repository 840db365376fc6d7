package main

import (
	"bytes"
	"errors"
	"flag"
	"image"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/rogpeppe/go-internal/testscript"
)

var update = flag.Bool("update", false, "rewrite the expected output in testdata/script")

func TestMain(m *testing.M) {
	model.ConfigPath = "disable" // validate without reading or writing a pdfcpu config file
	testscript.Main(m, map[string]func(){
		"appeal": func() {
			app := &App{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv, Now: time.Now}
			// Scripts fix "today" so letters without a date are stable.
			if s := os.Getenv("APPEAL_TEST_TODAY"); s != "" {
				day, err := time.Parse("2006-01-02", s)
				if err != nil {
					panic(err)
				}
				app.Now = func() time.Time { return day }
			}
			os.Exit(run(app, os.Args[1:]))
		},
		"measure": measureMain,
	})
}

// TestScripts runs the command line end to end: each testdata/script/*.txtar
// is a script of appeal commands and the output they must give.
func TestScripts(t *testing.T) {
	testscript.Run(t, scriptParams("testdata/script"))
}

// scriptParams are how the scripts in dir run: in a folder with the
// example cases, with the commands below.
func scriptParams(dir string) testscript.Params {
	return testscript.Params{
		Dir:                 dir,
		UpdateScripts:       *update,
		RequireExplicitExec: false,
		Setup: func(env *testscript.Env) error {
			env.Setenv("APPEAL_TEST_TODAY", "2012-08-01")
			env.Setenv("APPEAL_FONTCONFIG", "off")
			// DejaVu Sans, a fallback font for Arabic script.
			dejavu, err := filepath.Abs("../../letter/testdata/fonts/DejaVuSans.ttf")
			if err != nil {
				return err
			}
			env.Setenv("DEJAVU", dejavu)
			if log := os.Getenv("APPEAL_MEASURE_LOG"); log != "" {
				env.Setenv("APPEAL_MEASURE_LOG", log)
			}
			// Every script can use the example cases, as a user's clone has them.
			files, err := filepath.Glob("../../cases/*.yaml")
			if err != nil {
				return err
			}
			if err := os.MkdirAll(filepath.Join(env.WorkDir, "cases"), 0o755); err != nil {
				return err
			}
			for _, f := range files {
				data, err := os.ReadFile(f)
				if err != nil {
					return err
				}
				if err := os.WriteFile(filepath.Join(env.WorkDir, "cases", filepath.Base(f)), data, 0o644); err != nil {
					return err
				}
			}
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			// mkpng file writes a small PNG image, for logos and signatures.
			"mkpng": func(ts *testscript.TestScript, neg bool, args []string) {
				if neg || len(args) != 1 {
					ts.Fatalf("usage: mkpng file")
				}
				img := image.NewGray(image.Rect(0, 0, 40, 10))
				for x := range 40 {
					img.SetGray(x, x/4, color.Gray{Y: 0})
				}
				var b bytes.Buffer
				if err := png.Encode(&b, img); err != nil {
					ts.Fatalf("mkpng: %v", err)
				}
				ts.Check(os.WriteFile(ts.MkAbs(args[0]), b.Bytes(), 0o644))
			},
			// pdfpages file N checks that file is a valid PDF (pdfcpu, strict)
			// of N pages.
			"pdfpages": func(ts *testscript.TestScript, neg bool, args []string) {
				if neg || len(args) != 2 {
					ts.Fatalf("usage: pdfpages file N")
				}
				conf := model.NewDefaultConfiguration()
				conf.ValidationMode = model.ValidationStrict
				data, err := os.ReadFile(ts.MkAbs(args[0]))
				ts.Check(err)
				ctx, err := api.ReadValidateAndOptimize(bytes.NewReader(data), conf)
				if err != nil {
					ts.Fatalf("pdfpages: %s: %v", args[0], err)
				}
				if got := strconv.Itoa(ctx.PageCount); got != args[1] {
					ts.Fatalf("pdfpages: %s has %s pages, want %s", args[0], got, args[1])
				}
			},
			// exit N cmd args... runs cmd and checks its exit status is N.
			"exit": func(ts *testscript.TestScript, neg bool, args []string) {
				if neg || len(args) < 2 {
					ts.Fatalf("usage: exit N command [args...]")
				}
				want, err := strconv.Atoi(args[0])
				if err != nil {
					ts.Fatalf("exit: %v", err)
				}
				got := 0
				if err := ts.Exec(args[1], args[2:]...); err != nil {
					var ee *exec.ExitError
					if !errors.As(err, &ee) {
						ts.Fatalf("exit: %v", err)
					}
					got = ee.ExitCode()
				}
				if got != want {
					ts.Fatalf("%s exited with status %d, want %d", args[1], got, want)
				}
			},
			"mkfifo": cmdMkfifo,
			"unhex":  cmdUnhex,
			"rename": cmdRename,
		},
	}
}
