#pragma once

#include "sync/coursesources.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace clikc {

// File › Add a course source…: a mirror on the organisation's network — a web server's address
// or a shared folder — read and shown before it is added (its courses and size, who signed it
// and whether the library trusts them, with a warning when a known name comes with a new key);
// then added, its courses in the library, downloaded from there. Reading runs off the GUI thread
// (CourseSources). GUI thread.
class SourceDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SourceDialog(CourseSources &sources, QWidget *parent = nullptr);
    ~SourceDialog() override;
    Q_DISABLE_COPY_MOVE(SourceDialog)

Q_SIGNALS:
    // The source was added; `courses` of its courses are in the library.
    void sourceAdded(int courses);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void chooseFolder();
    void check();
    void add();
    void showState();

    enum class Step { Typing, Reading, Checked, Adding, Added };

    CourseSources &m_sources;
    Step m_step = Step::Typing;
    std::optional<CourseSources::Preview> m_preview;
    std::optional<MirrorSources::Listing> m_listing;
    QLabel *m_intro = nullptr;
    QLabel *m_addressLabel = nullptr;
    QLineEdit *m_address = nullptr;
    QPushButton *m_chooseButton = nullptr;
    QCheckBox *m_plainHttp = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_checkButton = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace clikc
