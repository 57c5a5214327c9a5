#pragma once

#include "models/modelfollower.h"
#include <QAbstractButton>
#include <QHash>
#include <QPersistentModelIndex>
#include <QSet>
#include <QWidget>

class QAbstractItemModel;

// One filter chip: a rounded, checkable button with an optional count.
// Assistive technology hears a radio button when the chip is one of a set where
// exactly one is on (exclusive, or in an exclusive QButtonGroup), a check box
// otherwise.
class Chip : public QAbstractButton
{
    Q_OBJECT

public:
    explicit Chip(QWidget *parent = nullptr);

    void setExclusive(bool exclusive) { m_exclusive = exclusive; }
    bool isExclusive() const;

    void setCount(int count); // negative hides the count
    int count() const { return m_count; }
    void setColor(const QColor &color); // a category colour for the dot; invalid: none
    void setScale(double scale);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QSize measuredSize() const;

    int m_count = -1;
    QColor m_color;
    double m_scale = 1.0;
    bool m_exclusive = false;
    // The last size hint and what it was measured from: a bar asks each chip
    // several times per layout, and every answer shapes the chip's text.
    struct Hint
    {
        QString text;
        int count = -1;
        bool color = false;
        double scale = 0;
        QStringList families;
        QString locale;
        QSize size;
    };
    mutable Hint m_hint;
};

// A row of filter chips over a category model (CategoryModel or any model with
// an id role), wrapping onto more lines when narrow. The first chip stands for
// "all"; in Single mode one chip is on at a time, in Multiple mode several.
class ChipBar : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Single, Multiple };

    explicit ChipBar(QWidget *parent = nullptr);

    // Builds one chip per row of \a model, reading the id from \a idRole and the
    // label from Qt::DisplayRole; follows the model's resets and changes.
    void setModel(QAbstractItemModel *model, int idRole);
    void setMode(Mode mode);
    // The label of the first chip, which clears the filter ("All").
    void setAllText(const QString &text);
    // Counts shown on the chips, by id; \a total goes on the "all" chip.
    void setCounts(const QHash<QString, int> &counts, int total);
    // Gives each chip a coloured dot, by row of the model.
    void setColors(const QList<QColor> &colors);
    void setScale(double scale);

    // The ids switched on; empty means every category.
    QSet<QString> selection() const { return m_selection; }
    void setSelection(const QSet<QString> &selection);

    QList<Chip *> chips() const { return m_chips; }
    // Puts the chips into the tab order after \a previous (the first chip
    // leads when it is null), one after another, and returns the last chip,
    // for what follows the bar. QWidget::setTabOrder() cannot place the bar
    // itself, which takes no focus, and chips built after the widgets around
    // the bar would otherwise come after them. The chips are built anew when
    // the model resets (chipsRebuilt).
    QWidget *setTabOrderAfter(QWidget *previous);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

Q_SIGNALS:
    void selectionChanged(const QSet<QString> &selection);
    // New chips stand for the model's rows; the tab order needs setting again.
    void chipsRebuilt();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void relabel();
    void syncChecks();
    int layoutChips(int width, bool apply);
    void chipToggled(int chip);

    QAbstractItemModel *m_model = nullptr;
    int m_idRole = Qt::UserRole;
    Mode m_mode = Mode::Single;
    QString m_allText;
    QHash<QString, int> m_counts;
    int m_total = -1;
    QList<QColor> m_colors;
    double m_scale = 1.0;
    QSet<QString> m_selection;
    QList<Chip *> m_chips; // [0] is "all"
    QStringList m_ids;     // per chip after the first
    // Last, so that it lets go of the model first.
    ModelFollower m_follower{this, [this] { rebuild(); }, [this](auto &&...) { relabel(); }};
};
