package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"
)

const benchCase = `version: 2
letter: {subject: Appeal for Ms Jane Roe, date: 2026-11-20}
recipient: {honorific: Mr, name: Askar Daulbayev, title: Prosecutor General of Kazakhstan, address: [Astana]}
sender: {organisation: Friends of the Accused, campaign: true}
detainee: {name: Jane Roe, honorific: Ms, pronouns: she}
holding_state: Kazakhstan
requesting_state: Uzbekistan
accusation: spurious charges of religious teaching
status: {awaiting: the decision of the Prosecutor General}
requests: [release her]
`

// writeSigners writes a signers file of n supporters, each with an
// address, an e-mail and a paragraph of their own.
func writeSigners(t testing.TB, path string, n int) {
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	fmt.Fprintln(w, "name,email,address,paragraph")
	for i := range n {
		fmt.Fprintf(w, "Supporter Number %d,supporter%d@example.org,\"%d Example Street\nLondon\",I have followed this case since %d and ask you to act.\n", i, i, i, 2000+i%25)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

// BenchmarkCampaign writes one case's one-page PDF letter for each of N
// signers, as 'appeal generate case.yaml --signers signers.csv --out-dir
// letters' does, and reports letters per second and CPU per letter. Set
// APPEAL_BENCH_SIGNERS (e.g. 1000,10000,50000) for other sizes; peak RSS
// is measured on the command itself (see the README).
func BenchmarkCampaign(b *testing.B) {
	sizes := []int{1000}
	if s := os.Getenv("APPEAL_BENCH_SIGNERS"); s != "" {
		sizes = nil
		for _, f := range bytes.Split([]byte(s), []byte(",")) {
			n, err := strconv.Atoi(string(f))
			if err != nil {
				b.Fatalf("APPEAL_BENCH_SIGNERS: %v", err)
			}
			sizes = append(sizes, n)
		}
	}
	for _, n := range sizes {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			dir := b.TempDir()
			casePath := filepath.Join(dir, "case.yaml")
			if err := os.WriteFile(casePath, []byte(benchCase), 0o644); err != nil {
				b.Fatal(err)
			}
			signers := filepath.Join(dir, "signers.csv")
			writeSigners(b, signers, n)
			app := &App{Stdin: bytes.NewReader(nil), Stdout: io.Discard, Stderr: io.Discard, Getenv: func(string) string { return "" }, Now: time.Now}
			var cpu time.Duration
			for b.Loop() {
				out := filepath.Join(dir, "letters")
				os.RemoveAll(out)
				before := cpuTime()
				opts := &generateOptions{Inputs: []string{casePath}, OutDir: out, Format: "pdf", Width: 72, Paper: "a4", Signers: signers}
				if err := batchRun(context.Background(), app, opts, testRunData()); err != nil {
					b.Fatal(err)
				}
				cpu += cpuTime() - before
			}
			letters := float64(b.N * n)
			b.ReportMetric(letters/b.Elapsed().Seconds(), "letters/s")
			b.ReportMetric(float64(cpu.Microseconds())/1000/letters, "ms-CPU/letter")
			b.ReportMetric(0, "ns/op")
		})
	}
}

// cpuTime is the CPU time the process has used, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
