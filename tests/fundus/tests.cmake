# Site plugins against the Fundus fixtures in ../shared/bench/fundus: each
# plugins/site-*/fundus file names "COUNTRY/Publisher PARSER_ID" lines; the
# plugin must give title and authors exactly, the date to the second and
# body F1 >= 0.98 on every page of those publishers (skipped without
# ../shared).
find_package(Python3 COMPONENTS Interpreter)
file(GLOB NEWSDOC_FUNDUS_LISTS CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/plugins/site-*/fundus)
if(Python3_FOUND AND TARGET newsdoc_cli)
  foreach(list ${NEWSDOC_FUNDUS_LISTS})
    get_filename_component(dir ${list} DIRECTORY)
    get_filename_component(plugin ${dir} NAME)
    file(STRINGS ${list} lines REGEX "^[a-z]+/")
    foreach(line ${lines})
      string(REPLACE " " ";" parts "${line}")
      list(GET parts 0 publisher)
      list(GET parts 1 parser_id)
      string(REPLACE "/" "_" test_name "fundus_${publisher}")
      add_test(NAME ${test_name} COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/check_publishers.py
        --newsdoc $<TARGET_FILE:newsdoc_cli> --bench ${NEWSDOC_SHARED_DIR}/bench
        --plugin-path ${PROJECT_BINARY_DIR}/plugins.d --expect-parser ${parser_id} ${publisher})
      set_tests_properties(${test_name} PROPERTIES SKIP_RETURN_CODE 77 LABELS fundus
        ENVIRONMENT "NEWSDOC_PLUGIN_PATH=${PROJECT_BINARY_DIR}/plugins.d")
    endforeach()
  endforeach()
endif()
