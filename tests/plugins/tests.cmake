# Plugin loading: one fixture library per failure mode, each in its own
# folder under the build tree with its manifest, plus manifest-only
# fixtures, and a CMocka program that checks every exact error.
set(NEWSDOC_FIXTURE_DIR ${PROJECT_BINARY_DIR}/test-plugins)

# case  manifest-name  compile definitions
set(NEWSDOC_FIXTURE_CASES
  "good|test-good|"
  "no-entry|no-entry|FIXTURE_NO_ENTRY"
  "refuses|refuses|FIXTURE_REFUSES"
  "wrong-version|wrong-version|FIXTURE_WRONG_VERSION"
  "big-dirty|big-dirty|FIXTURE_BIG_DIRTY"
  "big-clean|big-clean|FIXTURE_BIG_CLEAN"
  "small|small|FIXTURE_SMALL"
  "size-max|size-max|FIXTURE_SIZE_MAX"
  "size-huge|size-huge|FIXTURE_SIZE_HUGE"
  "size-overlong|size-overlong|FIXTURE_SIZE_OVERLONG"
  "heap-answer|heap-answer|FIXTURE_HEAP_ANSWER"
  "name-mismatch|name-mismatch|FIXTURE_NAME=\"someone-else\""
  "init-fails|init-fails|FIXTURE_INIT_FAILS")

set(NEWSDOC_FIXTURE_TARGETS)
foreach(entry ${NEWSDOC_FIXTURE_CASES})
  string(REPLACE "|" ";" parts "${entry}")
  list(GET parts 0 FIXTURE_CASE)
  list(GET parts 1 FIXTURE_MANIFEST_NAME)
  list(LENGTH parts n)
  set(defs "")
  if(n GREATER 2)
    list(GET parts 2 defs)
  endif()
  set(target fixture_plugin_${FIXTURE_CASE})
  string(REPLACE "-" "_" target ${target})
  add_library(${target} MODULE ${CMAKE_CURRENT_LIST_DIR}/fixture_plugin.c)
  target_include_directories(${target} PRIVATE ${PROJECT_SOURCE_DIR}/include)
  if(defs)
    target_compile_definitions(${target} PRIVATE ${defs})
  endif()
  if(NOT defs MATCHES "FIXTURE_NAME")
    target_compile_definitions(${target} PRIVATE FIXTURE_NAME="${FIXTURE_MANIFEST_NAME}")
  endif()
  set_target_properties(${target} PROPERTIES
    OUTPUT_NAME ${FIXTURE_CASE} PREFIX "lib" C_VISIBILITY_PRESET hidden
    LIBRARY_OUTPUT_DIRECTORY ${NEWSDOC_FIXTURE_DIR}/${FIXTURE_CASE})
  configure_file(${CMAKE_CURRENT_LIST_DIR}/library.json.in
    ${NEWSDOC_FIXTURE_DIR}/${FIXTURE_CASE}/${FIXTURE_CASE}.json @ONLY)
  list(APPEND NEWSDOC_FIXTURE_TARGETS ${target})
endforeach()

