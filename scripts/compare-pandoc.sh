#!/usr/bin/env bash
# Compare appeal's PDF with the PDF a user would otherwise make: pandoc
# turning the same letter's Markdown into a PDF through LaTeX (XeLaTeX, for
# Cyrillic and other scripts). Not part of go test or .ci/run: it installs
# pandoc and TeX Live with apt-get when they are missing (as root), which
# takes a few hundred megabytes.
#
#   scripts/compare-pandoc.sh [case.yaml]     # default: cases/djabbarbergenov.yaml
#
# It prints the time each takes for one letter, whole process (hyperfine
# when installed, else the median of 10 runs), and the size of each PDF.
set -euo pipefail
cd "$(dirname "$0")/.."
case_file=${1:-cases/djabbarbergenov.yaml}

need() { command -v "$1" >/dev/null 2>&1; }
if ! need pandoc || ! need xelatex; then
	if [ "$(id -u)" != 0 ]; then
		echo "compare-pandoc: needs pandoc and xelatex: sudo apt-get install pandoc texlive-xetex texlive-fonts-recommended lmodern fonts-liberation" >&2
		exit 1
	fi
	DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
		pandoc texlive-xetex texlive-fonts-recommended lmodern fonts-liberation >/dev/null
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/appeal" ./cmd/appeal
"$work/appeal" generate "$case_file" -o "$work/letter.md"

appeal_cmd="$work/appeal generate $case_file -o $work/appeal.pdf"
pandoc_cmd="pandoc $work/letter.md -o $work/pandoc.pdf --pdf-engine=xelatex -V mainfont='Liberation Serif' -V geometry:a4paper,margin=25mm"

median() { # command: the median wall time of 10 runs, in ms
	for _ in $(seq 10); do
		s=$(date +%s%N)
		sh -c "$1" >/dev/null 2>&1
		echo $((($(date +%s%N) - s) / 1000000))
	done | sort -n | sed -n 5p
}

if need hyperfine; then
	hyperfine -N --warmup 2 --runs 10 "$appeal_cmd" "$pandoc_cmd" 2>/dev/null || hyperfine --warmup 2 --runs 10 "$appeal_cmd" "$pandoc_cmd"
else
	echo "appeal: $(median "$appeal_cmd") ms"
	echo "pandoc: $(median "$pandoc_cmd") ms"
fi
sh -c "$appeal_cmd" && sh -c "$pandoc_cmd"
printf 'appeal PDF: %s bytes\npandoc PDF: %s bytes\n' "$(wc -c <"$work/appeal.pdf")" "$(wc -c <"$work/pandoc.pdf")"
