// A C++ user of an installed libnewsdoc (tests/install/install-test.sh):
// the C headers must work from C++ without extra flags, and the handles fit
// std::unique_ptr with the library's _free functions.
#include <newsdoc.h>

#include "page.h"

#include <cstring>
#include <iostream>
#include <memory>
#include <string>

namespace {

struct registry_deleter {
	void operator()(newsdoc_registry *reg) const { newsdoc_registry_free(reg); }
};
struct document_deleter {
	void operator()(newsdoc_document *doc) const { newsdoc_document_free(doc); }
};

const std::string page = NEWSDOC_TEST_PAGE;

} // namespace

int main()
{
	newsdoc_registry_options opts;
	if (newsdoc_registry_options_init(&opts, NEWSDOC_REGISTRY_OPTIONS_VERSION) != NEWSDOC_OK) {
		std::cerr << "newsdoc_registry_options_init: " << newsdoc_error_last()->message << '\n';
		return 1;
	}
	opts.flags = NEWSDOC_REGISTRY_NO_ENVIRONMENT | NEWSDOC_REGISTRY_NO_DEFAULT_PATHS;

	newsdoc_registry *raw_reg = nullptr;
	if (newsdoc_registry_new(&raw_reg, &opts) != NEWSDOC_OK) {
		std::cerr << "newsdoc_registry_new: " << newsdoc_error_last()->message << '\n';
		return 1;
	}
	std::unique_ptr<newsdoc_registry, registry_deleter> reg(raw_reg);

	newsdoc_document *raw_doc = nullptr;
	if (newsdoc_parse(&raw_doc, reg.get(), page.data(), page.size(),
	                  "https://news.example.com/2024/05/06/harbour-bridge", nullptr) != NEWSDOC_OK) {
		std::cerr << "newsdoc_parse: " << newsdoc_error_last()->message << '\n';
		return 1;
	}
	std::unique_ptr<newsdoc_document, document_deleter> doc(raw_doc);

	const char *title = newsdoc_document_title(doc.get());
	std::cout << "title: " << (title ? title : "(none)") << '\n';
	std::cout << "version: " << newsdoc_version(nullptr, nullptr, nullptr)
	          << " (headers " << NEWSDOC_VERSION_STRING << ")\n";
	return 0;
}
