package main

import (
	"fmt"
	"testing"
)

func TestParseShard(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want *shard
	}{
		{"1/1", &shard{1, 1}},
		{"2/4", &shard{2, 4}},
		{" 3 / 3 ", &shard{3, 3}},
		{"0/3", nil},
		{"4/3", nil},
		{"1/0", nil},
		{"-1/3", nil},
		{"1", nil},
		{"a/b", nil},
		{"", nil},
	} {
		got, err := parseShard(tt.in)
		switch {
		case tt.want == nil && err == nil:
			t.Errorf("parseShard(%q) = %v, want an error", tt.in, got)
		case tt.want != nil && (err != nil || *got != *tt.want):
			t.Errorf("parseShard(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
}

// TestShardShares checks that every letter is in exactly one share, that
// the shares are roughly equal, and that a letter's share depends on its
// name alone.
func TestShardShares(t *testing.T) {
	const letters, n = 10000, 4
	counts := make([]int, n)
	for i := range letters {
		id := letterID(fmt.Sprintf("campaign-prosecutor-supporter-%d", i))
		in := 0
		for k := 1; k <= n; k++ {
			if (&shard{k, n}).has(id) {
				in++
				counts[k-1]++
			}
		}
		if in != 1 {
			t.Fatalf("%s is in %d shares", id, in)
		}
	}
	for k, c := range counts {
		if c < letters/n*9/10 || c > letters/n*11/10 {
			t.Errorf("share %d/%d has %d of %d letters", k+1, n, c, letters)
		}
	}
	// Pinned: a release that moved letters between shards would split a
	// campaign's runs differently from its earlier ones.
	for id, k := range map[letterID]int{"djabbarbergenov": 1, "djabbarbergenov-jane-doe": 1, "case-minister-ann-lee": 2} {
		if !(&shard{k, 4}).has(id) {
			t.Errorf("%s is not in share %d/4", id, k)
		}
	}
	if !(*shard)(nil).has("anything") {
		t.Errorf("no --shard: a letter is left out")
	}
}

func TestNameParts(t *testing.T) {
	for _, tt := range []struct {
		parts []string
		seps  string
		want  bool
	}{
		{[]string{"minister", "prosecutor"}, "-", false},
		{[]string{"minister", "minister-jane"}, "-", true},
		{[]string{"minister", "ministerial"}, "-", false},
		{[]string{"case", "case.v2"}, "-.", true},
		{[]string{"case", "case.v2"}, "-", false},
		{nil, "-", false},
	} {
		if got := hyphenPrefix(tt.parts, tt.seps); got != tt.want {
			t.Errorf("hyphenPrefix(%q, %q) = %v, want %v", tt.parts, tt.seps, got, tt.want)
		}
	}
	for in, want := range map[string]bool{"jane-doe-3fa9c1": true, "3fa9c1": true, "jane-doe": false, "jane3fa9c1": false, "doe-3fa9cg": false, "": false} {
		if got := endsLikeHash(in); got != want {
			t.Errorf("endsLikeHash(%q) = %v, want %v", in, got, want)
		}
	}
}
