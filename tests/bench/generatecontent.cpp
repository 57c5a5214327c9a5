// Writes content files with many items, for trying the app and its benchmarks
// at scale:
//
//   build/tests/bench/spark-generate-content DIR [ITEMS] [FILE...]
//   build/app/spark-showcase --content DIR
//
// ITEMS is 10,000 by default; FILE is hardware, timeline, partners or reviews
// (all four by default). Every file passes `spark-showcase --check-content`.
#include "contentgenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = app.arguments().mid(1);
    QTextStream err(stderr);
    const QString usage = u"usage: spark-generate-content DIR [ITEMS] [hardware|timeline|partners|"
                          u"reviews]..."_s;
    if (arguments.isEmpty() || arguments.constFirst().startsWith(u'-')) {
        err << usage << Qt::endl;
        return 2;
    }
    const QString directory = arguments.takeFirst();
    int items = ContentGenerator::DefaultItems;
    if (!arguments.isEmpty()) {
        bool ok = false;
        const int count = arguments.constFirst().toInt(&ok);
        if (ok) {
            if (count < 1) {
                err << "spark-generate-content: ITEMS must be at least 1" << Qt::endl;
                return 2;
            }
            items = count;
            arguments.removeFirst();
        }
    }
    QStringList names = arguments.isEmpty() ? ContentGenerator::fileNames() : arguments;
    for (const QString &name : std::as_const(names)) {
        if (!ContentGenerator::fileNames().contains(name)) {
            err << "spark-generate-content: unknown file “" << name << "”\n" << usage << Qt::endl;
            return 2;
        }
    }
    if (!QDir().mkpath(directory)) {
        err << "spark-generate-content: cannot create " << directory << Qt::endl;
        return 1;
    }
    QString error;
    if (!ContentGenerator::write(directory, names, items, &error)) {
        err << "spark-generate-content: " << error << Qt::endl;
        return 1;
    }
    return 0;
}
