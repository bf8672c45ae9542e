# The attribute scan of libnewsdoc/html/html_attr_scan.c, an internal function,
# checked against libxml2's HTML parser itself on generated tag soup: the
# test links the static library, whose objects hold the internal symbols.
add_executable(test_html_attr_scan ${CMAKE_CURRENT_LIST_DIR}/test_html_attr_scan.c)
target_include_directories(test_html_attr_scan PRIVATE ${PROJECT_SOURCE_DIR}/libnewsdoc)
target_link_libraries(test_html_attr_scan PRIVATE newsdoc_static PkgConfig::LIBXML2 PkgConfig::JANSSON
  PkgConfig::CMOCKA ${CMAKE_DL_LIBS} Threads::Threads)
add_test(NAME test_html_attr_scan COMMAND test_html_attr_scan)
set_tests_properties(test_html_attr_scan PROPERTIES ENVIRONMENT "CMOCKA_MESSAGE_OUTPUT=stdout")
