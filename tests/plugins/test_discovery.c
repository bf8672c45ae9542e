#define _GNU_SOURCE
/*
 * Plugin discovery on hostile folders: what is not a regular manifest file
 * of a bounded size is skipped with its reason, and registry creation
 * returns promptly whatever the folder holds.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include <newsdoc.h>

#include "discovery_test_util.h"
#include "registry_impl.h"
#include "../common/read_file_util.h"

/* A test that blocks (a FIFO read to its end) is killed, and so fails,
 * instead of hanging the suite. */
#define TEST_SECONDS 30

#define MANIFEST_MAX_SIZE (1024 * 1024)

static int setup(void **state)
{
	(void)state;
	scratch_make();
	alarm(TEST_SECONDS);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	alarm(0);
	scratch_remove();
	return 0;
}

/* A folder holding a FIFO, a symlink to /dev/zero, a folder and two
 * oversized files, all named *.json, beside a good manifest. */
static void test_not_regular_files(void **state)
{
	const char *folder = scratch;
	char reason[8192];
	newsdoc_registry *reg;
	(void)state;

	assert_int_equal(mkfifo(scratch_path(0, "a-fifo.json"), 0644), 0);
	assert_int_equal(symlink("/dev/zero", scratch_path(0, "b-zero.json")), 0);
	make_folder(scratch_path(0, "c-folder.json"), 0755);
	write_manifest(scratch_path(0, "d-good.json"), "good");
	/* A symlink to a regular manifest is followed (distribution packages
	 * make them). */
	make_folder(scratch_path(0, "targets"), 0755);
	write_manifest(scratch_path(0, "targets/linked.json"), "linked");
	assert_int_equal(symlink("targets/linked.json", scratch_path(0, "e-link.json")), 0);
	reg = registry_of_paths(&folder, 1);

	snprintf(reason, sizeof(reason), "not a regular file: %s/a-fifo.json is a FIFO", scratch);
	assert_skip_reason(reg, "/a-fifo.json", reason);
	snprintf(reason, sizeof(reason), "not a regular file: %s/b-zero.json is a character device", scratch);
	assert_skip_reason(reg, "/b-zero.json", reason);
	snprintf(reason, sizeof(reason), "not a regular file: %s/c-folder.json is a folder", scratch);
	assert_skip_reason(reg, "/c-folder.json", reason);
	assert_in_use(reg, "/d-good.json");
	assert_in_use(reg, "/e-link.json");
	newsdoc_registry_free(reg);
}

/* A manifest may be 1 MiB, not a byte more; the size is checked before
 * anything is read, and again while reading. */
static void test_size_limit(void **state)
{
	const char *folder = scratch;
	char head[512], reason[8192];
	char *text = malloc(MANIFEST_MAX_SIZE + 2);
	newsdoc_registry *reg;
	int len;
	(void)state;

	assert_non_null(text);
	/* Valid manifests padded with white space to exactly the limit and
	 * one byte past it. */
	len = snprintf(head, sizeof(head), DECLARATIVE_MANIFEST, "at-limit", "at-limit", "at-limit");
	memset(text, ' ', MANIFEST_MAX_SIZE + 1);
	memcpy(text, head, (size_t)len);
	write_file(scratch_path(0, "at-limit.json"), text, MANIFEST_MAX_SIZE);
	len = snprintf(head, sizeof(head), DECLARATIVE_MANIFEST, "over-limit", "over-limit", "over-limit");
	memcpy(text, head, (size_t)len);
	write_file(scratch_path(0, "over-limit.json"), text, MANIFEST_MAX_SIZE + 1);
	free(text);
	/* A sparse file of 4 GiB: refused by its size, never read. */
	{
		int fd = open(scratch_path(0, "sparse.json"), O_WRONLY | O_CREAT, 0644);
		assert_true(fd >= 0);
		assert_int_equal(ftruncate(fd, (off_t)4 << 30), 0);
		close(fd);
	}
	reg = registry_of_paths(&folder, 1);
	assert_in_use(reg, "/at-limit.json");
	snprintf(reason, sizeof(reason), "the manifest is %d bytes, more than the %d a manifest may be",
		MANIFEST_MAX_SIZE + 1, MANIFEST_MAX_SIZE);
	assert_skip_reason(reg, "/over-limit.json", reason);
	snprintf(reason, sizeof(reason), "the manifest is %lld bytes, more than the %d a manifest may be",
		(long long)4 << 30, MANIFEST_MAX_SIZE);
	assert_skip_reason(reg, "/sparse.json", reason);
	newsdoc_registry_free(reg);
}

