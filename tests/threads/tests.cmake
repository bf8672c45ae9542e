# Thread safety: 8 threads on one registry (tests/threads/test_threads.c);
# run-tsan.sh runs the same program under ThreadSanitizer in build-tsan.
add_executable(test_threads ${CMAKE_CURRENT_LIST_DIR}/test_threads.c)
target_link_libraries(test_threads PRIVATE newsdoc Threads::Threads)
target_compile_definitions(test_threads PRIVATE
  NEWSDOC_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
  NEWSDOC_PLUGINS_DIR="${PROJECT_BINARY_DIR}/plugins.d"
  NEWSDOC_SHARED_DIR="${NEWSDOC_SHARED_DIR}")
add_dependencies(test_threads newsdoc_cli)
add_test(NAME test_threads COMMAND test_threads)
set_tests_properties(test_threads PROPERTIES LABELS threads TIMEOUT 300)

# The thread-stack requirement (include/newsdoc/parse.h): the deepest
# hostile shapes parsed in a thread with a 256 KiB stack over a guard page.
add_executable(test_small_stack ${CMAKE_CURRENT_LIST_DIR}/test_small_stack.c)
target_link_libraries(test_small_stack PRIVATE newsdoc PkgConfig::CMOCKA Threads::Threads)
add_test(NAME test_small_stack COMMAND test_small_stack)
set_tests_properties(test_small_stack PROPERTIES LABELS threads TIMEOUT 300
  ENVIRONMENT "CMOCKA_MESSAGE_OUTPUT=stdout")
