#pragma once

// A user of the sandbox's account: the main user ("Account Admin") or the second one ("Viewer").

#include "sandboxplan.h"

#include <QDateTime>
#include <QString>

namespace sandbox {

struct SandboxUser
{
    qint64 id = 0;
    QString username;
    QString email;
    QString firstName;
    QString lastName;
    QString role;
    QString status;
    SandboxPlan plan;
    // Null (invalid) for a user without an expiration date.
    QDateTime expirationDate;
    qint64 usedStorage = 0; // bytes
    // Shape of the processing time its calls cost: seconds per call.
    double processPerCall = 0.0;

    bool isAdmin() const { return role == QStringLiteral("Account Admin"); }
};

} // namespace sandbox
