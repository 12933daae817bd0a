#!/usr/bin/env bash
# The daemon speaks its environment's language (issue 18): under
# LANG=de_DE.UTF-8 and es_ES.UTF-8 (generated with localedef into this
# test's directory when not installed) the hydration reminder due at once,
# a session planned this minute (its body escaped for markup after the
# translation, once), the replies to --pause and --status and the log
# reach dunst and the user in German and in Spanish, and
# `unclench daemon --test` does too; the buttons' keys and the log's
# lifecycle stay what the scripts read.
source "$(dirname "$0")/lib.sh"

# shellcheck source=tests/lib/locales.sh
. "$(dirname "$0")/../lib/locales.sh"
need_locales "$T/locale" de_DE es_ES || fail "no de_DE/es_ES locale"
# lib.sh runs everything under C.UTF-8: the language comes from LANG here.
unset LC_ALL LANGUAGE LC_MESSAGES

start_stack
mkdir -p "$XDG_DATA_HOME/unclench/routines"
cat >"$XDG_DATA_HOME/unclench/routines/lang-legs.ini" <<'EOF'
[routine]
title = Legs & toes
kind = stretch
summary = Calves & feet.
source = A test of the translations.

[step1]
title = Calf against the wall
text = Lean into the wall, back heel down.
hold = 30s
reps = 2
EOF
cat >"$T/config.ini" <<EOF
[hydration]
interval = 1h
active_hours = $(active_window)
[schedule]
evening = $(date +%H:%M) daily lang-legs
EOF

# The daemon in language $1; ready when its socket answers (the log's
# "started" is in that language too).
sock=$XDG_RUNTIME_DIR/unclench/daemon.sock
daemon_answers() {
	kill -0 "$DAEMON_PID" 2>/dev/null &&
	    [ "$(ps -o stat= -p "$DAEMON_PID" 2>/dev/null)" != Z ] ||
	    fail "the daemon exited at start-up"
	[ -S "$sock" ] && LANG=C.UTF-8 "$UNCLENCH" daemon --status >/dev/null 2>&1
}
start_in() {
	LANG=$1 "$UNCLENCH" --config "$T/config.ini" daemon -v \
	    >>"$T/daemon.out" 2>&1 &
	DAEMON_PID=$!
	LIB_PIDS+=("$DAEMON_PID")
	wait_for "the daemon to answer ($1)" 20 daemon_answers
}
stop_daemon() {
	kill -TERM "$DAEMON_PID"
	wait_exit "$DAEMON_PID" 10 || fail "the daemon did not exit within 10 s"
	[ "$EXIT_CODE" -eq 0 ] || fail "SIGTERM: exit code $EXIT_CODE"
	: >"$LOG"
}
summary_has() { history_field summary | grep -qF -- "$1"; }

# check LANG TITLE BODY_RE SESSION_TITLE SESSION_BODY PAUSED STATUS LOGLINE
check() {
	local lang=$1 body out
	start_in "$lang"
	wait_for "the hydration reminder in $lang" 20 summary_has "$2"
	history_field body | grep -qE -- "$3" ||
	    fail "$lang: hydration body not translated: $(history_field body)"
	wait_for "the session reminder in $lang" 20 summary_has "$4"
	history_field summary | grep -qxF "$4 Legs & toes, 1 min" ||
	    fail "$lang: session title: $(history_field summary)"
	body=$(history_field body | grep -F -- "$5")
	case $body in
	*"Calves &amp; feet. $5"*"unclench stretch lang-legs") ;;
	*) fail "$lang: session body not translated and escaped once: $body" ;;
	esac
	out=$(LANG=$lang "$UNCLENCH" daemon --pause 1h) || fail "$lang: --pause"
	grep -qF -- "$6" <<<"$out" || fail "$lang: --pause said: $out"
	out=$("$UNCLENCH" daemon --status) || fail "$lang: --status"
	grep -qF -- "$7" <<<"$out" || fail "$lang: --status said: $out"
	grep -qF -- "$8" "$LOG" || fail "$lang: the log is not translated"
	stop_daemon
}

check de_DE.UTF-8 "Zeit für etwas Wasser" '^Heute .* von .*\. ' \
    "Dehnen (Evening):" "Geplant für" "Erinnerungen pausiert bis" \
    "Benachrichtigungen: kommen an" "gestartet (PID"
check es_ES.UTF-8 "Es hora de beber agua" '^Hoy .* de .*\. ' \
    "Estiramiento (Evening):" "Prevista para las" \
    "recordatorios en pausa hasta" "notificaciones: llegan" "iniciado (pid"

# --test, with no daemon: the server shows it in the language, and the
# command says so in it too.
out=$(LANG=de_DE.UTF-8 "$UNCLENCH" daemon --test 2>&1) || fail "--test (de): $out"
grep -qF "der Benachrichtigungsdienst hat sie angenommen" <<<"$out" ||
    fail "--test (de) said: $out"
wait_for "the German test notification" 20 summary_has "unclench: Testbenachrichtigung"
history_field body | grep -qF "So werden Erinnerungen aussehen." ||
    fail "--test (de) body: $(history_field body)"
out=$(LANG=es_ES.UTF-8 "$UNCLENCH" daemon --test 2>&1) || fail "--test (es): $out"
grep -qF "el servidor de notificaciones la aceptó" <<<"$out" ||
    fail "--test (es) said: $out"
wait_for "the Spanish test notification" 20 summary_has "unclench: notificación de prueba"

# Under C the words stay English.
out=$(LANG=C "$UNCLENCH" daemon --test 2>&1) || fail "--test (C): $out"
grep -qF "the notification server took it" <<<"$out" || fail "--test (C) said: $out"
echo "ok: the daemon's reminders, replies and log follow LANG (de, es, C)"
