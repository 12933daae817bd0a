/*
 * relief_text: plain lines only: text from a routine file is untrusted,
 * so a control character is printed as '?', and lines are wrapped at
 * spaces to WIDTH columns (UTF-8 continuation bytes take none).
 */
#include "relief_text.h"

#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "format.h"
#include "i18n.h"
#include "files_parts.h"
#include "routine.h"
#include "util.h"
#include "view_signs.h"

#define WIDTH	72

/* Columns of s[0..n): every byte but a UTF-8 continuation byte. */
static int
cols(const char *s, size_t n)
{
	size_t	i;
	int	c = 0;

	for (i = 0; i < n; i++)
		if ((s[i] & 0xc0) != 0x80)
			c++;
	return c;
}

static void
put_safe(FILE *f, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		fputc((unsigned char)s[i] < 0x20 || s[i] == 0x7f ? '?' : s[i],
		    f);
}

/*
 * A translated line with one %s, said (untrusted: put_safe). Only "%s"
 * is read from the format: translations are data too.
 */
static void
put_safe_fmt(FILE *f, const char *fmt, const char *said)
{
	const char *at = strstr(fmt, "%s");

	if (at == NULL) {
		fputs(fmt, f);
		return;
	}
	fwrite(fmt, 1, (size_t)(at - fmt), f);
	put_safe(f, said, strlen(said));
	fputs(at + 2, f);
}

/* One paragraph, wrapped, each line after the first indented too. */
static void
para(FILE *f, const char *indent, const char *s)
{
	int	room = WIDTH - (int)strlen(indent);
	size_t	n, brk;

	while (*s == ' ')
		s++;
	while (*s != '\0') {
		brk = 0;
		for (n = 0; s[n] != '\0' && cols(s, n + 1) <= room; n++)
			if (s[n] == ' ')
				brk = n;
		if (s[n] == '\0' || s[n] == ' ')
			brk = n;
		else if (brk == 0)
			brk = n > 0 ? n : 1;	/* a word longer than a line */
		fputs(indent, f);
		put_safe(f, s, brk);
		fputc('\n', f);
		s += brk;
		while (*s == ' ')
			s++;
	}
}

/* The timing a step would have on screen, in a few words. */
static void
timing(FILE *f, const struct step *st)
{
	char buf[96];

	buf[0] = '\0';
	if (st->type == STEP_STRETCH && st->hold_ms > 0 && st->reps > 1)
		snprintf(buf, sizeof buf, NG_("hold %d s, %d time",
		    "hold %d s, %d times", (unsigned long)st->reps),
		    st->hold_ms / 1000, st->reps);
	else if (st->type == STEP_STRETCH && st->hold_ms > 0)
		snprintf(buf, sizeof buf, _("hold %d s"),
		    st->hold_ms / 1000);
	else if (st->type == STEP_BREATHE && st->cycles > 0)
		snprintf(buf, sizeof buf, NG_("%d slow breath",
		    "%d slow breaths", (unsigned long)st->cycles), st->cycles);
	else if (st->type == STEP_WAIT)
		snprintf(buf, sizeof buf, "%s", _("at your own pace"));
	if (buf[0] != '\0')
		fprintf(f, "   (%s)\n", buf);
}

/* The warning signs, for the end of the plain text. */
static void
help_paras(FILE *f, const char *part)
{
	const char *const	*signs;
	size_t			 i, n;

	signs = view_signs_paras(&n);
	fputs(_("\nWhen to get help:\n"), f);
	for (i = 0; i < n; i++)
		if (signs[i][0] != '\0' && (!parts_is_leg(part) ||
		    strcmp(signs[i], view_signs_clot_para()) != 0))
			para(f, "  ", signs[i]);
}

/*
 * A word that names no part gets no guessed steps: a wrong stretch can
 * hurt (a shin cramp is eased the other way from a calf cramp).
 */
static int
unknown_part(FILE *f, const char *said, const char *why)
{
	char	parts[128];

	format_parts(parts, sizeof parts);
	fprintf(stderr, "unclench: %s\n", why);
	put_safe_fmt(f, _("Not sure which part \"%s\" is. Ask for one of:\n"),
	    said);
	fprintf(f, "  unclench now %s\n", parts);
	help_paras(f, NULL);
	return 0;
}

int
relief_text(FILE *f, const char *part, const char *said, const char *why)
{
	const struct routine	*r;
	struct routine		*owned;
	char			*warn, parts[128];
	size_t			 i;

	if (part == NULL && said[0] != '\0')
		return unknown_part(f, said, why);
	if (part == NULL)
		part = "calf";	/* no word: the most common cramp */
	if ((r = parts_relief_routine(part, &owned, &warn)) == NULL) {
		fprintf(stderr, _("unclench: now: no relief steps for %s\n"),
		    part);
		return EXIT_FAIL;
	}
	/* Why on stderr: what goes to stdout is the steps alone. */
	fprintf(stderr, "unclench: %s\n%s", why,
	    _("The relief steps, as plain text:\n"));
	if (said[0] != '\0') {
		put_safe_fmt(f, _("Not sure which part \"%s\" is: "), said);
		fprintf(f, _("here is the %s.\n"), part);
	}
	format_parts(parts, sizeof parts);
	fprintf(f, _("Another part: unclench now %s.\n"), parts);
	if (warn != NULL) {
		para(f, "", warn);
		free(warn);
	}
	fputc('\n', f);
	para(f, "", r->title);
	if (parts_is_leg(part)) {
		/* The clot check first: the toe pull worsens clot pain. */
		fputc('\n', f);
		para(f, "", view_signs_clot_para());
	}
	for (i = 0; i < r->nsteps; i++) {
		fprintf(f, "\n%zu. ", i + 1);
		put_safe(f, r->steps[i].title, strlen(r->steps[i].title));
		fputc('\n', f);
		timing(f, &r->steps[i]);
		para(f, "   ", r->steps[i].text);
	}
	help_paras(f, part);
	routine_free(owned);
	return 0;
}
