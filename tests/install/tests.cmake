# Installation tests (included from tests/CMakeLists.txt): install into a
# scratch prefix in the build tree, then build programs against it the ways
# users do. install_layout is the fixture the others depend on.
# See tests/install/install-test.sh.

find_program(NEWSDOC_BASH bash REQUIRED)
set(NEWSDOC_INSTALL_TEST_ARGS
  build=${PROJECT_BINARY_DIR}
  prefix=${PROJECT_BINARY_DIR}/install-test/prefix
  work=${PROJECT_BINARY_DIR}/install-test/work
  cmake=${CMAKE_COMMAND}
  config=$<CONFIG>
  libdir=${CMAKE_INSTALL_LIBDIR}
  includedir=${CMAKE_INSTALL_INCLUDEDIR}
  bindir=${CMAKE_INSTALL_BINDIR}
  plugindir=${NEWSDOC_PLUGIN_DIR}
  manifestdir=${NEWSDOC_MANIFEST_DIR}
  version=${PROJECT_VERSION}
  soversion=${NEWSDOC_SOVERSION}
  cli=$<IF:$<TARGET_EXISTS:newsdoc_cli>,1,0>
  sanitize=$<BOOL:${NEWSDOC_SANITIZE}>
  srcdir=${PROJECT_SOURCE_DIR})

set(_newsdoc_install_abs OFF)
foreach(dir CMAKE_INSTALL_LIBDIR CMAKE_INSTALL_INCLUDEDIR CMAKE_INSTALL_BINDIR NEWSDOC_PLUGIN_DIR NEWSDOC_MANIFEST_DIR)
  if(IS_ABSOLUTE "${${dir}}")
    set(_newsdoc_install_abs ON)
  endif()
endforeach()

if(_newsdoc_install_abs)
  message(STATUS "install tests disabled: an install folder is absolute, so --prefix cannot relocate it")
else()
  foreach(step layout c cxx static cmake nodeps_pc nodeps_cmake relocated)
    if(step STREQUAL "layout")
      set(name install_layout)
    elseif(step STREQUAL "cmake")
      set(name install_find_package)
    elseif(step STREQUAL "nodeps_pc")
      set(name install_pkgconfig_without_deps)
    elseif(step STREQUAL "nodeps_cmake")
      set(name install_find_package_without_deps)
    elseif(step STREQUAL "relocated")
      set(name install_relocated)
    else()
      set(name install_pkgconfig_${step})
    endif()
    add_test(NAME ${name}
      COMMAND ${NEWSDOC_BASH} ${CMAKE_CURRENT_LIST_DIR}/install-test.sh ${step} ${NEWSDOC_INSTALL_TEST_ARGS})
    set_tests_properties(${name} PROPERTIES SKIP_RETURN_CODE 77)
    if(step STREQUAL "layout")
      set_tests_properties(${name} PROPERTIES FIXTURES_SETUP newsdoc_installed)
    else()
      set_tests_properties(${name} PROPERTIES FIXTURES_REQUIRED newsdoc_installed)
    endif()
  endforeach()
endif()
