#pragma once
// One deal's crediting as users edit it: credit splits ('split' rows replace the owner's credit and total
// exactly 100 %, 'overlay' rows add to it and may total anything), its cancellation (for clawbacks), and
// a rep's saved what-if deals. Every write is one transaction recorded in the change log. A change to a
// deal of a closed payout period never rewrites that period: the next run books an adjustment naming the
// deal (payoutrun.h).

#include "common/money.h"

#include <QDate>
#include <QLocale>
#include <QString>
#include <optional>
#include <vector>

namespace tessera {
class PlanStore;
}

namespace tessera::comp {

struct DealSplit
{
    qint64 repId = 0;
    Rate share; // 0.5 = 50 %
    bool overlay = false;
    QString repName; // filled by loadDealCredit (display only)
    bool operator==(const DealSplit &o) const
    {
        return repId == o.repId && share == o.share && overlay == o.overlay;
    }
};

struct DealCancellation
{
    QDate cancelDate;
    QDate invoiceDate, paymentDate; // optional anchor dates
    QString reason;
    bool operator==(const DealCancellation &o) const
    {
        return cancelDate == o.cancelDate && invoiceDate == o.invoiceDate && paymentDate == o.paymentDate &&
               reason == o.reason;
    }
};

struct DealCredit
{
    qint64 opportunityId = 0;
    QString externalId, name;
    qint64 ownerId = 0;
    QString ownerName;
    Money amount;
    QDate closeDate;
    bool closed = false, won = false;
    std::vector<DealSplit> splits; // splits first, then overlays, each in the order entered
    std::optional<DealCancellation> cancellation;
};

struct DealMatch
{
    qint64 id = 0;
    QString externalId, name;
    Money amount;
    QDate closeDate;
    bool won = false;
};

// Throws a user error naming the opportunity when there is none with that id.
DealCredit loadDealCredit(PlanStore &store, qint64 opportunityId);
// An opportunity by external id, else by numeric id; a user error naming `field` when neither matches.
qint64 findOpportunity(PlanStore &store, const QString &idOrExternalId,
                       const QString &field = QStringLiteral("deal"));
// A rep by external id, else by numeric id; a user error naming `field` when neither matches.
qint64 findRep(PlanStore &store, const QString &idOrExternalId, const QString &field = QStringLiteral("rep"));
// Won or open deals whose external id or name contains `text` (case-insensitive), exact id first.
std::vector<DealMatch> searchDeals(PlanStore &store, const QString &text, int limit = 50);

struct RepChoice
{
    qint64 id = 0;
    QString externalId, name;
};
// Reps employed on `date` (every rep when the date is invalid), by name: who can be credited.
std::vector<RepChoice> creditableReps(PlanStore &store, const QDate &date);
// The closed payout period (month or quarter label) that contains `date`, or empty: a change to a deal
// dated there becomes an adjustment in the next open period.
QString closedPeriodOf(PlanStore &store, const QDate &date);

// A share as a percent with as many decimals as it has, up to four: "50%", "33.3333%".
QString shareText(Rate share, const QLocale &locale);

// Why these splits cannot be saved (translated, one sentence), or empty when they can: each share above
// 0, 'split' rows totalling exactly 100 % when there are any, no rep twice in the same kind.
QString splitsProblem(const std::vector<DealSplit> &splits);
// Why this cancellation cannot be saved for the deal, or empty: the deal must be closed-won and the cancel
// date valid and not before its close date.
QString cancellationProblem(const DealCredit &deal, const DealCancellation &cancellation);

// Replaces the deal's splits (empty = the owner gets the credit again). Also refuses unknown reps and
// reps not employed on the close date. Throws a user error naming the field; nothing is written then.
void setDealSplits(PlanStore &store, qint64 opportunityId, const std::vector<DealSplit> &splits);
void clearDealSplits(PlanStore &store, qint64 opportunityId);
// Records (replaces) or, with nullopt, clears the deal's cancellation.
void setDealCancellation(PlanStore &store, qint64 opportunityId,
                         const std::optional<DealCancellation> &cancellation);
// Splits and cancellation together in one transaction (the GUI's one undoable edit).
void setDealCrediting(PlanStore &store, qint64 opportunityId, const std::vector<DealSplit> &splits,
                      const std::optional<DealCancellation> &cancellation);

// A rep's hypothetical deals for the what-if (never real opportunities).
struct WhatIfDeal
{
    QString name, type;
    Money amount;
    QDate closeDate;
    bool operator==(const WhatIfDeal &o) const
    {
        return name == o.name && type == o.type && amount == o.amount && closeDate == o.closeDate;
    }
};
std::vector<WhatIfDeal> loadWhatIfDeals(PlanStore &store, qint64 repId);
// Replaces the rep's saved what-if deals (empty deletes them). Refuses a deal without a valid date or
// with an empty name, naming its row.
void saveWhatIfDeals(PlanStore &store, qint64 repId, const std::vector<WhatIfDeal> &deals);
void deleteWhatIfDeals(PlanStore &store, qint64 repId);

} // namespace tessera::comp
