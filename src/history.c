/*
 * history: the diary store, an SQLite file in WAL mode, and the only file
 * that includes <sqlite3.h>. Every write is one committed transaction with
 * synchronous=FULL, so a record reported saved survives a kill (and a power
 * cut) the next instant. The schema grows by forward migrations counted in
 * PRAGMA user_version. A file that is not ours, damaged or from a newer
 * version is refused before anything is written to it. Sessions, cramps and
 * drinks share one id sequence so that "the last record" is well defined.
 */
#include "history.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sqlite3.h>

#include "calendar.h"
#include "files_paths.h"
#include "i18n.h"
#include "routine.h"
#include "timeouts.h"
#include "util.h"

struct history {
	sqlite3	*db;
	char	*path;
	int	 checked;	/* quick_check passed: refresh the verdict */
	size_t	 damaged;	/* rows skipped as out of range */
};

/*
 * Every value read back is range-checked: a hand-edited or tampered file
 * can hold any 64-bit number (or text) where a time or a volume belongs,
 * and such a row is skipped and counted, never computed with. Times run
 * from 1970 (less a day of UTC offset) to the end of 9999.
 */
#define TIME_MIN	(-86400LL)
#define TIME_MAX	253402300799LL
#define SQL_TIME_OK(c)	"(typeof(" c ") = 'integer' AND " c		\
	" BETWEEN -86400 AND 253402300799)"
#define SQL_ML_OK	"(typeof(ml) = 'integer' AND ml BETWEEN 1 AND 5000)"
_Static_assert(HISTORY_DRINK_MAX_ML == 5000 && ROUTINE_MAX_STEPS == 200,
    "the SQL below spells these limits out");

/*
 * The migrations, in order: migrations[i] takes a file from user_version
 * i to i + 1. Never edit a shipped one; append.
 */
static const char *const migrations[] = {
	/* 1: the first schema. */
	"CREATE TABLE sessions ("
	" id INTEGER PRIMARY KEY,"
	" routine TEXT NOT NULL,"
	" kind TEXT NOT NULL,"
	" started INTEGER NOT NULL,"
	" ended INTEGER NOT NULL,"
	" completed INTEGER NOT NULL,"
	" steps_done INTEGER NOT NULL,"
	" steps_total INTEGER NOT NULL);"
	"CREATE TABLE cramps ("
	" id INTEGER PRIMARY KEY,"
	" part TEXT NOT NULL,"
	" started INTEGER NOT NULL,"
	" duration_s INTEGER NOT NULL,"
	" severity INTEGER NOT NULL,"
	" note TEXT);"
	"CREATE TABLE drinks ("
	" id INTEGER PRIMARY KEY,"
	" at INTEGER NOT NULL,"
	" ml INTEGER NOT NULL CHECK (ml > 0));",
	/* 2: the reminder log, and time indexes for the figures. */
	"CREATE TABLE reminders ("
	" id INTEGER PRIMARY KEY,"
	" at INTEGER NOT NULL,"
	" kind TEXT NOT NULL,"
	" action TEXT NOT NULL);"
	"CREATE INDEX drinks_at ON drinks (at);"
	"CREATE INDEX cramps_started ON cramps (started);"
	"CREATE INDEX sessions_started ON sessions (started);"
	"CREATE INDEX reminders_at ON reminders (at);",
	/*
	 * 3: a stable random id per record (see unclench_uuid()), by which
	 * an import merges the diaries of two machines; the rows already
	 * here get theirs in the same transaction.
	 */
	"ALTER TABLE sessions ADD COLUMN uid TEXT;"
	"ALTER TABLE cramps ADD COLUMN uid TEXT;"
	"ALTER TABLE drinks ADD COLUMN uid TEXT;"
	"ALTER TABLE reminders ADD COLUMN uid TEXT;"
	"UPDATE sessions SET uid = unclench_uuid();"
	"UPDATE cramps SET uid = unclench_uuid();"
	"UPDATE drinks SET uid = unclench_uuid();"
	"UPDATE reminders SET uid = unclench_uuid();"
	"CREATE UNIQUE INDEX sessions_uid ON sessions (uid);"
	"CREATE UNIQUE INDEX cramps_uid ON cramps (uid);"
	"CREATE UNIQUE INDEX drinks_uid ON drinks (uid);"
	"CREATE UNIQUE INDEX reminders_uid ON reminders (uid);",
};

_Static_assert(sizeof migrations / sizeof migrations[0] == HISTORY_SCHEMA,
    "one migration per schema version");

/* The next id of the shared session/cramp/drink sequence. */
#define NEXT_ID								\
	"(SELECT coalesce(max(m), 0) + 1 FROM ("			\
	"SELECT max(id) AS m FROM sessions UNION ALL "			\
	"SELECT max(id) FROM cramps UNION ALL "				\
	"SELECT max(id) FROM drinks))"

/* ?9: the record's uid, or NULL for a new one. */
#define NEW_UID		"coalesce(?9, unclench_uuid())"

/* An insert of each type, its id (unused by reminders) given as id. */
#define INSERT_SQL(id) {						\
	[HREC_SESSION] = "INSERT INTO sessions (id, started, ended, "	\
	    "routine, kind, completed, steps_done, steps_total, uid) "	\
	    "VALUES (" id ", ?1, ?2, ?3, ?4, ?5, ?6, ?7, " NEW_UID ")",	\
	[HREC_CRAMP] = "INSERT INTO cramps (id, started, part, "	\
	    "duration_s, severity, note, uid) VALUES (" id ", ?1, ?2, "	\
	    "?3, ?4, ?5, " NEW_UID ")",					\
	[HREC_DRINK] = "INSERT INTO drinks (id, at, ml, uid) VALUES ("	\
	    id ", ?1, ?2, " NEW_UID ")",				\
	[HREC_REMINDER] = "INSERT INTO reminders (at, kind, action, "	\
	    "uid) VALUES (?1, ?2, ?3, " NEW_UID ")",			\
}
static const char *const insert_sql[HREC_COUNT] = INSERT_SQL(NEXT_ID);
/*
 * An import holds the write lock from its first record to its commit, so
 * it counts the ids itself (?10) instead of looking up three maxima a row.
 */
static const char *const import_insert_sql[HREC_COUNT] = INSERT_SQL("?10");

/* Is a uid anywhere in the diary? */
#define UID_SEEN_SQL							\
	"SELECT EXISTS (SELECT 1 FROM sessions WHERE uid = ?1) OR "	\
	"EXISTS (SELECT 1 FROM cramps WHERE uid = ?1) OR "		\
	"EXISTS (SELECT 1 FROM drinks WHERE uid = ?1) OR "		\
	"EXISTS (SELECT 1 FROM reminders WHERE uid = ?1)"

/* Records identical to an item, among those with id <= ?last. */
static const char *const same_sql[HREC_COUNT] = {
	[HREC_SESSION] = "SELECT count(*) FROM sessions WHERE started = ?1 "
	    "AND ended = ?2 AND routine = ?3 AND kind = ?4 AND completed = ?5 "
	    "AND steps_done = ?6 AND steps_total = ?7 AND id <= ?8",
	[HREC_CRAMP] = "SELECT count(*) FROM cramps WHERE started = ?1 AND "
	    "part = ?2 AND duration_s = ?3 AND severity = ?4 AND note IS ?5 "
	    "AND id <= ?8",
	[HREC_DRINK] = "SELECT count(*) FROM drinks WHERE at = ?1 AND "
	    "ml = ?2 AND id <= ?8",
	[HREC_REMINDER] = "SELECT count(*) FROM reminders WHERE at = ?1 AND "
	    "kind = ?2 AND action = ?3 AND id <= ?8",
};

/* Every record as one row shape: see item_from_row(). */
#define ROW_SESSIONS							\
	"SELECT 0, id, started, ended, routine, kind, completed, "	\
	"steps_done, steps_total, NULL, NULL, NULL, NULL, NULL, NULL, "	\
	"uid FROM sessions"
#define ROW_CRAMPS							\
	"SELECT 1, id, started, NULL, NULL, NULL, NULL, NULL, NULL, "	\
	"part, duration_s, severity, note, NULL, NULL, uid FROM cramps"
#define ROW_DRINKS							\
	"SELECT 2, id, at, NULL, NULL, NULL, NULL, NULL, NULL, NULL, "	\
	"NULL, NULL, NULL, ml, NULL, uid FROM drinks"