/* Named directly (plugin_paths), a FIFO is refused the same way. */
static void test_fifo_named_directly(void **state)
{
	const char *path = scratch_path(1, "named.json");
	char reason[8192];
	newsdoc_registry *reg;
	(void)state;

	assert_int_equal(mkfifo(path, 0644), 0);
	reg = registry_of_paths(&path, 1);
	snprintf(reason, sizeof(reason), "not a regular file: %s is a FIFO", path);
	assert_skip_reason(reg, "/named.json", reason);
	newsdoc_registry_free(reg);
}

/* ---- relative entries in the environment (XDG Base Directory spec) ---- */

static const char *const discovery_variables[] = {
	"XDG_DATA_HOME", "XDG_DATA_DIRS", "HOME", "NEWSDOC_PLUGIN_PATH", "NEWSDOC_ADD_PLUGIN_PATH", "NEWSDOC_DEBUG"
};
static char saved_cwd[4096];
static char *saved_values[6];

static int setup_environment(void **state)
{
	size_t i;
	setup(state);
	for (i = 0; i < 6; i++) {
		const char *value = getenv(discovery_variables[i]);
		saved_values[i] = value ? strdup(value) : NULL;
		unsetenv(discovery_variables[i]);
	}
	assert_non_null(getcwd(saved_cwd, sizeof(saved_cwd)));
	assert_int_equal(chdir(scratch), 0);
	return 0;
}

static int teardown_environment(void **state)
{
	size_t i;
	assert_int_equal(chdir(saved_cwd), 0);
	for (i = 0; i < 6; i++) {
		if (saved_values[i])
			setenv(discovery_variables[i], saved_values[i], 1);
		else
			unsetenv(discovery_variables[i]);
		free(saved_values[i]);
		saved_values[i] = NULL;
	}
	return teardown(state);
}

/* Plugin `name` in the manifest folder under `base` (relative to the
 * scratch folder): base/newsdoc/1/plugins.d/name.json. */
static void plant(const char *base, const char *name)
{
	char path[2048];
	char *slash;

	snprintf(path, sizeof(path), "%s/%s/newsdoc/1/plugins.d/", scratch, base);
	for (slash = strchr(path + strlen(scratch) + 1, '/'); slash; slash = strchr(slash + 1, '/')) {
		*slash = '\0';
		if (mkdir(path, 0755) != 0)
			assert_int_equal(errno, EEXIST);
		*slash = '/';
	}
	snprintf(path, sizeof(path), "%s/%s/newsdoc/1/plugins.d/%s.json", scratch, base, name);
	write_manifest(path, name);
}

/* A registry from the environment, with the default folders when
 * `defaults`; its NEWSDOC_DEBUG=plugins log lands in `log` (stderr is
 * borrowed for the call). */
