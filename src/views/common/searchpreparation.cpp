#include "searchpreparation.h"

#include <QAbstractItemModel>
#include <QWidget>

SearchPreparation::SearchPreparation(QWidget *view, const QAbstractItemModel *model,
                                     std::function<bool(int rows)> prepare)
    : QObject(view)
    , m_view(view)
    , m_prepare(std::move(prepare))
{
    m_delay.setSingleShot(true);
    m_delay.setInterval(Delay);
    connect(&m_delay, &QTimer::timeout, this, [this] {
        m_running = true;
        slice();
    });
    // New content resets the model; a new language changes its words. Either
    // way the search has forgotten its folded text.
    const auto changed = [this] {
        if (m_view->isVisible())
            schedule();
    };
    connect(model, &QAbstractItemModel::modelReset, this, changed);
    connect(model, &QAbstractItemModel::dataChanged, this, changed);
}

void SearchPreparation::schedule()
{
    if (!m_running && !m_delay.isActive())
        m_delay.start();
}

void SearchPreparation::slice()
{
    if (!m_view->isVisible() || m_prepare(Slice)) {
        m_running = false;
        return;
    }
    QTimer::singleShot(0, this, &SearchPreparation::slice);
}
