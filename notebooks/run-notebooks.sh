#!/usr/bin/env bash
# Executes the notebooks headless (jupyter nbconvert --execute, Java kernel rapaio-jupyter-kernel) against a
# warehouse and fails if any cell fails.
#
#   notebooks/run-notebooks.sh                      # a fresh warehouse from the built-in sample, copies in target/notebooks/
#   notebooks/run-notebooks.sh --warehouse DIR      # an existing warehouse instead
#   notebooks/run-notebooks.sh --inplace            # save the outputs into notebooks/*.ipynb (what the repository carries)
#   notebooks/run-notebooks.sh 03-topic-explorer.ipynb   # only some notebooks
#
# Needs jupyter nbconvert (apt: jupyter-notebook jupyter-nbconvert python3-nbconvert python3-ipykernel jupyter-client);
# installs the Java kernelspec (notebooks/install-kernel.sh) when it is missing. See README, section Notebooks.
# Exit status: 0 all notebooks ran, 1 a cell failed, 2 missing set-up.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
NB_DIR="$HERE/notebooks"
JAR="$HERE/target/msme-pulse-0.1.0-SNAPSHOT.jar"
KERNEL=rapaio-jupyter-kernel
STARTUP_TRIES=3

warehouse=""
inplace=0
notebooks=()
while [ $# -gt 0 ]; do
  case "$1" in
    --warehouse) warehouse="$2"; shift 2 ;;
    --inplace) inplace=1; shift ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    -*) echo "run-notebooks: unknown option $1" >&2; exit 2 ;;
    *) notebooks+=("$(basename "$1")"); shift ;;
  esac
done
if [ ${#notebooks[@]} -eq 0 ]; then
  for f in "$NB_DIR"/[0-9]*.ipynb; do notebooks+=("$(basename "$f")"); done
fi

if ! command -v jupyter >/dev/null || ! jupyter nbconvert --version >/dev/null 2>&1; then
  echo "run-notebooks: jupyter nbconvert is missing (bin/setup installs it)" >&2
  exit 2
fi
if ! jupyter kernelspec list 2>/dev/null | grep -q "^ *$KERNEL "; then
  echo "run-notebooks: installing the Java kernel '$KERNEL' for $(id -un) ..." >&2
  "$NB_DIR/install-kernel.sh" >&2
fi

# The notebooks load the project's jar (the report's charts and the Devanagari font).
if [ ! -f "$JAR" ] || [ -n "$(find "$HERE/src/main" "$HERE/pom.xml" -newer "$JAR" -type f -print -quit 2>/dev/null)" ]; then
  echo "run-notebooks: building $JAR (mvn package, tests skipped) ..." >&2
  (cd "$HERE" && mvn -q -B -DskipTests package) >&2
fi

if [ -z "$warehouse" ]; then
  warehouse="$HERE/target/notebooks-warehouse"
  echo "run-notebooks: building a warehouse from the built-in sample in $warehouse ..." >&2
  rm -rf "$warehouse"
  "$HERE/bin/msme-pulse" run --warehouse "$warehouse" --rebuild 2>/dev/null | tail -1
fi
if [ ! -d "$warehouse/schemes_by_month/_delta_log" ]; then
  echo "run-notebooks: $warehouse is not a warehouse (no schemes_by_month table)" >&2
  exit 2
fi
# The kernel runs in notebooks/: give it the warehouse relative to that folder (the path shows in the saved notebooks).
MSME_WAREHOUSE="$(realpath --relative-to="$NB_DIR" "$warehouse")"
export MSME_WAREHOUSE

out_dir="$HERE/target/notebooks"
mkdir -p "$out_dir"
failed=0
for nb in "${notebooks[@]}"; do
  if [ "$inplace" = 1 ]; then dest=(--inplace); result="$NB_DIR/$nb"; else dest=(--output-dir "$out_dir"); result="$out_dir/$nb"; fi
  log="$out_dir/${nb%.ipynb}.log"
  start=$(date +%s)
  status=1
  for try in $(seq 1 $STARTUP_TRIES); do
    # patient_kernel.PatientKernelManager (lib/): waits for the kernel to settle and restarts one that never answers
    if PYTHONDONTWRITEBYTECODE=1 PYTHONPATH="$NB_DIR/lib${PYTHONPATH:+:$PYTHONPATH}" jupyter nbconvert --to notebook --execute "${dest[@]}" \
        --ExecutePreprocessor.kernel_name="$KERNEL" \
        --ExecutePreprocessor.kernel_manager_class=patient_kernel.PatientKernelManager \
        --ExecutePreprocessor.startup_timeout=60 --ExecutePreprocessor.timeout=600 \
        "$NB_DIR/$nb" >"$log" 2>&1; then
      status=0
      break
    fi
    # A kernel that never started (lib/patient_kernel.py explains why) is worth another try; a cell error is not.
    grep -q "Kernel didn't respond" "$log" || break
    echo "run-notebooks: $nb: the kernel did not start (try $try of $STARTUP_TRIES)" >&2
  done
  # Fail on any error output; write this machine's paths in the outputs relative to notebooks/ and ~.
  if [ $status -eq 0 ] && /usr/bin/env python3 - "$result" "$NB_DIR/" <<'PY'
import json, os, sys
path, nb_dir = sys.argv[1], sys.argv[2]
home = os.path.expanduser("~") + "/"

def local(text):
    return text.replace(nb_dir, "").replace(home, "~/")

nb = json.load(open(path, encoding="utf-8"))
outputs = [o for c in nb["cells"] if c["cell_type"] == "code" for o in c.get("outputs", [])]
if any(o.get("output_type") == "error" for o in outputs):
    sys.exit(1)
for o in outputs:
    if o.get("output_type") == "stream":
        text = o["text"]
        o["text"] = local(text) if isinstance(text, str) else [local(t) for t in text]
with open(path, "w", encoding="utf-8") as f:
    json.dump(nb, f, ensure_ascii=False, indent=1)
    f.write("\n")
PY
  then
    echo "run-notebooks: $nb ok ($(( $(date +%s) - start )) s, $(du -k "$result" | cut -f1) KB)"
  else
    echo "run-notebooks: $nb FAILED ($(( $(date +%s) - start )) s); the cell and its error:" >&2
    sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -v -E '^\[|^\s+(File|at) |^\s+\^|^Traceback|^\s+[a-z_ .]+= |^\s+return |^\s+raise |^\s+await |^\s+self\.' | tail -40 >&2
    failed=1
  fi
done
exit $failed
