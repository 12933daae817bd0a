/*
 * i18n: the interface's strings through gettext. _() translates, N_()
 * only marks (for tables, translated where shown), NG_() picks the form
 * for a count. The translator is set by the entry (i18n_set): the core
 * calls this hook and never libintl itself, and with no translator set
 * (the unit tests) every string is its English self.
 */
#ifndef UNCLENCH_I18N_H
#define UNCLENCH_I18N_H

#define _(s)		i18n_tr(s)
#define N_(s)		s
#define NG_(s, p, n)	i18n_ntr(s, p, n)

/* format_arg: a translated format is checked as its English self is. */
const char	*i18n_tr(const char *) __attribute__((format_arg(1)));
const char	*i18n_ntr(const char *, const char *, unsigned long)
		    __attribute__((format_arg(1), format_arg(2)));
void		 i18n_set(char *(*tr)(const char *),
		     char *(*ntr)(const char *, const char *, unsigned long));

#endif
