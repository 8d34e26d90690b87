#!/bin/bash
# Regenerates test/conformance/bind-messages.tsv: for every case BIND 9.18 rejects (rc 1 in a corpus folder's
# EXPECTED.tsv), every line named-checkzone prints (same flags as the corpus oracle, run from the folder), so that
# bind.test.ts can tell syntax rejections from semantic ones even when the first message is only a warning.
# Needs bind9-utils (named-checkzone). Run from the repo root:  test/conformance/tools/bind-messages.sh
set -u
CORPUS=${CORPUS:-../shared/corpus}
OUT=${OUT:-test/conformance/bind-messages.tsv}
tmp=$(mktemp)
printf 'folder\tfile\tmessages\n' > "$tmp"
for d in bind-checkzone bind-checkzone/v9.18.49 bind-misc dnspython knot-semantic ldns nsd-tpkg realworld simdzone windows-dns; do
  (
    cd "$CORPUS/$d" || exit 2
    if [ "$d" = windows-dns ]; then
      tail -n +2 EXPECTED.tsv | while IFS=$'\t' read -r file origin rc rest; do
        [ "$rc" = 1 ] || continue
        msgs=$(named-checkzone "$origin" "$file" 2>&1 </dev/null | tr -d '\r' | tr '\t' ' ' | grep -av '^$' | head -300 | awk 'NR>1{printf " | "}{printf "%s", $0}')
        printf '%s\t%s\t%s\n' "$d" "$file" "$msgs"
      done
    else
      tail -n +2 EXPECTED.tsv | while IFS=$'\t' read -r file origin fup frun rc rest; do
        [ "$rc" = 1 ] || continue
        [ "$frun" = - ] && frun=
        msgs=$(named-checkzone $frun "$origin" "$file" 2>&1 </dev/null | tr -d '\r' | tr '\t' ' ' | grep -av '^$' | head -300 | awk 'NR>1{printf " | "}{printf "%s", $0}')
        printf '%s\t%s\t%s\n' "$d" "$file" "$msgs"
      done
    fi
  ) >> "$tmp"
done
# ' | ' joins the lines of one case; control characters are dropped.
tr -d '\000-\010\013-\037' < "$tmp" > "$OUT"; rm -f "$tmp"
