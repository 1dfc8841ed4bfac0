#!/usr/bin/env bash
# spocd's performance benchmark, measured side by side with the physical limit
# on the same machine in the same run (issue 7; figures in docs/performance.md).
#
#   bench/run.sh            N = 1,000 and 10,000; 50 latency samples
#   bench/run.sh --quick    N = 200; 10 latency samples (the smoke run in .ci/run)
#   options: --sizes "500 2000"  --latency 20  --keep (keep the work directory)
#
# Needs root (it starts a private Dovecot + Postfix on loopback with
# .ci/mailservers.sh, installing them when missing), Go, and /usr/bin/time.
# For each N it seeds N generated request mails (text/HTML, UTF-8/Latin-1/
# Windows-1252, 10 % with 100 KB-5 MB attachments) into a fresh SPOC mailbox
# by IMAP APPEND, then times
#   (a) bench/cmd/plainfetch: one UID FETCH 1:* BODY.PEEK[] parsed with go-message;
#   (b) spocd run --once on the same mailbox: connect + intake (requests created,
#       outbox rows written, messages marked), from spocd's "intake done" log line.
#       Sending the acknowledgements and approval mails (to bench/cmd/sink, an
#       SMTP server that accepts and discards) is reported separately as "total";
#   the re-run: spocd run --once again over the unchanged mailbox (whole process);
#   the peak RSS of (b) from /usr/bin/time -v.
# Then bench/cmd/latency runs `spocd run` (IDLE) against the real Postfix and
# Dovecot and reports p50/p95 of bare delivery, acknowledgement and forward.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
SIZES="1000 10000"
LAT_N=50
KEEP=0
while [ $# -gt 0 ]; do
	case "$1" in
	--quick) SIZES="200"; LAT_N=10 ;;
	--sizes) SIZES=$2; shift ;;
	--latency) LAT_N=$2; shift ;;
	--keep) KEEP=1 ;;
	-h | --help) sed -n '2,22p' "$0"; exit 0 ;;
	*) echo "bench/run.sh: unknown argument $1" >&2; exit 2 ;;
	esac
	shift
done