#define ROW_REMINDERS							\
	"SELECT 3, id, at, NULL, NULL, kind, NULL, NULL, NULL, NULL, "	\
	"NULL, NULL, NULL, NULL, action, uid FROM reminders"

/*
 * unclench_uuid(): a new record id, a UUID version 7 (RFC 9562): the
 * Unix time in milliseconds, then 74 random bits. Time first, so a
 * connection's ids sort in the order they were made and each lands at the
 * end of its unique index (random v4 ids landed anywhere in it: a page
 * read and split for nearly every record of a large import). Within one
 * millisecond, and should the clock step back, the random part of the last
 * id grows by a random amount (the RFC's method 2), so the ids stay
 * strictly increasing. The random bits come from getrandom(), 256 bytes a
 * call, not from SQLite's PRNG; the pool and the last id belong to the
 * connection, which (SQLite's rule) never crosses a fork(), so no two
 * processes draw the same bytes.
 */
struct uid_gen {
	unsigned char	pool[256];
	size_t		left;		/* unused bytes at the end of pool */
	uint64_t	ms;		/* the last id's time */
	uint64_t	rand;		/* and its 74-12 = 62 low random bits */
	unsigned	rand_a;		/* and its 12 high ones */
};

/* n random bytes from the pool: 0, or -1 when the kernel gave none. */
static int
uid_random(struct uid_gen *g, unsigned char *out, size_t n)
{
	ssize_t r;

	if (g->left < n) {
		do
			r = getrandom(g->pool, sizeof g->pool, 0);
		while (r == -1 && errno == EINTR);
		if (r != (ssize_t)sizeof g->pool)
			return -1;
		g->left = sizeof g->pool;
	}
	memcpy(out, g->pool + sizeof g->pool - g->left, n);
	memset(g->pool + sizeof g->pool - g->left, 0, n);
	g->left -= n;
	return 0;
}

/* The next id's 16 bytes: 0, or -1 with no random bytes. */
static int
uid_next(struct uid_gen *g, unsigned char u[16])
{
	struct timespec	ts;
	unsigned char	r[10];
	uint64_t	ms, step;
	int		i;

	clock_gettime(CLOCK_REALTIME, &ts);
	ms = (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
	if (ms > g->ms) {
		if (uid_random(g, r, 10) != 0)
			return -1;
		g->ms = ms;
		g->rand_a = ((unsigned)r[0] << 8 | r[1]) & 0xfff;
		for (g->rand = 0, i = 2; i < 10; i++)
			g->rand = g->rand << 8 | r[i];
		g->rand &= (UINT64_C(1) << 62) - 1;
	} else {
		if (uid_random(g, r, 4) != 0)
			return -1;
		step = ((uint64_t)r[0] << 24 | (uint64_t)r[1] << 16 |
		    (uint64_t)r[2] << 8 | r[3]) + 1;
		g->rand += step;
		if (g->rand >> 62 != 0) {
			g->rand &= (UINT64_C(1) << 62) - 1;
			if (++g->rand_a > 0xfff) {
				g->rand_a = 0;
				g->ms++;
			}
		}
	}
	for (i = 0; i < 6; i++)
		u[i] = (unsigned char)(g->ms >> (40 - 8 * i));
	u[6] = (unsigned char)(0x70 | g->rand_a >> 8);	/* version 7 */
	u[7] = (unsigned char)g->rand_a;
	for (i = 8; i < 16; i++)
		u[i] = (unsigned char)(g->rand >> (120 - 8 * i));
	u[8] = (unsigned char)(0x80 | (u[8] & 0x3f));	/* RFC 9562 variant */
	return 0;
}

static void
sql_uuid(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	static const char	 hex[] = "0123456789abcdef";
	unsigned char		 u[16];
	char			 text[HISTORY_UID_LEN + 1], *w = text;
	int			 i;

	(void)argc;
	(void)argv;
	if (uid_next(sqlite3_user_data(ctx), u) != 0) {
		sqlite3_result_error(ctx, _("no random bytes for a record id"),
		    -1);
		return;
	}
	for (i = 0; i < 16; i++) {
		if (i == 4 || i == 6 || i == 8 || i == 10)
			*w++ = '-';
		*w++ = hex[u[i] >> 4];
		*w++ = hex[u[i] & 15];
	}
	sqlite3_result_text(ctx, text, HISTORY_UID_LEN, SQLITE_TRANSIENT);
}

/* The functions the migrations and inserts call. */
static int
add_functions(sqlite3 *db)
{
	/* On failure SQLite calls free() on the state itself. */
	return sqlite3_create_function_v2(db, "unclench_uuid", 0, SQLITE_UTF8,
	    xcalloc(1, sizeof(struct uid_gen)), sql_uuid, NULL, NULL, free) ==
	    SQLITE_OK ? 0 : -1;
}

const char *
history_path(const struct history *h)
{
	return h->path;
}

/*
 * What to do about a file we will not touch. The rescue goes through
 * .dump (.recover needs the dbpage table, which Debian's sqlite3 lacks),
 * which drops user_version: the advice sets it back to the file's schema.
 */
static char *
refuse_schema(const char *path, const char *what, int64_t schema)
{
	return xasprintf(_("%s %s; it has not been changed. Move it aside "
	    "(for example: mv '%s' '%s.broken') and unclench will start a new "
	    "history; to rescue its records into it: sqlite3 '%s.broken' "
	    ".dump | sqlite3 '%s' && sqlite3 '%s' 'PRAGMA user_version = %lld'"
	    "; or 'unclench import' an export from a backup"), path, what,
	    path, path, path, path, path, (long long)schema);
}

static char *
refuse(const char *path, const char *what)
{
	return refuse_schema(path, what, HISTORY_SCHEMA);
}

/* A message for a failed SQLite call, with advice where there is any. */
static char *
db_cause(sqlite3 *db, const char *path, const char *doing)
{
	int		 rc = sqlite3_extended_errcode(db) & 0xff;
	const char	*msg = sqlite3_errmsg(db);
	char		*what, *s;

	switch (rc) {
	case SQLITE_CORRUPT:
	case SQLITE_NOTADB:
		what = xasprintf(_("is damaged (%s)"), msg);
		s = refuse(path, what);
		free(what);
		return s;
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		return xasprintf(_("%s: %s: the history is busy (another "
		    "unclench is writing it); try again"), path, doing);
	case SQLITE_READONLY:
		return xasprintf(_("%s: %s: the file is read-only; check its "
		    "permissions and those of its directory"), path, doing);
	case SQLITE_FULL:
		return xasprintf(_("%s: %s: the disk is full"), path, doing);
	default:
		break;
	}
	/* SQLite says "disk I/O error" for both of these: name the cause. */
	switch (sqlite3_system_errno(db)) {
	case ENOSPC:
	case EDQUOT:
		return xasprintf(_("%s: %s: the disk is full"), path, doing);
	case EROFS:
		return xasprintf(_("%s: %s: the file system is read-only"),
		    path, doing);
	case EACCES:
	case EPERM:
		return xasprintf(_("%s: %s: permission denied; check the file "
		    "and its directory"), path, doing);
	default:
		return xasprintf("%s: %s: %s", path, doing, msg);
	}
}

static char *
h_cause(struct history *h, const char *doing)
{
	return db_cause(h->db, h->path, doing);
}

/*
 * Look at the file before SQLite does: a missing or empty file is a new
 * history; anything but an SQLite header is refused untouched.
 */
static int
sniff(const char *path, char **cause)
{
	static const char	 magic[16] = "SQLite format 3";
	char			 buf[16];
	struct stat		 sb;
	ssize_t			 n;
	int			 fd;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)) == -1) {
		if (errno == ENOENT)
			return 0;
		*cause = xasprintf(_("cannot open the history %s: %s"), path,
		    strerror(errno));
		return -1;
	}
	if (fstat(fd, &sb) == -1 || !S_ISREG(sb.st_mode)) {
		close(fd);
		*cause = xasprintf(_("cannot open the history %s: not a "
		    "regular file"), path);
		return -1;
	}
	n = read(fd, buf, sizeof buf);
	close(fd);
	if (n < 0) {
		*cause = xasprintf(_("cannot read the history %s: %s"), path,
		    strerror(errno));
		return -1;
	}
	if (n == 0)
		return 0;
	if (n != (ssize_t)sizeof buf || memcmp(buf, magic, sizeof buf) != 0) {
		*cause = refuse(path, _("is not an unclench history (not an "
		    "SQLite database)"));
		return -1;
	}
	return 0;
}

