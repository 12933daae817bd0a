/*
 * files_stall: the mount table comes from /proc/self/mountinfo (procfs
 * never stalls). A path is walked one component at a time, and each is
 * looked at (lstat, readlink) only once the table says it is on a local
 * filesystem: a stat() of a stalled mount point would itself block.
 */
#include "files_stall.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util.h"

#define MOUNTINFO_MAX	(1024 * 1024)
#define LINK_HOPS	40

/* Filesystems that always answer; any other kind may stall. */
static const char *const local_fs[] = { "ext2", "ext3", "ext4", "xfs",
    "btrfs", "tmpfs", "ramfs", "overlay", "f2fs", "vfat", "exfat",
    "jfs", "reiserfs", "zfs", "bcachefs", "nilfs2", "squashfs", "erofs",
    "devtmpfs", "proc", "sysfs" };

struct mnt {
	char	*dir;
	int	 risky;
};

static struct mnt	*mnts;
static size_t		 nmnts;
static int		 loaded;	/* 1: read; -1: unreadable */

/* The mountinfo escapes (\040 for a space ...) decoded in place. */
static void
unescape(char *s)
{
	char *o = s;

	for (; *s != '\0'; s++) {
		if (s[0] == '\\' && s[1] >= '0' && s[1] <= '3' &&
		    s[2] >= '0' && s[2] <= '7' && s[3] >= '0' && s[3] <= '7') {
			*o++ = (char)((s[1] - '0') * 64 + (s[2] - '0') * 8 +
			    (s[3] - '0'));
			s += 3;
		} else
			*o++ = *s;
	}
	*o = '\0';
}

static int
is_local(const char *type)
{
	size_t i;

	for (i = 0; i < nitems(local_fs); i++)
		if (strcmp(type, local_fs[i]) == 0)
			return 1;
	return 0;
}

/* One line: "ID PARENT MAJ:MIN ROOT DIR OPTS [TAGS...] - TYPE SRC ..." */
static void
add_line(char *line)
{
	char	*f[5], *sep, *type, *p = line;
	size_t	 i;

	for (i = 0; i < 5; i++) {
		f[i] = p;
		if ((p = strchr(p, ' ')) == NULL)
			return;
		*p++ = '\0';
	}
	if ((sep = strstr(p, " - ")) == NULL)
		return;
	type = sep + 3;
	type[strcspn(type, " ")] = '\0';
	unescape(f[4]);
	mnts = xreallocarray(mnts, nmnts + 1, sizeof *mnts);
	mnts[nmnts].dir = xstrdup(f[4]);
	mnts[nmnts].risky = !is_local(type);
	nmnts++;
}

static void
load_mounts(void)
{
	char	*buf, *line, *nl;
	size_t	 len = 0;
	ssize_t	 n;
	int	 fd;

	loaded = -1;
	if ((fd = open("/proc/self/mountinfo", O_RDONLY | O_CLOEXEC)) < 0)
		return;
	buf = xmalloc(MOUNTINFO_MAX + 1);
	while (len < MOUNTINFO_MAX && (n = read(fd, buf + len,
	    MOUNTINFO_MAX - len)) > 0)
		len += (size_t)n;
	close(fd);
	if (len > 0 && len < MOUNTINFO_MAX) {
		buf[len] = '\0';
		for (line = buf; *line != '\0'; line = nl + 1) {
			if ((nl = strchr(line, '\n')) == NULL)
				break;
			*nl = '\0';
			add_line(line);
		}
		loaded = nmnts > 0 ? 1 : -1;
	}
	free(buf);
}

/* Is path (absolute, no "." or "..") on a filesystem that may stall? */
static int
mount_risky(const char *path)
{
	size_t	i, len, best = 0;
	int	risky = 1;

	/* The deepest mount over path; of equals, the last (on top). */
	for (i = 0; i < nmnts; i++) {
		len = strlen(mnts[i].dir);
		if (strcmp(mnts[i].dir, "/") == 0)
			len = 0;
		else if (strncmp(path, mnts[i].dir, len) != 0 ||
		    (path[len] != '/' && path[len] != '\0'))
			continue;
		if (len >= best) {
			best = len;
			risky = mnts[i].risky;
		}
	}
	return risky;
}

/* Drop the last component of an absolute path ("" is the root). */
static void
up(char *done)
{
	char *s = strrchr(done, '/');

	if (s != NULL)
		*s = '\0';
}

/*
 * Walk rest from done (resolved, "" for the root), following links;
 * 1 as soon as a step is on a filesystem that may stall.
 */
static int
walk(char *done, char *rest)
{
	char		 cand[PATH_MAX], target[PATH_MAX], more[PATH_MAX];
	char		*comp, *next;
	struct stat	 st;
	ssize_t		 n;
	int		 hops = 0;

	while (*rest != '\0') {
		comp = rest + strspn(rest, "/");
		next = comp + strcspn(comp, "/");
		rest = next + strspn(next, "/");
		*next = '\0';
		if (*comp == '\0' || strcmp(comp, ".") == 0)
			continue;
		if (strcmp(comp, "..") == 0) {
			up(done);
			continue;
		}
		if ((size_t)snprintf(cand, sizeof cand, "%s/%s", done, comp) >=
		    sizeof cand || mount_risky(cand))
			return 1;
		if (lstat(cand, &st) != 0)
			/* Not there: nothing further on to wait for. */
			return errno != ENOENT && errno != ENOTDIR &&
			    errno != EACCES;
		if (!S_ISLNK(st.st_mode)) {
			memcpy(done, cand, strlen(cand) + 1);
			continue;
		}
		if (++hops > LINK_HOPS || (n = readlink(cand, target,
		    sizeof target - 1)) <= 0)
			return 1;
		target[n] = '\0';
		/* The link's target, then what was left after it. */
		if ((size_t)snprintf(cand, sizeof cand, "%s/%s", target, rest) >=
		    sizeof cand)
			return 1;
		rest = memcpy(more, cand, strlen(cand) + 1);
		if (target[0] == '/')
			done[0] = '\0';
	}
	return 0;
}

int
stall_possible(const char *path)
{
	char	done[PATH_MAX] = "", rest[PATH_MAX];

	if (loaded == 0)
		load_mounts();
	if (loaded < 0 || path == NULL || *path == '\0')
		return 1;
	if (path[0] != '/') {
		/* getcwd reads the kernel's own record: it never stalls. */
		if (getcwd(done, sizeof done) == NULL)
			return 1;
		if (strcmp(done, "/") == 0)
			done[0] = '\0';
	}
	if ((size_t)snprintf(rest, sizeof rest, "%s", path) >= sizeof rest)
		return 1;
	return walk(done, rest);
}
