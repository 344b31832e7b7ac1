#!/usr/bin/env bash
# bench/run.sh times kubefig against Debian's Graphviz and prints a
# Markdown report for the README:
#
#   - kubefig rendering cluster-architecture (SVG + PNG at 2x, English,
#     light theme) against `dot -Tsvg` plus `dot -Tpng -Gdpi=192` on an
#     equivalent .dot file (generated from the spec by bench/dotgen), timed
#     by hyperfine in one run, and the ratio kubefig/dot;
#   - the whole catalog with the kubefig binary, after a first run;
#   - start-up: `kubefig --version`, `kubefig list`, and a first run with
#     a cold Graphviz WASM compilation cache;
#   - the binary's size, and peak memory (/usr/bin/time -v).
#
# Usage: bench/run.sh            (RUNS=20 bench/run.sh for more runs)
# Needs: go, Graphviz's dot, hyperfine, GNU time. Graphviz is needed for
# the comparison only; kubefig itself never runs it.
set -euo pipefail

cd "$(dirname "$0")/.."
RUNS=${RUNS:-10}
OUT=bench/out

missing=()
command -v go >/dev/null 2>&1 || missing+=("go (https://go.dev/dl/)")
command -v dot >/dev/null 2>&1 || missing+=("dot (Debian: apt-get install graphviz)")
command -v hyperfine >/dev/null 2>&1 || missing+=("hyperfine (Debian: apt-get install hyperfine)")
[ -x /usr/bin/time ] || missing+=("/usr/bin/time (Debian: apt-get install time)")
if [ ${#missing[@]} -gt 0 ]; then
	echo "bench: missing tools:" >&2
	printf '  %s\n' "${missing[@]}" >&2
	exit 2
fi

rm -rf "$OUT"
mkdir -p "$OUT/kubefig" "$OUT/dot" "$OUT/catalog" "$OUT/cold"

echo "bench: building kubefig and the .dot file ..." >&2
go build -trimpath -o "$OUT/kubefig-bin" .
KF=$OUT/kubefig-bin
go run ./bench/dotgen --lang en cluster-architecture >"$OUT/cluster-architecture.dot"
DOTFILE=$OUT/cluster-architecture.dot

one="$KF cluster-architecture --lang en --theme light --format svg,png --scale 2 --out $OUT/kubefig"
dotcmd="dot -Tsvg -o $OUT/dot/cluster-architecture.svg $DOTFILE && dot -Tpng -Gdpi=192 -o $OUT/dot/cluster-architecture.png $DOTFILE"
catalog="$KF --out $OUT/catalog"

# The first run on a machine compiles Graphviz's WASM module into the
# temp dir; every timing below but "first run" reuses that cache.
$one >/dev/null
$catalog >/dev/null

hf() { # name csv hyperfine-args...
	local csv=$1
	shift
	hyperfine --style basic --export-csv "$csv" "$@" >&2
}

echo "bench: kubefig vs dot ..." >&2
hf "$OUT/vs.csv" --warmup 2 --runs "$RUNS" -n kubefig "$one" -n dot "$dotcmd"
echo "bench: whole catalog ..." >&2
hf "$OUT/catalog.csv" --warmup 1 --runs "$(((RUNS + 1) / 2))" -n catalog "$catalog"
echo "bench: start-up ..." >&2
hf "$OUT/startup.csv" --warmup 3 --runs "$((RUNS * 2))" \
	-n version "$KF --version" -n list "$KF list"
hf "$OUT/cold.csv" --runs "$(((RUNS + 1) / 2))" \
	--prepare "rm -rf $OUT/cold/tmp && mkdir -p $OUT/cold/tmp" \
	-n cold "TMPDIR=$OUT/cold/tmp $one"

# peak RSS in MiB of a command, from GNU time
peak() {
	/usr/bin/time -v sh -c "$1" 2>&1 >/dev/null | awk -F: '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }'
}
echo "bench: peak memory ..." >&2
mem_one=$(peak "$one")
mem_dot_svg=$(peak "dot -Tsvg -o $OUT/dot/m.svg $DOTFILE")
mem_dot_png=$(peak "dot -Tpng -Gdpi=192 -o $OUT/dot/m.png $DOTFILE")
mem_catalog=$(peak "$catalog")

# mean, stddev of a named command in a hyperfine CSV, in ms
hfstat() { # csv name -> "mean sd"
	awk -F, -v n="$2" '$1 == n { printf "%.0f %.0f\n", $2 * 1000, $3 * 1000 }' "$1"
}
read -r k_mean k_sd < <(hfstat "$OUT/vs.csv" kubefig)
read -r d_mean d_sd < <(hfstat "$OUT/vs.csv" dot)
read -r c_mean c_sd < <(hfstat "$OUT/catalog.csv" catalog)
read -r v_mean v_sd < <(hfstat "$OUT/startup.csv" version)
read -r l_mean l_sd < <(hfstat "$OUT/startup.csv" list)
read -r f_mean f_sd < <(hfstat "$OUT/cold.csv" cold)
ratio=$(awk -v k="$k_mean" -v d="$d_mean" 'BEGIN { printf "%.2f", k / d }')
files=$(find "$OUT/catalog" -type f | wc -l)
diagrams=$($KF list | wc -l)
size=$(stat -c %s "$KF" 2>/dev/null || wc -c <"$KF")
png_k=$(stat -c %s "$OUT/kubefig/en/cluster-architecture.png")
png_d=$(stat -c %s "$OUT/dot/cluster-architecture.png")
svg_k=$(stat -c %s "$OUT/kubefig/en/cluster-architecture.svg")
svg_d=$(stat -c %s "$OUT/dot/cluster-architecture.svg")
kib() { awk -v b="$1" 'BEGIN { printf "%.0f KiB", b / 1024 }'; }
cpu=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)

cat <<EOF
### Performance

Measured with \`bench/run.sh\` (hyperfine, ${RUNS} runs; mean ± σ) on
$(nproc) CPUs (${cpu:-unknown CPU}), $(go env GOVERSION), $(dot -V 2>&1 | sed 's/ (0)//').

| What | Time | Peak memory |
|---|---:|---:|
| kubefig: cluster-architecture, SVG + PNG 2x, one language | ${k_mean} ms ± ${k_sd} | ${mem_one} MiB |
| Graphviz: \`dot -Tsvg\` + \`dot -Tpng -Gdpi=192\`, equivalent .dot | ${d_mean} ms ± ${d_sd} | ${mem_dot_svg} / ${mem_dot_png} MiB |
| **ratio kubefig / dot** | **${ratio}** | |
| kubefig: whole catalog (${diagrams} diagrams, ${files} files), after the first run | ${c_mean} ms ± ${c_sd} | ${mem_catalog} MiB |
| kubefig --version | ${v_mean} ms ± ${v_sd} | |
| kubefig list | ${l_mean} ms ± ${l_sd} | |
| first run, cold Graphviz WASM cache (one diagram) | ${f_mean} ms ± ${f_sd} | |

Binary: $(kib "$size") (\`go build -trimpath\`). Output of the comparison:
kubefig SVG $(kib "$svg_k") (fonts embedded), PNG $(kib "$png_k");
dot SVG $(kib "$svg_d"), PNG $(kib "$png_d").
EOF
