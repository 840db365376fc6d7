package slug

import (
	"strings"
	"testing"
)

func TestMake(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Askar Daulbayev", "askar-daulbayev"},
		{"  Jane  O'Brien-Smith ", "jane-obrien-smith"},
		{"José García López", "jose-garcia-lopez"},
		{"Jose\u0301", "jose"}, // decomposed
		{"Straße Łódź Ærø", "strasse-lodz-aero"},
		{"Максет Джаббарбергенов", "makset-dzhabbarbergenov"},
		{"Юлия Щербакова", "iuliia-shcherbakova"},
		{"Ильич Подъячев", "ilich-podiachev"},
		{"Қасым-Жомарт Тоқаев", "qasym-zhomart-toqaev"},
		{"Σωκράτης", "sokratis"},
		{"王力宏", ""},
		{"أحمد", ""},
		{"Wang 王 Lihua", "wang-lihua"},
		{"H.E. Mr Erlan Idrissov", "h-e-mr-erlan-idrissov"},
		{"../../etc/passwd", "etc-passwd"},
		{"ＦＵＬＬ　ｗｉｄｔｈ", "full-width"},
		{"", ""},
		{"---", ""},
		{strings.Repeat("abcdefghij ", 10), "abcdefghij-abcdefghij-abcdefghij"},
	} {
		if got := Make(tt.in); got != tt.want {
			t.Errorf("Make(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMakeIsSafe(t *testing.T) {
	for _, in := range []string{"a/b\\c:d*e?f\"g<h>i|j", "\x00\x1b[31m", "CON", ".", "..", "a\u202Eb"} {
		got := Make(in)
		for _, r := range got {
			if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') {
				t.Errorf("Make(%q) = %q: has %q", in, got, r)
			}
		}
		if strings.HasPrefix(got, "-") || strings.HasSuffix(got, "-") || len(got) > MaxLen {
			t.Errorf("Make(%q) = %q", in, got)
		}
	}
}

func TestHash(t *testing.T) {
	if Hash("José") != Hash("Jose\u0301") {
		t.Errorf("Hash differs between NFC and NFD")
	}
	if Hash("a") == Hash("b") {
		t.Errorf("Hash(a) == Hash(b)")
	}
	if got := Hash("王力宏"); len(got) != 6 {
		t.Errorf("Hash = %q, want six hex digits", got)
	}
	// Stable across releases: file names depend on it.
	if got, want := Hash("Jane Doe"), "01332c"; got != want {
		t.Errorf("Hash(Jane Doe) = %q, want %q", got, want)
	}
}
