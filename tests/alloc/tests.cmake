# Allocation-failure injection: a copy of the library built with
# NEWSDOC_ALLOC_HOOKS, linked statically into one test that makes every
# allocation fail in turn while parsing, importing JSON, loading plugins
# and exporting. Run it under ASan (NEWSDOC_SANITIZE=ON, as .ci/run does)
# to catch leaks as well as crashes.
get_target_property(_newsdoc_alloc_sources newsdoc_objects SOURCES)
add_library(newsdoc_alloc_hooked STATIC ${_newsdoc_alloc_sources})
target_compile_definitions(newsdoc_alloc_hooked PUBLIC NEWSDOC_ALLOC_HOOKS PRIVATE
  $<TARGET_PROPERTY:newsdoc_objects,COMPILE_DEFINITIONS>)
target_include_directories(newsdoc_alloc_hooked PUBLIC ${PROJECT_SOURCE_DIR}/include ${PROJECT_SOURCE_DIR}/libnewsdoc)
set_target_properties(newsdoc_alloc_hooked PROPERTIES POSITION_INDEPENDENT_CODE ON)
target_link_libraries(newsdoc_alloc_hooked PUBLIC PkgConfig::LIBXML2 PkgConfig::JANSSON ${CMAKE_DL_LIBS} Threads::Threads)

add_executable(test_alloc_failures ${CMAKE_CURRENT_LIST_DIR}/test_alloc_failures.c)
target_link_libraries(test_alloc_failures PRIVATE newsdoc_alloc_hooked PkgConfig::CMOCKA)
target_compile_definitions(test_alloc_failures PRIVATE
  NEWSDOC_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
  NEWSDOC_PLUGINS_DIR="${PROJECT_BINARY_DIR}/plugins.d"
  NEWSDOC_FIXTURE_DIR="${PROJECT_BINARY_DIR}/test-plugins"
  NEWSDOC_SHARED_DIR="${NEWSDOC_SHARED_DIR}")
# Plugins are opened by the test, so they must be built first.
add_dependencies(test_alloc_failures newsdoc_cli)
add_test(NAME test_alloc_failures COMMAND test_alloc_failures)
set_tests_properties(test_alloc_failures PROPERTIES TIMEOUT 900
  ENVIRONMENT "CMOCKA_MESSAGE_OUTPUT=stdout;NEWSDOC_PLUGIN_PATH=/nonexistent")
