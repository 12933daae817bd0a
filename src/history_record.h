/*
 * history_record: one diary record of any kind (a session, a cramp, a
 * drink, a reminder) as plain data, and the type names. The store
 * (history.c) keeps them and the export format (codec_history.c) reads and
 * writes them; this is pure, so the format is fuzzed without the store.
 * What a run or a cramp records is in stats.h.
 */
#ifndef UNCLENCH_HISTORY_RECORD_H
#define UNCLENCH_HISTORY_RECORD_H

#include <stdint.h>
#include <time.h>

#include "util.h"

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
