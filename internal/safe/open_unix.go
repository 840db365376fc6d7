//go:build unix

package safe

import "syscall"

// nonblock opens a FIFO or device without waiting for its other end; a
// regular file ignores it.
const nonblock = syscall.O_NONBLOCK

// running reports whether a process with this id runs.
func running(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || err == syscall.EPERM
}
