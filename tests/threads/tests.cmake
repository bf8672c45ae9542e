# Thread safety: 8 threads on one registry (tests/threads/test_threads.c),
# and 8 threads making their first registry at once (test_first_use.c);
# run-tsan.sh runs both under ThreadSanitizer in build-tsan.
foreach(name test_threads test_first_use)
  add_executable(${name} ${CMAKE_CURRENT_LIST_DIR}/${name}.c)
  target_link_libraries(${name} PRIVATE newsdoc Threads::Threads)
  target_compile_definitions(${name} PRIVATE
    NEWSDOC_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    NEWSDOC_PLUGINS_DIR="${PROJECT_BINARY_DIR}/plugins.d"
    NEWSDOC_SHARED_DIR="${NEWSDOC_SHARED_DIR}")
  add_dependencies(${name} newsdoc_cli)
  add_test(NAME ${name} COMMAND ${name})
  set_tests_properties(${name} PROPERTIES LABELS threads TIMEOUT 300)
endforeach()

# The thread-stack requirement (include/newsdoc/parse.h): the deepest
# hostile shapes parsed in a thread with a 256 KiB stack over a guard page.
add_executable(test_small_stack ${CMAKE_CURRENT_LIST_DIR}/test_small_stack.c)
target_link_libraries(test_small_stack PRIVATE newsdoc PkgConfig::CMOCKA Threads::Threads)
add_test(NAME test_small_stack COMMAND test_small_stack)
set_tests_properties(test_small_stack PROPERTIES LABELS threads TIMEOUT 300
  ENVIRONMENT "CMOCKA_MESSAGE_OUTPUT=stdout")
