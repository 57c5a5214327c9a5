// main() of a folder's test executable (tests/CMakeLists.txt): runs the test
// class its first argument names, with the options after it, as if it were
// the class's own executable.

#include "testclassmain.h"

#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

namespace {

struct TestClass
{
    std::string name;
    SparkTest::Main main;
};

std::vector<TestClass> &testClasses()
{
    static std::vector<TestClass> classes;
    return classes;
}

} // namespace

bool SparkTest::registerClass(const char *file, Main main)
{
    std::string name(file);
    const auto slash = name.find_last_of('/');
    if (slash != std::string::npos)
        name.erase(0, slash + 1);
    const auto dot = name.rfind('.');
    if (dot != std::string::npos)
        name.erase(dot);
    testClasses().push_back({name, main});
    return true;
}

int main(int argc, char *argv[])
{
    if (argc >= 2) {
        for (const TestClass &testClass : testClasses()) {
            if (testClass.name == argv[1]) {
                // The class sees the program's name and the options after its own.
                argv[1] = argv[0];
                return testClass.main(argc - 1, argv + 1);
            }
        }
    }
    std::fprintf(stderr, "usage: %s TEST [QTEST OPTIONS...]; TEST is one of:\n", argv[0]);
    for (const TestClass &testClass : testClasses())
        std::fprintf(stderr, "  %s\n", testClass.name.c_str());
    return 2;
}
