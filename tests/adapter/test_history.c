/*
 * test_history: the SQLite store on real files in a temporary directory:
 * a new file (WAL, schema version), every record type round-tripped, the
 * migration of a file made by the first schema, damaged / foreign / newer
 * files refused with their bytes untouched, undo, all-or-nothing import
 * with duplicates skipped, and local-day bucketing across a DST change.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ftw.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <sqlite3.h>

#include "calendar.h"
#include "history.h"
#include "stats.h"
#include "util.h"

static char	dir[64];

static char *
tmp_path(const char *name)
{
	return xasprintf("%s/%s", dir, name);
}

static int
setup(void **state)
{
	(void)state;
	strlcpy_safe(dir, "/tmp/test_history.XXXXXX", sizeof dir);
	if (mkdtemp(dir) == NULL)
		return -1;
	setenv("TZ", "UTC0", 1);
	tzset();
	return 0;
}

static int
remove_one(const char *path, const struct stat *sb, int flag,
    struct FTW *ftw)
{
	(void)sb;
	(void)flag;
	(void)ftw;
	return remove(path);
}

static int
teardown(void **state)
{
	(void)state;
	return nftw(dir, remove_one, 16, FTW_DEPTH | FTW_PHYS);
}

/* The whole file, for before/after comparisons. */
static char *
slurp(const char *path, size_t *len)
{
	FILE	*f = fopen(path, "rb");
	char	*buf;
	long	 n;

	assert_non_null(f);
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = xmalloc((size_t)n + 1);
	assert_int_equal(fread(buf, 1, (size_t)n, f), (size_t)n);
	fclose(f);
	*len = (size_t)n;
	return buf;
}

static void
spit(const char *path, const void *data, size_t len)
{
	FILE *f = fopen(path, "wb");

	assert_non_null(f);
	assert_int_equal(fwrite(data, 1, len, f), len);
	fclose(f);
}

/* One integer from a raw connection of our own. */
static long long
raw_int(const char *path, const char *sql)
{
	sqlite3		*db;
	sqlite3_stmt	*st;
	long long	 v = -12345;

	assert_int_equal(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY,
	    NULL), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, NULL),
	    SQLITE_OK);
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	sqlite3_close(db);
	return v;
}

/* Column col of the first row of a query, as text. */
static const char *
raw_text(const char *path, const char *sql, int col, char *buf, size_t len)
{
	sqlite3		*db;
	sqlite3_stmt	*st;

	buf[0] = '\0';
	assert_int_equal(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY,
	    NULL), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, NULL),
	    SQLITE_OK);
	if (sqlite3_step(st) == SQLITE_ROW)
		strlcpy_safe(buf, (const char *)sqlite3_column_text(st, col),
		    len);
	sqlite3_finalize(st);
	sqlite3_close(db);
	return buf;
}

static void
raw_exec(const char *path, const char *sql)
{
	sqlite3 *db;

	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
}

struct collect {
	struct history_item	items[32];
	size_t			n;
};

static int
collect_one(const struct history_item *it, void *arg)
{
	struct collect *c = arg;

	if (c->n < 32)
		c->items[c->n++] = *it;
	return 0;
}

static void
test_new_file(void **state)
{
	char		*p = tmp_path("sub/deeper/h.db"), *cause = NULL;
	char		 buf[32];
	struct history	*h;

	(void)state;
	h = history_open(p, &cause);
	assert_null(cause);
	assert_non_null(h);
	assert_string_equal(history_path(h), p);
	assert_int_equal(history_add_drink(h, 1000, 250, &cause), 0);
	/* Committed: another connection sees it while ours is open. */
	assert_int_equal(raw_int(p, "SELECT count(*) FROM drinks"), 1);
	history_close(h);
	assert_int_equal(raw_int(p, "PRAGMA user_version"), HISTORY_SCHEMA);
	assert_string_equal(raw_text(p, "PRAGMA journal_mode", 0, buf,
	    sizeof buf), "wal");
	free(p);
}

