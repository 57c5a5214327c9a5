#include "pinhash.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

const auto Base64Options = QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals;

// PBKDF2-HMAC-SHA256 (RFC 8018, section 5.2), as QPasswordDigestor computes it:
// that one lives in Qt Network, whose libraries (Kerberos among them) every
// start of the app would load and relocate for this function alone.
QByteArray derive(const QString &pin, const QByteArray &salt, int iterations)
{
    QMessageAuthenticationCode hmac(QCryptographicHash::Sha256, pin.toUtf8());
    QByteArray key;
    for (quint32 block = 1; key.size() < PinHash::KeyBytes; ++block) {
        const char index[4] = {char(block >> 24), char(block >> 16), char(block >> 8), char(block)};
        hmac.addData(salt);
        hmac.addData(index, 4);
        QByteArray u = hmac.result();
        QByteArray sum = u;
        for (int i = 1; i < iterations; ++i) {
            hmac.reset();
            hmac.addData(u);
            u = hmac.result();
            for (qsizetype j = 0; j < sum.size(); ++j)
                sum[j] = char(sum.at(j) ^ u.at(j));
        }
        hmac.reset();
        key += sum;
    }
    return key.left(PinHash::KeyBytes);
}

QByteArray legacyDigest(const QByteArray &salt, const QString &pin)
{
    const QByteArray text = salt + ':' + pin.toUtf8();
    return QCryptographicHash::hash(text, QCryptographicHash::Sha256);
}

bool equalInConstantTime(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

// Strict base64 without padding: the alphabet only, and a length a decoder
// reads back to the same bytes.
std::optional<QByteArray> fromBase64(const QString &text)
{
    static const QRegularExpression alphabet(u"^[A-Za-z0-9+/]+$"_s);
    if (!alphabet.match(text).hasMatch())
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
            text.toLatin1(), Base64Options | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.toBase64(Base64Options) != text.toLatin1())
        return std::nullopt;
    return decoded.decoded;
}

} // namespace

QString PinHash::examplePin()
{
    return u"1234"_s;
}

QStringList PinHash::exampleLines()
{
    return {
            // resources/kiosk/kiosk.ini.example and the README.
            u"pbkdf2-sha256$100000$RXhhbXBsZVNhbHRPbmx5IQ$LxJXzRAkK+3+IhDfu810BcfsV2JRC4/wkIrNB7Knxfk"_s,
            // The example of earlier versions.
            u"kiosk:de8aa5f15884a63ca3752e5ac93a573af913b133a318d87ab10e575607f25667"_s,
    };
}

