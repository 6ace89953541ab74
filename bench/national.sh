#!/usr/bin/env bash
# Benchmark: generate the national-size deliveries (342 municipalities, 420,000 clients, about
# 3 million contacts), import them with a small, fixed heap (the import streams in constant memory),
# then compute one quarter's indicators for all municipalities and publish every report of it. Prints the time of
# each phase.
#
# Usage: bench/national.sh [heap, default 192m]
# Needs a built jar (mvn -B -q package -DskipTests) and a MariaDB server in SPRING_DATASOURCE_URL
# (default: a fresh database pm_bench on 127.0.0.1:3306, user root without password).
set -euo pipefail
cd "$(dirname "$0")/.."
HEAP=${1:-192m}
WORK=${BENCH_DIR:-target/bench}
JAR=target/participatiemonitor.jar

if [ -z "${SPRING_DATASOURCE_URL:-}" ]; then
  mariadb -uroot -h127.0.0.1 -e "DROP DATABASE IF EXISTS pm_bench; CREATE DATABASE pm_bench CHARACTER SET utf8mb4"
  export SPRING_DATASOURCE_URL=jdbc:mariadb://127.0.0.1:3306/pm_bench SPRING_DATASOURCE_USERNAME=root SPRING_DATASOURCE_PASSWORD=
fi
rm -rf "$WORK" && mkdir -p "$WORK"

start=$(date +%s.%N)
java -Xmx"$HEAP" -jar "$JAR" generate --out "$WORK/leveringen" --municipalities 342 --clients 420000 --seed 2026 \
  --until 2026-09-30
generated=$(date +%s.%N)

PM_PSEUDONYM_KEY=bench-key-not-for-real-data-0123456789 \
  java -Xmx"$HEAP" -Dpm.data-dir="$WORK/data" -jar "$JAR" import "$WORK/leveringen" > "$WORK/import.log"
imported=$(date +%s.%N)

pm() {
  PM_PSEUDONYM_KEY=bench-key-not-for-real-data-0123456789 java -Xmx"$HEAP" -Dpm.data-dir="$WORK/data" -jar "$JAR" "$@"
}
# The indicators with the raadsrapportages, then each other kind of report on its own (the indicator run is found
# again, not recomputed), then the whole publication once more on unchanged inputs.
pm run --period 2026-Q3 --audience raad --output "$WORK/archief" > "$WORK/run.log"
computed=$(date +%s.%N)
pm report --period 2026-Q3 --audience raad --output "$WORK/archief-raad" > "$WORK/raad.log"
raad=$(date +%s.%N)
pm report --period 2026-Q3 --audience toezicht --output "$WORK/archief" > "$WORK/toezicht.log"
toezicht=$(date +%s.%N)
pm report --period 2026-Q3 --audience dossier --output "$WORK/archief" > "$WORK/dossier.log"
dossier=$(date +%s.%N)
pm run --period 2026-Q3 --output "$WORK/archief" > "$WORK/again.log"
again=$(date +%s.%N)

rows=$(grep -E "^[a-z_]+\.csv: [0-9]+ read" "$WORK/import.log" | awk '{s += $2} END {print s}')
rejected=$(grep -E "^[a-z_]+\.csv: [0-9]+ read" "$WORK/import.log" | awk '{s += $6} END {print s}')
seconds() { echo "$2 - $1" | bc; }
awk -v g="$(seconds "$start" "$generated")" -v i="$(seconds "$generated" "$imported")" \
    -v c="$(seconds "$imported" "$computed")" -v ra="$(seconds "$computed" "$raad")" \
    -v t="$(seconds "$raad" "$toezicht")" -v d="$(seconds "$toezicht" "$dossier")" \
    -v a="$(seconds "$dossier" "$again")" -v r="$rows" -v x="$rejected" -v h="$HEAP" 'BEGIN {
  printf "generate: %.1f s\nimport:   %.1f s for %d lines (%d rejected), %.0f lines/s, heap limit %s\n", g, i, r, x, r / i, h
  printf "run:      %.1f s for 2026-Q3 and its eight previous quarters, all municipalities, with their raadsrapportages\n", c
  printf "raad:     %.1f s for 342 raadsrapportages (PDF and XLSX) alone, %.2f s each\n", ra, ra / 342
  printf "toezicht: %.1f s for the toezichtrapportage (PDF and XLSX)\n", t
  printf "dossier:  %.1f s for 342 reviewer dossiers (XLSX and CSV), %.2f s each\n", d, d / 342
  printf "again:    %.1f s to publish everything once more on unchanged inputs (nothing rendered)\n", a }'
head -n 1 "$WORK/run.log"
du -sh "$WORK/archief/2026-Q3" | awk '{print "archive of 2026-Q3: " $1}'
mariadb -uroot -h127.0.0.1 -N -e "SELECT CONCAT('MariaDB innodb_buffer_pool_size: ', @@innodb_buffer_pool_size DIV 1048576, ' MB')"
