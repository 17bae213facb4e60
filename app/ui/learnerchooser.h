#pragma once

#include "domain/types.h"
#include "library/accountrecords.h"

#include <QWidget>
#include <functional>
#include <optional>

class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace clikc {

class Workstation;

// "Who is studying?": the page a shared workstation opens on, and where Switch learner and the
// inactivity lock return to. A tile per learner (initials, name, site, last used, actions waiting
// to upload) and Add a learner. A learner with a PIN or passphrase gets it asked for on the page,
// checked offline with a growing delay after wrong tries (AccountRecords::unlockLearner); one
// without opens with their tile, and the page says so. Shows nothing of anyone's courses or
// results. GUI thread.
class LearnerChooser final : public QWidget
{
    Q_OBJECT

public:
    LearnerChooser(AccountRecords &records, Workstation &workstation, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(LearnerChooser)

    // Milliseconds since the epoch for the unlock delay; tests set their own.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    // Reads the learners again and shows their tiles, nothing selected.
    void reload();
    // The learners shown (after the last reload).
    QList<Learner> learners() const { return m_learners; }
    QToolButton *tileFor(qint64 learnerId) const;

Q_SIGNALS:
    // The learner may study: no PIN, or the right one.
    void learnerChosen(const clikc::Learner &learner);
    void addLearnerRequested();
    // The centre manager's settings (WorkstationDialog).
    void settingsRequested();
    void loaded();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void showTiles();
    void choose(qint64 learnerId);
    void askSecret(const Learner &learner);
    void focusFirstTile();
    void markUnlocking();
    void tryUnlock();
    void closeUnlock();
    void showUnlockResult();
    QString tileText(const Learner &learner) const;
    QString tileDescription(const Learner &learner) const;

    AccountRecords &m_records;
    Workstation &m_workstation;
    std::function<qint64()> m_clock;
    QList<Learner> m_learners;
    QList<QToolButton *> m_tiles;
    QLabel *m_title;
    QLabel *m_note;
    QWidget *m_tileArea;
    QGridLayout *m_tileGrid;
    QToolButton *m_addTile;
    // Asking one learner for their PIN or passphrase.
    QWidget *m_unlockPanel;
    QLabel *m_unlockPrompt;
    QLineEdit *m_secret;
    QPushButton *m_unlockButton;
    QPushButton *m_cancelButton;
    QLabel *m_unlockMessage;
    QPushButton *m_settingsButton;
    qint64 m_unlocking = 0;                          // the learner asked for, 0: none
    std::optional<AccountRecords::Unlock> m_lastTry; // said again in a new language
    int m_generation = 0; // a reload or a cancel makes older answers moot
};

} // namespace clikc
