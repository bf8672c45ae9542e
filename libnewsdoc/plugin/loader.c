/*
 * Opening a library plugin: dlopen, the entry point, negotiation, init.
 * It happens once per plugin, when one of its parsers or exporters is
 * first chosen, under the registry's lock; a plugin that failed stays
 * failed (with its message) until the registry is freed.
 */
#include <dlfcn.h>
#include <link.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "../registry_impl.h"

/* The most a plugin's answer may claim to be. Interface 1's is 64 bytes;
 * an answer that says it is larger than this is lying or broken, and its
 * extra bytes are not read. */
#define ANSWER_MAX_SIZE ((size_t)64 * 1024)

typedef struct readable_span {
	uintptr_t address;
	size_t bytes; /* readable from address to the end of its segment; 0: none found */
} readable_span;

static int find_segment(struct dl_phdr_info *info, size_t size, void *data)
{
	readable_span *span = data;
	ElfW(Half) i;

	(void)size;
	for (i = 0; i < info->dlpi_phnum; i++) {
		const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
		uintptr_t start = (uintptr_t)info->dlpi_addr + ph->p_vaddr;
		if (ph->p_type != PT_LOAD || !(ph->p_flags & PF_R))
			continue;
		if (span->address >= start && span->address - start < ph->p_memsz) {
			span->bytes = ph->p_memsz - (span->address - start);
			return 1;
		}
	}
	return 0;
}

/*
 * How many bytes can be read at `p`: up to the end of the loaded, readable
 * segment (of the plugin, or of any library) that holds it; 0 when no
 * loaded library holds it (the heap, an anonymous mapping), where how far
 * the memory goes cannot be known without reading it.
 */
static size_t readable_bytes_at(const void *p)
{
	readable_span span;

	span.address = (uintptr_t)p;
	span.bytes = 0;
	dl_iterate_phdr(find_segment, &span);
	return span.bytes;
}

/* A newer plugin's answer may be larger than ours; its extra bytes must be
 * zero, or it asks for something this host cannot give. The caller has
 * checked that all answer->struct_size bytes can be read. */
static int tail_is_zero(const newsdoc_plugin_answer *answer)
{
	const unsigned char *bytes = (const unsigned char *)answer;
	size_t i;
	for (i = sizeof(*answer); i < answer->struct_size; i++)
		if (bytes[i])
			return 0;
	return 1;
}

static int load_failed(newsdoc_plugin_info *plugin, const char *fmt, ...) NEWSDOC__PRINTF(2, 3);

