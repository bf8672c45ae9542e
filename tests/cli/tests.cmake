# Tests of the newsdoc command: each tests/cli/test_*.sh is one ctest test
# named cli_*, run with POSIX sh as
#   sh test_X.sh NEWSDOC_EXECUTABLE SOURCE_DIR PYTHON3 [VALGRIND]
# (included from tests/CMakeLists.txt).

find_package(Python3 COMPONENTS Interpreter QUIET)
set(NEWSDOC_CLI_TEST_PYTHON "")
if(Python3_Interpreter_FOUND)
  set(NEWSDOC_CLI_TEST_PYTHON "${Python3_EXECUTABLE}")
endif()

# Valgrind and the sanitizers cannot watch the same process.
set(NEWSDOC_CLI_TEST_VALGRIND "")
if(NOT NEWSDOC_SANITIZE)
  find_program(NEWSDOC_VALGRIND_EXECUTABLE valgrind)
  if(NEWSDOC_VALGRIND_EXECUTABLE)
    set(NEWSDOC_CLI_TEST_VALGRIND "${NEWSDOC_VALGRIND_EXECUTABLE}")
  endif()
endif()

file(GLOB NEWSDOC_CLI_TEST_SCRIPTS CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/test_*.sh)
foreach(script ${NEWSDOC_CLI_TEST_SCRIPTS})
  get_filename_component(name ${script} NAME_WE)
  string(REGEX REPLACE "^test_" "cli_" name ${name})
  add_test(NAME ${name}
    COMMAND sh ${script} $<TARGET_FILE:newsdoc_cli> ${PROJECT_SOURCE_DIR}
            "${NEWSDOC_CLI_TEST_PYTHON}" "${NEWSDOC_CLI_TEST_VALGRIND}"
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  set_tests_properties(${name} PROPERTIES
    # Only the plugins built here: never the user's own.
    # (and where the shared pages are, for the tests that read them)
    ENVIRONMENT "NEWSDOC_PLUGIN_PATH=${PROJECT_BINARY_DIR}/plugins.d;NEWSDOC_SHARED_DIR=${NEWSDOC_SHARED_DIR}"
    SKIP_RETURN_CODE 77
    LABELS cli)
endforeach()
if(TEST cli_valgrind)
  set_tests_properties(cli_valgrind PROPERTIES LABELS "cli;valgrind" TIMEOUT 300)
endif()
