/*
 * files_stall: a path that stays on the root's filesystem all the way
 * (openat2 with RESOLVE_NO_XDEV, which stops at a mount point before
 * asking the filesystem mounted there) is as safe as the root is. Any
 * other is walked one component at a time against the mount table from
 * /proc/self/mountinfo (procfs never stalls; reading it costs more), each
 * component looked at (lstat, readlink) only once the table says it is
 * on a local filesystem: a stat() of a stalled mount point would block.
 */
#define _GNU_SOURCE	/* O_PATH */
#include "files_stall.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <linux/magic.h>
#include <linux/openat2.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/vfs.h>
#include <unistd.h>

#include "util.h"

#define MOUNTINFO_MAX	(1024 * 1024)
#define MOUNTINFO_START	8192
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

/* The same, as statfs() names them, for the root. */
static const long local_magic[] = { EXT4_SUPER_MAGIC, XFS_SUPER_MAGIC,
    BTRFS_SUPER_MAGIC, TMPFS_MAGIC, OVERLAYFS_SUPER_MAGIC, RAMFS_MAGIC,
    F2FS_SUPER_MAGIC, SQUASHFS_MAGIC };

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
	size_t	 len = 0, size = MOUNTINFO_START;
	ssize_t	 n;
	int	 fd;

	loaded = -1;
	if ((fd = open("/proc/self/mountinfo", O_RDONLY | O_CLOEXEC)) < 0)
		return;
	buf = xmalloc(size + 1);
	while ((n = read(fd, buf + len, size - len)) > 0) {
		if ((len += (size_t)n) == size && size < MOUNTINFO_MAX)
			buf = xreallocarray(buf, (size *= 2) + 1, 1);
		else if (len == size)
			break;	/* too large to be a mount table */
	}
	close(fd);
	if (n == 0 && len > 0) {
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

/* Is the root on a local filesystem? Asked once. */
static int
root_local(void)
{
	static int	 known = -1;
	struct statfs	 sf;
	size_t		 i;

	if (known >= 0)
		return known;
	known = 0;
	if (statfs("/", &sf) == 0)
		for (i = 0; i < nitems(local_magic); i++)
			if ((long)sf.f_type == local_magic[i])
				known = 1;
	return known;
}

/* Does absolute path stay on the root's mount (as far as it exists)? */
static int
on_root_mount(const char *path)
{
	struct open_how	how;
	long		fd;

	memset(&how, 0, sizeof how);
	how.flags = O_PATH | O_CLOEXEC;
	how.resolve = RESOLVE_NO_XDEV;
	fd = syscall(SYS_openat2, AT_FDCWD, path, &how, sizeof how);
	if (fd >= 0) {
		close((int)fd);
		return 1;
	}
	/* Not there, past the last mount it reached: nothing to wait for. */
	return errno == ENOENT || errno == ENOTDIR || errno == EACCES;
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
		if ((size_t)snprintf(cand, sizeof cand, "%s/%s", target,
		    rest) >= sizeof cand)
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

	if (path == NULL || *path == '\0')
		return 1;
	if (path[0] != '/') {
		/* getcwd reads the kernel's own record: it never stalls. */
		if (getcwd(done, sizeof done) == NULL)
			return 1;
		if (strcmp(done, "/") == 0)
			done[0] = '\0';
	}
	if ((size_t)snprintf(rest, sizeof rest, "%s%s%s", done,
	    path[0] == '/' ? "" : "/", path) >= sizeof rest)
		return 1;
	if (root_local() && on_root_mount(rest))
		return 0;
	if (loaded == 0)
		load_mounts();
	if (loaded < 0)
		return 1;
	done[0] = '\0';
	return walk(done, rest);
}