/* One integer from a query; -1 with the error left in db. */
static int
query_int(sqlite3 *db, const char *sql, int64_t *out)
{
	sqlite3_stmt	*st;
	int		 rc;

	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
		return -1;
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*out = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? 0 : -1;
}

/* Bring the file to HISTORY_SCHEMA, one migration at a time. */
static int
migrate(struct history *h, char **cause)
{
	int64_t	 v;
	char	*sql;
	size_t	 i;

	if (sqlite3_exec(h->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) !=
	    SQLITE_OK) {
		*cause = h_cause(h, _("updating the history"));
		return -1;
	}
	/* Another process may have migrated it while we waited. */
	if (query_int(h->db, "PRAGMA user_version", &v) != 0)
		goto fail;
	if (v > HISTORY_SCHEMA) {
		sqlite3_exec(h->db, "ROLLBACK", NULL, NULL, NULL);
		*cause = xasprintf(_("%s was just updated by a newer unclench "
		    "(schema %lld); this one knows up to %d"), h->path,
		    (long long)v, HISTORY_SCHEMA);
		return -1;
	}
	for (i = (size_t)v; i < nitems(migrations); i++) {
		if (sqlite3_exec(h->db, migrations[i], NULL, NULL, NULL) !=
		    SQLITE_OK)
			goto fail;
	}
	sql = xasprintf("PRAGMA user_version = %d", HISTORY_SCHEMA);
	if (sqlite3_exec(h->db, sql, NULL, NULL, NULL) != SQLITE_OK) {
		free(sql);
		goto fail;
	}
	free(sql);
	if (sqlite3_exec(h->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
		goto fail;
	return 0;
fail:
	*cause = h_cause(h, _("updating the history"));
	sqlite3_exec(h->db, "ROLLBACK", NULL, NULL, NULL);
	return -1;
}

/*
 * Switch to WAL. Only a new file needs the switch, and when several
 * processes create the file at once the switch can report SQLITE_BUSY
 * without calling the busy handler: retry for up to the busy timeout.
 */
static int
set_wal(sqlite3 *db)
{
	struct timespec	 ts = { 0, HISTORY_WAL_STEP_MS * 1000 * 1000 };
	sqlite3_stmt	*st;
	const char	*mode;
	int		 rc, ok, tries;

	for (tries = 0; tries < HISTORY_WAL_TRIES; tries++) {
		if (sqlite3_prepare_v2(db, "PRAGMA journal_mode = WAL", -1, &st,
		    NULL) != SQLITE_OK)
			return -1;
		rc = sqlite3_step(st);
		ok = rc == SQLITE_ROW &&
		    (mode = (const char *)sqlite3_column_text(st, 0)) != NULL &&
		    strcmp(mode, "wal") == 0;
		sqlite3_finalize(st);
		if (ok)
			return 0;
		rc = sqlite3_extended_errcode(db) & 0xff;
		if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
			return -1;
		nanosleep(&ts, NULL);
	}
	return -1;
}

static void
close_untouched(sqlite3 *db, const char *path)
{
	struct stat	 sb;
	char		*wal;

	/*
	 * Closing must not checkpoint into a file we refused. An empty WAL
	 * (reading created it) has nothing to checkpoint: close normally
	 * then, so that it goes away again with its -shm.
	 */
	wal = xasprintf("%s-wal", path);
	if (stat(wal, &sb) == 0 && sb.st_size > 0)
		sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1,
		    NULL);
	free(wal);
	sqlite3_close(db);
}

/*
 * PRAGMA quick_check reads every page: about 20 ms at 100,000 records,
 * more than a whole `unclench drink` may take. So its verdict is kept in
 * a small file beside the history, keyed by the file's (and its WAL's)
 * identity, size, mtime and ctime as they were when it was found sound or
 * when we closed it after writing to it ourselves. Any other change to the
 * file, a damaging one included, changes the key and the check runs again.
 */
static char *
verdict_key(const char *path)
{
	struct stat	 sb, wb;
	char		*wal;

	if (stat(path, &sb) != 0)
		return NULL;
	wal = xasprintf("%s-wal", path);
	/* An empty WAL is as good as none: opening the file creates one. */
	if (stat(wal, &wb) != 0 || wb.st_size == 0)
		memset(&wb, 0, sizeof wb);
	free(wal);
	return xasprintf("unclench quick_check ok: %ju %ju %jd %jd.%09ld "
	    "%jd.%09ld wal %jd %jd.%09ld %jd.%09ld\n", (uintmax_t)sb.st_dev,
	    (uintmax_t)sb.st_ino, (intmax_t)sb.st_size,
	    (intmax_t)sb.st_mtim.tv_sec, sb.st_mtim.tv_nsec,
	    (intmax_t)sb.st_ctim.tv_sec, sb.st_ctim.tv_nsec,
	    (intmax_t)wb.st_size, (intmax_t)wb.st_mtim.tv_sec,
	    wb.st_mtim.tv_nsec, (intmax_t)wb.st_ctim.tv_sec,
	    wb.st_ctim.tv_nsec);
}

/* Did the last check (or our last write) leave the file as it is now? */
static int
verdict_holds(const char *path)
{
	char	 buf[256], *vpath, *key;
	ssize_t	 n;
	int	 fd, ok = 0;

	if ((key = verdict_key(path)) == NULL)
		return 0;
	vpath = xasprintf("%s-checked", path);
	fd = open(vpath, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
	free(vpath);
	if (fd != -1) {
		n = read(fd, buf, sizeof buf - 1);
		close(fd);
		if (n > 0) {
			buf[n] = '\0';
			ok = strcmp(buf, key) == 0;
		}
	}
	free(key);
	return ok;
}

/* Record the file as sound as it is now; best effort (a read-only dir). */
static void
verdict_save(const char *path)
{
	char	*key, *vpath, *tmp;
	size_t	 len;
	int	 fd, ok;

	if ((key = verdict_key(path)) == NULL)
		return;
	vpath = xasprintf("%s-checked", path);
	tmp = xasprintf("%s.%ld", vpath, (long)getpid());
	fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW,
	    0600);
	if (fd != -1) {
		len = strlen(key);
		ok = write(fd, key, len) == (ssize_t)len;
		if (close(fd) != 0 || !ok || rename(tmp, vpath) != 0)
			unlink(tmp);
	}
	free(tmp);
	free(vpath);
	free(key);
}

/* PRAGMA quick_check: 0 when sound, else -1 with its first finding. */
static int
quick_check(sqlite3 *db, const char *path, int64_t schema, char **cause)
{
	sqlite3_stmt	*st;
	const char	*s;
	char		*what;
	int		 r = -1;

	if (verdict_holds(path))
		return 0;
	if (sqlite3_prepare_v2(db, "PRAGMA quick_check(1)", -1, &st, NULL) !=
	    SQLITE_OK) {
		*cause = db_cause(db, path, _("checking the history"));
		return -1;
	}
	if (sqlite3_step(st) != SQLITE_ROW)
		*cause = db_cause(db, path, _("checking the history"));
	else if ((s = (const char *)sqlite3_column_text(st, 0)) != NULL &&
	    strcmp(s, "ok") == 0)
		r = 0;
	else {
		if (s == NULL)
			s = "?";
		/* One file: drop the line naming the schema ("main"). */
		if (strncmp(s, "*** in database main ***\n", 25) == 0)
			s += 25;
		what = xasprintf(_("is damaged (%s)"), s);
		*cause = refuse_schema(path, what, schema);
		free(what);
	}
	sqlite3_finalize(st);
	if (r == 0)
		verdict_save(path);
	return r;
}

/* The schema version and the number of schema objects, in one snapshot. */
static int
schema_of(sqlite3 *db, int64_t *v, int64_t *tables)
{
	if (query_int(db, "SELECT (SELECT user_version FROM "
	    "pragma_user_version) * 1000000 + (SELECT count(*) FROM "
	    "sqlite_master)", v) != 0)
		return -1;
	*tables = *v % 1000000;
	*v /= 1000000;
	return 0;
}

/*
 * The file to write: path, or history.db in the state directory, whose
 * directories are made first (those of a given path, as best we can).
 * Allocated, or NULL with *cause.
 */
static char *
write_path(const char *path, char **cause)
{
	char	*p, *dir, *slash;

	if (path == NULL) {
		dir = paths_state_dir();
		if (paths_mkdir_p(dir) != 0) {
			*cause = xasprintf(_("cannot create %s: %s"), dir,
			    strerror(errno));
			free(dir);
			return NULL;
		}
		p = xasprintf("%s/history.db", dir);
		free(dir);
	} else {
		p = xstrdup(path);
		if ((slash = strrchr(p, '/')) != NULL && slash != p) {
			dir = xstrndup(p, slash - p);
			paths_mkdir_p(dir);
			free(dir);
		}
	}
	return p;
}

/*
 * Read before writing anything: damaged, foreign or newer files are
 * refused. One statement, one snapshot: another process may be creating
 * the tables and setting the version this very moment. 0 with *v the
 * schema, or -1 with *cause.
 */
static int
check_before_write(sqlite3 *db, const char *p, int64_t *v, char **cause)
{
	int64_t tables;

	if (schema_of(db, v, &tables) != 0) {
		*cause = db_cause(db, p, _("reading the history"));
		return -1;
	}
	if (*v > HISTORY_SCHEMA) {
		*cause = xasprintf(_("%s was written by a newer unclench "
		    "(schema %lld; this one knows up to %d); it has not been "
		    "changed. Upgrade unclench, or move the file aside to "
		    "start a new history"), p, (long long)*v, HISTORY_SCHEMA);
		return -1;
	}
	if (*v == 0 && tables > 0) {
		*cause = refuse(p, _("is an SQLite database but not an "
		    "unclench history"));
		return -1;
	}
	/* Never write into a damaged file: check every page first. */
	if (*v > 0 && quick_check(db, p, *v, cause) != 0)
		return -1;
	return 0;
}

/* How every write reaches the disk. 0, or -1 with *cause. */
static int
set_durability(sqlite3 *db, const char *p, char **cause)
{
	/* WAL: readers never block the writer; the mode is persistent. */
	if (set_wal(db) != 0) {
		*cause = db_cause(db, p, _("setting WAL mode"));
		return -1;
	}
	/*
	 * FULL: each commit fsyncs the WAL. NORMAL would already keep a
	 * commit through a kill of the process (the bytes are in the
	 * kernel); FULL keeps it through a power cut too, for about a
	 * millisecond per write, and writes are a handful a day.
	 */
	if (sqlite3_exec(db, "PRAGMA synchronous = FULL", NULL, NULL,
	    NULL) != SQLITE_OK) {
		*cause = db_cause(db, p, _("setting synchronous mode"));
		return -1;
	}
	return 0;
}

struct history *
history_open(const char *path, char **cause)
{
	struct history	*h;
	sqlite3		*db = NULL;
	char		*p;
	int64_t		 v;

	*cause = NULL;
	if ((p = write_path(path, cause)) == NULL)
		return NULL;
	if (sniff(p, cause) != 0) {
		free(p);
		return NULL;
	}
	/* NOMUTEX: one thread per connection, and every sqlite3_column_*()
	 * call would take the connection's mutex (10% of a `stats`). */
	if (sqlite3_open_v2(p, &db, SQLITE_OPEN_READWRITE |
	    SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
		*cause = xasprintf(_("cannot open the history %s: %s"), p,
		    db != NULL ? sqlite3_errmsg(db) : _("out of memory"));
		sqlite3_close(db);
		free(p);
		return NULL;
	}
	sqlite3_busy_timeout(db, HISTORY_BUSY_MS);
	sqlite3_extended_result_codes(db, 1);
	if (add_functions(db) != 0) {
		*cause = db_cause(db, p, _("opening the history"));
		goto fail;
	}
	if (check_before_write(db, p, &v, cause) != 0 ||
	    set_durability(db, p, cause) != 0)
		goto fail;

	h = xcalloc(1, sizeof *h);
	h->db = db;
	h->path = p;
	h->checked = 1;
	if (v < HISTORY_SCHEMA && migrate(h, cause) != 0) {
		free(h);
		goto fail;
	}
	return h;
fail:
	close_untouched(db, p);
	free(p);
	return NULL;
}

/* Can we write the file and create files beside it (-wal, -shm)? */
static int
writable(const char *path)
{
	const char	*slash = strrchr(path, '/');
	char		*dir;
	int		 ok;

	if (access(path, W_OK) != 0)
		return 0;
	dir = slash == NULL ? xstrdup(".") : slash == path ? xstrdup("/") :
	    xstrndup(path, slash - path);
	ok = access(dir, W_OK) == 0;
	free(dir);
	return ok;
}

/* A file: URI for path (RFC 3986: all but unreserved bytes and '/'). */
static char *
file_uri(const char *path, const char *query)
{
	static const char	 hex[] = "0123456789ABCDEF";
	const unsigned char	*c;
	char			*u, *o;

	u = o = xmalloc(strlen(path) * 3 + strlen(query) + 8);
	o += snprintf(o, 6, "file:");
	for (c = (const unsigned char *)path; *c != '\0'; c++) {
		if ((*c >= 'A' && *c <= 'Z') || (*c >= 'a' && *c <= 'z') ||
		    (*c >= '0' && *c <= '9') || strchr("/-._~", *c) != NULL)
			*o++ = (char)*c;
		else {
			*o++ = '%';
			*o++ = hex[*c >> 4];
			*o++ = hex[*c & 15];
		}
	}
	*o++ = '?';
	strlcpy_safe(o, query, strlen(query) + 1);
	return u;
}

/*
 * Open p with URI parameters query (read-only unless query is "mode=rw"):
 * the handle, with *v and *tables set if the schema could be read.
 */
static sqlite3 *
open_ro(const char *p, const char *query, int64_t *v, int64_t *tables)
{
	sqlite3	*db = NULL;
	char	*uri = file_uri(p, query);
	int	 rc;

	rc = sqlite3_open_v2(uri, &db, (strcmp(query, "mode=rw") == 0 ?
	    SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY) | SQLITE_OPEN_URI |
	    SQLITE_OPEN_NOMUTEX, NULL);
	free(uri);
	if (rc == SQLITE_OK) {
		sqlite3_busy_timeout(db, HISTORY_BUSY_MS);
		sqlite3_extended_result_codes(db, 1);
		if (schema_of(db, v, tables) == 0)
			return db;
	}
	return db;
}

/*
 * Reading needs no write access. Where the file and its directory are
 * writable it is opened read-write all the same (never written), because
 * the last read-only connection leaves the -wal and -shm behind; else
 * mode=ro. A WAL file still needs its -shm, which a read-only directory
 * cannot hold: there, with no WAL content left over, nobody can be writing
 * the file, and immutable=1 reads it without one. A missing file reads as
 * an empty history, created nowhere; an old schema is migrated by the
 * writing open first.
 */
struct history *
history_open_read(const char *path, char **cause)
{
	struct history	*h;
	struct stat	 sb;
	sqlite3		*db;
	char		*p, *dir, *wal;
	int64_t		 v = -1, tables = 0;
	int		 wal_data;

	*cause = NULL;
	if (path == NULL) {
		dir = paths_state_dir();
		p = xasprintf("%s/history.db", dir);
		free(dir);
	} else
		p = xstrdup(path);
	if (sniff(p, cause) != 0) {
		free(p);
		return NULL;
	}
	if (stat(p, &sb) != 0 || sb.st_size == 0) {
		if (sqlite3_open(":memory:", &db) != SQLITE_OK) {
			sqlite3_close(db);
			*cause = xasprintf(_("%s: out of memory"), p);
			free(p);
			return NULL;
		}
		v = 0;
	} else if ((db = open_ro(p, writable(p) ? "mode=rw" : "mode=ro", &v,
	    &tables)) == NULL || v < 0) {
		wal = xasprintf("%s-wal", p);
		wal_data = stat(wal, &sb) == 0 && sb.st_size > 0;
		free(wal);
		if (!wal_data && !writable(p)) {
			sqlite3_close(db);
			db = open_ro(p, "immutable=1", &v, &tables);
		}
		if (db == NULL || v < 0) {
			*cause = db != NULL ? db_cause(db, p,
			    _("reading the history")) : xasprintf(_("cannot "
			    "open the history %s: out of memory"), p);
			sqlite3_close(db);
			free(p);
			return NULL;
		}
	}
	if (v > 0 && v < HISTORY_SCHEMA) {
		sqlite3_close(db);
		free(p);
		return history_open(path, cause);
	}
	if (v > HISTORY_SCHEMA || (v == 0 && tables > 0)) {
		*cause = v > 0 ? xasprintf(_("%s was written by a newer "
		    "unclench (schema %lld; this one knows up to %d); upgrade "
		    "unclench"), p, (long long)v, HISTORY_SCHEMA) : refuse(p,
		    _("is an SQLite database but not an unclench history"));
		sqlite3_close(db);
		free(p);
		return NULL;
	}
	h = xcalloc(1, sizeof *h);
	h->db = db;
	h->path = p;
	if (v == 0 && (add_functions(db) != 0 || migrate(h, cause) != 0)) {
		if (*cause == NULL)
			*cause = xasprintf(_("%s: out of memory"), p);
		history_close(h);
		return NULL;
	}
	return h;
}

void
history_close(struct history *h)
{
	if (h == NULL)
		return;
	sqlite3_close(h->db);
	/* Our own writes (and the checkpoint at close) keep it sound. */
	if (h->checked)
		verdict_save(h->path);
	free(h->path);
	free(h);
}

static void
bind_text(sqlite3_stmt *st, int i, const char *s)
{
	if (s == NULL)
		sqlite3_bind_null(st, i);
	else
		sqlite3_bind_text(st, i, s, -1, SQLITE_TRANSIENT);
}

/* Bind an item to an insert_sql[] or same_sql[] statement. */
static void
bind_item(sqlite3_stmt *st, const struct history_item *it)
{
	sqlite3_bind_int64(st, 1, it->at);
	switch (it->type) {
	case HREC_SESSION:
		sqlite3_bind_int64(st, 2, it->end);
		bind_text(st, 3, it->routine);
		bind_text(st, 4, it->kind);
		sqlite3_bind_int(st, 5, it->completed);
		sqlite3_bind_int(st, 6, it->steps_done);
		sqlite3_bind_int(st, 7, it->steps_total);
		break;
	case HREC_CRAMP:
		bind_text(st, 2, it->part);
		sqlite3_bind_int(st, 3, it->duration_s);
		sqlite3_bind_int(st, 4, it->severity);
		bind_text(st, 5, it->has_note ? it->note : NULL);
		break;
	case HREC_DRINK:
		sqlite3_bind_int64(st, 2, it->ml);
		break;
	case HREC_REMINDER:
		bind_text(st, 2, it->kind);
		bind_text(st, 3, it->action);
		break;
	default:
		break;
	}
}

/* An insert_sql[] statement's ?9: the item's uid, or a new one. */
static void
bind_uid(sqlite3_stmt *st, const struct history_item *it)
{
	bind_text(st, 9, it->uid[0] != '\0' ? it->uid : NULL);
}

/* Insert one item as its own committed transaction. */
static int
add_item(struct history *h, const struct history_item *it, char **cause)
{
	sqlite3_stmt	*st;
	int		 rc;

	if (sqlite3_prepare_v2(h->db, insert_sql[it->type], -1, &st, NULL) !=
	    SQLITE_OK) {
		*cause = h_cause(h, _("saving a record"));
		return -1;
	}
	bind_item(st, it);
	bind_uid(st, it);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		*cause = h_cause(h, _("saving a record"));
		return -1;
	}
	return 0;
}

/* Copy a string into a fixed field; -1 if it does not fit. */
static int
copy_field(char *dst, size_t len, const char *src)
{
	return strlcpy_safe(dst, src != NULL ? src : "", len) < len ? 0 : -1;
}

int
history_add_session(struct history *h, const struct session_record *r,
    char **cause)
{
	struct history_item it = { .type = HREC_SESSION };

	if (r->routine == NULL || r->kind == NULL ||
	    copy_field(it.routine, sizeof it.routine, r->routine) != 0 ||
	    copy_field(it.kind, sizeof it.kind, r->kind) != 0) {
		*cause = xasprintf(_("%s: not saved: a session needs a routine "
		    "name (at most %d bytes) and a kind"), h->path,
		    NAME_MAX_LEN);
		return -1;
	}
	it.at = r->start;
	/* The wall clock may step back mid-session: keep the record. */
	it.end = r->end >= r->start ? r->end : r->start;
	it.completed = r->completed != 0;
	it.steps_done = r->steps_done < 0 ? 0 : r->steps_done;
	it.steps_total = r->steps_total < 0 ? 0 : r->steps_total;
	return add_item(h, &it, cause);
}

int
history_add_cramp(struct history *h, const struct cramp_record *r,
    char **cause)
{
	struct history_item it = { .type = HREC_CRAMP };

	if (r->part == NULL || *r->part == '\0' ||
	    copy_field(it.part, sizeof it.part, r->part) != 0) {
		*cause = xasprintf(_("%s: not saved: a cramp needs a body "
		    "part"), h->path);
		return -1;
	}
	if (r->severity < 0 || r->severity > 10) {
		*cause = xasprintf(_("%s: not saved: severity %d is not 1-10"),
		    h->path, r->severity);
		return -1;
	}
	if (r->note != NULL && copy_field(it.note, sizeof it.note, r->note)
	    != 0) {
		*cause = xasprintf(_("%s: not saved: the note is longer than "
		    "%d bytes"), h->path, HISTORY_NOTE_MAX);
		return -1;
	}
	it.has_note = r->note != NULL;
	it.at = r->start;
	it.duration_s = r->duration_s < 0 ? -1 : r->duration_s;
	it.severity = r->severity;
	return add_item(h, &it, cause);
}

int
history_add_drink(struct history *h, time_t at, long ml, char **cause)
{
	struct history_item it = { .type = HREC_DRINK };

	if (ml < 1 || ml > HISTORY_DRINK_MAX_ML) {
		*cause = xasprintf(_("%s: not saved: a drink of %ld ml "
		    "(expected 1-%d)"), h->path, ml, HISTORY_DRINK_MAX_ML);
		return -1;
	}
	it.at = at;
	it.ml = ml;
	return add_item(h, &it, cause);
}

int
history_add_reminder(struct history *h, time_t at, const char *kind,
    const char *action, char **cause)
{
	struct history_item it = { .type = HREC_REMINDER };

	if (kind == NULL || action == NULL ||
	    copy_field(it.kind, sizeof it.kind, kind) != 0 ||
	    copy_field(it.action, sizeof it.action, action) != 0) {
		*cause = xasprintf(_("%s: not saved: a reminder needs a kind "
		    "and an action (at most 15 bytes each)"), h->path);
		return -1;
	}
	it.at = at;
	return add_item(h, &it, cause);
}

int
history_last_drink(struct history *h, time_t *at)
{
	sqlite3_stmt	*st;
	int		 rc, r = -1;

	if (sqlite3_prepare_v2(h->db, "SELECT max(at) FROM drinks WHERE "
	    SQL_TIME_OK("at") " AND " SQL_ML_OK, -1, &st, NULL) != SQLITE_OK)
		return -1;
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		if (sqlite3_column_type(st, 0) == SQLITE_NULL)
			r = 1;
		else {
			*at = (time_t)sqlite3_column_int64(st, 0);
			r = 0;
		}
	}
	sqlite3_finalize(st);
	return r;
}

