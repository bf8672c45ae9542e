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

# The structure-aware mutators that run-fuzzers.sh links into the libFuzzer
# builds, tested without libFuzzer: bounds, the prefix byte, and that deep
# and repeated structure comes out.
add_executable(test_fuzz_mutators ${CMAKE_CURRENT_LIST_DIR}/test_mutators.c ${CMAKE_CURRENT_LIST_DIR}/mutator.c
  ${CMAKE_CURRENT_LIST_DIR}/mutate.c ${CMAKE_CURRENT_LIST_DIR}/mutate_html.c
  ${CMAKE_CURRENT_LIST_DIR}/mutate_text.c ${CMAKE_CURRENT_LIST_DIR}/mutate_json.c)
target_compile_definitions(test_fuzz_mutators PRIVATE FUZZ_MUTATE=mutate_html FUZZ_PREFIX=1)
target_link_libraries(test_fuzz_mutators PRIVATE PkgConfig::CMOCKA PkgConfig::JANSSON)
add_test(NAME fuzz_mutators COMMAND test_fuzz_mutators)
set_tests_properties(fuzz_mutators PROPERTIES LABELS fuzz TIMEOUT 300)
