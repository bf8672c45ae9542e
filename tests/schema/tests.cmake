# JSON Schema tests: the "json" exporter's output must match
# docs/newsdoc.schema.json, and the schema must reject broken documents.
# Included from tests/CMakeLists.txt. Needs Debian's python3-jsonschema;
# without it validate.py exits 77 and ctest reports the tests as skipped.

set(NEWSDOC_SCHEMA_DIR ${CMAKE_CURRENT_LIST_DIR})
set(NEWSDOC_SCHEMA_FILE ${PROJECT_SOURCE_DIR}/docs/newsdoc.schema.json)
# The system interpreter on purpose: python3-jsonschema is a Debian
# package, which a virtualenv's or another prefix's python would not see.
set(NEWSDOC_SCHEMA_PYTHON /usr/bin/python3 CACHE FILEPATH "python3 with the jsonschema module, for the schema tests")

if(NOT EXISTS ${NEWSDOC_SCHEMA_PYTHON})
  message(STATUS "schema tests: ${NEWSDOC_SCHEMA_PYTHON} not found; not adding them")
  return()
endif()

add_executable(newsdoc_schema_dump ${NEWSDOC_SCHEMA_DIR}/dump_full.c)
target_link_libraries(newsdoc_schema_dump PRIVATE newsdoc)

set(NEWSDOC_SCHEMA_VALIDATE ${NEWSDOC_SCHEMA_PYTHON} ${NEWSDOC_SCHEMA_DIR}/validate.py
  --schema ${NEWSDOC_SCHEMA_FILE})

# Documents built with the builder API: full, empty, compact, round-tripped.
add_test(NAME schema_documents
  COMMAND ${NEWSDOC_SCHEMA_VALIDATE}
    --dump $<TARGET_FILE:newsdoc_schema_dump>
    --workdir ${CMAKE_CURRENT_BINARY_DIR}/schema)

# What the command writes for real pages, when the command is built.
if(TARGET newsdoc_cli)
  set(NEWSDOC_SCHEMA_PAGES
    example ${PROJECT_SOURCE_DIR}/examples/article.html
    seed ${NEWSDOC_SHARED_DIR}/seed/article.html)
  while(NEWSDOC_SCHEMA_PAGES)
    list(POP_FRONT NEWSDOC_SCHEMA_PAGES name page)
    if(EXISTS ${page})
      add_test(NAME schema_cli_${name}
        COMMAND ${NEWSDOC_SCHEMA_VALIDATE} --cli $<TARGET_FILE:newsdoc_cli> --html ${page})
    endif()
  endwhile()
endif()

get_property(NEWSDOC_SCHEMA_TESTS DIRECTORY PROPERTY TESTS)
list(FILTER NEWSDOC_SCHEMA_TESTS INCLUDE REGEX "^schema_")
set_tests_properties(${NEWSDOC_SCHEMA_TESTS} PROPERTIES
  SKIP_RETURN_CODE 77
  ENVIRONMENT "NEWSDOC_PLUGIN_PATH=${PROJECT_BINARY_DIR}/plugins.d")
