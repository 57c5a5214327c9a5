#include "pinprompt.h"

#include "kiosk/pinhash.h"

#include <QTest>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct PinFileCloser
{
    void operator()(std::FILE *file) const { std::fclose(file); }
};
using PinFile = std::unique_ptr<std::FILE, PinFileCloser>;

QByteArray readPinFile(std::FILE *file)
{
    std::rewind(file);
    QByteArray bytes;
    char buffer[256];
    size_t size = 0;
    while ((size = std::fread(buffer, 1, sizeof buffer, file)) > 0)
        bytes.append(buffer, qsizetype(size));
    return bytes;
}

// What PinPrompt::run() gave for \a input on a file that is not a terminal.
struct PromptRun
{
    int status = -1;
    QByteArray out;
    QByteArray err;

    explicit PromptRun(const QByteArray &input)
    {
        const PinFile in(std::tmpfile());
        const PinFile outFile(std::tmpfile());
        const PinFile errFile(std::tmpfile());
        if (!in || !outFile || !errFile)
            return;
        std::fwrite(input.constData(), 1, size_t(input.size()), in.get());
        std::rewind(in.get());
        status = PinPrompt::run(in.get(), outFile.get(), errFile.get());
        out = readPinFile(outFile.get());
        err = readPinFile(errFile.get());
    }
};

} // namespace

class TestPinPrompt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printsTheHashOfAPinReadTwice_data();
    void printsTheHashOfAPinReadTwice();
    void refusesWithoutTwoLikeEntries_data();
    void refusesWithoutTwoLikeEntries();
    void refusesAWeakPin_data();
    void refusesAWeakPin();
};

void TestPinPrompt::printsTheHashOfAPinReadTwice_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("lines") << QByteArray("480516\n480516\n");
    QTest::newRow("crlf") << QByteArray("480516\r\n480516\r\n");
    QTest::newRow("no last line end") << QByteArray("480516\n480516");
    QTest::newRow("more after") << QByteArray("480516\n480516\nmore\n");
}

void TestPinPrompt::printsTheHashOfAPinReadTwice()
{
    QFETCH(QByteArray, input);
    const PromptRun run(input);
    QCOMPARE(run.status, 0);
    // Not a terminal: no prompts and no advice, only the line.
    QCOMPARE(run.err, QByteArray());
    QVERIFY2(run.out.startsWith("pin = "), run.out.constData());
    QVERIFY(run.out.endsWith('\n'));
    QCOMPARE(run.out.count('\n'), 1);
    QVERIFY(!run.out.contains("480516"));
    QString error;
    const std::optional<PinHash> hash =
            PinHash::parse(QString::fromUtf8(run.out.mid(6).trimmed()), &error);
    QVERIFY2(hash, qPrintable(error));
    QCOMPARE(hash->scheme(), PinHash::Scheme::Pbkdf2Sha256);
    QCOMPARE(hash->iterations(), PinHash::DefaultIterations);
    QVERIFY(hash->verify(u"480516"_s));
    QVERIFY(!hash->verify(u"480517"_s));
}

void TestPinPrompt::refusesWithoutTwoLikeEntries_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("reason");
    QTest::newRow("different") << QByteArray("480516\n480517\n") << QByteArray("differ");
    QTest::newRow("only once") << QByteArray("480516\n") << QByteArray("no PIN read twice");
    QTest::newRow("nothing") << QByteArray() << QByteArray("no PIN read twice");
    // A trailing space is a different entry, not the same PIN.
    QTest::newRow("space") << QByteArray("480516\n480516 \n") << QByteArray("differ");
}

void TestPinPrompt::refusesWithoutTwoLikeEntries()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, reason);
    const PromptRun run(input);
    QCOMPARE(run.status, 1);
    QCOMPARE(run.out, QByteArray());
    QVERIFY2(run.err.startsWith("spark-showcase: "), run.err.constData());
    QVERIFY2(run.err.contains(reason), run.err.constData());
    QVERIFY2(run.err.contains("nothing printed"), run.err.constData());
    QVERIFY(run.err.endsWith('\n'));
}

void TestPinPrompt::refusesAWeakPin_data()
{
    QTest::addColumn<QString>("pin");
    QTest::newRow("letters") << u"abcd"_s;
    QTest::newRow("short") << u"48"_s;
    QTest::newRow("long") << u"4805164805164"_s;
    QTest::newRow("repeated") << u"777777"_s;
    QTest::newRow("example") << PinHash::examplePin();
}

void TestPinPrompt::refusesAWeakPin()
{
    QFETCH(QString, pin);
    const QString weakness = PinHash::weakness(pin);
    QVERIFY(!weakness.isEmpty());
    const QByteArray line = pin.toUtf8() + '\n';
    const PromptRun run(line + line);
    QCOMPARE(run.status, 1);
    QCOMPARE(run.out, QByteArray());
    // The reason is PinHash's, the one the settings reader would give.
    QCOMPARE(QString::fromUtf8(run.err),
             u"spark-showcase: "_s + weakness + u"; nothing printed\n"_s);
}

QTEST_GUILESS_MAIN(TestPinPrompt)
#include "tst_pinprompt.moc"
