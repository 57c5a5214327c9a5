#pragma once

#include <QAccessibleWidget>
#include <QHash>
#include <QPointer>

class QuoteWall;

// Screen reader access to the quote wall: the wall is a list, each painted card
// a list item with the quote as its name and outlet, tone, date and source as
// its description.
class QuoteWallAccessible : public QAccessibleWidget
{
public:
    explicit QuoteWallAccessible(QuoteWall *wall);
    ~QuoteWallAccessible() override;

    // Registers the factory once; QuoteWall calls it.
    static void install();
    // Tells an active screen reader that the card in \a row has the focus.
    static void notifyFocus(QuoteWall *wall, int row);
    // Forgets the card interfaces after the model was reset or filtered.
    static void notifyModelReset(QuoteWall *wall);

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;
    QString text(QAccessible::Text t) const override;

    QuoteWall *wall() const;
    void clearChildren();

private:
    mutable QHash<int, QAccessible::Id> m_children; // by row
};

// One card of the wall.
class QuoteCardAccessible : public QAccessibleInterface
{
public:
    QuoteCardAccessible(QuoteWall *wall, int row);

    bool isValid() const override;
    QObject *object() const override { return nullptr; }
    QWindow *window() const override;
    QAccessibleInterface *parent() const override;
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QString text(QAccessible::Text t) const override;
    void setText(QAccessible::Text, const QString &) override {}
    QRect rect() const override;
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override;

    int row() const { return m_row; }

private:
    QPointer<QuoteWall> m_wall;
    int m_row;
};
