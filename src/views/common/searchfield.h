#pragma once

#include <QLineEdit>

class QKeyEvent;

// The search field of a view: a rounded field in the theme's colours with a
// magnifier and a clear button, and the keys a desktop user expects of a
// search. Esc empties a field that has text; Esc in an empty field asks to
// hand the focus back to what the search filters (leaveRequested), so that
// two presses of Esc return to the grid. Edit > Find calls find(); a view
// that lets typing start a search calls startSearch() with the typed text.
class SearchField : public QLineEdit
{
    Q_OBJECT

public:
    explicit SearchField(QWidget *parent = nullptr);

    // The typographic scale of the view (Typography::scaleFor): the padding,
    // the magnifier and the outlines follow it.
    void setScale(double scale);
    double scale() const { return m_scale; }

    // The words of the field: \a placeholder, shown while it is empty, also
    // names it to assistive technology, and \a description says what it finds.
    void setTexts(const QString &placeholder, const QString &description);

    // Fixes the field's height, which rounds its ends. Set before the
    // geometry, so that a view laid out while hidden (an export) draws the
    // field as designed: hidden widgets get no resize events.
    void setPillHeight(int height);

    // Focuses the field and selects its text, so that typing replaces it.
    void find();
    // Focuses the field and types \a text at its cursor.
    void startSearch(const QString &text);

    // Whether \a event types text that should start a search when the view
    // around the field gets it: a printable character, not a space (which
    // presses buttons), with no Ctrl, Alt or Meta.
    static bool startsSearch(const QKeyEvent *event);

Q_SIGNALS:
    // Esc was pressed in the empty field.
    void leaveRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void restyle();
    // Names the magnifier and the clear button, which the line edit shows as
    // tool buttons of its own and screen readers announce.
    void nameButtons();

    double m_scale = 1.0;
    int m_styledHeight = -1;
};