static void
test_round_trip(void **state)
{
	char			*p = tmp_path("new.db"), *cause = NULL;
	struct history		*h;
	struct collect		 c = { .n = 0 };
	struct session_record	 s = { "bedtime-legs", "stretch", 5000, 5600,
	    1, 6, 6 };
	struct cramp_record	 cr = { "calf", 4000, 120, 7,
	    "after a run, \"hard\"; ünïcode" };
	struct cramp_record	 bare = { "foot", 4500, -1, 0, NULL };
	time_t			 at;

	(void)state;
	assert_non_null(h = history_open(p, &cause));
	assert_int_equal(history_last_drink(h, &at), 1);
	assert_int_equal(history_water_between(h, 0, 100000), 0);
	assert_int_equal(history_add_session(h, &s, &cause), 0);
	assert_int_equal(history_add_cramp(h, &cr, &cause), 0);
	assert_int_equal(history_add_cramp(h, &bare, &cause), 0);
	assert_int_equal(history_add_drink(h, 3000, 250, &cause), 0);
	assert_int_equal(history_add_drink(h, 3600, 300, &cause), 0);
	assert_int_equal(history_add_reminder(h, 3500, "hydration", "sent",
	    &cause), 0);

	/* Refused without writing anything. */
	assert_int_equal(history_add_drink(h, 1, 0, &cause), -1);
	assert_non_null(strstr(cause, p));
	free(cause);
	cr.severity = 11;
	assert_int_equal(history_add_cramp(h, &cr, &cause), -1);
	free(cause);

	assert_int_equal(history_last_drink(h, &at), 0);
	assert_int_equal(at, 3600);
	/* [from, to): the drink at 3600 is outside [3000, 3600). */
	assert_int_equal(history_water_between(h, 3000, 3600), 250);
	assert_int_equal(history_water_between(h, 3000, 3601), 550);

	assert_int_equal(history_foreach(h, 0, collect_one, &c, &cause), 0);
	assert_int_equal(c.n, 6);
	/* Oldest first. */
	assert_int_equal(c.items[0].type, HREC_DRINK);
	assert_int_equal(c.items[0].at, 3000);
	assert_int_equal(c.items[0].ml, 250);
	assert_int_equal(c.items[1].type, HREC_REMINDER);
	assert_string_equal(c.items[1].kind, "hydration");
	assert_string_equal(c.items[1].action, "sent");
	assert_int_equal(c.items[2].type, HREC_DRINK);
	assert_int_equal(c.items[3].type, HREC_CRAMP);
	assert_string_equal(c.items[3].part, "calf");
	assert_int_equal(c.items[3].duration_s, 120);
	assert_int_equal(c.items[3].severity, 7);
	assert_true(c.items[3].has_note);
	assert_string_equal(c.items[3].note,
	    "after a run, \"hard\"; ünïcode");
	assert_int_equal(c.items[4].type, HREC_CRAMP);
	assert_int_equal(c.items[4].duration_s, -1);
	assert_int_equal(c.items[4].severity, 0);
	assert_false(c.items[4].has_note);
	assert_int_equal(c.items[5].type, HREC_SESSION);
	assert_string_equal(c.items[5].routine, "bedtime-legs");
	assert_string_equal(c.items[5].kind, "stretch");
	assert_int_equal(c.items[5].at, 5000);
	assert_int_equal(c.items[5].end, 5600);
	assert_int_equal(c.items[5].completed, 1);
	assert_int_equal(c.items[5].steps_done, 6);
	assert_int_equal(c.items[5].steps_total, 6);

	/* --since: only what starts at or after it. */
	c.n = 0;
	assert_int_equal(history_foreach(h, 4000, collect_one, &c, &cause), 0);
	assert_int_equal(c.n, 3);
	history_close(h);
	free(p);
}

