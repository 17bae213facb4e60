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
