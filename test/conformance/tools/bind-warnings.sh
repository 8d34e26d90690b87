#!/bin/bash
# Regenerates test/conformance/bind-warnings.tsv: what `named-checkzone -i local -k warn -m warn -M warn -S warn
# -r warn -W warn` (every check on, as warnings) prints for every corpus case, so that semantic.test.ts can check
# that each BIND warning has a zonelint counterpart without needing BIND at test time.
# Needs bind9-utils (named-checkzone). Run from the repo root:  test/conformance/tools/bind-warnings.sh
set -u
CORPUS=${CORPUS:-../shared/corpus}
OUT=${OUT:-test/conformance/bind-warnings.tsv}
FLAGS="-i local -k warn -m warn -M warn -S warn -r warn -W warn"
tmp=$(mktemp)
printf 'folder\tfile\torigin\trc\tmessages\n' > "$tmp"
for d in bind-checkzone/v9.18.49 bind-misc dnspython knot-semantic ldns nsd-tpkg realworld simdzone windows-dns; do
  (
    cd "$CORPUS/$d" || exit 2
    if [ "$d" = windows-dns ]; then
      tail -n +2 EXPECTED.tsv | while IFS=$'\t' read -r file origin rc rest; do
        printf '%s\t%s\t%s\t-\n' "$file" "$origin" "$rc"
      done
    else
      tail -n +2 EXPECTED.tsv | while IFS=$'\t' read -r file origin fup frun rc rest; do
        # keep only the working directory of the oracle's flags (-w); the checks are ours
        w=$(printf '%s' "$frun" | grep -o -- '-w [^ ]*' || true)
        printf '%s\t%s\t%s\t%s\n' "$file" "$origin" "$rc" "${w:--}"
      done
    fi | sort -u -t$'\t' -k1,2 | while IFS=$'\t' read -r file origin rc w; do
      [ "$w" = - ] && w=
      case "$file" in *.raw) continue;; esac
      msgs=$(timeout 60 named-checkzone $FLAGS $w "$origin" "$file" 2>&1 </dev/null | tr -d '\r' | tr '\t' ' ' | grep -av '^$' | head -300 | awk 'NR>1{printf " | "}{printf "%s", $0}')
      case "$msgs" in *"loaded serial"*) code=0;; *) code=1;; esac
      printf '%s\t%s\t%s\t%s\t%s\n' "$d" "$file" "$origin" "$code" "$msgs"
    done
  ) >> "$tmp"
done
tr -d '\000-\010\013-\037' < "$tmp" > "$OUT"; rm -f "$tmp"
