// Replays every input of the fuzzing corpora (tests/fuzz/corpus/<target>)
// through its parser in the ordinary build, with the same checks the libFuzzer
// targets make, so that an input that once broke a parser is checked on every
// build, with no clang needed. A broken check aborts with its reason.
#include "fuzztargets.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFuzzCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyTargetHasACorpus();
    void replay_data();
    void replay();

private:
    static QDir corpus(const char *target)
    {
        return QDir(QStringLiteral(SPARK_SOURCE_DIR "/tests/fuzz/corpus/") +
                    QString::fromLatin1(target));
    }
};

void TestFuzzCorpus::initTestCase()
{
    FuzzTargets::initialize();
}

void TestFuzzCorpus::everyTargetHasACorpus()
{
    QCOMPARE(FuzzTargets::all().size(), 5);
    for (const FuzzTargets::Target &target : FuzzTargets::all()) {
        const QDir directory = corpus(target.name);
        QVERIFY2(directory.exists(), qPrintable(directory.path()));
        QVERIFY2(!directory.entryList(QDir::Files).isEmpty(), qPrintable(directory.path()));
    }
}

void TestFuzzCorpus::replay_data()
{
    QTest::addColumn<int>("target");
    QTest::addColumn<QString>("path");
    for (int i = 0; i < FuzzTargets::all().size(); ++i) {
        const char *name = FuzzTargets::all().at(i).name;
        const QDir directory = corpus(name);
        for (const QString &file : directory.entryList(QDir::Files, QDir::Name)) {
            QTest::addRow("%s/%s", name, qPrintable(file)) << i << directory.filePath(file);
        }
    }
}

void TestFuzzCorpus::replay()
{
    QFETCH(int, target);
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path + u": "_s + file.errorString()));
    const QByteArray bytes = file.readAll();
    FuzzTargets::setInputName(path);
    FuzzTargets::all().at(target).run(reinterpret_cast<const uint8_t *>(bytes.constData()),
                                      size_t(bytes.size()));
}

QTEST_GUILESS_MAIN(TestFuzzCorpus)
#include "tst_fuzzcorpus.moc"
