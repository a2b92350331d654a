# Shell functions shared by the local run scripts and the test script: installing what is missing from apt,
# and running a RabbitMQ broker of their own on free loopback ports. Source it; it defines functions only.

# Prints a free TCP port on 127.0.0.1.
free_port() {
    /usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# Installs the named Debian packages that are not installed yet. Needs root (or sudo) when one is missing.
ensure_packages() {
    local missing=()
    local package
    for package in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$package")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi

    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        if ! command -v sudo >/dev/null; then
            echo "Missing packages: ${missing[*]}. Install them as root (apt-get install ${missing[*]}) and run again." >&2
            return 1
        fi
        sudo="sudo"
    fi

    echo "Installing ${missing[*]} from apt..." >&2
    $sudo apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}

# Returns success when an AMQP 0-9-1 broker answers on 127.0.0.1 at the given port.
amqp_answers() {
    local port=$1
    /usr/bin/python3 - "$port" <<'PY'
import socket, sys
try:
    with socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=2) as s:
        s.sendall(b"AMQP\x00\x00\x09\x01")
        s.settimeout(3)
        sys.exit(0 if s.recv(8).startswith(b"\x01") else 1)
except OSError:
    sys.exit(1)
PY
}

# Starts a broker of its own on free loopback ports, with its state in a temporary folder, and sets
# BROKER_URI. Its own node name, port mapper port and distribution port keep it apart from any other
# Erlang node on the machine. Stop it with stop_broker.
start_broker() {
    BROKER_DIR=$(mktemp -d /tmp/exports-rabbitmq.XXXXXX)
    local amqp_port
    amqp_port=$(free_port)
    BROKER_EPMD_PORT=$(free_port)
    BROKER_DIST_PORT=$(free_port)
    BROKER_NODE="exports-$$@localhost"

    cat > "$BROKER_DIR/rabbitmq.conf" <<CONF
listeners.tcp.default = 127.0.0.1:$amqp_port
loopback_users = none
log.console = false
CONF
    if [ "$(id -u)" -eq 0 ] && id rabbitmq >/dev/null 2>&1; then
        chown -R rabbitmq:rabbitmq "$BROKER_DIR"
    fi

    broker_env /usr/lib/rabbitmq/bin/rabbitmq-server -detached >"$BROKER_DIR/start.log" 2>&1
    if ! broker_env /usr/lib/rabbitmq/bin/rabbitmqctl -n "$BROKER_NODE" wait --timeout 120 "$BROKER_DIR/pid" \
        >>"$BROKER_DIR/start.log" 2>&1; then
        echo "RabbitMQ did not start within 120 s; its log follows." >&2
        cat "$BROKER_DIR/start.log" "$BROKER_DIR"/log/*.log >&2 2>/dev/null || true
        return 1
    fi

    BROKER_URI="amqp://guest:guest@127.0.0.1:$amqp_port/"
    echo "RabbitMQ of this run is listening on 127.0.0.1:$amqp_port" >&2
}

# Runs a command with the environment of the broker that start_broker made.
broker_env() {
    local runner=()
    if [ "$(id -u)" -eq 0 ] && id rabbitmq >/dev/null 2>&1; then
        runner=(runuser -u rabbitmq --)
    fi
    "${runner[@]}" env \
        HOME="$BROKER_DIR" \
        RABBITMQ_NODENAME="$BROKER_NODE" \
        RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 \
        RABBITMQ_DIST_PORT="$BROKER_DIST_PORT" \
        RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}" \
        RABBITMQ_CTL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}" \
        ERL_EPMD_ADDRESS=127.0.0.1 \
        ERL_EPMD_PORT="$BROKER_EPMD_PORT" \
        RABBITMQ_CONFIG_FILE="$BROKER_DIR/rabbitmq" \
        RABBITMQ_MNESIA_BASE="$BROKER_DIR/mnesia" \
        RABBITMQ_LOG_BASE="$BROKER_DIR/log" \
        RABBITMQ_PID_FILE="$BROKER_DIR/pid" \
        RABBITMQ_ENABLED_PLUGINS_FILE="$BROKER_DIR/enabled_plugins" \
        "$@"
}

# Stops the broker that start_broker made, its port mapper, and removes its folder.
stop_broker() {
    if [ -z "${BROKER_DIR:-}" ] || [ ! -d "$BROKER_DIR" ]; then
        return 0
    fi
    broker_env /usr/lib/rabbitmq/bin/rabbitmqctl -n "$BROKER_NODE" stop "$BROKER_DIR/pid" >/dev/null 2>&1 || true
    ERL_EPMD_PORT="$BROKER_EPMD_PORT" epmd -kill >/dev/null 2>&1 || true
    rm -rf "$BROKER_DIR"
    BROKER_DIR=""
}
