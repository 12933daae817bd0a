/* Fuzz target: the config loader; a refused file leaves the config as it was. */
#include "fuzz_common.h"

#include <string.h>

#include "config.h"
#include "diag.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct config	 before, cfg;
	struct diag		 d = { 0 };
	char			 path[64];
	int			 fd;

	fuzz_ini(data, size);
	if (fuzz_file(data, size, path, sizeof path, &fd) != 0)
		return 0;
	config_defaults(&cfg);
	before = cfg;
	if (config_load(path, &cfg, &d) != 0 &&
	    memcmp(&before, &cfg, sizeof cfg) != 0)
		__builtin_trap();
	diag_clear(&d);
	close(fd);
	return 0;
}