/* The first schema, exactly as version 1 wrote it. */
static const char v1_schema[] =
	"CREATE TABLE sessions (id INTEGER PRIMARY KEY, routine TEXT NOT NULL,"
	" kind TEXT NOT NULL, started INTEGER NOT NULL, ended INTEGER NOT NULL,"
	" completed INTEGER NOT NULL, steps_done INTEGER NOT NULL,"
	" steps_total INTEGER NOT NULL);"
	"CREATE TABLE cramps (id INTEGER PRIMARY KEY, part TEXT NOT NULL,"
	" started INTEGER NOT NULL, duration_s INTEGER NOT NULL,"
	" severity INTEGER NOT NULL, note TEXT);"
	"CREATE TABLE drinks (id INTEGER PRIMARY KEY, at INTEGER NOT NULL,"
	" ml INTEGER NOT NULL CHECK (ml > 0));"
	"INSERT INTO drinks VALUES (1, 100, 250), (2, 200, 500);"
	"INSERT INTO cramps VALUES (3, 'calf', 150, 60, 5, 'v1 note');"
	"INSERT INTO sessions VALUES (4, 'bedtime-legs', 'stretch', 300, 900,"
	" 1, 5, 5);"
	"PRAGMA user_version = 1;";

static void
test_migrate_v1(void **state)
{
	char		*p = tmp_path("v1.db"), *cause = NULL, buf[128];
	struct history	*h;
	struct history_item it;

	(void)state;
	raw_exec(p, v1_schema);
	assert_int_equal(raw_int(p, "PRAGMA user_version"), 1);
	assert_non_null(h = history_open(p, &cause));
	assert_int_equal(raw_int(p, "PRAGMA user_version"), HISTORY_SCHEMA);
	/* Migration 3 gave every old row its own version-7 UUID. */
	assert_int_equal(raw_int(p, "SELECT count(DISTINCT uid) FROM (SELECT "
	    "uid FROM drinks UNION ALL SELECT uid FROM cramps UNION ALL "
	    "SELECT uid FROM sessions) WHERE uid GLOB '[0-9a-f][0-9a-f]"
	    "[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]-*' AND "
	    "length(uid) = 36 AND substr(uid, 15, 1) = '7' AND "
	    "substr(uid, 20, 1) IN ('8', '9', 'a', 'b')"), 4);
	/* The records are kept... */
	assert_int_equal(history_water_between(h, 0, 1000), 750);
	assert_int_equal(raw_int(p, "SELECT count(*) FROM cramps WHERE "
	    "note = 'v1 note'"), 1);
	/* ... migration 2 added the reminders and the indexes ... */
	assert_int_equal(history_add_reminder(h, 400, "session", "sent",
	    &cause), 0);
	assert_int_equal(raw_int(p, "SELECT count(*) FROM sqlite_master "
	    "WHERE type = 'index' AND name IN ('drinks_at', 'cramps_started', "
	    "'sessions_started', 'reminders_at')"), 4);
	/* The day sums search the index instead of scanning the table. */
	raw_text(p, "EXPLAIN QUERY PLAN SELECT sum(ml) FROM drinks WHERE "
	    "at >= 1 AND at < 2", 3, buf, sizeof buf);
	assert_non_null(strstr(buf, "USING INDEX drinks_at"));
	/* ... and new records continue the shared id sequence. */
	assert_int_equal(history_add_drink(h, 500, 100, &cause), 0);
	assert_int_equal(raw_int(p, "SELECT max(id) FROM drinks"), 5);
	assert_int_equal(history_undo_last(h, &it, &cause), 0);
	assert_int_equal(it.type, HREC_DRINK);
	assert_int_equal(it.ml, 100);
	assert_int_equal(history_undo_last(h, &it, &cause), 0);
	assert_int_equal(it.type, HREC_SESSION);
	history_close(h);
	/* Opening again is a no-op. */
	assert_non_null(h = history_open(p, &cause));
	history_close(h);
	assert_int_equal(raw_int(p, "PRAGMA user_version"), HISTORY_SCHEMA);
	free(p);
}

/*
 * Open must fail naming the file and what to do, leaving it as it was.
 * data NULL: the file is already there.
 */
