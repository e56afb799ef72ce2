#!/usr/bin/env bash
# Runs every benchmark of Labelbench and writes their figures into the generated section of docs/benchmarks.md
# (between the BENCH-ALL markers; the hand-written analysis around it stays):
#   CLI benches: init at 500,000 files + 1,000,000 rows and at 5,000,000 files + 5,000,000 rows (in a 512 MB heap),
#   claim, export, featurize, azure (when LABELBENCH_AZURITE_BLOB is set, or --azurite to start one as ./test does),
#   and any other `bench` command the CLI lists;
#   the measured UI tests under xvfb-run (SubmitToPaintBenchmark, ShapesRedrawBenchmarkTest, LargeProjectBenchmark);
#   the crash-safety test with 100 SIGKILLs.
# Usage: releng/scripts/bench-all.sh [--quick] [--only LIST] [--azurite]
#   --quick    small sizes everywhere (minutes, to check the script; the figures are not the benchmark's)
#   --only     comma-separated subset of: init,init5m,claim,export,featurize,azure,other,ui,crash; the figures of
#              earlier runs in target/bench-all stay in the report
# Raw results go to target/bench-all/ (JSON, logs); generated data is kept in $LABELBENCH_BENCH_HOME
# (default ~/.labelbench-bench; the 5M data takes a few GB) for the next run.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
quick=0
all="init,init5m,claim,export,featurize,azure,other,ui,crash"
only="$all"
start_azurite=0
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=1 ;;
    --only) only="$2"; shift ;;
    --azurite) start_azurite=1 ;;
    *) echo "bench-all: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
wanted() { [[ ",$only," == *",$1,"* ]]; }

out="$root/target/bench-all"
# a full run starts afresh; --only adds to (and replaces in) the figures of the previous runs
[ "$only" = "$all" ] && rm -rf "$out"
mkdir -p "$out"; rm -f "$out/failures.txt"
home="${LABELBENCH_BENCH_HOME:-$HOME/.labelbench-bench}"
mkdir -p "$home"
facts="$out/machine.txt"
{
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "cores: $(nproc)"
  echo "memory: $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)"
  echo "cpu: $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)"
  echo "java: $(java -version 2>&1 | head -n 1)"
  echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "quick: $quick"
} > "$facts"
cat "$facts"

if [ "$quick" = 1 ]; then
  init_small="--files 20000 --rows 50000"; init_big="--files 100000 --rows 100000"
  claim="--items 50000 --claims 2000 --warmup 200"; export_n="--annotations 20000"; featurize="--images 500"
  azure_files=200; ui_items=100000; submit_items=20; kills=3
else
  init_small="--files 500000 --rows 500000"; init_big="--files 5000000 --rows 5000000"
  claim=""; export_n=""; featurize=""; azure_files=2000; ui_items=1000000; submit_items=200; kills=100
fi

echo "== product"
./labelbench cli --help > "$out/help.txt"   # builds the product when it is older than the sources

# Runs one CLI bench with --json; its JSON goes to $out/NAME.json, its log to $out/NAME.log.
cli_bench() {
  local name="$1"; shift
  echo "== $name: labelbench cli $*"
  if "$@" > "$out/$name.json" 2> "$out/$name.log"; then
    echo "ok"
  else
    echo "FAILED (exit $?), see $out/$name.log" | tee -a "$out/failures.txt"
    tail -n 3 "$out/$name.log"
  fi
}
cli=(./labelbench cli --workspace "$home/ws" --json)

if wanted init; then
  cli_bench init "${cli[@]}" bench init $init_small --data "$home/data"
fi
if wanted init5m; then
  # 5M items in a 512 MB heap; the GC log gives the heap after each collection
  JAVA_TOOL_OPTIONS="-Xlog:gc:file=$out/init5m-gc.log" LABELBENCH_CLI_HEAP=512m \
    cli_bench init5m "${cli[@]}" bench init $init_big --data "$home/data"
fi
wanted claim && cli_bench claim "${cli[@]}" bench claim $claim
wanted export && cli_bench export "${cli[@]}" bench export $export_n
wanted featurize && cli_bench featurize "${cli[@]}" bench featurize $featurize

