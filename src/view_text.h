/*
 * view_text: a titled page of wrapped paragraphs that scrolls when it is
 * longer than the screen. The Help screen, the warning signs, the
 * 10-minute red flag and one-off messages are all text pages.
 */
#ifndef UNCLENCH_VIEW_TEXT_H
#define UNCLENCH_VIEW_TEXT_H

#include "view.h"

enum text_close {
	TEXT_CLOSE_ANY,		/* any key but a scroll key */
	TEXT_CLOSE_ENTER	/* only Enter: it must be acknowledged */
};

struct text_page {
	const char		*title;
	enum theme_role		 title_role;
	const char *const	*paras;		/* "" is a blank line */
	size_t			 nparas;
	const char		*hint;		/* the bottom line */
	enum text_close		 close;
	/* Called after the page is closed by the user (not on teardown). */
	void			(*closed)(struct app *, void *);
	void			*arg;
};

/* Open a page (the strings must outlive it: static text or copies). */
void	 view_text_open(struct app *, const struct text_page *);

/* A one-off message: title and one paragraph, copied. Any key closes. */
void	 view_text_message_open(struct app *, const char *title,
	     const char *text);

#endif
