package cases_test

import (
	"strings"
	"testing"

	"github.com/appeal-letters/appeal/cases"
)

const twoLanguages = `version: 2
letter:
  language: LANG
  subject:
    en: Appeal for Ms Example
    ru: Обращение в защиту г-жи Пример
recipient:
  honorific: Mr
  name:
    en: Askar Daulbayev
    ru: Аскар Даулбаев
  title:
    en: Prosecutor General
    ru: Генеральный Прокурор
sender:
  organisation: Example Rights
detainee:
  name:
    en: Anna Example
    ru: Анна Пример
  pronouns: she
holding_state: Kazakhstan
requesting_state: Uzbekistan
accusation:
  en: charges of religious teaching
  ru: обвинения в религиозном обучении
requests:
  - en: release her
    ru: освободить её
  - TEXT
`

// parseTwo reads the case above with one more request, and checks it
// for a letter in lang.
func parseTwo(t *testing.T, lang, text string) (*cases.Case, error) {
	t.Helper()
	src := strings.NewReplacer("LANG", lang, "TEXT", text).Replace(twoLanguages)
	c, err := cases.Parse("two.yaml", []byte(src))
	if err != nil || c == nil {
		return c, err
	}
	if ds := c.CheckLanguage(lang); len(ds) > 0 {
		return c, ds
	}
	return c, nil
}

func TestValuesPerLanguage(t *testing.T) {
	c, err := parseTwo(t, "en", "allow her lawyer to visit")
	if err != nil {
		t.Fatal(err)
	}
	if c.Detainee.Name != "Anna Example" || c.Recipients[0].Title != "Prosecutor General" {
		t.Errorf("English values: name %q, title %q", c.Detainee.Name, c.Recipients[0].Title)
	}
	if got := c.TextLanguages("detainee.name"); strings.Join(got, ",") != "en,ru" {
		t.Errorf("TextLanguages(detainee.name) = %v", got)
	}
	ru, err := c.In("ru")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ got, want string }{
		{ru.Detainee.Name, "Анна Пример"},
		{ru.Letter.Subject, "Обращение в защиту г-жи Пример"},
		{ru.Recipient.Name, "Аскар Даулбаев"},
		{ru.Recipients[0].Title, "Генеральный Прокурор"},
		{ru.Accusation, "обвинения в религиозном обучении"},
		{ru.Requests[0], "освободить её"},
		{ru.Requests[1], "allow her lawyer to visit"}, // given once: the same in every language
		{c.Detainee.Name, "Anna Example"},             // the case itself is unchanged
		{c.Requests[0], "release her"},
	} {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
	if _, err := c.In("fr"); err == nil || !strings.Contains(err.Error(), "two.yaml:5:5: letter.subject has no fr text (it gives en, ru); add fr: … under it") {
		t.Errorf("In(fr) error = %v", err)
	}
}

// TestValuesPerLanguageInRecipients checks the list form: each
// recipient's values per language are read in the letter's language, the
// first recipient's too, and none is taken for a value given once.
func TestValuesPerLanguageInRecipients(t *testing.T) {
	src := strings.NewReplacer("LANG", "ru", "TEXT", "навещать её", "recipient:\n  honorific: Mr\n  name:", "recipients:\n- honorific: Mr\n  name:",
		"\n  title:\n    en: Prosecutor General", "\n  title:\n    en: Prosecutor General").Replace(twoLanguages)
	src = strings.Replace(src, "recipients:\n- honorific: Mr\n  name:\n    en: Askar Daulbayev\n    ru: Аскар Даулбаев\n  title:\n    en: Prosecutor General\n    ru: Генеральный Прокурор\n",
		"recipients:\n- honorific: Mr\n  name:\n    en: Askar Daulbayev\n    ru: Аскар Даулбаев\n  title:\n    en: Prosecutor General\n    ru: Генеральный Прокурор\n- name:\n    en: Yermek Kosherbayev\n    ru: Ермек Кошербаев\n  title:\n    en: Minister of Foreign Affairs\n    ru: Министр иностранных дел\n", 1)
	c, err := cases.Parse("list.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if ds := c.CheckLanguage("ru"); len(ds) > 0 {
		t.Errorf("CheckLanguage(ru) = %v, want nothing: every recipient value is given in Russian", ds)
	}
	ru, err := c.In("ru")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ got, want string }{
		{ru.Recipient.Name, "Аскар Даулбаев"},
		{ru.Recipient.Title, "Генеральный Прокурор"},
		{ru.Recipients[0].Title, "Генеральный Прокурор"},
		{ru.Recipients[1].Name, "Ермек Кошербаев"},
		{ru.Recipients[1].Title, "Министр иностранных дел"},
	} {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
}

