#pragma once

#include "views/common/painteditemaccessible.h"
#include "views/common/paintedlistaccessible.h"

class QuoteWall;

// Screen reader access to the quote wall: the wall is a list, each painted card
// a list item with the quote as its name and outlet, tone, date and source as
// its description.
class QuoteWallAccessible : public PaintedListAccessible
{
public:
    explicit QuoteWallAccessible(QuoteWall *wall);

    // Registers the factory once; QuoteWall calls it.
    static void install();
    // Tells an active screen reader that the card in \a row has the focus.
    static void notifyFocus(QuoteWall *wall, int row);
    // Forgets the card interfaces after the model was reset or filtered.
    static void notifyModelReset(QuoteWall *wall);

    int childCount() const override;

    QuoteWall *wall() const;

protected:
    QModelIndex childIndex(int child) const override;
    int childOf(const QModelIndex &index) const override { return index.row(); }
    QAccessibleInterface *createItem(const QModelIndex &index) const override;
};

// One card of the wall.
class QuoteCardAccessible : public PaintedItemAccessible
{
public:
    QuoteCardAccessible(QuoteWall *wall, int row);

    QModelIndex modelIndex() const override;
    bool isValid() const override;
    QString text(QAccessible::Text t) const override;
    QAccessible::State state() const override;

    int row() const { return m_row; }

private:
    QuoteWall *wall() const;

    int m_row;
};
