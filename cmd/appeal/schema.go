package main

import (
	"github.com/spf13/cobra"

	"github.com/appeal-letters/appeal/cases"
)

func newSchemaCmd(app *App) *cobra.Command {
	return &cobra.Command{
		Use:   "schema",
		Short: "Print a JSON Schema of the case file, for editors",
		Long: `Schema prints a JSON Schema (draft 2020-12) of the case file on standard
output. Editors that use yaml-language-server (VS Code's YAML extension,
Neovim, Helix, …) then complete field names, describe each field, and mark
unknown fields, missing ones and wrong values as you type. Save it beside
your case files and point to it from the first line of a case file:

    appeal schema > case.schema.json
    # yaml-language-server: $schema=case.schema.json

The schema checks a file's shape; 'appeal validate' checks everything.`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 0 {
				return usagef("schema takes no arguments")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			b, err := cases.Schema()
			if err != nil {
				return err
			}
			_, err = app.Stdout.Write(b)
			return err
		},
	}
}