if wanted azure; then
  azurite_dir=
  if [ -z "${LABELBENCH_AZURITE_BLOB:-}" ] && [ "$start_azurite" = 1 ]; then
    azurite_dir=$(mktemp -d)
    LABELBENCH_AZURITE_BLOB=$(releng/scripts/azurite.sh start "$azurite_dir")
    export LABELBENCH_AZURITE_BLOB
  fi
  if [ -n "${LABELBENCH_AZURITE_BLOB:-}" ]; then
    conn="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=$LABELBENCH_AZURITE_BLOB;"
    export LABELBENCH_BENCH_AZURE_CONN="$conn" LABELBENCH_CONFIG="$home/config"
    releng/scripts/azurite-container.py "$LABELBENCH_AZURITE_BLOB" bench
    "${cli[@]}" datastore remove bench-azurite > /dev/null 2>&1 || true
    "${cli[@]}" datastore add bench-azurite --container bench --connection-string \
      --secret-env LABELBENCH_BENCH_AZURE_CONN > "$out/azure-datastore.log" 2>&1 || true
    cli_bench azure "${cli[@]}" bench azure --datastore bench-azurite --files "$azure_files"
  else
    echo "== azure: skipped (LABELBENCH_AZURITE_BLOB not set; --azurite starts one)"
  fi
  if [ -n "$azurite_dir" ]; then
    releng/scripts/azurite.sh stop "$azurite_dir"; rm -rf "$azurite_dir"
  fi
fi

if wanted other; then
  # bench commands added later (bench server, ...): run with their defaults
  for command in $(sed -n 's/^ *bench \([a-z-]*\).*/\1/p' "$out/help.txt" | sort -u); do
    case "$command" in init|claim|export|featurize|azure) continue ;; esac
    cli_bench "bench-$command" "${cli[@]}" bench "$command"
  done
fi

# the UI test bundle and what it needs (-am), so the list follows its manifest
if wanted ui; then
  echo "== measured UI tests under xvfb-run"
  rm -rf bundles/org.labelbench.ui.tests/target/benchmarks
  if xvfb-run -a -s "-screen 0 1280x1024x24" ./mvnw -B -o verify -pl bundles/org.labelbench.ui.tests -am \
      -Dtest='SubmitToPaintBenchmark,ShapesRedrawBenchmarkTest,LargeProjectBenchmark' -Dsurefire.failIfNoSpecifiedTests=false -DfailIfNoTests=false \
      "-Dlabelbench.test.argLine=-Xmx1g -Dlabelbench.bench.submitItems=$submit_items -Dlabelbench.bench.largeItems=$ui_items" \
      > "$out/ui.log" 2>&1; then
    echo ok
  else
    echo "FAILED, see $out/ui.log" | tee -a "$out/failures.txt"
  fi
  cp bundles/org.labelbench.ui.tests/target/benchmarks/*.txt "$out/" 2>/dev/null || true
  grep -h '^BENCH' "$out/ui.log" > "$out/ui-bench.txt" || true
fi

if wanted crash; then
  echo "== crash safety: $kills SIGKILLs"
  if ./mvnw -B -o verify -pl releng/org.labelbench.product.tests -Dtest=CrashSafetyTest \
      -Dsurefire.failIfNoSpecifiedTests=false -Dlabelbench.crash.kills="$kills" > "$out/crash.log" 2>&1; then
    echo ok
  else
    echo "FAILED, see $out/crash.log" | tee -a "$out/failures.txt"
  fi
  grep -h 'BENCH crash-safety' "$out/crash.log" releng/org.labelbench.product.tests/target/surefire-reports/*CrashSafety*-output.txt \
    2>/dev/null | sed 's/^.*BENCH/BENCH/' | sort -u > "$out/crash-bench.txt" || true
fi

echo "== docs/benchmarks.md"
python3 "$root/releng/scripts/bench-report.py" "$out" "$root/docs/benchmarks.md"
if [ -s "$out/failures.txt" ]; then
  echo "some benchmarks failed:" >&2; cat "$out/failures.txt" >&2; exit 1
fi
