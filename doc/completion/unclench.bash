# bash completion for unclench(1).
# Install as $(PREFIX)/share/bash-completion/completions/unclench, or source
# it from ~/.bashrc. Needs no bash-completion helpers. Routine names come
# from `unclench list` at the time of completing, so a user's own routines
# complete too.

_unclench_commands='now stretch relax breathe menu list check drink log stats
report export import daemon status help'
_unclench_parts='calf foot hamstring quad back neck hand'
_unclench_kinds='stretch pmr breathing relief'

# The names of the routines (of one kind when $2 is given), from the first
# column of `unclench list` after its header. $1 is the program to run.
_unclench_routines()
{
	local prog=$1 name rest first=1

	while read -r name rest; do
		if ((first)); then
			first=0
			continue
		fi
		[[ -n $name ]] && printf '%s\n' "$name"
	done < <("$prog" list ${2:+--kind "$2"} 2>/dev/null)
}

# COMPREPLY from a word list $1 (no spaces inside words).
_unclench_words()
{
	local w
	local -a ws

	COMPREPLY=()
	# read -a splits without glob expansion.
	IFS=$' \t\n' read -r -d '' -a ws <<<"$1"
	for w in "${ws[@]}"; do
		[[ $w == "$cur"* ]] && COMPREPLY+=("$w")
	done
}

_unclench_files()
{
	compopt -o filenames 2>/dev/null
	mapfile -t COMPREPLY < <(compgen -f -- "$cur")
}

_unclench()
{
	local cur prev prog cmd=
	local -i i=1 cmdi=0 npos=0
	local w argopts='' opts='-h --help'

	COMPREPLY=()
	cur=${COMP_WORDS[COMP_CWORD]}
	prev=
	((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
	# "--opt=value" reaches us as "--opt" "=" "value".
	if [[ $cur == = ]]; then
		prev=${COMP_WORDS[COMP_CWORD - 1]}
		cur=
	elif [[ $prev == = ]] && ((COMP_CWORD > 1)); then
		prev=${COMP_WORDS[COMP_CWORD - 2]}
	fi

	prog=${COMP_WORDS[0]}
	prog=${prog/#\~/$HOME}
	if ! type -P -- "$prog" >/dev/null 2>&1; then
		prog=unclench
	fi

	# The command is the first word that is not a global option.
	while ((i < COMP_CWORD)); do
		w=${COMP_WORDS[i]}
		case $w in
		-c | --config)
			if [[ ${COMP_WORDS[i + 1]-} == = ]]; then
				i+=3
			else
				i+=2
			fi
			continue
			;;
		-*) ;;
		*)
			cmdi=$i
			cmd=$w
			break
			;;
		esac
		i+=1
	done

	if ((cmdi == 0)); then
		case $prev in
		-c | --config)
			_unclench_files
			return 0
			;;
		esac
		if [[ $cur == -* ]]; then
			_unclench_words '-c --config -h --help -V --version
			    -v --verbose'
		else
			_unclench_words "$_unclench_commands"
		fi
		return 0
	fi

	# Options that take a value, per command; then count the positional
	# arguments already given after the command.
	case $cmd in
	list)
		argopts='-k --kind'
		opts='-k --kind -h --help'
		;;
	drink) argopts='--at' ;;
	log) argopts='--severity --minutes --note --at' ;;
	stats) argopts='--days' ;;
	report) argopts='--weeks --format --output' ;;
	export) argopts='--since --output' ;;
	daemon) argopts='--pause' ;;
	status) argopts='--format' ;;
	esac
	i=cmdi+1
	while ((i < COMP_CWORD)); do
		w=${COMP_WORDS[i]}
		if [[ " $argopts " == *" $w "* ]]; then
			if [[ ${COMP_WORDS[i + 1]-} == = ]]; then
				i+=3
			else
				i+=2
			fi
			continue
		fi
		[[ $w != -* && $w != = ]] && npos+=1
		i+=1
	done

	# The value of an option.
	if [[ " $argopts " == *" $prev "* ]]; then
		case $prev in
		-k | --kind) _unclench_words "$_unclench_kinds" ;;
		--severity) _unclench_words '1 2 3 4 5 6 7 8 9 10' ;;
		--format)
			if [[ ${COMP_WORDS[cmdi]} == status ]]; then
				_unclench_words 'text tmux prompt json waybar'
			else
				_unclench_words 'text md html'
			fi ;;
		--output) _unclench_files ;;
		*) COMPREPLY=() ;;
		esac
		return 0
	fi

	case $cmd in
	drink) opts='--at -h --help' ;;
	log) opts='--severity --minutes --note --at -h --help' ;;
	stats) opts='--days -h --help' ;;
	report) opts='--weeks --format --output -h --help' ;;
	export) opts='--csv --json --since --fhir --output -h --help' ;;
	daemon)
		opts='--detach --status --test --pause --resume -v --verbose
		    -h --help'
		;;
	status) opts='--format --follow --osc -h --help' ;;
	esac
	if [[ $cur == -* ]]; then
		_unclench_words "$opts"
		return 0
	fi

	case $cmd in
	now)
		((npos == 0)) && _unclench_words "$_unclench_parts"
		;;
	stretch)
		((npos == 0)) &&
		    _unclench_words "$(_unclench_routines "$prog" stretch)"
		;;
	relax)
		((npos == 0)) &&
		    _unclench_words "$(_unclench_routines "$prog" pmr)"
		;;
	breathe)
		((npos == 0)) &&
		    _unclench_words "$(_unclench_routines "$prog" breathing)"
		;;
	check)
		_unclench_files
		;;
	import)
		((npos == 0)) && _unclench_files
		;;
	log)
		if ((npos == 0)); then
			_unclench_words 'cramp undo'
		elif ((npos == 1)) &&
		    [[ ${COMP_WORDS[cmdi + 1]} == cramp ]]; then
			_unclench_words "$_unclench_parts"
		fi
		;;
	help)
		((npos == 0)) && _unclench_words "$_unclench_commands"
		;;
	esac
	return 0
}

complete -F _unclench unclench
