/* Fuzz target: the routine loader, and the engine over what it accepts. */
#include "fuzz_common.h"

#include "diag.h"
#include "routine_ini.h"
#include "session.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct diag	 d = { 0 };
	struct routine	*r;
	char		 path[64];
	int		 fd;

	fuzz_ini(data, size);
	if (fuzz_file(data, size, path, sizeof path, &fd) != 0)
		return 0;
	if ((r = routine_load(path, &d)) != NULL) {
		struct session		*s = session_new(r, 5000, 0);
		struct session_event	 ev[8];
		uint64_t		 now = 0;
		int			 i;

		/* Run it to the end on a fake clock: it must finish. */
		for (i = 0; i < 100000 && !session_is_finished(s); i++) {
			int64_t next = session_next_deadline(s);

			if (next < 0)
				session_confirm(s, now);
			else
				now = (uint64_t)next;
			session_tick(s, now, ev, 8);
		}
		if (!session_is_finished(s))
			__builtin_trap();
		session_free(s);
		routine_free(r);
	}
	diag_clear(&d);
	close(fd);
	return 0;
}
