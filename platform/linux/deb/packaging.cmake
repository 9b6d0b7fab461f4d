# Debian packages `gangwerk` (the app) and `gangwerk-server`, made by CPack from this build's own
# install rules (`./dev package`, tests/install/check_packages.sh). CPack rather than a debian/
# folder: the packages hold exactly the build the tests ran (a dpkg-buildpackage would build
# everything again), and dpkg-shlibdeps still works out the library dependencies as it does for
# Debian's own packages. README "Installing".
# Each package's /usr/share/doc: its copyright (with the notice of SQLCipher, linked in) and the
# changelog, compressed as Debian's policy asks. The changelog's newest version is the project's.
file(STRINGS ${CMAKE_CURRENT_LIST_DIR}/changelog gw_changelog_top LIMIT_COUNT 1)
if(NOT gw_changelog_top MATCHES "^gangwerk \\(${PROJECT_VERSION}\\) ")
  message(FATAL_ERROR "platform/linux/deb/changelog starts with '${gw_changelog_top}': "
                      "add an entry for ${PROJECT_VERSION} (the version in CMakeLists.txt)")
endif()
set(gw_changelog_gz ${CMAKE_BINARY_DIR}/platform/changelog.gz)
add_custom_command(OUTPUT ${gw_changelog_gz}
  COMMAND gzip -9n -c ${CMAKE_CURRENT_LIST_DIR}/changelog > ${gw_changelog_gz}
  DEPENDS ${CMAKE_CURRENT_LIST_DIR}/changelog
  COMMENT "changelog.gz for the Debian packages")
add_custom_target(gangwerk_changelog ALL DEPENDS ${gw_changelog_gz})
foreach(gw_component app server)
  if(gw_component STREQUAL app)
    set(gw_package gangwerk)
  else()
    set(gw_package gangwerk-server)
  endif()
  install(FILES ${CMAKE_CURRENT_LIST_DIR}/copyright ${gw_changelog_gz}
          DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${gw_package} COMPONENT ${gw_component})
endforeach()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME gangwerk)
set(CPACK_PACKAGE_VENDOR "Gangwerk")
set(CPACK_PACKAGE_CONTACT "Gangwerk <dev@gangwerk.nl>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DIRECTORY ${CMAKE_BINARY_DIR}/packages)
# Installed under /usr, as Debian's packages are (this build's own prefix is /usr/local).
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# Programs without their debug information (the build is RelWithDebInfo).
set(CPACK_STRIP_FILES ON)

set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL app server)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # gangwerk-server_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://gangwerk.nl")
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_DEBIAN_APP_PACKAGE_NAME gangwerk)
set(CPACK_DEBIAN_APP_PACKAGE_SECTION misc)
set(CPACK_COMPONENT_APP_DESCRIPTION
    "Hours, activities, help and signals for your housing project
Gangwerk is the community app of mixed housing projects (flexwonen):
residents log the hours they give to neighbours, sign up for activities,
ask each other for small help, and tell the social manager when a
neighbour seems not to be doing well. It works offline on an encrypted
store and syncs with the project's gangwerk-server.")
# What dpkg-shlibdeps cannot see: the QML modules the screens import, Qt's platform plugins, the
# font the theme draws with, libsecret (qtkeychain loads it when it runs: without it the store's
# key cannot be kept in the desktop's keyring; tests/install/check_packages.sh found it). Recommended: a Secret Service keeps the store's key (without one
# the app says so and cannot open its store), the desktop's text size and motion settings
# (xdg-desktop-portal), Wayland sessions.
set(CPACK_DEBIAN_APP_PACKAGE_DEPENDS
    "qml6-module-qtqml, qml6-module-qtqml-models, qml6-module-qtqml-workerscript, \
qml6-module-qtquick, qml6-module-qtquick-window, qml6-module-qtquick-templates, \
qml6-module-qtquick-controls, qml6-module-qtquick-layouts, qml6-module-qtquick-shapes, \
qt6-qpa-plugins, fonts-dejavu-core, libsecret-1-0")
set(CPACK_DEBIAN_APP_PACKAGE_RECOMMENDS
    "gnome-keyring | kwalletmanager | keepassxc, xdg-desktop-portal, qt6-wayland")

set(CPACK_DEBIAN_SERVER_PACKAGE_NAME gangwerk-server)
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
set(CPACK_COMPONENT_SERVER_DESCRIPTION
    "Sync server of Gangwerk, the community app of housing projects
gangwerk-server keeps a housing project's records (hours, activities,
neighbour help and signals) in an encrypted store and syncs them with
the residents' devices over gRPC, each device receiving only what its
member may see. It runs as the systemd service gangwerk-server under a
system user of its own, its data in /var/lib/gangwerk-server.")
# systemd-sysusers makes the service's user (as dh_installsysusers does).
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "systemd | systemd-standalone-sysusers | systemd-sysusers")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    ${CMAKE_CURRENT_LIST_DIR}/server/postinst ${CMAKE_CURRENT_LIST_DIR}/server/prerm
    ${CMAKE_CURRENT_LIST_DIR}/server/postrm)

include(CPack)
