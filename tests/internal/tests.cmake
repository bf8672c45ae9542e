# Internal helpers checked directly: the tests link the static library,
# whose objects hold the internal symbols (as tests/scan does).
file(GLOB NEWSDOC_INTERNAL_TESTS CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/test_*.c)
foreach(src ${NEWSDOC_INTERNAL_TESTS})
  get_filename_component(name ${src} NAME_WE)
  add_executable(${name} ${src})
  target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/libnewsdoc)
  target_link_libraries(${name} PRIVATE newsdoc_static PkgConfig::LIBXML2 PkgConfig::JANSSON
    PkgConfig::CMOCKA ${CMAKE_DL_LIBS} Threads::Threads)
  add_test(NAME ${name} COMMAND ${name})
  set_tests_properties(${name} PROPERTIES ENVIRONMENT "CMOCKA_MESSAGE_OUTPUT=stdout")
endforeach()
