# Hostile inputs: tests/hostile/make-hostile.py writes the cases into the
# build tree (some are 50 MB: never committed) and run-hostile.sh runs the
# CLI on each with a time and memory budget, printing a table.
find_package(Python3 COMPONENTS Interpreter QUIET)
if(Python3_Interpreter_FOUND)
  # ctest keeps CI short with a 20 MB page; run-hostile.sh by hand (or
  # HOSTILE_BIG_SIZE=50) uses the full 50 MB one.
  set(_hostile_env "PYTHON3=${Python3_EXECUTABLE}" "HOSTILE_BIG_SIZE=20"
    "HOSTILE_SHARED_DIR=${NEWSDOC_SHARED_DIR}")
  if(NEWSDOC_SANITIZE)
    # ASan/UBSan builds are several times slower and bigger: scale the
    # budgets and use a 5 MB page.
    list(APPEND _hostile_env "HOSTILE_SCALE=5" "HOSTILE_BIG_SIZE=5" "HOSTILE_SHAPE_SIZES=1x")
  endif()
  add_test(NAME hostile_inputs
    COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/run-hostile.sh ${PROJECT_BINARY_DIR} ${PROJECT_BINARY_DIR}/hostile)
  # Each case has its own budgets, and is killed as a hang when it runs 4
  # times its budget in wall-clock time. The whole run takes a little over
  # 2 minutes of CPU (132 s measured), which on a 2-core machine shared with
  # other work (load 12) took over 10 minutes: the timeout only catches a
  # hang of the script itself.
  set_tests_properties(hostile_inputs PROPERTIES LABELS hostile TIMEOUT 1800
    ENVIRONMENT "${_hostile_env}")
endif()

# real-page-shapes.py (the stress run of benchmark pages in crawl shapes,
# run by hand: it needs ../shared/bench and a sanitizer build) checked on a
# page of its own: each shape must change the page the way it says.
if(Python3_Interpreter_FOUND)
  add_test(NAME real_page_shapes_selftest
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/test_real_page_shapes.py)
  set_tests_properties(real_page_shapes_selftest PROPERTIES LABELS hostile TIMEOUT 120)
endif()
