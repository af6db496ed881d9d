#!/usr/bin/env bash
# Start a throw-away Prosody XMPP server on loopback for the chat bot's end-to-end test.
# Usage: env=$(bash .ci/prosody.sh start DIR); eval "$env"; ...; bash .ci/prosody.sh stop DIR
# Prints QUIZKIT_TEST_XMPP=HOST:PORT:DOMAIN and the two accounts' passwords (quizbot, learner).
set -euo pipefail
action=$1 dir=$2
port=${QUIZKIT_XMPP_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
domain=localhost
as_prosody() {
  if [ "$(id -u)" = 0 ]; then su prosody -s /bin/sh -c "$*"; else sh -c "$*"; fi
}
case $action in
start)
  if ! command -v prosody >/dev/null; then
    echo "installing Prosody from the distribution's packages" >&2
    if [ "$(id -u)" = 0 ]; then
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq >&2 && apt-get install -y -qq prosody >&2
    else
      sudo apt-get update -qq >&2 && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq prosody >&2
    fi
  fi
  rm -rf "$dir" && mkdir -p "$dir/data" "$dir/certs"
  # Plain c2s on loopback only: no TLS (the test client and bot run on this machine),
  # offline storage (a message sent while the bot restarts waits for it),
  # SCRAM logins, no server-to-server, no HTTP.
  cat >"$dir/prosody.cfg.lua" <<CFG
pidfile = "$dir/prosody.pid"
data_path = "$dir/data"
log = { info = "$dir/prosody.log", error = "$dir/prosody.err" }
interfaces = { "127.0.0.1" }
c2s_ports = { $port }
c2s_direct_tls_ports = { }
s2s_ports = { }
http_ports = { }
https_ports = { }
c2s_require_encryption = false
s2s_require_encryption = false
authentication = "internal_hashed"
modules_enabled = { "roster", "saslauth", "disco", "ping", "posix", "offline" }
modules_disabled = { "s2s", "tls" }
VirtualHost "$domain"
CFG
  [ "$(id -u)" = 0 ] && chown -R prosody "$dir"
  as_prosody "prosodyctl --config '$dir/prosody.cfg.lua' register quizbot $domain quizbot-pw" >&2
  as_prosody "prosodyctl --config '$dir/prosody.cfg.lua' register learner $domain learner-pw" >&2
  as_prosody "prosody --config '$dir/prosody.cfg.lua' -D" >&2
  for _ in $(seq 50); do
    python3 -c "import socket; socket.create_connection(('127.0.0.1', $port), 0.2)" 2>/dev/null && break
    sleep 0.2
  done
  python3 -c "import socket; socket.create_connection(('127.0.0.1', $port), 0.2)" \
    || { echo "prosody did not start; see $dir/prosody.log" >&2; cat "$dir"/prosody.* >&2 || true; exit 1; }
  echo "export QUIZKIT_TEST_XMPP=127.0.0.1:$port:$domain"
  ;;
stop)
  if [ -f "$dir/prosody.pid" ]; then
    kill "$(cat "$dir/prosody.pid")" 2>/dev/null || true
  fi
  ;;
esac
