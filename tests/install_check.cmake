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
        libexec/spark-showcase/kiosk-watchdog
        share/doc/spark-showcase/examples/kiosk.ini.example)
    if(NOT EXISTS "${OUT}/usr/${path}")
        message(FATAL_ERROR "not installed: ${path}")
    endif()
endforeach()

# The kiosk unit starts the binary, and the watchdog unit the watchdog script,
# where they were installed.
set(units "${OUT}/usr/lib/systemd/user")
file(STRINGS "${units}/spark-showcase-kiosk.service" exec_start REGEX "^ExecStart=")
if(NOT exec_start MATCHES "^ExecStart=/.*/bin/spark-showcase --kiosk .*--heartbeat \\$\\{HEARTBEAT\\}$")
    message(FATAL_ERROR "spark-showcase-kiosk.service: unexpected ${exec_start}")
endif()
file(STRINGS "${units}/spark-showcase-kiosk-watchdog.service" exec_start REGEX "^ExecStart=")
if(NOT exec_start MATCHES "^ExecStart=/.*/libexec/spark-showcase/kiosk-watchdog$")
    message(FATAL_ERROR "spark-showcase-kiosk-watchdog.service: unexpected ${exec_start}")
endif()
if(NOT IS_DIRECTORY "${OUT}/usr/libexec/spark-showcase")
    message(FATAL_ERROR "the watchdog script is not installed")
endif()

# systemd reads the units: systemd-analyze checks them, with their commands
# pointed at the scratch prefix so that it finds them.
find_program(SYSTEMD_ANALYZE systemd-analyze REQUIRED)
set(verify_dir "${OUT}/verify")
file(MAKE_DIRECTORY "${verify_dir}")
foreach(unit spark-showcase-kiosk.service spark-showcase-kiosk-watchdog.service
        spark-showcase-kiosk-watchdog.timer)
    file(READ "${units}/${unit}" text)
    string(REGEX REPLACE "ExecStart=/[^ \n]*/bin/spark-showcase"
        "ExecStart=${OUT}/usr/bin/spark-showcase" text "${text}")
    string(REGEX REPLACE "ExecStart=/[^ \n]*/libexec/spark-showcase/kiosk-watchdog"
        "ExecStart=${OUT}/usr/libexec/spark-showcase/kiosk-watchdog" text "${text}")
    file(WRITE "${verify_dir}/${unit}" "${text}")
endforeach()
execute_process(COMMAND "${SYSTEMD_ANALYZE}" verify --man=no
        "${verify_dir}/spark-showcase-kiosk.service"
        "${verify_dir}/spark-showcase-kiosk-watchdog.service"
        "${verify_dir}/spark-showcase-kiosk-watchdog.timer"
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