PinHash PinHash::create(const QString &pin, int iterations)
{
    QByteArray salt(SaltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(salt.begin(), salt.end());
    return create(pin, salt, iterations);
}

PinHash PinHash::create(const QString &pin, const QByteArray &salt, int iterations)
{
    PinHash result;
    result.m_scheme = Scheme::Pbkdf2Sha256;
    result.m_iterations = qMax(1, iterations);
    result.m_salt = salt;
    result.m_hash = derive(pin, salt, result.m_iterations);
    return result;
}

QString PinHash::legacyLine(const QString &salt, const QString &pin)
{
    return salt + u':' + QString::fromLatin1(legacyDigest(salt.toUtf8(), pin).toHex());
}

std::optional<PinHash> PinHash::parse(const QString &text, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<PinHash> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QString value = text.trimmed();
    static const QRegularExpression legacy(u"^([A-Za-z0-9._-]{1,64}):([0-9a-fA-F]{64})$"_s);
    if (const QRegularExpressionMatch match = legacy.match(value); match.hasMatch()) {
        PinHash result;
        result.m_scheme = Scheme::LegacySha256;
        result.m_iterations = 1;
        result.m_salt = match.captured(1).toLatin1();
        result.m_hash = QByteArray::fromHex(match.captured(2).toLatin1());
        return result;
    }
    const QStringList fields = value.split(u'$');
    if (fields.size() != 4 || fields.at(0) != u"pbkdf2-sha256"_s) {
        //: Kiosk settings problem; keep the placeholders ITERATIONS, SALT and HASH and the
        //: option name as they are
        return fail(tr("not a PIN hash; expected pbkdf2-sha256$ITERATIONS$SALT$HASH as "
                       "spark-showcase --kiosk-hash-pin prints it"));
    }
    bool ok = false;
    const int iterations = fields.at(1).toInt(&ok);
    static const QRegularExpression digits(u"^[0-9]+$"_s);
    if (!ok || !digits.match(fields.at(1)).hasMatch() || iterations > MaximumIterations) {
        //: Kiosk settings problem; %1 the value found, %2 the largest count accepted
        return fail(tr("“%1” is not an iteration count from 1 to %2")
                            .arg(fields.at(1))
                            .arg(MaximumIterations));
    }
    if (iterations < MinimumIterations) {
        //: Kiosk settings problem; %1 the iterations found, %2 the fewest accepted
        return fail(tr("%1 iterations are too few to slow down a guess; at least %2, hash the "
                       "PIN again with spark-showcase --kiosk-hash-pin")
                            .arg(iterations)
                            .arg(MinimumIterations));
    }
    const std::optional<QByteArray> salt = fromBase64(fields.at(2));
    if (!salt || salt->size() < MinimumSaltBytes) {
        //: Kiosk settings problem; %1 the smallest salt size in bytes
        return fail(tr("the salt is not base64 of at least %1 bytes").arg(MinimumSaltBytes));
    }
    const std::optional<QByteArray> hash = fromBase64(fields.at(3));
    if (!hash || hash->size() != KeyBytes) {
        //: Kiosk settings problem; %1 the size of the hash in bytes
        return fail(tr("the hash is not base64 of %1 bytes").arg(KeyBytes));
    }
    PinHash result;
    result.m_scheme = Scheme::Pbkdf2Sha256;
    result.m_iterations = iterations;
    result.m_salt = *salt;
    result.m_hash = *hash;
    return result;
}

QString PinHash::toString() const
{
    switch (m_scheme) {
    case Scheme::None:
        return QString();
    case Scheme::LegacySha256:
        return QString::fromLatin1(m_salt) + u':' + QString::fromLatin1(m_hash.toHex());
    case Scheme::Pbkdf2Sha256:
        break;
    }
    return u"pbkdf2-sha256$%1$%2$%3"_s.arg(QString::number(m_iterations),
                                           QString::fromLatin1(m_salt.toBase64(Base64Options)),
                                           QString::fromLatin1(m_hash.toBase64(Base64Options)));
}

bool PinHash::verify(const QString &pin) const
{
    if (pin.isEmpty() || pin == examplePin())
        return false;
    switch (m_scheme) {
    case Scheme::None:
        return false;
    case Scheme::LegacySha256:
        return equalInConstantTime(legacyDigest(m_salt, pin), m_hash);
    case Scheme::Pbkdf2Sha256:
        return equalInConstantTime(derive(pin, m_salt, m_iterations), m_hash);
    }
    return false;
}

QString PinHash::weakness(const QString &pin)
{
    static const QRegularExpression digits(u"^[0-9]*$"_s);
    if (!digits.match(pin).hasMatch()) {
        //: --kiosk-hash-pin refuses a PIN; the on-screen keypad has only digits
        return tr("the PIN may hold only the digits 0 to 9, the keys of the keypad");
    }
    if (pin.size() < MinimumDigits || pin.size() > MaximumDigits) {
        //: --kiosk-hash-pin refuses a PIN; %1 and %2 the fewest and most digits
        return tr("the PIN needs %1 to %2 digits").arg(MinimumDigits).arg(MaximumDigits);
    }
    if (pin == examplePin()) {
        //: --kiosk-hash-pin refuses a PIN; %1 the example PIN of the documentation
        return tr("%1 is the example PIN of the documentation, which the kiosk never accepts")
                .arg(examplePin());
    }
    bool same = true;
    bool up = true;
    bool down = true;
    for (qsizetype i = 1; i < pin.size(); ++i) {
        const int step = pin.at(i).unicode() - pin.at(i - 1).unicode();
        same = same && step == 0;
        up = up && (step == 1 || step == -9);
        down = down && (step == -1 || step == 9);
    }
    if (same || up || down) {
        //: --kiosk-hash-pin refuses a PIN such as 0000 or 4567
        return tr("one digit repeated or a straight run of digits is among the first PINs "
                  "anyone tries");
    }
    return QString();
}
