// tessera-cli comp split | cancel: credit splits and cancellations of one deal (core/comp/dealcredit.h).
// Everything is checked before anything is written; a refused command leaves the plan file unchanged.
#include "cmd_compdeal.h"

#include "common/error.h"
#include "comp/dealcredit.h"
#include "store/planstore.h"

#include <QLocale>

namespace tessera::cli {
namespace {

using namespace tessera::comp;

struct ShareArg
{
    QString rep;
    Rate share;
};

// "REP:PCT" with PCT a percent ("50", "33.3333", "20%").
ShareArg parseShare(const QString &text, const QString &field, int row)
{
    const int colon = text.lastIndexOf(QLatin1Char(':'));
    QString pct = colon > 0 ? text.mid(colon + 1).trimmed() : QString();
    if (!pct.endsWith(QLatin1Char('%')))
        pct += QLatin1Char('%');
    const std::optional<Rate> share = colon > 0 ? Rate::parse(pct) : std::nullopt;
    if (!share)
        throw TesseraError(TesseraError::Kind::User,
                           tr("'%1' is not REP:PERCENT (for example 1042:50 or R-0007:33.3333)").arg(text),
                           {}, row, field);
    return {text.left(colon).trimmed(), *share};
}

QDate dateArg(const QCommandLineParser &p, const QCommandLineOption &o)
{
    const QDate d = QDate::fromString(p.value(o), Qt::ISODate);
    if (!d.isValid())
        throw TesseraError(TesseraError::Kind::User, tr("'%1' is not a date YYYY-MM-DD").arg(p.value(o)), {},
                           -1, o.names().constFirst());
    return d;
}

QString dealLabel(const DealCredit &d)
{
    return d.externalId.isEmpty() ? tr("Deal %1").arg(d.opportunityId)
                                  : tr("Deal %1 (%2)").arg(d.externalId, d.name);
}

// Adds the plan file to a core error that does not name one (argument errors found before opening it).
[[noreturn]] void rethrowWithFile(const TesseraError &e, const QString &file)
{
    throw TesseraError(e.kind(), e.message(), e.file().isEmpty() ? file : e.file(), e.row(), e.field());
}

} // namespace

int compSplit(const QStringList &args, CliIo &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Set a deal's credit splits: --split rows replace the owner's credit and total exactly 100 %; "
           "--overlay rows add credit on top and may total anything. --clear gives the owner the credit "
           "again. A deal of a closed period is adjusted in the next open period."));
    p.addPositionalArgument(QStringLiteral("PLAN"), tr("The plan file."));
    const QCommandLineOption deal(QStringLiteral("deal"), tr("Opportunity external id or id."),
                                  QStringLiteral("ID"));
    const QCommandLineOption split(QStringLiteral("split"), tr("A split: rep external id or id, percent."),
                                   QStringLiteral("REP:PCT"));
    const QCommandLineOption overlay(QStringLiteral("overlay"),
                                     tr("An overlay: rep external id or id, percent."),
                                     QStringLiteral("REP:PCT"));
    const QCommandLineOption clear(QStringLiteral("clear"), tr("Remove all splits and overlays."));
    p.addOptions({deal, split, overlay, clear});
    if (!parseArgs(p, args, io))
        return 0;
    const QString file = requirePositional(p, 0, QStringLiteral("PLAN"));
    std::vector<std::pair<ShareArg, bool>> shares;
    try {
        if (!p.isSet(deal))
            throw TesseraError(TesseraError::Kind::User, tr("--deal ID is required"), {}, -1,
                               QStringLiteral("deal"));
        const bool any = p.isSet(split) || p.isSet(overlay);
        if (p.isSet(clear) == any)
            throw TesseraError(TesseraError::Kind::User,
                               tr("give --split/--overlay REP:PCT rows, or --clear (not both)"), {}, -1,
                               QStringLiteral("split"));
        int row = 0;
        for (const QString &s : p.values(split))
            shares.push_back({parseShare(s, QStringLiteral("split"), ++row), false});
        row = 0;
        for (const QString &s : p.values(overlay))
            shares.push_back({parseShare(s, QStringLiteral("overlay"), ++row), true});
    } catch (const TesseraError &e) {
        rethrowWithFile(e, file);
    }
    auto store = PlanStore::open(file);
    const qint64 opp = findOpportunity(*store, p.value(deal));
    std::vector<DealSplit> splits;
    int splitRow = 0, overlayRow = 0;
    for (const auto &[arg, isOverlay] : shares) {
        const int row = isOverlay ? ++overlayRow : ++splitRow;
        try {
            splits.push_back(
                {findRep(*store, arg.rep, isOverlay ? QStringLiteral("overlay") : QStringLiteral("split")),
                 arg.share,
                 isOverlay,
                 {}});
        } catch (const TesseraError &e) {
            throw TesseraError(e.kind(), e.message(), e.file(), row, e.field());
        }
    }
    setDealSplits(*store, opp, splits);
    const DealCredit d = loadDealCredit(*store, opp);
    if (d.splits.empty()) {
        io.out << tr("%1: no splits; the owner %2 gets the credit").arg(dealLabel(d), d.ownerName) << "\n";
        return 0;
    }
    QStringList parts;
    const QLocale l;
    for (const DealSplit &s : d.splits)
        parts << (s.overlay ? tr("overlay %1 %2") : tr("split %1 %2")).arg(s.repName, shareText(s.share, l));
    io.out << tr("%1: %2").arg(dealLabel(d), parts.join(QStringLiteral(", "))) << "\n";
    return 0;
}