func TestLanguageErrors(t *testing.T) {
	for _, tc := range []struct {
		name, lang, text string
		want             []string
	}{
		{"ru letter, English prose given once", "ru", "allow her lawyer to visit",
			[]string{`two.yaml:30:5: requests[1] is in Latin letters only, and the letter is in ru; give the text per language: en: … and ru: …`}},
		{"ru letter, all Russian", "ru", "разрешить свидания с адвокатом", nil},
		{"ru letter, a value lacking ru", "ru", "{en: allow visits}",
			[]string{`two.yaml:30:5: requests[1] has no ru text, and the letter is in ru; add ru: … under it`}},
		{"bad language code", "en", "{EN: allow visits}",
			[]string{`requests[1]: "EN" is not a language code`}},
		{"a language twice", "en", "{en: a, en: b}", []string{`two.yaml:30:13: requests[1]: language "en" given twice; keep one`}},
	} {
		_, err := parseTwo(t, tc.lang, tc.text)
		got := ""
		if err != nil {
			got = err.Error()
		}
		for _, d := range asDiagnostics(err) {
			if tc.want == nil && d.Severity == cases.SevError {
				t.Errorf("%s: error %v", tc.name, d)
			}
		}
		for _, w := range tc.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: error\n%s\nwant it to contain\n%s", tc.name, got, w)
			}
		}
	}
}

func TestNameInLatinIsAWarning(t *testing.T) {
	src := strings.NewReplacer("LANG", "ru", "TEXT", "разрешить свидания").Replace(twoLanguages)
	src = strings.Replace(src, "  organisation: Example Rights", "  organisation: Example Rights\n  closing: С уважением,", 1)
	c, err := cases.Parse("two.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	err = c.CheckLanguage("ru")
	var warned bool
	for _, d := range asDiagnostics(err) {
		if d.Severity == cases.SevError {
			t.Errorf("error: %v", d)
		}
		warned = warned || strings.Contains(d.Message, "holding_state") || strings.Contains(d.Message, "detainee.name is given once, in Latin letters")
	}
	if warned {
		t.Errorf("a warning for a code or a name given per language: %v", err)
	}
	// A name given once in Latin letters is a warning; the sender's own
	// letterhead is not checked.
	src = strings.Replace(src, "  name:\n    en: Anna Example\n    ru: Анна Пример\n", "  name: Anna Example\n", 1)
	c, err = cases.Parse("two.yaml", []byte(src))
	if err != nil && (asDiagnostics(err) == nil || len(asDiagnostics(err).Errors()) > 0) {
		t.Fatal(err)
	}
	ds := c.CheckLanguage("ru")
	if len(ds) != 1 || ds[0].Severity != cases.SevWarning || !strings.Contains(ds[0].Message, "detainee.name is given once, in Latin letters") {
		t.Errorf("CheckLanguage(ru) = %v, want one warning for detainee.name", ds)
	}
}

// TestEnglishFromCyrillic: an English letter from prose given only in
// Cyrillic letters is an error naming the field, as the reverse is for a
// Russian letter; a name so is a warning, and the name in its own script
// is not checked.
func TestEnglishFromCyrillic(t *testing.T) {
	src := strings.NewReplacer("LANG", "ru", "TEXT", "разрешить свидания").Replace(twoLanguages)
	src = strings.Replace(src, "  name:\n    en: Anna Example\n    ru: Анна Пример\n", "  name: Анна Пример\n  name_original: Анна Пример\n  nationality: гражданка Узбекистана\n", 1)
	c, err := cases.Parse("two.yaml", []byte(src))
	if err != nil && (asDiagnostics(err) == nil || len(asDiagnostics(err).Errors()) > 0) {
		t.Fatal(err)
	}
	var got []string
	for _, d := range c.CheckLanguage("en") {
		got = append(got, d.String())
	}
	want := []string{
		"two.yaml:18:9: warning: detainee.name is given once, in Cyrillic letters, and printed so in the en letter; give en: … under it if it has a en form",
		"two.yaml:20:16: detainee.nationality is in Cyrillic letters only, and the letter is in en; give the text per language: ru: … and en: …",
		"two.yaml:30:5: requests[1] is in Cyrillic letters only, and the letter is in en; give the text per language: ru: … and en: …",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("CheckLanguage(en) =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestTextPerLanguageNeedsVersion2(t *testing.T) {
	src := strings.NewReplacer("version: 2", "version: 1", "LANG", "en", "TEXT", "x").Replace(twoLanguages)
	_, err := cases.Parse("one.yaml", []byte(src))
	if err == nil || !strings.Contains(err.Error(), "one.yaml:5:5: letter.subject: expected text, got fields (name: value); a text per language needs version: 2") {
		t.Errorf("error = %v", err)
	}
}

func asDiagnostics(err error) cases.Diagnostics {
	ds, _ := err.(cases.Diagnostics)
	return ds
}
