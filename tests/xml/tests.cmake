# RELAX NG tests: the "xml" exporter's output must match docs/newsdoc.rng,
# and the schema must reject broken documents. Included from
# tests/CMakeLists.txt. Needs xmllint (Debian's libxml2-utils); without it
# validate_xml.sh exits 77 and ctest reports the test as skipped.

set(NEWSDOC_XML_TEST_DIR ${CMAKE_CURRENT_LIST_DIR})

add_executable(newsdoc_xml_dump ${NEWSDOC_XML_TEST_DIR}/dump_xml.c)
target_link_libraries(newsdoc_xml_dump PRIVATE newsdoc)

# Real pages through the command too, when the command is built.
set(NEWSDOC_XML_CLI_ARGS "")
if(TARGET newsdoc_cli)
  set(NEWSDOC_XML_CLI_ARGS $<TARGET_FILE:newsdoc_cli>)
  foreach(page ${PROJECT_SOURCE_DIR}/examples/article.html ${NEWSDOC_SHARED_DIR}/seed/article.html)
    if(EXISTS ${page})
      list(APPEND NEWSDOC_XML_CLI_ARGS ${page})
    endif()
  endforeach()
endif()

add_test(NAME xml_relaxng
  COMMAND sh ${NEWSDOC_XML_TEST_DIR}/validate_xml.sh
    ${PROJECT_SOURCE_DIR}/docs/newsdoc.rng
    $<TARGET_FILE:newsdoc_xml_dump>
    ${CMAKE_CURRENT_BINARY_DIR}/xml
    ${NEWSDOC_XML_CLI_ARGS})
set_tests_properties(xml_relaxng PROPERTIES
  SKIP_RETURN_CODE 77
  # Only the plugins built here: never the user's own.
  ENVIRONMENT "NEWSDOC_PLUGIN_PATH=${PROJECT_BINARY_DIR}/plugins.d")
