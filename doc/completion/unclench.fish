# fish completion for unclench(1). Install as
# $(PREFIX)/share/fish/vendor_completions.d/unclench.fish.
# Routine names come from `unclench list` at the time of completing.

set -l __unclench_commands now stretch relax breathe menu list check drink log stats report export import daemon status help
set -l __unclench_parts calf foot hamstring quad back neck hand

# Routine names of one kind: the first column of `unclench list --kind KIND`
# after its header.
function __unclench_routines -a kind
    set -l prog (commandline -opc)[1]
    set -l lines (command $prog list --kind $kind 2>/dev/null)
    or set lines (command unclench list --kind $kind 2>/dev/null)
    test (count $lines) -gt 1; or return
    for line in $lines[2..-1]
        string replace -r '\s.*$' '' -- $line
    end
end

# Are N words, the command included, already given after the global
# options? (`unclench log cramp |` is at 2; option values are not counted.)
function __unclench_npos -a want
    set -l words (commandline -opc)
    set -l n 0
    set -l skip 0
    for w in $words[2..-1]
        if test $skip -eq 1
            set skip 0
            continue
        end
        switch $w
            case -c --config --kind -k --severity --minutes --note --at --days --since --pause
                set skip 1
            case '-*'
            case '*'
                set n (math $n + 1)
        end
    end
    test $n -eq $want
end

complete -c unclench -f

# Global options and the commands.
complete -c unclench -n "not __fish_seen_subcommand_from $__unclench_commands" -s c -l config -r -F -d 'read settings from FILE'
complete -c unclench -n "not __fish_seen_subcommand_from $__unclench_commands" -s V -l version -d 'print the version'
complete -c unclench -n "not __fish_seen_subcommand_from $__unclench_commands" -s v -l verbose -d 'more detailed messages'
complete -c unclench -s h -l help -d 'show help'
complete -c unclench -n "not __fish_seen_subcommand_from $__unclench_commands" -a now -d 'relief for a cramp happening now'
complete -c unclench -n "not __fish_seen_subcommand_from $__unclench_commands" -a stretch -d 'a guided stretch routine'
complete -c unclench -n "not __fish_seen_subcommand_from $__unclench_commands" -a relax -d 'progressive muscle relaxation'
complete -c unclench -n "not __fish_seen_subcommand_from $__unclench_commands" -a breathe -d 'a paced breathing exercise'
complete -c unclench -n "not __fish_seen_subcommand_from $__unclench_commands" -a menu -d 'the main menu (the default)'
complete -c unclench -n "not __fish_seen_subcommand_from $__unclench_commands" -a list -d 'list routines with kind and duration'
complete -c unclench -n "not __fish_seen_subcommand_from $__unclench_commands" -a check -d 'validate routine, theme and config files'
complete -c unclench -n "not __fish_seen_subcommand_from $__unclench_commands" -a drink -d 'log a drink of water'
complete -c unclench -n "not __fish_seen_subcommand_from $__unclench_commands" -a log -d 'record a cramp, or undo the last record'
complete -c unclench -n "not __fish_seen_subcommand_from $__unclench_commands" -a stats -d 'your patterns, as text'
complete -c unclench -n "not __fish_seen_subcommand_from $__unclench_commands" -a report -d 'a report of the last weeks for a doctor'
complete -c unclench -n "not __fish_seen_subcommand_from $__unclench_commands" -a export -d 'export the history'
complete -c unclench -n "not __fish_seen_subcommand_from $__unclench_commands" -a import -d 'import an exported history'
complete -c unclench -n "not __fish_seen_subcommand_from $__unclench_commands" -a daemon -d 'reminders as desktop notifications'
complete -c unclench -n "not __fish_seen_subcommand_from $__unclench_commands" -a status -d 'the daemon status, for prompts'
complete -c unclench -n "not __fish_seen_subcommand_from $__unclench_commands" -a help -d 'help on a command'

# now PART
complete -c unclench -n "__fish_seen_subcommand_from now; and __unclench_npos 1" -a "$__unclench_parts" -d 'body part'

