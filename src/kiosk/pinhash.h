#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

// The operator PIN as the kiosk settings store it, never the PIN itself.
//
//   pbkdf2-sha256$ITERATIONS$SALT$HASH
//
// HASH is PBKDF2-HMAC-SHA256 (RFC 8018, as Qt's QPasswordDigestor) of the PIN's UTF-8
// bytes with SALT, 32 bytes; SALT and HASH are base64 without padding. The
// line is made by `spark-showcase --kiosk-hash-pin` with a random 16-byte salt.
//
// The form of earlier versions, `SALT:HEX` with HEX the SHA-256 of "SALT:PIN",
// is still read (isLegacy()), so that an installed kiosk keeps its exit, but
// the settings reader warns that it must be hashed again: one SHA-256 round
// over a PIN of a few digits falls to an offline guess at once.
class PinHash
{
    Q_DECLARE_TR_FUNCTIONS(PinHash)

public:
    enum class Scheme { None, Pbkdf2Sha256, LegacySha256 };

    static constexpr int MinimumIterations = 100000;
    static constexpr int DefaultIterations = 100000;
    static constexpr int MaximumIterations = 10000000;
    static constexpr int SaltBytes = 16;
    static constexpr int MinimumSaltBytes = 8;
    static constexpr int KeyBytes = 32;
    // The keypad takes 1 to 12 digits; a PIN made for it has at least 4.
    static constexpr int MinimumDigits = 4;
    static constexpr int MaximumDigits = 12;

    // The PIN the README and the example settings show; never accepted.
    static QString examplePin();
    // The hash lines the README and the example settings show (this form and
    // the form of earlier versions); settings holding one have no operator exit.
    static QStringList exampleLines();

    PinHash() = default;

    // A new hash of \a pin with a random salt from the system's generator.
    // Any number of iterations is taken here (tests use few); parse() and
    // --kiosk-hash-pin insist on MinimumIterations.
    static PinHash create(const QString &pin, int iterations = DefaultIterations);
    static PinHash create(const QString &pin, const QByteArray &salt, int iterations);
    // The legacy `SALT:HEX` line for \a pin, for tests of the old form.
    static QString legacyLine(const QString &salt, const QString &pin);

    // Reads the settings value; on failure returns nothing and sets \a error to
    // a sentence that says what is wrong and what is expected.
    static std::optional<PinHash> parse(const QString &text, QString *error = nullptr);

    bool isNull() const { return m_scheme == Scheme::None; }
    Scheme scheme() const { return m_scheme; }
    bool isLegacy() const { return m_scheme == Scheme::LegacySha256; }
    int iterations() const { return m_iterations; }
    QByteArray salt() const { return m_salt; }
    QByteArray hash() const { return m_hash; }

    // The settings value, as parse() reads it.
    QString toString() const;

    // Whether \a pin is the one hashed, compared in constant time. Takes as
    // long as the iterations make it (about a second at 100,000 on a slow
    // core): call it off the GUI thread. Thread-safe; the example PIN and an
    // empty PIN never match.
    bool verify(const QString &pin) const;

    // Why \a pin should not be an operator PIN (not digits, too short or too
    // long, the example, one digit repeated, a straight run up or down), or an
    // empty string when it may be.
    static QString weakness(const QString &pin);

    friend bool operator==(const PinHash &a, const PinHash &b)
    {
        return a.m_scheme == b.m_scheme && a.m_iterations == b.m_iterations &&
               a.m_salt == b.m_salt && a.m_hash == b.m_hash;
    }
    friend bool operator!=(const PinHash &a, const PinHash &b) { return !(a == b); }

private:
    Scheme m_scheme = Scheme::None;
    int m_iterations = 0;
    QByteArray m_salt; // raw bytes; for the legacy form, the salt text
    QByteArray m_hash;
};
