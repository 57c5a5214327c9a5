# The reliability gates (README, "Reliability"): compiler warnings as errors,
# sanitizer builds and libFuzzer builds. scripts/dev turns them on: `test`
# builds with SPARK_WERROR, `sanitize` in build-sanitize with SPARK_SANITIZE,
# `fuzz` in build-fuzz with SPARK_FUZZ.

# Warnings: GCC's -Wall -Wextra -Wpedantic, and -Wshadow and -Wconversion,
# which cost this code a handful of fixes and no cast worth the name. Clang
# (sanitizer, fuzzing and lint builds) gets the first three only: its
# -Wconversion takes in -Wsign-conversion, which would want a cast at every
# int/qsizetype meeting.
add_compile_options(-Wall -Wextra -Wpedantic)
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    add_compile_options(-Wshadow -Wconversion)
endif()
if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    # Qt's logging macros are variadic and qCDebug(category) << ... passes
    # nothing to the "...", as Qt documents; -Wpedantic would flag every call.
    add_compile_options(-Wno-gnu-zero-variadic-macro-arguments)
endif()
option(SPARK_WERROR "Make every compiler warning an error" OFF)
if(SPARK_WERROR)
    add_compile_options(-Werror)
endif()

# Sanitizers, e.g. -DSPARK_SANITIZE=address,undefined: the library, the app and
# every test built with them, at -O1 with frame pointers for usable stacks, and
# with assertions on (Qt's Q_ASSERT in its inline code, libstdc++'s checks), which
# catch out-of-range container access inside a container's capacity that the
# address sanitizer cannot see.
set(SPARK_SANITIZE "" CACHE STRING
    "Sanitizers to build with (-fsanitize=...), e.g. address,undefined; empty: none")
if(SPARK_SANITIZE)
    add_compile_options(-fsanitize=${SPARK_SANITIZE} -fno-omit-frame-pointer -O1
        -D_GLIBCXX_ASSERTIONS)
    add_link_options(-fsanitize=${SPARK_SANITIZE})
    if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        # Undefined behaviour is a finding: stop at the first one.
        add_compile_options(-fno-sanitize-recover=undefined)
    endif()
endif()

# libFuzzer targets (tests/fuzz): every file instrumented for coverage and built
# with the address and undefined-behaviour sanitizers; only clang has libFuzzer.
option(SPARK_FUZZ "Build the libFuzzer targets of tests/fuzz (clang only)" OFF)
if(SPARK_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "SPARK_FUZZ needs clang (libFuzzer), e.g. "
            "-DCMAKE_CXX_COMPILER=clang++-14; this is ${CMAKE_CXX_COMPILER_ID}")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link,address,undefined
        -fno-sanitize-recover=undefined -fno-omit-frame-pointer -O1)
    add_link_options(-fsanitize=address,undefined)
endif()
