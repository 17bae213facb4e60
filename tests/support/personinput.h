#pragma once

// What a person does to the window, for the widget tests: clicks on widgets they can see and
// use, and answers to the dialogs that a step opens (exec() does not return until they close).

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QRadioButton>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTest>
#include <QTimer>
#include <functional>
#include <type_traits>

namespace clikc::test {

// A click on a widget a person can see and use; false (nothing clicked) otherwise.
inline bool click(QWidget *widget)
{
    if (!widget || !widget->isVisible() || !widget->isEnabled())
        return false;
    QTest::mouseClick(widget, Qt::LeftButton, {}, widget->rect().center());
    return true;
}

// Clicks a check box or radio button where a person would: on its box.
inline bool tick(QAbstractButton *button)
{
    if (!button || !button->isVisible() || !button->isEnabled())
        return false;
    QStyleOptionButton option;
    option.initFrom(button);
    const bool radio = qobject_cast<QRadioButton *>(button) != nullptr;
    const QRect box = button->style()->subElementRect(
        radio ? QStyle::SE_RadioButtonIndicator : QStyle::SE_CheckBoxIndicator, &option, button);
    QTest::mouseClick(button, Qt::LeftButton, {}, box.center());
    return true;
}

// Runs `act` on the first modal window of `T` that shows (others may be open under it).
template<typename T = QWidget>
void whenModal(QObject *context, std::function<void(std::type_identity_t<T> *)> act)
{
    auto *timer = new QTimer(context);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, context, [timer, act] {
        auto *modal = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!modal || !modal->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        act(modal);
    });
    timer->start();
}

// The same for the first message box.
inline void whenBox(QObject *context, std::function<void(QMessageBox *)> act)
{
    whenModal<QMessageBox>(context, std::move(act));
}

} // namespace clikc::test
