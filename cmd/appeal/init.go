package main

import (
	"errors"
	"fmt"
	"io/fs"

	"github.com/spf13/cobra"

	"github.com/appeal-letters/appeal/cases"
	"github.com/appeal-letters/appeal/internal/safe"
)

// initOptions are the settings of one 'appeal init' run.
type initOptions struct {
	Output string // the file to write; "-" is standard output
	Force  bool   // overwrite an existing file
}

func newInitCmd(app *App) *cobra.Command {
	opts := &initOptions{}
	cmd := &cobra.Command{
		Use:   "init [case.yaml | -]",
		Short: "Write a case file to fill in",
		Long: `Init writes a case file to fill in, case.yaml unless another name is given
("-" writes it to standard output). Every field is there with a comment
saying what it is: the required ones with placeholders in CAPITALS, the
optional ones commented out. It never overwrites a file unless --force.`,
		Example: `  appeal init
  appeal init smith.yaml
  appeal init - | less`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) > 1 {
				return usagef("init takes one file name, got %d", len(args))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Output = "case.yaml"
			if len(args) == 1 {
				opts.Output = args[0]
			}
			return initRun(app, opts)
		},
	}
	cmd.Flags().BoolVar(&opts.Force, "force", false, "overwrite the file if it exists")
	return cmd
}

func initRun(app *App, opts *initOptions) error {
	if opts.Output == "-" {
		_, err := app.Stdout.Write(cases.Template)
		return err
	}
	// A case file holds what the letter will: new ones are private too.
	if opts.Force {
		if err := writeOutput(opts.Output, cases.Template, 0, letterMode); err != nil {
			return err
		}
	} else if err := safe.CreateNew(opts.Output, cases.Template, letterMode); errors.Is(err, fs.ErrExist) {
		// Created exclusively: never over a file that appeared meanwhile.
		return fmt.Errorf("%s exists; use --force to overwrite it", opts.Output)
	} else if err != nil {
		return outputError(opts.Output, err)
	}
	name := safe.Text(opts.Output)
	say(app.Stdout, "wrote %s: fill it in, then run 'appeal validate %s'", name, name)
	return nil
}
