#!/bin/bash
# The corpus keeps BIND's RR dump (bind-rrs/<file>.rrs) of most loaded cases, but not of bind-checkzone/v9.18.49,
# not of cases run with -w (the dump was written relative to the -w directory and lost), and only one per file when
# a file is loaded under several origins. This writes the missing ones to
#   test/conformance/bind-rrs/<folder>/<file>@<origin>.rrs
# with the corpus' own command (named-compilezone -i none -k ignore -n ignore -s full, as tools/bind_rrs.sh).
# Needs bind9-utils. Run from the repo root:  test/conformance/tools/bind-rrs.sh
set -u
CORPUS=$(cd "${CORPUS:-../shared/corpus}" && pwd)
OUT=$(pwd)/test/conformance/bind-rrs
for d in bind-checkzone bind-checkzone/v9.18.49 bind-misc dnspython knot-semantic ldns nsd-tpkg realworld simdzone windows-dns; do
  cd "$CORPUS/$d" || exit 2
  if [ "$d" = windows-dns ]; then cols='file origin rc'; else cols='file origin fup frun rc'; fi
  tail -n +2 EXPECTED.tsv | while IFS=$'\t' read -r $cols rest; do
    [ "$rc" = 0 ] || continue
    frun=${frun:--}
    existing="bind-rrs/$file.rrs"
    if [ "$d" != bind-checkzone/v9.18.49 ] && [ -f "$existing" ]; then
      apex=$(head -1 "$existing" | cut -f1 | tr 'A-Z' 'a-z')
      o=$(printf '%s' "$origin" | tr 'A-Z' 'a-z'); [ "$o" = . ] || o="$o."
      [ "$apex" = "$o" ] && continue
    fi
    out="$OUT/$d/$file@$origin.rrs"; mkdir -p "$(dirname "$out")"
    extra=""; case " $frun " in *" -w "*) extra=$(printf '%s' "$frun" | grep -o -- '-w [^ ]*');; esac
    cls=""; case " $frun " in *" -c "*) cls=$(printf '%s' "$frun" | grep -o -- '-c [^ ]*');; esac
    if ! named-compilezone $extra $cls -i none -k ignore -n ignore -s full -o "$out" "$origin" "$file" >/dev/null 2>&1; then
      rm -f "$out"; echo "compilezone failed: $d/$file ($origin)" >&2
    fi
  done
done
