package letter_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/appeal-letters/appeal/letter"
)

// TestLawGolden composes the letters in testdata/law, one state each,
// chosen to cover how states stand under the treaties: a Protocol-only
// party, a Convention-only party with the geographic limitation, the
// limitation with the Protocol, a non-party, a denounced and a re-joined
// Optional Protocol, a change after 2015 on which sources disagree, the
// brief style with a treaty of a regional organisation the state is not a
// member of, and succession. Each is compared with its .txt; -update
// rewrites them.
func TestLawGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/law/*.yaml")
	if err != nil || len(files) < 8 {
		t.Fatalf("want at least 8 cases in testdata/law, found %d (%v)", len(files), err)
	}
	for _, path := range files {
		name := strings.TrimSuffix(path, ".yaml")
		t.Run(filepath.Base(name), func(t *testing.T) {
			l := composeFile(t, path)
			var got bytes.Buffer
			if err := (&letter.Text{}).Print(&got, l); err != nil {
				t.Fatal(err)
			}
			golden := name + ".txt"
			if *update {
				if err := os.WriteFile(golden, got.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./letter -update to create it)", err)
			}
			if !bytes.Equal(got.Bytes(), want) {
				t.Errorf("%s differs from %s; run go test ./letter -update and review the diff\n--- got:\n%s", path, golden, got.Bytes())
			}
		})
	}
}