log() { printf 'bench: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }
[ "$(id -u)" -eq 0 ] || die "must run as root (Dovecot and Postfix run as a private instance)"
command -v go >/dev/null || die "go is not installed"
if [ ! -x /usr/bin/time ]; then
	log "installing GNU time"
	DEBIAN_FRONTEND=noninteractive apt-get install -y -q time >/dev/null ||
		{ apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q time >/dev/null; }
fi

LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
WORK=$(mktemp -d /tmp/spocd-bench.XXXXXX)
chmod 755 "$WORK"
SINK_PID=""
MAIL_STARTED=0
cleanup() {
	local rc=$?
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
}
trap cleanup EXIT

log "building spocd and the benchmark tools"
mkdir -p "$WORK/bin"
go build -o "$WORK/bin/spocd" ./cmd/spocd
for t in seed plainfetch sink latency; do
	go build -o "$WORK/bin/$t" "./bench/cmd/$t"
done

.ci/mailservers.sh install
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for base in 24000 25000 26000 27000 28000 29000; do
	if port_free $((base + 143)) && port_free $((base + 25)) && port_free $((base + 24)) && port_free $((base + 26)); then
		export SPOCD_E2E_IMAP_PORT=$((base + 143)) SPOCD_E2E_SMTP_PORT=$((base + 25)) \
			SPOCD_E2E_LMTP_PORT=$((base + 24)) SPOCD_E2E_AUTH_PORT=$((base + 26))
		break
	fi
done
[ -n "${SPOCD_E2E_IMAP_PORT:-}" ] || die "no free port range for the mail servers"
MAIL_STARTED=1
.ci/mailservers.sh start "$WORK/mail"
# shellcheck disable=SC1091
. "$WORK/mail/env"
IMAP=$SPOCD_E2E_IMAP
SMTP=$SPOCD_E2E_SMTP
PASSWORD=$SPOCD_E2E_PASSWORD
DOMAIN=$SPOCD_E2E_DOMAIN
printf '%s\n' "$PASSWORD" >"$WORK/mail-password"
chmod 600 "$WORK/mail-password"

"$WORK/bin/sink" -addr-file "$WORK/sink.addr" >"$WORK/sink.log" 2>&1 &
SINK_PID=$!
for _ in $(seq 1 100); do [ -s "$WORK/sink.addr" ] && break; sleep 0.05; done
[ -s "$WORK/sink.addr" ] || die "the SMTP sink did not start"
SINK=$(cat "$WORK/sink.addr")

# write_config DIR SPOC: an ingest config; nothing is history, mail goes to the sink.
write_config() {
	cat >"$1/spocd.toml" <<TOML
[organisation]
name = "Gemeente Voorbeeld"
ref_prefix = "SPOC"

[database]
driver = "sqlite"
dsn = "$1/spocd.db"

[imap]
address = "$IMAP"
tls = "none"
username = "$2"
password_file = "$WORK/mail-password"
since = "2000-01-01"

[smtp]
address = "$SINK"
tls = "none"
username = "$2"
password_file = "$WORK/mail-password"
auth = "plain"

[spoc]
address = "$2"
customer = "facilitair@$DOMAIN"
supplier = "spoc@example.net"

[approval]
approvers = ["rianne@$DOMAIN", "piet@$DOMAIN"]

[acknowledgement]
# Every request is acknowledged (the per-sender limits stay at their defaults): the
# all-senders breaker would otherwise stop queueing acknowledgements after 200 an hour.
max_total_per_hour = 1000000

[[rule]]
name = "storing"
match_subject = "(?i)storing|kapot|defect|werkt niet|geen beeld"
category = "storing"
extra_work = false
needs_approval = false

[[rule]]
name = "catering"
match_subject = "(?i)koffie|lunch|catering"
category = "catering"
extra_work = true
estimate_eur = 150
needs_approval = true

[log]
format = "json"
TOML
}

now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
intake_seconds() { grep '"msg":"intake done"' "$1" | tail -n 1 | sed 's/.*"seconds":\([0-9.eE+-]*\).*/\1/'; }

declare -a ROWS=()
for N in $SIZES; do
	d="$WORK/n$N"
	mkdir -p "$d"
	spoc="spoc-n$N@$DOMAIN"
	log "N=$N: seeding"
	"$WORK/bin/seed" -imap "$IMAP" -user "$spoc" -password "$PASSWORD" -n "$N" -domain "$DOMAIN" | tee "$d/seed.txt" >&2
	mbytes=$(sed -n 's/.*, \([0-9.]*\) MB in.*/\1/p' "$d/seed.txt")

	log "N=$N: (a) plain fetch + parse"
	read -r a_n _ a_s < <("$WORK/bin/plainfetch" -imap "$IMAP" -user "$spoc" -password "$PASSWORD")
	[ "$a_n" = "$N" ] || die "plainfetch read $a_n of $N messages"

	log "N=$N: (b) spocd run --once"
	write_config "$d" "$spoc"
	t0=$(now)
	/usr/bin/time -v -o "$d/time.txt" "$WORK/bin/spocd" --config "$d/spocd.toml" run --once 2>"$d/once.log"
	t1=$(now)
	b_s=$(intake_seconds "$d/once.log")
	[ -n "$b_s" ] || die "no 'intake done' line in $d/once.log"
	b_total=$(secs "$t0" "$t1")
	rss_kb=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$d/time.txt")
	fetched=$(grep '"msg":"run --once done"' "$d/once.log" | sed 's/.*"fetched":\([0-9]*\).*/\1/')
	[ "$fetched" = "$N" ] || die "spocd read $fetched of $N messages (see $d/once.log)"
	sent=$(grep '"msg":"run --once done"' "$d/once.log" | sed 's/.*"sent":\([0-9]*\).*/\1/')

	log "N=$N: re-run over the unchanged mailbox"
	t0=$(now)
	"$WORK/bin/spocd" --config "$d/spocd.toml" run --once 2>"$d/rerun.log"
	t1=$(now)
	re_s=$(secs "$t0" "$t1")
	refetched=$(grep '"msg":"run --once done"' "$d/rerun.log" | sed 's/.*"fetched":\([0-9]*\).*/\1/')
	[ "$refetched" = "0" ] || die "the re-run read $refetched messages again"

	ratio=$(awk -v a="$a_s" -v b="$b_s" 'BEGIN { printf "%.2f", b / a }')
	ROWS+=("$(printf '%7s %9s MB %9.2f s %9.2f s %6s %9s s %6d %7.0f MB %8s s' \
		"$N" "$mbytes" "$a_s" "$b_s" "$ratio" "$b_total" "$sent" "$((rss_kb / 1024))" "$re_s")")
done

log "latency: $LAT_N samples with spocd run (IDLE)"
mkdir -p "$WORK/latency"
"$WORK/bin/latency" -spocd "$WORK/bin/spocd" -dir "$WORK/latency" -imap "$IMAP" -smtp "$SMTP" \
	-password "$PASSWORD" -domain "$DOMAIN" -n "$LAT_N" >"$WORK/latency/result.txt"
read -r _ bare50 bare95 _ < <(grep '^bare ' "$WORK/latency/result.txt")
read -r _ ack50 ack95 _ < <(grep '^ack ' "$WORK/latency/result.txt")
read -r _ fwd50 fwd95 _ < <(grep '^forward ' "$WORK/latency/result.txt")

mem_mb=$(awk '/MemTotal/ { printf "%d", $2 / 1024 }' /proc/meminfo)
cpu=$(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1)
printf '\nspocd benchmark, %s\n' "$(date -u '+%Y-%m-%d %H:%M UTC')"
printf 'machine: %s cores (%s), %s MB RAM; %s; Dovecot %s, Postfix %s; spocd %s\n' \
	"$(nproc)" "$cpu" "$mem_mb" "$(go version | cut -d' ' -f3)" "$(dovecot --version | cut -d' ' -f1)" \
	"$(postconf -d -h mail_version 2>/dev/null)" "$(git -C "$ROOT" describe --always --dirty 2>/dev/null || echo '?')"
printf 'load average at start: %s, at the end: %s (other work on the machine skews wall times)\n\n' "$LOAD_START" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf 'Ingest: (a) plain UID FETCH 1:* BODY.PEEK[] + go-message parse; (b) spocd run --once, connect + intake\n'
printf '%7s %12s %11s %11s %6s %11s %6s %10s %10s\n' N mailbox '(a) plain' '(b) spocd' 'b/a' 'total*' sent 'peak RSS' 're-run'
for r in "${ROWS[@]}"; do printf '%s\n' "$r"; done
printf '* total: the whole spocd run --once, including sending %s\n' "the acknowledgements and approval mails to an SMTP sink"
printf '\nLatency with spocd run and IDLE (%d samples)     p50        p95\n' "$LAT_N"
printf '  bare SMTP -> IMAP delivery              %7s ms %7s ms\n' "$bare50" "$bare95"
printf '  request -> acknowledgement in INBOX     %7s ms %7s ms   (p50 %+d ms over bare)\n' "$ack50" "$ack95" "$((ack50 - bare50))"
printf '  "akkoord" -> forward at the supplier    %7s ms %7s ms   (p50 %+d ms over bare)\n' "$fwd50" "$fwd95" "$((fwd50 - bare50))"
