#!/usr/bin/env bash
# Runs the gateway and one renderer on this machine until Ctrl-C, on the embedded defaults: a RabbitMQ of its own,
# and the SQLite read model and blob store under .data/local. Prints the API address and writes a development
# token for tenant t_demo to .data/local/token.
#   EXPORTS_API_PORT       port of the API (default 5080)
#   EXPORTS_DATA_DIR       data folder (default .data/local in the checkout)
#   EXPORTS_RABBITMQ_URI   use this broker instead of starting one
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# shellcheck source=lib.sh
source "$ROOT/deploy/local/lib.sh"
# shellcheck source=pair.sh
source "$ROOT/deploy/local/pair.sh"

PAIR_API_URL="http://127.0.0.1:${EXPORTS_API_PORT:-5080}"
PAIR_RENDERER_URL="http://127.0.0.1:$(free_port)"
PAIR_DATA_DIR="${EXPORTS_DATA_DIR:-$ROOT/.data/local}"

trap stop_pair EXIT
build_pair
provide_broker
start_pair

mint_token t_demo > "$PAIR_DATA_DIR/token"
cat <<INFO

Exports is running.
  API:    $PAIR_API_URL
  Data:   $PAIR_DATA_DIR (logs: api.log, renderer.log)
  Token:  export TOKEN=\$(cat $PAIR_DATA_DIR/token)    (tenant t_demo, every scope, valid 8 hours)

Press Ctrl-C to stop.
INFO
wait "$PAIR_API_PID"
