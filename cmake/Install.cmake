# Installing irm like a Debian tool (`make install`, `make deb`): the binary,
# its man pages and shell completions where each shell looks, copies of the
# shipped questionnaires and schemas for reading and for editors, the docs.
# irm itself needs none of the files beside it: the questionnaires are built in.
include(GNUInstallDirs)

install(TARGETS irm RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY ${IRM_SHARE}/man/man1-gz/ DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${IRM_SHARE}/completions/irm DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)
install(FILES ${IRM_SHARE}/completions/_irm DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
install(FILES ${IRM_SHARE}/completions/irm.fish DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/questionnaires/ DESTINATION ${CMAKE_INSTALL_DATADIR}/irm/questionnaires
        FILES_MATCHING PATTERN "*.yaml")
install(DIRECTORY ${PROJECT_SOURCE_DIR}/schemas/ ${IRM_SHARE}/schemas/
        DESTINATION ${CMAKE_INSTALL_DATADIR}/irm/schemas)
install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/ARCHITECTURE.md
              ${PROJECT_SOURCE_DIR}/packaging/copyright ${IRM_SHARE}/doc/changelog.gz
        DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/ DESTINATION ${CMAKE_INSTALL_DOCDIR}/docs FILES_MATCHING PATTERN "*.md")
install(DIRECTORY ${PROJECT_SOURCE_DIR}/examples/ DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples
        FILES_MATCHING PATTERN "*.yaml")

# The Debian package: CPack's DEB generator, since the build already knows every
# installed file; dpkg-shlibdeps computes the run-time dependencies from the
# libraries the binary links (yaml reader, fmt, pugixml, libxlsxwriter, libzip).
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME irm)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "irm developers <irm@invalid.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "self-assessment questionnaires of the UNTOC review mechanism")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "irm checks the responses of States to the self-assessment questionnaires of\n"
    "the Implementation Review Mechanism of the United Nations Convention against\n"
    "Transnational Organized Crime and its Protocols, helps focal points fill them\n"
    "offline as YAML or Excel workbooks and share the work between ministries,\n"
    "drafts the reviewing States' documents, and exports and counts answers.")
string(REPLACE ";" "" CPACK_DEBIAN_PACKAGE_DESCRIPTION "${CPACK_DEBIAN_PACKAGE_DESCRIPTION}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://www.unodc.org/unodc/en/organized-crime/intro/review-mechanism-untoc/home.html")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_SET_DESTDIR OFF)
include(CPack)
