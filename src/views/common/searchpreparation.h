#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

class QAbstractItemModel;
class QWidget;

// Gets a view's search ready for its first keystroke without holding up a
// frame: the search folds every item's text once (until the content or the
// language changes), and a view with many items would stall that keystroke.
//
// Delay milliseconds after the view shows, and again after its content or its
// language changes while it shows, it calls prepare with Slice rows, once a
// turn of the event loop while the view is visible, until prepare returns true
// (all folded). Requests that come while one waits or runs make no second run.
class SearchPreparation : public QObject
{
    Q_OBJECT

public:
    // How long after the view shows its search gets ready, in milliseconds.
    static constexpr int Delay = 250;
    // How many items' text it folds at a time, each slice well under a frame.
    static constexpr int Slice = 1000;

    // \a view owns it. \a model is what the search reads (the view's filter
    // proxy): new rows or new words in it start a run while the view shows.
    SearchPreparation(QWidget *view, const QAbstractItemModel *model,
                      std::function<bool(int rows)> prepare);

    // Starts a run after the delay, unless one waits or runs. The view calls
    // it from its showEvent().
    void schedule();
    // The delay to use from now on, in milliseconds: for tests.
    void setDelay(int milliseconds) { m_delay.setInterval(milliseconds); }

private:
    void slice();

    QWidget *m_view;
    std::function<bool(int)> m_prepare;
    QTimer m_delay;
    bool m_running = false;
};
