#include "kiosk/inifile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestIniFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void groupsKeysAndComments();
    void lineEndings_data();
    void lineEndings();
    void values_data();
    void values();
    void percentEncodedNames();
    void laterKeyWins();
    void badLines_data();
    void badLines();
    void badLineKeepsTheRest();
    void qtEncodedValuesAreNotDecoded();
    void boundedLines();
    void readsFiles();
    void refusesLargeFiles();
    void missingFile();
};

void TestIniFile::groupsKeysAndComments()
{
    const IniFile ini = IniFile::parse("\xEF\xBB\xBF; settings\n"
                                       "# also a comment\n"
                                       "top = 1\n"
                                       "\n"
                                       "  [ loop ]  ; the tour\n"
                                       "  views = hardware , timeline  \n"
                                       "viewDwell=45\n"
                                       "[General]\n"
                                       "second = 2\n"
                                       "[idle]\n"
                                       "timeout = 60 ; seconds\n"
                                       "Timeout = 61\n",
                                       u"k.ini"_s);
    QVERIFY2(ini.problems().isEmpty(), qPrintable(ini.problems().join(u'\n')));
    QCOMPARE(ini.keys(), (QStringList{u"top"_s, u"loop/views"_s, u"loop/viewDwell"_s, u"second"_s,
                                      u"idle/timeout"_s, u"idle/Timeout"_s}));
    QCOMPARE(ini.value(u"top"_s), u"1"_s);
    QCOMPARE(ini.values(u"loop/views"_s), (QStringList{u"hardware"_s, u"timeline"_s}));
    QCOMPARE(ini.value(u"loop/views"_s), u"hardware,timeline"_s);
    QCOMPARE(ini.value(u"loop/viewDwell"_s), u"45"_s);
    QCOMPARE(ini.value(u"idle/timeout"_s), u"60"_s);
    QCOMPARE(ini.value(u"idle/Timeout"_s), u"61"_s);
    QCOMPARE(ini.line(u"top"_s), 3);
    QCOMPARE(ini.line(u"loop/views"_s), 6);
    QCOMPARE(ini.line(u"idle/Timeout"_s), 12);
    QVERIFY(!ini.contains(u"views"_s));
    QCOMPARE(ini.line(u"absent"_s), 0);
    QVERIFY(ini.values(u"absent"_s).isEmpty());
}

void TestIniFile::lineEndings_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("LF") << QByteArray("[a]\nk = 1\n\nj = 2");
    QTest::newRow("CRLF") << QByteArray("[a]\r\nk = 1\r\n\r\nj = 2\r\n");
    QTest::newRow("CR") << QByteArray("[a]\rk = 1\r\rj = 2\r");
}

void TestIniFile::lineEndings()
{
    QFETCH(QByteArray, text);
    const IniFile ini = IniFile::parse(text, u"k.ini"_s);
    QVERIFY(ini.problems().isEmpty());
    QCOMPARE(ini.value(u"a/k"_s), u"1"_s);
    QCOMPARE(ini.value(u"a/j"_s), u"2"_s);
    QCOMPARE(ini.line(u"a/j"_s), 4);
}

void TestIniFile::values_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QStringList>("items");
    QTest::newRow("empty") << QByteArray("") << QStringList{QString()};
    QTest::newRow("blanks inside kept")
            << QByteArray("  two words  ") << QStringList{u"two words"_s};
    QTest::newRow("list") << QByteArray("de, en ,ja") << QStringList{u"de"_s, u"en"_s, u"ja"_s};
    QTest::newRow("empty items") << QByteArray("a,,") << QStringList{u"a"_s, QString(), QString()};
    QTest::newRow("quoted comma") << QByteArray("\"timeline, reviews\"")
                                  << QStringList{u"timeline, reviews"_s};
    QTest::newRow("quoted and plain") << QByteArray("\"ar\", ja") << QStringList{u"ar"_s, u"ja"_s};
    QTest::newRow("quoted blanks and ;")
            << QByteArray("\" a;b \" ; comment") << QStringList{u" a;b "_s};
    QTest::newRow("# is not a comment after =") << QByteArray("a #b") << QStringList{u"a #b"_s};
    QTest::newRow("escapes") << QByteArray(R"("\x00e9\t\\beat\"\'\?\a\b\f\n\r\v")")
                             << QStringList{u"é\t\\beat\"'?\a\b\f\n\r\v"_s};
    QTest::newRow("escapes unquoted") << QByteArray(R"(\x41\102\60x)") << QStringList{u"AB0x"_s};
    QTest::newRow("doubled @") << QByteArray("@@home, @@work")
                               << QStringList{u"@home"_s, u"@work"_s};
    QTest::newRow("@ inside") << QByteArray("user@host") << QStringList{u"user@host"_s};
    QTest::newRow("UTF-8") << QByteArray("Dvořák, 日本語") << QStringList{u"Dvořák"_s, u"日本語"_s};
    QTest::newRow("equals in value") << QByteArray("a=b") << QStringList{u"a=b"_s};
    QTest::newRow("PIN line") << QByteArray("pbkdf2-sha256$100000$U0FMVA$LxJX+3/w==")
                              << QStringList{u"pbkdf2-sha256$100000$U0FMVA$LxJX+3/w=="_s};
}