long
history_water_between(struct history *h, time_t from, time_t to)
{
	sqlite3_stmt	*st;
	long		 ml = -1;

	if (sqlite3_prepare_v2(h->db, "SELECT coalesce(sum(ml), 0) FROM "
	    "drinks WHERE at >= ?1 AND at < ?2 AND " SQL_ML_OK, -1, &st, NULL)
	    != SQLITE_OK)
		return -1;
	sqlite3_bind_int64(st, 1, from);
	sqlite3_bind_int64(st, 2, to);
	if (sqlite3_step(st) == SQLITE_ROW)
		ml = (long)sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return ml;
}

static void
column_text(sqlite3_stmt *st, int i, char *dst, size_t len)
{
	const unsigned char *s = sqlite3_column_text(st, i);

	strlcpy_safe(dst, s != NULL ? (const char *)s : "", len);
}


/* An integer column within [lo, hi]: 0 and *out, or -1. */
static int
col_int(sqlite3_stmt *st, int i, int64_t lo, int64_t hi, int64_t *out)
{
	int64_t v;

	if (sqlite3_column_type(st, i) != SQLITE_INTEGER)
		return -1;
	v = sqlite3_column_int64(st, i);
	if (v < lo || v > hi)
		return -1;
	*out = v;
	return 0;
}

