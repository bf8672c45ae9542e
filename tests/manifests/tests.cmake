# Manifests against the manifest schema: every in-tree manifest and the
# valid fixtures pass; the broken fixtures fail.
set(fixtures ${PROJECT_SOURCE_DIR}/tests/plugins/manifests)
add_test(NAME manifest_schema COMMAND /usr/bin/python3 ${CMAKE_CURRENT_LIST_DIR}/validate_manifests.py
  ${PROJECT_SOURCE_DIR}/docs/plugin-manifest.schema.json
  --valid ${PROJECT_BINARY_DIR}/plugins.d ${fixtures}/claim-a.json
    ${fixtures}/claim-high.json ${fixtures}/probe.json ${fixtures}/traversal.json
    ${PROJECT_BINARY_DIR}/test-plugins/good/good.json
  --invalid ${fixtures}/not-json.json ${fixtures}/unknown-major.json ${fixtures}/unknown-key.json
    ${fixtures}/missing-library-path.json ${fixtures}/priority-overflow.json
    ${fixtures}/interface-overflow.json)
set_tests_properties(manifest_schema PROPERTIES SKIP_RETURN_CODE 77)