void TestIniFile::values()
{
    QFETCH(QByteArray, value);
    QFETCH(QStringList, items);
    const IniFile ini = IniFile::parse("[g]\nkey = " + value + "\n", u"k.ini"_s);
    QVERIFY2(ini.problems().isEmpty(), qPrintable(ini.problems().join(u'\n')));
    QCOMPARE(ini.values(u"g/key"_s), items);
}

void TestIniFile::percentEncodedNames()
{
    const IniFile ini =
            IniFile::parse("[gr%6Fup]\nview%73 = 1\n[%U4E00]\nk%2 = 2\n%zz = 3\n", u"k.ini"_s);
    QVERIFY(ini.problems().isEmpty());
    QCOMPARE(ini.keys(), (QStringList{u"group/views"_s, u"一/k%2"_s, u"一/%zz"_s}));
}

void TestIniFile::laterKeyWins()
{
    const IniFile ini = IniFile::parse("[idle]\ntimeout = 30\n[loop]\nviews = a\n"
                                       "[idle]\ntimeout = 40\n",
                                       u"k.ini"_s);
    QCOMPARE(ini.value(u"idle/timeout"_s), u"40"_s);
    QCOMPARE(ini.line(u"idle/timeout"_s), 6);
    QCOMPARE(ini.keys(), (QStringList{u"loop/views"_s, u"idle/timeout"_s}));
    QCOMPARE(ini.problems(),
             QStringList{u"k.ini:6: [idle] timeout: set again; this value replaces the one on "
                         u"line 2"_s});
}

void TestIniFile::badLines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("problem");  // after "FILE:2: "
    QTest::addColumn<QStringList>("keys"); // what is read of the file
    const QStringList last{u"g/last"_s};

    QTest::newRow("no equals") << QByteArray("timeout 30")
                               << u"expected “key = value”, a [group] or a comment; ignored"_s
                               << last;
    QTest::newRow("no key") << QByteArray(" = 30") << u"a value without a key; ignored"_s << last;
    QTest::newRow("unknown escape")
            << QByteArray("file = C:\\beat\\qx")
            << u"[g] file: unknown escape “\\q”; the key is ignored"_s << last;
    QTest::newRow("\\x without digits")
            << QByteArray("file = \\xg") << u"[g] file: unknown escape “\\x”; the key is ignored"_s
            << last;
    QTest::newRow("open quote") << QByteArray("views = \"hardware, timeline")
                                << u"[g] views: a quote that is not closed; the key is ignored"_s
                                << last;
    QTest::newRow("continued line")
            << QByteArray("views = hardware, \\")
            << u"[g] views: the line ends in a backslash, but a value cannot go on to the next "
               u"line; the key is ignored"_s
            << last;
    QTest::newRow("@Variant") << QByteArray("folder = @Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x12QRect)")
                              << u"[g] folder: “@Variant(…” is a value in Qt's own encoding, which "
                                 u"is not read; the key is ignored"_s
                              << last;
    QTest::newRow("@ByteArray in a list")
            << QByteArray("views = hardware, @ByteArray(abc)")
            << u"[g] views: “@ByteArray(…” is a value in Qt's own encoding, which is not read; "
               u"the key is ignored"_s
            << last;
    QTest::newRow("@ without parenthesis") << QByteArray("views = @home")
                                           << u"[g] views: “@home…” is a value in Qt's own "
                                              u"encoding, which is not read; the key is ignored"_s
                                           << last;
    QTest::newRow("text after group")
            << QByteArray("[idle] timeout = 3") << u"text after the group's closing ], ignored"_s
            << QStringList{u"idle/last"_s};
    QTest::newRow("open group")
            << QByteArray("[idle")
            << u"a group name without its closing ]; the keys up to the next group are ignored"_s
            << QStringList();
    QTest::newRow("not UTF-8") << QByteArray("views = \xff\xfe")
                               << u"the line is not valid UTF-8; ignored"_s << last;
}

