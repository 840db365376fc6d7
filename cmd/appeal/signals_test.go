//go:build unix

package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// startAppeal starts the appeal command (as TestMain puts it on PATH) in
// dir, and returns it with its standard error.
func startAppeal(t *testing.T, dir string, args ...string) (*exec.Cmd, *bytes.Buffer) {
	t.Helper()
	path, err := exec.LookPath("appeal")
	if err != nil {
		t.Skip("no appeal command:", err)
	}
	cmd := exec.Command(path, args...)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	return cmd, &stderr
}

// waitFor waits for cmd to end, failing the test if it takes over limit.
func waitFor(t *testing.T, cmd *exec.Cmd, limit time.Duration) {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case <-done:
	case <-time.After(limit):
		cmd.Process.Kill()
		<-done
		t.Fatalf("appeal %s still ran %v after the signal", strings.Join(cmd.Args[1:], " "), limit)
	}
}

// TestSignalsEndAnyCommand checks that Ctrl-C, SIGTERM and SIGHUP end a
// command that is not a batch, here one waiting for its case on standard
// input, promptly: a single Ctrl-C used to be ignored, and SIGHUP was not
// handled at all.
func TestSignalsEndAnyCommand(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP} {
		t.Run(sig.String(), func(t *testing.T) {
			// A signal that arrives before appeal has set up its
			// handlers kills it (exit status -1): on a loaded machine
			// start-up can take longer than any fixed wait, so such a
			// run is tried again, waiting longer.
			var cmd *exec.Cmd
			var stderr *bytes.Buffer
			for wait := 100 * time.Millisecond; ; wait *= 2 {
				cmd, stderr = startAppeal(t, t.TempDir(), "validate", "-")
				stdin, err := cmd.StdinPipe()
				if err != nil {
					t.Fatal(err)
				}
				defer stdin.Close()
				if err := cmd.Start(); err != nil {
					t.Fatal(err)
				}
				time.Sleep(wait)
				cmd.Process.Signal(sig)
				waitFor(t, cmd, 3*time.Second)
				if cmd.ProcessState.ExitCode() != -1 || wait > 5*time.Second {
					break
				}
				t.Logf("appeal was killed by %v %v after it started; trying again", sig, wait)
			}
			if code := cmd.ProcessState.ExitCode(); code != 1 {
				t.Errorf("exit status %d after %v, want 1", code, sig)
			}
			if !strings.Contains(stderr.String(), "appeal: interrupted") {
				t.Errorf("stderr after %v = %q, want it to say interrupted", sig, stderr)
			}
		})
	}
}

// TestSignalStopsBatch checks that a batch stopped by a signal says how
// far it got and leaves no temporary file.
func TestSignalStopsBatch(t *testing.T) {
	dir := t.TempDir()
	data, err := os.ReadFile("../../cases/djabbarbergenov.yaml")
	if err != nil {
		t.Fatal(err)
	}
	cases := filepath.Join(dir, "cases")
	os.Mkdir(cases, 0o755)
	for i := range 400 {
		os.WriteFile(filepath.Join(cases, "case"+string(rune('a'+i%26))+strings.Repeat("x", i/26)+".yaml"), data, 0o600)
	}
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP} {
		t.Run(sig.String(), func(t *testing.T) {
			out := filepath.Join(dir, "out-"+sig.String())
			cmd, stderr := startAppeal(t, dir, "generate", "cases", "--out-dir", out, "-f", "pdf", "-j", "1")
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			time.Sleep(700 * time.Millisecond)
			cmd.Process.Signal(sig)
			waitFor(t, cmd, 3*time.Second)
			if code := cmd.ProcessState.ExitCode(); code != 1 {
				t.Errorf("exit status %d after %v, want 1; stderr: %s", code, sig, stderr)
			}
			if !strings.Contains(stderr.String(), "appeal: interrupted") {
				t.Errorf("stderr after %v = %q, want it to say interrupted", sig, stderr)
			}
			entries, _ := os.ReadDir(out)
			for _, e := range entries {
				if strings.HasSuffix(e.Name(), ".tmp") {
					t.Errorf("temporary file %s left after %v", e.Name(), sig)
				}
			}
			t.Logf("%v: %s", sig, strings.TrimSpace(stderr.String()))
		})
	}
}