static void
refused_untouched(const char *name, const char *data, size_t len,
    const char *what)
{
	char		*p = tmp_path(name), *cause = NULL, *after, *wal;
	char		*owned = NULL;
	size_t		 alen;
	struct stat	 sb;

	if (data != NULL)
		spit(p, data, len);
	else
		data = owned = slurp(p, &len);
	assert_null(history_open(p, &cause));
	assert_non_null(cause);
	assert_non_null(strstr(cause, p));
	assert_non_null(strstr(cause, what));
	assert_non_null(strstr(cause, "not been changed"));
	after = slurp(p, &alen);
	assert_int_equal(alen, len);
	assert_memory_equal(after, data, len);
	/* Nothing was written beside it either. */
	wal = xasprintf("%s-wal", p);
	assert_true(stat(wal, &sb) != 0 || sb.st_size == 0);
	free(wal);
	free(after);
	free(owned);
	free(cause);
	free(p);
}

static void
test_corrupt(void **state)
{
	static const char junk[] = "this is my shopping list, not a database\n"
	    "eggs\nmilk\n";
	char		 hdr[4096];
	char		*p, *q, *cause = NULL, *data;
	size_t		 len;
	struct history	*h;
	struct stats	 st;

	(void)state;
	refused_untouched("junk.db", junk, sizeof junk - 1, "not an unclench "
	    "history");

	/* The right magic, then garbage where the schema page should be. */
	memset(hdr, 0xa5, sizeof hdr);
	memcpy(hdr, "SQLite format 3", 16);
	refused_untouched("hdr.db", hdr, sizeof hdr, "Move it aside");

	/* A real history whose later pages were overwritten. */
	p = tmp_path("page.db");
	assert_non_null(h = history_open(p, &cause));
	for (len = 0; len < 3000; len++)
		assert_int_equal(history_add_drink(h, (time_t)len * 60,
		    100 + (long)len % 50, &cause), 0);
	history_close(h);
	data = slurp(p, &len);
	assert_true(len > 3 * 4096);
	memset(data + 2 * 4096, 0x5a, len - 2 * 4096);
	spit(p, data, len);
	free(data);
	data = slurp(p, &len);
	if ((h = history_open(p, &cause)) != NULL) {
		/* Found on first read instead: still a clear error. */
		assert_int_equal(history_stats(h, 86400 * 3, 84, 2000, 1320,
		    420, &st, &cause), -1);
		assert_non_null(strstr(cause, "damaged"));
		assert_non_null(strstr(cause, p));
		free(cause);
		cause = NULL;
		history_close(h);
	} else {
		assert_non_null(strstr(cause, "damaged"));
		free(cause);
	}
	q = slurp(p, &len);
	assert_memory_equal(q, data, len);
	free(q);
	free(data);
	free(p);

	/* A directory where the file should be. */
	p = tmp_path("adir.db");
	assert_int_equal(mkdir(p, 0700), 0);
	assert_null(history_open(p, &cause));
	assert_non_null(strstr(cause, p));
	free(cause);
	free(p);
}

static void
test_foreign_and_newer(void **state)
{
	char *p;

	(void)state;
	p = tmp_path("foreign.db");
	raw_exec(p, "CREATE TABLE recipes (name TEXT);"
	    "INSERT INTO recipes VALUES ('soup');");
	refused_untouched("foreign.db", NULL, 0, "not an unclench history");
	free(p);

	p = tmp_path("newer.db");
	raw_exec(p, v1_schema);
	raw_exec(p, "PRAGMA user_version = 99;");
	refused_untouched("newer.db", NULL, 0, "newer unclench");
	free(p);
}