file(GLOB NEWSDOC_FIXTURE_MANIFESTS ${CMAKE_CURRENT_LIST_DIR}/manifests/*.json)
foreach(manifest ${NEWSDOC_FIXTURE_MANIFESTS})
  get_filename_component(name ${manifest} NAME_WE)
  configure_file(${manifest} ${NEWSDOC_FIXTURE_DIR}/${name}/${name}.json COPYONLY)
endforeach()

# A CMocka program NAME.c of this folder that reads the fixtures, linked
# with LIBRARY.
function(newsdoc_fixture_test name library)
  add_executable(${name} ${CMAKE_CURRENT_LIST_DIR}/${name}.c)
  target_link_libraries(${name} PRIVATE ${library} PkgConfig::CMOCKA)
  target_compile_definitions(${name} PRIVATE NEWSDOC_FIXTURE_DIR="${NEWSDOC_FIXTURE_DIR}")
  add_dependencies(${name} ${NEWSDOC_FIXTURE_TARGETS})
  add_test(NAME ${name} COMMAND ${name})
  set_tests_properties(${name} PROPERTIES ENVIRONMENT "CMOCKA_MESSAGE_OUTPUT=stdout")
endfunction()

newsdoc_fixture_test(test_plugins newsdoc)

# Rules on unusual selections, with libxml2's allocations counted.
add_executable(test_plugin_rules ${CMAKE_CURRENT_LIST_DIR}/test_plugin_rules.c)
target_link_libraries(test_plugin_rules PRIVATE newsdoc PkgConfig::CMOCKA PkgConfig::LIBXML2)
target_compile_definitions(test_plugin_rules PRIVATE NEWSDOC_FIXTURE_DIR="${NEWSDOC_FIXTURE_DIR}")
add_test(NAME test_plugin_rules COMMAND test_plugin_rules)
set_tests_properties(test_plugin_rules PROPERTIES ENVIRONMENT "CMOCKA_MESSAGE_OUTPUT=stdout")

# plugins/_template built here too (it is otherwise built out of tree by
# tests/template), so that test_page_guard runs its parser.
add_library(fixture_plugin_template MODULE ${PROJECT_SOURCE_DIR}/plugins/_template/template.c)
target_include_directories(fixture_plugin_template PRIVATE ${PROJECT_SOURCE_DIR}/include)
set_target_properties(fixture_plugin_template PROPERTIES
  OUTPUT_NAME newsdoc-template PREFIX "lib" C_VISIBILITY_PRESET hidden
  LIBRARY_OUTPUT_DIRECTORY ${NEWSDOC_FIXTURE_DIR}/template)
set(PLUGIN_LIBRARY libnewsdoc-template.so)
configure_file(${PROJECT_SOURCE_DIR}/plugins/_template/manifest.json.in
  ${NEWSDOC_FIXTURE_DIR}/template/template.json @ONLY)

# Every in-tree parser on pages that end just before an unreadable page.
add_executable(test_page_guard ${CMAKE_CURRENT_LIST_DIR}/test_page_guard.c)
target_link_libraries(test_page_guard PRIVATE newsdoc PkgConfig::CMOCKA)
target_compile_definitions(test_page_guard PRIVATE
  NEWSDOC_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
  NEWSDOC_SHARED_DIR="${NEWSDOC_SHARED_DIR}"
  NEWSDOC_PLUGINS_DIR="${PROJECT_BINARY_DIR}/plugins.d"
  NEWSDOC_FIXTURE_DIR="${NEWSDOC_FIXTURE_DIR}")
add_dependencies(test_page_guard fixture_plugin_template fixture_plugin_good newsdoc_cli)
add_test(NAME test_page_guard COMMAND test_page_guard)
set_tests_properties(test_page_guard PROPERTIES ENVIRONMENT "CMOCKA_MESSAGE_OUTPUT=stdout")

# Discovery on hostile folders (FIFOs, devices, oversized manifests, unsafe
# owners and modes, relative environment entries). Linked statically: it
# also calls the registry's internal entry that takes the identity to check
# against, to test what a non-root process is told.
newsdoc_fixture_test(test_discovery newsdoc_static)
target_link_libraries(test_discovery PRIVATE
  PkgConfig::LIBXML2 PkgConfig::JANSSON ${CMAKE_DL_LIBS} Threads::Threads)
target_include_directories(test_discovery PRIVATE ${PROJECT_SOURCE_DIR}/libnewsdoc)
set_tests_properties(test_discovery PROPERTIES TIMEOUT 120)

# Manifest values at and past their bounds (versions, interface versions,
# priorities) and exporter formats that clash.
newsdoc_fixture_test(test_manifest_values newsdoc)
target_compile_definitions(test_manifest_values PRIVATE NEWSDOC_PLUGINS_DIR="${PROJECT_BINARY_DIR}/plugins.d")
add_dependencies(test_manifest_values newsdoc_cli)

# The host's xpath_strings, called by a plugin that links no libxml2.
add_library(fixture_plugin_xpath MODULE ${CMAKE_CURRENT_LIST_DIR}/xpath_plugin.c)
target_include_directories(fixture_plugin_xpath PRIVATE ${PROJECT_SOURCE_DIR}/include)
set_target_properties(fixture_plugin_xpath PROPERTIES
  OUTPUT_NAME xpath PREFIX "lib" C_VISIBILITY_PRESET hidden
  LIBRARY_OUTPUT_DIRECTORY ${NEWSDOC_FIXTURE_DIR}/xpath)
target_link_options(fixture_plugin_xpath PRIVATE "LINKER:--no-undefined")
configure_file(${CMAKE_CURRENT_LIST_DIR}/xpath.json.in ${NEWSDOC_FIXTURE_DIR}/xpath/xpath.json COPYONLY)
newsdoc_fixture_test(test_host_xpath newsdoc)
add_dependencies(test_host_xpath fixture_plugin_xpath)
