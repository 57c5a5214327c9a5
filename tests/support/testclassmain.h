#pragma once

// The test classes of a folder share one executable (tests/CMakeLists.txt).
// Included after <QtTest/qtest.h> through the folder's precompiled header, this
// turns QTEST_MAIN, QTEST_GUILESS_MAIN and QTEST_APPLESS_MAIN into what they
// always do, in a function registered under the name of the test's file
// (tst_catalog.cpp: "tst_catalog") instead of main(); testmain.cpp runs the
// one its first argument names. The names it defines carry the class's, so that
// a unity build, which compiles several test files as one, sees each once.

#include <QtTest/qtest.h>

namespace SparkTest {
using Main = int (*)(int argc, char *argv[]);
// Registers the test of \a file (its __FILE__); returns true.
bool registerClass(const char *file, Main main);
} // namespace SparkTest

#undef QTEST_MAIN_WRAPPER
#define QTEST_MAIN_WRAPPER(TestObject, ...)                                                        \
    namespace {                                                                                    \
    int sparkTestMain_##TestObject(int argc, char *argv[])                                         \
    {                                                                                              \
        TESTLIB_SELFCOVERAGE_START(#TestObject)                                                    \
        QT_PREPEND_NAMESPACE(QTest::Internal::callInitMain)<TestObject>();                         \
        __VA_ARGS__                                                                                \
        TestObject tc;                                                                             \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&tc, argc, argv);                                                      \
    }                                                                                              \
    [[maybe_unused]] const bool sparkTestRegistered_##TestObject =                                 \
            SparkTest::registerClass(__FILE__, sparkTestMain_##TestObject);                        \
    }