int compCancel(const QStringList &args, CliIo &io)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Record a closed-won deal's cancellation (for clawbacks) with its optional invoice and payment "
           "dates, or --clear it."));
    p.addPositionalArgument(QStringLiteral("PLAN"), tr("The plan file."));
    const QCommandLineOption deal(QStringLiteral("deal"), tr("Opportunity external id or id."),
                                  QStringLiteral("ID"));
    const QCommandLineOption date(QStringLiteral("date"), tr("Cancel date, YYYY-MM-DD."),
                                  QStringLiteral("D"));
    const QCommandLineOption invoice(QStringLiteral("invoice-date"), tr("Invoice date, YYYY-MM-DD."),
                                     QStringLiteral("D"));
    const QCommandLineOption payment(QStringLiteral("payment-date"), tr("Payment date, YYYY-MM-DD."),
                                     QStringLiteral("D"));
    const QCommandLineOption reason(QStringLiteral("reason"), tr("Why it was cancelled."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption clear(QStringLiteral("clear"), tr("Remove the deal's cancellation."));
    p.addOptions({deal, date, invoice, payment, reason, clear});
    if (!parseArgs(p, args, io))
        return 0;
    const QString file = requirePositional(p, 0, QStringLiteral("PLAN"));
    std::optional<DealCancellation> cancellation;
    try {
        if (!p.isSet(deal))
            throw TesseraError(TesseraError::Kind::User, tr("--deal ID is required"), {}, -1,
                               QStringLiteral("deal"));
        if (p.isSet(clear)) {
            if (p.isSet(date) || p.isSet(invoice) || p.isSet(payment) || p.isSet(reason))
                throw TesseraError(TesseraError::Kind::User, tr("--clear takes no dates or reason"), {}, -1,
                                   QStringLiteral("clear"));
        } else {
            if (!p.isSet(date))
                throw TesseraError(TesseraError::Kind::User,
                                   tr("--date YYYY-MM-DD (the cancel date) is required"), {}, -1,
                                   QStringLiteral("date"));
            DealCancellation c;
            c.cancelDate = dateArg(p, date);
            if (p.isSet(invoice))
                c.invoiceDate = dateArg(p, invoice);
            if (p.isSet(payment))
                c.paymentDate = dateArg(p, payment);
            c.reason = p.value(reason).trimmed();
            cancellation = c;
        }
    } catch (const TesseraError &e) {
        rethrowWithFile(e, file);
    }
    auto store = PlanStore::open(file);
    const qint64 opp = findOpportunity(*store, p.value(deal));
    setDealCancellation(*store, opp, cancellation);
    const DealCredit d = loadDealCredit(*store, opp);
    if (d.cancellation)
        io.out << tr("%1: cancelled %2").arg(dealLabel(d), d.cancellation->cancelDate.toString(Qt::ISODate))
               << "\n";
    else
        io.out << tr("%1: not cancelled").arg(dealLabel(d)) << "\n";
    return 0;
}

} // namespace tessera::cli