void TestIniFile::badLines()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, problem);
    QFETCH(QStringList, keys);
    const QString path = u"/etc/spark-showcase/kiosk.ini"_s;
    const IniFile ini = IniFile::parse("[g]\n" + line + "\nlast = 1\n", path);
    QCOMPARE(ini.problems(), QStringList{path + u":2: "_s + problem});
    // Nothing of the bad line is kept, and the next line is read.
    QCOMPARE(ini.keys(), keys);
}

void TestIniFile::badLineKeepsTheRest()
{
    const IniFile ini = IniFile::parse("[loop]\nviews = \"open\nviewDwell = 30\n"
                                       "[idle\ntimeout = 5\n[screen]\nindex = 1\n",
                                       u"k.ini"_s);
    QCOMPARE(ini.problems().size(), 2);
    QVERIFY(ini.problems().at(0).startsWith(u"k.ini:2: [loop] views: "_s));
    QVERIFY(ini.problems().at(1).startsWith(u"k.ini:4: a group name"_s));
    // The keys of a broken group are left out; the next group is read again.
    QCOMPARE(ini.keys(), (QStringList{u"loop/viewDwell"_s, u"screen/index"_s}));
}

void TestIniFile::qtEncodedValuesAreNotDecoded()
{
    // The fuzzing finding: a forged length in a @Variant made QSettings'
    // QDataStream ask for about 4.8 GB. Nothing of it is decoded now.
    QFile finding(QStringLiteral(SPARK_SOURCE_DIR
                                 "/tests/fuzz/corpus/kioskconfig/variant-forged-length.ini"));
    QVERIFY2(finding.open(QIODevice::ReadOnly), qPrintable(finding.errorString()));
    const IniFile ini = IniFile::parse(finding.readAll(), u"k.ini"_s);
    QCOMPARE(ini.problems().size(), 1);
    QVERIFY2(
            ini.problems().constFirst().contains(u"“@Variant(…” is a value in Qt's own encoding"_s),
            qPrintable(ini.problems().constFirst()));
}

void TestIniFile::boundedLines()
{
    const QByteArray longLine = "views = " + QByteArray(IniFile::MaximumLineLength, 'a');
    const IniFile ini = IniFile::parse("[loop]\n" + longLine + "\nviewDwell = 3\n", u"k.ini"_s);
    QCOMPARE(ini.problems(),
             QStringList{u"k.ini:2: the line is longer than %1 bytes; ignored"_s.arg(
                     IniFile::MaximumLineLength)});
    QCOMPARE(ini.keys(), QStringList{u"loop/viewDwell"_s});
    // Exactly as long as allowed is fine.
    const QByteArray longest = "k = " + QByteArray(IniFile::MaximumLineLength - 4, 'a');
    QCOMPARE(IniFile::parse(longest, u"k.ini"_s).value(u"k"_s).size(),
             IniFile::MaximumLineLength - 4);
}

void TestIniFile::readsFiles()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"kiosk.ini"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[idle]\ntimeout = 30\n");
    file.close();
    const IniFile ini = IniFile::read(path);
    QVERIFY(ini.isReadable());
    QCOMPARE(ini.fileName(), path);
    QCOMPARE(ini.value(u"idle/timeout"_s), u"30"_s);
}

void TestIniFile::refusesLargeFiles()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"kiosk.ini"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray text = "[idle]\ntimeout = 30\n";
    text += QByteArray(IniFile::MaximumFileSize + 1 - text.size(), ';');
    file.write(text);
    file.close();
    const IniFile ini = IniFile::read(path);
    QVERIFY(!ini.isReadable());
    QVERIFY(ini.keys().isEmpty());
    QCOMPARE(ini.problems(),
             QStringList{path + u": larger than %1 bytes, far more than any settings file; "
                                u"nothing in it is used"_s.arg(IniFile::MaximumFileSize)});
    // One byte less is read.
    QVERIFY(file.resize(IniFile::MaximumFileSize));
    QVERIFY(IniFile::read(path).isReadable());
}

void TestIniFile::missingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"absent.ini"_s);
    const IniFile ini = IniFile::read(path);
    QVERIFY(!ini.isReadable());
    QCOMPARE(ini.problems().size(), 1);
    QVERIFY2(ini.problems().constFirst().startsWith(path + u": cannot read the file ("_s),
             qPrintable(ini.problems().constFirst()));
    QVERIFY(ini.problems().constFirst().endsWith(u"); nothing in it is used"_s));
}

QTEST_GUILESS_MAIN(TestIniFile)
#include "tst_inifile.moc"