/* The numbers of a row of the ROW_* shape, checked: 0, or -1 if damaged. */
static int
item_numbers(sqlite3_stmt *st, struct history_item *it)
{
	int64_t a = 0, b = 0, c = 0, d = 0;

	if (col_int(st, 2, TIME_MIN, TIME_MAX, &a) != 0)
		return -1;
	it->at = (time_t)a;
	switch (it->type) {
	case HREC_SESSION:
		if (col_int(st, 3, a, TIME_MAX, &b) != 0 ||
		    col_int(st, 6, 0, 1, &c) != 0 ||
		    col_int(st, 7, 0, ROUTINE_MAX_STEPS, &d) != 0)
			return -1;
		it->end = (time_t)b;
		it->completed = (int)c;
		it->steps_done = (int)d;
		if (col_int(st, 8, 0, ROUTINE_MAX_STEPS, &d) != 0)
			return -1;
		it->steps_total = (int)d;
		return 0;
	case HREC_CRAMP:
		if (col_int(st, 10, -1, 86400, &b) != 0 ||
		    col_int(st, 11, 0, 10, &c) != 0)
			return -1;
		it->duration_s = (int)b;
		it->severity = (int)c;
		return 0;
	case HREC_DRINK:
		if (col_int(st, 13, 1, HISTORY_DRINK_MAX_ML, &b) != 0)
			return -1;
		it->ml = (long)b;
		return 0;
	case HREC_REMINDER:
		return 0;
	default:
		return -1;
	}
}

