#!/usr/bin/env bash
# A bench tool, not a test: sequential latency of the main reads against a running application on loopback.
# Sequential latency of the main reads, one keep-alive connection each; prints n/p50/p95/p99/max in ms.
set -euo pipefail
BASE=${BASE:-http://127.0.0.1:18080}
PEOPLE=${PEOPLE:-/tmp/pop/target/population/people.csv}
N=${N:-300}
stats() { sort -g | awk '{a[NR]=$1} END {n=NR; printf "n=%d p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms\n", n, a[int(n*.5)]*1000, a[int(n*.95)]*1000, a[int(n*.99)]*1000, a[n]*1000}'; }
run() { # name, config file
  local t0 t1; t0=$(date +%s.%N)
  curl -s -K "$2" > /tmp/m-$1.txt; t1=$(date +%s.%N)
  printf '%-22s wall=%.2fs ' "$1" "$(echo "$t1 - $t0" | bc)"; awk '{print $2}' /tmp/m-$1.txt | stats
  awk '{print $1}' /tmp/m-$1.txt | sort | uniq -c | tr '\n' ' '; echo
}
# whole record, JSON, for N people picked from the loaded population (gp is in every loaded care team)
tail -n +2 "$PEOPLE" | shuf -n "$N" --random-source=<(yes) | cut -d, -f1 > /tmp/m-ids.txt
: > /tmp/m-rec.cfg; while read -r id; do printf 'url = "%s/api/v1/persons/%s/record"\nuser = "gp:demo"\noutput = "/dev/null"\nwrite-out = "%%{http_code} %%{time_total}\\n"\n' "$BASE" "$id" >> /tmp/m-rec.cfg; done < /tmp/m-ids.txt
run record_json /tmp/m-rec.cfg
: > /tmp/m-dash.cfg; for i in $(seq 1 50); do printf 'url = "%s/api/v1/reports/summary"\nuser = "analyst:demo"\noutput = "/dev/null"\nwrite-out = "%%{http_code} %%{time_total}\\n"\n' "$BASE" >> /tmp/m-dash.cfg; done
run dashboard_api /tmp/m-dash.cfg
: > /tmp/m-dir.cfg; for q in walking art gardening choir coffee swimming yoga cooking; do for i in $(seq 1 25); do printf 'url = "%s/api/v1/directory/search?q=%s&postcode=LS12+2QT"\nuser = "linkworker:demo"\noutput = "/dev/null"\nwrite-out = "%%{http_code} %%{time_total}\\n"\n' "$BASE" "$q" >> /tmp/m-dir.cfg; done; done
run directory_search /tmp/m-dir.cfg
# the dashboard page, signed in through the form
rm -f /tmp/m-jar; csrf=$(curl -s -c /tmp/m-jar -b /tmp/m-jar "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
curl -s -c /tmp/m-jar -b /tmp/m-jar -o /dev/null -d "username=analyst&password=demo&_csrf=$csrf" "$BASE/login"
: > /tmp/m-page.cfg; for i in $(seq 1 30); do printf 'url = "%s/reports"\ncookie = "/tmp/m-jar"\noutput = "/dev/null"\nwrite-out = "%%{http_code} %%{time_total}\\n"\n' "$BASE" >> /tmp/m-page.cfg; done
run dashboard_page /tmp/m-page.cfg
