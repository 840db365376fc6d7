// Package safe reads and writes files that may be hostile, and makes text
// from them fit to print.
//
// Every file a case names, and every file name, may come from someone who
// wants to hurt the user: the one rule here is that nothing read from such a
// file blocks, grows without bound, writes where it was not asked to, or
// reaches a terminal or a CI runner as a command.
//
//   - Open and ReadFile read only regular files, refusing a FIFO, a device
//     or a socket at once instead of blocking on it, and ReadFile and DirFS
//     stop at a size limit.
//   - WriteFile replaces a file atomically, through a temporary file that
//     Cleanup removes if the program is stopped, keeping the old file's
//     mode; it writes into a character device or FIFO (/dev/null,
//     /dev/stdout) instead of replacing it. CreateNew never replaces
//     anything.
//   - Text and Line make a string safe to print in a message.
package safe
