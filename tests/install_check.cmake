# Installs the build into a scratch prefix and checks what a distribution
# would check: the binary, the icon, valid desktop and AppStream files, and the
# kiosk's systemd units and example settings.
#   cmake -DBUILD_DIR=... -DOUT=... -P install_check.cmake
file(REMOVE_RECURSE "${OUT}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${OUT}/usr"
    RESULT_VARIABLE result OUTPUT_QUIET)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${result})")
endif()

set(app_id org.sparkshowcase.SparkShowcase)
foreach(path bin/spark-showcase
        share/applications/${app_id}.desktop
        share/metainfo/${app_id}.metainfo.xml
        share/icons/hicolor/scalable/apps/${app_id}.svg
        lib/systemd/user/spark-showcase-kiosk.service
        lib/systemd/user/spark-showcase-kiosk-watchdog.service
        lib/systemd/user/spark-showcase-kiosk-watchdog.timer
        share/doc/spark-showcase/examples/kiosk.ini.example)
    if(NOT EXISTS "${OUT}/usr/${path}")
        message(FATAL_ERROR "not installed: ${path}")
    endif()
endforeach()

# The kiosk unit starts the binary where it was installed.
file(STRINGS "${OUT}/usr/lib/systemd/user/spark-showcase-kiosk.service" exec_start REGEX "^ExecStart=")
if(NOT exec_start MATCHES "^ExecStart=/.*/bin/spark-showcase --kiosk")
    message(FATAL_ERROR "spark-showcase-kiosk.service: unexpected ${exec_start}")
endif()

find_program(DESKTOP_FILE_VALIDATE desktop-file-validate REQUIRED)
execute_process(COMMAND "${DESKTOP_FILE_VALIDATE}" "${OUT}/usr/share/applications/${app_id}.desktop"
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0 OR output MATCHES "error|warning|hint")
    message(FATAL_ERROR "desktop-file-validate: ${output}")
endif()

find_program(APPSTREAMCLI appstreamcli REQUIRED)
execute_process(COMMAND "${APPSTREAMCLI}" validate --no-net "${OUT}/usr/share/metainfo/${app_id}.metainfo.xml"
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "appstreamcli validate: ${output}")
endif()
message(STATUS "installed files are valid")
