//go:build unix

package letter_test

import (
	"syscall"
	"time"
)

// cpuTime returns the CPU time the process has used so far, in every
// thread: the work of the garbage collector included.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
