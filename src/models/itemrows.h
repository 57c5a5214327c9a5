#pragma once

#include <QString>

#include <vector>

// A model of items with ids (events, partners, quotes, parts, metrics,
// categories) that finds an item's row from its own items: ItemFilterProxy
// asks it rather than reading every row's id through a QVariant, after each
// keystroke or chip.
class ItemRows
{
public:
    virtual ~ItemRows() = default;

    // The row of the item \a id, or -1.
    virtual int rowOf(const QString &id) const = 0;

protected:
    // The index in \a items of the one whose id is \a id, or -1.
    template<typename Item>
    static int rowOfId(const std::vector<Item> &items, const QString &id)
    {
        for (size_t row = 0; row < items.size(); ++row) {
            if (items[row].id == id)
                return static_cast<int>(row);
        }
        return -1;
    }
};
