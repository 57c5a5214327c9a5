#include "kiosk/pinhash.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QTest>

using namespace Qt::StringLiterals;

// PBKDF2 at the real iteration count takes a moment; most rows use few
// iterations through create(), which takes any count.
constexpr int FewIterations = 1000;

class TestPinHash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createdHashVerifies();
    void saltsAreRandom();
    void roundTripsThroughText();
    void matchesPbkdf2Reference();
    void parsesTheExampleLine();
    void refusesBadLines_data();
    void refusesBadLines();
    void readsTheLegacyForm();
    void neverAcceptsTheExamplePin();
    void weakPins_data();
    void weakPins();
};

void TestPinHash::createdHashVerifies()
{
    const PinHash hash = PinHash::create(u"480516"_s, FewIterations);
    QCOMPARE(hash.scheme(), PinHash::Scheme::Pbkdf2Sha256);
    QCOMPARE(hash.iterations(), FewIterations);
    QCOMPARE(hash.salt().size(), PinHash::SaltBytes);
    QCOMPARE(hash.hash().size(), PinHash::KeyBytes);
    QVERIFY(hash.verify(u"480516"_s));
    QVERIFY(!hash.verify(u"480517"_s));
    QVERIFY(!hash.verify(u"48051"_s));
    QVERIFY(!hash.verify(QString()));
    QVERIFY(!PinHash().verify(u"480516"_s));
}

void TestPinHash::saltsAreRandom()
{
    const PinHash a = PinHash::create(u"2580"_s, FewIterations);
    const PinHash b = PinHash::create(u"2580"_s, FewIterations);
    QVERIFY(a.salt() != b.salt());
    QVERIFY(a.hash() != b.hash());
}

void TestPinHash::roundTripsThroughText()
{
    const PinHash hash = PinHash::create(u"97531"_s, PinHash::MinimumIterations);
    const QString text = hash.toString();
    QVERIFY2(text.startsWith(u"pbkdf2-sha256$100000$"_s), qPrintable(text));
    QCOMPARE(text.count(u'$'), 3);
    // No padding: nothing an INI reader could take for a key.
    QVERIFY(!text.contains(u'='));
    QString error;
    const std::optional<PinHash> parsed = PinHash::parse(text, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(*parsed, hash);
    QCOMPARE(parsed->toString(), text);
}

void TestPinHash::matchesPbkdf2Reference()
{
    // RFC 7914, section 11: PBKDF2-HMAC-SHA256 test vector, 1 iteration.
    const PinHash hash = PinHash::create(u"passwd"_s, QByteArrayLiteral("salt"), 1);
    QCOMPARE(hash.hash().toHex().left(64),
             QByteArrayLiteral("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"));
    // More than one iteration: the widely published vectors for "password"
    // with the salt "salt" (as Python's hashlib.pbkdf2_hmac gives them).
    QCOMPARE(PinHash::create(u"password"_s, QByteArrayLiteral("salt"), 2).hash().toHex(),
             QByteArrayLiteral("ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43"));
    QCOMPARE(PinHash::create(u"password"_s, QByteArrayLiteral("salt"), 4096).hash().toHex(),
             QByteArrayLiteral("c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a"));
}

void TestPinHash::parsesTheExampleLine()
{
    // The documentation's line really is the PIN it says, hashed as it says.
    for (const QString &line : PinHash::exampleLines()) {
        QString error;
        const std::optional<PinHash> hash = PinHash::parse(line, &error);
        QVERIFY2(hash, qPrintable(error));
        if (hash->isLegacy()) {
            QCOMPARE(PinHash::legacyLine(QString::fromLatin1(hash->salt()), PinHash::examplePin()),
                     line);
        } else {
            QCOMPARE(hash->iterations(), PinHash::MinimumIterations);
            QCOMPARE(QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256,
                                                        PinHash::examplePin().toUtf8(),
                                                        hash->salt(), hash->iterations(), 32),
                     hash->hash());
        }
    }
}

