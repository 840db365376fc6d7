package main

import (
	"fmt"
	"hash/fnv"
	"strings"

	"github.com/appeal-letters/appeal/cases"
	"github.com/appeal-letters/appeal/internal/slug"
)

// Every letter a batch writes is named by one scheme:
//
//	<case>[-<recipient>][-<signer>][.<language>].<ext>
//
// The recipient part is there when the case has several recipients, the
// signer part with --signers, the language part when the run writes
// letters in several languages.

// A letterID names one letter of a run: its file name without the
// extension. Its formats share it, and so does its shard.
type letterID string

func letterName(caseBase, recipient, signer, language string) letterID {
	var b strings.Builder
	b.WriteString(caseBase)
	for _, part := range []string{recipient, signer} {
		if part != "" {
			b.WriteByte('-')
			b.WriteString(part)
		}
	}
	if language != "" {
		b.WriteByte('.')
		b.WriteString(language)
	}
	return letterID(b.String())
}

// recipientParts returns each recipient's part of the file names: its id,
// else a slug of its name, with a short hash where two would be the same.
// A case with one recipient has none: nil.
func recipientParts(c *cases.Case) ([]string, diagnostics) {
	if len(c.Recipients) < 2 {
		return nil, nil
	}
	var ds diagnostics
	parts := make([]string, len(c.Recipients))
	byID := map[string]int{}
	count := map[string]int{}
	for i, r := range c.Recipients {
		if r.ID == "" {
			parts[i] = slug.Make(r.Name)
			count[parts[i]]++
			continue
		}
		path := fmt.Sprintf("recipients[%d].id", i)
		parts[i] = slug.Make(r.ID)
		switch other, dup := byID[parts[i]]; {
		case parts[i] == "":
			ds = append(ds, c.Diag(cases.SevError, path, "id %q has no letter or digit to name a file with; use e.g. prosecutor", r.ID))
		case parts[i] != r.ID:
			ds = append(ds, c.Diag(cases.SevError, path, "id %q names files, so it is lower-case letters, digits and hyphens: write %q", r.ID, parts[i]))
		case dup:
			ds = append(ds, c.Diag(cases.SevError, path, "id %q is also the id of recipient %d; give each recipient its own", r.ID, other+1))
		}
		byID[parts[i]] = i
	}
	for i, r := range c.Recipients {
		if r.ID != "" {
			continue
		}
		// A name's slug that is empty, or that another recipient's name or
		// id also gives, gets a hash of who the recipient is.
		if p := parts[i]; p == "" || count[p] > 1 || hasKey(byID, p) {
			h := slug.Hash(r.Name + "\x00" + r.Title + "\x00" + r.Organisation + "\x00" + strings.Join(r.Address, "\x00"))
			if p == "" {
				parts[i] = h
			} else {
				parts[i] = p + "-" + h
			}
		}
	}
	seen := map[string]int{}
	for i, p := range parts {
		if other, dup := seen[p]; dup && len(ds) == 0 {
			ds = append(ds, c.Diag(cases.SevError, fmt.Sprintf("recipients[%d]", i),
				"recipients %d and %d would get letters of the same name (%s); give each an id", other+1, i+1, p))
		}
		seen[p] = i
	}
	return parts, ds
}

func hasKey[K comparable, V any](m map[K]V, k K) bool {
	_, ok := m[k]
	return ok
}

// hash64 is a stable 64-bit hash (FNV-1a): the same on every machine and
// in every release, since shards and name checks depend on it.
func hash64(s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return h.Sum64()
}
