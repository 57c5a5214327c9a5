#pragma once

#include <QFont>
#include <QHash>
#include <QStyledItemDelegate>

// Paints the rows of the spec table over the HardwareModel in the showcase's
// type and colours: the part's name in the first column, with its group as a
// small heading where a new group starts; the specification in the second,
// marked approximate where its confidence is low. Rows wrap and grow to fit.
class SpecTableDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit SpecTableDelegate(QObject *parent = nullptr);
    ~SpecTableDelegate() override;

    void setScale(double scale);
    double scale() const { return m_scale; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Whether the row of \a index opens a new group and so shows its heading.
    static bool startsGroup(const QModelIndex &index);
    // The text of the cell as the delegate draws it.
    static QString cellText(const QModelIndex &index);

private:
    struct Layout;
    const Layout &layout(const QModelIndex &index, int width, bool rightToLeft) const;

    double m_scale = 1.0;
    QFont m_textFont;
    QFont m_nameFont;
    QFont m_headingFont;
    QFont m_tagFont;
    mutable QHash<quint64, Layout> m_cache; // by row and column
};
