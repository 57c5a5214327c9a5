#pragma once

#include <QList>
#include <QString>

#include <cstddef>
#include <cstdint>

// The parsers of outside input, each behind one function that takes raw bytes
// the way libFuzzer hands them over. The libFuzzer targets (fuzz_<name>, built
// with SPARK_FUZZ) and the corpus replay test of the ordinary build
// (tst_fuzzcorpus) call the same functions, so that an input that once broke a
// parser keeps being checked on every build.
//
// Besides not crashing, each function checks what its parser promises (a
// rejected input always says why, an accepted value is within its limits, ...)
// and aborts with a message naming the broken promise when one does not hold.
namespace FuzzTargets {

using Function = void (*)(const uint8_t *data, size_t size);

struct Target
{
    const char *name; // also the folder of its corpus, tests/fuzz/corpus/<name>
    Function run;
};

// Sets up what the parsers need once per process (a QCoreApplication, a
// scratch folder); safe to call more than once.
void initialize();

// Content files: the first byte picks the kind (h, t, p, r; any other byte by
// its value modulo 4), the rest is the JSON text of the file.
void content(const uint8_t *data, size_t size);
// A kiosk INI file, read through KioskConfig::load.
void kioskConfig(const uint8_t *data, size_t size);
// The command line: arguments separated by NUL bytes, after the program name.
void commandLine(const uint8_t *data, size_t size);
// An export file-name pattern (UTF-8), planned for every view in three languages.
void namePattern(const uint8_t *data, size_t size);
// A partial date as content files write it: "YYYY", "YYYY-MM", "YYYY-MM-DD".
void partialDate(const uint8_t *data, size_t size);

// Names the input being run (a corpus file), for the message of a broken check.
void setInputName(const QString &name);

// Every target, in a stable order.
const QList<Target> &all();

} // namespace FuzzTargets
