package main

import (
	"context"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
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
		if rss := ru.Maxrss << 10; rss > hostileMemory {
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

// unhex file.hex file writes the bytes a file of hexadecimal digits
// spells (white space and # comments ignored): a script's binary files.
func cmdUnhex(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: unhex file.hex file")
	}
	var digits strings.Builder
	for _, line := range strings.Split(ts.ReadFile(args[0]), "\n") {
		line, _, _ = strings.Cut(line, "#")
		digits.WriteString(strings.Join(strings.Fields(line), ""))
	}
	data, err := hex.DecodeString(digits.String())
	ts.Check(err)
	ts.Check(os.WriteFile(ts.MkAbs(args[1]), data, 0o644))
}

// rename old "new" renames a file to a name given as a Go string, which
// may hold control characters.
func cmdRename(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: rename old \"new\"")
	}
	name, err := strconv.Unquote(args[1])
	ts.Check(err)
	ts.Check(os.Rename(ts.MkAbs(args[0]), ts.MkAbs(name)))
}
