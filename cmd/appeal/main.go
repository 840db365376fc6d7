// Command appeal turns a case file into a formal appeal letter to the official
// who decides a detained person's fate, as plain text, Markdown or PDF.
//
// main only turns a returned error into a message and an exit status; every
// command is built by a constructor and runs with the streams and clock it is
// given, so tests run the real commands in process.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/appeal-letters/appeal/internal/lazyregexp"
)

// An App is what every command runs with: its streams, environment and clock.
type App struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	Getenv func(string) string
	Now    func() time.Time
}

// usageError marks a mistake on the command line: exit status 2.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error {
	return usageError{fmt.Errorf(format, args...)}
}

// errReported means the problems were already printed: exit 1, print nothing more.
var errReported = errors.New("problems reported")

func main() {
	if os.Getenv("GOGC") == "" && os.Getenv("GOMEMLIMIT") == "" {
		setGC()
	}
	app := &App{
		Stdin:  os.Stdin,
		Stdout: os.Stdout,
		Stderr: os.Stderr,
		Getenv: os.Getenv,
		Now:    time.Now,
	}
	os.Exit(run(app, os.Args[1:]))
}

// heapLimit is the heap appeal grows to before it collects garbage,
// besides room for fonts given with --font (see roomForFont).
const heapLimit = 40 << 20

// gcByLimit is set when appeal chose how to collect garbage: not by the
// heap's growth (GOGC) but only when the heap reaches heapLimit.
var gcByLimit bool

// setGC makes appeal collect garbage only when its heap reaches heapLimit.
// A run keeps little alive (fonts, treaty data, the cases being worked on),
// so one letter never collects at all, and a batch's peak memory is the same
// for 100 cases as for 10,000. Measured (see "Speed" in the README): one
// PDF letter took 38 ms of CPU with Go's default GOGC=100, 30 ms with
// GOGC=200 and 22–26 ms this way, all at 19 MB; a batch in three formats
// peaked at 44.7, 46.0 and 47.3 MB for 100, 1,000 and 10,000 cases, where
// GOGC=100 grew from 40 to 51 MB and GOGC=400 reached 61 MB at 1,000, for
// the same CPU time within the noise of the machine measured.
func setGC() {
	debug.SetGCPercent(-1)
	debug.SetMemoryLimit(heapLimit)
	gcByLimit = true
}

// roomForFont raises the heap limit for a font file of size bytes: parsed,
// a font takes a few times its size, and a limit below what is alive would
// have the collector run without end.
func roomForFont(size int) {
	if gcByLimit {
		debug.SetMemoryLimit(debug.SetMemoryLimit(-1) + 4*int64(size))
	}
}

// run executes one command line and returns the exit status: 0 success, 1 the
// work failed, 2 the command line was wrong.
func run(app *App, args []string) int {
	// Output that could not be written is a failure, even when the
	// command itself did not look (validate > /dev/full).
	stdout := &stickyWriter{w: app.Stdout}
	app = &App{Stdin: app.Stdin, Stdout: stdout, Stderr: app.Stderr, Getenv: app.Getenv, Now: app.Now}
	status := runCommand(app, args)
	if stdout.err != nil && status == 0 {
		err := stdout.err
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		say(app.Stderr, "appeal: cannot write standard output: %v", err)
		status = 1
	}
	return status
}

func runCommand(app *App, args []string) int {
	root := newRootCmd(app)
	root.SetArgs(args)
	// Ctrl-C stops a batch between cases: files written are complete.
	ctx, stop := onSignals(app.Stderr)
	defer stop()
	err := root.ExecuteContext(ctx)
	if err == nil {
		return 0
	}
	var ue usageError
	if errors.As(err, &ue) || isCobraUsage(err) {
		sayError(app.Stderr, err)
		fmt.Fprintf(app.Stderr, "Run 'appeal --help' for usage.\n")
		return 2
	}
	var ds diagnostics
	if errors.As(err, &ds) {
		report(app, ds)
		return 1
	}
	if !errors.Is(err, errReported) {
		// One line per problem, each with the program's name.
		sayError(app.Stderr, err)
	}
	return 1
}

func newRootCmd(app *App) *cobra.Command {
	root := &cobra.Command{
		Use:           "appeal",
		Short:         "Write formal appeal letters for people detained for their faith or their words",
		Version:       version(),
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetIn(app.Stdin)
	root.SetOut(app.Stdout)
	root.SetErr(app.Stderr)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error {
		// pflag says how Go failed to parse a value; say what to give instead.
		if m := badFlagValue.FindStringSubmatch(err.Error()); m != nil {
			return usagef("invalid value %q for %s: give %s", m[1], m[2], flagWants(m[3]))
		}
		return usageError{err}
	})
	pf := root.PersistentFlags()
	pf.String("treaties", "", "add or override treaty clauses from the YAML files in `folder`")
	pf.String("defaults", "", "merge an organisation's defaults `file` (sender, signatories, closing, …) under each case; default $APPEAL_DEFAULTS")
	pf.StringArray("set", nil, "set a case field for this run, e.g. --set recipient.name=\"Jane Doe\" (repeatable)")
	pf.String("wording", "", "word letters with the templates in `folder` over the built-in ones (see 'appeal wording')")
	root.AddCommand(
		newGenerateCmd(app),
		newValidateCmd(app),
		newTreatiesCmd(app),
		newInitCmd(app),
		newSchemaCmd(app),
		newPreviewCmd(app),
		newManCmd(app),
		newManifestCmd(app),
		newWordingCmd(app),
	)
	// cobra's completion command prints help for a shell it does not know
	// and exits 0; a wrong word on the command line is exit 2 here.
	root.InitDefaultCompletionCmd()
	for _, c := range root.Commands() {
		if c.Name() == "completion" {
			c.RunE = func(cmd *cobra.Command, args []string) error {
				return cmd.Help()
			}
			c.Args = func(cmd *cobra.Command, args []string) error {
				if len(args) > 0 {
					return usagef("unknown shell %q: use bash, zsh, fish or powershell", args[0])
				}
				return nil
			}
		}
	}
	return root
}

// isCobraUsage reports the command-line errors cobra makes itself.
func isCobraUsage(err error) bool {
	msg := err.Error()
	for _, p := range []string{"unknown command", "unknown flag", "unknown shorthand flag", "flag needs an argument", "invalid argument", "accepts ", "requires at least", "requires at most"} {
		if strings.HasPrefix(msg, p) {
			return true
		}
	}
	return false
}

var badFlagValue = lazyregexp.New(`^invalid argument "(.*)" for "(?:-\w, )?(--[\w-]+)" flag: (.*)$`)

// flagWants names what a flag takes, from pflag's parse error.
func flagWants(parseErr string) string {
	switch {
	case strings.Contains(parseErr, "ParseInt"), strings.Contains(parseErr, "Atoi"):
		return "a whole number"
	case strings.Contains(parseErr, "ParseBool"):
		return "true or false"
	}
	return "a valid value"
}
