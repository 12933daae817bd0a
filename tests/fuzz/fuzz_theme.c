/* Fuzz target: the theme loader. */
#include "fuzz_common.h"

#include "diag.h"
#include "theme.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct diag	d = { 0 };
	struct theme	t;
	char		path[64];
	int		fd;

	fuzz_ini(data, size);
	if (fuzz_file(data, size, path, sizeof path, &fd) != 0)
		return 0;
	theme_load(path, &t, &d);
	diag_clear(&d);
	close(fd);
	return 0;
}
