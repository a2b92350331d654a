# Shell functions that run the gateway and one renderer on this machine against a local broker, on the
# embedded defaults (SQLite read model and blob store in one data folder). Source it after lib.sh.

# Builds the solution once in Release.
build_pair() {
    echo "Building..." >&2
    dotnet build "$ROOT/Exports.sln" -c Release -v quiet -nologo >&2
}

# Sets PAIR_BROKER_URI: the broker EXPORTS_RABBITMQ_URI names, else a broker of this run's own on free loopback
# ports. A broker of its own keeps two runs on one machine from taking each other's requests.
provide_broker() {
    if [ -n "${EXPORTS_RABBITMQ_URI:-}" ]; then
        echo "Using the RabbitMQ broker at EXPORTS_RABBITMQ_URI" >&2
        PAIR_BROKER_URI="$EXPORTS_RABBITMQ_URI"
        return 0
    fi

    ensure_packages rabbitmq-server
    start_broker
    PAIR_BROKER_URI="$BROKER_URI"
}

# Starts the API on PAIR_API_URL and one renderer, logging to files in the data folder, and waits until both
# report ready.
start_pair() {
    mkdir -p "$PAIR_DATA_DIR"
    export ConnectionStrings__RabbitMq="$PAIR_BROKER_URI"
    export Storage__DataDirectory="$PAIR_DATA_DIR"

    dotnet "$ROOT/Exports.Renderer/bin/Release/net10.0/Exports.Renderer.dll" --urls "$PAIR_RENDERER_URL" \
        >"$PAIR_DATA_DIR/renderer.log" 2>&1 &
    PAIR_RENDERER_PID=$!
    dotnet "$ROOT/Exports.Api/bin/Release/net10.0/Exports.Api.dll" --urls "$PAIR_API_URL" \
        >"$PAIR_DATA_DIR/api.log" 2>&1 &
    PAIR_API_PID=$!

    wait_ready "$PAIR_RENDERER_URL" renderer "$PAIR_DATA_DIR/renderer.log"
    wait_ready "$PAIR_API_URL" API "$PAIR_DATA_DIR/api.log"
}

# Waits up to 60 s for a service's /health/ready.
wait_ready() {
    local url=$1 name=$2 log=$3
    for _ in $(seq 1 120); do
        if curl -fsS "$url/health/ready" >/dev/null 2>&1; then
            echo "The $name is ready at $url" >&2
            return 0
        fi
        sleep 0.5
    done
    echo "The $name did not become ready within 60 s; its log follows." >&2
    cat "$log" >&2
    return 1
}

# Prints a development token for a tenant, signed with the API's key.
mint_token() {
    dotnet "$ROOT/Exports.Api/bin/Release/net10.0/Exports.Api.dll" token --tenant "$1"
}

# Stops the API, the renderer and the broker of this run.
stop_pair() {
    local pid
    for pid in ${PAIR_API_PID:-} ${PAIR_RENDERER_PID:-}; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in ${PAIR_API_PID:-} ${PAIR_RENDERER_PID:-}; do
        wait "$pid" 2>/dev/null || true
    done
    stop_broker
}
