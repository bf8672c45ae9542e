# plugins/_template built out of tree against an installed prefix with
# pkg-config only, then loaded by the installed newsdoc.
if(TARGET newsdoc_cli)
  add_test(NAME plugin_template_out_of_tree
    COMMAND ${CMAKE_CURRENT_LIST_DIR}/test_template.sh ${PROJECT_BINARY_DIR} ${PROJECT_SOURCE_DIR}/plugins/_template)
  set_tests_properties(plugin_template_out_of_tree PROPERTIES TIMEOUT 300)
endif()
