#!/usr/bin/env bash
# Runs the whole test suite on this machine: installs the tools the tests use when they are missing,
# provides a RabbitMQ broker (the one EXPORTS_TEST_RABBITMQ_URI names, one already listening on
# 127.0.0.1:5672, or a broker of its own on free loopback ports), runs the tests, stops what it started,
# and ends with one line of totals: "N passed, N failed, N skipped".
# Extra arguments go to `dotnet test`, for instance: bash .ci/test.sh --filter FullyQualifiedName~Api
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=../deploy/local/lib.sh
source "$root/deploy/local/lib.sh"

ensure_packages rabbitmq-server libreoffice-calc-nogui python3-openpyxl poppler-utils qpdf \
    fonts-dejavu-core fonts-wqy-microhei

results=$(mktemp -d /tmp/exports-test-results.XXXXXX)
cleanup() {
    stop_broker
    rm -rf "$results"
}
trap cleanup EXIT

if [ -z "${EXPORTS_TEST_RABBITMQ_URI:-}" ]; then
    if amqp_answers 5672; then
        echo "Using the RabbitMQ broker listening on 127.0.0.1:5672" >&2
        export EXPORTS_TEST_RABBITMQ_URI="amqp://guest:guest@127.0.0.1:5672/"
    else
        start_broker
        export EXPORTS_TEST_RABBITMQ_URI="$BROKER_URI"
    fi
fi

if [ -z "${EXPORTS_CORPUS_DIR:-}" ]; then
    echo "EXPORTS_CORPUS_DIR is not set: the corpus tests report themselves skipped." >&2
fi

status=0
dotnet test "$root/Exports.Tests/Exports.Tests.csproj" \
    --logger "trx;LogFileName=results.trx" \
    --logger "console;verbosity=normal" \
    --results-directory "$results" \
    --blame-hang-timeout 20m \
    "$@" || status=$?

trx="$results/results.trx"
if [ ! -f "$trx" ]; then
    echo "The test run wrote no results (dotnet test exited with $status)." >&2
    echo "0 passed, 1 failed, 0 skipped"
    exit 1
fi

counter() {
    grep -o "<Counters [^>]*>" "$trx" | grep -o " $1=\"[0-9]*\"" | grep -o "[0-9]*"
}
passed=$(counter passed)
failed=$(( $(counter failed) + $(counter error) + $(counter timeout) + $(counter aborted) ))
# The logger leaves notExecuted at 0, so skipped tests are those counted but not executed.
skipped=$(( $(counter total) - $(counter executed) ))
echo "$passed passed, $failed failed, $skipped skipped"

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
    echo "dotnet test exited with $status although no test failed; see the output above." >&2
fi
exit "$status"
