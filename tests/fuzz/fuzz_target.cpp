// One libFuzzer target: SPARK_FUZZ_FUNCTION names the function of
// fuzztargets.h that it feeds. Built once per target by tests/fuzz/CMakeLists.txt
// when SPARK_FUZZ is on.
#include "fuzztargets.h"

#include <QtGlobal>

#include <cstdio>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // Millions of inputs: Qt's warnings about them would only slow the run
    // down. A fatal message still ends it, and is a finding.
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type == QtFatalMsg)
            std::fprintf(stderr, "%s\n", qUtf8Printable(message));
    });
    FuzzTargets::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzTargets::SPARK_FUZZ_FUNCTION(data, size);
    return 0;
}
