#include "inifile.h"

#include <QFile>
#include <QStringDecoder>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

int hexDigit(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

// %HH and %UHHHH, as QSettings writes keys and groups it cannot write plainly;
// a % not followed by them stays as it is.
QString percentDecoded(QStringView text)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'%') {
            const qsizetype digits = i + 1 < text.size() && text[i + 1] == u'U' ? 4 : 2;
            const qsizetype first = digits == 4 ? i + 2 : i + 1;
            if (first + digits <= text.size()) {
                int code = 0;
                for (qsizetype d = first; d < first + digits && code >= 0; ++d) {
                    const int digit = hexDigit(text[d]);
                    code = digit < 0 ? -1 : code * 16 + digit;
                }
                if (code >= 0) {
                    result.append(QChar(char16_t(code)));
                    i = first + digits - 1;
                    continue;
                }
            }
        }
        result.append(text[i]);
    }
    return result;
}

} // namespace

IniFile IniFile::unusable(const QString &fileName, const QString &problem)
{
    IniFile ini;
    ini.m_fileName = fileName;
    ini.m_readable = false;
    ini.m_problems.append(fileName + u": "_s + problem);
    return ini;
}

IniFile IniFile::read(const QString &fileName)
{
    QFile file(fileName);
    const auto cannotRead = [&file] {
        //: Kiosk settings problem; %1 the reason the system gives
        return tr("cannot read the file (%1); nothing in it is used").arg(file.errorString());
    };
    if (!file.open(QIODevice::ReadOnly))
        return unusable(fileName, cannotRead());
    // One byte more than allowed tells a file that is too large, whatever
    // its size says (a pipe or a file still growing has none).
    const QByteArray data = file.read(MaximumFileSize + 1);
    if (data.size() > MaximumFileSize) {
        //: Kiosk settings problem; %1 the largest size allowed, in bytes
        return unusable(fileName, tr("larger than %1 bytes, far more than any settings file; "
                                     "nothing in it is used")
                                          .arg(MaximumFileSize));
    }
    if (file.error() != QFileDevice::NoError)
        return unusable(fileName, cannotRead());
    return parse(data, fileName);
}

IniFile IniFile::parse(const QByteArray &data, const QString &fileName)
{
    IniFile ini;
    ini.m_fileName = fileName;
    qsizetype start = data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    int number = 0;
    while (start < data.size()) {
        ++number;
        // Lines end in \n, \r\n or \r.
        qsizetype end = start;
        while (end < data.size() && data[end] != '\n' && data[end] != '\r')
            ++end;
        const qsizetype length = end - start;
        if (length > MaximumLineLength) {
            //: Kiosk settings problem; %1 the longest line allowed, in bytes
            ini.problem(number,
                        tr("the line is longer than %1 bytes; ignored").arg(MaximumLineLength));
        } else {
            QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString line = decoder(QByteArrayView(data).sliced(start, length));
            if (decoder.hasError()) {
                //: Kiosk settings problem: the file must be in UTF-8
                ini.problem(number, tr("the line is not valid UTF-8; ignored"));
            } else {
                ini.parseLine(line, number);
            }
        }
        if (end < data.size() && data[end] == '\r' && end + 1 < data.size() &&
            data[end + 1] == '\n')
            ++end;
        start = end + 1;
    }
    return ini;
}

void IniFile::problem(int line, const QString &message)
{
    m_problems.append(m_fileName + u':' + QString::number(line) + u": "_s + message);
}