static void
test_undo(void **state)
{
	char			*p = tmp_path("undo.db"), *cause = NULL;
	struct history		*h;
	struct history_item	 it;
	struct session_record	 s = { "bedtime-legs", "stretch", 900, 1500,
	    0, 2, 5 };
	struct cramp_record	 cr = { "neck", 800, -1, 3, "desk" };

	(void)state;
	assert_non_null(h = history_open(p, &cause));
	assert_int_equal(history_undo_last(h, &it, &cause), 1);
	/* Entered in this order; times deliberately out of order. */
	assert_int_equal(history_add_drink(h, 1000, 250, &cause), 0);
	assert_int_equal(history_add_cramp(h, &cr, &cause), 0);
	assert_int_equal(history_add_session(h, &s, &cause), 0);
	assert_int_equal(history_add_reminder(h, 2000, "hydration", "sent",
	    &cause), 0);

	assert_int_equal(history_undo_last(h, &it, &cause), 0);
	assert_int_equal(it.type, HREC_SESSION);
	assert_int_equal(it.completed, 0);
	assert_int_equal(it.steps_done, 2);
	assert_int_equal(history_undo_last(h, &it, &cause), 0);
	assert_int_equal(it.type, HREC_CRAMP);
	assert_string_equal(it.part, "neck");
	assert_string_equal(it.note, "desk");
	assert_int_equal(history_undo_last(h, &it, &cause), 0);
	assert_int_equal(it.type, HREC_DRINK);
	assert_int_equal(it.ml, 250);
	/* The reminder log is not the diary: undo leaves it alone. */
	assert_int_equal(history_undo_last(h, &it, &cause), 1);
	assert_int_equal(raw_int(p, "SELECT count(*) FROM reminders"), 1);
	assert_int_equal(raw_int(p, "SELECT count(*) FROM drinks"), 0);
	history_close(h);
	free(p);
}

/* The hydration screen's undo: its own drink, not the newest one. */
static void
test_undo_drink(void **state)
{
	char		*p = tmp_path("undo-drink.db"), *cause = NULL;
	struct history	*h;

	(void)state;
	assert_non_null(h = history_open(p, &cause));
	assert_int_equal(history_undo_drink(h, 1000, 250, &cause), 1);
	assert_int_equal(history_add_drink(h, 1000, 250, &cause), 0);
	assert_int_equal(history_add_drink(h, 1000, 250, &cause), 0);
	assert_int_equal(history_add_drink(h, 1010, 300, &cause), 0);
	assert_int_equal(history_undo_drink(h, 1000, 250, &cause), 0);
	assert_int_equal(raw_int(p, "SELECT count(*) FROM drinks"), 2);
	assert_int_equal(raw_int(p, "SELECT count(*) FROM drinks WHERE "
	    "ml = 300"), 1);
	/* The newer of the two alike went: the older id stays. */
	assert_int_equal(raw_int(p, "SELECT min(id) FROM drinks"), 1);
	assert_int_equal(history_undo_drink(h, 1000, 300, &cause), 1);
	assert_int_equal(history_undo_drink(h, 1000, 250, &cause), 0);
	assert_int_equal(history_undo_drink(h, 1000, 250, &cause), 1);
	assert_int_equal(raw_int(p, "SELECT count(*) FROM drinks"), 1);
	history_close(h);
	free(p);
}

static struct history_item
drink_item(time_t at, long ml)
{
	struct history_item it;

	memset(&it, 0, sizeof it);
	it.type = HREC_DRINK;
	it.at = at;
	it.ml = ml;
	return it;
}

