#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <cstddef>
#include <string_view>

// The names of an enum's values as one table, in place of a switch that
// names them and a loop that parses them: name(), value() and names() read
// the same entries, so a name and its parse cannot drift apart.
//
// A switch had -Wswitch to say that a new value has no name. A table says it
// where it is made, with
//   static_assert(Names.isComplete(Enum::Last));
// which holds when the entries name 0, 1, ... up to the last value, in order.
template<typename Enum, std::size_t N>
struct EnumNames
{
    struct Entry
    {
        Enum value;
        std::u16string_view name;
    };

    std::array<Entry, N> entries;

    // Whether entry i names the value i for every i, and \a last is the last.
    constexpr bool isComplete(Enum last) const
    {
        for (std::size_t i = 0; i < N; ++i) {
            if (static_cast<std::size_t>(entries[i].value) != i)
                return false;
        }
        return static_cast<std::size_t>(last) + 1 == N;
    }

    // The name of \a value, or \a fallback for a value the table does not name.
    QString name(Enum value, const QString &fallback = {}) const
    {
        for (const Entry &entry : entries) {
            if (entry.value == value)
                return text(entry);
        }
        return fallback;
    }

    // The value named \a name, exactly; false where no entry has that name.
    bool value(QStringView name, Enum *value) const
    {
        for (const Entry &entry : entries) {
            if (name == text(entry)) {
                *value = entry.value;
                return true;
            }
        }
        return false;
    }

    // Every value, in the table's order.
    QList<Enum> values() const
    {
        QList<Enum> result;
        for (const Entry &entry : entries)
            result.append(entry.value);
        return result;
    }

    // Every name, in the table's order.
    QStringList names() const
    {
        QStringList result;
        for (const Entry &entry : entries)
            result.append(text(entry));
        return result;
    }

private:
    static QString text(const Entry &entry)
    {
        return QString::fromUtf16(entry.name.data(), static_cast<qsizetype>(entry.name.size()));
    }
};
