#!/usr/bin/env bash
# spocd across instances (issue 8; figures in docs/scaling-bench.md): ten SPOC mailboxes
# in one installation on PostgreSQL, ingested by one and by two `spocd run` instances, and
# the acknowledgement latency while one instance is killed and the other takes over.
#
#   bench/multi.sh            N = 5,000 mails, 30 latency samples per round (about 7 minutes)
#   bench/multi.sh --quick    N = 500, 10 latency samples
#   options: --n 2000  --latency 20  --no-split (skip round (c))  --keep (keep the work directory)
#
# Needs root (a private Dovecot + Postfix on loopback via .ci/mailservers.sh, on ports
# 16143/16025/16024/16026 unless SPOCD_E2E_*_PORT say otherwise), Go, and PostgreSQL at
# $SPOCD_BENCH_POSTGRES_DSN (default postgres://postgres@127.0.0.1:5432/test, trust auth);
# every round runs in a fresh schema that is dropped at the end.
#
# bench/cmd/multi does the measuring:
#   seed     N generated request mails (bench/benchmail) round-robin over ten mailboxes by
#            IMAP APPEND; every ingest round reads the same mails, each on a fresh schema;
#   limit    bench/cmd/plainfetch on the ten mailboxes in parallel;
#   ingest   (a) one `spocd run`, (b) two started together with the same config,
#            (c) two whose configs split the ten mailboxes 5 + 5 (same database): from
#            the start of the processes until SELECT COUNT(*) FROM requests = N (outbox
#            mail goes to bench/cmd/sink, an SMTP server that discards);
#   latency  [database] lease = "5s", two instances, mail through the real Postfix:
#            requests mailed at a fixed pace over three leases to the mailboxes of the
#            instance that polls the most, timed until the acknowledgement is in the
#            requester's INBOX; once undisturbed, once with that instance SIGKILLed a
#            fifth into the window.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
N=5000
LAT_N=30
KEEP=0
SPLIT=""
while [ $# -gt 0 ]; do
	case "$1" in
	--quick) N=500; LAT_N=10 ;;
	--n) N=$2; shift ;;
	--latency) LAT_N=$2; shift ;;
	--keep) KEEP=1 ;;
	--no-split) SPLIT=-no-split ;;
	-h | --help) sed -n '2,28p' "$0"; exit 0 ;;
	*) echo "bench/multi.sh: unknown argument $1" >&2; exit 2 ;;
	esac
	shift
done

log() { printf 'multi: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }
[ "$(id -u)" -eq 0 ] || die "must run as root (Dovecot and Postfix run as a private instance)"
command -v go >/dev/null || die "go is not installed"
PG=${SPOCD_BENCH_POSTGRES_DSN:-postgres://postgres@127.0.0.1:5432/test?sslmode=disable}
export SPOCD_E2E_IMAP_PORT=${SPOCD_E2E_IMAP_PORT:-16143} SPOCD_E2E_SMTP_PORT=${SPOCD_E2E_SMTP_PORT:-16025} \
	SPOCD_E2E_LMTP_PORT=${SPOCD_E2E_LMTP_PORT:-16024} SPOCD_E2E_AUTH_PORT=${SPOCD_E2E_AUTH_PORT:-16026}
for p in "$SPOCD_E2E_IMAP_PORT" "$SPOCD_E2E_SMTP_PORT" "$SPOCD_E2E_LMTP_PORT" "$SPOCD_E2E_AUTH_PORT"; do
	if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
		die "port $p is in use (set SPOCD_E2E_IMAP_PORT, _SMTP_, _LMTP_, _AUTH_PORT)"
	fi
done

LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
STARTED=$(date +%s)
WORK=$(mktemp -d /tmp/spocd-multi.XXXXXX)
chmod 755 "$WORK"
SINK_PID=""
MULTI_PID=""
MAIL_STARTED=0
cleanup() {
	local rc=$?
	trap - EXIT INT TERM
	if [ -n "$MULTI_PID" ] && kill -0 "$MULTI_PID" 2>/dev/null; then
		# multi kills its spocd processes and drops its schemas on SIGTERM; its children
		# also get SIGKILL if it dies (Pdeathsig).
		kill -TERM "$MULTI_PID" 2>/dev/null || true
		wait "$MULTI_PID" 2>/dev/null || true
	fi
	if [ -n "$SINK_PID" ]; then
		kill "$SINK_PID" 2>/dev/null || true
		wait "$SINK_PID" 2>/dev/null || true
	fi
	if [ $MAIL_STARTED = 1 ]; then
		"$ROOT/.ci/mailservers.sh" stop "$WORK/mail" >/dev/null 2>&1 || true
	fi
	if [ $rc -ne 0 ]; then
		log "failed (exit $rc); logs kept in $WORK"
	elif [ $KEEP = 1 ]; then
		log "work directory kept: $WORK"
	else
		rm -rf "$WORK"
	fi
	exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

log "building spocd and the benchmark tools"
mkdir -p "$WORK/bin"
go build -o "$WORK/bin/spocd" ./cmd/spocd
for t in plainfetch sink multi; do
	go build -o "$WORK/bin/$t" "./bench/cmd/$t"
done

.ci/mailservers.sh install
MAIL_STARTED=1
.ci/mailservers.sh start "$WORK/mail"
# shellcheck disable=SC1091
. "$WORK/mail/env"

"$WORK/bin/sink" -addr-file "$WORK/sink.addr" >"$WORK/sink.log" 2>&1 &
SINK_PID=$!
for _ in $(seq 1 100); do [ -s "$WORK/sink.addr" ] && break; sleep 0.05; done
[ -s "$WORK/sink.addr" ] || die "the SMTP sink did not start"

log "N=$N over ten mailboxes, $LAT_N latency samples per round"
"$WORK/bin/multi" -spocd "$WORK/bin/spocd" -plainfetch "$WORK/bin/plainfetch" -dir "$WORK" \
	-imap "$SPOCD_E2E_IMAP" -smtp "$SPOCD_E2E_SMTP" -sink "$(cat "$WORK/sink.addr")" -pg "$PG" \
	-password "$SPOCD_E2E_PASSWORD" -domain "$SPOCD_E2E_DOMAIN" -n "$N" -samples "$LAT_N" $SPLIT \
	>"$WORK/result.txt" &
MULTI_PID=$!
wait "$MULTI_PID"
MULTI_PID=""

mem_mb=$(awk '/MemTotal/ { printf "%d", $2 / 1024 }' /proc/meminfo)
cpu=$(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1)
pgv=$(psql "$PG" -Atc 'SHOW server_version' 2>/dev/null || echo '?')
printf '\nspocd across instances, %s (%d s)\n' "$(date -u '+%Y-%m-%d %H:%M UTC')" "$(($(date +%s) - STARTED))"
printf 'machine: %s cores (%s), %s MB RAM; %s; PostgreSQL %s, Dovecot %s, Postfix %s; spocd %s\n' \
	"$(nproc)" "$cpu" "$mem_mb" "$(go version | cut -d' ' -f3)" "$pgv" "$(dovecot --version | cut -d' ' -f1)" \
	"$(postconf -d -h mail_version 2>/dev/null)" "$(git -C "$ROOT" describe --always --dirty 2>/dev/null || echo '?')"
printf 'load average at start: %s, at the end: %s (other work on the machine skews wall times)\n\n' "$LOAD_START" "$(cut -d' ' -f1-3 /proc/loadavg)"
cat "$WORK/result.txt"
