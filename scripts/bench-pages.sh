#!/usr/bin/env bash
# Times the search and article pages as a person gets them (server-rendered HTML, logged in), on a running server.
#   scripts/bench-pages.sh BASE_URL USER PASSWORD QUERIES.jsonl [N]
# QUERIES.jsonl: lines with a "query" field (../shared/retrieval's format); the first N (default 50) are searched,
# and the first hit of each is opened as an article page. Prints p50/p95/max in milliseconds for each page.
set -euo pipefail
base="$1"; user="$2"; pass="$3"; queries="$4"; n="${5:-50}"
jar="$(mktemp)"; trap 'rm -f "$jar"' EXIT
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
tok=$(curl -s -c "$jar" -b "$jar" "$base/login" | csrf)
code=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" --data-urlencode "username=$user" \
       --data-urlencode "password=$pass" --data-urlencode "_csrf=$tok" "$base/login")
case "$code" in *error*) echo "bench-pages: login failed" >&2; exit 1;; esac
search=(); article=()
while IFS= read -r q; do
  out=$(mktemp)
  t=$(curl -s -o "$out" -w '%{time_total}' -b "$jar" -G --data-urlencode "q=$q" "$base/ui/law/search")
  search+=("$t")
  link=$(grep -o 'class="hit-link" href="[^"]*"' "$out" | head -1 | sed 's/.*href="//;s/"$//')
  rm -f "$out"
  if [ -n "$link" ]; then
    article+=("$(curl -s -o /dev/null -w '%{time_total}' -b "$jar" "$base$link")")
  fi
done < <(head -n "$n" "$queries" | python3 -c 'import sys,json; [print(json.loads(l)["query"]) for l in sys.stdin if l.strip()]')
stats() {
  printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1*1000} END {i50=int(NR*0.5+0.5); i95=int(NR*0.95+0.5); if(i50<1)i50=1; if(i95<1)i95=1;
    printf "n %d, p50 %.0f ms, p95 %.0f ms, max %.0f ms\n", NR, a[i50], a[i95], a[NR]}'
}
echo "search page:  $(stats "${search[@]}")"
echo "article page: $(stats "${article[@]}")"
