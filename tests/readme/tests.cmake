# The README's C example compiles and runs as printed.
# In a sanitizer build the example must be instrumented like the library.
set(_readme_flags "")
if(NEWSDOC_SANITIZE)
  set(_readme_flags "-fsanitize=address,undefined")
endif()
add_test(NAME readme_example COMMAND ${CMAKE_CURRENT_LIST_DIR}/test_readme_example.sh
  ${PROJECT_SOURCE_DIR}/README.md ${CMAKE_C_COMPILER} ${PROJECT_SOURCE_DIR}/include $<TARGET_FILE_DIR:newsdoc>
  "${_readme_flags}")
