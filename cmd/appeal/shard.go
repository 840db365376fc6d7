package main

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"strconv"
	"strings"
)

// A shard is --shard K/N: the K-th of N shares of a run's letters, so that
// N machines (a CI matrix) write a large campaign between them.
//
// A letter's share follows from its name alone (a stable hash of it), not
// from its place in the run: adding signers or recipients never moves the
// letters already assigned, and every shard agrees without talking to the
// others. The shares are only roughly equal.
type shard struct {
	K, N int // 1 ≤ K ≤ N
}

func parseShard(s string) (*shard, error) {
	k, n, ok := strings.Cut(s, "/")
	K, err1 := strconv.Atoi(strings.TrimSpace(k))
	N, err2 := strconv.Atoi(strings.TrimSpace(n))
	if !ok || err1 != nil || err2 != nil || N < 1 || K < 1 || K > N {
		return nil, usagef("--shard %q: give K/N with 1 ≤ K ≤ N, e.g. --shard 2/4 for the second of four shares", s)
	}
	return &shard{K: K, N: N}, nil
}

// has reports whether the letter named id is in this shard.
func (s *shard) has(id letterID) bool {
	if s == nil {
		return true
	}
	// SHA-256 rather than FNV: FNV's low bits, which a small N picks, depend
	// only on the low bits of each byte of the name.
	sum := sha256.Sum256([]byte(id))
	return binary.BigEndian.Uint64(sum[:8])%uint64(s.N) == uint64(s.K-1)
}

func (s *shard) String() string { return fmt.Sprintf("%d/%d", s.K, s.N) }
