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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_not_regular_files, setup, teardown),
		cmocka_unit_test_setup_teardown(test_size_limit, setup, teardown),
		cmocka_unit_test_setup_teardown(test_fifo_named_directly, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
