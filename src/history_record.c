/*
 * history_record: the record types' names, as the export format and the
 * store's queries spell them.
 */
#include "history_record.h"

#include <ctype.h>
#include <string.h>

static const char *const type_names[HREC_COUNT] = {
	[HREC_SESSION] = "session",
	[HREC_CRAMP] = "cramp",
	[HREC_DRINK] = "drink",
	[HREC_REMINDER] = "reminder",
};

const char *
history_type_name(enum history_type t)
{
	return t < HREC_COUNT ? type_names[t] : "?";
}

int
history_type_parse(const char *s)
{
	int i;

	for (i = 0; i < HREC_COUNT; i++)
		if (strcmp(s, type_names[i]) == 0)
			return i;
	return -1;
}

int
history_uid_parse(const char *s, char out[HISTORY_UID_LEN + 1])
{
	size_t	i;

	if (strlen(s) != HISTORY_UID_LEN)
		return -1;
	for (i = 0; i < HISTORY_UID_LEN; i++) {
		if (i == 8 || i == 13 || i == 18 || i == 23) {
			if (s[i] != '-')
				return -1;
		} else if (!isxdigit((unsigned char)s[i]))
			return -1;
	}
	for (i = 0; i < HISTORY_UID_LEN; i++)
		out[i] = (char)tolower((unsigned char)s[i]);
	out[HISTORY_UID_LEN] = '\0';
	return 0;
}
