/*
 * json_read: a small JSON reader over a buffer, just what a flat file of
 * records needs, with line numbers. Pure (no I/O, no store): fuzzable.
 */
#ifndef UNCLENCH_JSON_READ_H
#define UNCLENCH_JSON_READ_H

/*
 * The text from p to end; line: the line p is on (1 at the start); why:
 * what was wrong when a call failed (static text).
 */
struct json_read {
	const char	*p, *end;
	int		 line;
	const char	*why;
};

/* The why of json_read_scalar for an object or an array (compare it). */
extern const char json_read_nested[];

/* Skip blank space, counting lines. */
void	 json_read_ws(struct json_read *);

/* A string at p into an allocated UTF-8 buffer, or NULL with why. */
char	*json_read_string(struct json_read *);

/*
 * A scalar at p as text in *out (allocated): a string, a number, true or
 * false; null gives NULL. -1 with why (json_read_nested for { or [).
 */
int	 json_read_scalar(struct json_read *, char **out);

/* Blank space then the character c, or -1 with why set to why. */
int	 json_read_expect(struct json_read *, char c, const char *why);

#endif
