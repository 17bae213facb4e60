#pragma once

#include <QDialog>
#include <functional>

class QDialogButtonBox;
class QTextBrowser;

namespace clikc {

// Help › Coordinator's guide: the guide shipped inside the application (no network, no browser),
// in the interface's language of the moment, and again in another when the learner switches.
// GUI thread.
class GuideDialog final : public QDialog
{
    Q_OBJECT

public:
    // `language`: what the interface uses now ("en", "fr", "es"); `languageOf` is asked again
    // when the language changes.
    GuideDialog(std::function<QString()> languageOf, QWidget *parent = nullptr);

    // The guide in `language` (English when there is none in it), as Markdown.
    static QString guide(const QString &language);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::function<QString()> m_languageOf;
    QTextBrowser *m_text;
    QDialogButtonBox *m_buttons;
};

} // namespace clikc