/* Read a row of the ROW_* shape: 0, or -1 if a value is out of range. */
static int
item_from_row(sqlite3_stmt *st, struct history_item *it)
{
	memset(it, 0, sizeof *it);
	it->type = (enum history_type)sqlite3_column_int(st, 0);
	it->id = sqlite3_column_int64(st, 1);
	column_text(st, 4, it->routine, sizeof it->routine);
	column_text(st, 5, it->kind, sizeof it->kind);
	column_text(st, 9, it->part, sizeof it->part);
	it->has_note = sqlite3_column_type(st, 12) != SQLITE_NULL;
	column_text(st, 12, it->note, sizeof it->note);
	column_text(st, 14, it->action, sizeof it->action);
	/* A uid edited into something else reads as none. */
	column_text(st, 15, it->uid, sizeof it->uid);
	if (sqlite3_column_bytes(st, 15) != HISTORY_UID_LEN ||
	    history_uid_parse(it->uid, it->uid) != 0)
		it->uid[0] = '\0';
	return item_numbers(st, it);
}

size_t
history_damaged(const struct history *h)
{
	return h->damaged;
}

int
history_undo_drink(struct history *h, time_t at, long ml, char **cause)
{
	sqlite3_stmt	*st = NULL;
	int		 r;

	/* One statement: atomic without a transaction of its own. */
	if (sqlite3_prepare_v2(h->db, "DELETE FROM drinks WHERE id = ("
	    "SELECT max(id) FROM drinks WHERE at = ?1 AND ml = ?2)", -1, &st,
	    NULL) != SQLITE_OK)
		goto fail;
	sqlite3_bind_int64(st, 1, (sqlite3_int64)at);
	sqlite3_bind_int64(st, 2, (sqlite3_int64)ml);
	if (sqlite3_step(st) != SQLITE_DONE)
		goto fail;
	r = sqlite3_changes(h->db) > 0 ? 0 : 1;
	sqlite3_finalize(st);
	return r;
fail:
	*cause = h_cause(h, _("undoing the drink"));
	sqlite3_finalize(st);
	return -1;
}

int
history_undo_last(struct history *h, struct history_item *out, char **cause)
{
	static const char *const one[] = {
		ROW_SESSIONS " WHERE id = ?1", ROW_CRAMPS " WHERE id = ?1",
		ROW_DRINKS " WHERE id = ?1"
	};
	static const char *const del[] = {
		"DELETE FROM sessions WHERE id = ?1",
		"DELETE FROM cramps WHERE id = ?1",
		"DELETE FROM drinks WHERE id = ?1"
	};
	sqlite3_stmt	*st = NULL;
	int		 type, found = 0;
	int64_t		 id = 0;

	if (sqlite3_exec(h->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) !=
	    SQLITE_OK) {
		*cause = h_cause(h, _("undoing the last record"));
		return -1;
	}
	if (sqlite3_prepare_v2(h->db, "SELECT t, id FROM ("
	    "SELECT 0 AS t, max(id) AS id FROM sessions UNION ALL "
	    "SELECT 1, max(id) FROM cramps UNION ALL "
	    "SELECT 2, max(id) FROM drinks) WHERE id IS NOT NULL "
	    "ORDER BY id DESC, t DESC LIMIT 1", -1, &st, NULL) != SQLITE_OK)
		goto fail;
	switch (sqlite3_step(st)) {
	case SQLITE_ROW:
		type = sqlite3_column_int(st, 0);
		id = sqlite3_column_int64(st, 1);
		found = 1;
		break;
	case SQLITE_DONE:
		type = -1;
		break;
	default:
		goto fail;
	}
	sqlite3_finalize(st);
	st = NULL;
	if (!found) {
		sqlite3_exec(h->db, "ROLLBACK", NULL, NULL, NULL);
		return 1;
	}
	if (sqlite3_prepare_v2(h->db, one[type], -1, &st, NULL) != SQLITE_OK)
		goto fail;
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) != SQLITE_ROW)
		goto fail;
	/* A damaged newest record is still removed, its numbers zero. */
	if (item_from_row(st, out) != 0)
		h->damaged++;
	sqlite3_finalize(st);
	if (sqlite3_prepare_v2(h->db, del[type], -1, &st, NULL) != SQLITE_OK)
		goto fail;
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) != SQLITE_DONE)
		goto fail;
	sqlite3_finalize(st);
	st = NULL;
	if (sqlite3_exec(h->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
		goto fail;
	return 0;
fail:
	*cause = h_cause(h, _("undoing the last record"));
	sqlite3_finalize(st);
	sqlite3_exec(h->db, "ROLLBACK", NULL, NULL, NULL);
	return -1;
}

int
history_foreach(struct history *h, time_t since,
    int (*fn)(const struct history_item *, void *), void *arg, char **cause)
{
	sqlite3_stmt		*st;
	struct history_item	 it;
	int			 rc;

	if (sqlite3_prepare_v2(h->db,
	    ROW_SESSIONS " WHERE started >= ?1 UNION ALL "
	    ROW_CRAMPS " WHERE started >= ?1 UNION ALL "
	    ROW_DRINKS " WHERE at >= ?1 UNION ALL "
	    ROW_REMINDERS " WHERE at >= ?1 ORDER BY 3, 1, 2", -1, &st, NULL) !=
	    SQLITE_OK) {
		*cause = h_cause(h, _("reading the history"));
		return -1;
	}
	/* 0: every row, damaged times before 1970 too (to count them). */
	sqlite3_bind_int64(st, 1, since != 0 ? (int64_t)since : INT64_MIN);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (item_from_row(st, &it) != 0) {
			h->damaged++;
			continue;
		}
		if (fn(&it, arg) != 0) {
			rc = SQLITE_DONE;
			break;
		}
	}
	if (rc != SQLITE_DONE) {
		*cause = h_cause(h, _("reading the history"));
		sqlite3_finalize(st);
		return -1;
	}
	sqlite3_finalize(st);
	return 0;
}

static char *
item_key(const struct history_item *it)
{
	return xasprintf("%d\037%lld\037%lld\037%s\037%s\037%d\037%d\037%d"
	    "\037%s\037%d\037%d\037%d:%s\037%ld\037%s", (int)it->type,
	    (long long)it->at, (long long)it->end, it->routine, it->kind,
	    it->completed, it->steps_done, it->steps_total, it->part,
	    it->duration_s, it->severity, it->has_note, it->note, it->ml,
	    it->action);
}

/*
 * An import in progress: one transaction. A record with a uid is new
 * unless that uid is in the diary (so imports in either direction
 * converge). A record without one (an export from before uids) keeps the
 * old rule: the n-th copy of a record in
 * the file is matched against the n-th copy already in the store; the
 * copies seen so far are counted in a temporary table (SQLite's bounded
 * page cache, not the heap), and only for records the store already holds,
 * so memory stays flat however large the file is.
 */
struct history_import {
	struct history	*h;
	sqlite3_stmt	*ins[HREC_COUNT], *same[HREC_COUNT], *seen, *uid_seen;
	int64_t		 last_id, last_rem;	/* the newest before it */
	int64_t		 next_id;		/* of the next record added */
	int		 big_cache;
	size_t		 added, skipped;
};