void TestPinHash::refusesBadLines_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    const QString salt = u"RXhhbXBsZVNhbHRPbmx5IQ"_s;
    const QString key = u"LxJXzRAkK+3+IhDfu810BcfsV2JRC4/wkIrNB7Knxfk"_s;
    QTest::newRow("empty") << QString() << u"not a PIN hash"_s;
    QTest::newRow("plain PIN") << u"1234"_s << u"not a PIN hash"_s;
    QTest::newRow("other scheme") << u"pbkdf2-sha1$100000$%1$%2"_s.arg(salt, key)
                                  << u"not a PIN hash"_s;
    QTest::newRow("missing field") << u"pbkdf2-sha256$100000$%1"_s.arg(salt) << u"not a PIN hash"_s;
    QTest::newRow("too few iterations")
            << u"pbkdf2-sha256$99999$%1$%2"_s.arg(salt, key) << u"99999 iterations are too few"_s;
    QTest::newRow("iterations not a number")
            << u"pbkdf2-sha256$lots$%1$%2"_s.arg(salt, key) << u"“lots” is not an iteration"_s;
    QTest::newRow("negative iterations")
            << u"pbkdf2-sha256$-5$%1$%2"_s.arg(salt, key) << u"“-5” is not an iteration"_s;
    QTest::newRow("too many iterations")
            << u"pbkdf2-sha256$99999999$%1$%2"_s.arg(salt, key)
            << u"“99999999” is not an iteration count from 1 to 10000000"_s;
    QTest::newRow("short salt") << u"pbkdf2-sha256$100000$c2FsdA$%1"_s.arg(key)
                                << u"the salt is not base64 of at least 8 bytes"_s;
    QTest::newRow("salt not base64")
            << u"pbkdf2-sha256$100000$!!!!!!!!!!!!$%1"_s.arg(key) << u"the salt is not base64"_s;
    QTest::newRow("short hash") << u"pbkdf2-sha256$100000$%1$c2FsdA"_s.arg(salt)
                                << u"the hash is not base64 of 32 bytes"_s;
    QTest::newRow("padded hash") << u"pbkdf2-sha256$100000$%1$%2="_s.arg(salt, key)
                                 << u"the hash is not base64"_s;
    QTest::newRow("legacy with short hex") << u"salt:abcdef"_s << u"not a PIN hash"_s;
}

void TestPinHash::refusesBadLines()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    QString message;
    QVERIFY(!PinHash::parse(text, &message));
    QVERIFY2(message.startsWith(error), qPrintable(message));
}

void TestPinHash::readsTheLegacyForm()
{
    // printf '%s' "s4lt:2468" | sha256sum
    const QString line = PinHash::legacyLine(u"s4lt"_s, u"2468"_s);
    QCOMPARE(line, u"s4lt:"_s + QString::fromLatin1(QCryptographicHash::hash(
                                                            "s4lt:2468", QCryptographicHash::Sha256)
                                                            .toHex()));
    const std::optional<PinHash> hash = PinHash::parse(line);
    QVERIFY(hash);
    QVERIFY(hash->isLegacy());
    QVERIFY(hash->verify(u"2468"_s));
    QVERIFY(!hash->verify(u"2469"_s));
    QCOMPARE(hash->toString(), line);
    // Upper-case hex reads the same.
    const std::optional<PinHash> upper = PinHash::parse(u"s4lt:"_s + line.mid(5).toUpper());
    QVERIFY(upper);
    QVERIFY(upper->verify(u"2468"_s));
}

void TestPinHash::neverAcceptsTheExamplePin()
{
    const PinHash hash = PinHash::create(PinHash::examplePin(), FewIterations);
    QVERIFY(!hash.verify(PinHash::examplePin()));
    const std::optional<PinHash> legacy =
            PinHash::parse(PinHash::legacyLine(u"x"_s, PinHash::examplePin()));
    QVERIFY(legacy);
    QVERIFY(!legacy->verify(PinHash::examplePin()));
}

void TestPinHash::weakPins_data()
{
    QTest::addColumn<QString>("pin");
    QTest::addColumn<QString>("weakness"); // start of the reason; empty: accepted
    QTest::newRow("fine") << u"480516"_s << QString();
    QTest::newRow("fine, 12 digits") << u"739104826153"_s << QString();
    QTest::newRow("letters") << u"12ab"_s << u"the PIN may hold only the digits"_s;
    QTest::newRow("space") << u"48 05"_s << u"the PIN may hold only the digits"_s;
    QTest::newRow("Arabic-Indic digits")
            << u"\u0664\u0668\u0660\u0665"_s << u"the PIN may hold only the digits"_s;
    QTest::newRow("short") << u"482"_s << u"the PIN needs 4 to 12 digits"_s;
    QTest::newRow("empty") << QString() << u"the PIN needs 4 to 12 digits"_s;
    QTest::newRow("long") << u"7391048261534"_s << u"the PIN needs 4 to 12 digits"_s;
    QTest::newRow("example") << u"1234"_s << u"1234 is the example PIN"_s;
    QTest::newRow("repeated") << u"0000"_s << u"one digit repeated"_s;
    QTest::newRow("run up") << u"456789"_s << u"one digit repeated"_s;
    QTest::newRow("run up through 0") << u"7890"_s << u"one digit repeated"_s;
    QTest::newRow("run down") << u"9876"_s << u"one digit repeated"_s;
}

void TestPinHash::weakPins()
{
    QFETCH(QString, pin);
    QFETCH(QString, weakness);
    const QString found = PinHash::weakness(pin);
    if (weakness.isEmpty())
        QVERIFY2(found.isEmpty(), qPrintable(found));
    else
        QVERIFY2(found.startsWith(weakness), qPrintable(found));
}

QTEST_GUILESS_MAIN(TestPinHash)
#include "tst_pinhash.moc"
