/*
 * Reading a manifest file's bytes. Anything in a plugin folder named
 * *.json gets here, so nothing is assumed of it: only a regular file is
 * read (a symlink to one is followed, as distribution packages make them),
 * of at most NEWSDOC__MANIFEST_MAX_SIZE bytes. A FIFO would block the
 * open or the read forever, a device (/dev/zero) would never end, and
 * opening some devices has effects of its own, so the type is checked
 * before the file is opened, and again on what was opened.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../registry_impl.h"

static const char *file_kind(mode_t mode)
{
	if (S_ISDIR(mode))
		return "a folder";
	if (S_ISFIFO(mode))
		return "a FIFO";
	if (S_ISCHR(mode))
		return "a character device";
	if (S_ISBLK(mode))
		return "a block device";
	if (S_ISSOCK(mode))
		return "a socket";
	return "not a file";
}

static int refuse_size(long long size, char *reason, size_t reason_size)
{
	snprintf(reason, reason_size, "the manifest is %lld bytes, more than the %d a manifest may be",
		size, NEWSDOC__MANIFEST_MAX_SIZE);
	return 1;
}

static int refuse_unreadable(const char *path, const char *doing, int error_number, char *reason,
	size_t reason_size)
{
	snprintf(reason, reason_size, "manifest not found or unreadable: unable to %s %s: %s", doing, path,
		strerror(error_number));
	return 1;
}

int newsdoc__manifest_file_read(const char *path, newsdoc__sb *out, struct stat *st, char *reason,
	size_t reason_size, int *oom)
{
	struct stat opened;
	char chunk[8192];
	int fd;

	*oom = 0;
	if (stat(path, st) != 0)
		return refuse_unreadable(path, "open", errno, reason, reason_size);
	if (!S_ISREG(st->st_mode)) {
		snprintf(reason, reason_size, "not a regular file: %s is %s", path, file_kind(st->st_mode));
		return 1;
	}
	if (st->st_size > NEWSDOC__MANIFEST_MAX_SIZE)
		return refuse_size((long long)st->st_size, reason, reason_size);
	/* O_NONBLOCK: should a FIFO have taken the file's place since the
	 * stat, the open returns at once instead of waiting for a writer. */
	fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
	if (fd < 0)
		return refuse_unreadable(path, "open", errno, reason, reason_size);
	if (fstat(fd, &opened) != 0 || !S_ISREG(opened.st_mode) || opened.st_dev != st->st_dev ||
	    opened.st_ino != st->st_ino) {
		close(fd);
		snprintf(reason, reason_size, "the manifest %s was replaced while it was being opened", path);
		return 1;
	}
	*st = opened;
	if (newsdoc__sb_grow(out, (size_t)opened.st_size) != 0) {
		close(fd);
		*oom = 1;
		return 1;
	}
	/* The file may grow after the fstat: read no more than one byte past
	 * the limit, which is enough to know it is over. */
	for (;;) {
		ssize_t got = read(fd, chunk, sizeof(chunk));
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0) {
			int error_number = errno;
			close(fd);
			return refuse_unreadable(path, "read", error_number, reason, reason_size);
		}
		if (got == 0)
			break;
		if (out->len + (size_t)got > NEWSDOC__MANIFEST_MAX_SIZE) {
			long long seen = (long long)(out->len + (size_t)got);
			close(fd);
			return refuse_size(seen, reason, reason_size);
		}
		if (newsdoc__sb_put(out, chunk, (size_t)got) != 0) {
			close(fd);
			*oom = 1;
			return 1;
		}
	}
	close(fd);
	return 0;
}