static newsdoc_registry *registry_from_environment(int defaults, char *log, size_t log_size)
{
	newsdoc_registry_options opts = NEWSDOC_REGISTRY_OPTIONS_INIT;
	newsdoc_registry *reg = NULL;
	const char *log_path = scratch_path(3, "debug.log");
	int saved_stderr, fd;
	ssize_t got;

	opts.flags = defaults ? 0 : NEWSDOC_REGISTRY_NO_DEFAULT_PATHS;
	setenv("NEWSDOC_DEBUG", "plugins", 1);
	fflush(stderr);
	saved_stderr = dup(2);
	fd = open(log_path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	assert_true(saved_stderr >= 0 && fd >= 0);
	dup2(fd, 2);
	close(fd);
	assert_int_equal(newsdoc_registry_new(&reg, &opts), 0);
	fflush(stderr);
	dup2(saved_stderr, 2);
	close(saved_stderr);
	unsetenv("NEWSDOC_DEBUG");
	fd = open(log_path, O_RDONLY);
	assert_true(fd >= 0);
	got = read(fd, log, log_size - 1);
	close(fd);
	log[got > 0 ? got : 0] = '\0';
	return reg;
}

static void assert_logged(const char *log, const char *line)
{
	if (!strstr(log, line))
		fail_msg("the debug log lacks '%s'; it is:\n%s", line, log);
}

static void assert_absent(const newsdoc_registry *reg, const char *suffix)
{
	if (plugin_by_manifest(reg, suffix))
		fail_msg("a plugin was read from %s", newsdoc_plugin_info_manifest(plugin_by_manifest(reg, suffix)));
}

static void test_relative_xdg_data_home(void **state)
{
	char log[65536], home[2048];
	newsdoc_registry *reg;
	(void)state;

	plant("data-home", "planted-data-home");
	plant("home/.local/share", "home-default");
	plant("dirs", "dirs-absolute");
	snprintf(home, sizeof(home), "%s/home", scratch);
	setenv("HOME", home, 1);
	setenv("XDG_DATA_DIRS", scratch_path(0, "dirs"), 1);
	setenv("XDG_DATA_HOME", "data-home", 1);
	reg = registry_from_environment(1, log, sizeof(log));
	assert_absent(reg, "/planted-data-home.json");
	/* Ignored, it is as if it were unset: $HOME/.local/share is used. */
	assert_in_use(reg, "/home/.local/share/newsdoc/1/plugins.d/home-default.json");
	assert_in_use(reg, "/dirs-absolute.json");
	assert_logged(log, "newsdoc: plugins: ignore XDG_DATA_HOME 'data-home': not an absolute path");
	newsdoc_registry_free(reg);
}

static void test_relative_home(void **state)
{
	char log[65536];
	newsdoc_registry *reg;
	(void)state;

	plant("home/.local/share", "planted-home");
	setenv("HOME", "home", 1);
	setenv("XDG_DATA_DIRS", scratch_path(0, "nowhere"), 1);
	reg = registry_from_environment(1, log, sizeof(log));
	assert_absent(reg, "/planted-home.json");
	assert_logged(log, "newsdoc: plugins: ignore HOME 'home': not an absolute path");
	newsdoc_registry_free(reg);
}

static void test_relative_xdg_data_dirs(void **state)
{
	char log[65536], dirs[4096];
	newsdoc_registry *reg;
	(void)state;

	plant("relative-dirs", "planted-data-dirs");
	plant("absolute-dirs", "absolute-data-dirs");
	setenv("HOME", scratch_path(0, "no-home"), 1);
	snprintf(dirs, sizeof(dirs), "relative-dirs:%s/absolute-dirs:.", scratch);
	setenv("XDG_DATA_DIRS", dirs, 1);
	reg = registry_from_environment(1, log, sizeof(log));
	assert_absent(reg, "/planted-data-dirs.json");
	assert_in_use(reg, "/absolute-data-dirs.json");
	assert_logged(log, "newsdoc: plugins: ignore XDG_DATA_DIRS 'relative-dirs': not an absolute path");
	assert_logged(log, "newsdoc: plugins: ignore XDG_DATA_DIRS '.': not an absolute path");
	newsdoc_registry_free(reg);
}

static void test_relative_plugin_path(void **state)
{
	char log[65536], list[4096];
	newsdoc_registry *reg;
	(void)state;

	make_folder(scratch_path(0, "replace"), 0755);
	write_manifest(scratch_path(0, "replace/planted-replace.json"), "planted-replace");
	make_folder(scratch_path(0, "replace-absolute"), 0755);
	write_manifest(scratch_path(0, "replace-absolute/absolute-replace.json"), "absolute-replace");
	snprintf(list, sizeof(list), "replace:%s/replace-absolute", scratch);
	setenv("NEWSDOC_PLUGIN_PATH", list, 1);
	reg = registry_from_environment(1, log, sizeof(log));
	assert_absent(reg, "/planted-replace.json");
	assert_in_use(reg, "/absolute-replace.json");
	assert_logged(log, "newsdoc: plugins: ignore NEWSDOC_PLUGIN_PATH 'replace': not an absolute path");
	newsdoc_registry_free(reg);
}

static void test_relative_add_plugin_path(void **state)
{
	char log[65536];
	newsdoc_registry *reg;
	(void)state;

	make_folder(scratch_path(0, "add"), 0755);
	write_manifest(scratch_path(0, "add/planted-add.json"), "planted-add");
	write_manifest(scratch_path(0, "add/planted-file.json"), "planted-file");
	setenv("NEWSDOC_ADD_PLUGIN_PATH", "add:add/planted-file.json", 1);
	reg = registry_from_environment(0, log, sizeof(log));
	assert_absent(reg, "/planted-add.json");
	assert_absent(reg, "/planted-file.json");
	assert_logged(log, "newsdoc: plugins: ignore NEWSDOC_ADD_PLUGIN_PATH 'add': not an absolute path");
	assert_logged(log, "newsdoc: plugins: ignore NEWSDOC_ADD_PLUGIN_PATH 'add/planted-file.json': "
		"not an absolute path");
	newsdoc_registry_free(reg);
}

/* The program's own paths are its choice: relative ones are read. */
static void test_relative_api_path(void **state)
{
	const char *path = "api";
	newsdoc_registry *reg;
	(void)state;

	make_folder(scratch_path(0, "api"), 0755);
	write_manifest(scratch_path(0, "api/api-relative.json"), "api-relative");
	reg = registry_of_paths(&path, 1);
	assert_in_use(reg, "api/api-relative.json");
	newsdoc_registry_free(reg);
}

/* ---- owners and modes of manifests, libraries and their folders ---- */

#define NOBODY 65534

/* The rules themselves, on made-up file statuses. */
static void test_trust_rules(void **state)
{
	newsdoc__identity who = { 1000, 1000, 0 };
	char problem[512];
	struct stat st;
	(void)state;

#define CHECK(uid, gid, mode, expected) \
	do { \
		memset(&st, 0, sizeof(st)); \
		st.st_uid = (uid); \
		st.st_gid = (gid); \
		st.st_mode = (mode); \
		problem[0] = '\0'; \
		assert_int_equal(newsdoc__trust_problem(&st, "the folder", "/p", &who, problem, sizeof(problem)), \
			(expected)[0] != '\0'); \
		assert_string_equal(problem, (expected)); \
	} while (0)

	/* Owners: root and the effective user only. */
	CHECK(0, 0, S_IFDIR | 0755, "");
	CHECK(1000, 1000, S_IFDIR | 0755, "");
	CHECK(NOBODY, 0, S_IFDIR | 0755,
		"the folder /p is owned by user 65534, neither root nor this process's user 1000");
	/* Nobody else may write: every user... */
	CHECK(0, 0, S_IFDIR | 0777, "the folder /p is writable by every user (mode 0777)");
	CHECK(0, 0, S_IFREG | 0646, "the folder /p is writable by every user (mode 0646)");
	/* ...or a group, unless it is root's or the effective group. */
	CHECK(0, 0, S_IFDIR | 0775, "");
	CHECK(1000, 1000, S_IFREG | 0664, "");
	CHECK(0, 100, S_IFDIR | 02775,
		"the folder /p is writable by group 100 (mode 2775), neither root's group nor this process's group 1000");
	/* A sticky folder (/tmp) lets only an entry's owner replace it. */
	CHECK(0, 0, S_IFDIR | 01777, "");
	CHECK(0, 100, S_IFDIR | 01775, "");
	CHECK(NOBODY, 0, S_IFDIR | 01777,
		"the folder /p is owned by user 65534, neither root nor this process's user 1000");
	/* A sticky regular file is no exception. */
	CHECK(0, 0, S_IFREG | 01666, "the folder /p is writable by every user (mode 1666)");
	/* Run by root, root's files only. */
	who.euid = 0;
	who.egid = 0;
	CHECK(1000, 0, S_IFREG | 0644, "the folder /p is owned by user 1000, neither root nor this process's user 0");
	CHECK(0, 1000, S_IFREG | 0664,
		"the folder /p is writable by group 1000 (mode 0664), neither root's group nor this process's group 0");
#undef CHECK
}

static char real_scratch[1024];

/* scratch/NAME/: a folder of `mode` holding the manifest of declarative
 * plugin NAME, NAME.json. */
static void folder_with_manifest(const char *name, mode_t mode)
{
	char path[2048];
	snprintf(path, sizeof(path), "%s/%s", scratch, name);
	make_folder(path, 0755);
	snprintf(path, sizeof(path), "%s/%s/%s.json", scratch, name, name);
	write_manifest(path, name);
	snprintf(path, sizeof(path), "%s/%s", scratch, name);
	assert_int_equal(chmod(path, mode), 0);
}

/* scratch/NAME/NAME.json naming library LIBRARY (a path below the
 * folder), a copy of a fixture library. */
static void folder_with_library(const char *name, const char *library)
{
	char path[2048], from[2048];
	char *data, *slash;
	size_t len = 0;

	snprintf(path, sizeof(path), "%s/%s", scratch, name);
	make_folder(path, 0755);
	snprintf(path, sizeof(path), "%s/%s/%s", scratch, name, library);
	if ((slash = strrchr(path, '/')) && (*slash = '\0', mkdir(path, 0755) != 0))
		assert_int_equal(errno, EEXIST);
	*slash = '/';
	snprintf(from, sizeof(from), "%s/good/libgood.so", NEWSDOC_FIXTURE_DIR);
	assert_non_null(data = read_whole_file(from, &len));
	write_file(path, data, len);
	free(data);
	snprintf(path, sizeof(path), "%s/%s/%s.json", scratch, name, name);
	snprintf(from, sizeof(from),
		"{\"file_format_version\":\"1.0.0\",\"plugin\":{\"name\":\"%s\",\"version\":\"1\"},"
		"\"library_path\":\"%s\",\"interface_version\":{\"min\":1,\"max\":1},"
		"\"parsers\":[{\"id\":\"%s\",\"hosts\":[\"%s.test\"]}]}", name, library, name, name);
	write_file(path, from, strlen(from));
}

static const char *in_scratch(int slot, const char *format, const char *name)
{
	static char paths[4][2048];
	char relative[512];
	snprintf(relative, sizeof(relative), format, name, name);
	snprintf(paths[slot], sizeof(paths[slot]), "%s/%s", real_scratch, relative);
	return paths[slot];
}

static void set_up_unsafe_places(int as_root)
{
	assert_non_null(realpath(scratch, real_scratch));
	folder_with_manifest("open", 0777);
	folder_with_manifest("sticky", 01777);
	folder_with_manifest("group-root", 0775);
	/* A world-writable manifest in a safe folder. */
	folder_with_manifest("writable-file", 0755);
	assert_int_equal(chmod(in_scratch(0, "%s/%s.json", "writable-file"), 0666), 0);
	/* Libraries: in a world-writable folder below a safe one, and
	 * world-writable themselves. */
	folder_with_library("library-folder", "open/libgood.so");
	assert_int_equal(chmod(in_scratch(0, "%s/open", "library-folder"), 0777), 0);
	folder_with_library("library-file", "libgood.so");
	assert_int_equal(chmod(in_scratch(0, "%s/libgood.so", "library-file"), 0777), 0);
	if (!as_root)
		return;
	/* Owned by nobody: a folder, a manifest, a library, a library's folder,
	 * and a group other than root's. */
	folder_with_manifest("nobody-folder", 0755);
	assert_int_equal(chown(in_scratch(0, "%s", "nobody-folder"), NOBODY, 0), 0);
	folder_with_manifest("nobody-file", 0755);
	assert_int_equal(chown(in_scratch(0, "%s/%s.json", "nobody-file"), NOBODY, 0), 0);
	folder_with_manifest("nobody-in-sticky", 01777);
	assert_int_equal(chown(in_scratch(0, "%s/%s.json", "nobody-in-sticky"), NOBODY, 0), 0);
	folder_with_library("nobody-library", "libgood.so");
	assert_int_equal(chown(in_scratch(0, "%s/libgood.so", "nobody-library"), NOBODY, 0), 0);
	folder_with_library("nobody-library-folder", "lib/libgood.so");
	assert_int_equal(chown(in_scratch(0, "%s/lib", "nobody-library-folder"), NOBODY, 0), 0);
	folder_with_manifest("group-other", 0775);
	assert_int_equal(chown(in_scratch(0, "%s", "group-other"), 0, NOBODY), 0);
}

static newsdoc_registry *registry_as(const newsdoc__identity *who)
{
	newsdoc_registry_options opts = NEWSDOC_REGISTRY_OPTIONS_INIT;
	const char *paths[] = {
		"open", "sticky", "group-root", "writable-file", "library-folder", "library-file", "nobody-folder",
		"nobody-file", "nobody-in-sticky", "nobody-library", "nobody-library-folder", "group-other"
	};
	char storage[12][2048];
	newsdoc_registry *reg = NULL;
	size_t i;

	for (i = 0; i < 12; i++) {
		snprintf(storage[i], sizeof(storage[i]), "%s/%s", real_scratch, paths[i]);
		paths[i] = storage[i];
	}
	opts.plugin_paths = paths;
	opts.plugin_path_count = 12;
	opts.flags = NEWSDOC_REGISTRY_NO_ENVIRONMENT | NEWSDOC_REGISTRY_NO_DEFAULT_PATHS;
	if (who)
		assert_int_equal(newsdoc__registry_new_as(&reg, &opts, who), 0);
	else
		assert_int_equal(newsdoc_registry_new(&reg, &opts), 0);
	return reg;
}

/* What set_up_unsafe_places made unsafe, and how the registry says it:
 * "<what> <scratch/place> <problem>". */
typedef struct unsafe_case {
	const char *name;  /* the plugin, its folder and manifest */
	const char *what;
	const char *place; /* a format taking the name twice */
	const char *problem;
	int root_only;     /* needs chown */
} unsafe_case;

static const unsafe_case unsafe_cases[] = {
	{ "open", "the folder", "%s", "is writable by every user (mode 0777)", 0 },
	{ "writable-file", "the manifest", "%s/%s.json", "is writable by every user (mode 0666)", 0 },
	{ "library-folder", "the folder", "%s/open", "is writable by every user (mode 0777)", 0 },
	{ "library-file", "the library", "%s/libgood.so", "is writable by every user (mode 0777)", 0 },
	{ "nobody-folder", "the folder", "%s", "is owned by user 65534, neither root nor this process's user 0", 1 },
	{ "nobody-file", "the manifest", "%s/%s.json",
		"is owned by user 65534, neither root nor this process's user 0", 1 },
	{ "nobody-in-sticky", "the manifest", "%s/%s.json",
		"is owned by user 65534, neither root nor this process's user 0", 1 },
	{ "nobody-library", "the library", "%s/libgood.so",
		"is owned by user 65534, neither root nor this process's user 0", 1 },
	{ "nobody-library-folder", "the folder", "%s/lib",
		"is owned by user 65534, neither root nor this process's user 0", 1 },
	{ "group-other", "the folder", "%s",
		"is writable by group 65534 (mode 0775), neither root's group nor this process's group 0", 1 },
};

#define UNSAFE_COUNT (sizeof(unsafe_cases) / sizeof(unsafe_cases[0]))

/* The problem of unsafe_cases[i] with `prefix` and `suffix` around it. */
static const char *unsafe_message(size_t i, const char *prefix, const char *suffix)
{
	static char message[4096];
	const unsafe_case *c = &unsafe_cases[i];
	snprintf(message, sizeof(message), "%s%s %s %s%s", prefix, c->what, in_scratch(0, c->place, c->name),
		c->problem, suffix);
	return message;
}

static void assert_unsafe_skipped(const newsdoc_registry *reg, int as_root)
{
	char suffix[256];
	size_t i;

	assert_in_use(reg, "/sticky.json");
	assert_in_use(reg, "/group-root.json");
	for (i = 0; i < UNSAFE_COUNT; i++) {
		if (unsafe_cases[i].root_only && !as_root)
			continue;
		snprintf(suffix, sizeof(suffix), "/%s.json", unsafe_cases[i].name);
		assert_skip_reason(reg, suffix, unsafe_message(i, "not loaded with raised privileges (root or setuid): ", ""));
	}
}

/* Run as root: unsafe plugins are skipped, each with its reason. */
static void test_unsafe_skipped_as_root(void **state)
{
	newsdoc_registry *reg;
	(void)state;

	if (geteuid() != 0) {
		printf("skipped: needs root (chown to nobody)\n");
		skip();
	}
	set_up_unsafe_places(1);
	reg = registry_as(NULL);
	assert_unsafe_skipped(reg, 1);
	assert_int_equal(newsdoc_registry_warning_count(reg), 0);
	newsdoc_registry_free(reg);
}

/* Secure execution (setuid) is raised privileges too, whoever runs it. */
static void test_unsafe_skipped_when_elevated(void **state)
{
	newsdoc__identity who;
	newsdoc_registry *reg;
	(void)state;

	newsdoc__identity_current(&who);
	who.elevated = 1;
	set_up_unsafe_places(who.euid == 0);
	reg = registry_as(&who);
	assert_unsafe_skipped(reg, who.euid == 0);
	newsdoc_registry_free(reg);
}

/* Without raised privileges every plugin is used, and each unsafe place
 * is a warning (a folder once, however many manifests it holds). */
static void test_unsafe_warned_without_privileges(void **state)
{
	newsdoc__identity who;
	newsdoc_registry *reg;
	size_t i, j, expected = 0;
	(void)state;

	newsdoc__identity_current(&who);
	who.elevated = 0;
	set_up_unsafe_places(who.euid == 0);
	/* A second manifest in the open folder: still one warning for it. */
	write_manifest(in_scratch(0, "%s/second.json", "open"), "second");
	reg = registry_as(&who);
	assert_in_use(reg, "/second.json");
	assert_in_use(reg, "/sticky.json");
	for (i = 0; i < UNSAFE_COUNT; i++) {
		const char *warning = unsafe_message(i, "", "; with raised privileges (root or setuid) it would be skipped");
		char suffix[256];
		size_t found = 0;

		if (unsafe_cases[i].root_only && who.euid != 0)
			continue;
		snprintf(suffix, sizeof(suffix), "/%s.json", unsafe_cases[i].name);
		assert_in_use(reg, suffix);
		for (j = 0; j < newsdoc_registry_warning_count(reg); j++)
			found += !strcmp(newsdoc_registry_warning_at(reg, j), warning);
		if (found != 1)
			fail_msg("warned %zu times: %s", found, warning);
		expected++;
	}
	assert_int_equal(newsdoc_registry_warning_count(reg), expected);
	newsdoc_registry_free(reg);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_not_regular_files, setup, teardown),
		cmocka_unit_test_setup_teardown(test_size_limit, setup, teardown),
		cmocka_unit_test_setup_teardown(test_fifo_named_directly, setup, teardown),
		cmocka_unit_test_setup_teardown(test_relative_xdg_data_home, setup_environment, teardown_environment),
		cmocka_unit_test_setup_teardown(test_relative_home, setup_environment, teardown_environment),
		cmocka_unit_test_setup_teardown(test_relative_xdg_data_dirs, setup_environment, teardown_environment),
		cmocka_unit_test_setup_teardown(test_relative_plugin_path, setup_environment, teardown_environment),
		cmocka_unit_test_setup_teardown(test_relative_add_plugin_path, setup_environment, teardown_environment),
		cmocka_unit_test_setup_teardown(test_relative_api_path, setup_environment, teardown_environment),
		cmocka_unit_test(test_trust_rules),
		cmocka_unit_test_setup_teardown(test_unsafe_skipped_as_root, setup, teardown),
		cmocka_unit_test_setup_teardown(test_unsafe_skipped_when_elevated, setup, teardown),
		cmocka_unit_test_setup_teardown(test_unsafe_warned_without_privileges, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
