# The real-page sweep itself (run-sweep.sh: a clang ASan + UBSan build of
# the CLI over every ../shared/bench page) is a stage of tests/run-all.sh,
# not a ctest test: ctest runs in the normal gcc build, and the sweep needs
# its own clang build and about a minute of both cores. Here only the
# sweep driver is tested, against a fake CLI (test_sweep.py): that it
# names every failing page, mode and reason, and passes a clean set.
find_package(Python3 COMPONENTS Interpreter QUIET)
if(Python3_Interpreter_FOUND)
  add_test(NAME sweep_driver COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/test_sweep.py)
  set_tests_properties(sweep_driver PROPERTIES LABELS sweep TIMEOUT 300)
endif()