# stretch / relax / breathe ROUTINE
complete -c unclench -n "__fish_seen_subcommand_from stretch; and __unclench_npos 1" -a "(__unclench_routines stretch)" -d 'stretch routine'
complete -c unclench -n "__fish_seen_subcommand_from relax; and __unclench_npos 1" -a "(__unclench_routines pmr)" -d 'relaxation routine'
complete -c unclench -n "__fish_seen_subcommand_from breathe; and __unclench_npos 1" -a "(__unclench_routines breathing)" -d 'breathing pattern'

# list --kind KIND
complete -c unclench -n "__fish_seen_subcommand_from list" -s k -l kind -x -a 'stretch pmr breathing relief' -d 'show only one kind'

# check FILE..., import FILE
complete -c unclench -n "__fish_seen_subcommand_from check" -F
complete -c unclench -n "__fish_seen_subcommand_from import; and __unclench_npos 1" -F

# log cramp PART [options] | log undo
complete -c unclench -n "__fish_seen_subcommand_from log; and not __fish_seen_subcommand_from cramp undo" -a 'cramp' -d 'record a cramp'
complete -c unclench -n "__fish_seen_subcommand_from log; and not __fish_seen_subcommand_from cramp undo" -a 'undo' -d 'remove the last record'
complete -c unclench -n "__fish_seen_subcommand_from log; and __fish_seen_subcommand_from cramp; and __unclench_npos 2" -a "$__unclench_parts" -d 'body part'
complete -c unclench -n "__fish_seen_subcommand_from log; and __fish_seen_subcommand_from cramp" -l severity -x -a '1 2 3 4 5 6 7 8 9 10' -d 'how bad, 1 to 10'
complete -c unclench -n "__fish_seen_subcommand_from log; and __fish_seen_subcommand_from cramp" -l minutes -x -d 'how long it lasted'
complete -c unclench -n "__fish_seen_subcommand_from log; and __fish_seen_subcommand_from cramp" -l note -x -d 'a note'
complete -c unclench -n "__fish_seen_subcommand_from log; and __fish_seen_subcommand_from cramp" -l at -x -d 'when it began (YYYY-MM-DD HH:MM)'

# drink [AMOUNT] [--at TIME]
complete -c unclench -n "__fish_seen_subcommand_from drink" -l at -x -d 'when (YYYY-MM-DD HH:MM, or HH:MM today)'

# stats, export, daemon
complete -c unclench -n "__fish_seen_subcommand_from stats" -l days -x -d 'over the last N days'
complete -c unclench -n "__fish_seen_subcommand_from export" -l csv -d 'write CSV'
complete -c unclench -n "__fish_seen_subcommand_from export" -l json -d 'write JSON'
complete -c unclench -n "__fish_seen_subcommand_from export" -l since -x -d 'records from DATE on (YYYY-MM-DD)'
complete -c unclench -n "__fish_seen_subcommand_from export" -l fhir -d 'write a FHIR R4 Bundle of the cramps'
complete -c unclench -n "__fish_seen_subcommand_from export report" -l output -r -d 'write this file'
complete -c unclench -n "__fish_seen_subcommand_from report" -l weeks -x -d 'whole weeks ending today (1-26)'
complete -c unclench -n "__fish_seen_subcommand_from report" -l format -x -a 'text md html' -d 'the format'
complete -c unclench -n "__fish_seen_subcommand_from daemon" -l detach -d 'start and leave the terminal'
complete -c unclench -n "__fish_seen_subcommand_from daemon" -s v -l verbose -d 'debug lines in the log'
complete -c unclench -n "__fish_seen_subcommand_from daemon" -l status -d 'print the next reminders'
complete -c unclench -n "__fish_seen_subcommand_from daemon" -l test -d 'send one notification now'
complete -c unclench -n "__fish_seen_subcommand_from daemon" -l pause -x -d 'hold reminders for a duration'
complete -c unclench -n "__fish_seen_subcommand_from daemon" -l resume -d 'end a pause'

# help COMMAND
complete -c unclench -n "__fish_seen_subcommand_from help; and __unclench_npos 1" -a "$__unclench_commands" -d 'command'
complete -c unclench -n "__fish_seen_subcommand_from status" -l format -x -a 'text tmux prompt json waybar' -d 'the format'
complete -c unclench -n "__fish_seen_subcommand_from status" -l follow -d 'a line per change'
complete -c unclench -n "__fish_seen_subcommand_from status" -l osc -d 'terminal notifications here'