static void
test_import(void **state)
{
	char			*p = tmp_path("imp.db"), *cause = NULL;
	struct history		*h;
	struct history_item	 items[6];
	struct history_import	*im;
	size_t			 added, skipped;
	int			 i;

	(void)state;
	assert_non_null(h = history_open(p, &cause));
	assert_int_equal(history_add_drink(h, 100, 250, &cause), 0);

	/* One bad item (ml 0 breaks the table's CHECK): nothing is added. */
	items[0] = drink_item(200, 300);
	items[1] = drink_item(300, 0);
	assert_int_equal(history_import(h, items, 2, &added, &skipped,
	    &cause), -1);
	assert_non_null(strstr(cause, "nothing was imported"));
	free(cause);
	assert_int_equal(raw_int(p, "SELECT count(*) FROM drinks"), 1);

	/*
	 * Three identical drinks against one already stored: two are new.
	 * Identical records in one file are all kept (200 drinks in one
	 * second are 200 drinks).
	 */
	items[0] = drink_item(100, 250);
	items[1] = drink_item(100, 250);
	items[2] = drink_item(100, 250);
	items[3] = drink_item(200, 300);
	memset(&items[4], 0, sizeof items[4]);
	items[4].type = HREC_REMINDER;
	items[4].at = 150;
	strlcpy_safe(items[4].kind, "hydration", sizeof items[4].kind);
	strlcpy_safe(items[4].action, "snoozed", sizeof items[4].action);
	assert_int_equal(history_import(h, items, 5, &added, &skipped,
	    &cause), 0);
	assert_int_equal(added, 4);
	assert_int_equal(skipped, 1);
	assert_int_equal(raw_int(p, "SELECT count(*) FROM drinks WHERE "
	    "at = 100"), 3);

	/* The same file again adds nothing. */
	assert_int_equal(history_import(h, items, 5, &added, &skipped,
	    &cause), 0);
	assert_int_equal(added, 0);
	assert_int_equal(skipped, 5);
	assert_int_equal(raw_int(p, "SELECT count(*) FROM drinks"), 4);

	/*
	 * One record at a time: ended uncommitted, nothing stays; then the
	 * n-th copy in the file still meets the n-th copy in the store.
	 */
	assert_non_null(im = history_import_begin(h, &cause));
	items[0] = drink_item(400, 100);
	assert_int_equal(history_import_add(im, &items[0], &cause), 0);
	assert_int_equal(history_import_end(im, 0, &added, &skipped, &cause),
	    0);
	assert_int_equal(added, 0);
	assert_int_equal(raw_int(p, "SELECT count(*) FROM drinks"), 4);
	assert_non_null(im = history_import_begin(h, &cause));
	items[0] = drink_item(100, 250);
	for (i = 0; i < 4; i++)
		assert_int_equal(history_import_add(im, &items[0], &cause), 0);
	assert_int_equal(history_import_end(im, 1, &added, &skipped, &cause),
	    0);
	assert_int_equal(added, 1);
	assert_int_equal(skipped, 3);
	assert_int_equal(raw_int(p, "SELECT count(*) FROM drinks WHERE "
	    "at = 100"), 4);
	history_close(h);
	free(p);
}

/*
 * Records with a uid merge by it: the same uid twice is one record (in
 * one file, or across imports), identical records with two uids are two,
 * and the uid is kept as given; records without one get a new one each.
 */
static void
test_import_uid(void **state)
{
	static const char u1[] = "0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f0";
	static const char u2[] = "11111111-2222-4333-8444-555555555555";
	char			*p = tmp_path("uid.db"), *cause = NULL;
	struct history		*h;
	struct history_item	 items[3];
	size_t			 added, skipped;

	(void)state;
	assert_non_null(h = history_open(p, &cause));
	items[0] = drink_item(100, 250);
	strlcpy_safe(items[0].uid, u1, sizeof items[0].uid);
	items[1] = items[0];
	items[2] = drink_item(100, 250);
	strlcpy_safe(items[2].uid, u2, sizeof items[2].uid);
	assert_int_equal(history_import(h, items, 3, &added, &skipped,
	    &cause), 0);
	assert_int_equal(added, 2);
	assert_int_equal(skipped, 1);
	assert_int_equal(raw_int(p, "SELECT count(*) FROM drinks WHERE uid "
	    "IN ('0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f0', "
	    "'11111111-2222-4333-8444-555555555555')"), 2);
	/* Again: nothing new, whatever the content rule would say. */
	assert_int_equal(history_import(h, items, 3, &added, &skipped,
	    &cause), 0);
	assert_int_equal(added, 0);
	assert_int_equal(skipped, 3);
	/* A uid is the diary's, whatever the type: a cramp cannot take it. */
	memset(&items[0], 0, sizeof items[0]);
	items[0].type = HREC_CRAMP;
	items[0].at = 100;
	strlcpy_safe(items[0].part, "calf", sizeof items[0].part);
	strlcpy_safe(items[0].uid, u1, sizeof items[0].uid);
	assert_int_equal(history_import(h, items, 1, &added, &skipped,
	    &cause), 0);
	assert_int_equal(added, 0);
	/* Without uids: each new record gets its own. */
	assert_int_equal(history_add_drink(h, 300, 100, &cause), 0);
	assert_int_equal(history_add_drink(h, 300, 100, &cause), 0);
	assert_int_equal(raw_int(p, "SELECT count(DISTINCT uid) FROM drinks "
	    "WHERE at = 300 AND length(uid) = 36"), 2);
	history_close(h);
	free(p);
}