static int load_failed(newsdoc_plugin_info *plugin, const char *fmt, ...)
{
	char message[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(message, sizeof(message), fmt, ap);
	va_end(ap);
	/* Atomic: choose.c reads the state without the registry lock. */
	__atomic_store_n(&plugin->load_state, NEWSDOC__LOAD_FAILED, __ATOMIC_RELEASE);
	newsdoc__free(plugin->load_error);
	plugin->load_error = newsdoc__strdup(message);
	if (plugin->dl_handle) {
		dlclose(plugin->dl_handle);
		plugin->dl_handle = NULL;
	}
	plugin->answer = NULL;
	return newsdoc__error_set(NEWSDOC_EPLUGIN, "%s", message);
}

/* What a plugin function said when it failed: its own message, when it
 * set one after the caller's newsdoc_error_clear. newsdoc__error_set may
 * take it as an argument (error.c formats before it overwrites). */
static const char *plugin_reason(void)
{
	return newsdoc_error_last()->code != NEWSDOC_OK ? newsdoc_error_last()->message : "no reason given";
}

int newsdoc__plugin_call_failed(int rc, const char *role, const char *id, const newsdoc_plugin_info *plugin)
{
	return newsdoc__error_set(rc == NEWSDOC_ENOMEM ? NEWSDOC_ENOMEM : NEWSDOC_EPLUGIN,
		"%s '%s' (plugin '%s') failed: %s", role, id, plugin->name, plugin_reason());
}

static int load(const newsdoc_registry *reg, newsdoc_plugin_info *plugin)
{
	newsdoc_plugin_request request;
	const newsdoc_plugin_answer *answer = NULL;
	newsdoc_plugin_entry_fn entry;
	unsigned int low, high;
	void *symbol;
	int rc;

	plugin->dl_handle = dlopen(plugin->library, RTLD_NOW | RTLD_LOCAL);
	if (!plugin->dl_handle)
		return load_failed(plugin, "plugin '%s': cannot open %s: %s", plugin->name, plugin->library, dlerror());
	dlerror();
	symbol = dlsym(plugin->dl_handle, NEWSDOC_PLUGIN_ENTRY_NAME);
	if (!symbol)
		return load_failed(plugin, "plugin '%s': %s has no entry symbol '%s'",
			plugin->name, plugin->library, NEWSDOC_PLUGIN_ENTRY_NAME);
	/* POSIX guarantees that a data pointer from dlsym converts to a function. */
	memcpy(&entry, &symbol, sizeof(entry));

	low = plugin->interface_min > NEWSDOC_PLUGIN_INTERFACE_VERSION ? plugin->interface_min : NEWSDOC_PLUGIN_INTERFACE_VERSION;
	high = plugin->interface_max < NEWSDOC_PLUGIN_INTERFACE_VERSION ? plugin->interface_max : NEWSDOC_PLUGIN_INTERFACE_VERSION;
	memset(&request, 0, sizeof(request));
	request.struct_size = sizeof(request);
	request.interface_min = low;
	request.interface_max = high;
	request.host = newsdoc__host_api();
	request.manifest_path = plugin->manifest;
	rc = entry(&request, &answer);
	if (rc != 0 || !answer)
		return load_failed(plugin, "plugin '%s': the entry point refused interface versions %u..%u (returned %d)",
			plugin->name, low, high, rc);
	if (answer->struct_size < sizeof(newsdoc_plugin_answer))
		return load_failed(plugin, "plugin '%s': its answer is %zu bytes, smaller than the %zu of interface 1",
			plugin->name, answer->struct_size, sizeof(newsdoc_plugin_answer));
	if (answer->struct_size > ANSWER_MAX_SIZE)
		return load_failed(plugin, "plugin '%s': its answer claims to be %zu bytes, more than the %zu an answer "
			"may be", plugin->name, answer->struct_size, ANSWER_MAX_SIZE);
	if (answer->struct_size > sizeof(newsdoc_plugin_answer)) {
		size_t readable = readable_bytes_at(answer);
		if (!readable)
			return load_failed(plugin, "plugin '%s': its answer is %zu bytes, larger than this host's %zu, "
				"and is not in a loaded library, so its extra bytes cannot be checked",
				plugin->name, answer->struct_size, sizeof(newsdoc_plugin_answer));
		if (readable < answer->struct_size)
			return load_failed(plugin, "plugin '%s': its answer claims to be %zu bytes, but only %zu can be "
				"read where it lies", plugin->name, answer->struct_size, readable);
		if (!tail_is_zero(answer))
			return load_failed(plugin, "plugin '%s': its answer is %zu bytes, larger than this host's %zu, "
				"and the extra bytes are not zero", plugin->name, answer->struct_size,
				sizeof(newsdoc_plugin_answer));
	}
	if (answer->interface_version < low || answer->interface_version > high)
		return load_failed(plugin, "plugin '%s': it chose interface version %u, outside %u..%u",
			plugin->name, answer->interface_version, low, high);
	if (!answer->name || strcmp(answer->name, plugin->name) != 0)
		return load_failed(plugin, "plugin '%s': the library calls itself '%s'; the names must match",
			plugin->name, answer->name ? answer->name : "(null)");
	plugin->answer = answer;
	plugin->state = NULL;
	if (answer->init) {
		newsdoc_error_clear();
		if ((rc = answer->init(&plugin->state, newsdoc__host_api())) != 0)
			return load_failed(plugin, "plugin '%s': init failed (%d): %s", plugin->name, rc, plugin_reason());
	}
	__atomic_store_n(&plugin->load_state, NEWSDOC__LOAD_OK, __ATOMIC_RELEASE);
	newsdoc__plugin_log(reg, "loaded %s (plugin '%s', interface %u)", plugin->library, plugin->name,
		answer->interface_version);
	return 0;
}

int newsdoc__plugin_ensure_loaded(const newsdoc_registry *reg, newsdoc_plugin_info *plugin)
{
	newsdoc_registry *mutable_reg = (newsdoc_registry *)reg;
	int error = 0;

	/* Built-in and declarative plugins have nothing to open. The state of
	 * a library plugin is read under the lock only: another thread may be
	 * loading it. */
	if (!plugin->library)
		return 0;
	/* The plugin's init may call libxml2 before anything else has. */
	newsdoc__xml_init();
	pthread_mutex_lock(&mutable_reg->lock);
	if (plugin->load_state == NEWSDOC__LOAD_NOT_TRIED) {
		error = load(reg, plugin);
		if (error)
			newsdoc__plugin_log(reg, "failed: %s", newsdoc_error_last()->message);
	} else if (plugin->load_state == NEWSDOC__LOAD_FAILED) {
		error = newsdoc__error_set(NEWSDOC_EPLUGIN, "%s",
			plugin->load_error ? plugin->load_error : "plugin failed to load");
	}
	pthread_mutex_unlock(&mutable_reg->lock);
	return error;
}

void newsdoc__plugin_unload(newsdoc_plugin_info *plugin)
{
	if (plugin->load_state == NEWSDOC__LOAD_OK && plugin->answer && plugin->answer->fini)
		plugin->answer->fini(plugin->state);
	if (plugin->dl_handle)
		dlclose(plugin->dl_handle);
	plugin->dl_handle = NULL;
	plugin->answer = NULL;
	plugin->state = NULL;
}
