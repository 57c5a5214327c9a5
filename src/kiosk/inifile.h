#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

// A small, strict reader of the kiosk's INI settings, in place of QSettings,
// which decodes `@Variant(...)` values with QDataStream (a forged length in
// one makes it allocate gigabytes) and says nothing about where a file is
// wrong. It reads the syntax that kiosk files written for QSettings use:
//
//   ; a comment, and # a comment       whole lines, after leading blanks
//   [group]                            [General], in any case: no group
//   key = value ; a comment            blanks around keys and values trimmed;
//                                      an unquoted ; starts a comment
//   key = "a; quoted, value\t"         quotes keep blanks, ; and commas;
//                                      escapes \a \b \f \n \r \t \v \" \' \? \\,
//                                      \xHEX and \OCTAL
//   key = one, two, three              unquoted commas make a list
//   key = @@at                         a leading @ doubled, as QSettings writes it
//   k%65y = 1, [gr%U006Fup]            %HH and %UHHHH in keys and groups
//
// It decodes nothing else: a value in Qt's own encoding (`@Variant(...)`,
// `@ByteArray(...)` and the like), an unknown escape, an open quote or a
// line that is neither a group, a key nor a comment is reported with its
// line and left out. The file is UTF-8 (a byte order mark is skipped) and
// bounded: at most MaximumFileSize bytes, MaximumLineLength bytes a line.
// Keys are case-sensitive; a key given twice keeps its last value.
class IniFile
{
    Q_DECLARE_TR_FUNCTIONS(IniFile)

public:
    static constexpr qint64 MaximumFileSize = 256 * 1024;
    static constexpr qsizetype MaximumLineLength = 4096;

    // Reads \a fileName. Problems name the file and, where there is one, the
    // line: `FILE:LINE: message`; a file that cannot be read or is too large
    // gives a single `FILE: message` and no keys.
    static IniFile read(const QString &fileName);
    // Reads \a data as if it were the file \a fileName.
    static IniFile parse(const QByteArray &data, const QString &fileName);

    QString fileName() const { return m_fileName; }
    // False when the file could not be read at all (missing, unreadable,
    // too large); problems() says why.
    bool isReadable() const { return m_readable; }
    QStringList problems() const { return m_problems; }

    // Keys as "group/key" ("key" outside groups), in the order of the file.
    QStringList keys() const { return m_order; }
    bool contains(const QString &key) const { return m_entries.contains(key); }
    // The items of a value: one, or more where unquoted commas split it.
    QStringList values(const QString &key) const { return m_entries.value(key).items; }
    // The value as one string; the items of a list joined by commas.
    QString value(const QString &key) const { return values(key).join(u','); }
    // The line the value comes from, counted from 1; 0 for a key not there.
    int line(const QString &key) const { return m_entries.value(key).line; }

private:
    struct Entry
    {
        QStringList items;
        int line = 0;
    };

    // A file none of which is used, for \a problem.
    static IniFile unusable(const QString &fileName, const QString &problem);
    void parseLine(QStringView line, int number);
    void problem(int line, const QString &message);

    QString m_fileName;
    bool m_readable = true;
    QString m_group;
    bool m_brokenGroup = false;
    QHash<QString, Entry> m_entries;
    QStringList m_order;
    QStringList m_problems;
};
