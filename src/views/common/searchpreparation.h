#pragma once

#include <functional>

class QWidget;

// Gets a view's search ready for its first keystroke without holding up the
// frame that shows the view: the search folds every item's text once (until
// the content or the language changes), and a view with many items would
// stall that keystroke.
namespace SearchPreparation {

// How long after the view shows its search gets ready, in milliseconds.
constexpr int Delay = 250;
// How many items' text it folds at a time, each slice well under a frame.
constexpr int Slice = 1000;

// Delay milliseconds from now, and then once a turn of the event loop while
// \a view is visible, calls \a prepare with Slice until it returns true (all
// folded). A view calls it from its showEvent().
void start(QWidget *view, std::function<bool(int rows)> prepare);

} // namespace SearchPreparation
