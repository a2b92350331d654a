#!/usr/bin/env bash
# Exports one workbook end to end through the real topology, then stops everything again. It starts a RabbitMQ of
# its own, the API and a renderer as separate processes. It uploads the workbook, requests XLSX, CSV, JSON and
# PDF exports, polls them and downloads the files into artifacts/demo.
#   bash deploy/local/demo.sh [WORKBOOK]     (default: docs/samples/budget.xlsx)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# shellcheck source=lib.sh
source "$ROOT/deploy/local/lib.sh"
# shellcheck source=pair.sh
source "$ROOT/deploy/local/pair.sh"

WORKBOOK=${1:-$ROOT/docs/samples/budget.xlsx}
OUT="$ROOT/artifacts/demo"
if [ ! -f "$WORKBOOK" ]; then
    echo "Workbook '$WORKBOOK' does not exist: pass the path of an XLSX, XLSM, CSV or TSV file." >&2
    exit 1
fi

PAIR_API_URL="http://127.0.0.1:$(free_port)"
PAIR_RENDERER_URL="http://127.0.0.1:$(free_port)"
PAIR_DATA_DIR=$(mktemp -d /tmp/exports-demo.XXXXXX)
cleanup() {
    stop_pair
    rm -rf "$PAIR_DATA_DIR"
}
trap cleanup EXIT

ensure_packages curl jq
build_pair
provide_broker
start_pair
TOKEN=$(mint_token t_demo)
api() {
    curl -fsS -H "Authorization: Bearer $TOKEN" "$@"
}

echo "Uploading $(basename "$WORKBOOK")..." >&2
workbook=$(api -F "file=@$WORKBOOK" "$PAIR_API_URL/api/v1/workbooks")
workbook_id=$(jq -r .id <<<"$workbook")
jq -r '.sheets[] | "  sheet \(.name): \(.row_count) rows, \(.column_count) columns"' <<<"$workbook" >&2

mkdir -p "$OUT"
for format in xlsx csv json pdf; do
    job=$(api -H 'Content-Type: application/json' \
        -d "{\"workbook_id\":\"$workbook_id\",\"format\":\"$format\"}" "$PAIR_API_URL/api/v1/exports")
    export_id=$(jq -r .id <<<"$job")
    status=$(jq -r .status <<<"$job")
    for _ in $(seq 1 240); do
        case "$status" in completed|failed|cancelled) break ;; esac
        sleep 0.5
        job=$(api "$PAIR_API_URL/api/v1/exports/$export_id")
        status=$(jq -r .status <<<"$job")
    done
    if [ "$status" != completed ]; then
        echo "Export $export_id ended as '$status': $(jq -c .error_details <<<"$job")" >&2
        exit 1
    fi

    headers=$(mktemp)
    api -D "$headers" -o "$OUT/.download" "$PAIR_API_URL/api/v1/exports/$export_id/download"
    name=$(grep -i '^content-disposition' "$headers" | sed -E 's/.*filename="?([^";]+)"?.*/\1/' | tr -d '\r')
    rm -f "$headers"
    mv "$OUT/.download" "$OUT/${name:-$export_id.$format}"
    echo "  $format: $OUT/${name:-$export_id.$format} ($(jq -r .file_size_bytes <<<"$job") bytes," \
        "hash $(jq -r '.result_summary.provenance.data_hash // "none"' <<<"$job"))" >&2
done
echo "Done: the files are in $OUT" >&2
