# ABI checks (included from tests/CMakeLists.txt):
#   abi_map_matches_headers  newsdoc.map lists exactly the NEWSDOC_EXTERN functions
#   abi_symbols              the built .so exports exactly that, versioned, with its SONAME
#   abi_headers_<std>        every public header compiles alone as C89/C99/C11, C++98/C++17
#   abi_abidiff              abidiff against the committed baseline tests/abi/libnewsdoc.abi
#   abi_layout               enumerators, flag macros, struct sizes/offsets (plugin
#                            structs included) against tests/abi/layout.txt
# Scripts are in tests/abi/; see each one's header comment.

set(NEWSDOC_ABI_SCRIPTS ${CMAKE_CURRENT_LIST_DIR})
set(NEWSDOC_ABI_MAP ${PROJECT_SOURCE_DIR}/libnewsdoc/newsdoc.map)
set(NEWSDOC_ABI_INCLUDE ${PROJECT_SOURCE_DIR}/include)
find_program(NEWSDOC_BASH bash REQUIRED)

add_test(NAME abi_map_matches_headers
  COMMAND ${NEWSDOC_BASH} ${NEWSDOC_ABI_SCRIPTS}/check-map.sh ${NEWSDOC_ABI_INCLUDE} ${NEWSDOC_ABI_MAP})

add_test(NAME abi_symbols
  COMMAND ${NEWSDOC_BASH} ${NEWSDOC_ABI_SCRIPTS}/check-symbols.sh
          $<TARGET_FILE:newsdoc> ${NEWSDOC_ABI_MAP} libnewsdoc.so.${NEWSDOC_SOVERSION})

add_test(NAME abi_layout
  COMMAND ${NEWSDOC_BASH} ${NEWSDOC_ABI_SCRIPTS}/check-layout.sh
          ${CMAKE_C_COMPILER} ${NEWSDOC_ABI_INCLUDE} ${NEWSDOC_ABI_SCRIPTS}/layout.txt
          ${CMAKE_CURRENT_BINARY_DIR}/abi-layout)

foreach(std c89 c99 c11)
  add_test(NAME abi_headers_${std}
    COMMAND ${NEWSDOC_BASH} ${NEWSDOC_ABI_SCRIPTS}/check-headers.sh
            ${CMAKE_C_COMPILER} c ${std} ${NEWSDOC_ABI_INCLUDE}
            ${CMAKE_CURRENT_BINARY_DIR}/abi-headers/${std})
endforeach()
foreach(std c++98 c++17)
  string(REPLACE "+" "x" name ${std})
  add_test(NAME abi_headers_${name}
    COMMAND ${NEWSDOC_BASH} ${NEWSDOC_ABI_SCRIPTS}/check-headers.sh
            ${CMAKE_CXX_COMPILER} c++ ${std} ${NEWSDOC_ABI_INCLUDE}
            ${CMAKE_CURRENT_BINARY_DIR}/abi-headers/${name})
endforeach()

# abidiff needs DWARF. When the build type already compiles with -g
# (RelWithDebInfo, Debug) the real library is checked. Otherwise a -g copy
# of the library is built from the same sources with the same settings into
# abi-debug/ (same file name and SONAME, so abidiff sees no rename).
set(_newsdoc_abi_flags "${CMAKE_C_FLAGS}")
if(CMAKE_BUILD_TYPE)
  string(TOUPPER "${CMAKE_BUILD_TYPE}" _newsdoc_abi_bt)
  string(APPEND _newsdoc_abi_flags " ${CMAKE_C_FLAGS_${_newsdoc_abi_bt}}")
endif()
if(CMAKE_CONFIGURATION_TYPES OR _newsdoc_abi_flags MATCHES "(^| )-g")
  # Multi-config generators: abi-check.sh skips (fails under CI=true) a
  # configuration built without -g.
  set(_newsdoc_abi_lib $<TARGET_FILE:newsdoc>)
else()
  get_target_property(_newsdoc_abi_sources newsdoc_objects SOURCES)
  add_library(newsdoc_abi_debug SHARED ${_newsdoc_abi_sources})
  set_target_properties(newsdoc_abi_debug PROPERTIES
    OUTPUT_NAME newsdoc
    LIBRARY_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/abi-debug
    VERSION ${PROJECT_VERSION}
    SOVERSION ${NEWSDOC_SOVERSION}
    C_VISIBILITY_PRESET hidden
    LINK_DEPENDS ${NEWSDOC_ABI_MAP})
  target_compile_definitions(newsdoc_abi_debug PRIVATE
    $<TARGET_PROPERTY:newsdoc_objects,COMPILE_DEFINITIONS>)
  target_include_directories(newsdoc_abi_debug PRIVATE
    $<TARGET_PROPERTY:newsdoc_objects,INCLUDE_DIRECTORIES>)
  target_compile_options(newsdoc_abi_debug PRIVATE
    $<TARGET_PROPERTY:newsdoc_objects,COMPILE_OPTIONS> -g)
  target_link_options(newsdoc_abi_debug PRIVATE
    "LINKER:--version-script=${NEWSDOC_ABI_MAP}" "LINKER:--no-undefined")
  target_link_libraries(newsdoc_abi_debug PRIVATE
    $<TARGET_PROPERTY:newsdoc,LINK_LIBRARIES>)
  set(_newsdoc_abi_lib $<TARGET_FILE:newsdoc_abi_debug>)
endif()

add_test(NAME abi_abidiff
  COMMAND ${NEWSDOC_BASH} ${NEWSDOC_ABI_SCRIPTS}/abi-check.sh
          ${_newsdoc_abi_lib} ${NEWSDOC_ABI_INCLUDE} ${NEWSDOC_ABI_SCRIPTS}/libnewsdoc.abi)
set_tests_properties(abi_abidiff PROPERTIES SKIP_RETURN_CODE 77)
