# Run by `cmake --install` (install(CODE) in libnewsdoc/CMakeLists.txt):
# record the prefix being installed to in the installed libnewsdoc.a, by
# compiling plugin/install_prefix.c with it and replacing that member.
# The caller sets NEWSDOC_CC, NEWSDOC_CC_FLAGS, NEWSDOC_AR,
# NEWSDOC_PREFIX_SOURCE, NEWSDOC_PREFIX_WORK and NEWSDOC_ARCHIVE (the
# archive's install path, relative to the prefix or absolute).
# CMAKE_INSTALL_PREFIX is the final prefix (--prefix), without DESTDIR.

# include() gives this file its own policy scope; install scripts start with
# old policies (IN_LIST needs 3.3).
cmake_policy(VERSION 3.16)

get_filename_component(member "${NEWSDOC_PREFIX_SOURCE}" NAME)
set(member "${member}.o") # how CMake names the object in the archive
if(IS_ABSOLUTE "${NEWSDOC_ARCHIVE}")
  set(archive "$ENV{DESTDIR}${NEWSDOC_ARCHIVE}")
else()
  set(archive "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}/${NEWSDOC_ARCHIVE}")
endif()

# Replace only a member that is there: a second object defining the same
# symbol would leave the linker to pick one.
execute_process(COMMAND "${NEWSDOC_AR}" t "${archive}" OUTPUT_VARIABLE members RESULT_VARIABLE rc)
string(REPLACE "\n" ";" members "${members}")
if(NOT rc EQUAL 0 OR NOT member IN_LIST members)
  message(FATAL_ERROR "record-prefix: ${archive} has no member ${member}")
endif()

# The prefix as a C string literal.
set(literal "${CMAKE_INSTALL_PREFIX}")
string(REPLACE "\\" "\\\\" literal "${literal}")
string(REPLACE "\"" "\\\"" literal "${literal}")
file(MAKE_DIRECTORY "${NEWSDOC_PREFIX_WORK}")
set(source "${NEWSDOC_PREFIX_WORK}/${member}.c")
file(WRITE "${source}" "/* written by cmake --install (cmake/record-prefix.cmake) */
#define NEWSDOC_INSTALL_PREFIX \"${literal}\"
#include \"${NEWSDOC_PREFIX_SOURCE}\"
")
file(REMOVE_RECURSE "${NEWSDOC_PREFIX_WORK}/obj")
file(MAKE_DIRECTORY "${NEWSDOC_PREFIX_WORK}/obj")
execute_process(COMMAND "${NEWSDOC_CC}" ${NEWSDOC_CC_FLAGS} -c "${source}" -o "${NEWSDOC_PREFIX_WORK}/obj/${member}"
  RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "record-prefix: compiling ${source} failed")
endif()
execute_process(COMMAND "${NEWSDOC_AR}" r "${archive}" "${NEWSDOC_PREFIX_WORK}/obj/${member}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "record-prefix: replacing ${member} in ${archive} failed")
endif()
message(STATUS "Recorded prefix ${CMAKE_INSTALL_PREFIX} in: ${archive}")
