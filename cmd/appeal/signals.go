package main

import (
	"context"
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/appeal-letters/appeal/internal/safe"
)

// interruptGrace is how long appeal waits after Ctrl-C, SIGTERM or SIGHUP
// for a command to stop by itself (a batch finishing the cases it is on
// and saying how far it got) before it stops at once.
const interruptGrace = time.Second

// onSignals returns a context that Ctrl-C, SIGTERM and SIGHUP (the terminal
// closing) cancel. A command that has not returned interruptGrace later,
// or a second signal, ends the program: the temporary files being written
// are removed first, so no half-written file is left. stop undoes it.
func onSignals(stderr io.Writer) (ctx context.Context, stop func()) {
	ctx, cancel := context.WithCancel(context.Background())
	ch := make(chan os.Signal, 2)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	done := make(chan struct{})
	go func() {
		select {
		case <-ch:
		case <-done:
			return
		}
		cancel()
		select {
		case <-ch:
		case <-time.After(interruptGrace):
		case <-done:
			return
		}
		safe.Cleanup()
		say(stderr, "appeal: interrupted")
		os.Exit(1)
	}()
	return ctx, func() {
		signal.Stop(ch)
		close(done)
		cancel()
	}
}
