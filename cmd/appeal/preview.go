package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"strconv"
	"strings"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/appeal-letters/appeal/cases"
	"github.com/appeal-letters/appeal/letter"
)

// previewOptions are the settings of one 'appeal preview' run.
type previewOptions struct {
	Input   string // case file, or "-" for standard input
	Style   string // auto, dark, light, notty or plain
	Width   int    // columns; 0 means the terminal's width
	NoPager bool   // never page
}

func newPreviewCmd(app *App) *cobra.Command {
	opts := &previewOptions{}
	cmd := &cobra.Command{
		Use:   "preview [case.yaml | -]",
		Short: "Show the letter for a case file in the terminal",
		Long: `Preview shows the letter for a case file, styled for the terminal: the
subject in bold, quotations set off, wrapped to the terminal's width (at
most 100 columns, unless --width says otherwise). A
letter longer than the screen is shown through $PAGER (default less -R).

When standard output is not a terminal, or NO_COLOR is set, it prints the
letter as plain text, as 'appeal generate' does, wrapped to $COLUMNS or 80.
--style chooses the styling whatever the output: dark, light, notty (bold
and italics without colours) or plain. The default, auto, is dark unless
$COLORFGBG says the background is light.`,
		Example: `  appeal preview case.yaml
  appeal preview case.yaml --style light
  appeal preview case.yaml --style dark | less -R`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) > 1 {
				return usagef("preview takes one case file, got %d", len(args))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				opts.Input = args[0]
			}
			data, err := loadData(app, cmd)
			if err != nil {
				return err
			}
			return previewRun(app, opts, data)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Style, "style", "auto", "styling: auto, dark, light, notty or plain")
	f.IntVar(&opts.Width, "width", 0, "line width in columns (default: the terminal's width, else $COLUMNS, else 80; at most 100)")
	f.BoolVar(&opts.NoPager, "no-pager", false, "never show the letter through $PAGER")
	return cmd
}

// maxPreviewWidth is the widest a preview wraps to by itself: lines of a
// letter longer than that are hard to read, however wide the terminal.
const maxPreviewWidth = 100

func previewRun(app *App, opts *previewOptions, data *runData) error {
	tty := isTerminal(app.Stdout)
	style := strings.ToLower(opts.Style)
	switch style {
	case "auto":
		switch {
		case !tty || app.Getenv("NO_COLOR") != "":
			style = "plain"
		case lightBackground(app.Getenv("COLORFGBG")):
			style = "light"
		default:
			style = "dark"
		}
	case "dark", "light", "notty", "plain":
	default:
		return usagef("unknown style %q: use auto, dark, light, notty or plain", opts.Style)
	}
	width, height := opts.Width, 0
	if f, ok := app.Stdout.(*os.File); ok && tty {
		if w, h, err := term.GetSize(int(f.Fd())); err == nil {
			height = h
			if width == 0 {
				width = min(w, maxPreviewWidth)
			}
		}
	}
	if width == 0 {
		if n, err := strconv.Atoi(app.Getenv("COLUMNS")); err == nil && n > 0 {
			width = min(n, maxPreviewWidth)
		} else {
			width = 80
		}
	}
	if width < 20 || width > 1000 {
		return usagef("--width %d is out of range: give 20 to 1000 columns", width)
	}
	if opts.Input == "" {
		if isTerminal(app.Stdin) {
			return usagef("no case file given: appeal preview case.yaml (or - to read standard input)")
		}
		opts.Input = "-"
	}
	data.SkipImages = true // a terminal shows none
	c, l, ds, err := composeCase(app, opts.Input, data)
	if err != nil {
		return err
	}
	report(app, ds)
	if len(c.Recipients) > 1 {
		// One letter is shown: say whose, and how to have them all.
		report(app, diagnostics{c.Diag(cases.SevWarning, "recipients", "the case has %d recipients; this is the letter to the first, %s; 'appeal generate %s --out-dir DIR' writes one for each",
			len(c.Recipients), strings.TrimSpace(c.Recipients[0].Honorific+" "+c.Recipients[0].Name), displayName(opts.Input))})
	}
	var p printer = &letter.Terminal{Width: width, Style: style}
	if style == "plain" {
		p = &letter.Text{Width: width}
	}
	var buf bytes.Buffer
	if err := p.Print(&buf, l); err != nil {
		return err
	}
	if tty && !opts.NoPager && height > 0 && bytes.Count(buf.Bytes(), []byte("\n")) >= height {
		if started, err := page(app, buf.Bytes()); started {
			return err
		}
	}
	_, err = app.Stdout.Write(buf.Bytes())
	return err
}

// lightBackground reads $COLORFGBG, "foreground;background" in the colour
// numbers of the 16-colour palette, which some terminals (rxvt, Konsole,
// iTerm2) set: 7 and 15 are light backgrounds.
func lightBackground(colorfgbg string) bool {
	parts := strings.Split(colorfgbg, ";")
	bg := parts[len(parts)-1]
	return bg == "7" || bg == "15"
}

// page shows text through $PAGER, default "less -R" (-R shows the colours),
// and reports whether the pager started: if not, nothing was shown.
func page(app *App, text []byte) (started bool, err error) {
	pager := strings.Fields(app.Getenv("PAGER"))
	if len(pager) == 0 {
		pager = []string{"less", "-R"}
	}
	cmd := exec.Command(pager[0], pager[1:]...)
	cmd.Stdin = bytes.NewReader(text)
	cmd.Stdout = app.Stdout
	cmd.Stderr = app.Stderr
	if app.Getenv("LESS") == "" {
		// A bare "less" as $PAGER would show the colours as ESC[…m.
		cmd.Env = append(os.Environ(), "LESS=R")
	}
	if err := cmd.Start(); err != nil {
		return false, nil
	}
	// A pager quit before the end (q in less) may exit non-zero: that is
	// the user's choice, not a failure.
	var ee *exec.ExitError
	if err := cmd.Wait(); err != nil && !errors.As(err, &ee) {
		return true, err
	}
	return true, nil
}
