# Fuzz corpus replay: every fuzz target of tests/fuzz/ is also built with
# the normal compiler against a standalone driver (replay.c) and run over
# its committed corpus (corpus/<target>/) and its regression cases
# (regressions/<target>/), one ctest test per target. The libFuzzer builds
# and the fuzzing itself are tests/fuzz/run-fuzzers.sh.
set(NEWSDOC_FUZZ_TARGETS fuzz_html fuzz_text fuzz_manifest fuzz_json fuzz_export)
foreach(target ${NEWSDOC_FUZZ_TARGETS})
  add_executable(replay_${target} ${CMAKE_CURRENT_LIST_DIR}/${target}.c ${CMAKE_CURRENT_LIST_DIR}/replay.c)
  target_link_libraries(replay_${target} PRIVATE newsdoc)
  add_dependencies(replay_${target} newsdoc_cli)
  add_test(NAME ${target}_replay COMMAND replay_${target}
    ${CMAKE_CURRENT_LIST_DIR}/corpus/${target}
    ${CMAKE_CURRENT_LIST_DIR}/regressions/${target})
  set_tests_properties(${target}_replay PROPERTIES LABELS fuzz TIMEOUT 300
    ENVIRONMENT "NEWSDOC_PLUGIN_PATH=${PROJECT_BINARY_DIR}/plugins.d")
endforeach()
