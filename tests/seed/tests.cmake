# The seed page (../shared/seed) through the CLI, compared with its
# expected record; skipped with a message when ../shared is absent.
set(NEWSDOC_SEED_DIR ${NEWSDOC_SHARED_DIR}/seed)
find_package(Python3 COMPONENTS Interpreter)
if(Python3_FOUND AND TARGET newsdoc_cli)
  set(seed_runner ${CMAKE_CURRENT_LIST_DIR}/run_seed.sh)
  # Issue 3: the site plugin gives the expected record.
  add_test(NAME seed_site_plugin COMMAND ${seed_runner} ${Python3_EXECUTABLE}
    ${CMAKE_CURRENT_LIST_DIR}/compare_seed.py $<TARGET_FILE:newsdoc_cli> ${NEWSDOC_SEED_DIR} article.html
    --plugin-path ${PROJECT_BINARY_DIR}/plugins.d
    --fields url,canonical_url,site_name,language,title,authors,published,section,paragraphs,related,comments_count,not_in_body)
  set_tests_properties(seed_site_plugin PROPERTIES SKIP_RETURN_CODE 77
    ENVIRONMENT "NEWSDOC_PLUGIN_PATH=${PROJECT_BINARY_DIR}/plugins.d")
endif()
