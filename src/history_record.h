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
#define HISTORY_UID_LEN		36	/* 8-4-4-4-12 hex digits */

/* One record of any kind, with its own copies of the strings. */
enum history_type {
	HREC_SESSION, HREC_CRAMP, HREC_DRINK, HREC_REMINDER, HREC_COUNT
};
struct history_item {
	enum history_type	 type;
	int64_t			 id;		/* this store's row id */
	/*
	 * The record's stable id across machines: a UUID (lower-case, 36
	 * characters; version 7, time then random bits, or version 4 from
	 * an older build), given when the record is first written; "" in
	 * a record read from an old export that had none.
	 */
	char			 uid[HISTORY_UID_LEN + 1];
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
/*
 * A record id as text: 0 with the canonical (lower-case) form in out
 * when s is a UUID (8-4-4-4-12 hex digits, any case), else -1.
 */
int		 history_uid_parse(const char *s, char out[HISTORY_UID_LEN + 1]);

#endif
