/*
 * history_record: the diary's records as plain data (a session, a cramp,
 * a drink, a reminder) and their type names. The store (history.c) keeps
 * them and the export format (history_io.c) reads and writes them; this
 * is pure, so the format is fuzzed without the store.
 */
#ifndef UNCLENCH_HISTORY_RECORD_H
#define UNCLENCH_HISTORY_RECORD_H

#include <stdint.h>
#include <time.h>

#include "util.h"

struct session_record {
	const char	*routine;	/* routine name */
	const char	*kind;		/* "stretch", "pmr", "breathing", "relief" */
	time_t		 start, end;	/* wall clock */
	int		 completed;	/* 1: ran to the end; 0: stopped early */
	int		 steps_done;
	int		 steps_total;
};

struct cramp_record {
	const char	*part;		/* one of relief_parts[] */
	time_t		 start;
	int		 duration_s;	/* -1 unknown */
	int		 severity;	/* 1-10, 0 not given */
	const char	*note;		/* may be NULL */
};

/* Limits the store and the importer enforce. */
#define HISTORY_NOTE_MAX	500	/* bytes */
#define HISTORY_DRINK_MAX_ML	5000

/* One record of any kind, with its own copies of the strings. */
enum history_type {
	HREC_SESSION, HREC_CRAMP, HREC_DRINK, HREC_REMINDER, HREC_COUNT
};
struct history_item {
	enum history_type	 type;
	int64_t			 id;
	time_t			 at;		/* start, or the moment */
	/* HREC_SESSION */
	time_t			 end;
	char			 routine[NAME_MAX_LEN + 1];
	char			 kind[16];	/* also HREC_REMINDER's kind */
	int			 completed, steps_done, steps_total;
	/* HREC_CRAMP */
	char			 part[16];
	int			 duration_s;	/* -1 unknown */
	int			 severity;	/* 0 not given */
	int			 has_note;
	char			 note[HISTORY_NOTE_MAX + 1];
	/* HREC_DRINK */
	long			 ml;
	/* HREC_REMINDER */
	char			 action[16];
};
/* "session", "cramp", "drink", "reminder"; -1 from the parser if unknown. */
const char	*history_type_name(enum history_type);
int		 history_type_parse(const char *);

#endif