void IniFile::parseLine(QStringView line, int number)
{
    line = line.trimmed();
    if (line.isEmpty() || line.startsWith(u';') || line.startsWith(u'#'))
        return;

    if (line.startsWith(u'[')) {
        const qsizetype close = line.indexOf(u']');
        if (close < 0) {
            //: Kiosk settings problem: a line such as "[loop" that opens a group name
            //: and does not close it
            problem(number, tr("a group name without its closing ]; the keys up to the next "
                               "group are ignored"));
            m_brokenGroup = true;
            return;
        }
        const QStringView rest = line.mid(close + 1).trimmed();
        if (!rest.isEmpty() && !rest.startsWith(u';') && !rest.startsWith(u'#')) {
            //: Kiosk settings problem: a line such as "[loop] views"
            problem(number, tr("text after the group's closing ], ignored"));
        }
        m_brokenGroup = false;
        m_group = percentDecoded(line.mid(1, close - 1).trimmed());
        if (m_group.compare(u"general"_s, Qt::CaseInsensitive) == 0)
            m_group.clear();
        return;
    }

    const qsizetype equals = line.indexOf(u'=');
    if (equals < 0) {
        //: Kiosk settings problem: a line that the settings file cannot hold; keep
        //: "key = value" and "[group]" as they are
        problem(number, tr("expected “key = value”, a [group] or a comment; ignored"));
        return;
    }
    QString name = percentDecoded(line.left(equals).trimmed());
    name.replace(u'\\', u'/');
    if (name.isEmpty()) {
        //: Kiosk settings problem: a line such as "= 30"
        problem(number, tr("a value without a key; ignored"));
        return;
    }
    if (m_brokenGroup)
        return; // inside a group whose name is broken, reported once
    const QString key = m_group.isEmpty() ? name : m_group + u'/' + name;
    // "[group] key: ", the way the key is written in the file.
    const QString where =
            u"["_s + (m_group.isEmpty() ? u"General"_s : m_group) + u"] "_s + name + u": "_s;

    // The value: items separated by unquoted commas, blanks around each
    // trimmed, quotes keeping what they hold, an unquoted ; ending it all.
    const QStringView text = line.mid(equals + 1);
    QStringList items;
    QString item;
    QString blanks; // unquoted blanks inside an item, kept only if more follows
    bool quoted = false;
    bool started = false; // the item has something in it, if only ""
    auto add = [&](QChar c) {
        if (started)
            item += blanks;
        blanks.clear();
        item += c;
        started = true;
    };
    qsizetype i = 0;
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'"') {
            if (!quoted && started)
                item += blanks;
            blanks.clear();
            quoted = !quoted;
            started = true;
        } else if (c == u'\\') {
            if (i + 1 == text.size()) {
                //: Kiosk settings problem: QSettings could continue a value on the next
                //: line after a backslash; this reader does not
                problem(number, where + tr("the line ends in a backslash, but a value cannot "
                                           "go on to the next line; the key is ignored"));
                return;
            }
            const QChar e = text[++i];
            static const QHash<char16_t, QChar> simple{{u'a', u'\a'}, {u'b', u'\b'}, {u'f', u'\f'},
                                                       {u'n', u'\n'}, {u'r', u'\r'}, {u't', u'\t'},
                                                       {u'v', u'\v'}, {u'"', u'"'},  {u'\'', u'\''},
                                                       {u'?', u'?'},  {u'\\', u'\\'}};
            if (simple.contains(e.unicode())) {
                add(simple.value(e.unicode()));
            } else if (e == u'x' && i + 1 < text.size() && hexDigit(text[i + 1]) >= 0) {
                int code = 0;
                for (int digits = 0;
                     digits < 4 && i + 1 < text.size() && hexDigit(text[i + 1]) >= 0; ++digits)
                    code = code * 16 + hexDigit(text[++i]);
                add(QChar(char16_t(code)));
            } else if (e >= u'0' && e <= u'7') {
                int code = e.unicode() - u'0';
                for (int digits = 1; digits < 3 && i + 1 < text.size() && text[i + 1] >= u'0' &&
                                     text[i + 1] <= u'7';
                     ++digits)
                    code = code * 8 + (text[++i].unicode() - u'0');
                add(QChar(char16_t(code)));
            } else {
                //: Kiosk settings problem; %1 the escape found: a backslash and a letter
                problem(number,
                        where + tr("unknown escape “%1”; the key is ignored").arg(u"\\"_s + e));
                return;
            }
        } else if (quoted) {
            add(c);
        } else if (c == u';') {
            break;
        } else if (c == u',') {
            items.append(item);
            item.clear();
            blanks.clear();
            started = false;
        } else if (c.isSpace()) {
            if (started)
                blanks += c;
        } else {
            add(c);
        }
    }
    if (quoted) {
        //: Kiosk settings problem: a value such as "abc with no closing quote
        problem(number, where + tr("a quote that is not closed; the key is ignored"));
        return;
    }
    items.append(item);
    for (QString &value : items) {
        if (value.startsWith(u"@@"_s)) {
            value.remove(0, 1);
        } else if (value.startsWith(u'@')) {
            // "@Variant(", or the first characters when there is no "(".
            const qsizetype paren = value.indexOf(u'(');
            const QString start = value.left(paren > 0 && paren < 24 ? paren + 1 : 24);
            //: Kiosk settings problem; %1 the start of the value, such as @Variant( or
            //: @ByteArray(; Qt writes values of its own types that way
            problem(number, where + tr("“%1…” is a value in Qt's own encoding, which is not "
                                       "read; the key is ignored")
                                            .arg(start));
            return;
        }
    }

    const auto previous = m_entries.constFind(key);
    if (previous != m_entries.constEnd()) {
        //: Kiosk settings problem; %1 the line that set the key first
        problem(number, where + tr("set again; this value replaces the one on line %1")
                                        .arg(previous->line));
        m_order.removeOne(key);
    }
    m_entries.insert(key, Entry{items, number});
    m_order.append(key);
}