/*
 * Local days in a zone with daylight saving: America/New_York rules as a
 * POSIX TZ string (no tzdata needed). 2024-03-10 is 23 hours long.
 */
static void
test_local_days_dst(void **state)
{
	char			*p = tmp_path("tz.db"), *cause = NULL;
	struct history		*h;
	struct stats		 st;
	struct cramp_record	 cr = { "calf", 0, -1, 0, NULL };
	int			 day, minute, mar10 = cal_day_number(2024, 3,
	    10);
	time_t			 now;

	(void)state;
	setenv("TZ", "EST5EDT,M3.2.0,M11.1.0", 1);
	tzset();
	/* Midnight Mar 10 is 05:00 UTC; midnight Mar 11 is 04:00 UTC. */
	assert_int_equal(cal_instant(&cal_zone_local, mar10, 0), 1710046800);
	assert_int_equal(cal_instant(&cal_zone_local, mar10 + 1, 0) -
	    cal_instant(&cal_zone_local, mar10, 0), 23 * 3600);
	/* 2024-03-11 03:30 UTC is 23:30 on Mar 10 in New York. */
	day = cal_day(&cal_zone_local, 1710127800, &minute);
	assert_int_equal(day, mar10);
	assert_int_equal(minute, 23 * 60 + 30);

	assert_non_null(h = history_open(p, &cause));
	assert_int_equal(history_add_drink(h, 1710127800, 700, &cause), 0);
	/* 07:30 UTC on Mar 10 is 03:30 EDT (02:30 if the offset were -5). */
	cr.start = 1710055800;
	assert_int_equal(history_add_cramp(h, &cr, &cause), 0);
	now = 1710172800;		/* 2024-03-11 12:00 EDT */
	assert_int_equal(history_stats(h, now, 84, 2000, 22 * 60, 7 * 60,
	    &st, &cause), 0);
	assert_int_equal(st.today, mar10 + 1);
	assert_int_equal(st.water_today, 0);
	assert_int_equal(st.water_ml[STATS_WATER_DAYS - 2], 700);
	assert_int_equal(st.cramps_hour[3], 1);
	assert_int_equal(st.cramps_hour[2], 0);
	history_close(h);

	setenv("TZ", "UTC0", 1);
	tzset();
	/* In UTC the same drink falls on Mar 11, today. */
	assert_non_null(h = history_open(p, &cause));
	assert_int_equal(history_stats(h, now, 84, 2000, 22 * 60, 7 * 60,
	    &st, &cause), 0);
	assert_int_equal(st.water_today, 700);
	assert_int_equal(st.cramps_hour[7], 1);
	history_close(h);
	free(p);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_new_file),
		cmocka_unit_test(test_round_trip),
		cmocka_unit_test(test_migrate_v1),
		cmocka_unit_test(test_corrupt),
		cmocka_unit_test(test_foreign_and_newer),
		cmocka_unit_test(test_undo),
		cmocka_unit_test(test_undo_drink),
		cmocka_unit_test(test_import),
		cmocka_unit_test(test_import_uid),
		cmocka_unit_test(test_local_days_dst),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
