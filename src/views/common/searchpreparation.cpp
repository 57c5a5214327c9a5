#include "searchpreparation.h"

#include <QTimer>
#include <QWidget>

namespace {

void prepareSlice(QWidget *view, const std::function<bool(int)> &prepare)
{
    if (view->isVisible() && !prepare(SearchPreparation::Slice))
        QTimer::singleShot(0, view, [view, prepare] { prepareSlice(view, prepare); });
}

} // namespace

void SearchPreparation::start(QWidget *view, std::function<bool(int rows)> prepare)
{
    QTimer::singleShot(Delay, view,
                       [view, prepare = std::move(prepare)] { prepareSlice(view, prepare); });
}
