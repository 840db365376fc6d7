//go:build unix

package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestHostile runs the hostile-files corpus: each testdata/hostile/*.txtar
// gives appeal a file as an attacker would craft it (an image, a special
// file, a file name, a clause file) and checks the exit status and
// message, with "measure" checking each run ends within its time and
// memory.
func TestHostile(t *testing.T) {
	testscript.Run(t, scriptParams("testdata/hostile"))
}

// Limits for one run of appeal on a hostile file.
const (
	hostileCPU    = 2 * time.Second  // processor time, user and system
	hostileWall   = 10 * time.Second // a run still going then hangs
	hostileMemory = 200 << 20        // bytes resident at most
)

// measureMain is the command "measure appeal args...": it runs appeal with
// its standard streams, and exits with appeal's status, or with 98 and a
// message if appeal took more than hostileCPU of processor time or hung,
// or 99 if it used more than hostileMemory. Processor time, not time on
// the clock, is measured, so that a busy machine does not fail a test; a
// hang uses none and is caught by hostileWall. An argument in double
// quotes is read as a Go string, so that scripts can name files with
// control characters.
func measureMain() {
	args := os.Args[1:]
	for i, a := range args {
		if strings.HasPrefix(a, `"`) {
			if s, err := strconv.Unquote(a); err == nil {
				args[i] = s
			}
		}
	}
	if len(args) == 0 {
		fmt.Fprintln(os.Stderr, "usage: measure command [args...]")
		os.Exit(2)
	}
	ctx, cancel := context.WithTimeout(context.Background(), hostileWall)
	defer cancel()
	cmd := exec.CommandContext(ctx, args[0], args[1:]...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	err := cmd.Run()
	if ctx.Err() != nil {
		fmt.Fprintf(os.Stderr, "measure: %s was still running after %v\n", args[0], hostileWall)
		os.Exit(98)
	}
	if cmd.ProcessState == nil {
		fmt.Fprintf(os.Stderr, "measure: %v\n", err)
		os.Exit(97)
	}
	ru, _ := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	if ru != nil {
		if cpu := cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime(); cpu > hostileCPU {
			fmt.Fprintf(os.Stderr, "measure: %s took %v of processor time, more than %v\n", args[0], cpu, hostileCPU)
			os.Exit(98)
		}
		rss := ru.Maxrss << 10 // kilobytes on Linux
		if runtime.GOOS == "darwin" {
			rss = ru.Maxrss // bytes
		}
		if log := os.Getenv("APPEAL_MEASURE_LOG"); log != "" {
			// For a report of what each run took: go test ./cmd/appeal -run TestHostile with it set.
			if f, err := os.OpenFile(log, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600); err == nil {
				fmt.Fprintf(f, "%6.0f ms %4d MB  %q\n", float64(cmd.ProcessState.UserTime()+cmd.ProcessState.SystemTime())/1e6, rss>>20, args)
				f.Close()
			}
		}
		if rss > hostileMemory {
			fmt.Fprintf(os.Stderr, "measure: %s used %d MB, more than %d MB\n", args[0], rss>>20, hostileMemory>>20)
			os.Exit(99)
		}
	}
	os.Exit(cmd.ProcessState.ExitCode())
}

// mkfifo name makes a named pipe, which nothing ever writes to.
func cmdMkfifo(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: mkfifo name")
	}
	ts.Check(syscall.Mkfifo(ts.MkAbs(args[0]), 0o600))
}
