#pragma once

#include "domain/storageerror.h"
#include "domain/types.h"

#include <QSqlDatabase>

namespace clikc::progress {

enum class Reconciled {
    Unchanged,  // the learner's state already matched the server's
    TookServer, // nothing was waiting: the server's state is now the learner's
    KeptLocal,  // a change made on this computer is waiting to be uploaded and stays
    ServerWon,  // the server's change is newer: it was kept, and the waiting one refused
    Failed,     // a database error
};

// Brings what the server says about a learner's completion of an activity together with what
// was recorded on this computer, by one rule for the sync and the uploader alike:
//  - nothing waiting for the activity: the server's state is taken (either way);
//  - a completion change waiting, and the server's completion (complete, with its time) is newer
//    than that change and says otherwise: the server wins, the waiting change moves to the "not
//    accepted" list (code "superseded"), and the learner's state follows the server;
//  - otherwise the waiting change stays and will be sent. The server does not say when an
//    activity was marked incomplete, so an offline change always wins over that.
//  - an activity completed here by a view or tracks still waiting to go stays completed.
// Runs in the caller's transaction. On Failed, `failure` (when given) says what the database
// said (a full disk, a read-only library, …), for the learner's message.
Reconciled reconcileCompletion(QSqlDatabase db, qint64 profileId, qint64 activityId,
                               const ServerCompletion &server, StorageError *failure = nullptr);

} // namespace clikc::progress
