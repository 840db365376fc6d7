package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestSignersCSV reads signers files the way spreadsheets write them.
func TestSignersCSV(t *testing.T) {
	for _, tt := range []struct {
		name, csv string
		want      []string // "line name|address lines|email" or "line: problem"
	}{
		{"byte-order mark and CRLF", "\uFEFFname,Email\r\nJane Doe,jane@example.org\r\n",
			[]string{"2 Jane Doe||jane@example.org"}},
		{"address over lines and with ;", "name,address\nJane,\"1 High St\r\nLondon\"\nJohn,2 Low St; Leeds\n",
			[]string{"2 Jane|1 High St/London|", "4 John|2 Low St/Leeds|"}},
		{"blank rows are skipped", "name,email\n,\nJane,\n\n",
			[]string{"3 Jane||"}},
		{"white space folded, NFC", "name\n  Jose\u0301   Garci\u0301a \n",
			[]string{"2 José García||"}},
		{"a bad quote is one bad row", "name,email\nJane \"Q\" Doe,\nJohn,\n",
			[]string{"2: bare \" in non-quoted-field", "3 John||"}},
		{"invalid UTF-8", "name\nJ\xffne\n",
			[]string{"2: name: not valid UTF-8; save the file as UTF-8"}},
		{"invisible direction override", "name\nJane\u202EDoe\n",
			[]string{"2: name: invisible formatting character U+202E; remove it"}},
		{"pronouns and language", "name,pronouns,language\nJane,She,EN\nJohn,it,fr\n",
			[]string{"2 Jane||", "3: language: \"fr\" is not a language appeal writes letters in: en, ru"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "signers.csv")
			if err := os.WriteFile(path, []byte(tt.csv), 0o644); err != nil {
				t.Fatal(err)
			}
			sf, err := openSigners(path)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			err = sf.each(func(s *signer, bad diagnostics) error {
				if len(bad) > 0 {
					got = append(got, strings.TrimPrefix(bad[0].String(), path+":"))
					return nil
				}
				got = append(got, strings.Join([]string{strconv.Itoa(s.Line) + " " + s.Name, strings.Join(s.Address, "/"), s.Email}, "|"))
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}
