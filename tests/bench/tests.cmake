# The work budget's default (max_work 0, libnewsdoc/parse.c) against every
# page of the benchmarks in ../shared/bench: none may come within a tenth
# of it (skipped without ../shared).
find_package(Python3 COMPONENTS Interpreter QUIET)
if(Python3_Interpreter_FOUND AND TARGET newsdoc_cli)
  add_test(NAME bench_work_budget COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/check_work.py
    --newsdoc $<TARGET_FILE:newsdoc_cli> --bench ${NEWSDOC_SHARED_DIR}/bench)
  set_tests_properties(bench_work_budget PROPERTIES SKIP_RETURN_CODE 77 LABELS bench TIMEOUT 600
    ENVIRONMENT "NEWSDOC_PLUGIN_PATH=${PROJECT_BINARY_DIR}/plugins.d")
endif()

# The lean copy and the whole page give the same document on every page of
# the benchmarks (html_lean.c; skipped without ../shared).
if(Python3_Interpreter_FOUND AND TARGET newsdoc_cli)
  add_test(NAME bench_lean_whole COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/check_lean_whole.py
    --newsdoc $<TARGET_FILE:newsdoc_cli> --bench ${NEWSDOC_SHARED_DIR}/bench
    --whole-page-plugins ${PROJECT_SOURCE_DIR}/tests/fixtures/whole-page)
  set_tests_properties(bench_lean_whole PROPERTIES SKIP_RETURN_CODE 77 LABELS bench TIMEOUT 600)
endif()

# The page-type fitter's margin search on scores written for the test
# (bench/pagetype_fit.py; no benchmark pages needed).
if(Python3_Interpreter_FOUND)
  add_test(NAME bench_pagetype_fit_margins COMMAND ${Python3_EXECUTABLE}
    ${CMAKE_CURRENT_LIST_DIR}/test_pagetype_fit.py)
endif()
