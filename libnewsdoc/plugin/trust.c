/*
 * Whether plugins may be taken from a file or folder: the manifest, the
 * folder it was found in, the library and the library's folder. Whoever
 * can write any of them chooses code that runs in this process, so each
 * must belong to root or to the user the process runs as, and be writable
 * by no one else, the rule sudo applies to its sudoers file and OpenSSH's
 * StrictModes to a user's keys:
 *
 *   - owned by root or the effective user;
 *   - not writable by every user;
 *   - not writable by its group, unless the group is root's (gid 0) or the
 *     effective group, whose members the process trusts as it trusts root;
 *   - a folder with the sticky bit (/tmp) is exempt from the two write
 *     rules: only an entry's owner may rename or remove it there, and an
 *     entry someone else made fails the owner rule itself.
 *
 * With raised privileges (euid 0, or a setuid/setgid program: the kernel's
 * secure-execution flag) a plugin that breaks a rule is skipped; otherwise
 * it is used and the registry warns. Folders above the manifest's and the
 * library's are not checked (docs/PLUGINS.md, "Security").
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../registry_impl.h"

void newsdoc__identity_current(newsdoc__identity *who)
{
	who->euid = geteuid();
	who->egid = getegid();
	who->elevated = who->euid == 0 || getauxval(AT_SECURE) != 0;
}

int newsdoc__trust_problem(const struct stat *st, const char *what, const char *path, const newsdoc__identity *who,
	char *problem, size_t size)
{
	unsigned int mode = (unsigned int)(st->st_mode & 07777);
	int sticky_folder = S_ISDIR(st->st_mode) && (st->st_mode & S_ISVTX);

	if (st->st_uid != 0 && st->st_uid != who->euid) {
		snprintf(problem, size, "%s %s is owned by user %u, neither root nor this process's user %u", what,
			path, (unsigned int)st->st_uid, (unsigned int)who->euid);
		return 1;
	}
	if ((st->st_mode & S_IWOTH) && !sticky_folder) {
		snprintf(problem, size, "%s %s is writable by every user (mode %04o)", what, path, mode);
		return 1;
	}
	if ((st->st_mode & S_IWGRP) && st->st_gid != 0 && st->st_gid != who->egid && !sticky_folder) {
		snprintf(problem, size, "%s %s is writable by group %u (mode %04o), neither root's group nor this "
			"process's group %u", what, path, (unsigned int)st->st_gid, mode, (unsigned int)who->egid);
		return 1;
	}
	return 0;
}

/* The problem with `problem`, in the registry's terms: 0 when there is
 * none or the process runs without raised privileges (a warning, once),
 * 1 when the plugin must be skipped, with `reason` set; NEWSDOC_ENOMEM. */
static int apply_policy(newsdoc_registry *reg, const char *problem, int warn, char *reason, size_t reason_size)
{
	if (!problem)
		return 0;
	if (reg->identity.elevated) {
		snprintf(reason, reason_size, "not loaded with raised privileges (root or setuid): %s", problem);
		return 1;
	}
	if (!warn)
		return 0;
	return newsdoc__registry_warn(reg, "%s; with raised privileges (root or setuid) it would be skipped", problem);
}

int newsdoc__trust_file(newsdoc_registry *reg, const struct stat *st, const char *what, const char *path,
	char *reason, size_t reason_size)
{
	char problem[1024];

	if (!newsdoc__trust_problem(st, what, path, &reg->identity, problem, sizeof(problem)))
		return 0;
	return apply_policy(reg, problem, 1, reason, reason_size);
}

/* A folder's verdict, kept so that each folder is checked (and warned
 * about) once however many manifests it holds. */
typedef struct folder_verdict {
	char *path;
	char *problem; /* NULL: safe */
} folder_verdict;

void newsdoc__trust_cache_free(newsdoc_registry *reg)
{
	size_t i;

	for (i = 0; i < reg->folder_verdicts.count; i++) {
		folder_verdict *verdict = reg->folder_verdicts.items[i];
		newsdoc__free(verdict->path);
		newsdoc__free(verdict->problem);
		newsdoc__free(verdict);
	}
	newsdoc__free(reg->folder_verdicts.items);
	newsdoc__str_map_free(&reg->checked_folders);
}

/* The verdict on `folder`, checked now if it was not before; NULL when
 * memory ran out. */
static folder_verdict *folder_verdict_of(newsdoc_registry *reg, const char *folder, int *is_new)
{
	folder_verdict *verdict = newsdoc__str_map_get(&reg->checked_folders, folder);
	char problem[1024];
	struct stat st;

	*is_new = !verdict;
	if (verdict)
		return verdict;
	if (stat(folder, &st) != 0)
		snprintf(problem, sizeof(problem), "the folder %s cannot be checked: %s", folder, strerror(errno));
	else if (!newsdoc__trust_problem(&st, "the folder", folder, &reg->identity, problem, sizeof(problem)))
		problem[0] = '\0';
	if (!(verdict = newsdoc__calloc(1, sizeof(*verdict))))
		return NULL;
	if (!(verdict->path = newsdoc__strdup(folder)) || (problem[0] && !(verdict->problem = newsdoc__strdup(problem))) ||
	    newsdoc__vec_push(&reg->folder_verdicts, verdict) != 0) {
		newsdoc__free(verdict->path);
		newsdoc__free(verdict->problem);
		newsdoc__free(verdict);
		return NULL;
	}
	if (newsdoc__str_map_put(&reg->checked_folders, verdict->path, verdict) != 0)
		return NULL; /* the vector owns it */
	return verdict;
}

int newsdoc__trust_folder_of(newsdoc_registry *reg, const char *path, char *reason, size_t reason_size)
{
	const char *slash = strrchr(path, '/');
	folder_verdict *verdict;
	char *folder;
	int is_new;

	if (!slash)
		folder = newsdoc__strdup(".");
	else
		folder = newsdoc__strndup(path, slash == path ? 1 : (size_t)(slash - path));
	if (!folder)
		return newsdoc__error_oom();
	verdict = folder_verdict_of(reg, folder, &is_new);
	newsdoc__free(folder);
	if (!verdict)
		return newsdoc__error_oom();
	return apply_policy(reg, verdict->problem, is_new, reason, reason_size);
}
