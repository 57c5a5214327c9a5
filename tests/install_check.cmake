# Installs the build into a scratch prefix and checks what a distribution
# would check: the binary, the icon, valid desktop and AppStream files, and the
# kiosk's systemd units, example settings and fleet monitoring examples.
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
        lib/systemd/system/spark-showcase-cage.service
        lib/systemd/system/spark-showcase-cage-watchdog.service
        lib/systemd/system/spark-showcase-cage-watchdog.timer
        lib/sysusers.d/spark-showcase.conf
        libexec/spark-showcase/kiosk-watchdog
        share/doc/spark-showcase/examples/kiosk.ini.example
        share/doc/spark-showcase/examples/prometheus-fleet.yml
        share/doc/spark-showcase/examples/spark-showcase-alerts.yml)
    if(NOT EXISTS "${OUT}/usr/${path}")
        message(FATAL_ERROR "not installed: ${path}")
    endif()
endforeach()

# The kiosk units start the binary, and the watchdog units the watchdog
# script, where they were installed: under the prefix of the installation.
set(units "${OUT}/usr/lib/systemd/user")
file(STRINGS "${units}/spark-showcase-kiosk.service" exec_start REGEX "^ExecStart=")
if(NOT exec_start MATCHES "^ExecStart=/.*/bin/spark-showcase --kiosk .*--heartbeat \\$\\{HEARTBEAT\\}$")
    message(FATAL_ERROR "spark-showcase-kiosk.service: unexpected ${exec_start}")
endif()
string(FIND "${exec_start}" "ExecStart=${OUT}/usr/bin/spark-showcase " found)
if(NOT found EQUAL 0)
    message(FATAL_ERROR "spark-showcase-kiosk.service does not start ${OUT}/usr/bin: ${exec_start}")
endif()
file(STRINGS "${OUT}/usr/lib/systemd/system/spark-showcase-cage.service" exec_start REGEX "^ExecStart=")
if(NOT exec_start MATCHES "^ExecStart=/usr/bin/cage .* -- /.*/bin/spark-showcase --kiosk .*--heartbeat \\$\\{HEARTBEAT\\}$")
    message(FATAL_ERROR "spark-showcase-cage.service: unexpected ${exec_start}")
endif()
string(FIND "${exec_start}" " -- ${OUT}/usr/bin/spark-showcase " found)
if(found LESS 0)
    message(FATAL_ERROR "spark-showcase-cage.service does not start ${OUT}/usr/bin: ${exec_start}")
endif()
foreach(unit user/spark-showcase-kiosk-watchdog.service system/spark-showcase-cage-watchdog.service)
    file(STRINGS "${OUT}/usr/lib/systemd/${unit}" exec_start REGEX "^ExecStart=")
    if(NOT exec_start STREQUAL "ExecStart=${OUT}/usr/libexec/spark-showcase/kiosk-watchdog")
        message(FATAL_ERROR "${unit}: unexpected ${exec_start}")
    endif()
endforeach()
if(NOT IS_DIRECTORY "${OUT}/usr/libexec/spark-showcase")
    message(FATAL_ERROR "the watchdog script is not installed")
endif()

# systemd reads the units: systemd-analyze checks them where they were
# installed, which their commands point at; cage is where Debian installs it.
find_program(SYSTEMD_ANALYZE systemd-analyze REQUIRED)
execute_process(COMMAND "${SYSTEMD_ANALYZE}" verify --man=no
        "${units}/spark-showcase-kiosk.service"
        "${units}/spark-showcase-kiosk-watchdog.service"
        "${units}/spark-showcase-kiosk-watchdog.timer"
        "${OUT}/usr/lib/systemd/system/spark-showcase-cage.service"
        "${OUT}/usr/lib/systemd/system/spark-showcase-cage-watchdog.service"
        "${OUT}/usr/lib/systemd/system/spark-showcase-cage-watchdog.timer"
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0 OR NOT output STREQUAL "")
    message(FATAL_ERROR "systemd-analyze verify: ${output}")
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
