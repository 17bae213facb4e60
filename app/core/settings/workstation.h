#pragma once

#include <QFuture>
#include <QSettings>
#include <QString>
#include <QVariant>

namespace clikc {

// How a shared workstation behaves (a training centre's computer): the centre manager's choices,
// kept beside the library's preferences under [workstation], and the administrator's, read from a
// machine-wide file that this application never writes (CLIKC_WORKSTATION_FILE, else
// /etc/clikc-desktop/workstation.ini). A value the administrator's file sets wins and cannot be
// changed from the window. A value that file gives in a form not documented below is ignored,
// with a warning in the log, as if it were absent.
//
//   [workstation]
//   shared_mode = true | false            open on the learner chooser even with one learner
//   inactivity_minutes = 1 … 240          lock after this long without input (default 10)
//   learners_may_add = true | false       learners may add themselves (default true)
//   pin_required = true | false           every learner needs a PIN or passphrase (default false)
//   default_language = en | fr | es       for learners who chose none
//   site = https://…                      the CLiKC! site offered to new learners
//   manager_pin_hash = $argon2id$…         the manager's PIN (learnersecret::hash); none: anyone
//                                         at the keyboard may change these settings
//   content_folder = /absolute/path       course content shared by every account of the machine
//                                         (ContentStore's shared form); the administrator's only
//   course_source = http://… | /path      a mirror every library of the machine reads courses
//                                         from (a LAN web server or a shared folder; plain HTTP
//                                         allowed, the administrator chose it); the
//                                         administrator's only
//
// GUI thread.
class Workstation final
{
public:
    enum class Key {
        SharedMode,
        InactivityMinutes,
        LearnersMayAdd,
        PinRequired,
        DefaultLanguage,
        Site,
        ManagerPinHash,
        ContentFolder,
        CourseSource,
    };

    // `dataDir`: the library's folder (its settings.ini); `adminFile`: empty means
    // defaultAdminFile().
    explicit Workstation(const QString &dataDir, const QString &adminFile = {});
    Q_DISABLE_COPY_MOVE(Workstation)

    static QString defaultAdminFile();
    QString adminFile() const { return m_adminFile; }
    // Reads the administrator's file again (it is read once, at start).
    void reloadAdminFile();

    bool sharedMode() const { return value(Key::SharedMode).toBool(); }
    int inactivityMinutes() const { return value(Key::InactivityMinutes).toInt(); }
    bool learnersMayAdd() const { return value(Key::LearnersMayAdd).toBool(); }
    bool pinRequired() const { return value(Key::PinRequired).toBool(); }
    QString defaultLanguage() const { return value(Key::DefaultLanguage).toString(); }
    QString site() const { return value(Key::Site).toString(); }
    QString managerPinHash() const { return value(Key::ManagerPinHash).toString(); }
    QString contentFolder() const { return value(Key::ContentFolder).toString(); }
    QString courseSource() const { return value(Key::CourseSource).toString(); }

    QVariant value(Key key) const;
    // Set in the administrator's file: shown as such, and set() refuses it.
    bool setByAdministrator(Key key) const { return m_admin.contains(key); }
    // Keeps the manager's choice; false (nothing kept) when the administrator set it, the
    // value is not one documented above, or the key is the administrator's only.
    bool set(Key key, const QVariant &value);
    // The documented form of `value` for `key`, or an invalid QVariant.
    static QVariant normalized(Key key, const QVariant &value);

    // The manager's PIN. Checking and hashing take a tenth of a second each, so they run on a
    // pool thread: the futures finish there, and only the calls below touch this object (GUI
    // thread). Wrong tries are counted in settings.ini with the time the next may be checked
    // (learnersecret::delayAfterMs), so a restart does not reset them. Protection against the
    // people at the keyboard only: whoever may edit settings.ini may remove a PIN kept there; an
    // administrator who wants more sets manager_pin_hash in the machine-wide file.
    bool managerPinSet() const { return !managerPinHash().isEmpty(); }
    // Milliseconds before the next try may be checked, at `nowMs`; 0: now.
    qint64 managerWaitMs(qint64 nowMs) const;
    // Whether `pin` is the manager's (a hash check, on a pool thread).
    QFuture<bool> verifyManagerPin(const QString &pin) const;
    // Keeps the outcome of a try made at `nowMs`; returns the wait before the next one.
    qint64 recordManagerTry(bool right, qint64 nowMs);
    // The hash of a new PIN (empty: not acceptable), made on a pool thread; set() keeps it.
    static QFuture<QString> hashManagerPin(const QString &pin);

private:
    QSettings m_settings;
    QString m_adminFile;
    QHash<Key, QVariant> m_admin;
};

} // namespace clikc