static void
import_finalize(struct history_import *im)
{
	int t;

	for (t = 0; t < HREC_COUNT; t++) {
		sqlite3_finalize(im->ins[t]);
		sqlite3_finalize(im->same[t]);
		im->ins[t] = im->same[t] = NULL;
	}
	sqlite3_finalize(im->seen);
	sqlite3_finalize(im->uid_seen);
	im->seen = im->uid_seen = NULL;
}

struct history_import *
history_import_begin(struct history *h, char **cause)
{
	struct history_import	*im;
	int			 t;

	if (sqlite3_exec(h->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) !=
	    SQLITE_OK) {
		*cause = h_cause(h, _("importing"));
		return NULL;
	}
	im = xcalloc(1, sizeof *im);
	im->h = h;
	if (query_int(h->db, "SELECT " NEXT_ID " - 1", &im->last_id) != 0 ||
	    query_int(h->db, "SELECT coalesce(max(id), 0) FROM reminders",
	    &im->last_rem) != 0 ||
	    sqlite3_exec(h->db, "CREATE TEMP TABLE import_seen (k TEXT "
	    "PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID", NULL, NULL,
	    NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(h->db, "INSERT INTO import_seen (k, n) "
	    "VALUES (?1, 1) ON CONFLICT (k) DO UPDATE SET n = n + 1 "
	    "RETURNING n", -1, &im->seen, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(h->db, UID_SEEN_SQL, -1, &im->uid_seen, NULL) !=
	    SQLITE_OK)
		goto fail;
	for (t = 0; t < HREC_COUNT; t++) {
		if (sqlite3_prepare_v2(h->db, import_insert_sql[t], -1,
		    &im->ins[t], NULL) != SQLITE_OK ||
		    sqlite3_prepare_v2(h->db, same_sql[t], -1, &im->same[t],
		    NULL) != SQLITE_OK)
			goto fail;
	}
	im->next_id = im->last_id + 1;
	return im;
fail:
	*cause = h_cause(h, _("importing (nothing was imported)"));
	import_finalize(im);
	sqlite3_exec(h->db, "ROLLBACK", NULL, NULL, NULL);
	free(im);
	return NULL;
}

/* How many copies of it this import has met before this one. */
static int
import_seen_before(struct history_import *im, const struct history_item *it)
{
	char	*key = item_key(it);
	int	 n = -1;

	sqlite3_reset(im->seen);
	sqlite3_bind_text(im->seen, 1, key, -1, SQLITE_TRANSIENT);
	if (sqlite3_step(im->seen) == SQLITE_ROW)
		n = sqlite3_column_int(im->seen, 0) - 1;
	sqlite3_reset(im->seen);
	free(key);
	return n;
}

/* Does the diary hold a record with it->uid? 1, 0, or -1 on an error. */
static int
import_uid_seen(struct history_import *im, const struct history_item *it)
{
	int r = -1;

	sqlite3_reset(im->uid_seen);
	sqlite3_bind_text(im->uid_seen, 1, it->uid, -1, SQLITE_TRANSIENT);
	if (sqlite3_step(im->uid_seen) == SQLITE_ROW)
		r = sqlite3_column_int(im->uid_seen, 0) != 0;
	sqlite3_reset(im->uid_seen);
	return r;
}

/* Is a record without a uid one the store holds? 1, 0, or -1. */
static int
import_same_seen(struct history_import *im, const struct history_item *it)
{
	int t = it->type, old, before;

	/* Into an empty diary (a restore, a first sync) nothing is old. */
	if ((t == HREC_REMINDER ? im->last_rem : im->last_id) == 0)
		return 0;
	sqlite3_reset(im->same[t]);
	bind_item(im->same[t], it);
	sqlite3_bind_int64(im->same[t], 8,
	    t == HREC_REMINDER ? im->last_rem : im->last_id);
	if (sqlite3_step(im->same[t]) != SQLITE_ROW)
		return -1;
	old = sqlite3_column_int(im->same[t], 0);
	if (old == 0)
		return 0;
	if ((before = import_seen_before(im, it)) < 0)
		return -1;
	return before < old;
}

int
history_import_add(struct history_import *im, const struct history_item *it,
    char **cause)
{
	int t, seen;

	if (it->type >= HREC_COUNT)
		goto fail;
	t = it->type;
	/*
	 * The ids this store makes grow with time and land at the end of
	 * their index, but a file's may be random (version 4, from an older
	 * unclench): looked up and inserted anywhere in the index, they
	 * reread and rewrite its pages for nearly every record with the
	 * default 2 MB cache. 32 MB from the first record with an id.
	 */
	if (it->uid[0] != '\0' && !im->big_cache) {
		(void)sqlite3_exec(im->h->db, "PRAGMA cache_size = -32768",
		    NULL, NULL, NULL);
		im->big_cache = 1;
	}
	seen = it->uid[0] != '\0' ? import_uid_seen(im, it) :
	    import_same_seen(im, it);
	if (seen < 0)
		goto fail;
	if (seen) {
		im->skipped++;
		return 0;
	}
	sqlite3_reset(im->ins[t]);
	bind_item(im->ins[t], it);
	bind_uid(im->ins[t], it);
	if (t != HREC_REMINDER)
		sqlite3_bind_int64(im->ins[t], 10, im->next_id);
	if (sqlite3_step(im->ins[t]) != SQLITE_DONE)
		goto fail;
	if (t != HREC_REMINDER)
		im->next_id++;
	im->added++;
	return 0;
fail:
	*cause = h_cause(im->h, _("importing (nothing was imported)"));
	return -1;
}

int
history_import_end(struct history_import *im, int commit, size_t *added,
    size_t *skipped, char **cause)
{
	sqlite3	*db = im->h->db;
	int	 ok = 0;

	*added = *skipped = 0;
	import_finalize(im);
	if (commit && sqlite3_exec(db, "DROP TABLE temp.import_seen; COMMIT",
	    NULL, NULL, NULL) == SQLITE_OK) {
		ok = 1;
		*added = im->added;
		*skipped = im->skipped;
	} else if (commit)
		*cause = h_cause(im->h, _("importing (nothing was imported)"));
	if (!ok)
		sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
	free(im);
	return ok || !commit ? 0 : -1;
}

int
history_import(struct history *h, const struct history_item *items,
    size_t n, size_t *added, size_t *skipped, char **cause)
{
	struct history_import	*im;
	size_t			 i;

	*added = *skipped = 0;
	if ((im = history_import_begin(h, cause)) == NULL)
		return -1;
	for (i = 0; i < n; i++)
		if (history_import_add(im, &items[i], cause) != 0)
			break;
	if (i < n) {
		history_import_end(im, 0, added, skipped, cause);
		return -1;
	}
	return history_import_end(im, 1, added, skipped, cause);
}

/* A growing array. */
static void *
grow(void *p, size_t *cap, size_t n, size_t size)
{
	if (n < *cap)
		return p;
	*cap = *cap ? *cap * 2 : 256;
	return xreallocarray(p, *cap, size);
}

static int
part_index(const char *part)
{
	size_t i;

	for (i = 0; i < relief_nparts; i++)
		if (strcmp(part, relief_parts[i]) == 0)
			return (int)i;
	return -1;
}

/* 1 + the index of the trigger a note records ("trigger: TEXT"), or 0. */
static int
trigger_index(const char *note)
{
	static const char prefix[] = "trigger: ";
	size_t i;

	if (note == NULL || strncmp(note, prefix, sizeof prefix - 1) != 0)
		return 0;
	for (i = 0; i < cramp_ntriggers; i++)
		if (strcmp(note + sizeof prefix - 1, cramp_triggers[i]) == 0)
			return (int)i + 1;
	return 0;
}

/*
 * A session row (started, ended at columns 0 and 1; completed, steps_done,
 * steps_total from column c): 1 if a value is out of range. *a is the raw
 * start, *b the end.
 */
static int
session_damaged(sqlite3_stmt *st, int c, int64_t *a, int64_t *b)
{
	int64_t v;

	*a = sqlite3_column_int64(st, 0);
	return col_int(st, 0, TIME_MIN, TIME_MAX, &v) != 0 ||
	    col_int(st, 1, v, TIME_MAX, b) != 0 ||
	    col_int(st, c, 0, 1, &v) != 0 ||
	    col_int(st, c + 1, 0, ROUTINE_MAX_STEPS, &v) != 0 ||
	    col_int(st, c + 2, 0, ROUTINE_MAX_STEPS, &v) != 0;
}

/* The records history_stats() gathers, and what their arrays hold. */
struct stats_read {
	struct history			*h;
	const struct cal_zone		*z;
	sqlite3_stmt			*st;
	time_t				 from, to;
	struct stats_input		 in;
	struct stats_drink		*drinks;
	struct stats_cramp		*cramps;
	struct stats_session		*sessions;
	int				*done;
	size_t				 cap[4];
};

/* Prepare sql with the window [from, to) bound as ?1 and ?2 (if used). */
static int
read_prepare(struct stats_read *r, const char *sql)
{
	if (sqlite3_prepare_v2(r->h->db, sql, -1, &r->st, NULL) != SQLITE_OK)
		return -1;
	if (sqlite3_bind_parameter_count(r->st) >= 2) {
		sqlite3_bind_int64(r->st, 1, r->from);
		sqlite3_bind_int64(r->st, 2, r->to);
	}
	return 0;
}

/* Finish a statement stepped to rc: 0 if it ran to its end. */
static int
read_done(struct stats_read *r, int rc)
{
	sqlite3_finalize(r->st);
	r->st = NULL;
	return rc == SQLITE_DONE ? 0 : -1;
}

static int
read_drinks(struct stats_read *r)
{
	int64_t	a, b;
	int	rc;

	if (read_prepare(r, "SELECT at, ml FROM drinks WHERE at >= ?1 AND "
	    "at < ?2") != 0)
		return -1;
	while ((rc = sqlite3_step(r->st)) == SQLITE_ROW) {
		if (col_int(r->st, 0, TIME_MIN, TIME_MAX, &a) != 0 ||
		    col_int(r->st, 1, 1, HISTORY_DRINK_MAX_ML, &b) != 0) {
			r->h->damaged++;
			continue;
		}
		r->drinks = grow(r->drinks, &r->cap[0], r->in.ndrinks,
		    sizeof *r->drinks);
		r->drinks[r->in.ndrinks].day = cal_day(r->z, (time_t)a, NULL);
		r->drinks[r->in.ndrinks++].ml = (long)b;
	}
	return read_done(r, rc);
}

static int
read_cramps(struct stats_read *r)
{
	struct stats_cramp	*c;
	const unsigned char	*part;
	int64_t			 a, b;
	int			 rc;

	if (read_prepare(r, "SELECT started, part, duration_s, severity, note "
	    "FROM cramps WHERE started >= ?1 AND started < ?2") != 0)
		return -1;
	while ((rc = sqlite3_step(r->st)) == SQLITE_ROW) {
		part = sqlite3_column_text(r->st, 1);
		if (col_int(r->st, 0, TIME_MIN, TIME_MAX, &a) != 0 ||
		    col_int(r->st, 2, -1, 86400, &b) != 0 ||
		    col_int(r->st, 3, 0, 10, &b) != 0) {
			r->h->damaged++;
			continue;
		}
		r->cramps = grow(r->cramps, &r->cap[1], r->in.ncramps,
		    sizeof *r->cramps);
		c = &r->cramps[r->in.ncramps++];
		c->day = cal_day(r->z, (time_t)a, &c->minute);
		c->severity = (int)b;
		c->trigger = trigger_index(
		    (const char *)sqlite3_column_text(r->st, 4));
		c->part = part != NULL ? part_index((const char *)part) : -1;
	}
	return read_done(r, rc);
}

static int
read_sessions(struct stats_read *r)
{
	struct stats_session	*s;
	const unsigned char	*kind;
	int64_t			 a, b;
	int			 rc;

	if (read_prepare(r, "SELECT started, ended, kind, completed, "
	    "steps_done, steps_total FROM sessions WHERE started >= ?1 AND "
	    "started < ?2") != 0)
		return -1;
	while ((rc = sqlite3_step(r->st)) == SQLITE_ROW) {
		kind = sqlite3_column_text(r->st, 2);
		if (session_damaged(r->st, 3, &a, &b)) {
			r->h->damaged++;
			continue;
		}
		r->sessions = grow(r->sessions, &r->cap[2], r->in.nsessions,
		    sizeof *r->sessions);
		s = &r->sessions[r->in.nsessions++];
		s->day = cal_day(r->z, (time_t)a, &s->minute);
		s->kind = kind != NULL ?
		    routine_kind_parse((const char *)kind) : -1;
		/* Completed with no step done (an import, an old record): it
		 * is not. */
		s->completed = sqlite3_column_int(r->st, 3) &&
		    sqlite3_column_int(r->st, 4) > 0;
		s->seconds = b > a ? (long)(b - a) : 0;
	}
	return read_done(r, rc);
}

/* Streaks look at all time: one local day per completed session. */
static int
read_done_days(struct stats_read *r)
{
	int64_t	a;
	int	rc, day;

	if (read_prepare(r, "SELECT started FROM sessions WHERE completed = 1 "
	    "AND ended >= started AND steps_done BETWEEN 1 AND 200 AND "
	    "steps_total BETWEEN 0 AND 200 ORDER BY started") != 0)
		return -1;
	while ((rc = sqlite3_step(r->st)) == SQLITE_ROW) {
		/* Rows damaged otherwise are left out by the query (those in
		 * the window were counted above); a bad start is never in it. */
		if (col_int(r->st, 0, TIME_MIN, TIME_MAX, &a) != 0) {
			r->h->damaged++;
			continue;
		}
		day = cal_day(r->z, (time_t)a, NULL);
		if (r->in.ndone_days > 0 && r->done[r->in.ndone_days - 1] == day)
			continue;
		r->done = grow(r->done, &r->cap[3], r->in.ndone_days,
		    sizeof *r->done);
		r->done[r->in.ndone_days++] = day;
	}
	return read_done(r, rc);
}

/* The day of the first record of any kind; after today if none. */
static int
read_first_day(struct stats_read *r)
{
	int64_t first;

	/* ORDER BY ... LIMIT 1 walks the index from its start; min() with a
	 * WHERE would scan it all. */
	if (query_int(r->h->db, "SELECT coalesce(min(m), -1) FROM ("
	    "SELECT (SELECT at FROM drinks WHERE " SQL_TIME_OK("at")
	    " ORDER BY at LIMIT 1) AS m UNION ALL SELECT (SELECT started "
	    "FROM cramps WHERE " SQL_TIME_OK("started") " ORDER BY started "
	    "LIMIT 1) UNION ALL SELECT (SELECT started FROM sessions WHERE "
	    SQL_TIME_OK("started") " ORDER BY started LIMIT 1))", &first) != 0)
		return -1;
	r->in.first_day = first == -1 ? r->in.today + 1 :
	    cal_day(r->z, (time_t)first, NULL);
	return 0;
}

int
history_stats(struct history *h, time_t now, int days, long goal_ml,
    int night_from, int night_to, struct stats *out, char **cause)
{
	struct stats_read	 r;
	int			 rc = -1;

	memset(&r, 0, sizeof r);
	r.h = h;
	r.z = &cal_zone_local;
	tzset();
	r.in.today = cal_day(r.z, now, &r.in.now_minute);
	r.in.days = days < 1 ? 1 : days > STATS_MAX_DAYS ? STATS_MAX_DAYS :
	    days;
	r.in.goal_ml = goal_ml;
	r.in.night_from = night_from;
	r.in.night_to = night_to;
	r.from = cal_instant(r.z, stats_first_needed_day(r.in.today,
	    r.in.days), 0);
	r.to = cal_instant(r.z, r.in.today + 1, 0);

	/* One snapshot for every query. */
	if (sqlite3_exec(h->db, "BEGIN", NULL, NULL, NULL) == SQLITE_OK &&
	    read_first_day(&r) == 0 && read_drinks(&r) == 0 &&
	    read_cramps(&r) == 0 && read_sessions(&r) == 0 &&
	    read_done_days(&r) == 0) {
		sqlite3_exec(h->db, "COMMIT", NULL, NULL, NULL);
		r.in.drinks = r.drinks;
		r.in.cramps = r.cramps;
		r.in.sessions = r.sessions;
		r.in.done_days = r.done;
		stats_compute(&r.in, out);
		rc = 0;
	} else {
		*cause = h_cause(h, _("reading the history"));
		sqlite3_finalize(r.st);
		sqlite3_exec(h->db, "ROLLBACK", NULL, NULL, NULL);
	}
	free(r.drinks);
	free(r.cramps);
	free(r.sessions);
	free(r.done);
	return rc;
}
