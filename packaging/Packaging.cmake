# Desktop integration and the Debian package (`cpack -G DEB` in the build folder).
set(pkg "${PROJECT_SOURCE_DIR}/packaging")
install(FILES "${pkg}/org.wcoomd.ClikcDesktop.desktop" DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES "${pkg}/org.wcoomd.ClikcDesktop.metainfo.xml" DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES "${pkg}/icons/org.wcoomd.ClikcDesktop.svg"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size 16 32 48 64 128 256)
    install(FILES "${pkg}/icons/hicolor/${size}x${size}/apps/org.wcoomd.ClikcDesktop.png"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()

# What Debian asks of every package: the licence (DEP-5), the changelog (gzip -9n, as lintian
# expects) and a manual page per command, generated from the freshly built programs' --help.
install(FILES "${pkg}/copyright" DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(FILES "${pkg}/nginx/clikc-mirror.conf" DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples)
install(FILES "${pkg}/systemd/clikc-sync.service" "${pkg}/systemd/clikc-sync.timer"
        DESTINATION lib/systemd/user)
file(GLOB screenshots CONFIGURE_DEPENDS "${pkg}/screenshots/*.png")
install(FILES ${screenshots} DESTINATION ${CMAKE_INSTALL_DOCDIR}/screenshots)
set(generated "${PROJECT_BINARY_DIR}/packaging")
file(MAKE_DIRECTORY "${generated}")
add_custom_command(OUTPUT "${generated}/changelog.gz"
    COMMAND sh -c "gzip -9n <\"$1\" >\"$2\"" gzip "${pkg}/changelog" "${generated}/changelog.gz"
    DEPENDS "${pkg}/changelog" VERBATIM)
set(packaging_outputs "${generated}/changelog.gz")
install(FILES "${generated}/changelog.gz" DESTINATION ${CMAKE_INSTALL_DOCDIR})
find_program(CLIKC_HELP2MAN help2man)
if(CLIKC_HELP2MAN)
    foreach(program clikc clikc-desktop)
        add_custom_command(OUTPUT "${generated}/${program}.1.gz"
            COMMAND bash "${pkg}/make-manpage.sh" "$<TARGET_FILE:${program}>" ${program}
                    ${PROJECT_VERSION} "${pkg}/man/${program}.h2m" "${pkg}/changelog"
                    "${generated}/${program}.1.gz"
            DEPENDS ${program} "${pkg}/make-manpage.sh" "${pkg}/man/${program}.h2m" "${pkg}/changelog"
            COMMENT "Writing the manual page of ${program}" VERBATIM)
        list(APPEND packaging_outputs "${generated}/${program}.1.gz")
        install(FILES "${generated}/${program}.1.gz" DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    endforeach()
else()
    message(WARNING "help2man not found: the package will have no manual pages "
                    "(bash packaging/install-deps.sh installs it)")
endif()
add_custom_target(packaging_docs ALL DEPENDS ${packaging_outputs})

set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "clikc-desktop")
set(CPACK_PACKAGE_VENDOR "World Customs Organization")
set(CPACK_PACKAGE_CONTACT "CLiKC! support <clikc@wcoomd.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Offline study of the WCO's CLiKC! e-learning courses")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "education")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so shlibdeps cannot see them: the SQLite driver, the SVG icon engine,
# GStreamer's decoders (VP8/Vorbis in -good/-base, H.264/AAC in -libav), Qt's own translations,
# and libsecret for the keychain.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, libqt6svg6, qt6-qpa-plugins, qt6-translations-l10n, libsecret-1-0, gstreamer1.0-plugins-base, gstreamer1.0-plugins-good, gstreamer1.0-libav")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "CLiKC! Desktop keeps the World Customs Organization's CLiKC! courses on this\ncomputer: videos, pages and documents open with no connection, in English,\nFrench or Spanish, and learner progress is kept until it can be uploaded.")
set(CPACK_STRIP_FILES ON)
include(CPack)
